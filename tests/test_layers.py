"""Nothing below gui/ imports Qt: the command line and the core run without a display."""

from __future__ import annotations

import subprocess
import sys


def test_core_db_and_cli_do_not_import_qt():
    code = (
        "import sys, ops_desktop.cli, ops_desktop.core.demo, ops_desktop.core.defaults, "
        "ops_desktop.db.migrate\n"
        "import ops_desktop.core.services.staff, ops_desktop.core.services.regulation, "
        "ops_desktop.core.services.workflows, ops_desktop.core.services.training, "
        "ops_desktop.core.services.meetings, ops_desktop.core.services.suggestions\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""
