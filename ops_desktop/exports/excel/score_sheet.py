"""The monthly score sheet (月度績效考核表) for HR.

Inputs (the per-source, per-dimension scores, the 數據分析 score and the base bonus) are
values. Source scores, total, grade, rank, bonus coefficient and bonus are live formulas over
the weight cells and the grade table printed at the top of the sheet, so HR can audit them and
try another weighting; each formula also carries the result the program computed, which is
what Excel's Protected View and file previewers show. The formulas round like
``ops_desktop.core.appraisal.rules``. The weights and the grade table are unlocked; the score
inputs are unlocked only while the month is not locked.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from ops_desktop.core.appraisal import completeness, rules
from ops_desktop.core.appraisal.comments import Comment
from ops_desktop.core.appraisal.results import PeriodResult, PersonResult, SchemeView
from ops_desktop.core.models.appraisal import RATED_SOURCES

from .cells import Book, Sheet, col

STATUS = {"open": "填寫中", "review": "審核中", "locked": "已鎖定"}
NOTE_ROW = 3  # the forced-distribution warning, when there is one
WEIGHT_ROW = 5  # names in row 4, weights in row 5
SIGNATURES = ("製表人:", "運營經理審核:", "人力資源部:", "日期:")


@dataclass(frozen=True)
class Layout:
    """Where everything is on the sheet; tests use it to read the recomputed values."""

    first_row: int
    last_row: int
    total_col: int
    grade_col: int
    rank_col: int
    coefficient_col: int
    bonus_col: int
    staff_no_col: int = 2
    status_col: int = 0
    header_row: int = 0


APPEALED = "申訴中"  # after the state of a person whose appeal of the month is not decided


def status_text(person: PersonResult, view: SchemeView, appealed: bool = False) -> str:
    """完整, or what is missing and that the total waits for it, in the scheme's names:
    '缺少：上級評價(工作業績、工作態度)、數據分析；補齊後計算總分' (the window says the same);
    then 申訴中 while an appeal of the month waits for its decision."""
    if person.complete:
        state = "完整"
    else:
        state = f"缺少：{'、'.join(completeness.missing_sources(person, view))}；補齊後計算總分"
    return f"{state}；{APPEALED}" if appealed else state


def _grade_table(sheet: Sheet, view: SchemeView, top_col: int) -> tuple[str, str, str]:
    """The grade bands, lowest first (what LOOKUP needs), unlocked so that HR can try other
    limits; returns the three column ranges."""
    bands = sorted(view.bands, key=lambda b: b.min_score)
    for i, text in enumerate(("等級", "最低分", "獎金係數")):
        sheet.put(4, top_col + i, text, "header")
    for r, band in enumerate(bands, start=5):
        sheet.put(r, top_col, band.name, "input")
        sheet.put(r, top_col + 1, band.min_score, "input")
        sheet.put(r, top_col + 2, band.bonus_coefficient, "input")
    last = 4 + len(bands)
    names, scores, coefficients = (
        f"${col(top_col + i)}$5:${col(top_col + i)}${last}" for i in range(3)
    )
    return names, scores, coefficients


def distribution_note(result: PeriodResult) -> str:
    """What HR must see first: the forced-distribution limits the month exceeds ("" none)."""
    return ";".join(
        f"{band.name} {count} 人,佔已評 {result.complete_count} 人的 {share}%,"
        f"超過上限 {rules.limit_text(band)}%"
        for band, count, share in result.breaches
    )


def _input_cols(view: SchemeView) -> dict[tuple[str, str], int]:
    """(rated source, dimension) → its column on the 評分明細 sheet, after 序號 工號 姓名."""
    cols = {}
    for i, key in enumerate((s, d) for s in RATED_SOURCES for d in view.dimension_weights):
        cols[key] = 4 + i
    return cols


DETAIL_FIRST_ROW = 5  # two header rows above: 3 and 4


def _write_details(
    book: Book, result: PeriodResult, title: str, *, locked: bool
) -> tuple[str, dict[tuple[str, str], int], int, int]:
    """The 評分明細 sheet: every input score, the 數據分析 score and the base bonus, one row
    per person in the summary's order (row ``DETAIL_FIRST_ROW + n``). Returns the sheet's
    name for references, the input columns, the data column and the base-bonus column."""
    view = result.scheme
    dims = list(view.dimension_weights)
    sheet = book.sheet(f"{result.label} 評分明細")
    cols = _input_cols(view)
    data_col = 4 + len(cols)
    base_col, peers_col = data_col + 1, data_col + 2
    style = "cell" if locked else "input"  # a locked month's inputs are not to be typed over
    first_row = DETAIL_FIRST_ROW
    header = first_row - 2
    sheet.merge((1, 1), (1, peers_col), f"{title} — 評分明細", "title")
    sheet.merge(
        (2, 1),
        (2, peers_col),
        "黃色格為輸入分數(0–100);改動後考核表的得分、總分、等級與獎金隨之重算。"
        if not locked
        else "本月已鎖定:分數為鎖定時的數值,不可修改。",
        "plain",
    )
    for c, text in enumerate(("序號", "工號", "姓名"), start=1):
        sheet.merge((header, c), (header + 1, c), text, "header")
    for source in RATED_SOURCES:
        first = cols[(source, dims[0])]
        sheet.merge((header, first), (header, first + len(dims) - 1),
                    view.source_names[source], "header")  # fmt: skip
        for dim in dims:
            sheet.put(header + 1, cols[(source, dim)], view.dimension_names[dim], "header")
    sheet.merge((header, data_col), (header + 1, data_col), view.source_names["data"], "header")
    sheet.merge((header, base_col), (header + 1, base_col), "基本獎金", "header")
    sheet.merge((header, peers_col), (header + 1, peers_col), "同事評價人數", "header")
    for n, person in enumerate(result.people):
        r = first_row + n
        sheet.put(r, 1, n + 1, "cell")
        sheet.put(r, 2, person.staff_no, "cell")
        sheet.put(r, 3, person.name, "cell")
        for key, column in cols.items():
            sheet.put(r, column, person.inputs.get(key), style, number_format="0.0#")
        sheet.put(r, data_col, person.data_score, style, number_format="0.0#")
        sheet.put(r, base_col, person.base_bonus, style, number_format="#,##0.00")
        sheet.put(r, peers_col, person.peer_count, "cell")
    last_row = first_row + max(len(result.people), 1) - 1
    if not locked:
        sheet.score_check((first_row, 4), (last_row, data_col))
    # One A4 landscape page wide at 100 % (measured in LibreOffice's PDF of the sheet).
    sheet.widths({1: 4.5, 2: 8.5, 3: 8, base_col: 9, peers_col: 6})
    sheet.widths({c: 7 for c in range(4, base_col)})
    sheet.heights({header + 1: 30})  # dimension names may wrap to two lines
    sheet.ws.autofilter(header, 0, last_row - 1, peers_col - 1)
    sheet.print_setup(
        landscape=True,
        title=f"{result.label} 評分明細",
        period=f"考核期間 {result.label}",
        title_rows=(header, header + 1),
        repeat_columns=(1, 3),
        freeze=(first_row, 4),
    )
    sheet.protect()
    return f"'{sheet.ws.name}'", cols, data_col, base_col


COMMENT_COLUMNS = ("工號", "姓名", "評價類型", "評分人", "評語")


def _write_comments(
    book: Book, result: PeriodResult, title: str, comments: Sequence[Comment]
) -> None:
    """The 評語 sheet: each evaluator's comment on each person, as stored from their forms."""
    view = result.scheme
    sheet = book.sheet(f"{result.label} 評語")
    last = len(COMMENT_COLUMNS)
    sheet.merge((1, 1), (1, last), f"{title} — 評語", "title")
    sheet.merge((2, 1), (2, last), "評分人在評分表「評語」欄所寫;本月沒有評語時此表為空。", "plain")
    header = 3
    for c, text in enumerate(COMMENT_COLUMNS, start=1):
        sheet.put(header, c, text, "header")
    for r, said in enumerate(comments, start=header + 1):
        sheet.put(r, 1, said.staff_no, "cell")
        sheet.put(r, 2, said.name, "cell")
        sheet.put(r, 3, view.source_names.get(said.source, said.source), "cell")
        sheet.put(r, 4, said.evaluator or "(外部評分人)", "cell")
        sheet.put(r, 5, said.text, "cell", wrap=True)
    sheet.widths({1: 8.5, 2: 10, 3: 10, 4: 16, 5: 70})
    sheet.print_setup(
        landscape=True,
        title=f"{result.label} 評語",
        period=f"考核期間 {result.label}",
        title_rows=(header, header),
        repeat_columns=(1, 2),
        freeze=(header + 1, 3),
    )
    sheet.protect()


