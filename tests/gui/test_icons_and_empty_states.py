"""Icons on the toolbar and the navigation (drawn from SVG, crisp at 200 %), tooltips with
their shortcuts, and what the lists say when they have nothing to show."""

from __future__ import annotations

import pytest
from answering import AnsweringDialogs
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTabWidget

from ops_desktop.gui import icons
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages import KEYS


def make_window(qtbot, db, tasks, settings):
    window = MainWindow(db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_mapped_icon_has_its_file_and_draws(qapp):
    for name in icons.NAMES:
        assert icons.path_of(name).is_file(), name
        icon = icons.icon(name)
        assert not icon.isNull(), name
        assert not icon.pixmap(QSize(24, 24)).toImage().isNull(), name
    assert icons.path_of("save").parent.joinpath("LICENSE").is_file()


def test_icons_are_drawn_at_200_percent_not_enlarged(qapp):
    icon = icons.icon("save")
    small = icon.pixmap(QSize(24, 24), 1.0)
    large = icon.pixmap(QSize(24, 24), 2.0)
    assert large.size() == QSize(48, 48)
    assert large.devicePixelRatio() == 2.0
    # the same SVG drawn at 48 device pixels, and the 24-pixel one blown up: the first
    direct = icon.pixmap(QSize(48, 48), 1.0).toImage()
    blown = small.scaled(48, 48, Qt.AspectRatioMode.IgnoreAspectRatio).toImage()
    drawn = large.toImage()
    drawn.setDevicePixelRatio(1.0)
    assert drawn.convertToFormat(direct.format()) == direct
    assert drawn.convertToFormat(blown.format()) != blown.convertToFormat(direct.format())


def test_disabled_icons_take_the_palettes_disabled_colour(qapp):
    icon = icons.icon("save")
    normal = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    assert normal != disabled


def test_toolbar_actions_and_pages_have_icons_and_tooltips_with_keys(
    qtbot, demo_db, tasks, settings
):
    window = make_window(qtbot, demo_db, tasks, settings)
    window.show_page("staff")
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) == 8
    for act in actions:
        assert not act.icon().isNull(), act.text()
        shortcut = act.shortcut()
        if shortcut.isEmpty():  # the toolbar's Undo/Redo: the menu's action holds the keys
            shortcut = (
                window.act_undo.shortcut()
                if act is window.tool_undo
                else window.act_redo.shortcut()
            )
        keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and f"({keys})" in act.toolTip(), act.toolTip()
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert not item.icon().isNull(), item.text()
        if row < 9:
            assert f"(Ctrl+{row + 1})" in item.toolTip()


def empty_states(page):
    return [e for e in page.findChildren(EmptyState) if e.isVisibleTo(page)]


def test_each_list_page_on_an_empty_database_says_what_is_missing(qtbot, db, tasks, settings):
    window = make_window(qtbot, db, tasks, settings)
    said = {}
    for key in ("staff", "meetings", "suggestions", "workflows", "training"):
        window.show_page(key)
        shown = empty_states(window.current_page())
        assert shown, key
        said[key] = " | ".join(state.visible_text() for state in shown)
    assert said["staff"].startswith("No staff yet")
    assert "No meetings yet" in said["meetings"]
    assert said["suggestions"].startswith("No suggestions yet")
    assert said["workflows"].startswith("No workflow runs")
    assert said["training"].startswith("No courses")


def test_the_empty_staff_list_button_starts_a_new_person(qtbot, db, tasks, settings):
    window = make_window(qtbot, db, tasks, settings)
    window.show_page("staff")
    page = window.current_page()
    (state,) = empty_states(page)
    (button,) = state.buttons
    assert button.text() == "Add a person"
    page.ui.nameEdit.setText("typed")
    page.form.discard()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.form.ident is None  # a new record
    assert page.ui.staffNoEdit.hasFocus() or page.ui.nameEdit.text() == ""


def test_a_list_filtered_to_nothing_says_so_and_clears(qtbot, demo_db, tasks, settings):
    window = make_window(qtbot, demo_db, tasks, settings)
    window.show_page("staff")
    page = window.current_page()
    assert page.proxy.rowCount() > 0
    assert empty_states(page) == []
    page.search.setText("no such person zzz")
    (state,) = empty_states(page)
    assert state.visible_text() == "No rows match the search."
    assert state.buttons[0].isHidden()  # "Add a person" is not what is missing
    qtbot.mouseClick(state.clear_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == ""
    assert empty_states(page) == []


def test_the_audit_log_with_no_entries_says_so(qtbot, db, tasks, settings):
    window = make_window(qtbot, db, tasks, settings)
    window.show_page("audit")
    page = window.current_page()
    page.action.setText("no-such-action")
    page.reload()
    (state,) = empty_states(page)
    assert "No entries" in state.visible_text()


def test_every_page_builds_with_its_empty_states(qtbot, db, tasks, settings):
    window = make_window(qtbot, db, tasks, settings)
    for key in KEYS:
        window.show_page(key)
        for state in window.current_page().findChildren(EmptyState):
            assert state.geometry() == state.view.viewport().geometry() or state.isHidden()


def bare_lists(page):
    """The lists on screen with no rows and nothing over them saying why."""
    bare = []
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not view.isVisibleTo(page):
            continue
        model = view.model()
        if model is None or model.rowCount(view.rootIndex()) > 0:
            continue
        state = view.findChild(EmptyState, "emptyState", Qt.FindChildOption.FindDirectChildrenOnly)
        if state is None or not state.isVisibleTo(page) or not state.visible_text():
            bare.append(f"{type(view.parent()).__name__}>{type(view).__name__}")
    return bare


@pytest.mark.parametrize("database", ["db", "demo_db"])
def test_no_list_of_any_page_or_tab_is_blank(qtbot, request, database, tasks, settings):
    """Issue 18 point 2: every list, on every tab, says what is missing when it is empty —
    the appraisal grid with no month, the year with no results, a person's empty history —
    on a new database and on the demo department."""
    window = make_window(qtbot, request.getfixturevalue(database), tasks, settings)
    found = {}
    for key in KEYS:
        window.show_page(key)
        tasks.settle()
        page = window.current_page()
        tab_widgets = page.findChildren(QTabWidget)
        places = [(tabs, i) for tabs in tab_widgets for i in range(tabs.count())] or [(None, 0)]
        for tabs, index in places:
            if tabs is not None:
                tabs.setCurrentIndex(index)
                tasks.settle()
            bare = bare_lists(page)
            if bare:
                found[f"{key}@{index}"] = bare
    assert found == {}
