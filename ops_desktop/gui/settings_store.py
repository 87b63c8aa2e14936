"""Window state and workstation preferences, declared once with their types and defaults.
Business settings (weights, grades…) live in the database, not here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    def get(self, settings: QSettings) -> T:
        value: Any = settings.value(self.key, self.default)
        # T is the default's type, but mypy does not narrow T by isinstance(self.default, …):
        # the returns below are of type T, which it cannot see (hence their ignores).
        if isinstance(self.default, bool):
            # T is bool here.
            return (value in (True, "true", "1", 1)) if value is not None else self.default  # type: ignore[return-value]
        if isinstance(self.default, int):
            try:
                return int(value)  # type: ignore[return-value]  # T is int here
            except (TypeError, ValueError):
                return self.default
        if isinstance(self.default, QByteArray):
            return value if isinstance(value, QByteArray) else self.default  # type: ignore[return-value]  # T is QByteArray
        return value if isinstance(value, type(self.default)) else self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


OPERATOR = Option("operator/name", "")
OPERATOR_ASKED = Option("operator/asked", False)  # on the first start: never again
GUIDE_HIDDEN = Option("first_start/guide_hidden", False)  # closed until reopened (Help)
GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
LANGUAGE = Option("ui/language", "")  # "" follows the system
BACKUP_FOLDER = Option("data/backup_folder", "")
BACKUP_COUNT = Option("data/backup_count", 10)
PDF_FONT = Option("pdf/font", "")
# The database files opened last, newest first, as a JSON list (gui/database_files.py).
RECENT_DATABASES = Option("data/recent_databases", "")
# The folder the last export went to, shared by every kind: what goes to HR goes together.
EXPORT_FOLDER = Option("exports/folder", "")


def store() -> QSettings:
    return QSettings()
