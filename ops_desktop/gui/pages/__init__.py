"""The pages of the main window, in navigation order. A page's module is imported and the
page built only when it is first shown, so the window opens quickly."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# key, module, class, title (translated in the "Pages" context; PySide6 types the marked
# text as object)
PAGES: list[tuple[str, str, str, object]] = [
    ("dashboard", "dashboard", "DashboardPage", QT_TRANSLATE_NOOP("Pages", "Dashboard")),
    ("staff", "staff", "StaffPage", QT_TRANSLATE_NOOP("Pages", "Staff")),
    ("positions", "positions", "PositionsPage", QT_TRANSLATE_NOOP("Pages", "Positions")),
    ("regulation", "regulation", "RegulationPage", QT_TRANSLATE_NOOP("Pages", "Regulation")),
    ("posters", "posters", "PostersPage", QT_TRANSLATE_NOOP("Pages", "Posters")),
    ("workflows", "workflows", "WorkflowsPage", QT_TRANSLATE_NOOP("Pages", "Workflows")),
    ("appraisals", "appraisals", "AppraisalsPage", QT_TRANSLATE_NOOP("Pages", "Appraisals")),
    ("training", "training", "TrainingPage", QT_TRANSLATE_NOOP("Pages", "Training")),
    ("meetings", "meetings", "MeetingsPage", QT_TRANSLATE_NOOP("Pages", "Meetings")),
    ("suggestions", "suggestions", "SuggestionsPage", QT_TRANSLATE_NOOP("Pages", "Suggestions")),
    ("audit", "audit", "AuditPage", QT_TRANSLATE_NOOP("Pages", "Audit log")),
    ("settings", "settings", "SettingsPage", QT_TRANSLATE_NOOP("Pages", "Settings")),
]
KEYS = [key for key, *_ in PAGES]


def title(key: str) -> str:
    text = next(t for k, _m, _c, t in PAGES if k == key)
    return QCoreApplication.translate("Pages", str(text))


def page_class(key: str) -> type:
    module, cls = next((m, c) for k, m, c, _t in PAGES if k == key)
    return getattr(importlib.import_module(f"{__name__}.{module}"), cls)
