"""The names exports are offered under, and their folders: made when missing, taken away
again when the export is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from ops_desktop.core import outputs
from ops_desktop.core.errors import DomainError


def test_names_carry_the_period_or_the_day_of_the_programs_clock():
    assert outputs.score_sheet_name("2026-11") == "月度績效考核表_2026-11.xlsx"
    assert outputs.annual_sheet_name(2026) == "年度績效考核表_2026.xlsx"
    assert outputs.roster_name() == "員工名冊_2026-11-16.xlsx"  # the suite's clock
    assert outputs.roster_name(dt.date(2026, 12, 2)) == "員工名冊_2026-12-02.xlsx"
    assert outputs.training_records_name(2026) == "培訓記錄_2026.xlsx"
    assert outputs.training_records_name(None) == "培訓記錄_2026-11-16.xlsx"
    assert outputs.audit_log_name() == "審計日誌_2026-11-16.xlsx"
    assert outputs.evaluator_forms_folder("2026-11") == "評分表_2026-11"


def test_a_missing_folder_is_made_with_the_folders_above_it(tmp_path):
    wanted = tmp_path / "HR" / "2026" / "11"
    with outputs.output_folder(wanted) as folder:
        assert folder == wanted and folder.is_dir()
        (folder / "sheet.xlsx").write_bytes(b"x")
    assert (wanted / "sheet.xlsx").is_file()


def test_a_refused_export_takes_away_the_folders_it_made_and_nothing_else(tmp_path):
    (tmp_path / "HR").mkdir()
    (tmp_path / "HR" / "kept.txt").write_text("HR's own")
    with pytest.raises(DomainError), outputs.output_folder(tmp_path / "HR" / "a" / "b"):
        raise DomainError("refused")
    assert sorted(p.name for p in (tmp_path / "HR").iterdir()) == ["kept.txt"]


def test_a_file_in_the_way_is_refused_in_words(tmp_path):
    (tmp_path / "report").write_text("a file")
    refused = pytest.raises(DomainError, match="is a file, not a folder")
    with refused, outputs.output_folder(tmp_path / "report" / "2026-11"):
        pass  # pragma: no cover - never reached
    assert (tmp_path / "report").read_text() == "a file"
