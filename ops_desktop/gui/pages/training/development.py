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
from ops_desktop.core.services import freshness, positions
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.development import NoteRow, PlanInput, PlanRow
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


@dataclass(frozen=True)
class _Shown:
    """What the form shows of one plan (``ident`` None: a new one), with its choices."""

    ident: int | None
    seen: Seen | None
    data: PlanInput
    people: list[tuple[str, int]]
    targets: list[tuple[str, int]]
    notes: list[NoteRow]


class DevelopmentPanel(PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self._editing: int | None = None
        self._seen: Seen | None = None  # the plan as the form loaded it
        self._loading = 0  # the latest reload asked for: an older one arriving is dropped
        self._showing = 0  # the latest plan asked for: an older one arriving is dropped
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
        """Load the plans off the GUI thread, then select ``select_id`` (or keep the current)."""
        include_closed = self.show_closed.isChecked()
        keep = select_id if select_id is not None else self.list.current_id()
        self._loading += 1
        asked = self._loading

        def done(rows: list[PlanRow]) -> None:
            if asked != self._loading:
                return  # a newer reload is on its way
            self.list.set_rows(rows, keep)
            self.say(self.tr("%n development plan(s)", "", len(rows)))

        self.ctx.read(
            lambda s: service.rows(s, include_closed=include_closed), done, on_error=self.error
        )

    # -- the plan form -------------------------------------------------------------------------
    @Slot(object)
    def show_plan(self, row: PlanRow | None) -> None:
        """Show ``row`` in the form, with its progress notes (None: an empty form for a new
        plan); what it offers to choose from is loaded with it."""
        self._showing += 1
        asked = self._showing
        ident = None if row is None else row.id
        name = f"{row.staff_no} {row.name}" if row else ""
        empty = PlanInput(None, "", start_date=clock.today())

        def fetch(session: Session) -> _Shown:
            people = [(f"{r.staff_no} {r.name}", r.id) for r in staff_service.rows(session)]
            targets = [(p.name, p.id) for p in positions.all_positions(session)]
            if ident is None:
                return _Shown(None, None, empty, people, targets, [])
            seen = freshness.read(session, DevelopmentPlan, ident)  # before the values
            data = service.input_of(session, ident)
            return _Shown(ident, seen, data, people, targets, service.notes(session, ident))

        def fetched(shown: _Shown) -> None:
            if asked == self._showing:  # not replaced by another choice meanwhile
                self._show(shown, name)

        self.ctx.read(fetch, fetched, on_error=self.error)

    def _show(self, shown: _Shown, name: str) -> None:
        self._editing, self._seen = shown.ident, shown.seen
        data, people = shown.data, shown.people
        if data.staff_id is not None and data.staff_id not in {i for _, i in people}:
            people = [*people, (name, data.staff_id)]  # a person who has left keeps their plan
        ui = self.ui
        fill_combo(ui.staffCombo, people, self.tr("(choose)"))
        fill_combo(ui.targetCombo, shown.targets, self.tr("(none)"))
        set_combo(ui.staffCombo, data.staff_id)
        set_combo(ui.targetCombo, data.target_position_id)
        set_combo(ui.statusCombo, data.status)
        ui.goalsEdit.setPlainText(data.goals)
        ui.rotationEdit.setText(data.rotation)
        ui.startDateEdit.setText(text_of(data.start_date))
        ui.nextReviewEdit.setText(text_of(data.next_review))
        self.validate()
        self.notes.set_rows(shown.notes)
        self.note_box.setEnabled(self._editing is not None)
        self._clear_note()

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
    def validate(self) -> None:
        """Check the form as it is typed (on the worker); show the problems beside the fields
        — unless the form has changed again meanwhile: a newer check is on its way."""
        data, editing = self.form_input(), self._editing

        def checked(found: dict[str, str]) -> None:
            if self.form_input() == data and self._editing == editing:
                self._show_checks(found)

        self.ctx.read(lambda s: service.problems(s, data, editing), checked, on_error=self.error)

    def _show_checks(self, found: dict[str, str]) -> None:
        show_problems(self.ui, FIELDS, found)
        self.ui.saveButton.setEnabled(not found)

    def new_plan(self) -> None:
        self.list.clear_selection()
        self.ui.staffCombo.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self._editing is None and bool(self.ui.goalsEdit.toPlainText().strip())

    @Slot()
    def save(self) -> bool:
        """Check the form's values, then store them; when something is wrong, say what beside
        the field instead. The outcome follows on the GUI thread."""
        data, editing, seen = self.form_input(), self._editing, self._seen
        name = self.ui.staffCombo.currentText()

        def checked(found: dict[str, str]) -> None:
            if self.form_input() == data and self._editing == editing:
                self._show_checks(found)
            if not found:
                self._store(data, editing, seen, name)

        self.ctx.read(lambda s: service.problems(s, data, editing), checked, on_error=self.error)
        return True

    def _store(self, data: PlanInput, editing: int | None, seen: Seen | None, name: str) -> None:
        operator = self.ctx.operator()
        if editing is None:
            self.perform(
                self.tr("Development plan of %1").replace("%1", name),
                lambda s: service.create(s, data, operator),
                lambda new_id: lambda s: service.remove_new(s, new_id, operator),
                self.refresh,
                done=self.reload,  # the new plan, selected
            )
            return

        def update(session: Session) -> PlanInput:
            before = service.input_of(session, editing)
            service.update(session, editing, data, operator)
            return before

        self.perform(
            self.tr("Edit the plan of %1").replace("%1", name),
            update,
            lambda before: lambda s: service.update(s, editing, before, operator),
            self.refresh,
            seen,
        )

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
        nu.saveButton.setEnabled(not found and self._editing is not None)
        return found

    @Slot()
    def add_note(self) -> bool:
        plan_id = self._editing
        if plan_id is None or self.validate_note():
            return False
        nu, operator = self.note_ui, self.ctx.operator()
        text, on = nu.noteTextEdit.text(), nu.noteDateEdit.text()
        self.perform(
            self.tr("Progress note"),
            lambda s: service.add_note(s, plan_id, text, operator, on=on).id,
            lambda note_id: lambda s: service.remove_note(s, note_id, operator),
            self.refresh,
        )
        return True
