"""Where the refusal of scores entered in the appraisal grid or the peers panel goes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .page import AppraisalsPage


class Refusals:
    """Where the refusal of an entry of scores goes: while it is entered, to ``in_entry``
    (e.g. into its cells); later, when undoing or redoing it, into a message. Either way the
    people's rows are read again, as the refusal may come from a score changed elsewhere
    meanwhile. The entry's refusal arrives when its operation has run: :meth:`entered` is
    called once it was stored (``done`` of ``perform``)."""

    def __init__(
        self, page: AppraisalsPage, staff_ids: Iterable[int], in_entry: Callable[[str], None]
    ) -> None:
        self.page, self.staff_ids, self.in_entry = page, set(staff_ids), in_entry
        self.entering = True

    def __call__(self, message: str) -> None:
        self.page.refresh_people(self.staff_ids)
        if self.entering:
            self.in_entry(message)
        else:
            self.page.error(message)

    def entered(self, _result: object = None) -> None:
        """The entry was stored: a later refusal is its undo's or redo's."""
        self.entering = False
