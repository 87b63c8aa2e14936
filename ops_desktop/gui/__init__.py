"""The Qt layer. Only this package imports Qt."""

from .pyside_fixes import mend_signal_emit

mend_signal_emit()  # before any window emits a signal (pyside_fixes says why)
