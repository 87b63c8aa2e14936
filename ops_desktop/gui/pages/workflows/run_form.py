"""The run form: start a new run of a template, or edit the selected one (title, owner, dates,
budget for event runs, notes), validated as typed. Its choices, its checks and its saves run
as operations, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ops_desktop.core.models import WorkflowRun
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services import workflow_runs as runs
from ops_desktop.core.services import workflow_templates as templates
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.workflow_runs import RunDetail, RunInput
from ops_desktop.gui.forms.ui_workflow_run_form import Ui_WorkflowRunForm
from ops_desktop.gui.lists import PagePart, fill_combo, set_combo, text_of
from ops_desktop.gui.person_picker import person_picker
from ops_desktop.gui.record_form import Binding, RecordForm

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page

BINDING = Binding.of(WorkflowRun, runs)

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


@dataclass(frozen=True)
class RunChoices:
    """What the form offers: the templates (and which are events), the possible owners."""

    templates: list[tuple[str, int]]
    events: frozenset[int]
    people: list[tuple[str, int]]


def load_choices(session: Session) -> RunChoices:
    """On the database worker: the form's choices, as plain values."""
    outline = templates.outline(session)
    return RunChoices(
        [(t.name, t.id) for t in outline],
        frozenset(t.id for t in outline if t.is_event),
        [(f"{r.staff_no} {r.name}", r.id) for r in staff_service.rows(session)],
    )


class RunForm(PagePart):
    """The run's details as a record form (gui/record_form.py): its state is ``self.state``;
    the run editor loads the run with the rest of what it shows and presents it here."""

    created = Signal(int)  # a new run was started

    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self._events: frozenset[int] = frozenset()
        self._choices: RunChoices | None = None
        self._new_template: int | None = None
        self._loading = 0  # the latest choices asked for: older ones arriving are dropped
        self._creating = False  # the save under way starts a new run
        self.ui = Ui_WorkflowRunForm()
        self.ui.setupUi(self)
        person_picker(self.ui.ownerCombo)
        ui = self.ui
        ui.budgetEdit.setPlaceholderText(self.tr("event runs only, e.g. 15000"))
        ui.templateCombo.currentIndexChanged.connect(self._template_changed)
        self.state = RecordForm(
            self, BINDING, self, ui, FIELDS, stack=page.undo_stack, title=page.title
        )
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.state.discard)

    def _fill_choices(self, choices: RunChoices) -> None:
        self._choices, self._events = choices, choices.events
        fill_combo(self.ui.templateCombo, choices.templates)
        fill_combo(self.ui.ownerCombo, choices.people, self.tr("(none)"))

    def _template_changed(self) -> None:
        self.ui.budgetEdit.setEnabled(self.ui.templateCombo.currentData() in self._events)

    # -- showing -------------------------------------------------------------------------------
    def show_new(self, template_id: int | None) -> None:
        """An empty form for a new run (of ``template_id`` when given), once its choices are
        loaded — a new run being typed stays."""
        self._loading += 1
        asked = self._loading

        def loaded(choices: RunChoices) -> None:
            if asked == self._loading:  # not replaced by another run or form meanwhile
                self._new_template = template_id
                if not (self.state.ident is None and self.state.is_modified()):
                    self._fill_choices(choices)
                self.state.present(None, None, None, None)
                self.ui.titleEdit.setFocus()

        self.ctx.read(load_choices, loaded, on_error=self.error)

    def show_run(self, detail: RunDetail, choices: RunChoices) -> None:
        """Fill the form with the run ``detail``, offering ``choices`` (both loaded together,
        see :func:`load_choices`)."""
        self._loading += 1
        seen = Seen(WorkflowRun, detail.id, detail.version, detail.data.title)
        self.state.present(detail.id, detail.id, seen, (detail, choices), detail.data)

    # -- the record form's host ----------------------------------------------------------------
    def fetch_record(self, session: Session, run_id: int) -> tuple[RunDetail, RunChoices]:
        return runs.detail(session, run_id), load_choices(session)

    def show_record(self, record: tuple[RunDetail, RunChoices] | None) -> None:
        ui = self.ui
        if record is None:
            for edit in (ui.titleEdit, ui.startDateEdit, ui.dueDateEdit, ui.budgetEdit):
                edit.clear()
            ui.notesEdit.clear()
            if self._new_template is not None:
                set_combo(ui.templateCombo, self._new_template)
            ui.ownerCombo.setCurrentIndex(0)
            ui.templateCombo.setEnabled(True)
            self._template_changed()
            return
        detail, choices = record
        self._fill_choices(choices)
        data = detail.data
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
        self._template_changed()

    def record_refreshed(self, row: object) -> None:
        """The run was reloaded while its details are being typed: they stay."""

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

    def undo_text(self, data: RunInput, new: bool) -> str:
        return (self.tr("Start %1") if new else self.tr("Edit %1")).replace(
            "%1", data.title.strip()
        )

    def record_saved(self, ident: int) -> None:
        if self._creating:
            self.created.emit(ident)
            self.say(self.tr("Started %1.").replace("%1", self.ui.titleEdit.text().strip()))
        else:
            self.refresh()

    def record_changed(self) -> None:
        self.refresh()

    def save(self) -> bool:
        self._creating = self.state.ident is None
        return self.state.save()
