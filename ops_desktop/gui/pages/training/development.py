"""Individual development plans (員工發展規劃): the list, the form (person, goals, target
position, rotation, review dates, status) validated as typed, and the progress notes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from ops_desktop.core import clock
from ops_desktop.core.models import DevelopmentPlan
from ops_desktop.core.services import development as service
from ops_desktop.core.services import freshness, positions, training
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.development import PlanInput, PlanRow
from ops_desktop.core.services.freshness import Seen
from ops_desktop.gui.forms.ui_training_development_form import Ui_TrainingDevelopmentForm
from ops_desktop.gui.forms.ui_training_note_form import Ui_TrainingNoteForm
from ops_desktop.gui.lists import (
    ListBox,
    PagePart,
    fill_combo,
    scrolling,
    set_combo,
    show_problems,
    text_of,
)
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


class DevelopmentPanel(PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self._editing: int | None = None
        self._seen: Seen | None = None  # the plan as the form loaded it
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
        self.show_closed = QCheckBox(self.tr("Show achieved and closed"), self)
        self.show_closed.toggled.connect(lambda: self.reload())
        self.form = QWidget(self)
        self.ui = Ui_TrainingDevelopmentForm()
        self.ui.setupUi(self.form)
        ui = self.ui
        for code, text in status.items():
            ui.statusCombo.addItem(text, code)
        for edit in (ui.startDateEdit, ui.nextReviewEdit):
            edit.setPlaceholderText("YYYY-MM-DD")
            edit.textEdited.connect(self.validate)
        ui.rotationEdit.textEdited.connect(self.validate)
        ui.goalsEdit.textChanged.connect(self.validate)
        for combo in (ui.staffCombo, ui.targetCombo, ui.statusCombo):
            combo.activated.connect(self.validate)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(lambda: self.show_plan(self.list.current_row()))
        self.notes = ListBox(
            [
                Column(self.tr("Date"), lambda r: r.written_on),
                Column(self.tr("Note"), lambda r: r.text),
            ],
            self,
            search=False,
        )
        self.notes.fit_columns([14])
        self.note_box = QGroupBox(self.tr("Progress notes"), self)
        self.note_ui = Ui_TrainingNoteForm()
        note_form = QWidget(self.note_box)
        self.note_ui.setupUi(note_form)
        self.note_ui.noteDateEdit.setPlaceholderText("YYYY-MM-DD")
        for edit in (self.note_ui.noteDateEdit, self.note_ui.noteTextEdit):
            edit.textEdited.connect(self.validate_note)
        self.note_ui.saveButton.clicked.connect(self.add_note)
        self.note_ui.revertButton.clicked.connect(self._clear_note)
        note_layout = QVBoxLayout(self.note_box)
        note_layout.addWidget(self.notes)
        note_layout.addWidget(note_form)
        self.list.current_changed.connect(self.show_plan)

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
        return {
            "active": self.tr("Active"),
            "achieved": self.tr("Achieved"),
            "closed": self.tr("Closed"),
        }

    def activate(self) -> None:
        self.reload()

    @Slot()
    def refresh(self) -> None:
        self.reload(self.list.current_id() or self._editing)

    def reload(self, select_id: int | None = None) -> None:
        include_closed = self.show_closed.isChecked()
        keep = select_id if select_id is not None else self.list.current_id()

        def work(progress: Any) -> list[PlanRow]:
            with self.ctx.transaction() as session:
                return service.rows(session, include_closed=include_closed)

        def done(rows: list[PlanRow]) -> None:
            self.list.set_rows(rows, keep)
            self.say(self.tr("%n development plan(s)", "", len(rows)))

        self.ctx.tasks.run(work, done, on_error=self.error)

    # -- the plan form -------------------------------------------------------------------------
    def _fill_choices(self, data: PlanInput, name: str) -> None:
        with self.ctx.transaction() as session:
            people = [(f"{r.staff_no} {r.name}", r.id) for r in staff_service.rows(session)]
            targets = [(p.name, p.id) for p in positions.all_positions(session)]
        if data.staff_id is not None and data.staff_id not in {i for _, i in people}:
            people.append((name, data.staff_id))  # a person who has left keeps their plan
        fill_combo(self.ui.staffCombo, people, self.tr("(choose)"))
        fill_combo(self.ui.targetCombo, targets, self.tr("(none)"))

    @Slot(object)
    def show_plan(self, row: PlanRow | None) -> None:
        self._editing = row.id if row else None
        self._seen = None
        if row is None:
            data = PlanInput(None, "", start_date=clock.today())
        else:
            with self.ctx.transaction() as session:
                self._seen = freshness.read(session, DevelopmentPlan, row.id)
                data = service.input_of(session, row.id)
        self._fill_choices(data, f"{row.staff_no} {row.name}" if row else "")
        ui = self.ui
        set_combo(ui.staffCombo, data.staff_id)
        set_combo(ui.targetCombo, data.target_position_id)
        set_combo(ui.statusCombo, data.status)
        ui.goalsEdit.setPlainText(data.goals)
        ui.rotationEdit.setText(data.rotation)
        ui.startDateEdit.setText(text_of(data.start_date))
        ui.nextReviewEdit.setText(text_of(data.next_review))
        self.validate()
        self._show_notes()

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

    @Slot()
    def validate(self) -> dict[str, str]:
        with self.ctx.transaction() as session:
            found = service.problems(session, self.form_input(), self._editing)
        show_problems(self.ui, FIELDS, found)
        self.ui.saveButton.setEnabled(not found)
        return found

    def new_plan(self) -> None:
        self.list.clear_selection()
        self.ui.staffCombo.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self._editing is None and bool(self.ui.goalsEdit.toPlainText().strip())

    @Slot()
    def save(self) -> bool:
        if self.validate():
            return False
        data, operator, editing = self.form_input(), self.ctx.operator(), self._editing
        name, seen = self.ui.staffCombo.currentText(), self._seen
        if editing is None:
            plan_id = self.perform(
                self.tr("Development plan of %1").replace("%1", name),
                lambda s: service.create(s, data, operator).id,
                lambda new_id: lambda s: service.remove_new(s, new_id, operator),
                self.refresh,
            )
            if plan_id is not None:
                self.reload(plan_id)
            return plan_id is not None
        with self.ctx.transaction() as session:
            before = service.input_of(session, editing)
        done = self.perform(
            self.tr("Edit the plan of %1").replace("%1", name),
            lambda s: service.update(s, editing, data, operator).id,
            lambda _: lambda s: service.update(s, editing, before, operator),
            self.refresh,
            seen,
        )
        return done is not None

    def close_plan(self) -> bool:
        """Close the selected plan (it stays, with its notes, among the closed ones)."""
        row = self.list.current_row()
        if row is None or row.status == "closed":
            return False
        from . import confirm  # the package's name, so that tests can answer for the user

        if not confirm(self, self.tr("Close the development plan of %1?").replace("%1", row.name)):
            return False
        operator, previous = self.ctx.operator(), row.status
        self.perform(
            self.tr("Close the plan of %1").replace("%1", row.name),
            lambda s: training.set_plan_status(s, row.id, "closed", operator).id,
            lambda _: lambda s: training.set_plan_status(s, row.id, previous, operator),
            self.refresh,
        )
        return True

    # -- progress notes ------------------------------------------------------------------------
    def _show_notes(self) -> None:
        rows = []
        if self._editing is not None:
            with self.ctx.transaction() as session:
                rows = service.notes(session, self._editing)
        self.notes.set_rows(rows)
        self.note_box.setEnabled(self._editing is not None)
        self._clear_note()

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
        nu.saveButton.setEnabled(not found and self._editing is not None)
        return found

    @Slot()
    def add_note(self) -> bool:
        plan_id = self._editing
        if plan_id is None or self.validate_note():
            return False
        nu, operator = self.note_ui, self.ctx.operator()
        text, on = nu.noteTextEdit.text(), nu.noteDateEdit.text()
        done = self.perform(
            self.tr("Progress note"),
            lambda s: training.add_progress_note(s, plan_id, text, operator, on=on).id,
            lambda note_id: lambda s: service.remove_note(s, note_id, operator),
            self.refresh,
        )
        return done is not None
