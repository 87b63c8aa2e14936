"""Meetings page (to be built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ops_desktop.gui.context import AppContext

from .base import PlaceholderPage


class MeetingsPage(PlaceholderPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "meetings", "Meetings", "", parent)

    def title(self) -> str:
        return self.tr("Meetings")
