"""No page pushes the window off a 1024-pixel screen (issue 18 points 1 and 8): the stack asks
for the room of no page, shown or not; a page wider than the room left scrolls inside it."""

from __future__ import annotations

import pytest
from answering import AnsweringDialogs
from PySide6.QtWidgets import QScrollArea

from ops_desktop.gui.i18n import Languages
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages import KEYS

SMALL_SCREEN = 1024


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_no_page_makes_the_window_wider_than_a_small_screen(
    qtbot, qapp, demo_db, tasks, settings, language
):
    languages = Languages(qapp)
    languages.switch(language)
    try:
        window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
        qtbot.addWidget(window)
        window.resize(SMALL_SCREEN, 700)
        window.show()
        assert window.guide.isVisible()  # the demo is not set up: the guide takes its room
        widest = {}
        for key in ["posters", *KEYS]:  # the widest page first: it widened every later one
            window.show_page(key)
            tasks.settle()
            page = window.current_page()
            widest[key] = window.minimumSizeHint().width()
            area = page.parentWidget().parentWidget()  # the scroll area's viewport, then it
            assert isinstance(area, QScrollArea)
            if page.minimumSizeHint().width() > area.viewport().width():
                assert area.horizontalScrollBar().maximum() > 0, key  # it scrolls, whole
        assert max(widest.values()) <= SMALL_SCREEN, widest
        assert window.width() <= SMALL_SCREEN
    finally:
        languages.uninstall()


def test_the_page_shown_is_the_page_of_its_key(qtbot, demo_db, tasks, settings):
    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    for key in ("staff", "posters", "staff"):
        window.show_page(key)
        assert window.current_page().key == key
        assert window.current_page().isVisible()


def test_the_months_buttons_give_way_to_the_grid_in_a_narrow_window(
    qtbot, demo_db, tasks, settings
):
    """Seven buttons side by side made the Appraisals page 843–953 px at least: at 1024 px
    with the guide, Letters and Appeals were beyond its edge. They now go behind the bar's »
    menu, and the page is as narrow as its grid and panels allow."""
    from PySide6.QtWidgets import QToolBar

    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN, 700)
    window.show()
    window.show_page("appraisals")
    tasks.settle()
    page = window.current_page()
    assert page.minimumSizeHint().width() < 700
    bar = page.findChild(QToolBar, "monthButtons")
    assert {page.letters_button, page.appeals_button} <= set(
        bar.findChildren(type(page.lock_button))
    )
