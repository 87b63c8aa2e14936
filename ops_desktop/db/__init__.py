"""Storage: where the database is, how it is opened, checked, migrated and seeded."""

from .engine import Database, open_database

__all__ = ["Database", "open_database"]
