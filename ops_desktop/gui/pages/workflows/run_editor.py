"""Everything about the selected run: its form, steps, approvals, budget and outcome, files;
closing it (done / cancelled) or reopening it; printing the event summary to a PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.files import safe_file_name
from ops_desktop.core.models import WorkflowRun
from ops_desktop.core.services import validate as checks
from ops_desktop.core.services import workflow_runs as runs
from ops_desktop.core.services import workflows
from ops_desktop.core.services.workflow_runs import RunDetail
from ops_desktop.gui import words
from ops_desktop.gui.lists import PagePart

from .outcome import FilesView, OutcomeView, over_budget_text, stored_budget
from .progress import ApprovalsView, StepsView
from .run_form import RunChoices, RunForm, load_choices

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page


class RunEditor(PagePart):
    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self.run: RunDetail | None = None
        self._showing = 0  # the latest run asked for: an older one arriving is dropped
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning.setWordWrap(True)
        self.form = RunForm(page, refresh, self)
        self.steps = StepsView(page, refresh, self)
        self.approvals = ApprovalsView(page, refresh, self)
        self.outcome = OutcomeView(page, refresh, self)
        self.files = FilesView(page, refresh, self)
        self.tabs = QTabWidget(self)
        for widget, text in (
            (self.form, self.tr("Details")),
            (self.steps, self.tr("Steps")),
            (self.approvals, self.tr("Approvals")),
            (self.outcome, self.tr("Budget && outcome")),
            (self.files, self.tr("Files")),
        ):
            self.tabs.addTab(widget, text)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.cancel_button = QPushButton(self.tr("Cancel run"), self)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.print_button = QPushButton(self.tr("Print summary…"), self)
        self.done_button.clicked.connect(lambda: self.close_run("done"))
        self.cancel_button.clicked.connect(lambda: self.close_run("cancelled"))
        self.reopen_button.clicked.connect(lambda: self.close_run("active"))
        self.print_button.clicked.connect(self.print_summary)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.cancel_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.show_run(None)

    def statuses(self) -> dict[str, str]:
        return words.table(words.RUN_STATUS)

    # -- showing -------------------------------------------------------------------------------
    def show_new(self, template_id: int | None) -> None:
        self._showing += 1
        self._show(None)
        self.heading.setText(self.tr("<b>New run</b> — fill in the details and save."))
        self.form.show_new(template_id)
        self.tabs.setCurrentWidget(self.form)

    def show_run(self, run_id: int | None) -> None:
        """Show run ``run_id`` (None: no run) once it is loaded, with the form's choices."""
        self._showing += 1
        asked = self._showing
        if run_id is None:
            self._show(None)
            self.heading.setText(self.tr("Choose a run, or start a new one (Ctrl+N)."))
            self.form.show_new(None)
            self.form.setEnabled(False)
            return

        def load(session: Session) -> tuple[RunDetail, RunChoices]:
            return runs.detail(session, run_id), load_choices(session)

        def loaded(found: tuple[RunDetail, RunChoices]) -> None:
            if asked != self._showing:  # another run (or none) was chosen meanwhile
                return
            run, choices = found
            first = self.run is None and self.tabs.currentWidget() is self.form
            self._show(run)
            self.form.show_run(run, choices)
            if first:
                self.tabs.setCurrentWidget(self.steps)  # what a run is mostly opened for

        self.ctx.read(load, loaded, on_error=self.error)

    def _show(self, run: RunDetail | None) -> None:
        self.run = run
        self.form.setEnabled(True)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, run is not None)
        self.tabs.setTabEnabled(3, run is not None and run.is_event)
        for part in (self.steps, self.approvals, self.outcome, self.files):
            part.show_run(run)
        active = run is not None and run.status == "active"
        self.done_button.setEnabled(active)
        self.cancel_button.setEnabled(active)
        self.reopen_button.setEnabled(run is not None and not active)
        self.print_button.setEnabled(run is not None and run.is_event)
        self.warning.setText("")
        if run is None:
            return
        stage = next((s.name for s in run.stages if s.id == run.current_stage_id), "")
        where = (
            self.tr("waiting in %1").replace("%1", stage)
            if stage
            else self.tr("all stages complete")
        )
        status = self.statuses().get(run.status, run.status)
        self.heading.setText(
            f"<b>{_html(run.data.title)}</b><br>{_html(run.template)} · {_html(where)} · {status}"
        )
        self.warning.setText(over_budget_text(stored_budget(run), run.results.spend))
        if self.tabs.currentIndex() < 0 or not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentWidget(self.form)

    # -- closing -------------------------------------------------------------------------------
    @Slot()
    def close_run(self, status: str) -> bool:
        """Close the run (done / cancelled) or reopen it (active), after asking; True when
        the change was started."""
        run = self.run
        if run is None or (status == "active") == (run.status == "active"):
            return False

        title = run.data.title
        if status == "cancelled":
            question = self.tr("Cancel %1? It stays in the list of cancelled runs.")
        elif status == "done" and run.current_stage_id is not None:
            question = self.tr("%1 still has unchecked steps or approvals. Mark it done anyway?")
        else:
            question = ""
        if question and not self.ctx.dialogs.confirm(self, question.replace("%1", title)):
            return False
        operator, run_id = self.ctx.operator(), run.id
        texts = {"done": self.tr("%1 done"), "cancelled": self.tr("%1 cancelled")}

        def close(session: Session) -> tuple[str, dt.date | None]:
            stored = checks.get(session, WorkflowRun, run_id, "Workflow run")
            before = stored.status, stored.end_date  # what its undo puts back
            workflows.set_status(session, run_id, status, operator)
            return before

        self.perform(
            texts.get(status, self.tr("%1 reopened")).replace("%1", title),
            close,
            lambda before: (
                lambda s: workflows.set_status(s, run_id, before[0], operator, on=before[1])
            ),
            self.refresh,
        )
        return True

    # -- printing ------------------------------------------------------------------------------
    @Slot()
    def print_summary(self) -> bool:
        run = self.run
        if run is None or not run.is_event:
            return False
        suggested = safe_file_name(f"{run.data.title} 活動總結報告", "活動總結報告") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the event summary"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        run_id = run.id

        def work(progress: Any) -> int:
            from ops_desktop.exports.pdf import printouts

            with self.ctx.transaction() as session:
                title, blocks = printouts.event_summary_blocks(session, run_id)
            progress.check()
            return printouts.write_document(title, blocks, path)

        def done(pages: int) -> None:
            self.say(
                self.tr("Event summary written to %1 (%2 page(s)).")
                .replace("%1", path)
                .replace("%2", str(pages))
            )

        self.ctx.tasks.run(
            work,
            done,
            on_error=self.error,
            title=self.tr("Writing the event summary…"),
            parent=self,
        )
        return True


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
