"""The window's signals do not wear out ``True`` (PySide6 6.12.0 on CPython 3.11: see
ops_desktop/gui/pyside_fixes.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject, Signal

import ops_desktop.gui  # noqa: F401 - applies the fixes, as the program does


class Sender(QObject):
    plain = Signal()
    text = Signal(str)


def test_emitting_signals_leaves_the_references_to_true_as_they_were():
    sender = Sender()
    heard: list[str] = []
    sender.text.connect(heard.append)
    before = sys.getrefcount(True)
    for _ in range(2000):
        sender.plain.emit()
        sender.text.emit("x")
    assert abs(sys.getrefcount(True) - before) < 10 and len(heard) == 2000


def test_a_process_that_emits_many_signals_exits_cleanly():
    """Without the mend, this process dies at exit with bool_dealloc (exit code 134)."""
    script = textwrap.dedent(
        """
        import ops_desktop.gui
        from PySide6.QtCore import QObject, Signal

        class Sender(QObject):
            plain = Signal()

        sender = Sender()
        for _ in range(5000):
            sender.plain.emit()
        print("done")
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert (run.returncode, run.stdout.strip()) == (0, "done"), run.stderr[-500:]
