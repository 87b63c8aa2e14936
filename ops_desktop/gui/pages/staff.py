"""Staff (員工): the list, the form with validation as you type, each person's history, and
the roster (員工名冊) for HR."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, results
from ops_desktop.core.models import Staff
from ops_desktop.core.services import positions, staff_chain, training
from ops_desktop.core.services import staff as service
from ops_desktop.core.services.staff import StaffInput, StaffRow
from ops_desktop.gui import exporting, hr_exports, words
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.departure import ask_leave_date
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.forms.ui_staff_form import Ui_StaffForm
from ops_desktop.gui.lists import text_of
from ops_desktop.gui.person_picker import person_picker, person_text
from ops_desktop.gui.record_form import Binding
from ops_desktop.gui.table import ChoiceModel, Column, RowTableModel
from ops_desktop.gui.undo import perform

from .record_page import RecordPage

FIELDS = {  # DomainError.field → the error label beside that field in the form
    "staff_no": "staffNoEditError",
    "name": "nameEditError",
    "supervisor": "supervisorComboError",
    "position": "positionComboError",
    "hire_date": "hireDateEditError",
    "status": "statusComboError",
    "phone": "phoneEditError",
    "email": "emailEditError",
    "base_bonus": "baseBonusEditError",
    "notes": "notesEditError",
}


@dataclass(frozen=True)
class StaffRecord:
    """What the form shows of one person."""

    values: StaffInput
    supervisor: str  # "staff no. name" of the supervisor (may have departed)


class StaffPage(RecordPage):
    key = "staff"
    problem_labels = FIELDS
    binding = Binding.of(Staff, service)
    # what the form shows beside its fields (set before the first record is shown)
    _stored_status: str | None = None  # the shown person's status as stored
    _departed_on: dt.date | None = None  # their leave date, stored or just asked for
    _bosses: list[tuple[str, int]] = []  # "staff no. name" and id of the people not departed
    _lines: dict[int, int | None] = {}  # everyone's supervisor (staff_chain.reporting_lines)
    _next_no = ""  # the staff number a new person is offered

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.export_button = QPushButton(self.tr("Export roster…"), self)
        self.export_button.clicked.connect(self.export)
        self.list_bar.addWidget(self.export_button)

    def show_all_label(self) -> str:
        return self.tr("Show departed")

    def title(self) -> str:
        return self.tr("Staff")

    def empty_text(self) -> str:
        return self.tr("No staff yet. Add each person here: their staff number, name and position.")

    def empty_step(self) -> str:
        return self.tr("Add a person")

    def statuses(self) -> dict[str, str]:
        return words.table(words.STAFF_STATUS)

    def columns(self) -> list[Column]:
        status = self.statuses()
        return [
            Column(self.tr("Staff no."), lambda r: r.staff_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Position"), lambda r: r.position),
            Column(self.tr("Supervisor"), lambda r: r.supervisor),
            Column(self.tr("Hire date"), lambda r: r.hire_date),
            Column(self.tr("Status"), lambda r: status.get(r.status, r.status)),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("E-mail"), lambda r: r.email),
        ]

    def load_rows(self, session: Session, show_all: bool) -> list[StaffRow]:
        return service.rows(session, include_departed=show_all)

    def row_muted(self, row: StaffRow) -> bool:
        return row.status == "departed"

    # -- editor -----------------------------------------------------------------------------
    def build_editor(self) -> QWidget:
        tabs = QTabWidget(self)
        self.form_widget = QWidget(tabs)
        self.ui = Ui_StaffForm()
        self.ui.setupUi(self.form_widget)
        self.ui.staffNoEdit.setMaxLength(40)
        self.ui.baseBonusEdit.setPlaceholderText("0.00")
        for code, text in self.statuses().items():
            self.ui.statusCombo.addItem(text, code)
        for combo in (self.ui.positionCombo, self.ui.supervisorCombo):
            combo.setModel(ChoiceModel(combo))
        person_picker(self.ui.supervisorCombo)
        tabs.addTab(self.form_widget, self.tr("Details"))
        history = QWidget(tabs)
        layout = QVBoxLayout(history)
        self.departure_label = QLabel(history)  # 離職 2026-11-30, for a person who has left
        self.departure_label.hide()
        layout.addWidget(self.departure_label)
        self.appraisal_model = RowTableModel(
            [
                Column(self.tr("Period"), lambda r: r[0]),
                Column(self.tr("Total"), lambda r: r[1]),
                Column(self.tr("Grade"), lambda r: r[2]),
                Column(self.tr("Rank"), lambda r: r[3]),
            ],
            self,
        )
        self.training_model = RowTableModel(
            [
                Column(self.tr("Date"), lambda r: r[0]),
                Column(self.tr("Course"), lambda r: r[1]),
                Column(self.tr("Attendance"), lambda r: words.word(words.ATTENDANCE, r[2])),
                Column(self.tr("Score"), lambda r: r[3]),
            ],
            self,
        )
        self.acks_model = RowTableModel(
            [
                Column(self.tr("Regulation version"), lambda r: r[0]),
                Column(self.tr("Acknowledged on"), lambda r: r[1]),
            ],
            self,
        )
        for label, model, empty in (
            (
                self.tr("Appraisals"),
                self.appraisal_model,
                self.tr("No appraisal results for this person yet."),
            ),
            (
                self.tr("Training"),
                self.training_model,
                self.tr("No training recorded for this person yet."),
            ),
            (
                self.tr("Regulation acknowledged"),
                self.acks_model,
                self.tr("This person has not acknowledged any version of the regulation yet."),
            ),
        ):
            layout.addWidget(QLabel(label))
            view = QTableView(history)
            view.setModel(model)
            EmptyState.attach(view, empty)
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            layout.addWidget(view)
        tabs.addTab(history, self.tr("History"))
        return tabs

    def load_choices(self, session: Session, rows: list[StaffRow]) -> tuple:
        """The positions; the possible supervisors: the people not departed (from the rows
        just loaded when they are all there) and who reports to whom, so that a selection
        never queries them; and the staff number a new person is offered."""
        # the departed among them (Show departed) are left out in choices_loaded
        return (
            [(p.name, p.id) for p in positions.all_positions(session)],
            rows,
            staff_chain.reporting_lines(session),
            service.next_staff_no(session),
        )

    def choices_loaded(self, choices: tuple) -> None:
        pos, people, self._lines, self._next_no = choices
        self._bosses = [
            (person_text(r.staff_no, r.name), r.id) for r in people if r.status != "departed"
        ]
        self._offer(self.ui.positionCombo, pos, self.ui.positionCombo.currentData())
        self._offer_supervisors(self.form.ident, self.ui.supervisorCombo.currentData(), "")

    def _offer(self, combo, items: list[tuple[str, int]], current) -> None:
        combo.blockSignals(True)
        model = combo.model()
        assert isinstance(model, ChoiceModel)
        model.set_items([(self.tr("(none)"), None), *items])
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _offer_supervisors(self, ident: int | None, current, current_text: str) -> None:
        """The supervisors ``ident`` may have: neither the person nor anyone below them
        (``staff_chain.below``); the stored one stays shown even if they have left since."""
        excluded = staff_chain.below(self._lines, ident)
        items = [item for item in self._bosses if item[1] not in excluded]
        if current is not None and current_text and current not in {i for _t, i in items}:
            items.append((current_text, current))
        self._offer(self.ui.supervisorCombo, items, current)

    def form_input(self) -> StaffInput:
        ui = self.ui
        return StaffInput(
            staff_no=ui.staffNoEdit.text(),
            name=ui.nameEdit.text(),
            position_id=ui.positionCombo.currentData(),
            supervisor_id=ui.supervisorCombo.currentData(),
            hire_date=ui.hireDateEdit.text(),
            status=ui.statusCombo.currentData(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            base_bonus=ui.baseBonusEdit.text() or None,
            # asked when the secretary saves a departure (complete_save); kept otherwise
            departed_on=self._departed_on if ui.statusCombo.currentData() == "departed" else None,
        )

    def complete_save(self, data: StaffInput) -> StaffInput | None:
        """A departure asks for the leave date before it is stored (None: cancelled)."""
        if data.status != "departed" or self._stored_status == "departed":
            return data
        day = ask_leave_date(self.ctx, self, data.name)
        if day is None:
            return None
        self._departed_on = day
        return replace(data, departed_on=day)

    def fetch_record(self, session: Session, row: StaffRow) -> StaffRecord:
        person = service.get(session, row.id)
        boss = person.supervisor
        return StaffRecord(
            service.input_of(session, row.id),
            f"{boss.staff_no} {boss.name}" if boss is not None else "",
        )

    def undo_text(self, data: StaffInput, new: bool) -> str:
        return (self.tr("New staff %1") if new else self.tr("Edit %1")).replace("%1", data.name)

    def show_record(self, record: StaffRecord | None) -> None:
        ui = self.ui
        self._stored_status = None if record is None else record.values.status
        self._departed_on = None if record is None else _date(record.values.departed_on)
        departed = self._stored_status == "departed" and self._departed_on is not None
        self.departure_label.setVisible(departed)
        if departed:
            day = text_of(self._departed_on)
            self.departure_label.setText(self.tr("Departed %1").replace("%1", day))
        if record is None:
            self._offer_supervisors(None, None, "")
            for edit in (
                ui.staffNoEdit,
                ui.nameEdit,
                ui.hireDateEdit,
                ui.phoneEdit,
                ui.emailEdit,
                ui.baseBonusEdit,
            ):
                edit.clear()
            ui.notesEdit.clear()
            for combo in (ui.positionCombo, ui.supervisorCombo, ui.statusCombo):
                combo.setCurrentIndex(0)
            self.appraisal_model.set_rows([])
            self.training_model.set_rows([])
            self.acks_model.set_rows([])
            ui.staffNoEdit.setText(self._next_no)  # the next free number, offered
            return
        person = record.values
        ui.staffNoEdit.setText(person.staff_no)
        ui.nameEdit.setText(person.name)
        ui.hireDateEdit.setText(text_of(person.hire_date))
        ui.phoneEdit.setText(person.phone)
        ui.emailEdit.setText(person.email)
        ui.baseBonusEdit.setText(f"{person.base_bonus:.2f}")
        ui.notesEdit.setPlainText(person.notes)
        self._offer_supervisors(self.form.ident, person.supervisor_id, record.supervisor)
        for combo, value in (
            (ui.positionCombo, person.position_id),
            (ui.supervisorCombo, person.supervisor_id),
            (ui.statusCombo, person.status),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        if self.form.ident is not None:
            self._load_history(self.form.ident)

    def _load_history(self, staff_id: int) -> None:
        def work(session: Session) -> tuple[list[tuple], list[tuple], list[tuple]]:
            from ops_desktop.core.services import regulation_acks

            appraisals = []
            for period in periods.all_periods(session):
                if period.kind != "monthly":
                    continue
                person = next(
                    (
                        p
                        for p in results.compute(session, period.id).people
                        if p.staff_id == staff_id
                    ),
                    None,
                )
                if person is not None:
                    appraisals.append(
                        (periods.label(period), person.total, person.grade, person.rank)
                    )
            courses = [
                (s.held_on, c.title, a.state, a.score)
                for c, s, a in training.person_history(session, staff_id)
            ]
            return appraisals, courses, regulation_acks.acknowledged_versions(session, staff_id)

        def done(found: tuple[list[tuple], list[tuple], list[tuple]]) -> None:
            if self.form.ident == staff_id:
                self.appraisal_model.set_rows(found[0])
                self.training_model.set_rows(found[1])
                self.acks_model.set_rows(found[2])

        self.ctx.read(work, done, on_error=self.error)

    # -- actions ----------------------------------------------------------------------------
    def export(self) -> bool:
        """The roster of everyone, departed too (HR's list, whatever the page filters)."""
        return exporting.run(self, hr_exports.roster(self.ctx))

    def new_record(self) -> bool:
        if self.form.new():
            self.ui.staffNoEdit.setFocus()
        return True

    def delete_record(self) -> bool:
        row = self.current_row()
        if row is None or row.status == "departed":
            return False
        day = ask_leave_date(self.ctx, self, row.name)
        if day is None:
            return False
        operator = self.ctx.operator()

        def depart(session: Session) -> StaffInput:
            before = service.input_of(session, row.id)
            service.deactivate(session, row.id, operator, on=day)
            return before

        perform(
            self.undo_stack,
            self.ctx,
            self.tr("%1 departed").replace("%1", row.name),
            depart,
            lambda before: lambda s: _reactivate(s, row.id, before, operator),
            lambda: self.reload(select_id=row.id),
            self.error,
            # its undo puts back every field: not over a later change elsewhere
            guard=self.form.seen if self.form.ident == row.id else None,
        )
        return True


def _reactivate(session: Session, staff_id: int, before: StaffInput, operator: str) -> None:
    data = StaffInput(**{**asdict(before), "departed_on": None})
    service.update(session, staff_id, data, operator)


def _date(value: dt.date | str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else value or None
