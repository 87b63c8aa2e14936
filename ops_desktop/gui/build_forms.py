"""Compile the Designer forms in ui/ into ops_desktop/gui/forms/ui_<name>.py (pyside6-uic).

The generated modules are committed, so an editable install, a wheel and a PyInstaller
bundle all have them without running Qt tools at build time; tests/gui/test_forms.py fails
when a .ui file and its module disagree. Run after editing a form:

    python -m ops_desktop.gui.build_forms
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ops_desktop.resources import ui_path

FORMS_DIR = Path(__file__).resolve().parent / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return found


def compile_form(ui_file: Path) -> str:
    """The generated Python for one form, without the header that names the Qt version."""
    out = subprocess.run([uic(), str(ui_file)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("from "))
    header = f"# Generated from ui/{ui_file.name} by ops_desktop.gui.build_forms; do not edit.\n"
    return header + "\n".join(lines[start:]) + "\n"


def module_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    FORMS_DIR.mkdir(exist_ok=True)
    (FORMS_DIR / "__init__.py").write_text('"""Compiled Designer forms (generated)."""\n')
    for ui_file in sorted(ui_path().glob("*.ui")):
        module_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {module_for(ui_file).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
