"""Help: the user guide on F1 in the interface's language, and About."""

from __future__ import annotations

import pytest
from answering import AnsweringDialogs
from PySide6.QtCore import Qt

from ops_desktop import __version__
from ops_desktop.gui import i18n, window_actions
from ops_desktop.gui.about import AboutDialog, licence_files
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.user_guide import GuideWindow, guide_folder, pages

# The pages the secretary was promised (issue 18, point 9), by their file names.
PROMISED = [
    "01-monthly-round.md",
    "02-posters.md",
    "03-exports-for-hr.md",
    "04-backups.md",
    "05-postgresql.md",
]
# A word each page's title holds in each language: the page is in that language.
TITLE_WORDS = {
    "en": ["appraisal", "poster", "HR", "Backups", "PostgreSQL"],
    "zh_TW": ["績效考核", "海報", "人事部", "備份", "PostgreSQL"],
    "zh_CN": ["绩效考核", "海报", "人事部", "备份", "PostgreSQL"],
}


def make_window(qtbot, db, tasks, settings, dialogs=None):
    window = MainWindow(db, tasks=tasks, settings=settings, dialogs=dialogs or AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):  # keys reach the active window only
        window.activateWindow()
    return window


def test_every_guide_page_is_there_in_every_language():
    """Each page in each language, with the same sections (one translated from the other)."""
    names = {language: [p.name for p in pages(language)] for language in i18n.LANGUAGES}
    for language, found in names.items():
        assert found == PROMISED, language

    def sections(language: str) -> list[int]:
        return [p.text.count("\n## ") for p in pages(language)]

    assert all(count >= 2 for count in sections("en"))
    assert sections("zh_TW") == sections("zh_CN") == sections("en")


def test_the_simplified_guide_is_converted_from_the_traditional_one():
    import subprocess
    import sys

    tool = guide_folder("zh_TW").parents[2] / "tools" / "guide_fill_hans.py"
    done = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_f1_opens_the_guide_in_the_interface_language(qtbot, db, tasks, settings, language):
    window = make_window(qtbot, db, tasks, settings)
    assert window_actions.switch_language(window, language)
    assert window.help_menu.guide_action.shortcut().toString() == "F1"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.language == language
    titles = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert len(titles) == len(PROMISED)
    for title, word in zip(titles, TITLE_WORDS[language], strict=True):
        assert word in title, (language, title)
    guide.contents.setCurrentRow(3)  # backups and restore
    assert TITLE_WORDS[language][3] in guide.browser.toPlainText()
    assert guide.browser.toPlainText().splitlines()[0] == titles[3]


def test_the_open_guide_follows_a_language_switch_on_its_page(qtbot, db, tasks, settings):
    window = make_window(qtbot, db, tasks, settings)
    window.help_menu.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    assert guide.language == "en"
    guide.show_page("05-postgresql.md")
    assert window_actions.switch_language(window, "zh_TW")
    assert window.findChild(GuideWindow) is guide and guide.language == "zh_TW"
    assert guide.current_name() == "05-postgresql.md"
    assert "改用 PostgreSQL" in guide.browser.toPlainText()
    window.help_menu.guide_action.trigger()  # again: the same window, not a second one
    assert len(window.findChildren(GuideWindow)) == 1


def test_a_link_to_another_page_turns_to_it(qtbot, db, tasks, settings):
    from PySide6.QtCore import QUrl

    window = make_window(qtbot, db, tasks, settings)
    window.help_menu.guide_action.trigger()
    guide = window.findChild(GuideWindow)
    guide.follow(QUrl("03-exports-for-hr.md"))
    assert guide.current_name() == "03-exports-for-hr.md"
    guide.follow(QUrl("https://example.com/elsewhere"))  # offline: not followed anywhere
    assert guide.current_name() == "03-exports-for-hr.md"


def test_about_shows_the_version_the_database_and_the_licences(qtbot, db, tasks, settings):
    dialogs = AnsweringDialogs()
    shown: list[AboutDialog] = []

    def read(dialog):
        shown.append(dialog)
        return True

    dialogs.forms.append(read)
    window = make_window(qtbot, db, tasks, settings, dialogs)
    window.help_menu.about_action.trigger()
    (about,) = shown
    assert about.rows["version"] == __version__
    assert about.rows["database"] == db.description
    assert "password" not in about.rows["database"]
    tabs = [about.tabs.tabText(i) for i in range(about.tabs.count())]
    assert tabs[0] == "Program"
    assert "Font: LICENSE-wqy-microhei.txt" in tabs
    icons = [f"Icons: {path.name}" for path in licence_files("icons")]
    assert [t for t in tabs if t.startswith("Icons: ")] == icons  # whatever is shipped
    font = about.tabs.widget(tabs.index("Font: LICENSE-wqy-microhei.txt"))
    assert "WenQuanYi" in font.toPlainText()


def test_about_hides_a_server_password():
    from sqlalchemy.engine import make_url

    from ops_desktop.db.location import describe

    url = make_url("postgresql+psycopg://secretary:s3cret@db-server/ops")
    about = AboutDialog(describe(url))
    assert "s3cret" not in about.rows["database"] and "db-server/ops" in about.rows["database"]
    about.deleteLater()


def test_licence_files_are_found_by_name(tmp_path, monkeypatch):
    from ops_desktop.gui import about

    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "LICENSE-tabler.txt").write_text("MIT", encoding="utf-8")
    (tmp_path / "icons" / "save.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.setattr(about, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert [p.name for p in licence_files("icons")] == ["LICENSE-tabler.txt"]
    assert licence_files("nothing-here") == []


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_every_page_renders_its_emphasis(language):
    """Chinese beside ** needs care (CommonMark's flanking rules): a bold name that does not
    close shows its asterisks to the reader."""
    from PySide6.QtGui import QTextDocument

    for page in pages(language):
        document = QTextDocument()
        document.setMarkdown(page.text)
        shown = document.toPlainText()
        assert "**" not in shown, (language, page.name)
        document.deleteLater()
