"""Evaluator forms: one workbook per evaluator listing whom they score and on what, and the
import that reads them back.

A hidden sheet records the period and the evaluator, so a form cannot be imported into
another period or for another person. The import collects every problem first (file, sheet,
cell, value, reason) and writes nothing when there is one, unless only the valid rows are
asked for; importing the same file twice changes nothing the second time.

Nothing sent is lost without a word: the 評語 column is stored, a blank score is a problem
unless the row is marked 未評 (not evaluated), and what the evaluator may not have seen or
meant — a formula, merged cells, a hidden sheet, row or column — is refused where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.appraisal import comments, periods, score_changes, scores
from ops_desktop.core.errors import DomainError, translated
from ops_desktop.core.files import safe_file_name
from ops_desktop.core.models import (
    AppraisalPeriod,
    SchemeDimension,
    ScoreComment,
    ScoreEntry,
    Staff,
)
from ops_desktop.core.models.appraisal import COMMENT_LENGTH
from ops_desktop.core.services import validate
from ops_desktop.core.services.staff_numbers import normalise

from . import form_checks
from .cells import Book
from .reading import ImportReport, SentWorkbook, cell_text, read_sent

MARKER = "ops-desktop evaluator form"
# 2: the columns 未評 and 評語 (version 1 had 備註, never read): a version 1 form is refused.
FORM_VERSION = "2"
FORM_SHEET = "評分表"
META_SHEET = "_form"
HEADER_ROW, FIRST_ROW = 4, 5
NOT_EVALUATED, COMMENT = "未評", "評語"  # the two columns after the dimensions
SOURCE_NAMES = {"supervisor": "上級評價", "peer": "同事評價", "self": "自我評價"}
_SOURCE_BY_NAME = {v: k for k, v in SOURCE_NAMES.items()} | {
    "上级评价": "supervisor",
    "同事评价": "peer",
    "自我评价": "self",
}


# (subject, source, evaluator or None for an outside one, dimension) → the stored score
_Existing = dict[tuple[int, str, int | None, int], Decimal]
AnyCell = Cell | MergedCell
# (subject, source, evaluator) → the stored comment
_Said = dict[tuple[int, str, int | None], str]


@dataclass
class FormImport(ImportReport):
    """The report of one form's import, with every score and comment it changed as it was
    before (``changes``, ``comment_changes``: what undoing the import puts back)."""

    changes: list[score_changes.ScoreChange] = field(default_factory=list)
    comment_changes: list[comments.CommentChange] = field(default_factory=list)
    skipped: int = 0  # rows marked 未評 (not evaluated), left out
    comments: int = 0  # comments stored, changed or removed

    def counts(self) -> list[str]:
        return [
            *super().counts(),
            translated("{n} not evaluated (未評)", n=self.skipped),
            translated("{n} comment(s)", n=self.comments),
        ]


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


def _headers(dims: list[SchemeDimension]) -> list[str]:
    return ["工號", "姓名", "評價類型"] + [d.name for d in dims] + [NOT_EVALUATED, COMMENT]


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
    said: _Said = {
        (c.subject_id, c.source, c.evaluator_id): c.comment
        for c in session.scalars(select(ScoreComment).where(ScoreComment.period_id == period_id))
    }
    written = []
    for evaluator_id, rows in sorted(assignments(session, period).items()):
        if evaluator_ids is not None and evaluator_id not in evaluator_ids:
            continue
        evaluator = session.get(Staff, evaluator_id)
        assert evaluator is not None
        target = folder / _file_name(label, evaluator)
        _write_form(target, department, label, evaluator, rows, dims, existing, said)
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
    said: _Said,
) -> None:
    title = f"{department} {label} 績效評分表 — 評分人:{evaluator.name}({evaluator.staff_no})"
    book = Book(title, f"Evaluator form {label} {evaluator.staff_no}", department=department)
    sheet = book.sheet(FORM_SHEET)
    headers = _headers(dims)
    mark_col, comment_col = 4 + len(dims), 5 + len(dims)
    sheet.merge((1, 1), (1, len(headers)), title, "title")
    sheet.merge(
        (2, 1), (2, len(headers)), "請在黃色格內填寫 0–100 分,最多一位小數;填好後交回秘書導入。",
        "plain",
    )  # fmt: skip
    sheet.merge(
        (3, 1), (3, len(headers)),
        f"不評分的人:在「{NOT_EVALUATED}」欄填 ✓ 並留空分數;空白的分數會被退回。"
        f"「{COMMENT}」欄可寫對此人的評語(最多 {COMMENT_LENGTH} 字)。",
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
        sheet.put(r, mark_col, "", "input", center=True)
        sheet.put(r, comment_col, said.get((a.subject_id, a.source, evaluator.id), ""), "input",
                  wrap=True)  # fmt: skip
    last = FIRST_ROW + max(len(rows), 1) - 1
    sheet.score_check((FIRST_ROW, 4), (last, 3 + len(dims)))
    sheet.widths({1: 10, 2: 12, 3: 12, mark_col: 6, comment_col: 40})
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
            ("version", FORM_VERSION),
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


def read_form(source: SentWorkbook | str | Path) -> SentWorkbook:
    """A form as the import reads it: formulas as formulas, to refuse them."""
    return read_sent(source, formulas=True)


def import_form(
    session: Session,
    period_id: int,
    source: SentWorkbook | str | Path,
    operator: str = "",
    *,
    only_valid: bool = False,
    expected_evaluator_id: int | None = None,
) -> FormImport:
    """Read back one filled-in form. Give the workbook already read (``read_form``) to keep
    the parsing out of the write transaction."""
    sent = read_form(source)
    path, wb = sent.path, sent.book
    period = periods.writable(session, period_id)
    meta = _meta(wb, path)
    if meta.get("version") != FORM_VERSION:
        raise DomainError(
            "{path} is a form of an earlier version of the program (without the columns "
            "未評 and 評語); generate the forms again.",
            path=path.name,
        )
    form_checks.refuse_hidden_sheets(wb, path, FORM_SHEET, META_SHEET)
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
        for assignment, dim, value in wanted.scores:
            key = scores.ScoreKey(assignment.subject_id, assignment.source, evaluator.id, dim.id)
            report.count(
                score_changes.enter(session, period.id, key, value, operator, report.changes)
            )
        for assignment, text in wanted.comments:
            said = comments.CommentKey(assignment.subject_id, assignment.source, evaluator.id)
            if comments.put(session, period.id, said, text, operator, report.comment_changes):
                report.comments += 1
    report.applied = True
    return report


@dataclass
class _Wanted:
    """What a form asks to store: scores, and each row's comment ("" to remove one)."""

    scores: list[tuple[Assignment, SchemeDimension, Decimal]] = field(default_factory=list)
    comments: list[tuple[Assignment, str]] = field(default_factory=list)


