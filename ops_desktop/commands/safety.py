"""backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from ops_desktop.core.errors import DomainError

from . import common
from .common import ParserT


def register(commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]) -> None:
    backup = commands.add_parser("backup", help="a consistent copy of the database file")
    common.db_options(backup, suppress=True)
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser(
        "restore",
        help="replace the database by a checked backup (the replaced one is kept beside it)",
    )
    common.db_options(restore, suppress=True)
    restore.add_argument("file", metavar="BACKUP")
    restore.set_defaults(handler=_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    from ops_desktop.db.location import sqlite_file

    path = sqlite_file(common.url(args, must_exist=False))
    if path is None:
        raise DomainError(
            "Backup and restore work on SQLite files; back up a PostgreSQL "
            "server with its own tools (pg_dump)."
        )
    return path


def _backup(args: argparse.Namespace) -> int:
    import sys

    from ops_desktop.db.backup import backup_file

    source = _sqlite_path(args)
    if not source.exists():
        raise DomainError("{path} does not exist.", path=str(source))
    made = backup_file(source, Path(args.output))
    if made.damage:
        print(
            f"ops-desktop: warning: {source} is damaged ({made.damage}); the copy "
            f"{args.output} is as damaged. Keep it, and restore the newest good backup.",
            file=sys.stderr,
        )
    print(f"backed up {source} to {args.output}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from ops_desktop.db.restoring import restore_and_open

    target = _sqlite_path(args)
    restored = restore_and_open(
        common.url(args, must_exist=False), Path(args.file), common.operator(args)
    )
    restored.db.close()
    kept = restored.kept
    print(
        f"restored {args.file} into {target}"
        + (f"; the replaced database is {kept}" if kept else "")
    )
    return 0
