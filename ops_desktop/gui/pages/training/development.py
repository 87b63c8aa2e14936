"""Individual development plans (員工發展規劃): the list, the form (person, goals, target
position, rotation, review dates, status) validated as typed, and the progress notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.models import DevelopmentPlan
from ops_desktop.core.services import development as service
from ops_desktop.core.services import positions
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.development import NoteRow, PlanInput, PlanRow
from ops_desktop.gui import words
from ops_desktop.gui.forms.ui_training_development_form import Ui_TrainingDevelopmentForm
from ops_desktop.gui.forms.ui_training_note_form import Ui_TrainingNoteForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.lists import ListBox, PagePart, fill_combo, scrolling, set_combo, text_of
from ops_desktop.gui.person_picker import person_picker
from ops_desktop.gui.record_form import Binding, RecordForm
from ops_desktop.gui.table import Column

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page

FIELDS = {
    "staff_id": "staffComboError",
    "goals": "goalsEditError",
    "target_position_id": "targetComboError",
    "rotation": "rotationEditError",
    "start_date": "startDateEditError",
    "next_review": "nextReviewEditError",
    "status": "statusComboError",
}


BINDING = Binding.of(DevelopmentPlan, service)


@dataclass(frozen=True)
class _Loaded:
    """What a reload brings: the plans, and what the form offers to choose from."""

    rows: list[PlanRow]
    people: list[tuple[str, int]]
    targets: list[tuple[str, int]]


@dataclass(frozen=True)
class _Plan:
    """What the form shows of one plan."""

    data: PlanInput
    person: str  # "staff no. name": a person who has left keeps their plan
    notes: list[NoteRow]


class DevelopmentPanel(PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.restore: int | None = None  # to select once loaded (the page was rebuilt)
        self._loading = 0  # the latest reload asked for: an older one arriving is dropped
        self._people: list[tuple[str, int]] = []
        status = self.statuses()
        self.list = ListBox(
            [
                Column(self.tr("Staff no."), lambda r: r.staff_no),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Target position"), lambda r: r.target_position),
                Column(self.tr("Next review"), lambda r: r.next_review),
                Column(self.tr("Status"), lambda r: status.get(r.status, r.status)),
                Column(self.tr("Notes"), lambda r: r.notes, align_right=True),
                Column(self.tr("Goals"), lambda r: r.goals),
            ],
            self,
            bare=True,
        )
        self.list.search.setPlaceholderText(self.tr("Search plans… (Ctrl+F)"))
        self.list.fit_columns([12, 10, 16, 14, 10, 8])
        self.list.set_empty(
            self.tr("No development plans to show."), [(self.tr("New plan"), self.new_plan)]
        )
        self.show_closed = QCheckBox(self.tr("Show achieved and closed"), self)
        self.show_closed.toggled.connect(lambda: self.reload())
        self.form = QWidget(self)
        self.ui = Ui_TrainingDevelopmentForm()
        self.ui.setupUi(self.form)
        person_picker(self.ui.staffCombo)
        ui = self.ui
        for code, text in status.items():
            ui.statusCombo.addItem(text, code)
        self.form_state = RecordForm(
            self, BINDING, self.form, ui, FIELDS, stack=page.undo_stack, title=self.title
        )
        self.form_state.follow(self.list)
        self.form_state.record_changed.connect(page.actions_changed)  # Delete: a stored one
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.form_state.discard)
        self.notes = ListBox(
            [
                Column(self.tr("Date"), lambda r: r.written_on),
                Column(self.tr("Note"), lambda r: r.text),
            ],
            self,
            search=False,
        )
        self.notes.fit_columns([14])
        self.notes.set_empty(self.tr("No progress notes yet: write one below."))
        self.note_box = QGroupBox(self.tr("Progress notes"), self)
        self.note_ui = Ui_TrainingNoteForm()
        note_form = QWidget(self.note_box)
        self.note_ui.setupUi(note_form)
        for edit in (self.note_ui.noteDateEdit, self.note_ui.noteTextEdit):
            edit.textEdited.connect(self.validate_note)
        self.note_ui.saveButton.clicked.connect(self.add_note)
        enter_clicks(note_form, self.note_ui.saveButton)
        self.note_ui.revertButton.clicked.connect(self._clear_note)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.addWidget(self.notes)
        note_layout.addWidget(note_form)

        bar = QHBoxLayout()
        bar.addWidget(self.list.search, 1)
        bar.addWidget(self.show_closed)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.list.table)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form)
        right_layout.addWidget(self.note_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(right, self))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def statuses(self) -> dict[str, str]:
        return words.table(words.PLAN_STATUS)

    def title(self) -> str:
        return self.tr("Development plans")

    def activate(self) -> None:
        self.reload()

    @Slot()
    def refresh(self) -> None:
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Load the plans and the form's choices off the GUI thread, then select
        ``select_id`` — or keep the plan selected when they arrive."""
        include_closed = self.show_closed.isChecked()
        if select_id is None:
            select_id, self.restore = self.restore, None  # the page was rebuilt
        self._loading += 1
        asked = self._loading

        def load(session: Session) -> _Loaded:
            return _Loaded(
                service.rows(session, include_closed=include_closed),
                [(f"{r.staff_no} {r.name}", r.id) for r in staff_service.rows(session)],
                [(p.name, p.id) for p in positions.all_positions(session)],
            )

        def done(found: _Loaded) -> None:
            if asked != self._loading:
                return  # a newer reload is on its way
            self._people = found.people
            fill_combo(self.ui.targetCombo, found.targets, self.tr("(none)"))
            self.list.set_rows(found.rows, select_id)
            self.say(self.tr("%n development plan(s)", "", len(found.rows)))

        self.ctx.read(load, done, on_error=self.error)

    # -- the plan form (its state: ``self.form_state``, see gui/record_form.py) ----------------
    def fetch_record(self, session: Session, row: PlanRow) -> _Plan:
        person = f"{row.staff_no} {row.name}"
        return _Plan(service.input_of(session, row.id), person, service.notes(session, row.id))

    def show_record(self, plan: _Plan | None) -> None:
        """Fill the form with ``plan`` (None: empty, for a new plan), with its notes."""
        data = plan.data if plan is not None else PlanInput(None, "", start_date=clock.today())
        people = self._people
        if (
            plan is not None
            and data.staff_id is not None
            and data.staff_id not in dict(people).values()
        ):
            people = [*people, (plan.person, data.staff_id)]  # a person who has left
        ui = self.ui
        fill_combo(ui.staffCombo, people, self.tr("(choose)"))
        set_combo(ui.staffCombo, data.staff_id)
        set_combo(ui.targetCombo, data.target_position_id)
        set_combo(ui.statusCombo, data.status)
        ui.goalsEdit.setPlainText(data.goals)
        ui.rotationEdit.setText(data.rotation)
        ui.startDateEdit.setText(text_of(data.start_date))
        ui.nextReviewEdit.setText(text_of(data.next_review))
        self.notes.set_rows(plan.notes if plan is not None else [])
        self.note_box.setEnabled(self.form_state.ident is not None)
        self._clear_note()

    def record_refreshed(self, row: PlanRow) -> None:
        """The plan being edited was reloaded: the form stays, its notes follow."""
        ident = row.id

        def listed(notes: list[NoteRow]) -> None:
            if self.form_state.ident == ident:
                self.notes.set_rows(notes)

        self.ctx.read(lambda s: service.notes(s, ident), listed, on_error=self.error)

    def form_input(self) -> PlanInput:
        ui = self.ui
        return PlanInput(
            staff_id=ui.staffCombo.currentData(),
            goals=ui.goalsEdit.toPlainText(),
            target_position_id=ui.targetCombo.currentData(),
            rotation=ui.rotationEdit.text(),
            start_date=ui.startDateEdit.text(),
            next_review=ui.nextReviewEdit.text(),
            status=ui.statusCombo.currentData(),
        )

    def undo_text(self, data: PlanInput, new: bool) -> str:
        text = self.tr("Development plan of %1") if new else self.tr("Edit the plan of %1")
        return text.replace("%1", self.ui.staffCombo.currentText())

    def record_saved(self, ident: int) -> None:
        self.reload(ident)

    def record_changed(self) -> None:
        self.reload()

    def new_plan(self) -> None:
        if self.form_state.new():
            self.ui.staffCombo.setFocus()

    @Slot()
    def save(self) -> bool:
        return self.form_state.save()

    def close_plan(self) -> bool:
        """Close the selected plan (it stays, with its notes, among the closed ones)."""
        row = self.list.current_row()
        if row is None or row.status == "closed":
            return False

        if not self.ctx.dialogs.confirm(
            self, self.tr("Close the development plan of %1?").replace("%1", row.name)
        ):
            return False
        operator = self.ctx.operator()

        def close(s: Session) -> str:
            previous = service.input_of(s, row.id).status  # what undo puts back
            service.set_status(s, row.id, "closed", operator)
            return previous

        self.perform(
            self.tr("Close the plan of %1").replace("%1", row.name),
            close,
            lambda previous: lambda s: service.set_status(s, row.id, previous, operator),
            self.refresh,
        )
        return True

    # -- progress notes ------------------------------------------------------------------------
    @Slot()
    def _clear_note(self) -> None:
        self.note_ui.noteDateEdit.setText(clock.today().isoformat())
        self.note_ui.noteTextEdit.clear()
        self.validate_note()

    @Slot()
    def validate_note(self) -> dict[str, str]:
        nu = self.note_ui
        found = service.note_problems(nu.noteTextEdit.text(), nu.noteDateEdit.text())
        nu.noteDateEditError.setText(found.get("date", ""))
        typed = bool(nu.noteTextEdit.text())
        nu.noteTextEditError.setText(found.get("text", "") if typed else "")
        nu.saveButton.setEnabled(not found and self.form_state.ident is not None)
        return found

    @Slot()
    def add_note(self) -> bool:
        plan_id = self.form_state.ident
        if plan_id is None or self.validate_note():
            return False
        nu, operator = self.note_ui, self.ctx.operator()
        text, on = nu.noteTextEdit.text(), nu.noteDateEdit.text()
        self.perform(
            self.tr("Progress note"),
            lambda s: service.add_note(s, plan_id, text, operator, on=on).id,
            lambda note_id: lambda s: service.remove_note(s, note_id, operator),
            self.refresh,
            single=True,
        )
        return True