def write_score_sheet(
    result: PeriodResult,
    target: str | Path,
    *,
    department: str,
    prepared_by: str = "",
    comments: Sequence[Comment] = (),
    appealed: Collection[int] = (),
) -> Layout:
    """Three sheets: 考核表 (the results HR files: scores by source, total, grade, rank, bonus
    and each person's state, one A4 page wide), 評分明細 (every input it is computed from)
    and 評語 (the evaluators' ``comments``). The staff ids ``appealed`` (open appeals) are
    marked in the 狀態 column. The summary's formulas read the detail sheet's
    inputs and the weight cells."""
    view = result.scheme
    dims = list(view.dimension_weights)
    title = f"{department} {result.label} 月度績效考核表"
    book = Book(title, f"Monthly appraisal {result.label}", department=department)
    sheet = book.sheet(f"{result.label} 考核表")
    header_row = max(8, 6 + len(view.bands))  # under the grade table
    first_row = header_row + 1
    locked = result.status == "locked"
    fixed = ["工號", "姓名", "崗位"]  # no 序號: the sheet must fit one A4 page wide
    data_col = len(fixed) + 1
    score_cols = {source: data_col + 1 + i for i, source in enumerate(RATED_SOURCES)}
    total_col = data_col + 1 + len(RATED_SOURCES)
    grade_col, rank_col, coef_col = total_col + 1, total_col + 2, total_col + 3
    base_col, bonus_col, status_col = total_col + 4, total_col + 5, total_col + 6
    details, input_cols, detail_data, detail_base = _write_details(
        book, result, title, locked=locked
    )
    _write_comments(book, result, title, comments)

    sheet.merge((1, 1), (1, status_col), title, "title")
    sheet.merge(
        (2, 1),
        (2, status_col),
        f"部門:{department}    考核期間:{result.label}    狀態:"
        f"{STATUS.get(result.status, result.status)}    機密    "
        "(各項分數見「評分明細」工作表)",
        "plain",
    )
    note = distribution_note(result)
    if note:  # row 3, between the heading and the weights: on every printed first page
        sheet.merge((NOTE_ROW, 1), (NOTE_ROW, status_col), f"強制分佈超出上限:{note}", "warning")
        sheet.heights({NOTE_ROW: 15 * (1 + len(note) // 70)})
    # Weight cells: sources in B..E, dimensions after a gap; unlocked for HR to try others.
    sheet.merge((4, 1), (5, 1), "權重 %", "header")
    source_cells: dict[str, str] = {}
    for i, (code, weight) in enumerate(view.source_weights.items()):
        sheet.put(4, 2 + i, view.source_names[code], "header")
        sheet.put(WEIGHT_ROW, 2 + i, weight, "input")
        source_cells[code] = f"${col(2 + i)}${WEIGHT_ROW}"
    dim_start = 3 + len(view.source_weights)
    dim_cells: dict[str, str] = {}
    for i, (code, weight) in enumerate(view.dimension_weights.items()):
        sheet.put(4, dim_start + i, view.dimension_names[code], "header")
        sheet.put(WEIGHT_ROW, dim_start + i, weight, "input")
        dim_cells[code] = f"${col(dim_start + i)}${WEIGHT_ROW}"
    names, minimums, coefficients = _grade_table(sheet, view, dim_start + len(dims) + 1)

    headers = fixed + [view.source_names["data"]]
    headers += [f"{view.source_names[s]}得分" for s in RATED_SOURCES]
    headers += ["總分", "等級", "排名", "獎金係數", "基本獎金", "績效獎金", "狀態"]
    for c, text in enumerate(headers, start=1):
        sheet.put(header_row, c, text, "header")

    people = result.people
    last_row = first_row + max(len(people), 1) - 1
    total_range = f"${col(total_col)}${first_row}:${col(total_col)}${last_row}"
    for n, person in enumerate(people):
        r, d = first_row + n, DETAIL_FIRST_ROW + n
        sheet.put(r, 1, person.staff_no, "cell")
        sheet.put(r, 2, person.name, "cell")
        sheet.put(r, 3, person.position, "cell")
        # The inputs as the detail sheet holds them ("" when blank, so COUNT skips them).
        data = f"{details}!{col(detail_data)}{d}"
        sheet.formula(r, data_col, f'=IF(ISNUMBER({data}),{data},"")', person.data_score, "0.0#")
        for source in RATED_SOURCES:
            cells = [f"{details}!{col(input_cols[(source, dim)])}{d}" for dim in dims]
            terms = "+".join(
                f"{dim_cells[dim]}*{cell}" for dim, cell in zip(dims, cells, strict=True)
            )
            span = f"{cells[0]}:{col(input_cols[(source, dims[-1])])}{d}"
            sheet.formula(
                r,
                score_cols[source],
                f'=IF(COUNT({span})<{len(dims)},"",({terms})/100)',
                person.source_scores.get(source),
            )
        parts = [f"{source_cells[s]}*{col(score_cols[s])}{r}" for s in RATED_SOURCES]
        parts.append(f"{source_cells['data']}*{col(data_col)}{r}")
        span = f"{col(data_col)}{r}:{col(score_cols[RATED_SOURCES[-1]])}{r}"
        t = f"{col(total_col)}{r}"
        sheet.formula(
            r,
            total_col,
            f'=IF(COUNT({span})<{len(RATED_SOURCES) + 1},"",'
            f"ROUND(ROUND(({'+'.join(parts)})/100,8),2))",
            person.total,
            bold=True,
        )
        sheet.formula(r, grade_col, f'=IF({t}="","",LOOKUP({t},{minimums},{names}))',
                      person.grade, "@", center=True)  # fmt: skip
        sheet.formula(r, rank_col, f'=IF({t}="","",RANK({t},{total_range}))', person.rank, "0",
                      center=True)  # fmt: skip
        sheet.formula(r, coef_col, f'=IF({t}="","",LOOKUP({t},{minimums},{coefficients}))',
                      person.bonus_coefficient)  # fmt: skip
        base = f"{details}!{col(detail_base)}{d}"
        sheet.formula(r, base_col, f"=N({base})", person.base_bonus, "#,##0.00")
        k = f"{col(coef_col)}{r}"
        sheet.formula(r, bonus_col, f'=IF({k}="","",ROUND({k}*{col(base_col)}{r},2))',
                      person.bonus, "#,##0.00")  # fmt: skip
        state = status_text(person, view, person.staff_id in appealed)
        sheet.put(r, status_col, state, "cell", wrap=True)

    sign = last_row + 3
    step = status_col // len(SIGNATURES)  # side by side within the table's width
    for i, text in enumerate(SIGNATURES):
        left = 1 + i * step
        right = status_col if i == len(SIGNATURES) - 1 else left + step - 1
        sheet.merge((sign, left), (sign, right), text + "＿＿＿＿＿＿＿＿", "bold")
    # One A4 landscape page wide at 100 % (measured in LibreOffice's PDF of the sheet).
    sheet.widths({1: 8.5, 2: 8, 3: 10, status_col: 17})
    sheet.widths({c: 7 for c in range(data_col, grade_col)})
    sheet.widths({grade_col: 6, rank_col: 5, coef_col: 6.5, base_col: 9, bonus_col: 9})
    sheet.heights({header_row: 42})
    sheet.ws.autofilter(header_row - 1, 0, last_row - 1, status_col - 1)
    sheet.print_setup(
        landscape=True,
        title=f"{result.label} 月度績效考核表",
        period=f"考核期間 {result.label}",
        title_rows=(header_row, header_row),
        repeat_columns=(1, 2),
        freeze=(first_row, data_col),
        footer_left=f"製表人:{prepared_by}" if prepared_by else "",
    )
    sheet.protect()
    book.wb.worksheets()[0].activate()
    book.save(target)
    return Layout(first_row, last_row, total_col, grade_col, rank_col, coef_col, bonus_col,
                  staff_no_col=1, status_col=status_col, header_row=header_row)  # fmt: skip
