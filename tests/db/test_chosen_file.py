"""The file the user chooses in the window (File → Open / New) gets the checks of --db."""

from __future__ import annotations

import argparse

import pytest

from ops_desktop.commands import common
from ops_desktop.core.errors import DomainError
from ops_desktop.db.location import chosen_file, sqlite_file


def test_open_wants_an_existing_file_and_says_so_as_the_command_line_does(tmp_path):
    missing = tmp_path / "gone.sqlite3"
    with pytest.raises(DomainError) as window:
        chosen_file(missing, new=False)
    args = argparse.Namespace(db=str(missing), database_url=None)
    with pytest.raises(DomainError) as command:
        common.url(args)
    assert str(window.value) == str(command.value) == f"{missing} does not exist."


def test_new_may_name_a_file_not_there_yet_and_gets_an_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = chosen_file("fresh.sqlite3", new=True)
    assert sqlite_file(url) == tmp_path / "fresh.sqlite3"
    assert not (tmp_path / "fresh.sqlite3").exists()  # nothing is created before the checks
