"""Back up, restore and switch the language from the window, without losing work."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication

from ops_desktop.gui import window_actions
from ops_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def window(qtbot, demo_db, tasks, settings):
    w = MainWindow(demo_db, tasks=tasks, settings=settings)
    qtbot.addWidget(w)
    w.show()
    return w


def staff_count(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM staff").fetchone()[0]
    finally:
        con.close()


def test_back_up_then_restore_from_the_window(window, demo_db, tmp_path, monkeypatch, no_questions):
    path = demo_db.path
    copy = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(
        window_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), "")
    )
    assert window_actions.back_up(window)
    assert staff_count(copy) == 25
    con = sqlite3.connect(path)
    con.execute("DELETE FROM suggestions")
    con.commit()
    con.close()
    monkeypatch.setattr(
        window_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), "")
    )
    monkeypatch.setattr(window_actions, "confirm", lambda parent, q: no_questions.append(q) or True)
    assert window_actions.restore(window)
    assert any("Replace" in q for q in no_questions)
    assert window.ctx is not None and window.nav.isEnabled()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM suggestions").fetchone()[0] == 8
    assert con.execute("SELECT action FROM audit_log ORDER BY id DESC").fetchone()[0] == "restore"
    con.close()
    (kept,) = path.parent.glob("*.replaced-*")  # the data that was in use, kept
    assert staff_count(kept) == 25


def test_a_bad_backup_is_refused_before_anything_closes(window, tmp_path, monkeypatch, errors):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a backup", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(window_actions, "show_error", lambda parent, m: shown.append(str(m)))
    monkeypatch.setattr(
        window_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), "")
    )
    assert not window_actions.restore(window)
    assert shown and "not a SQLite file" in shown[0]
    assert window.ctx is not None


def test_switching_the_language_keeps_the_page_and_the_data(window, qapp):
    window.show_page("meetings")
    assert window_actions.switch_language(window, "zh_TW")
    staff_title = window.nav.item(1).text()
    assert staff_title != "Staff" and any("\u4e00" <= ch <= "\u9fff" for ch in staff_title)
    assert window.current_page().key == "meetings"
    assert window.act_save.text() != "&Save"
    assert window_actions.switch_language(window, "en")
    assert window.nav.item(1).text() == "Staff"
    assert QCoreApplication.translate("Pages", "Staff") == "Staff"


def test_the_language_is_chosen_in_settings_too(window, qapp):
    window.show_page("settings")
    page = window.current_page()
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    page._switch_language()
    from ops_desktop.gui import settings_store as opts

    assert opts.LANGUAGE.get(window.settings) == "zh_CN"
    assert window.current_page().key == "settings"
    assert window.nav.item(1).text() != "Staff"
    window_actions.switch_language(window, "en")
