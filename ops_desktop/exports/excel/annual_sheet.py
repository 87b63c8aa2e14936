"""The annual appraisal sheet: the twelve monthly totals as values; the mean, grade, rank and
promotion flag as live formulas (each with the result the program computed) over the
minimum-months cell and the grade table, both unlocked so that HR can try other rules."""

from __future__ import annotations

from pathlib import Path

from ops_desktop.core.appraisal.results import AnnualResult

from .cells import Book, col
from .score_sheet import SIGNATURES, Layout

HEADER_ROW, FIRST_ROW = 9, 10
INSUFFICIENT = "資料不足"


def write_annual_sheet(result: AnnualResult, target: str | Path, *, department: str) -> Layout:
    view = result.scheme
    title = f"{department} {result.year} 年度績效考核表"
    book = Book(title, f"Annual appraisal {result.year}", department=department)
    sheet = book.sheet(f"{result.year} 年度考核")
    headers = ["序號", "工號", "姓名", "崗位"] + [f"{m}月" for m in range(1, 13)]
    first_month, last_month = 5, 16
    count_col, mean_col, grade_col, rank_col, promo_col = 17, 18, 19, 20, 21
    headers += ["月數", "年度平均", "等級", "排名", "晉升優先"]
    sheet.merge((1, 1), (1, promo_col), title, "title")
    sheet.merge(
        (2, 1),
        (2, promo_col),
        f"部門:{department}    年度:{result.year}    年度結果 = 當年各月總分平均    機密",
        "plain",
    )
    sheet.merge((4, 1), (4, 2), "最少月數", "header")
    sheet.put(4, 3, view.annual_min_months, "input")
    # Fewer than one month can never make a mean (the program's rule too): MAX(1, …) keeps
    # a minimum of 0 typed here from dividing by zero.
    least = "MAX(1,$C$4)"
    bands = sorted(view.bands, key=lambda b: b.min_score)
    for i, text in enumerate(("等級", "最低分", "獎金係數")):
        sheet.put(3, 4 + i, text, "header")
    for r, band in enumerate(bands, start=4):
        sheet.put(r, 4, band.name, "input")
        sheet.put(r, 5, band.min_score, "input")
        sheet.put(r, 6, band.bonus_coefficient, "input")
    last_band = 3 + len(bands)
    names, minimums = f"$D$4:$D${last_band}", f"$E$4:$E${last_band}"
    top = f"$D${last_band}"  # the highest grade: promotion priority (chapter 4.5)
    header_row = max(HEADER_ROW, last_band + 2)
    first_row = header_row + 1

    for c, text in enumerate(headers, start=1):
        sheet.put(header_row, c, text, "header")
    rows = result.rows
    last_row = first_row + max(len(rows), 1) - 1
    means = f"${col(mean_col)}${first_row}:${col(mean_col)}${last_row}"
    for n, row in enumerate(rows):
        r = first_row + n
        sheet.put(r, 1, n + 1, "cell")
        sheet.put(r, 2, row.staff_no, "cell")
        sheet.put(r, 3, row.name, "cell")
        sheet.put(r, 4, row.position, "cell")
        for month in range(1, 13):
            total = row.monthly.get(month)
            sheet.put(r, first_month + month - 1, total, "input", number_format="0.00")
        months = f"{col(first_month)}{r}:{col(last_month)}{r}"
        m = f"{col(mean_col)}{r}"
        sheet.formula(r, count_col, f"=COUNT({months})", len(row.monthly), "0")
        sheet.formula(
            r,
            mean_col,
            f'=IF({col(count_col)}{r}<{least},"{INSUFFICIENT}",'
            f"ROUND(ROUND(AVERAGE({months}),8),2))",
            INSUFFICIENT if row.result is None else row.result,
            bold=True,
        )
        sheet.formula(r, grade_col, f'=IF(ISNUMBER({m}),LOOKUP({m},{minimums},{names}),"")',
                      row.grade, "@", center=True)  # fmt: skip
        sheet.formula(r, rank_col, f'=IF(ISNUMBER({m}),RANK({m},{means}),"")', row.rank, "0",
                      center=True)  # fmt: skip
        sheet.formula(r, promo_col, f'=IF({col(grade_col)}{r}={top},"是","")',
                      "是" if row.promotion else "", "@", center=True)  # fmt: skip
    sign = last_row + 3
    for i, text in enumerate(SIGNATURES):
        left = 1 + i * 5
        sheet.merge((sign, left), (sign, left + 4), text + "＿＿＿＿＿＿＿＿", "bold")
    # One A4 landscape page wide at 90 %, the body at 9 pt (seen in LibreOffice's PDF).
    sheet.widths({1: 4.5, 2: 8.5, 3: 8, 4: 10, count_col: 5, mean_col: 8})
    sheet.widths({grade_col: 6, rank_col: 5, promo_col: 6})
    sheet.widths({c: 5.2 for c in range(first_month, last_month + 1)})
    sheet.ws.autofilter(header_row - 1, 0, last_row - 1, promo_col - 1)
    sheet.print_setup(
        landscape=True,
        title=f"{result.year} 年度績效考核表",
        period=f"年度 {result.year}",
        title_rows=(header_row, header_row),
        repeat_columns=(1, 3),
        freeze=(first_row, 5),
        scale=90,
    )
    sheet.protect()
    book.save(target)
    return Layout(first_row, last_row, mean_col, grade_col, rank_col, 0, 0, header_row=header_row)
