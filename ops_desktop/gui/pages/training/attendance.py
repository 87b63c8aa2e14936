"""Each person's attendance and result for the selected session (state, score, passed, note),
recorded with record_attendance; undo restores the previous record or takes the person off."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot
from sqlalchemy.orm import Session

from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services import training
from ops_desktop.core.services import training_sessions as service
from ops_desktop.core.services.training_sessions import AttendanceRow, SessionRow
from ops_desktop.gui.lists import fill_combo, set_combo, show_problems, text_of

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

    @Slot()
    def validate(self) -> dict[str, str]:
        ui = self.ui
        found = service.attendance_problems(
            ui.personCombo.currentData(), ui.stateCombo.currentData(), ui.scoreEdit.text()
        )
        show_problems(ui, ATTENDANCE_FIELDS, found)
        ui.saveButton.setEnabled(not found and self.sessions.current_row() is not None)
        return found

    def _restore(
        self, session_id: int, staff_id: int, before: AttendanceRow | None, operator: str
    ) -> Any:
        """The undo of a change of one attendance: ``before`` put back (None: taken off)."""

        def undo(s: Session) -> None:
            if before is None:
                service.remove_attendance(s, session_id, staff_id, operator)
            else:
                training.record_attendance(
                    s,
                    session_id,
                    staff_id,
                    operator,
                    state=before.state,
                    score=before.score,
                    passed=before.passed,
                    note=before.note,
                )

        return undo

    @Slot()
    def record(self) -> bool:
        meeting = self.sessions.current_row()
        if self.validate() or meeting is None:
            return False
        ui, operator = self.ui, self.ctx.operator()
        staff_id, name = ui.personCombo.currentData(), ui.personCombo.currentText()
        state, score = ui.stateCombo.currentData(), ui.scoreEdit.text().strip() or None
        passed, note = ui.passedCombo.currentData(), ui.noteEdit.text()

        def do(s: Session) -> AttendanceRow | None:
            before = service.attendance_of(s, meeting.id, staff_id)  # what undo puts back
            training.record_attendance(
                s,
                meeting.id,
                staff_id,
                operator,
                state=state,
                score=score,
                passed=passed,
                note=note,
            )
            return before

        def recorded(_before: AttendanceRow | None) -> None:
            if self.sessions.current_id() != meeting.id or not self.people.select_id(staff_id):
                self._wanted_person = (meeting.id, staff_id)  # its list is still on its way

        self.perform(
            QCoreApplication.translate("SessionsView", "Attendance of %1").replace("%1", name),
            do,
            lambda before: self._restore(meeting.id, staff_id, before, operator),
            self.refresh,
            done=recorded,
        )
        return True

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

        def do(s: Session) -> AttendanceRow | None:
            before = service.attendance_of(s, meeting.id, staff_id)  # what undo puts back
            service.remove_attendance(s, meeting.id, staff_id, operator)
            return before

        self.perform(
            QCoreApplication.translate("SessionsView", "Take %1 off the list").replace(
                "%1", row.name
            ),
            do,
            lambda before: self._restore(meeting.id, staff_id, before, operator),
            self.refresh,
        )
        return True
