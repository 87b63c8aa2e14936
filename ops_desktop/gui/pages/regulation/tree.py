"""The regulation as a tree: chapters → sections → sub-sections → clauses, with a filter
that finds text (in either script) and keeps the path to each match visible. A part whose
Simplified text is outdated carries a warning sign."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from ops_desktop.core.script import to_hans
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.regulation import ChapterNode, SectionNode, VersionTree

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # all the text of the item, case-folded

Key = tuple[str, int]


@dataclass(frozen=True)
class Entry:
    """One item of the tree and where it sits."""

    kind: str  # chapter | section | clause
    id: int
    chapter_id: int
    section_id: int | None  # a section's own id; a clause's section
    parent_id: int | None  # a sub-section's parent section
    index: int  # place among its siblings, from 0
    count: int  # how many siblings (itself included)
    title: str  # a chapter's or section's title, a clause's text
    title_hans: str | None
    clause_kind: str = ""
    depth: int = 0  # 0 for a top-level section, 1 for a sub-section …
    seen: Seen | None = None  # the version of the record this copy was read at
    hans_for: str | None = None  # the Traditional text the Simplified one was written for
    hans_outdated: bool = False  # … and it is not the Traditional text stored now


def _hans(text: str, proofread: str | None) -> str:
    try:
        return proofread or to_hans(text)
    except Exception:  # noqa: BLE001 - searching still works in Traditional
        return ""


class RegulationTreeModel(QStandardItemModel):
    """Built from a VersionTree; ``entries`` describes every item by (kind, id)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: dict[Key, Entry] = {}
        self.items: dict[Key, QStandardItem] = {}

    def load(self, tree: VersionTree | None) -> None:
        """Replace the contents: each chapter is built whole, then inserted at once."""
        self.entries, self.items = {}, {}
        chapters = []
        if tree is not None:
            chapters = [
                self._chapter(c, i, len(tree.chapters)) for i, c in enumerate(tree.chapters)
            ]
        self.clear()
        for item in chapters:
            self.invisibleRootItem().appendRow(item)

    def _item(self, entry: Entry, text: str, hans: str | None) -> QStandardItem:
        shown = " ".join(text.split())
        item = QStandardItem(shown)
        item.setEditable(False)
        tip = text if len(text) <= 400 else text[:400] + "…"
        if entry.hans_outdated:
            style = QApplication.style()
            item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            tip += "\n\n" + self.tr("The Simplified text is outdated.")
        item.setToolTip(tip)
        item.setData((entry.kind, entry.id), KEY_ROLE)
        item.setData(f"{text}\n{_hans(text, hans)}".casefold(), SEARCH_ROLE)
        key = (entry.kind, entry.id)
        self.entries[key], self.items[key] = entry, item
        return item

    def _chapter(self, chapter: ChapterNode, index: int, count: int) -> QStandardItem:
        entry = Entry(
            "chapter", chapter.id, chapter.id, None, None, index, count, chapter.title,
            chapter.title_hans, seen=chapter.seen, hans_for=chapter.hans_for,
            hans_outdated=chapter.hans_outdated,
        )  # fmt: skip
        item = self._item(entry, chapter.title, chapter.title_hans)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        for i, section in enumerate(chapter.sections):
            self._section(item, chapter.id, section, None, i, len(chapter.sections), 0)
        return item

    def _section(
        self,
        parent_item: QStandardItem,
        chapter_id: int,
        section: SectionNode,
        parent_id: int | None,
        index: int,
        count: int,
        depth: int,
    ) -> None:
        entry = Entry(
            "section", section.id, chapter_id, section.id, parent_id, index, count,
            section.title, section.title_hans, depth=depth, seen=section.seen,
            hans_for=section.hans_for, hans_outdated=section.hans_outdated,
        )  # fmt: skip
        item = self._item(entry, section.title, section.title_hans)
        parent_item.appendRow(item)
        for i, clause in enumerate(section.clauses):
            clause_entry = Entry(
                "clause", clause.id, chapter_id, section.id, parent_id, i, len(section.clauses),
                clause.text, clause.text_hans, clause.kind, depth + 1, clause.seen,
                clause.hans_for, clause.hans_outdated,
            )  # fmt: skip
            prefix = "• " if clause.kind == "item" else "¶ "
            clause_item = self._item(clause_entry, clause.text, clause.text_hans)
            clause_item.setText(prefix + clause_item.text())
            item.appendRow(clause_item)
        for i, child in enumerate(section.children):
            self._section(item, chapter_id, child, section.id, i, len(section.children), depth + 1)


class TreeFilter(QSortFilterProxyModel):
    """Shows the items whose text contains every word typed, with their parents (for the
    path) and their children (a matching section shows its clauses)."""

    def __init__(self, source: RegulationTreeModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(  # noqa: N802
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        haystack = index.data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
