"""The sessions of the selected course, and for the selected session each person's attendance
and result (state, score, passed; recorded in attendance), all undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ops_desktop.core.services import training_sessions as service
from ops_desktop.core.services.training_sessions import SessionInput, SessionRow
from ops_desktop.gui import words
from ops_desktop.gui.forms.ui_training_attendance_form import Ui_TrainingAttendanceForm
from ops_desktop.gui.forms.ui_training_session_form import Ui_TrainingSessionForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.lists import (
    ListBox,
    PagePart,
    check_as_typed,
    show_problems,
    text_of,
)
from ops_desktop.gui.person_picker import person_picker
from ops_desktop.gui.table import Column

from .attendance import AttendanceMixin

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ops_desktop.gui.pages.base import Page

SESSION_FIELDS = {
    "held_on": "heldOnEditError",
    "location": "locationEditError",
    "hours": "hoursEditError",
}


class SessionsView(AttendanceMixin, PagePart):
    def __init__(
        self, page: Page, refresh: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(page, parent)
        self.refresh = refresh
        self.course_id: int | None = None
        self._asked = 0  # the latest course's sessions asked for: an older list is dropped
        self._people_asked = 0  # the same for the attendance of the latest session
        self._wanted_session: int | None = None  # a session just added, selected once listed
        self._wanted_person: tuple[int, int] | None = None  # (session, person) just recorded
        self.states = words.table(words.ATTENDANCE)
        passed = {True: self.tr("Passed"), False: self.tr("Not passed")}
        self.sessions = ListBox(
            [
                Column(self.tr("Date"), lambda r: r.held_on),
                Column(self.tr("Location"), lambda r: r.location),
                Column(self.tr("Hours"), lambda r: r.hours, align_right=True),
                Column(self.tr("On the list"), lambda r: r.registered, align_right=True),
                Column(self.tr("Attended"), lambda r: r.attended, align_right=True),
            ],
            self,
            search=False,
        )
        self.sessions.fit_columns([14, 16, 9, 12])
        self.sessions.set_empty(
            self.tr("No sessions of this course yet."), [(self.tr("New session"), self.new_session)]
        )
        self.people = ListBox(
            [
                Column(self.tr("Staff no."), lambda r: r.staff_no),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Attendance"), lambda r: self.states.get(r.state, r.state)),
                Column(self.tr("Score"), lambda r: r.score, align_right=True),
                Column(self.tr("Result"), lambda r: passed.get(r.passed, "")),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
            id_of=lambda r: r.staff_id,
        )
        self.people.search.setPlaceholderText(self.tr("Search attendees…"))
        self.people.fit_columns([12, 10, 12, 8, 12])
        self.people.set_empty(
            self.tr("Nobody is on this session's list yet: register people below.")
        )
        self.session_box = QGroupBox(self.tr("Session"), self)
        self.session_ui = Ui_TrainingSessionForm()
        self.session_ui.setupUi(self.session_box)
        self.attendance_box = QGroupBox(self.tr("Attendance and result"), self)
        self.ui = Ui_TrainingAttendanceForm()
        self.ui.setupUi(self.attendance_box)
        person_picker(self.ui.personCombo)
        su, ui = self.session_ui, self.ui
        for edit in (su.heldOnEdit, su.locationEdit, su.hoursEdit):
            edit.textEdited.connect(self.validate_session)
        su.saveButton.clicked.connect(self.save_session)
        enter_clicks(self.session_box, su.saveButton)
        su.revertButton.clicked.connect(lambda: self._show_session(self.sessions.current_row()))
        su.newSessionButton.clicked.connect(self.new_session)
        for code, text in self.states.items():
            ui.stateCombo.addItem(text, code)
        for text, value in ((self.tr("—"), None), (passed[True], True), (passed[False], False)):
            ui.passedCombo.addItem(text, value)
        ui.scoreEdit.setPlaceholderText("0–100")
        ui.scoreEdit.textEdited.connect(self.validate)
        ui.personCombo.activated.connect(self.validate)
        ui.stateCombo.activated.connect(self.validate)
        ui.saveButton.clicked.connect(self.record)
        enter_clicks(self.attendance_box, ui.saveButton)
        ui.revertButton.clicked.connect(lambda: self._show_person(self.people.current_row()))
        ui.removeButton.clicked.connect(self.remove)
        self.sessions.current_changed.connect(self._show_session)
        self.people.current_changed.connect(self._show_person)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.session_box)
        # The attendance of the selected session: a tab of its own beside this one.
        self.attendance = QWidget()
        self.attendance_title = QLabel(self.attendance)
        self.attendance_title.setWordWrap(True)
        attendance_layout = QVBoxLayout(self.attendance)
        attendance_layout.addWidget(self.attendance_title)
        attendance_layout.addWidget(self.people, 1)
        attendance_layout.addWidget(self.attendance_box)

    # -- sessions ------------------------------------------------------------------------------
    def show_course(self, course_id: int | None, keep_session: int | None = None) -> None:
        """List the sessions of ``course_id`` (loaded off the GUI thread), selecting
        ``keep_session`` or else the latest."""
        self._asked += 1
        asked = self._asked
        if course_id is None:
            self._list_sessions(None, [], keep_session)
            return

        def listed(rows: list[SessionRow]) -> None:
            if asked == self._asked:  # not replaced by another course meanwhile
                self._list_sessions(course_id, rows, keep_session)

        self.ctx.read(lambda s: service.rows(s, course_id), listed, on_error=self.error)

    def _list_sessions(
        self, course_id: int | None, rows: list[SessionRow], keep_session: int | None
    ) -> None:
        self.course_id = course_id
        self.setEnabled(course_id is not None)
        wanted, self._wanted_session = self._wanted_session, None
        keep = wanted if wanted is not None else keep_session
        self.sessions.set_rows(rows, keep)
        if self.sessions.current_row() is None and rows and keep is None:
            self.sessions.select_id(rows[-1].id)  # the latest session

    @Slot(object)
    def _show_session(self, row: SessionRow | None) -> None:
        su = self.session_ui
        su.heldOnEdit.setText(text_of(row.held_on) if row else "")
        su.locationEdit.setText(row.location if row else "")
        su.hoursEdit.setText(text_of(row.hours) if row else "")
        su.saveButton.setText(self.tr("Save") if row else self.tr("Add session"))
        self.validate_session()
        self._fill_people(row)

    @Slot()
    def new_session(self) -> None:
        self.sessions.clear_selection()
        self.session_ui.heldOnEdit.setFocus()

    def session_input(self) -> SessionInput:
        """The session form's values, for the selected course."""
        su = self.session_ui
        return SessionInput(
            self.course_id,
            su.heldOnEdit.text(),
            su.locationEdit.text(),
            su.hoursEdit.text().strip(),
        )

    @Slot()
    def validate_session(self) -> None:
        """Check the session form as it is typed (on the database worker)."""
        row = self.sessions.current_row()
        ident = None if row is None else row.id
        check_as_typed(
            self.ctx,
            self.session_input,
            lambda s, data: service.problems(s, data, ident),
            self._session_checked,
            self.error,
        )

    def _session_checked(self, found: dict[str, str]) -> None:
        su = self.session_ui
        show_problems(su, SESSION_FIELDS, found)
        su.saveButton.setEnabled(not found and self.course_id is not None)

    @Slot()
    def save_session(self) -> bool:
        """Check the form's values on the worker, then add or change the session as one undo
        step; when something is wrong, say what beside the field instead."""
        if self.course_id is None:
            return False
        data, row = self.session_input(), self.sessions.current_row()

        def checked(found: dict[str, str]) -> None:
            if self.session_input() == data:  # still the form's values: tell beside them
                self._session_checked(found)
            if found:
                if self.session_input() != data:
                    self.error("\n".join(found.values()))
                return
            self._store_session(data, row)

        ident = None if row is None else row.id
        self.ctx.read(lambda s: service.problems(s, data, ident), checked, on_error=self.error)
        return True

    def _store_session(self, data: SessionInput, row: SessionRow | None) -> None:
        operator, day = self.ctx.operator(), str(data.held_on or "").strip()
        if row is None:

            def added(ident: int) -> None:
                if not self.sessions.select_id(ident):
                    self._wanted_session = ident  # its course's list is still on its way

            self.perform(
                self.tr("Add a session on %1").replace("%1", day),
                lambda s: service.create(s, data, operator),
                lambda ident: lambda s: service.remove_new(s, ident, operator),
                self.refresh,
                done=added,
                single=True,
            )
            return

        def edit(s: Session) -> SessionInput:
            before = service.input_of(s, row.id)  # what undo puts back
            service.update(s, row.id, data, operator)
            return before

        self.perform(
            self.tr("Edit the session of %1").replace("%1", day),
            edit,
            lambda before: lambda s: service.update(s, row.id, before, operator),
            self.refresh,
            row.seen,
        )
