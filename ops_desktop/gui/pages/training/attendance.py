"""Each person's attendance and result for the selected session (state, score, passed, note),
recorded with training_sessions.record_attendance (checked on the database worker as it is
typed); undo restores the previous line or takes the person off."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Slot
from sqlalchemy.orm import Session

from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services import training_sessions as service
from ops_desktop.core.services.training_sessions import AttendanceInput, AttendanceRow, SessionRow
from ops_desktop.gui.lists import check_as_typed, fill_combo, set_combo, show_problems, text_of

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGroupBox, QLabel

    from ops_desktop.gui.forms.ui_training_attendance_form import Ui_TrainingAttendanceForm
    from ops_desktop.gui.lists import ListBox, PagePart

    _Base = PagePart
else:
    _Base = object

ATTENDANCE_FIELDS = {
    "staff": "personComboError",
    "state": "stateComboError",
    "score": "scoreEditError",
}


class AttendanceMixin(_Base):
    """Mixed into the sessions view, which provides the lists and the attendance form."""

    if TYPE_CHECKING:
        ui: Ui_TrainingAttendanceForm
        sessions: ListBox
        people: ListBox
        attendance_box: QGroupBox
        attendance_title: QLabel
        refresh: Callable[[], None]
        _people_asked: int  # the latest session's attendance asked for
        _wanted_person: tuple[int, int] | None  # (session, person) to select once listed

    # -- attendance ----------------------------------------------------------------------------
    def _fill_people(self, row: SessionRow | None) -> None:
        """Load the attendance of session ``row`` and the people to choose from (off the GUI
        thread), then show them."""
        self._people_asked += 1
        asked = self._people_asked
        session_id = None if row is None else row.id

        def load(session: Session) -> tuple[list[AttendanceRow], list[tuple[str, int]]]:
            rows = [] if session_id is None else service.attendance_rows(session, session_id)
            people = [(f"{p.staff_no} {p.name}", p.id) for p in staff_service.rows(session)]
            return rows, people

        def loaded(found: tuple[list[AttendanceRow], list[tuple[str, int]]]) -> None:
            if asked == self._people_asked:  # not replaced by another session meanwhile
                self._list_people(row, *found)

        self.ctx.read(load, loaded, on_error=self.error)

    def _list_people(
        self, row: SessionRow | None, rows: list[AttendanceRow], people: list[tuple[str, int]]
    ) -> None:
        offered = {ident for _, ident in people}  # departed attendees stay choosable
        people += [
            (f"{r.staff_no} {r.name}", r.staff_id) for r in rows if r.staff_id not in offered
        ]
        fill_combo(
            self.ui.personCombo, people, QCoreApplication.translate("SessionsView", "(choose)")
        )
        self.attendance_box.setEnabled(row is not None)
        self.attendance_title.setText(
            QCoreApplication.translate("SessionsView", "Choose a session on the Sessions tab.")
            if row is None
            else QCoreApplication.translate("SessionsView", "<b>Session of %1</b> %2")
            .replace("%1", row.held_on.isoformat())
            .replace("%2", escape(row.location))
        )
        wanted, self._wanted_person = self._wanted_person, None
        keep = wanted[1] if wanted is not None and row is not None and wanted[0] == row.id else None
        self.people.set_rows(rows, keep)
        if self.people.current_row() is None:
            self._show_person(None)

    @Slot(object)
    def _show_person(self, row: AttendanceRow | None) -> None:
        ui = self.ui
        set_combo(ui.personCombo, row.staff_id if row else None)
        set_combo(ui.stateCombo, row.state if row else "attended")
        ui.scoreEdit.setText(text_of(row.score) if row else "")
        set_combo(ui.passedCombo, row.passed if row else None)
        ui.noteEdit.setText(row.note if row else "")
        ui.removeButton.setEnabled(row is not None)
        self.validate()

    def attendance_input(self) -> AttendanceInput | None:
        """The attendance form's values for the selected session (None: no session)."""
        meeting, ui = self.sessions.current_row(), self.ui
        if meeting is None:
            return None
        return AttendanceInput(
            meeting.id,
            ui.personCombo.currentData(),
            ui.stateCombo.currentData(),
            ui.scoreEdit.text().strip(),
            ui.passedCombo.currentData(),
            ui.noteEdit.text(),
        )

    @Slot()
    def validate(self) -> None:
        """Check the attendance form as it is typed (on the database worker)."""
        if self.attendance_input() is None:
            self._attendance_checked({})
            return
        check_as_typed(
            self.ctx,
            self.attendance_input,
            service.attendance_problems,
            self._attendance_checked,
            self.error,
        )

    def _attendance_checked(self, found: dict[str, str]) -> None:
        ui = self.ui
        show_problems(ui, ATTENDANCE_FIELDS, found)
        ui.saveButton.setEnabled(not found and self.sessions.current_row() is not None)

    def _restore(self, data: AttendanceInput, before: AttendanceInput | None, operator: str) -> Any:
        """The undo of a change of one line of the list: ``before`` put back (None: the
        person taken off)."""

        def undo(s: Session) -> None:
            if before is None:
                service.remove_attendance(s, data.session_id, cast(int, data.staff_id), operator)
            else:
                service.record_attendance(s, before, operator)

        return undo

    @Slot()
    def record(self) -> bool:
        """Check the form on the worker, then register the person or change their line as one
        undo step; when something is wrong, say what beside the field instead."""
        data = self.attendance_input()
        if data is None:
            return False
        name = self.ui.personCombo.currentText()

        def checked(found: dict[str, str]) -> None:
            if self.attendance_input() == data:  # still the form's values: tell beside them
                self._attendance_checked(found)
            elif found:
                self.error("\n".join(found.values()))
            if not found:
                self._store(data, name)

        self.ctx.read(lambda s: service.attendance_problems(s, data), checked, on_error=self.error)
        return True

    def _store(self, data: AttendanceInput, name: str) -> None:
        operator, staff_id = self.ctx.operator(), cast(int, data.staff_id)

        def do(s: Session) -> AttendanceInput | None:
            before = service.attendance_input(s, data.session_id, staff_id)  # what undo puts back
            service.record_attendance(s, data, operator)
            return before

        def recorded(_before: AttendanceInput | None) -> None:
            if self.sessions.current_id() != data.session_id or not self.people.select_id(staff_id):
                self._wanted_person = (data.session_id, staff_id)  # its list is on its way

        self.perform(
            QCoreApplication.translate("SessionsView", "Attendance of %1").replace("%1", name),
            do,
            lambda before: self._restore(data, before, operator),
            self.refresh,
            done=recorded,
        )

    @Slot()
    def remove(self) -> bool:
        meeting, row = self.sessions.current_row(), self.people.current_row()
        if meeting is None or row is None:
            return False

        question = QCoreApplication.translate(
            "SessionsView", "Take %1 off this session's list?"
        ).replace("%1", row.name)
        if not self.ctx.dialogs.confirm(self, question):
            return False
        operator, staff_id = self.ctx.operator(), row.staff_id

        def do(s: Session) -> AttendanceInput | None:
            before = service.attendance_input(s, meeting.id, staff_id)  # what undo puts back
            service.remove_attendance(s, meeting.id, staff_id, operator)
            return before

        self.perform(
            QCoreApplication.translate("SessionsView", "Take %1 off the list").replace(
                "%1", row.name
            ),
            do,
            lambda before: self._restore(AttendanceInput(meeting.id, staff_id), before, operator),
            self.refresh,
        )
        return True
