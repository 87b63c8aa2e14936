"""The pages of the main window, in navigation order."""

from __future__ import annotations


def page_factories():  # type: ignore[no-untyped-def]
    """(key, factory) for every page; imported lazily so start-up stays quick."""
    from .appraisals import AppraisalsPage
    from .dashboard import DashboardPage
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
        ("dashboard", DashboardPage),
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
