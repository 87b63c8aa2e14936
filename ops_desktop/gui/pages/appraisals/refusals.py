"""Where the refusal of one score entered in the appraisal grid or the peers panel goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .page import AppraisalsPage


class Refusals:
    """Where the refusal of one score goes: while it is entered, into its cell (kept here);
    later, when undoing or redoing it, into a message. Either way the person's row is read
    again, as the refusal may come from a score changed elsewhere meanwhile."""

    def __init__(self, page: AppraisalsPage, staff_id: int) -> None:
        self.page, self.staff_id = page, staff_id
        self.first: str | None = None
        self.entering = True

    def __call__(self, message: str) -> None:
        self.page.refresh_person(self.staff_id)
        if self.entering:
            self.first = message
        else:
            self.page.error(message)

    def entered(self) -> str | None:
        """The refusal of the entry itself (None: stored); later ones are shown."""
        self.entering = False
        return self.first
