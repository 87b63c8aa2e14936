"""The annual appraisal sheet: the twelve monthly totals as values; the mean, grade, rank and
promotion flag as live formulas over the visible minimum-months cell and grade table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter as col

from ops_desktop.core.appraisal.results import AnnualResult

from .cells import (
    BOLD,
    CENTER,
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
from .score_sheet import Layout

HEADER_ROW, FIRST_ROW = 9, 10
INSUFFICIENT = "資料不足"


def write_annual_sheet(result: AnnualResult, target: str | Path, *, department: str) -> Layout:
    view = result.scheme
    wb, ws = new_workbook()
    ws.title = f"{result.year} 年度考核"
    title = f"{department} {result.year} 年度績效考核表"
    properties(wb, title, f"Annual appraisal {result.year}", confidential=True)
    put(ws, 1, 1, title).font = TITLE_FONT
    put(ws, 2, 1, f"部門:{department}    年度:{result.year}    年度結果 = 當年各月總分平均    機密")
    put(ws, 4, 1, "最少月數", style="header")
    put(ws, 4, 2, view.annual_min_months, style="cell")
    min_cell = "$B$4"
    bands = sorted(view.bands, key=lambda b: b.min_score)
    for i, text in enumerate(("等級", "最低分", "獎金係數")):
        put(ws, 3, 4 + i, text, style="header")
    for r, band in enumerate(bands, start=4):
        put(ws, r, 4, band.name, style="cell")
        put(ws, r, 5, band.min_score, style="cell")
        put(ws, r, 6, band.bonus_coefficient, style="cell")
    last_band = 3 + len(bands)
    names, minimums = f"$D$4:$D${last_band}", f"$E$4:$E${last_band}"
    top = f"$D${last_band}"  # the highest grade: promotion priority (chapter 4.5)

    headers = ["序號", "工號", "姓名", "崗位"] + [f"{m}月" for m in range(1, 13)]
    first_month, last_month = 5, 16
    count_col, mean_col, grade_col, rank_col, promo_col = 17, 18, 19, 20, 21
    headers += ["月數", "年度平均", "等級", "排名", "晉升優先"]
    for c, text in enumerate(headers, start=1):
        put(ws, HEADER_ROW, c, text, style="header")
    rows = result.rows
    last_row = FIRST_ROW + max(len(rows), 1) - 1
    means = f"${col(mean_col)}${FIRST_ROW}:${col(mean_col)}${last_row}"
    for n, row in enumerate(rows):
        r = FIRST_ROW + n
        put(ws, r, 1, n + 1, style="cell")
        put(ws, r, 2, row.staff_no, style="cell")
        put(ws, r, 3, row.name, style="cell")
        put(ws, r, 4, row.position, style="cell")
        for month in range(1, 13):
            cell = put(ws, r, first_month + month - 1, row.monthly.get(month), style="input")
            cell.number_format = "0.00"
        months = f"{col(first_month)}{r}:{col(last_month)}{r}"
        m = f"{col(mean_col)}{r}"
        formula(ws, r, count_col, f"=COUNT({months})", "0")
        formula(
            ws,
            r,
            mean_col,
            f'=IF({col(count_col)}{r}<{min_cell},"{INSUFFICIENT}",'
            f"ROUND(ROUND(AVERAGE({months}),8),2))",
        ).font = BOLD
        formula(ws, r, grade_col, f'=IF(ISNUMBER({m}),LOOKUP({m},{minimums},{names}),"")', "@")
        formula(ws, r, rank_col, f'=IF(ISNUMBER({m}),RANK({m},{means}),"")', "0")
        formula(ws, r, promo_col, f'=IF({col(grade_col)}{r}={top},"是","")', "@")
        for c in (grade_col, rank_col, promo_col):
            ws.cell(r, c).alignment = CENTER
    sign = last_row + 3
    for i, text in enumerate(("製表人:", "運營經理審核:", "人力資源部:", "日期:")):
        put(ws, sign, 1 + i * 5, text + "＿＿＿＿＿＿＿＿").font = BOLD
    widths(ws, {"A": 6, "B": 10, "C": 10, "D": 12})
    ws.auto_filter.ref = f"A{HEADER_ROW}:{col(promo_col)}{last_row}"
    print_setup(ws, landscape=True, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", freeze=f"E{FIRST_ROW}")
    protect(ws)
    save(wb, target)
    return Layout(FIRST_ROW, last_row, mean_col, grade_col, rank_col, 0, 0)
