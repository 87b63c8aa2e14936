"""Typing into the window as a user does, for every page's tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ops_desktop.gui.date_field import DateField


def type_into(qtbot, widget, text):  # type: ignore[no-untyped-def]
    """Type like a user: key by key; Chinese arrives whole, as an input method commits it
    (QTest cannot synthesise keys for CJK characters); clearing a field is an edit too. A
    date field is typed over whole, as after Tab into it; "" is Delete over it."""
    if isinstance(widget, DateField):
        widget.setFocus()
        widget.selectAll()
        qtbot.keyClicks(widget, text) if text else qtbot.keyClick(widget, Qt.Key.Key_Delete)
        return
    widget.clear()
    if not text:
        widget.textEdited.emit("")
    elif text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
        widget.textEdited.emit(widget.text())
