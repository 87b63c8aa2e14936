"""Reading workbooks people send back: opening safely, and the per-problem report.

Every import first collects every problem (file, sheet, cell, value, reason). A file with
any problem changes nothing, unless the user explicitly imports only the valid rows.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from ops_desktop.core import files
from ops_desktop.core.errors import DomainError, translated

MAX_FILE_BYTES = 20 * 1024 * 1024
# What a workbook may unpack to, checked from the zip directory before anything is read: a
# 6,000-person roster of every column unpacks to 4 MB, so 40 MB leaves ten times that, and a
# zip bomb (520 KB unpacking to 190 MB) is refused at once instead of taking minutes and GBs.
MAX_UNPACKED_BYTES = 40 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str
    cell: str
    value: str
    reason: str

    def __str__(self) -> str:
        where = "!".join(p for p in (self.sheet, self.cell) if p)
        value = f" '{self.value}'" if self.value else ""
        return f"{self.file} {where}{value}: {self.reason}"


@dataclass
class ImportReport:
    file: str
    problems: list[Problem] = field(default_factory=list)
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    applied: bool = False

    def problem(
        self, sheet: str, cell: str, value: object, reason: str | DomainError, **params: object
    ) -> None:
        """``reason``: a refusal, or an English source text with ``{named}`` ``params``; either
        is kept in the interface's language."""
        text = "" if value is None else str(value)
        said = str(reason) if isinstance(reason, DomainError) else translated(reason, **params)
        self.problems.append(Problem(self.file, sheet, cell, text[:60], said))

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def counts(self) -> list[str]:
        """What the import did, one translated part each (a report adds its own)."""
        return [
            translated("{n} added", n=self.added),
            translated("{n} changed", n=self.changed),
            translated("{n} unchanged", n=self.unchanged),
        ]

    def summary(self) -> str:
        """One line in the interface's language: the file, whether it was imported, and
        what it did."""
        parts = [*self.counts(), translated("{n} problem(s)", n=len(self.problems))]
        state = translated("imported") if self.applied else translated("NOT imported")
        return translated(
            "{file}: {state}; {counts}",
            file=self.file,
            state=state,
            counts=translated(", ").join(parts),
        )


def open_workbook(path: str | Path, *, read_only: bool = False, formulas: bool = False) -> Workbook:
    """Open an .xlsx file or raise DomainError saying clearly why it cannot be read. A cell
    holding a formula reads as the result last stored with it, or — ``formulas`` — as the
    formula itself (``cell.data_type == "f"``), for an import that refuses formulas."""
    path = files.checked_source(path)
    if not path.is_file():
        raise DomainError("{path} does not exist.", path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DomainError(
            "{path} is too large ({size} MB) to be a form or a roster.",
            path=str(path),
            size=size // (1024 * 1024),
        )
    if not zipfile.is_zipfile(path):
        raise DomainError("{path} is not an Excel workbook (.xlsx).", path=str(path))
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise DomainError("{path} is damaged (not a readable .xlsx).", path=str(path)) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise DomainError(
            "{path} unpacks to {size} MB: too large to be a form or a roster.",
            path=str(path),
            size=unpacked // (1024 * 1024),
        )
    try:
        return load_workbook(path, read_only=read_only, data_only=not formulas)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise DomainError(
            "{path} is damaged or not an .xlsx workbook ({reason}).",
            path=str(path),
            reason=type(exc).__name__,
        ) from None


@dataclass(frozen=True)
class SentWorkbook:
    """A workbook someone sent back, opened and read. Imports read it **before** their
    transaction, so that no write lock is held while a large file is parsed."""

    path: Path
    book: Workbook
    formulas: bool = False  # formula cells hold their formulas, not their results

    @property
    def name(self) -> str:
        return self.path.name


def read_sent(source: SentWorkbook | str | Path, *, formulas: bool = False) -> SentWorkbook:
    if isinstance(source, SentWorkbook):
        if source.formulas == formulas:
            return source
        source = source.path  # read the other way
    return SentWorkbook(Path(source), open_workbook(source, formulas=formulas), formulas)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
