"""The runs of the workflow templates: filtered by template and status, as a list with the
stage each run waits in or as a board of stages; the selected run's editor beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.services import workflow_runs
from ops_desktop.core.services import workflow_templates as templates
from ops_desktop.core.services.workflow_templates import TemplateInfo
from ops_desktop.gui import words
from ops_desktop.gui.lists import ListBox, PagePart, compact, fill_combo, scrolling, set_combo
from ops_desktop.gui.table import Column

from .board import BoardView
from .run_editor import RunEditor

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page


class RunsPanel(PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self._loaded = False
        self._loading = 0  # the latest reload: an older one arriving is dropped
        self.restore: int | None = None  # the run to select once loaded (the page was rebuilt)
        self.outline: list[TemplateInfo] = []
        status = self.statuses()
        self.list = ListBox(
            [
                Column(self.tr("Run"), lambda r: r.title),
                Column(self.tr("Workflow"), lambda r: r.template),
                Column(self.tr("Waiting in"), lambda r: r.stage or self.tr("(complete)")),
                Column(self.tr("Over budget"), lambda r: r.over_budget, align_right=True),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Due"), lambda r: r.due_date),
                Column(self.tr("Status"), lambda r: status.get(r.status, r.status)),
                Column(self.tr("Start"), lambda r: r.start_date),
            ],
            self,
            bare=True,
        )
        self.list.search.setPlaceholderText(self.tr("Search runs… (Ctrl+F)"))
        self.list.fit_columns([30, 12, 16, 15, 10, 14, 10])
        self.list.set_empty(
            self.tr("No workflow runs to show. Start a run, or choose another workflow or status."),
            [(self.tr("New run"), self.new_run)],
        )
        self.template_filter = compact(QComboBox(self), 5)
        self.status_filter = compact(QComboBox(self), 5)
        for code, text in (
            ("active", self.tr("Active")),
            ("done", self.tr("Done")),
            ("cancelled", self.tr("Cancelled")),
            ("", self.tr("All statuses")),
        ):
            self.status_filter.addItem(text, code)
        self.template_filter.activated.connect(lambda: self.reload())
        self.status_filter.activated.connect(lambda: self.reload())
        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("List"))
        self.board_button = QToolButton(self)
        self.board_button.setText(self.tr("Board"))
        group = QButtonGroup(self)
        for button in (self.list_button, self.board_button):
            button.setCheckable(True)
            group.addButton(button)
        self.list_button.setChecked(True)
        self.board = BoardView(self.list.proxy, self)
        self.board.run_chosen.connect(self.list.select_id)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.list.table)
        self.views.addWidget(self.board)
        group.buttonToggled.connect(self._view_changed)
        self.editor = RunEditor(page, self.refresh, self)
        self.editor.form.created.connect(self._created)
        self.editor.form.state.follow(self.list, self._run_changed)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Workflow:"), self))
        bar.addWidget(self.template_filter, 1)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.list_button)
        bar.addWidget(self.board_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.list.search)
        left_layout.addWidget(self.views)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(self.editor, self))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def statuses(self) -> dict[str, str]:
        return words.table(words.RUN_STATUS)

    def activate(self) -> None:
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def template_id(self) -> int | None:
        return self.template_filter.currentData()

    @Slot()
    def refresh(self) -> None:
        """Reload the list and the selected run after a change (or its undo)."""
        shown = self.editor.run.id if self.editor.run else None
        self.reload(self.list.current_id() or shown)

    def select(self, run_id: int) -> None:
        """Select run ``run_id``: at once when listed, else once the runs, read again, arrive
        (the page may have opened just now) — with the filters cleared if they hide it."""
        if not (self._loaded and self.list.select_id(run_id)):
            self.reload(run_id, reveal=True)

    def reload(self, select_id: int | None = None, *, reveal: bool = False) -> None:
        """Load the runs the filters ask for off the GUI thread, then select ``select_id`` (or
        keep the current). ``reveal``: if the filters hide ``select_id``, clear them and load
        again."""
        template_id = self.template_id()
        status = self.status_filter.currentData() or None
        if select_id is None:
            select_id, self.restore = self.restore, None
        keep = select_id if select_id is not None else self.list.current_id()
        self._loading += 1
        asked = self._loading

        def work(session: Session) -> tuple[list[TemplateInfo], list[Any]]:
            outline = templates.outline(session)
            rows = workflow_runs.rows(
                session, template_id=template_id, include_closed=True, status=status
            )
            return outline, rows

        def done(found: tuple[list[TemplateInfo], list[Any]]) -> None:
            if asked != self._loading:  # the filters changed: a newer reload is on its way
                return
            self.outline, rows = found
            hidden = keep is not None and keep not in {r.id for r in rows}
            if reveal and hidden and (template_id is not None or status is not None):
                self.template_filter.setCurrentIndex(0)  # all workflows
                set_combo(self.status_filter, "")  # all statuses
                self.reload(keep)
                return
            self._loaded = True
            fill_combo(self.template_filter, [(t.name, t.id) for t in self.outline], self.tr("All"))
            chosen = next((t for t in self.outline if t.id == self.template_id()), None)
            self.board.set_stages(chosen.stages if chosen else None)
            self.list.set_rows(rows, keep)
            self.say(self.tr("%n run(s)", "", len(rows)))

        self.ctx.read(work, done, on_error=self.error)

    def _run_changed(self, row: Any) -> None:
        form = self.editor.form.state
        if row is None and form.ident is None and form.is_modified():
            return  # keep a new run being typed
        self.editor.show_run(None if row is None else row.id)

    @Slot(bool)
    def _view_changed(self, *_: Any) -> None:
        self.views.setCurrentWidget(
            self.board if self.board_button.isChecked() else self.list.table
        )

    # -- actions ---------------------------------------------------------------------------------
    def new_run(self) -> None:
        """An empty form for a new run — once a modified one is saved or discarded."""
        if self.editor.form.state.leave_ok():
            self.list.select_quietly(None)
            self.editor.show_new(self.template_id())

    @Slot(int)
    def _created(self, run_id: int) -> None:
        self.template_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self.reload(run_id)

    def save(self) -> bool:
        if self.editor.tabs.currentWidget() is self.editor.outcome:
            return self.editor.outcome.save()
        return self.editor.form.save()

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.list.search.setFocus()
        self.list.search.selectAll()
        return True
