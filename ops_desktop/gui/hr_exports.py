"""The workbooks the window writes for HR, each an :class:`~.exporting.Export`: its title,
the name it is offered under (``core/outputs.py``) and its writing, which reads what it
needs in a reading transaction of its own on the worker. The pages offer them; ``exporting``
runs them. The writers (openpyxl, XlsxWriter) load only when one is written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ops_desktop.core import outputs

from .exporting import Export

if TYPE_CHECKING:
    from ops_desktop.core.services.audit import AuditRow

    from .context import AppContext
    from .tasks import Progress


def _writing(progress: Progress) -> None:
    progress.report(1, 2, QCoreApplication.translate("Export", "Writing the workbook…"))


def score_sheet(ctx: AppContext, period_id: int, label: str) -> Export:
    """The month's score sheet (月度績效考核表)."""

    def write(progress: Progress, target: Path) -> None:
        from ops_desktop.core.appraisal import appeals, comments, results
        from ops_desktop.core.services import settings
        from ops_desktop.exports.excel.score_sheet import write_score_sheet

        with ctx.transaction() as session:
            result = results.compute(session, period_id)
            said = comments.of_period(session, period_id)
            department = settings.department(session)
            appealed = appeals.open_staff(session, period_id)
        _writing(progress)
        write_score_sheet(result, target, department=department, comments=said, appealed=appealed)

    return Export(
        QCoreApplication.translate("Export", "Export the score sheet"),
        outputs.score_sheet_name(label),
        write,
    )


def annual_sheet(ctx: AppContext, year: int) -> Export:
    """The year's sheet (年度績效考核表): each person's months, result, grade and rank."""

    def write(progress: Progress, target: Path) -> None:
        from ops_desktop.core.appraisal import results
        from ops_desktop.core.services import settings
        from ops_desktop.exports.excel.annual_sheet import write_annual_sheet

        with ctx.transaction() as session:
            result = results.compute_year(session, year)
            department = settings.department(session)
        _writing(progress)
        write_annual_sheet(result, target, department=department)

    return Export(
        QCoreApplication.translate("Export", "Export the annual sheet"),
        outputs.annual_sheet_name(year),
        write,
    )


def roster(ctx: AppContext) -> Export:
    """The staff roster (員工名冊) as it is today."""

    def write(progress: Progress, target: Path) -> None:
        from ops_desktop.core.services import settings
        from ops_desktop.exports.excel.roster import write_roster

        with ctx.transaction() as session:
            write_roster(session, target, department=settings.department(session))

    return Export(
        QCoreApplication.translate("Export", "Export the staff roster"),
        outputs.roster_name(),
        write,
    )


def training_records(ctx: AppContext, year: int | None) -> Export:
    """Courses, sessions and attendance of ``year`` (None: of every year)."""

    def write(progress: Progress, target: Path) -> None:
        from ops_desktop.core.services import settings
        from ops_desktop.exports.excel.training_records import write_training_records

        with ctx.transaction() as session:
            department = settings.department(session)
            write_training_records(session, target, department=department, year=year)

    return Export(
        QCoreApplication.translate("Export", "Export training records"),
        outputs.training_records_name(year),
        write,
    )


def audit_log(ctx: AppContext, rows: list[AuditRow]) -> Export:
    """The entries of the log the page shows (as filtered there)."""

    def write(progress: Progress, target: Path) -> None:
        from ops_desktop.core.services import settings
        from ops_desktop.exports.excel.audit_log import write_audit_log

        with ctx.transaction() as session:
            department = settings.department(session)
        _writing(progress)
        write_audit_log(rows, target, department=department)

    return Export(
        QCoreApplication.translate("Export", "Export the audit log"),
        outputs.audit_log_name(),
        write,
    )


def evaluator_forms(ctx: AppContext, period_id: int, label: str) -> Export:
    """One form per evaluator, in a folder of the month's own in the folder chosen."""

    def write(progress: Progress, folder: Path) -> int:
        from ops_desktop.core.services import settings
        from ops_desktop.exports.excel.evaluator_forms import generate_forms

        with ctx.transaction() as session:
            department = settings.department(session)
            return len(generate_forms(session, period_id, folder, department=department))

    def said(count: Any) -> str:
        return QCoreApplication.translate("Export", "%1 forms written").replace("%1", str(count))

    return Export(
        QCoreApplication.translate("Export", "Folder for the evaluator forms"),
        outputs.evaluator_forms_folder(label),
        write,
        folder=True,
        said=said,
        working=QCoreApplication.translate("Export", "Writing evaluator forms"),
    )
