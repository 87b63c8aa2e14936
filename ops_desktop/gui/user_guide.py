"""The user guide: pages written for the secretary, shipped in resources/guide/<language>/
(one Markdown file a page, the same file names in every language), shown in a window with
its contents on the left, in the interface's language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

from ops_desktop import APP_NAME
from ops_desktop.resources import resource_path

from .i18n import LANGUAGES


@dataclass(frozen=True)
class GuidePage:
    name: str  # the file's name: the same page in every language
    title: str  # its first heading
    text: str  # Markdown


def interface_language() -> str:
    """The language the window speaks now: the one switched to, or the source texts'."""
    languages = getattr(QApplication.instance(), "_ops_languages", None)
    language = getattr(languages, "language", "")
    return language if language in LANGUAGES else "en"


def guide_folder(language: str) -> Path:
    return resource_path("guide", language)


def pages(language: str) -> list[GuidePage]:
    """The guide's pages in ``language``, in the order of their file names (01-…, 02-…)."""
    found = []
    for path in sorted(guide_folder(language).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        title = first.lstrip("#").strip() if first.startswith("#") else path.stem
        found.append(GuidePage(path.name, title, text))
    return found


class GuideWindow(QWidget):
    """The guide beside the main window (not modal: she reads it while she works)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setFixedWidth(230)
        self.contents.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)  # a link to another page turns to it (follow)
        self.browser.anchorClicked.connect(self.follow)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.browser, 1)
        self.contents.currentRowChanged.connect(self._show_row)
        self.language = ""
        self.pages: list[GuidePage] = []
        self.load()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1000, 720)

    def load(self, language: str | None = None) -> None:
        """The pages in ``language`` (default: the interface's), on the page shown before."""
        shown = self.current_name()
        self.language = language or interface_language()
        self.pages = pages(self.language)
        self.setWindowTitle(self.tr("%1 — User guide").replace("%1", APP_NAME))
        self.contents.blockSignals(True)
        self.contents.clear()
        for page in self.pages:
            item = QListWidgetItem(page.title, self.contents)
            item.setData(Qt.ItemDataRole.UserRole, page.name)
        self.contents.blockSignals(False)
        names = [page.name for page in self.pages]
        self.show_page(shown if shown in names else (names[0] if names else ""))

    def current_name(self) -> str:
        item = self.contents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_page(self, name: str) -> None:
        names = [page.name for page in self.pages]
        if name in names:
            row = names.index(name)
            if self.contents.currentRow() == row:
                self._show_row(row)
            else:
                self.contents.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.browser.setMarkdown(self.pages[row].text)

    def follow(self, url: QUrl) -> None:
        """A link to another page of the guide (``02-posters.md``) shows it; a web address
        is not followed: the program works offline."""
        self.show_page(Path(url.path()).name)
