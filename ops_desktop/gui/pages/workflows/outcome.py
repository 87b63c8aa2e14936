"""An event run's budget against its actual spend (with a warning when over budget) and its
outcome figures; the file paths attached to any run."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core.models import WorkflowRun
from ops_desktop.core.services import validate as checks
from ops_desktop.core.services import workflow_runs as runs
from ops_desktop.core.services import workflows
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.workflow_runs import Results, RunDetail
from ops_desktop.gui.forms.ui_workflow_outcome_form import Ui_WorkflowOutcomeForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.lists import ListBox, PagePart, money, show_problems, text_of
from ops_desktop.gui.table import Column

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page

FIELDS = {
    "spend": "spendEditError",
    "participants": "participantsEditError",
    "interactions": "interactionsEditError",
    "reach": "reachEditError",
}


def stored_budget(run: RunDetail) -> Decimal | None:
    """The budget of a stored run (input_of copies the stored Decimal; only a form's input
    holds text)."""
    return cast("Decimal | None", run.data.budget)


def over_budget_text(budget: Decimal | None, spend: Decimal | None) -> str:
    excess = workflows.excess(budget, spend)
    if excess is None:
        return ""
    return (
        QCoreApplication.translate("OutcomeView", "⚠ Over budget by %1 (budget %2, spent %3).")
        .replace("%1", money(excess))
        .replace("%2", money(budget))
        .replace("%3", money(spend))
    )


class OutcomeView(PagePart):
    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self.run: RunDetail | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = QWidget(self)
        self.ui = Ui_WorkflowOutcomeForm()
        self.ui.setupUi(self.form)
        ui = self.ui
        for edit in (ui.spendEdit, ui.participantsEdit, ui.interactionsEdit, ui.reachEdit):
            edit.textEdited.connect(self.validate)
        ui.spendEdit.setPlaceholderText("0.00")
        ui.saveButton.clicked.connect(self.save)
        enter_clicks(self.form, ui.saveButton)
        ui.revertButton.clicked.connect(lambda: self.show_run(self.run))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        layout.addStretch()

    def show_run(self, run: RunDetail | None) -> None:
        self.run = run
        ui = self.ui
        results = run.results if run else Results(None, None, None, None, "")
        ui.spendEdit.setText(text_of(results.spend))
        ui.participantsEdit.setText(text_of(results.participants))
        ui.interactionsEdit.setText(text_of(results.interactions))
        ui.reachEdit.setText(text_of(results.reach))
        ui.outcomeEdit.setPlainText(results.outcome)
        ui.budgetValue.setText(money(stored_budget(run)) if run else "")
        event = run is not None and run.is_event
        self.form.setEnabled(event)
        self.note.setText(
            ""
            if run is None or event
            else self.tr("Budget, actual spend and outcome are kept for event runs (活動運營).")
        )
        self.validate()

    def _typed_spend(self) -> Decimal | None:
        try:
            return Decimal(checks.number_text(self.ui.spendEdit.text()))  # as the service reads it
        except InvalidOperation:
            return None

    @Slot()
    def validate(self) -> dict[str, str]:
        ui = self.ui
        found = runs.outcome_problems(
            ui.spendEdit.text(),
            ui.participantsEdit.text(),
            ui.interactionsEdit.text(),
            ui.reachEdit.text(),
        )
        show_problems(ui, FIELDS, found)
        budget = stored_budget(self.run) if self.run else None
        ui.overBudgetLabel.setText(over_budget_text(budget, self._typed_spend()))
        ui.saveButton.setEnabled(not found and self.run is not None and self.run.is_event)
        return found

    @Slot()
    def save(self) -> bool:
        """Store the spend and outcome typed; False when there is nothing to save (no event
        run, or a problem shown beside its field). The outcome follows on the GUI thread."""
        if self.validate() or self.run is None:
            return False
        ui, run_id, operator = self.ui, self.run.id, self.ctx.operator()
        data = Results(
            self._typed_spend() if ui.spendEdit.text().strip() else None,
            workflows.count(ui.participantsEdit.text(), "participants"),
            workflows.count(ui.interactionsEdit.text(), "interactions"),
            workflows.count(ui.reachEdit.text(), "reach"),
            ui.outcomeEdit.toPlainText().strip(),
        )

        def store(session: Session) -> Results:
            before = runs.results_of(checks.get(session, WorkflowRun, run_id, "Workflow run"))
            runs.set_results(session, run_id, data, operator)
            return before

        self.perform(
            self.tr("Spend and outcome of %1").replace("%1", self.run.data.title),
            store,
            lambda before: lambda s: runs.set_results(s, run_id, before, operator),
            self.refresh,
            Seen(WorkflowRun, run_id, self.run.version, self.run.data.title),
        )
        return True


class FilesView(PagePart):
    """File paths attached to the run (plans, reports, photos); the files stay where they are."""

    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self.run: RunDetail | None = None
        self.list = ListBox(
            [
                Column(self.tr("Name"), lambda r: r.label or Path(r.path).name),
                Column(self.tr("Path"), lambda r: r.path),
            ],
            self,
            search=False,
        )
        self.list.fit_columns([30])
        self.list.set_empty(
            self.tr("No files attached to this run."), [(self.tr("Attach a file…"), self.add)]
        )
        self.add_button = QPushButton(self.tr("Attach a file…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.current_changed.connect(
            lambda row: self.remove_button.setEnabled(row is not None)
        )
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def show_run(self, run: RunDetail | None) -> None:
        self.run = run
        self.list.set_rows(run.attachments if run else [])
        self.add_button.setEnabled(run is not None)
        self.remove_button.setEnabled(self.list.current_row() is not None)

    @Slot()
    def add(self) -> bool:
        if self.run is None:
            return False
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not path:
            return False
        run_id, operator, label = self.run.id, self.ctx.operator(), Path(path).name
        self.perform(
            self.tr("Attach %1").replace("%1", label),
            lambda s: workflows.attach(s, run_id, path, label, operator).id,
            lambda attachment_id: lambda s: runs.detach(s, attachment_id, operator),
            self.refresh,
        )
        return True

    @Slot()
    def remove(self) -> bool:
        row = self.list.current_row()
        if row is None or self.run is None:
            return False

        name = row.label or Path(row.path).name
        question = self.tr("Remove %1 from this run? The file itself stays.").replace("%1", name)
        if not self.ctx.dialogs.confirm(self, question):
            return False
        operator = self.ctx.operator()
        current = {"id": row.id}  # undo attaches it again under a new id; redo removes that

        def reattaching(removed: tuple[int, str, str]) -> Callable[[Session], None]:
            run_id, path, label = removed  # as stored when it was removed

            def reattach(session: Session) -> None:
                current["id"] = workflows.attach(session, run_id, path, label, operator).id

            return reattach

        self.perform(
            self.tr("Remove %1").replace("%1", name),
            lambda s: runs.detach(s, current["id"], operator),
            reattaching,
            self.refresh,
        )
        return True
