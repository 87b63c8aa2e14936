"""The words the calibration report (考核校準報告) uses in its PDF and its workbook alike."""

from __future__ import annotations

from ops_desktop.core.appraisal.calibration import Calibration, RaterRow

TITLE = "考核校準報告"
SOURCE = {"supervisor": "上級", "peer": "同事"}


def period_words(found: Calibration) -> str:
    if found.kind == "annual":
        return f"{found.period} 年度（全年各月）"
    year, month = found.period.split("-")
    return f"{year} 年 {int(month)} 月"


def flag_text(row: RaterRow) -> str:
    return "偏寬" if row.lenient else "偏嚴" if row.severe else ""
