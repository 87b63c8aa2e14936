"""Work-arounds for faults of the PySide6 release in use, each applied only where it is found.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit`` without owning a reference to it.
On CPython 3.11, where ``True`` is an ordinary counted object (3.12 made it immortal), every
emitted signal whose result is dropped takes one reference from ``True``; ``True`` starts
with well under a thousand, so a window that emits a few thousand signals from Python dies
with "Fatal Python error: bool_dealloc" — at exit, or in the middle of the secretary's work.
``mend_signal_emit`` gives back the reference each emit took, when a probe shows the fault.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    fired = Signal()


def emit_takes_a_reference() -> bool:
    """Whether this PySide6 takes a reference from the bool ``emit`` returns."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()  # the result dropped, as everywhere in the program
    return sys.getrefcount(True) < before - 4


def mend_signal_emit() -> bool:
    """Make ``emit`` return an owned reference, if it does not; True when mended."""
    if getattr(SignalInstance.emit, "mended", False) or not emit_takes_a_reference():
        return False
    original = SignalInstance.emit
    give_back = ctypes.pythonapi.Py_IncRef
    give_back.argtypes = [ctypes.py_object]
    give_back.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result: object = original(self, *args)  # typed as None in the stubs: a bool
        if isinstance(result, bool):
            give_back(result)  # the reference the caller will drop
        return result

    emit.mended = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
