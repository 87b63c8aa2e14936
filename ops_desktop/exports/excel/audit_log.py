"""The audit log as an Excel workbook (who changed what and when), for HR or an auditor."""

from __future__ import annotations

import json
from pathlib import Path

from ops_desktop.core.services.audit import AuditRow

from .cells import Book

HEADERS = ("時間", "操作人", "動作", "對象", "編號", "摘要", "詳情")


def write_audit_log(rows: list[AuditRow], target: str | Path, *, department: str) -> Path:
    title = f"{department} 審計日誌"
    book = Book(title, "Audit log", department=department)
    sheet = book.sheet("審計日誌")
    sheet.merge((1, 1), (1, len(HEADERS)), title, "title")
    for c, text in enumerate(HEADERS, start=1):
        sheet.put(3, c, text, "header")
    for r, row in enumerate(rows, start=4):
        sheet.put(r, 1, row.at.replace(microsecond=0, tzinfo=None), "cell")
        sheet.put(r, 2, row.operator, "cell", wrap=True)
        sheet.put(r, 3, row.action, "cell")
        sheet.put(r, 4, row.entity, "cell")
        sheet.put(r, 5, row.entity_id, "cell")
        sheet.put(r, 6, row.summary, "cell", wrap=True)
        details = json.dumps(row.details, ensure_ascii=False) if row.details else ""
        sheet.put(r, 7, details, "cell", wrap=True)
    sheet.widths({1: 18, 2: 10, 3: 12, 4: 14, 5: 6, 6: 34, 7: 44})
    sheet.ws.autofilter(2, 0, max(2 + len(rows), 3), len(HEADERS) - 1)
    sheet.print_setup(
        landscape=True, title="審計日誌", title_rows=(3, 3), repeat_columns=None, freeze=(4, 1)
    )
    return book.save(target)
