"""Every Designer form in ui/ has its compiled module, and the module is up to date."""

from __future__ import annotations

import pytest

from ops_desktop.gui import build_forms
from ops_desktop.resources import ui_path

FORMS = sorted(ui_path().glob("*.ui"))


def test_there_are_forms():
    assert FORMS


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.name for f in FORMS])
def test_compiled_module_matches_its_form(ui_file):
    module = build_forms.module_for(ui_file)
    assert module.exists(), f"run: python -m ops_desktop.gui.build_forms ({module.name} missing)"
    assert module.read_text(encoding="utf-8") == build_forms.compile_form(ui_file), (
        f"{ui_file.name} changed: run python -m ops_desktop.gui.build_forms"
    )
