"""regulation: what changed between versions (compare), and who has read the version in
force (signoff, acknowledge, due). Each kind's arguments and handler live in their own module;
this one only gathers them under ``ops-desktop regulation``."""

from __future__ import annotations

import argparse

from . import common, regulation_acks, regulation_changes
from .common import ParserT


def register(commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]) -> None:
    group = commands.add_parser(
        "regulation",
        help="the regulation's versions: what changed (compare), the sign-off sheet and "
        "who has acknowledged the version in force",
    )
    common.db_options(group, suppress=True)
    kinds = group.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=parser_class
    )
    regulation_changes.register(kinds)
    regulation_acks.register(kinds)
