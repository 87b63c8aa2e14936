"""Issue 18 point 5: on no page do two buttons say the same thing, in any of the three
languages (two 新增任務 once sat side by side: one cleared the form, one added the task)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from answering import AnsweringDialogs
from PySide6.QtWidgets import QAbstractButton

from ops_desktop.gui.i18n import Languages
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages import KEYS


def label(button: QAbstractButton) -> str:
    """What the button says, without its accelerator: 新增(&N) and &New read 新增 and New."""
    return re.sub(r"\(&\w\)|&(?=\w)", "", button.text()).strip()


def shown_labels(page) -> list[str]:
    """Labels of the buttons shown together on the page (other tabs and hidden panels are
    not on screen at the same time)."""
    return [
        label(b) for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page) and label(b)
    ]


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN", "en"])
def test_no_two_buttons_of_a_page_share_a_label(qtbot, qapp, demo_db, tasks, settings, language):
    languages = Languages(qapp)
    languages.switch(language)
    try:
        window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
        qtbot.addWidget(window)
        window.show()
        twice = {}
        for key in KEYS:
            window.show_page(key)
            tasks.settle()
            page = window.current_page()
            labels = shown_labels(page)
            assert labels or key == "dashboard", key  # the page was looked at
            repeated = [text for text, n in Counter(labels).items() if n > 1]
            if repeated:
                twice[key] = repeated
        assert twice == {}
    finally:
        languages.uninstall()


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_no_two_buttons_of_a_form_translate_alike(language):
    """Every Designer form, whatever state shows which of its buttons: the buttons of one
    form differ in English, so they must in Chinese too."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    catalogue = ET.parse(root / "resources" / "i18n" / f"ops_desktop_{language}.ts").getroot()
    words = {
        (c.findtext("name"), m.findtext("source")): m.findtext("translation")
        for c in catalogue.iter("context")
        for m in c.iter("message")
    }
    alike = {}
    for ui in sorted((root / "ui").glob("*.ui")):
        form = ET.parse(ui).getroot()
        context = form.find("class").text
        sources = [
            w.findtext("property[@name='text']/string")
            for w in form.iter("widget")
            if w.get("class") in ("QPushButton", "QToolButton", "QCheckBox", "QRadioButton")
        ]
        said = [words[(context, s)] for s in sources if s]
        repeated = sorted(t for t, n in Counter(said).items() if n > 1)
        if repeated:
            alike[ui.name] = repeated
    assert alike == {}
