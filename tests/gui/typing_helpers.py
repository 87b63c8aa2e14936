"""Typing into the window as a user does, for every page's tests."""

from __future__ import annotations


def type_into(qtbot, widget, text):  # type: ignore[no-untyped-def]
    """Type like a user: key by key; Chinese arrives whole, as an input method commits it
    (QTest cannot synthesise keys for CJK characters); clearing a field is an edit too."""
    widget.clear()
    if not text:
        widget.textEdited.emit("")
    elif text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
        widget.textEdited.emit(widget.text())
