"""The audit log as an Excel workbook (who changed what and when), for HR or an auditor."""

from __future__ import annotations

import json
from pathlib import Path

from ops_desktop.core.services.audit import AuditRow

from .cells import TITLE_FONT, new_workbook, print_setup, properties, put, save, widths

HEADERS = ("時間", "操作人", "動作", "對象", "編號", "摘要", "詳情")


def write_audit_log(rows: list[AuditRow], target: str | Path, *, department: str) -> Path:
    wb, ws = new_workbook()
    ws.title = "審計日誌"
    title = f"{department} 審計日誌"
    properties(wb, title, "Audit log", confidential=True)
    put(ws, 1, 1, title).font = TITLE_FONT
    for c, text in enumerate(HEADERS, start=1):
        put(ws, 3, c, text, style="header")
    for r, row in enumerate(rows, start=4):
        put(
            ws,
            r,
            1,
            row.at.replace(microsecond=0),
            style="cell",
            number_format="yyyy-mm-dd hh:mm:ss",
        )
        put(ws, r, 2, row.operator, style="cell")
        put(ws, r, 3, row.action, style="cell")
        put(ws, r, 4, row.entity, style="cell")
        put(ws, r, 5, row.entity_id, style="cell")
        put(ws, r, 6, row.summary, style="cell")
        details = json.dumps(row.details, ensure_ascii=False) if row.details else ""
        put(ws, r, 7, details, style="cell")
    widths(ws, {"A": 20, "B": 12, "C": 14, "D": 18, "E": 8, "F": 40, "G": 60})
    ws.auto_filter.ref = f"A3:G{max(3 + len(rows), 4)}"
    print_setup(ws, landscape=True, title_rows="3:3", freeze="A4")
    return save(wb, target)
