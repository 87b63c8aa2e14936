"""Exports are written completely or not at all."""

from __future__ import annotations

import pytest

from ops_desktop.core.errors import DomainError
from ops_desktop.exports.files import write_atomically


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "sheet.xlsx"
    target.write_bytes(b"the previous export")

    def half_then_fail(tmp):
        tmp.write_bytes(b"half of a new workbook")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.xlsx"]


def test_a_successful_write_replaces_the_file(tmp_path):
    target = tmp_path / "sheet.xlsx"
    target.write_bytes(b"old")
    write_atomically(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.xlsx"]


def test_a_missing_folder_is_a_clear_refusal(tmp_path):
    with pytest.raises(DomainError, match="does not exist"):
        write_atomically(tmp_path / "no" / "x.xlsx", lambda tmp: None)


def test_a_full_disk_is_a_clear_refusal(tmp_path):
    target = tmp_path / "x.xlsx"

    def disk_full(tmp):
        raise OSError(28, "No space left on device")

    with pytest.raises(DomainError, match="No space left"):
        write_atomically(target, disk_full)
    assert list(tmp_path.iterdir()) == []
