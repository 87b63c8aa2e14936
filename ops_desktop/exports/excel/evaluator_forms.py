"""Evaluator forms: one workbook per evaluator listing whom they score and on what, and the
import that reads them back.

A hidden sheet records the period and the evaluator, so a form cannot be imported into
another period or for another person. The import collects every problem first (file, sheet,
cell, value, reason) and writes nothing when there is one, unless only the valid rows are
asked for; importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.appraisal import periods, score_changes, scores
from ops_desktop.core.errors import DomainError
from ops_desktop.core.files import safe_file_name
from ops_desktop.core.models import AppraisalPeriod, SchemeDimension, ScoreEntry, Staff
from ops_desktop.core.services import validate
from ops_desktop.core.services.staff_numbers import normalise

from .cells import Book
from .reading import ImportReport, SentWorkbook, cell_text, read_sent

MARKER = "ops-desktop evaluator form"
FORM_SHEET = "評分表"
META_SHEET = "_form"
HEADER_ROW, FIRST_ROW = 4, 5
SOURCE_NAMES = {"supervisor": "上級評價", "peer": "同事評價", "self": "自我評價"}
_SOURCE_BY_NAME = {v: k for k, v in SOURCE_NAMES.items()} | {
    "上级评价": "supervisor",
    "同事评价": "peer",
    "自我评价": "self",
}


# (subject, source, evaluator or None for an outside one, dimension) → the stored score
_Existing = dict[tuple[int, str, int | None, int], Decimal]


@dataclass
class FormImport(ImportReport):
    """The report of one form's import, with every score it changed as it was before
    (``score_changes``: what undoing the import puts back)."""

    changes: list[score_changes.ScoreChange] = field(default_factory=list)


@dataclass(frozen=True)
class Assignment:
    subject_id: int
    staff_no: str
    name: str
    source: str


def assignments(session: Session, period: AppraisalPeriod) -> dict[int, list[Assignment]]:
    """evaluator id → whom they score and as what, from the period's members and peers."""
    members = periods.members(session, period)
    present = {p.id for p in members}
    peers = periods.peers_of(session, period.id)
    out: dict[int, list[Assignment]] = {}
    for person in members:

        def give(evaluator: int, source: str, person: Staff = person) -> None:
            out.setdefault(evaluator, []).append(
                Assignment(person.id, person.staff_no, person.name, source)
            )

        if person.supervisor_id in present:
            give(person.supervisor_id, "supervisor")
        for evaluator in peers.get(person.id, []):
            if evaluator in present:
                give(evaluator, "peer")
        give(person.id, "self")
    order = {"self": 0, "supervisor": 1, "peer": 2}
    for rows in out.values():
        rows.sort(key=lambda a: (order[a.source], a.staff_no))
    return out


def _file_name(label: str, person: Staff) -> str:
    # Names and numbers come from the data: neither may reach another folder or a device.
    number = safe_file_name(person.staff_no, "staff", max_len=40)
    name = safe_file_name(re.sub(r"\s+", "_", person.name), "form", max_len=40)
    return f"{label}_{number}_{name}.xlsx"


def generate_forms(
    session: Session,
    period_id: int,
    folder: str | Path,
    *,
    department: str,
    evaluator_ids: list[int] | None = None,
) -> list[Path]:
    period = validate.get(session, AppraisalPeriod, period_id, "Appraisal period")
    if period.kind != "monthly":
        raise DomainError("Evaluator forms are for monthly periods.")
    folder = Path(folder)
    if not folder.is_dir():
        raise DomainError("The folder {folder} does not exist.", folder=str(folder))
    label = periods.label(period)
    dims = list(period.scheme.dimensions)
    existing: _Existing = {
        (e.subject_id, e.source, e.evaluator_id, e.dimension_id): e.score
        for e in session.scalars(select(ScoreEntry).where(ScoreEntry.period_id == period_id))
    }
    written = []
    for evaluator_id, rows in sorted(assignments(session, period).items()):
        if evaluator_ids is not None and evaluator_id not in evaluator_ids:
            continue
        evaluator = session.get(Staff, evaluator_id)
        assert evaluator is not None
        target = folder / _file_name(label, evaluator)
        _write_form(target, department, label, evaluator, rows, dims, existing)
        written.append(target)
    return written


def _write_form(
    target: Path,
    department: str,
    label: str,
    evaluator: Staff,
    rows: list[Assignment],
    dims: list[SchemeDimension],
    existing: _Existing,
) -> None:
    title = f"{department} {label} 績效評分表 — 評分人:{evaluator.name}({evaluator.staff_no})"
    book = Book(title, f"Evaluator form {label} {evaluator.staff_no}", department=department)
    sheet = book.sheet(FORM_SHEET)
    headers = ["工號", "姓名", "評價類型"] + [d.name for d in dims] + ["備註"]
    sheet.merge((1, 1), (1, len(headers)), title, "title")
    sheet.merge(
        (2, 1), (2, len(headers)), "請在黃色格內填寫 0–100 分,最多一位小數;填好後交回秘書導入。",
        "plain",
    )  # fmt: skip
    for c, text in enumerate(headers, start=1):
        sheet.put(HEADER_ROW, c, text, "header")
    for r, a in enumerate(rows, start=FIRST_ROW):
        sheet.put(r, 1, a.staff_no, "cell")
        sheet.put(r, 2, a.name, "cell")
        sheet.put(r, 3, SOURCE_NAMES[a.source], "cell")
        for c, dim in enumerate(dims, start=4):
            score = existing.get((a.subject_id, a.source, evaluator.id, dim.id))
            sheet.put(r, c, score, "input", number_format="0.0")
        sheet.put(r, 4 + len(dims), "", "input", wrap=True)
    last = FIRST_ROW + max(len(rows), 1) - 1
    sheet.score_check((FIRST_ROW, 4), (last, 3 + len(dims)))
    sheet.widths({1: 10, 2: 12, 3: 12, 4 + len(dims): 30})
    # The signature goes in the printed footer: the sheet holds nothing but the rows to import.
    sheet.print_setup(
        landscape=False,
        title="績效評分表",
        period=f"考核期間 {label}",
        title_rows=(HEADER_ROW, HEADER_ROW),
        freeze=(FIRST_ROW, 4),
        footer_left="評分人簽名:＿＿＿＿＿＿＿＿    日期:＿＿＿＿＿＿",
    )
    sheet.protect()
    meta = book.sheet(META_SHEET)
    for r, (key, value) in enumerate(
        [
            ("kind", MARKER),
            ("version", "1"),
            ("period", label),
            ("evaluator", evaluator.staff_no),
            ("generated", clock.now().isoformat(timespec="seconds")),
            ("dimensions", "|".join(d.code for d in dims)),
        ],
        start=1,
    ):
        meta.put(r, 1, key)
        meta.put(r, 2, value)
    meta.ws.very_hidden()
    meta.protect()
    book.save(target)


