"""Where the workbooks for HR go: the names they are offered under, and their folder made
when it is not there yet.

The names are Chinese in every interface language: they name what the sheet inside is
called (月度績效考核表, 員工名冊 …), which is Chinese whatever language the window speaks,
and HR files them by those words. Each carries its period, or the day it was taken (a
roster, the audit log), so this month's file does not replace last month's."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError


def score_sheet_name(label: str) -> str:
    """The monthly sheet of ``label`` (``2026-11``)."""
    return f"月度績效考核表_{label}.xlsx"


def annual_sheet_name(year: int) -> str:
    return f"年度績效考核表_{year}.xlsx"


def roster_name(day: dt.date | None = None) -> str:
    """The roster as it is on ``day`` (today by the program's clock)."""
    return f"員工名冊_{(day or clock.today()).isoformat()}.xlsx"


def training_records_name(year: int | None, day: dt.date | None = None) -> str:
    """One year's training records; every year's (``None``) is named by the day taken."""
    return f"培訓記錄_{year if year is not None else (day or clock.today()).isoformat()}.xlsx"


def audit_log_name(day: dt.date | None = None) -> str:
    return f"審計日誌_{(day or clock.today()).isoformat()}.xlsx"


def letters_name(label: str) -> str:
    """The result letters of ``label`` (``2026-11``, or a year ``2026``), a page each."""
    return f"績效考核結果通知書_{label}.pdf"


def calibration_name(label: str, suffix: str = ".pdf") -> str:
    """The calibration report (考核校準報告) of a month or a year, as PDF or workbook."""
    return f"考核校準報告_{label}{suffix}"


def appeal_name(appeal_id: int, label: str) -> str:
    """An appeal's printout: its decision (績效申訴決定書), numbered, of the period ``label``."""
    return f"績效申訴決定書_{label}_{appeal_id}.pdf"


def revision_table_name(from_label: str, to_label: str, suffix: str = ".pdf") -> str:
    return f"修訂對照表_{from_label}-{to_label}{suffix}"


def signoff_name(label: str, suffix: str = ".pdf") -> str:
    return f"閱知簽收表_{label}{suffix}"


def pdf_or_xlsx(target: str | os.PathLike[str]) -> Path:
    """A report's file, refused before anything is read or written unless it ends in .pdf
    or .xlsx (which of the two says what is written)."""
    path = Path(target)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        raise DomainError("{path} must end in .pdf or .xlsx.", path=str(path))
    return path


def letters_folder(label: str) -> str:
    """The folder of ``label``'s result letters, one file per person."""
    return f"績效考核結果通知書_{label}"


def evaluator_forms_folder(label: str) -> str:
    """The folder of one month's evaluator forms (評分表 is the sheet each form holds)."""
    return f"評分表_{label}"


@contextlib.contextmanager
def output_folder(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """``folder``, made (with the folders above it) if it does not exist yet. If what runs
    inside fails, the folders made here are taken away again while they are still empty:
    a refused export leaves the disk as it was."""
    folder = Path(folder)
    made: list[Path] = []
    here = folder
    while not here.exists() and here != here.parent:
        made.append(here)
        here = here.parent
    if here.exists() and not here.is_dir():
        raise DomainError("{folder} is a file, not a folder.", folder=str(here))
    try:
        for step in reversed(made):
            step.mkdir()
    except OSError as exc:
        _remove_empty(made)
        raise DomainError(
            "Cannot make the folder {folder}: {reason}",
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from None
    try:
        yield folder
    except BaseException:
        _remove_empty(made)
        raise


def _remove_empty(made: list[Path]) -> None:
    for step in made:  # the deepest first
        with contextlib.suppress(OSError):  # not empty, or never made: left as it is
            step.rmdir()
