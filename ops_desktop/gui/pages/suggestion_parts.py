"""Parts of the Suggestions page: the status and reply panel, and the summary of a date
range (totals by status and category, anonymous, unanswered)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import QDateEdit, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.models import Suggestion
from ops_desktop.core.services import freshness
from ops_desktop.core.services import suggestions as service
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.suggestions import ReplyState, Summary
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.forms.ui_suggestion_reply_form import Ui_SuggestionReplyForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.lists import PagePart

if TYPE_CHECKING:
    from .base import Page


@dataclass(frozen=True)
class ReplyRecord:
    """What the panel shows of one suggestion: what it says, and its answer so far."""

    id: int
    seen: Seen
    title: str
    body: str
    state: ReplyState


def reply_record(item: Suggestion) -> ReplyRecord:
    """On the database worker: the panel's copy of ``item``."""
    return ReplyRecord(
        item.id, freshness.seen(item), item.title, item.body, service.reply_state(item)
    )


class ReplyPanel(PagePart):
    """Its steps go on the page's undo stack as it is at the time (a language switch gives
    the rebuilt page the history), its errors to the page."""

    changed = Signal()  # the status or the reply changed

    def __init__(self, page: Page, statuses: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.suggestion_id: int | None = None
        self.seen: Seen | None = None  # the suggestion as the panel loaded it
        self.title = ""
        self.state = ReplyState("new", "", None, None)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.answered = QLabel(self)
        self.answered.setWordWrap(True)
        form = QWidget(self)
        self.ui = ui = Ui_SuggestionReplyForm()
        ui.setupUi(form)
        form_layout = form.layout()
        assert form_layout is not None  # setupUi gave the form its layout
        form_layout.setContentsMargins(0, 0, 0, 0)
        for code, text in statuses.items():
            ui.statusCombo.addItem(text, code)
        for label in (ui.statusComboError, ui.replyEditError, ui.repliedByEditError):
            label.setWordWrap(True)
        ui.repliedByEdit.setPlaceholderText(self.tr("e.g. 運營經理"))
        ui.statusCombo.activated.connect(self.validate)
        ui.replyEdit.textChanged.connect(self.validate)
        ui.repliedByEdit.textEdited.connect(self.validate)
        ui.setStatusButton.clicked.connect(self.set_status)
        ui.saveButton.clicked.connect(self.save_reply)
        enter_clicks(form, ui.saveButton)
        ui.revertButton.clicked.connect(self.revert)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.answered)
        layout.addWidget(form, 1)
        self.show_suggestion(None)

    def show_suggestion(self, record: ReplyRecord | None) -> None:
        """Show ``record`` (from :func:`reply_record`) or nothing."""
        ui = self.ui
        self.suggestion_id = record.id if record is not None else None
        self.seen = record.seen if record is not None else None
        self.setEnabled(record is not None)
        if record is None:
            self.state = ReplyState("new", "", None, None)
            self.about.setText(self.tr("Save the suggestion first; then set its status here."))
        else:
            self.title, self.state = record.title, record.state
            body = escape(record.body).replace("\n", "<br>")
            self.about.setText(f"<b>{escape(record.title)}</b><br>{body}")
        at = self.state.replied_at
        self.answered.setVisible(at is not None)
        if at is not None:
            self.answered.setText(
                self.tr("Answered by %1 on %2.")
                .replace("%1", self.state.replied_by or "")
                .replace("%2", f"{at:%Y-%m-%d %H:%M}")
            )
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(self.state.status), 0))
        ui.replyEdit.blockSignals(True)
        ui.replyEdit.setPlainText(self.state.reply)
        ui.replyEdit.blockSignals(False)
        ui.repliedByEdit.setText(self.state.replied_by or "")
        self.validate()

    def follow_stored(self) -> None:
        """The suggestion was reloaded: show its status and reply as stored (and its new
        version) — unless a reply is being typed here."""
        ui, state = self.ui, self.state
        typed = (ui.replyEdit.toPlainText(), ui.repliedByEdit.text())
        if typed == (state.reply, state.replied_by or ""):
            self.revert()

    @Slot()
    def revert(self) -> None:
        ident = self.suggestion_id
        if ident is None:
            return

        def fetched(record: ReplyRecord) -> None:
            if self.suggestion_id == ident:  # still the suggestion shown
                self.show_suggestion(record)

        self.ctx.read(lambda s: reply_record(service.get(s, ident)), fetched, on_error=self.error)

    @Slot()
    def validate(self) -> dict[str, str]:
        ui = self.ui
        found = service.reply_problems(ui.replyEdit.toPlainText(), ui.repliedByEdit.text())
        status = ui.statusCombo.currentData()
        if status == "answered" and not self.state.reply.strip():
            found["status"] = self.tr("Save a reply: that answers the suggestion.")
        quiet = not (ui.replyEdit.toPlainText().strip() or ui.repliedByEdit.text().strip())
        ui.statusComboError.setText(found.get("status", ""))
        ui.replyEditError.setText("" if quiet else found.get("reply", ""))
        ui.repliedByEditError.setText("" if quiet else found.get("replied_by", ""))
        ui.setStatusButton.setEnabled("status" not in found and status != self.state.status)
        ui.saveButton.setEnabled("reply" not in found and "replied_by" not in found)
        return found

    def _perform(self, text: str, do: Callable[[Session], Any]) -> bool:
        """Change the status or the reply; its undo puts back the answer as shown."""
        ident, before, operator = self.suggestion_id, self.state, self.ctx.operator()
        assert ident is not None
        self.perform(
            text.replace("%1", self.title[:30]),
            do,
            lambda _r: lambda s: service.restore_reply(s, ident, before, operator),
            self.changed.emit,
            self.seen,
        )
        return True

    @Slot()
    def set_status(self) -> bool:
        self.validate()
        if self.suggestion_id is None or not self.ui.setStatusButton.isEnabled():
            return False
        ident, status = self.suggestion_id, self.ui.statusCombo.currentData()
        operator = self.ctx.operator()
        return self._perform(
            self.tr("Status of %1"), lambda s: service.set_status(s, ident, status, operator).id
        )

    @Slot()
    def save_reply(self) -> bool:
        found = self.validate()
        if self.suggestion_id is None or "reply" in found or "replied_by" in found:
            return False
        ident, operator = self.suggestion_id, self.ctx.operator()
        text, by = self.ui.replyEdit.toPlainText(), self.ui.repliedByEdit.text()
        return self._perform(
            self.tr("Reply to %1"), lambda s: service.reply(s, ident, text, by, operator).id
        )