def _meta(wb: Workbook, path: Path) -> dict[str, str]:
    if META_SHEET not in wb.sheetnames or FORM_SHEET not in wb.sheetnames:
        raise DomainError("{path} is not an ops-desktop evaluator form.", path=path.name)
    meta = {
        cell_text(a): cell_text(b) for a, b in wb[META_SHEET].iter_rows(max_col=2, values_only=True)
    }
    if meta.get("kind") != MARKER:
        raise DomainError("{path} is not an ops-desktop evaluator form.", path=path.name)
    return meta


def import_form(
    session: Session,
    period_id: int,
    source: SentWorkbook | str | Path,
    operator: str = "",
    *,
    only_valid: bool = False,
    expected_evaluator_id: int | None = None,
) -> FormImport:
    """Read back one filled-in form. Give the workbook already read (``read_sent``) to keep
    the parsing out of the write transaction."""
    sent = read_sent(source)
    path, wb = sent.path, sent.book
    period = periods.writable(session, period_id)
    meta = _meta(wb, path)
    label = periods.label(period)
    if meta.get("period") != label:
        raise DomainError(
            "{path} is a form for the period {other}, not {period}.",
            path=path.name,
            other=meta.get("period"),
            period=label,
        )
    evaluator = session.scalar(
        select(Staff).where(Staff.staff_no == normalise(meta.get("evaluator")))
    )
    if evaluator is None:
        raise DomainError(
            "{path} names an evaluator ({no}) who is not on the staff list.",
            path=path.name,
            no=meta.get("evaluator"),
        )
    if expected_evaluator_id is not None and evaluator.id != expected_evaluator_id:
        raise DomainError(
            "{path} is the form of {name}, not of the evaluator chosen.",
            path=path.name,
            name=evaluator.name,
        )
    dims = list(period.scheme.dimensions)
    if meta.get("dimensions") != "|".join(d.code for d in dims):
        raise DomainError(
            "{path} was made for other appraisal dimensions; generate the forms again.",
            path=path.name,
        )
    report = FormImport(path.name)
    allowed = {
        (a.staff_no, a.source): a for a in assignments(session, period).get(evaluator.id, [])
    }
    wanted = _read_rows(wb[FORM_SHEET], dims, allowed, report)
    if report.problems and not only_valid:
        return report
    with session.begin_nested():
        for assignment, dim, value in wanted:
            key = scores.ScoreKey(assignment.subject_id, assignment.source, evaluator.id, dim.id)
            report.count(
                score_changes.enter(session, period.id, key, value, operator, report.changes)
            )
    report.applied = True
    return report


def _read_rows(
    ws: Worksheet,
    dims: list[SchemeDimension],
    allowed: dict[tuple[str, str], Assignment],
    report: ImportReport,
) -> list[tuple[Assignment, SchemeDimension, Decimal]]:
    expected = ["工號", "姓名", "評價類型"] + [d.name for d in dims]
    found = [cell_text(c.value) for c in ws[HEADER_ROW][: len(expected)]]
    if found != expected:
        report.problem(
            ws.title,
            f"A{HEADER_ROW}",
            " | ".join(found),
            "the header row was changed; expected " + " | ".join(expected),
        )
        return []
    seen: set[tuple[str, str]] = set()
    wanted: list[tuple[Assignment, SchemeDimension, Decimal]] = []
    for row in ws.iter_rows(min_row=FIRST_ROW, max_col=3 + len(dims)):
        number, _, kind = (cell_text(c.value) for c in row[:3])
        cells = row[3:]
        if not number and not kind and all(c.value in (None, "") for c in cells):
            continue
        where = row[0].coordinate
        source = _SOURCE_BY_NAME.get(kind)
        if source is None:
            report.problem(ws.title, row[2].coordinate, kind, "unknown kind of evaluation")
            continue
        assignment = allowed.get((normalise(number), source))
        if assignment is None:
            report.problem(
                ws.title,
                where,
                number,
                f"this evaluator does not score {number or '(empty)'} as {kind}",
            )
            continue
        if (assignment.staff_no, source) in seen:
            report.problem(ws.title, where, number, "this person appears twice")
            continue
        seen.add((assignment.staff_no, source))
        for cell, dim in zip(cells, dims, strict=True):
            if cell.value is None or cell_text(cell.value) == "":
                continue
            try:
                wanted.append((assignment, dim, scores.parse_score(cell.value)))
            except DomainError as exc:
                report.problem(ws.title, cell.coordinate, cell.value, str(exc))
    return wanted
