"""The (minimal) main window opens on a database and names it in the title."""

from __future__ import annotations

from ops_desktop.gui.main_window import MainWindow


def test_main_window_shows_the_database_and_the_department(qtbot, demo_db):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    assert str(demo_db.path) in window.windowTitle()
    assert window.staff_label.text() == "24"  # 25 in the demo, one has left
    assert "運營部上墻制度" in window.regulation_label.text()


def test_a_refused_database_is_reported_in_a_dialog_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ops_desktop.db.location import sqlite_url
    from ops_desktop.gui import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "x.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    assert app.run(sqlite_url(bad)) == 1
    assert shown and "not an ops-desktop database" in shown[0]
    assert bad.read_text(encoding="utf-8") == "hello"
