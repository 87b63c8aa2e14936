"""Weekly department meetings (每週部門例會): the list, the meeting form with its attendees,
this week's action items and the open ones carried over, and the printed minutes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QListView, QSplitter, QTabWidget, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.models import Meeting
from ops_desktop.core.services import meetings as service
from ops_desktop.core.services import staff
from ops_desktop.core.services.meetings import MeetingInput, MeetingRow
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.forms.ui_meeting_form import Ui_MeetingForm
from ops_desktop.gui.lists import text_of
from ops_desktop.gui.person_picker import person_picker, person_text
from ops_desktop.gui.record_form import Binding
from ops_desktop.gui.table import Column
from ops_desktop.gui.undo import perform

from .meeting_items import ActionItemsPanel
from .meeting_models import CheckableModel
from .record_page import RecordPage

FIELDS = {  # DomainError.field → the error label beside that field in the form
    "held_on": "heldOnEditError",
    "title": "titleEditError",
    "chair": "chairComboError",
    "attendees": "attendeesViewError",
    "last_week_summary": "summaryEditError",
    "minutes": "minutesEditError",
}


@dataclass(frozen=True)
class MeetingRecord:
    """What the form shows of one meeting."""

    values: MeetingInput
    attendees: tuple[tuple[int, str], ...]  # (id, name), departed or not
    chair: tuple[int, str] | None  # (id, name), departed or not


class MeetingsPage(RecordPage):
    key = "meetings"
    problem_labels = FIELDS
    binding = Binding.of(Meeting, service)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        self._people: list[tuple[int, str]] = []  # (id, name) of the people not departed
        self._numbers: dict[int, str] = {}  # their staff numbers, for the chair's picker
        self._settings = settings
        super().__init__(ctx, parent)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((88, 130, 64, 72)):
            self.table.setColumnWidth(column, width)
        splitter = self.findChild(QSplitter)
        if splitter is not None:
            splitter.setSizes([470, 630])

    def title(self) -> str:
        return self.tr("Meetings")

    def empty_text(self) -> str:
        return self.tr(
            "No meetings yet. Add a meeting to keep its minutes, attendees and action items."
        )

    def empty_step(self) -> str:
        return self.tr("Add a meeting")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda r: r.held_on),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Chair"), lambda r: r.chair),
            Column(self.tr("Attendees"), lambda r: r.attendees, align_right=True),
            Column(self.tr("Open items"), lambda r: r.open_items, align_right=True),
        ]

    def load_rows(self, session: Session, show_all: bool) -> list[MeetingRow]:
        return service.rows(session)

    # -- editor -------------------------------------------------------------------------------
    def build_editor(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.form_widget = QWidget(self.tabs)
        self.ui = ui = Ui_MeetingForm()
        ui.setupUi(self.form_widget)
        person_picker(ui.chairCombo)
        ui.titleEdit.setPlaceholderText(
            self.tr("Left empty: %1").replace("%1", "YYYY-MM-DD 部門例會")
        )
        for label in FIELDS.values():
            getattr(ui, label).setWordWrap(True)
        self.attendees = CheckableModel(self)
        ui.attendeesView.setModel(self.attendees)
        ui.attendeesView.setFlow(QListView.Flow.LeftToRight)  # names in columns, all in view
        ui.attendeesView.setWrapping(True)
        ui.attendeesView.setResizeMode(QListView.ResizeMode.Adjust)
        ui.attendeesView.setGridSize(QSize(ui.attendeesView.fontMetrics().height() * 6, 22))
        ui.attendeesView.setMaximumHeight(190)
        EmptyState.attach(
            ui.attendeesView, self.tr("No staff to take part: add people on the Staff page.")
        )
        self.attendees.dataChanged.connect(self._count_attendees)
        self.attendees.dataChanged.connect(lambda *_: self.form.field_edited())  # no widget
        ui.printButton.clicked.connect(self.print_)
        self.items = ActionItemsPanel(self, self.tabs)
        self.items.changed.connect(self._items_changed)
        self.tabs.addTab(self.form_widget, self.tr("Meeting"))
        self.tabs.addTab(self.items, self.tr("Action items"))
        return self.tabs

    def load_choices(self, session: Session, rows: list[MeetingRow]) -> list[tuple[int, str, str]]:
        return [(r.id, r.name, r.staff_no) for r in staff.rows(session)]

    def choices_loaded(self, choices: list[tuple[int, str, str]]) -> None:
        # the form offers them when it next shows a meeting
        self._people = [(ident, name) for ident, name, _no in choices]
        self._numbers = {ident: number for ident, _name, number in choices}

    def _fill_people(self, record: MeetingRecord | None) -> None:
        people = list(self._people)
        known = {p[0] for p in people}
        if record is not None:  # people who have since left stay on their meetings
            people += [p for p in record.attendees if p[0] not in known]
        self.attendees.set_rows(people)
        combo = self.ui.chairCombo
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for ident, name in people:
            number = self._numbers.get(ident)
            combo.addItem(person_text(number, name) if number else name, ident)
        if record is not None and record.chair and combo.findData(record.chair[0]) < 0:
            combo.addItem(record.chair[1], record.chair[0])

    def form_input(self) -> MeetingInput:
        ui = self.ui
        return MeetingInput(
            held_on=ui.heldOnEdit.text(),
            title=ui.titleEdit.text(),
            chair_id=ui.chairCombo.currentData(),
            attendee_ids=sorted(self.attendees.checked),
            last_week_summary=ui.summaryEdit.toPlainText(),
            minutes=ui.minutesEdit.toPlainText(),
        )

    @Slot()
    def _count_attendees(self, *_: Any) -> None:
        present = self.tr("Attendees (%1 of %2)")
        self.ui.attendeesViewLabel.setText(
            present.replace("%1", str(len(self.attendees.checked))).replace(
                "%2", str(len(self.attendees.rows))
            )
        )

    def record_refreshed(self, row: MeetingRow) -> None:
        self.items.load(row.id)  # a refresh after an item changed: the typed form stays

    def select_id(self, ident: Any) -> bool:
        """A meeting — or ``(meeting, action item)``: the item, in the Action items tab (the
        dashboard's overdue alerts point here)."""
        if isinstance(ident, tuple):
            ident, item_id = ident
            self.tabs.setCurrentWidget(self.items)
            self.items.show_item(ident, item_id)
        return super().select_id(ident)

    def fetch_record(self, session: Session, row: MeetingRow) -> MeetingRecord:
        meeting = service.get(session, row.id)
        chair = meeting.chair
        return MeetingRecord(
            service.input_of(session, row.id),
            tuple((a.staff_id, a.staff.name) for a in meeting.attendees),
            None if chair is None else (chair.id, chair.name),
        )

    def show_record(self, record: MeetingRecord | None) -> None:
        ui = self.ui
        self._fill_people(record)
        if record is None:
            ui.heldOnEdit.setText(clock.today().isoformat())
            for edit in (ui.titleEdit, ui.summaryEdit, ui.minutesEdit):
                edit.clear()
            self.attendees.set_checked({r[0] for r in self.attendees.rows})
            chair = None
        else:
            meeting = record.values
            ui.heldOnEdit.setText(text_of(meeting.held_on))
            ui.titleEdit.setText(meeting.title)
            ui.summaryEdit.setPlainText(meeting.last_week_summary)
            ui.minutesEdit.setPlainText(meeting.minutes)
            self.attendees.set_checked(set(meeting.attendee_ids))
            chair = meeting.chair_id
        ui.chairCombo.setCurrentIndex(max(ui.chairCombo.findData(chair), 0))
        self._count_attendees()
        ui.printButton.setEnabled(self.form.ident is not None)
        self.items.load(self.form.ident)

    def undo_text(self, data: MeetingInput, new: bool) -> str:
        text = self.tr("New meeting %1") if new else self.tr("Edit meeting %1")
        return text.replace("%1", str(data.held_on))

    @Slot()
    def _items_changed(self) -> None:
        self.items.load(self.form.ident)
        self.reload(select_id=self.form.ident)

    # -- actions ------------------------------------------------------------------------------
    def new_record(self) -> bool:
        if self.form.new():
            self.tabs.setCurrentWidget(self.form_widget)
            self.ui.heldOnEdit.setFocus()
        return True

    def delete_record(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        if self.items.model.rowCount():  # the service refuses too; say so before asking
            self.error(
                self.tr("The meeting of %1 has action items and is kept as the record.").replace(
                    "%1", str(row.held_on)
                )
            )
            return False
        question = self.tr("Delete the meeting of %1? Its attendance is deleted with it.")
        if not self.ctx.dialogs.confirm(self, question.replace("%1", str(row.held_on))):
            return False
        operator, current = self.ctx.operator(), {"id": row.id}

        def remove(session: Session) -> MeetingInput:
            before = service.input_of(session, current["id"])
            service.remove_new(session, current["id"], operator)
            return before

        def recreate(values: MeetingInput) -> Any:
            def undo(session: Session) -> None:
                current["id"] = service.create(session, values, operator)

            return undo

        perform(
            self.undo_stack,
            self.ctx,
            self.tr("Delete meeting %1").replace("%1", str(row.held_on)),
            remove,
            recreate,
            lambda: self.reload(select_id=current["id"]),
            self.error,
        )
        return True

    def print_(self) -> bool:
        meeting_id = self.form.ident
        if meeting_id is None:
            return False
        suggested = str(Path.home() / f"minutes-{self.ui.heldOnEdit.text()}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print minutes"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return True
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        font = opts.PDF_FONT.get(self._settings or opts.store()) or None

        def work(progress: Any) -> int:
            from ops_desktop.exports.pdf.printouts import minutes_blocks, write_document

            with self.ctx.transaction() as session:
                title, blocks = minutes_blocks(session, meeting_id)
            return write_document(title, blocks, path, font_path=font)

        def done(pages: int) -> None:
            message = self.tr("Minutes written to %1 (%n page(s)).", "", pages)
            self.status_message.emit(message.replace("%1", path))

        self.ctx.tasks.run(
            work, done, on_error=self.error, title=self.tr("Printing minutes…"), parent=self
        )
        return True
