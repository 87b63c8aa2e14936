"""The operator's name, asked once: the audit log said "root" (the system's user) because
nothing asked. Kept with this workstation's preferences (``settings_store.OPERATOR``, also
edited on the Settings page); ``--operator`` on the command line wins for that run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from . import settings_store as opts

if TYPE_CHECKING:
    from .main_window import MainWindow


def ask_once(window: MainWindow) -> None:
    """On the first start only: not once a name is kept or given on the command line, and
    not again after the question was answered or put aside (the first-start guide and the
    Settings page still offer it)."""
    s = window.settings
    if window.given_operator or opts.OPERATOR.get(s) or opts.OPERATOR_ASKED.get(s):
        return
    opts.OPERATOR_ASKED.set(s, True)
    ask(window)


def ask(window: MainWindow) -> bool:
    """Ask for the name and keep it; False when the user cancelled (nothing is kept). A name
    the audit log cannot hold is said, and asked again with the name as typed."""
    from ops_desktop.core.services import audit  # with SQLAlchemy: the database is open

    offered = opts.OPERATOR.get(window.settings)
    while True:
        name = window.dialogs.ask_text(
            window,
            QCoreApplication.translate("MainWindow", "Your name"),
            QCoreApplication.translate(
                "MainWindow", "Your name, as the audit log should record who made each change:"
            ),
            offered,
        )
        if name is None or not name.strip():
            return False
        name = name.strip()
        problem = audit.operator_problem(name)  # translated: too long, or unstorable
        if not problem:
            opts.OPERATOR.set(window.settings, name)
            window.operator_named()
            return True
        window.error(problem)
        offered = name
