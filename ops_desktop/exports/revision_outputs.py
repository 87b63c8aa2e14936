"""The revision table (修訂對照表) written as the file's name asks: an A4 PDF or a workbook.
One way for the command line and the window."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ops_desktop.core import script as scripts
from ops_desktop.core.outputs import pdf_or_xlsx

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ops_desktop.core.services.regulation_compare import Comparison


def write_revision_table(
    session: Session, found: Comparison, target: str | os.PathLike[str], *, script: str = "hant"
) -> str:
    """Write ``found``; returns what was written ("2 page(s)", "1 sheet")."""
    from ops_desktop.core.models import RegulationVersion
    from ops_desktop.core.services import settings

    path = pdf_or_xlsx(target)
    version = session.get(RegulationVersion, found.to_id)
    title = scripts.pick(version.title, version.title_hans, script) if version else ""
    department = settings.department(session)
    if path.suffix.lower() == ".pdf":
        from ops_desktop.exports.pdf.revision_table import write_revision_pdf

        pages = write_revision_pdf(found, path, department=department, title=title, script=script)
        return f"{pages} page(s)"
    from ops_desktop.exports.excel.revision_table import write_revision_sheet

    write_revision_sheet(found, path, department=department, title=title, script=script)
    return "1 sheet"
