"""The regulation editor: the version selector, the tree of chapters, sections and clauses
with a filter, the form of the selected item, and a preview with the live settings."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.services import regulation as service
from ops_desktop.core.services.regulation import VersionRow, VersionTree
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.keys import enter_clicks

from .acks import AcksPanel
from .editor import ItemEditor
from .edits import EditActions
from .preview import chapter_html
from .tree import KEY_ROLE, Entry, Key, RegulationTreeModel, TreeFilter


class RegulationPage(EditActions):
    key = "regulation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.version_rows: list[VersionRow] = []
        self.tree: VersionTree | None = None  # as stored, placeholders as they are
        self.filled: VersionTree | None = None  # placeholders filled with the settings
        self._loaded = False
        self._form_key: Key | None = None  # the part the form shows (or adds to)
        self._restore: tuple[int | None, Key | None] | None = None  # to show once loaded
        self._reloads = 0  # the latest reload asked for: an older one arriving is dropped
        self._starting = 0  # the latest new item asked for (its numbered start is read first)
        layout = QVBoxLayout(self)
        layout.addLayout(self.build_version_bar())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_tree())
        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.editor = ItemEditor(ctx, right, on_error=self.error)
        self.editor.ui.saveButton.clicked.connect(self.save)
        enter_clicks(self.editor, self.editor.ui.saveButton)
        self.editor.modified.connect(
            lambda _on: self.modified_changed.emit(self.has_unsaved_changes())
        )
        column.addWidget(self.editor)
        column.addWidget(self._build_preview(), 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # The text and, for an approved version, who has read it (閱知確認)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, self.tr("Text"))
        self.acks = AcksPanel(self)
        self.tabs.addTab(self.acks, self.tr("Acknowledgements"))
        self.tabs.currentChanged.connect(lambda _i: self._show_acks())
        layout.addWidget(self.tabs, 1)
        self.update_actions()

    def title(self) -> str:
        return self.tr("Regulation")

    # -- layout -----------------------------------------------------------------------------
    def _build_tree(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("Find text… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.model = RegulationTreeModel(self)
        self.proxy = TreeFilter(self.model, self)
        self.search.textChanged.connect(self._search)
        self.view = QTreeView(box)
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        EmptyState.attach(
            self.view,
            self.tr("The regulation has no chapters yet: add the first one."),
            clear=self.search.clear,
        )
        buttons = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for i, (name, text, slot) in enumerate(
            (
                ("chapter", self.tr("Add chapter"), self.add_chapter),
                ("section", self.tr("Add section"), self.add_section),
                ("subsection", self.tr("Add sub-section"), self.add_subsection),
                ("clause", self.tr("Add clause"), self.add_clause),
                ("up", self.tr("Move up"), lambda: self.move_part(-1)),
                ("down", self.tr("Move down"), lambda: self.move_part(1)),
                ("delete", self.tr("Delete…"), self.delete_record),
                ("punctuation", self.tr("Punctuation…"), self.normalise_punctuation),
            )
        ):
            button = QPushButton(text, box)
            button.setToolTip(text)
            if name == "punctuation":
                button.setToolTip(self.tr("Make the draft's punctuation full-width (，：；？！)"))
            # Two a row, their words whole: four a row could not shrink beside the tree on a
            # 1024-pixel screen and were clipped ("dd chapt"); a page wider than the window
            # scrolls inside it (gui/page_stack.py) rather than cut a button's word.
            button.clicked.connect(slot)
            buttons.addWidget(button, i // 2, i % 2)
            self.buttons[name] = button
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Preview with the current settings"), box)
        caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(caption, 1)
        self.script = QComboBox(box)
        self.script.addItem(self.tr("Traditional"), "hant")
        self.script.addItem(self.tr("Simplified"), "hans")
        self.script.activated.connect(self.show_preview)
        bar.addWidget(self.script)
        self.preview = QTextBrowser(box)
        self.preview.setOpenLinks(False)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        return box

    # -- loading ----------------------------------------------------------------------------
    def activate(self) -> None:
        self.reload()  # the weights may have changed in Settings: the preview follows

    def selection(self) -> tuple[int | None, Key | None]:
        return self.version_id(), self.current_key()

    def restore_selection(self, ident: object) -> None:
        self._restore = ident  # type: ignore[assignment]  # what selection() gave

    @Slot()
    def reload(self, version_id: int | None = None, select: Key | None = None) -> None:
        """Read the version (the one shown, or the draft / newest approved) off the GUI
        thread; keep the selection and the open branches."""
        if self._restore is not None:  # the page was rebuilt: its version and part again
            version_id, select = self._restore
            self._restore = None
        wanted = version_id if version_id is not None else self.version_id()
        keep = select if select is not None else self.current_key()
        expanded = self._expanded() if self._loaded else None
        first = not self._loaded
        self._reloads += 1
        asked = self._reloads

        def work(session: Session) -> tuple[list[VersionRow], VersionTree, VersionTree]:
            rows = service.version_rows(session)
            shown = wanted if wanted in {r.id for r in rows} else None
            raw = service.tree(session, shown)
            filled = service.tree(session, raw.id, fill_placeholders=True)
            return rows, raw, filled

        def done(found: tuple[list[VersionRow], VersionTree, VersionTree]) -> None:
            if asked != self._reloads:
                return  # a newer reload follows, with the selection and branches as they are
            self.version_rows, self.tree, self.filled = found
            self._loaded = True
            self.show_versions()
            self._show_acks()
            self.model.load(self.tree)
            for key in expanded if expanded is not None else self._chapters():
                self._expand(key)
            if self.search.text().strip():
                self.view.expandAll()
            wanted_key = keep
            if wanted_key is None and first and self.tree.chapters:
                wanted_key = ("chapter", self.tree.chapters[0].id)  # something to read at once
            if wanted_key is None or not self.select_key(wanted_key):
                self._selection_changed()
            self.status_message.emit(
                self.tr("Regulation %1: %n clause(s)", "", len(self.tree.all_clauses())).replace(
                    "%1", self.tree.label
                )
            )

        self.ctx.read(work, done, on_error=self.error)

    def _chapters(self) -> list[Key]:
        return [("chapter", c.id) for c in self.tree.chapters] if self.tree else []

    def _expanded(self) -> list[Key]:
        found: list[Key] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.view.isExpanded(index):
                    found.append(tuple(index.data(KEY_ROLE)))
                    walk(index)

        walk(QModelIndex())
        return found

    def _expand(self, key: Key) -> None:
        item = self.model.items.get(key)
        if item is not None:
            index = self.proxy.mapFromSource(item.index())
            if index.isValid():
                self.view.expand(index)

    @Slot(str)
    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip():
            self.view.expandAll()

    # -- selection --------------------------------------------------------------------------
    def current_key(self) -> Key | None:
        indexes = self.view.selectionModel().selectedIndexes()
        return tuple(indexes[0].data(KEY_ROLE)) if indexes else None

    def current_entry(self) -> Entry | None:
        key = self.current_key()
        return self.model.entries.get(key) if key else None

    def select_key(self, key: Key) -> bool:
        item = self.model.items.get(cast(Key, tuple(key)))  # read back from Qt: maybe a list
        if item is None:
            return False
        index = self.proxy.mapFromSource(item.index())
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def read_only(self) -> bool:
        return self.tree is None or self.tree.status != "draft"

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_: Any) -> None:
        """Show the part chosen in the form — but a form with edits is never replaced
        unasked: the same part (the tree reloaded) keeps what is typed; another part is
        chosen only once the edits are saved or discarded."""
        key = self.current_key()
        if self.has_unsaved_changes():
            if key != self._form_key:
                self._select_quietly(self._form_key)
                QTimer.singleShot(0, lambda: self._leave_for(key))
            return
        self._form_key = key
        self.editor.show_entry(self.current_entry(), self.read_only())
        self.update_actions()
        self.show_preview()

    def _editor_modified(self, _modified: bool) -> None:
        self.modified_changed.emit(self.has_unsaved_changes())  # the window marks the page

    def _leave_for(self, key: Key | None) -> None:
        if not self.has_unsaved_changes() or not self.leave_ok():
            return
        if key is None or not self.select_key(key):
            self._selection_changed()

    def _select_quietly(self, key: Key | None) -> None:
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if key is None or not self.select_key(key):
                self.view.clearSelection()
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()

    def update_actions(self) -> None:
        entry, draft = self.current_entry(), not self.read_only()
        in_section = entry is not None and entry.kind in ("section", "clause")
        enabled = {
            "chapter": draft,
            "section": draft and entry is not None,
            "subsection": draft and in_section,
            "clause": draft and in_section,
            "up": draft and entry is not None and entry.index > 0,
            "down": draft and entry is not None and entry.index < entry.count - 1,
            "delete": draft and entry is not None,
            "punctuation": draft,  # an approved version stays as it was put into effect
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])
        self.update_version_actions()
        self.actions_changed.emit()  # New, Save and Delete follow the version (``offers``)

    def offers(self, action: str) -> bool:
        """An approved version is read only: New, Save and Delete are the draft's."""
        if action in ("new_record", "save", "delete_record") and self.read_only():
            return False
        return super().offers(action)

    @Slot()
    def show_preview(self) -> None:
        if self.filled is None:
            self.preview.clear()
            return
        entry = self.current_entry()
        chapter = None
        if entry is not None:
            chapter = next((c for c in self.filled.chapters if c.id == entry.chapter_id), None)
        key = (entry.kind, entry.id) if entry else ("", 0)
        self.preview.setHtml(chapter_html(self.filled, chapter, self.script.currentData(), key))
        if entry is not None:
            self.preview.scrollToAnchor(f"{entry.kind}-{entry.id}")

    def select_id(self, version_id: object) -> bool:
        """Show a version's acknowledgements (a dashboard alert about it opens it here)."""
        if not isinstance(version_id, int):
            return False
        self.tabs.setCurrentWidget(self.acks)
        self.reload(version_id=version_id)
        return True

    def _show_acks(self) -> None:
        """The Acknowledgements tab follows the version shown (read when it is in view)."""
        tree = self.tree
        if tree is None or self.tabs.currentWidget() is not self.acks:
            return
        self.acks.show_version(tree.id, tree.label, tree.status)

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.search.setFocus()
        self.search.selectAll()
        return True
