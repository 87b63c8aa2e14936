"""The monthly score sheet (月度績效考核表) for HR.

Inputs (the per-source, per-dimension scores, the 數據分析 score and the base bonus) are
values in unlocked cells. Source scores, total, grade, rank, bonus coefficient and bonus are
live formulas over the weight cells and the grade table printed at the top of the sheet, so
HR can audit them and Excel or LibreOffice recompute them. The formulas round like
``ops_desktop.core.appraisal.rules``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter as col
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ops_desktop.core.appraisal import rules
from ops_desktop.core.appraisal.results import PeriodResult, SchemeView
from ops_desktop.core.models.appraisal import RATED_SOURCES

from .cells import (
    BOLD,
    TITLE_FONT,
    formula,
    new_workbook,
    print_setup,
    properties,
    protect,
    put,
    save,
    widths,
)

WARNING_FONT = Font(bold=True, color="C00000")
STATUS = {"open": "填寫中", "review": "審核中", "locked": "已鎖定"}
NOTE_ROW = 3  # the forced-distribution warning, when there is one
WEIGHT_ROW = 5  # names in row 4, weights in row 5
HEADER_ROW = 10  # two header rows: 10 and 11
FIRST_ROW = 12


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


def _grade_table(ws: Worksheet, view: SchemeView, top_col: int) -> tuple[str, str, str]:
    """The grade bands, lowest first (what LOOKUP needs); returns the three column ranges."""
    bands = sorted(view.bands, key=lambda b: b.min_score)
    for i, text in enumerate(("等級", "最低分", "獎金係數")):
        put(ws, 4, top_col + i, text, style="header")
    for r, band in enumerate(bands, start=5):
        put(ws, r, top_col, band.name, style="cell")
        put(ws, r, top_col + 1, band.min_score, style="cell")
        put(ws, r, top_col + 2, band.bonus_coefficient, style="cell")
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


def _distribution_note(ws: Worksheet, result: PeriodResult) -> None:
    note = distribution_note(result)
    if note:  # row 3, between the heading and the weights: on every printed first page
        put(ws, NOTE_ROW, 1, f"強制分佈超出上限:{note}").font = WARNING_FONT


def write_score_sheet(
    result: PeriodResult, target: str | Path, *, department: str, prepared_by: str = ""
) -> Layout:
    view = result.scheme
    dims = list(view.dimension_weights)
    wb, ws = new_workbook()
    ws.title = f"{result.label} 考核表"
    title = f"{department} {result.label} 月度績效考核表"
    properties(wb, title, f"Monthly appraisal {result.label}", confidential=True)
    put(ws, 1, 1, title).font = TITLE_FONT
    put(
        ws,
        2,
        1,
        f"部門:{department}    考核期間:{result.label}    狀態:"
        f"{STATUS.get(result.status, result.status)}    機密",
    )
    _distribution_note(ws, result)
    # Weight cells: sources in B..E, dimensions after a gap.
    put(ws, 4, 1, "權重(%)", style="header")
    source_cells: dict[str, str] = {}
    for i, (code, weight) in enumerate(view.source_weights.items()):
        put(ws, 4, 2 + i, view.source_names[code], style="header")
        put(ws, WEIGHT_ROW, 2 + i, weight, style="cell")
        source_cells[code] = f"${col(2 + i)}${WEIGHT_ROW}"
    dim_start = 3 + len(view.source_weights)
    dim_cells: dict[str, str] = {}
    for i, (code, weight) in enumerate(view.dimension_weights.items()):
        put(ws, 4, dim_start + i, view.dimension_names[code], style="header")
        put(ws, WEIGHT_ROW, dim_start + i, weight, style="cell")
        dim_cells[code] = f"${col(dim_start + i)}${WEIGHT_ROW}"
    names, minimums, coefficients = _grade_table(ws, view, dim_start + len(dims) + 1)

    # Header rows and columns.
    fixed = ["序號", "工號", "姓名", "崗位"]
    for i, text in enumerate(fixed, start=1):
        put(ws, HEADER_ROW, i, text, style="header")
        put(ws, HEADER_ROW + 1, i, "", style="header")
        ws.merge_cells(start_row=HEADER_ROW, end_row=HEADER_ROW + 1, start_column=i, end_column=i)
    c = len(fixed) + 1
    input_cols: dict[tuple[str, str], int] = {}
    for source in RATED_SOURCES:
        put(ws, HEADER_ROW, c, view.source_names[source], style="header")
        ws.merge_cells(
            start_row=HEADER_ROW, end_row=HEADER_ROW, start_column=c, end_column=c + len(dims) - 1
        )
        for dim in dims:
            put(ws, HEADER_ROW + 1, c, view.dimension_names[dim], style="header")
            input_cols[(source, dim)] = c
            c += 1
    data_col = c
    score_cols = {source: data_col + 1 + i for i, source in enumerate(RATED_SOURCES)}
    total_col = data_col + 1 + len(RATED_SOURCES)
    grade_col, rank_col, coef_col = total_col + 1, total_col + 2, total_col + 3
    base_col, bonus_col, note_col = total_col + 4, total_col + 5, total_col + 6
    singles = [(data_col, view.source_names["data"])]
    singles += [(score_cols[s], f"{view.source_names[s]}得分") for s in RATED_SOURCES]
    singles += [
        (total_col, "總分"),
        (grade_col, "等級"),
        (rank_col, "排名"),
        (coef_col, "獎金係數"),
        (base_col, "基本獎金"),
        (bonus_col, "績效獎金"),
        (note_col, "備註"),
    ]
    for column, text in singles:
        put(ws, HEADER_ROW, column, text, style="header")
        put(ws, HEADER_ROW + 1, column, "", style="header")
        ws.merge_cells(
            start_row=HEADER_ROW, end_row=HEADER_ROW + 1, start_column=column, end_column=column
        )

    people = result.people
    last_row = FIRST_ROW + max(len(people), 1) - 1
    total_range = f"${col(total_col)}${FIRST_ROW}:${col(total_col)}${last_row}"
    for n, person in enumerate(people):
        r = FIRST_ROW + n
        put(ws, r, 1, n + 1, style="cell")
        put(ws, r, 2, person.staff_no, style="cell")
        put(ws, r, 3, person.name, style="cell")
        put(ws, r, 4, person.position, style="cell")
        for key, column in input_cols.items():
            put(ws, r, column, person.inputs.get(key), style="input", number_format="0.0#")
        put(ws, r, data_col, person.data_score, style="input", number_format="0.0#")
        for source in RATED_SOURCES:
            cells = [f"{col(input_cols[(source, d)])}{r}" for d in dims]
            terms = "+".join(f"{dim_cells[d]}*{cell}" for d, cell in zip(dims, cells, strict=True))
            formula(
                ws,
                r,
                score_cols[source],
                f'=IF(COUNT({cells[0]}:{cells[-1]})<{len(dims)},"",({terms})/100)',
            )
        parts = [f"{source_cells[s]}*{col(score_cols[s])}{r}" for s in RATED_SOURCES]
        parts.append(f"{source_cells['data']}*{col(data_col)}{r}")
        span = f"{col(data_col)}{r}:{col(score_cols[RATED_SOURCES[-1]])}{r}"
        t = f"{col(total_col)}{r}"
        formula(
            ws,
            r,
            total_col,
            f'=IF(COUNT({span})<{len(RATED_SOURCES) + 1},"",'
            f"ROUND(ROUND(({'+'.join(parts)})/100,8),2))",
            bold=True,
        )
        formula(
            ws, r, grade_col, f'=IF({t}="","",LOOKUP({t},{minimums},{names}))', "@", center=True
        )
        formula(ws, r, rank_col, f'=IF({t}="","",RANK({t},{total_range}))', "0", center=True)
        formula(ws, r, coef_col, f'=IF({t}="","",LOOKUP({t},{minimums},{coefficients}))')
        put(ws, r, base_col, person.base_bonus, style="input", number_format="#,##0.00")
        formula(
            ws,
            r,
            bonus_col,
            f'=IF({col(coef_col)}{r}="","",ROUND({col(coef_col)}{r}*{col(base_col)}{r},2))',
            "#,##0.00",
        )
        missing = dict.fromkeys(view.source_names[m.split(".")[0]] for m in person.missing)
        note = "" if person.complete else "未完成,缺少:" + "、".join(missing)
        if person.peer_count:
            note = (note + " " if note else "") + f"同事評價 {person.peer_count} 人"
        put(ws, r, note_col, note, style="cell")
    check = DataValidation(
        type="decimal",
        operator="between",
        formula1="0",
        formula2="100",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="分數",
        error="請輸入 0 到 100 之間的分數,最多一位小數。",
    )
    ws.add_data_validation(check)
    check.add(f"{col(len(fixed) + 1)}{FIRST_ROW}:{col(data_col)}{last_row}")

    sign = last_row + 3
    for i, text in enumerate(("製表人:", "運營經理審核:", "人力資源部:", "日期:")):
        put(ws, sign, 1 + i * 5, text + "＿＿＿＿＿＿＿＿").font = BOLD
    widths(ws, {"A": 6, "B": 10, "C": 10, "D": 12, col(note_col): 26})
    ws.auto_filter.ref = f"A{HEADER_ROW + 1}:{col(note_col)}{last_row}"
    print_setup(
        ws,
        landscape=True,
        title_rows=f"{HEADER_ROW}:{HEADER_ROW + 1}",
        freeze=f"{col(len(fixed) + 1)}{FIRST_ROW}",
    )
    protect(ws)
    save(wb, target)
    return Layout(FIRST_ROW, last_row, total_col, grade_col, rank_col, coef_col, bonus_col)
