"""The workflows page: a Runs tab (list or board, the selected run's editor) and a Templates
tab (stages, steps, responsible positions and approvals). The window's actions go to the tab
being shown."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ops_desktop.gui.context import AppContext
from ops_desktop.gui.pages.base import Page

from .runs import RunsPanel
from .templates import TemplatesPanel


class WorkflowsPage(Page):
    key = "workflows"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.runs = RunsPanel(self, self)
        self.templates = TemplatesPanel(self, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.runs, self.tr("Runs"))
        self.tabs.addTab(self.templates, self.tr("Templates"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.add_form(self.runs.editor.form.state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # The list and the selected run, for the window and for tests.
        self.model, self.table = self.runs.list.model, self.runs.list.table

    def title(self) -> str:
        return self.tr("Workflows")

    def activate(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def selection(self) -> tuple[int, int | None]:
        return self.tabs.currentIndex(), self.runs.list.current_id()

    def restore_selection(self, ident: object) -> None:
        tab, run = cast(tuple[int, int | None], ident)  # what selection() gave
        self.runs.restore = run
        self.tabs.setCurrentIndex(tab)

    def select_id(self, run_id: object) -> bool:
        """Show run ``run_id`` on the Runs tab (the dashboard's budget alerts point here).
        True: selected, or on its way."""
        self.tabs.setCurrentWidget(self.runs)
        self.runs.select(cast(int, run_id))
        return True

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        (self.runs if index == 0 else self.templates).activate()
        self.actions_changed.emit()

    def offers(self, action: str) -> bool:
        """Print is the runs' (an event's summary); the other actions are both tabs'."""
        return super().offers(action) and (action != "print_" or self.on_runs())

    def on_runs(self) -> bool:
        return self.tabs.currentWidget() is self.runs

    # -- the window's actions ------------------------------------------------------------------
    def new_record(self) -> bool:
        if not self.on_runs():
            self.templates.new_step()
            return True
        self.runs.new_run()
        return True

    def save(self) -> bool:
        if not self.on_runs() and self.save_modified():
            return True  # the run's details, typed before the templates tab was chosen
        return self.runs.save() if self.on_runs() else self.templates.save()

    def delete_record(self) -> bool:
        if self.on_runs():
            return self.runs.editor.close_run("cancelled")
        return self.templates.step is not None and self.templates.toggle_step()

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        return self.runs.find() if self.on_runs() else self.templates.find()

    def print_(self) -> bool:
        if not self.on_runs():
            return False
        editor = self.runs.editor
        if editor.run is None or not editor.run.is_event:
            self.status_message.emit(self.tr("Choose an event run to print its summary."))
            return True
        return editor.print_summary()
