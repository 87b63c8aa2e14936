"""What every workbook for HR must be on paper (issue 16): A4 at 100 % — never shrunk to one
page wide, so the body prints at its own size (10 pt) — with a header naming the department,
the sheet and 機密, and a footer numbering the pages."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from ops_desktop.exports.excel.cells import FONT_SIZE


def assert_printable(ws: Worksheet, sheet_title: str, *, landscape: bool) -> None:
    assert ws.page_setup.paperSize == 9
    assert ws.page_setup.orientation == ("landscape" if landscape else "portrait")
    assert ws.page_setup.scale in (None, 100)
    fit = ws.sheet_properties.pageSetUpPr
    assert fit is None or not fit.fitToPage
    assert ws.parent._fonts[0].sz >= 9 and FONT_SIZE >= 9  # the workbook's body font
    header, footer = ws.oddHeader, ws.oddFooter
    assert header.left.text == "運營部" and sheet_title in header.center.text
    assert "機密" in header.right.text
    assert footer.center.text == "第 &P 頁 / 共 &N 頁"
