"""The calibration report (考核校準報告) as a workbook, the same tables as the PDF on four
sheets: 評分人, 等級分佈, 同事一致性 and 校準檢視. Values only (no formulas: the figures are
statistics the program computed), 機密 in every header and footer and in the file's
properties, the period in each sheet's title and header."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ops_desktop.core.appraisal.calibration import Calibration
from ops_desktop.exports.calibration_words import SOURCE, TITLE, flag_text, period_words

from .cells import Book, Sheet

RATER_COLUMNS = ("評分人", "類型", "評分人數", "平均", "標準差", "z", "優秀佔比 %", "標記")
HEADER_ROW = 4


def _sheet(
    book: Book, found: Calibration, name: str, head: Sequence[str], widths: dict[int, float]
) -> Sheet:
    sheet = book.sheet(f"{found.period} {name}")
    last = len(head)
    sheet.merge((1, 1), (1, last), f"{book.department}{TITLE} — {name}", "title")
    sheet.merge((2, 1), (2, last), f"考核期間:{period_words(found)}    機密", "plain")
    for c, text in enumerate(head, start=1):
        sheet.put(HEADER_ROW, c, text, "header")
    sheet.widths(widths)
    return sheet


def _finish(sheet: Sheet, found: Calibration, name: str) -> None:
    sheet.print_setup(
        landscape=False,
        title=f"{found.period} {name}",
        period=f"考核期間 {found.period}",
        title_rows=(HEADER_ROW, HEADER_ROW),
        freeze=(HEADER_ROW + 1, 1),
    )
    sheet.protect()


def write_calibration_sheet(found: Calibration, target: str | Path, *, department: str) -> Path:
    book = Book(f"{department} {found.period} {TITLE}", f"Calibration {found.period}",
                department=department)  # fmt: skip
    head = list(RATER_COLUMNS)
    head[6] = f"{found.top_band}佔比 %"
    raters = _sheet(book, found, "評分人", head, {1: 18, 2: 6, 3: 8, 8: 8})
    limits = found.thresholds
    raters.merge(
        (3, 1),
        (3, len(head)),
        f"部門平均 {found.department_mean} 標準差 {found.department_spread};"
        f"|z| ≥ {limits.z.normalize():f} 或{found.top_band}超過 {limits.top_share.normalize():f}% "
        "標記為偏寬/偏嚴",
        "plain",
    )
    for r, row in enumerate(found.raters, start=HEADER_ROW + 1):
        values: tuple[object, ...] = (
            row.label,
            SOURCE.get(row.source, row.source),
            row.count,
            row.mean,
            row.spread,
            row.z,
            row.top_share,
            flag_text(row),
        )
        for c, value in enumerate(values, start=1):
            fmt = "0.00" if c in (4, 5, 6, 7) else None
            style = "warning" if c == 8 and value else "cell"
            raters.put(r, c, value, style, number_format=fmt)
    _finish(raters, found, "評分人")

    bands = _sheet(book, found, "等級分佈", ("等級", "人數", "佔比 %", "上限 %", "超出"), {5: 10})
    for r, band in enumerate(found.distribution, start=HEADER_ROW + 1):
        band_values: tuple[object, ...] = (
            band.name,
            band.count,
            band.share,
            band.limit,
            "超出上限" if band.over else "",
        )
        for c, value in enumerate(band_values, start=1):
            style = "warning" if c == 5 and value else "cell"
            bands.put(r, c, value, style, number_format="0.00" if c in (3, 4) else None)
    _finish(bands, found, "等級分佈")

    peers = _sheet(book, found, "同事一致性", ("工號", "姓名", "同事人數", "α"), {2: 10})
    peers.merge((3, 1), (3, 4), f"Krippendorff α(區間尺度);全部門 {found.overall_alpha}", "plain")
    for r, agreed in enumerate(found.agreement, start=HEADER_ROW + 1):
        agreed_values: tuple[object, ...] = (
            agreed.staff_no,
            agreed.name,
            agreed.peers,
            agreed.alpha,
        )
        for c, item in enumerate(agreed_values, 1):
            peers.put(r, c, item, "cell", number_format="0.000" if c == 4 else None)
    _finish(peers, found, "同事一致性")

    view_head = ("工號", "姓名", "總分", "等級", "上級評分", "上級校準", "同事平均", "同事校準")
    view = _sheet(book, found, "校準檢視", view_head, {2: 10})
    view.merge((3, 1), (3, len(view_head)), "總分為已存結果;校準分僅供審閱,不改動任何分數。",
               "plain")  # fmt: skip
    for r, p in enumerate(found.people, start=HEADER_ROW + 1):
        person: tuple[object, ...] = (
            p.staff_no,
            p.name,
            p.total,
            p.grade,
            p.supervisor,
            p.supervisor_std,
            p.peers,
            p.peers_std,
        )
        for c, value in enumerate(person, start=1):
            view.put(r, c, value, "cell", number_format="0.00" if c >= 3 and c != 4 else None)
    _finish(view, found, "校準檢視")
    book.wb.worksheets()[0].activate()
    return book.save(target)
