"""The pages of the main window, in navigation order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ops_desktop.gui.context import AppContext

from .base import Page, PlaceholderPage


def _placeholder(key: str, title: str, text: str):  # type: ignore[no-untyped-def]
    def make(ctx: AppContext, parent: QWidget | None = None) -> Page:
        tr = QCoreApplication.translate
        return PlaceholderPage(ctx, key, tr("Pages", title), tr("Pages", text), parent)

    return make


def page_factories():  # type: ignore[no-untyped-def]
    """(key, factory) for every page; imported lazily so start-up stays quick."""
    from .appraisals import AppraisalsPage
    from .meetings import MeetingsPage
    from .positions import PositionsPage
    from .posters import PostersPage
    from .regulation import RegulationPage
    from .settings import SettingsPage
    from .staff import StaffPage
    from .suggestions import SuggestionsPage
    from .training import TrainingPage
    from .workflows import WorkflowsPage

    return [
        (
            "dashboard",
            _placeholder(
                "dashboard",
                "Dashboard",
                "The dashboard (staff, completion, grades, alerts) comes with the next version.",
            ),
        ),
        ("staff", StaffPage),
        ("positions", PositionsPage),
        ("regulation", RegulationPage),
        ("posters", PostersPage),
        ("workflows", WorkflowsPage),
        ("appraisals", AppraisalsPage),
        ("training", TrainingPage),
        ("meetings", MeetingsPage),
        ("suggestions", SuggestionsPage),
        ("settings", SettingsPage),
    ]
