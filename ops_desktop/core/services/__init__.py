"""Use cases the windows and the command line call: plain Python over a Session, no Qt.

Each function takes the Session of the caller's unit of work (``Database.transaction()``),
validates its input and raises :class:`~ops_desktop.core.errors.DomainError` with a clear
message before writing anything; the transaction then rolls back as a whole.
"""