class SummaryBox(QGroupBox):
    """The counts of a date range's suggestions, refreshed when the range or the data change."""

    def __init__(
        self,
        ctx: AppContext,
        on_error: Callable[[str], None],
        statuses: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Summary"))
        self.ctx, self.error, self.statuses = ctx, on_error, statuses
        year = clock.today().year
        self.start = self._date_edit(QDate(year, 1, 1))
        self.end = self._date_edit(QDate(year, 12, 31))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last: Summary | None = None
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("From"), self))
        range_row.addWidget(self.start)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.end)
        range_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(range_row)
        layout.addWidget(self.result)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)

    def _date_edit(self, date: QDate) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def set_range(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        start, end = self._range()
        if end < start:
            self.last = None
            self.result.setText(self.tr("The end of the range is before its start."))
            return

        def done(found: Summary) -> None:
            if self._range() == (start, end):  # not another range chosen meanwhile
                self._show(found)

        self.ctx.read(lambda s: service.summary(s, start, end), done, on_error=self.error)

    def _range(self) -> tuple[dt.date, dt.date]:
        # QDate.toPython() gives a date; PySide6 types it object.
        start = cast(dt.date, self.start.date().toPython())
        return start, cast(dt.date, self.end.date().toPython())

    def _show(self, found: Summary) -> None:
        self.last = found
        states = " · ".join(
            f"{escape(self.statuses.get(code, code))} {count}"
            for code, count in found.by_status.items()
        )
        categories = "、".join(
            f"{escape(name)} {count}" for name, count in sorted(found.by_category.items())
        )
        self.result.setText(
            self.tr(
                "<b>%1 suggestion(s)</b>: %2<br>Anonymous %3 · unanswered %4<br>By category: %5"
            )
            .replace("%1", str(found.total))
            .replace("%2", states)
            .replace("%3", str(found.anonymous))
            .replace("%4", str(found.unanswered))
            .replace("%5", categories or "—")
        )
