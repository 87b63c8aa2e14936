"""The run form: start a new run of a template, or edit the selected one (title, owner, dates,
budget for event runs, notes), validated as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from ops_desktop.core.models import WorkflowRun
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services import workflow_runs as runs
from ops_desktop.core.services import workflow_templates as templates
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.workflow_runs import RunDetail, RunInput
from ops_desktop.gui.forms.ui_workflow_run_form import Ui_WorkflowRunForm
from ops_desktop.gui.lists import PagePart, fill_combo, set_combo, show_problems, text_of

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page

FIELDS = {  # run_problems field → the error label beside it
    "title": "titleEditError",
    "template": "templateComboError",
    "owner": "ownerComboError",
    "owner_id": "ownerComboError",
    "date": "startDateEditError",
    "start_date": "startDateEditError",
    "due_date": "dueDateEditError",
    "budget": "budgetEditError",
    "notes": "notesEditError",
}


class RunForm(PagePart):
    created = Signal(int)  # a new run was started

    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self._editing: int | None = None
        self._seen: Seen | None = None
        self._events: set[int] = set()
        self.ui = Ui_WorkflowRunForm()
        self.ui.setupUi(self)
        ui = self.ui
        for edit in (ui.startDateEdit, ui.dueDateEdit):
            edit.setPlaceholderText("YYYY-MM-DD")
        ui.budgetEdit.setPlaceholderText(self.tr("event runs only, e.g. 15000"))
        for edit in (ui.titleEdit, ui.startDateEdit, ui.dueDateEdit, ui.budgetEdit):
            edit.textEdited.connect(self.validate)
        ui.notesEdit.textChanged.connect(self.validate)
        ui.templateCombo.activated.connect(self.validate)
        ui.ownerCombo.activated.connect(self.validate)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self._revert)
        self._shown: RunDetail | None = None
        self._new_template: int | None = None

    def fill_choices(self) -> None:
        with self.ctx.transaction() as session:
            outline = templates.outline(session)
            people = [(f"{r.staff_no} {r.name}", r.id) for r in staff_service.rows(session)]
        self._events = {t.id for t in outline if t.is_event}
        fill_combo(self.ui.templateCombo, [(t.name, t.id) for t in outline])
        fill_combo(self.ui.ownerCombo, people, self.tr("(none)"))

    # -- showing -------------------------------------------------------------------------------
    def show_new(self, template_id: int | None) -> None:
        """An empty form for a new run (of ``template_id`` when given)."""
        self.fill_choices()
        self._editing = self._seen = None
        self._shown, self._new_template = None, template_id
        ui = self.ui
        for edit in (ui.titleEdit, ui.startDateEdit, ui.dueDateEdit, ui.budgetEdit):
            edit.clear()
        ui.notesEdit.clear()
        if template_id is not None:
            set_combo(ui.templateCombo, template_id)
        ui.ownerCombo.setCurrentIndex(0)
        ui.templateCombo.setEnabled(True)
        self.validate()
        ui.titleEdit.setFocus()

    def show_run(self, detail: RunDetail) -> None:
        self.fill_choices()
        self._editing, self._shown = detail.id, detail
        self._seen = Seen(WorkflowRun, detail.id, detail.version, detail.data.title)
        data, ui = detail.data, self.ui
        ui.titleEdit.setText(data.title)
        ui.startDateEdit.setText(text_of(data.start_date))
        ui.dueDateEdit.setText(text_of(data.due_date))
        ui.budgetEdit.setText(text_of(data.budget))
        ui.notesEdit.setPlainText(data.notes)
        set_combo(ui.templateCombo, data.template_id)
        if data.owner_id is not None and ui.ownerCombo.findData(data.owner_id) < 0:
            ui.ownerCombo.addItem(detail.owner, data.owner_id)  # a departed owner stays shown
        set_combo(ui.ownerCombo, data.owner_id)
        ui.templateCombo.setEnabled(not any(s.done for s in detail.stages))
        self.validate()

    @Slot()
    def _revert(self) -> None:
        if self._shown is not None:
            self.show_run(self._shown)
        else:
            self.show_new(self._new_template)

    # -- editing -------------------------------------------------------------------------------
    def form_input(self) -> RunInput:
        ui = self.ui
        event = ui.templateCombo.currentData() in self._events
        return RunInput(
            title=ui.titleEdit.text(),
            template_id=ui.templateCombo.currentData(),
            owner_id=ui.ownerCombo.currentData(),
            start_date=ui.startDateEdit.text(),
            due_date=ui.dueDateEdit.text(),
            budget=ui.budgetEdit.text() if event else None,
            notes=ui.notesEdit.toPlainText(),
        )

    @Slot()
    def validate(self) -> dict[str, str]:
        event = self.ui.templateCombo.currentData() in self._events
        self.ui.budgetEdit.setEnabled(event)
        with self.ctx.transaction() as session:
            found = runs.run_problems(session, self.form_input(), self._editing)
        show_problems(self.ui, FIELDS, found)
        self.ui.saveButton.setEnabled(not found)
        return found

    def is_new_with_text(self) -> bool:
        return self._editing is None and bool(self.ui.titleEdit.text().strip())

    @Slot()
    def save(self) -> bool:
        if self.validate():
            return False
        data, operator = self.form_input(), self.ctx.operator()
        editing, seen = self._editing, self._seen
        if editing is None:
            run_id = self.perform(
                self.tr("Start %1").replace("%1", data.title.strip()),
                lambda s: runs.create_run(s, data, operator).id,
                lambda new_id: lambda s: runs.remove_new_run(s, new_id, operator),
                self.refresh,
            )
            if run_id is not None:
                self.created.emit(run_id)
                self.say(self.tr("Started %1.").replace("%1", data.title.strip()))
            return run_id is not None
        with self.ctx.transaction() as session:
            before = runs.detail(session, editing).data
        done = self.perform(
            self.tr("Edit %1").replace("%1", data.title.strip()),
            lambda s: runs.update_run(s, editing, data, operator).id,
            lambda _id: lambda s: runs.update_run(s, editing, before, operator),
            self.refresh,
            seen,
        )
        return done is not None