def _read_rows(
    ws: Worksheet,
    dims: list[SchemeDimension],
    allowed: dict[tuple[str, str], Assignment],
    report: FormImport,
) -> _Wanted:
    """Every row of the form, each problem reported at its cell. ``ws`` holds formulas as
    formulas (``read_form``)."""
    expected = _headers(dims)
    found = [cell_text(c.value) for c in ws[HEADER_ROW][: len(expected)]]
    if found != expected:
        older = "備註" in found
        report.problem(
            ws.title,
            f"A{HEADER_ROW}",
            " | ".join(found),
            "a form of an earlier version: generate the forms again"
            if older
            else "the header row was changed; expected {expected}",
            expected=" | ".join(expected),
        )
        return _Wanted()
    mark_col, comment_col = 4 + len(dims), 5 + len(dims)
    blocked = form_checks.blocked(ws, HEADER_ROW, comment_col, report)
    seen: set[tuple[str, str]] = set()
    wanted = _Wanted()
    for row in ws.iter_rows(min_row=FIRST_ROW, max_col=comment_col):
        if all(c.value is None or cell_text(c.value) == "" for c in row):
            continue
        r = row[0].row
        if r in blocked.hidden_rows:
            report.problem(ws.title, f"A{r}", cell_text(row[0].value), form_checks.HIDDEN_ROW)
            continue
        if r in blocked.rows:
            continue  # merged: reported per range
        formulas = [(n, c) for n, c in enumerate(row, start=1) if form_checks.is_formula(c)]
        for n, c in formulas:
            scored = 4 <= n < mark_col
            why = form_checks.FORMULA_SCORE if scored else form_checks.FORMULA_TEXT
            report.problem(ws.title, c.coordinate, c.value, why)
        if formulas:
            continue
        assignment = _assignment_of(ws, row, allowed, seen, report)
        if assignment is None:
            continue
        score_cells = [
            (cell, dim)
            for n, (cell, dim) in enumerate(zip(row[3 : 3 + len(dims)], dims, strict=True), 4)
            if n not in blocked.columns  # hidden: reported per column
        ]
        marked = cell_text(row[mark_col - 1].value) != ""
        if comment_col not in blocked.columns:
            _read_comment(ws, row[comment_col - 1], assignment, wanted, report)
        if marked:
            given = [c for c, _dim in score_cells if cell_text(c.value) != ""]
            for c in given:
                report.problem(
                    ws.title,
                    c.coordinate,
                    c.value,
                    "the row is marked {mark} (not evaluated) but has a score: "
                    "clear the score or the mark",
                    mark=NOT_EVALUATED,
                )
            if not given:
                report.skipped += 1
            continue
        for cell, dim in score_cells:
            if cell_text(cell.value) == "":
                report.problem(
                    ws.title,
                    cell.coordinate,
                    "",
                    "no score: type one, or mark the row {mark} (not evaluated)",
                    mark=NOT_EVALUATED,
                )
                continue
            try:
                wanted.scores.append((assignment, dim, form_checks.score_of(cell.value)))
            except DomainError as exc:
                report.problem(ws.title, cell.coordinate, cell.value, str(exc))
    return wanted


def _assignment_of(
    ws: Worksheet,
    row: tuple[AnyCell, ...],
    allowed: dict[tuple[str, str], Assignment],
    seen: set[tuple[str, str]],
    report: ImportReport,
) -> Assignment | None:
    """Whom the row scores, as what; None (reported) when not one the evaluator scores, or
    already listed above."""
    number, kind = cell_text(row[0].value), cell_text(row[2].value)
    source = _SOURCE_BY_NAME.get(kind)
    if source is None:
        report.problem(ws.title, row[2].coordinate, kind, "unknown kind of evaluation")
        return None
    assignment = allowed.get((normalise(number), source))
    if assignment is None:
        report.problem(
            ws.title,
            row[0].coordinate,
            number,
            "this evaluator does not score {number} as {kind}",
            number=number or "—",
            kind=kind,
        )
        return None
    if (assignment.staff_no, source) in seen:
        report.problem(ws.title, row[0].coordinate, number, "this person appears twice")
        return None
    seen.add((assignment.staff_no, source))
    return assignment


def _read_comment(
    ws: Worksheet, cell: AnyCell, assignment: Assignment, wanted: _Wanted, report: ImportReport
) -> None:
    try:
        wanted.comments.append((assignment, comments.clean(cell.value)))
    except DomainError as exc:
        report.problem(ws.title, cell.coordinate, cell.value, str(exc))
