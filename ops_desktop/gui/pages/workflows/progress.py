"""A run's progress: its stages with their steps as checkboxes (checking one off records it,
unchecking withdraws it, both undoable), and its approvals with approver, date and decision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.models import StepCompletion
from ops_desktop.core.services import workflow_runs as runs
from ops_desktop.core.services import workflows
from ops_desktop.core.services.workflow_runs import RunDetail, StageState
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.forms.ui_workflow_approval_form import Ui_WorkflowApprovalForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.lists import ListBox, PagePart, WrappingDelegate, show_problems
from ops_desktop.gui.table import Column
from ops_desktop.gui.undo import perform

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page

STEP_ROLE = Qt.ItemDataRole.UserRole + 10


class StepsView(PagePart):
    """Stages → steps, each step a checkbox; the stage the run waits in is marked."""

    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self.run: RunDetail | None = None
        self._filling = False
        self.model = QStandardItemModel(0, 2, self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.empty = EmptyState.attach(self.tree, self.tr("Select a run to tick off its steps."))
        self.empty.mark_loaded()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)
        self.model.itemChanged.connect(self._item_changed)

    def show_run(self, run: RunDetail | None) -> None:
        self.run = run
        self.empty.set_text(
            self.tr("Select a run to tick off its steps.")
            if run is None
            else self.tr("This run's workflow has no stages.")
        )
        self._filling = True
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Stage / step"), self.tr("Done on")])
        header = self.tree.header()  # the sections are new after clear()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # "Done on" as wide as a date whether any step is done or not: sized to its
        # contents, it widened with the first date, the steps' column narrowed, their
        # texts wrapped anew and the rows moved under the mouse between two clicks.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self._date_width())
        if run is None:
            self.note.setText("")
            self._filling = False
            return
        editable = run.status == "active"
        for number, stage in enumerate(run.stages, start=1):
            self.model.appendRow(self._stage_row(number, stage, run, editable))
        self.tree.expandAll()
        self._filling = False
        self.note.setText(
            self.tr("Check off each step as it is done. ▶ marks the stage the run waits in.")
            if editable
            else self.tr("This run is closed; reopen it to change its steps.")
        )

    def _date_width(self) -> int:
        title = self.model.headerData(1, Qt.Orientation.Horizontal)
        header = self.tree.header().fontMetrics().horizontalAdvance(str(title))
        date = self.tree.fontMetrics().horizontalAdvance("8888-88-88")
        return max(header, date) + 16  # the cell's and the section's margins

    def _stage_row(
        self, number: int, stage: StageState, run: RunDetail, editable: bool
    ) -> list[QStandardItem]:
        steps = [s for s in stage.steps if s.active]
        current = stage.id == run.current_stage_id
        marker = "▶ " if current else ""
        text = f"{marker}{number}. {stage.name}  ({stage.done}/{len(steps)})"
        if stage.responsible:
            text += f" — {stage.responsible}"
        head = QStandardItem(text)
        font = QFont(head.font())
        font.setBold(True)
        head.setFont(font)
        if current:
            head.setForeground(QBrush(QColor("#1f4e79")))
        row = [head, QStandardItem("")]
        for item in row:
            item.setEditable(False)
        for step in stage.steps:
            text = step.text if step.active else self.tr("%1 (retired)").replace("%1", step.text)
            item = QStandardItem(text)
            item.setToolTip(text)
            item.setEditable(False)
            item.setData(step.id, STEP_ROLE)
            item.setCheckable(editable)
            item.setEnabled(editable or step.done_on is not None)
            done = Qt.CheckState.Checked if step.done_on else Qt.CheckState.Unchecked
            item.setCheckState(done)
            day = QStandardItem(step.done_on.isoformat() if step.done_on else "")
            day.setEditable(False)
            head.appendRow([item, day])
        if stage.approval:
            approval = QStandardItem(
                self.tr("Approval: %1 — %2")
                .replace("%1", stage.approval)
                .replace("%2", self._decision(stage.decision))
            )
            approval.setEditable(False)
            italic = QFont(approval.font())
            italic.setItalic(True)
            approval.setFont(italic)
            if stage.decision != "approved":
                approval.setForeground(QBrush(QColor("#b00020")))
            head.appendRow([approval, QStandardItem("")])
        return row

    def _decision(self, decision: str | None) -> str:
        return {
            "approved": self.tr("approved"),
            "rejected": self.tr("rejected"),
        }.get(decision or "", self.tr("waiting"))

    def step_item(self, step_id: int) -> QStandardItem | None:
        for r in range(self.model.rowCount()):
            stage = self.model.item(r, 0)
            for c in range(stage.rowCount()):
                if stage.child(c, 0).data(STEP_ROLE) == step_id:
                    return stage.child(c, 0)
        return None

    @Slot(QStandardItem)
    def _item_changed(self, item: QStandardItem) -> None:
        step_id = item.data(STEP_ROLE)
        if self._filling or step_id is None or self.run is None:
            return
        run_id, operator, text = self.run.id, self.ctx.operator(), item.text()
        # The tree is rebuilt after the change, but not inside this signal: the view that
        # toggled the box still holds its index.
        later = self._refresh_later

        def refused(message: str) -> None:
            self.error(message)
            later()  # show the stored state again

        def check(session: Session) -> None:
            workflows.complete_step(session, run_id, step_id, operator)

        def uncheck(session: Session) -> dt.date | None:
            done_on = session.scalar(  # the day its undo checks it off again
                select(StepCompletion.done_on).where(
                    StepCompletion.run_id == run_id, StepCompletion.step_id == step_id
                )
            )
            workflows.uncomplete_step(session, run_id, step_id, operator)
            return done_on

        def check_again(done_on: dt.date | None) -> Callable[[Session], object]:
            return lambda s: workflows.complete_step(s, run_id, step_id, operator, on=done_on)

        # undo.perform itself, not the part's: a refused change also rebuilds the tree
        stack = self.page.undo_stack
        if item.checkState() == Qt.CheckState.Checked:
            title = self.tr("Check off %1").replace("%1", text[:30])
            perform(stack, self.ctx, title, check, lambda _: uncheck, later, refused)
        else:
            title = self.tr("Uncheck %1").replace("%1", text[:30])
            perform(stack, self.ctx, title, uncheck, check_again, later, refused)

    def _refresh_later(self) -> None:
        QTimer.singleShot(0, self, self.refresh)


APPROVAL_FIELDS = {
    "approver": "approverEditError",
    "decision": "decisionComboError",
    "date": "dateEditError",
}


class ApprovalsView(PagePart):
    """The approvals recorded for the run, and a form to record the next one."""

    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self.run: RunDetail | None = None
        decisions = {"approved": self.tr("Approved"), "rejected": self.tr("Rejected")}
        self.list = ListBox(
            [
                Column(self.tr("Stage"), lambda r: r.stage),
                Column(self.tr("Approver"), lambda r: r.approver),
                Column(self.tr("Date"), lambda r: r.decided_on),
                Column(self.tr("Decision"), lambda r: decisions.get(r.decision, r.decision)),
                Column(self.tr("Comment"), lambda r: r.comment),
            ],
            self,
            search=False,
        )
        self.list.fit_columns([20, 14, 14, 12])
        self.list.set_empty(self.tr("No approvals recorded for this run yet: record one below."))
        self.form = QWidget(self)
        self.ui = Ui_WorkflowApprovalForm()
        self.ui.setupUi(self.form)
        for code, text in decisions.items():
            self.ui.decisionCombo.addItem(text, code)
        for edit in (self.ui.approverEdit, self.ui.dateEdit, self.ui.commentEdit):
            edit.textEdited.connect(self.validate)
        self.ui.stageCombo.activated.connect(self._stage_chosen)
        self.ui.decisionCombo.activated.connect(self.validate)
        self.ui.saveButton.clicked.connect(self.record)
        enter_clicks(self.form, self.ui.saveButton)
        self.ui.revertButton.clicked.connect(lambda: self.show_run(self.run))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.form)

    def show_run(self, run: RunDetail | None) -> None:
        self.run = run
        self.list.set_rows(run.approvals if run else [])
        stages = [s for s in run.stages if s.approval] if run else []
        combo = self.ui.stageCombo
        combo.clear()
        for stage in stages:
            combo.addItem(f"{stage.name} — {stage.approval}", stage.id)
        if run is not None and run.current_stage_id is not None:
            combo.setCurrentIndex(max(combo.findData(run.current_stage_id), 0))
        active = run is not None and run.status == "active" and bool(stages)
        self.form.setEnabled(active)
        if run is None:
            self.note.setText("")
        elif not stages:
            self.note.setText(self.tr("No stage of this workflow needs an approval."))
        elif run.status != "active":
            self.note.setText(self.tr("This run is closed; reopen it to record approvals."))
        else:
            self.note.setText(self.tr("Record the approval (or rejection) of a stage:"))
        self.ui.dateEdit.setText(clock.today().isoformat())
        self.ui.commentEdit.clear()
        self.ui.decisionCombo.setCurrentIndex(0)
        self._stage_chosen()

    @Slot()
    def _stage_chosen(self) -> None:
        stage = self._stage()
        if stage is not None:
            default = stage.approver_position or stage.approval or ""
            for suffix in ("審批", "審核", "評審"):
                default = default.removesuffix(suffix)
            self.ui.approverEdit.setText(default)
        self.validate()

    def _stage(self) -> StageState | None:
        ident = self.ui.stageCombo.currentData()
        if self.run is None or ident is None:
            return None
        return next((s for s in self.run.stages if s.id == ident), None)

    @Slot()
    def validate(self) -> dict[str, str]:
        ui = self.ui
        found = runs.approval_problems(
            ui.approverEdit.text(), ui.decisionCombo.currentData() or "", ui.dateEdit.text()
        )
        show_problems(ui, APPROVAL_FIELDS, found)
        ui.saveButton.setEnabled(not found and self._stage() is not None)
        return found

    @Slot()
    def record(self) -> bool:
        stage = self._stage()
        if self.validate() or stage is None or self.run is None:
            return False
        ui, run_id, operator = self.ui, self.run.id, self.ctx.operator()
        approver, decision = ui.approverEdit.text().strip(), ui.decisionCombo.currentData()
        on, comment = ui.dateEdit.text().strip(), ui.commentEdit.text().strip()
        self.perform(
            self.tr("Approval of %1").replace("%1", stage.name),
            lambda s: (
                workflows.record_approval(
                    s,
                    run_id,
                    stage.id,
                    approver,
                    operator,
                    decision=decision,
                    on=on,
                    comment=comment,
                ).id
            ),
            lambda approval_id: lambda s: runs.remove_approval(s, approval_id, operator),
            self.refresh,
        )
        return True
