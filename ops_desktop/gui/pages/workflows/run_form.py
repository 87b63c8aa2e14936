"""The run form: start a new run of a template, or edit the selected one (title, owner, dates,
budget for event runs, notes), validated as typed. Its choices, its checks and its saves run
as operations, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

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
    created = Signal(int)  # a new run was started

    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self._editing: int | None = None
        self._seen: Seen | None = None
        self._events: frozenset[int] = frozenset()
        self._choices: RunChoices | None = None
        self._showing = 0  # the latest form asked for: an older one arriving is dropped
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

    def _fill_choices(self, choices: RunChoices) -> None:
        self._choices, self._events = choices, choices.events
        fill_combo(self.ui.templateCombo, choices.templates)
        fill_combo(self.ui.ownerCombo, choices.people, self.tr("(none)"))

    # -- showing -------------------------------------------------------------------------------
    def show_new(self, template_id: int | None) -> None:
        """An empty form for a new run (of ``template_id`` when given), once its choices are
        loaded."""
        self._showing += 1
        asked = self._showing
        self._editing = self._seen = None
        self._shown, self._new_template = None, template_id

        def loaded(choices: RunChoices) -> None:
            if asked == self._showing:  # not replaced by another run or form meanwhile
                self._show_new(template_id, choices)

        self.ctx.read(load_choices, loaded, on_error=self.error)

    def _show_new(self, template_id: int | None, choices: RunChoices) -> None:
        self._fill_choices(choices)
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

    def show_run(self, detail: RunDetail, choices: RunChoices) -> None:
        """Fill the form with the run ``detail``, offering ``choices`` (both loaded together,
        see :func:`load_choices`)."""
        self._showing += 1
        self._fill_choices(choices)
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
        if self._shown is not None and self._choices is not None:
            self.show_run(self._shown, self._choices)
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

    def _check(self, then: Callable[[dict[str, str]], None] | None = None) -> None:
        """Check the form's values on the worker; show each problem beside its field — unless
        the form has changed meanwhile (a newer check is on its way) — then ``then(found)``."""
        data, editing = self.form_input(), self._editing

        def checked(found: dict[str, str]) -> None:
            if (self._editing, self.form_input()) == (editing, data):
                show_problems(self.ui, FIELDS, found)
                self.ui.saveButton.setEnabled(not found)
            if then is not None:
                then(found)

        self.ctx.read(
            lambda session: runs.problems(session, data, editing), checked, on_error=self.error
        )

    @Slot()
    def validate(self) -> None:
        self.ui.budgetEdit.setEnabled(self.ui.templateCombo.currentData() in self._events)
        self._check()

    def is_new_with_text(self) -> bool:
        return self._editing is None and bool(self.ui.titleEdit.text().strip())

    @Slot()
    def save(self) -> bool:
        """Check the form's values and store them; when something is wrong, say what beside
        the field instead. The outcome follows on the GUI thread."""
        data, operator = self.form_input(), self.ctx.operator()
        editing, seen = self._editing, self._seen

        def checked(found: dict[str, str]) -> None:
            if not found:
                self._store(data, operator, editing, seen)

        self._check(checked)
        return True

    def _store(self, data: RunInput, operator: str, editing: int | None, seen: Seen | None) -> None:
        title = data.title.strip()
        if editing is None:

            def started(run_id: int) -> None:
                self.created.emit(run_id)
                self.say(self.tr("Started %1.").replace("%1", title))

            self.perform(
                self.tr("Start %1").replace("%1", title),
                lambda s: runs.create(s, data, operator),
                lambda new_id: lambda s: runs.remove_new(s, new_id, operator),
                self.refresh,
                done=started,
            )
            return

        def update(session: Session) -> RunInput:
            before = runs.input_of(session, editing)
            runs.update(session, editing, data, operator)
            return before

        self.perform(
            self.tr("Edit %1").replace("%1", title),
            update,
            lambda before: lambda s: runs.update(s, editing, before, operator),
            self.refresh,
            seen,
        )
