"""regulation compare: the revision table (修訂對照表) of two versions, as A4 PDF or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ops_desktop.core.errors import DomainError

from . import common


def register(kinds: argparse._SubParsersAction[Any]) -> None:
    """Add this module's kinds to ``ops-desktop regulation``."""
    compare = kinds.add_parser(
        "compare",
        help="the revision table (修訂對照表) between two versions (default: the draft "
        "against the version it replaces)",
    )
    common.db_options(compare, suppress=True)
    compare.add_argument("--from", dest="from_label", metavar="VERSION")
    compare.add_argument("--to", dest="to_label", metavar="VERSION")
    compare.add_argument("--script", choices=("hant", "hans"), default="hant")
    compare.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.xlsx")
    compare.set_defaults(handler=_compare)


def _compare(args: argparse.Namespace) -> int:
    from ops_desktop.core import script as scripts
    from ops_desktop.core.models import RegulationVersion
    from ops_desktop.core.services import regulation, regulation_compare, settings
    from ops_desktop.exports.pdf.revision_table import write_revision_pdf
    from ops_desktop.exports.revision_words import KINDS

    target = Path(args.output)
    kind = target.suffix.lower()
    if kind not in (".pdf", ".xlsx"):  # refused before anything is read or written
        raise DomainError("{path} must end in .pdf or .xlsx.", path=str(target))
    with common.database(args) as db, db.transaction() as session:
        old = regulation.version_by_label(session, args.from_label) if args.from_label else None
        new = regulation.version_by_label(session, args.to_label) if args.to_label else None
        found = regulation_compare.compare(session, old, new, script=args.script)
        version = session.get(RegulationVersion, found.to_id)
        title = scripts.pick(version.title, version.title_hans, args.script) if version else ""
        department = settings.department(session)
    if kind == ".pdf":
        pages = write_revision_pdf(
            found, target, department=department, title=title, script=args.script
        )
        done = f"{pages} page(s)"
    else:
        from ops_desktop.exports.excel.revision_table import write_revision_sheet

        write_revision_sheet(found, target, department=department, title=title, script=args.script)
        done = "1 sheet"
    counts = found.counts()
    said = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts.get(k)) or "no changes"
    print(f"written: {target} ({done}; {said})")
    return 0
