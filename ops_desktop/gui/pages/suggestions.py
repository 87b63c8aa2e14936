"""The suggestion box (意見箱): the list, submitting (named or anonymous), the status and the
reply, and a summary of a date range."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.models import Suggestion
from ops_desktop.core.services import staff
from ops_desktop.core.services import suggestions as service
from ops_desktop.core.services.suggestions import SuggestionInput, SuggestionRow
from ops_desktop.gui import words
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.forms.ui_suggestion_form import Ui_SuggestionForm
from ops_desktop.gui.lists import text_of
from ops_desktop.gui.person_picker import person_picker
from ops_desktop.gui.record_form import Binding
from ops_desktop.gui.table import Column
from ops_desktop.gui.undo import perform

from .record_page import RecordPage
from .suggestion_parts import ReplyPanel, ReplyRecord, SummaryBox, reply_record

FIELDS = {  # DomainError.field → the error label beside that field in the form
    "date": "dateEditError",
    "title": "titleEditError",
    "category": "categoryComboError",
    "author": "authorComboError",
    "text": "bodyEditError",
}


@dataclass(frozen=True)
class SuggestionRecord:
    """What the form (and its reply panel) shows of one suggestion."""

    values: SuggestionInput
    author: tuple[str, int] | None  # "staff no. name" and id of the author (may have departed)
    reply: ReplyRecord


class SuggestionsPage(RecordPage):
    key = "suggestions"
    problem_labels = FIELDS
    binding = Binding.of(Suggestion, service)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._authors: list[tuple[str, int]] = []  # "staff no. name" and id, not departed
        self._categories: list[str] = []
        super().__init__(ctx, parent)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((90, 200, 70, 90)):
            self.table.setColumnWidth(column, width)
        self.summary = SummaryBox(ctx, self.error, self.statuses(), self)
        box = self.table.parentWidget()  # the list's box, laid out by the record page
        box_layout = box.layout() if box is not None else None
        assert box_layout is not None
        box_layout.addWidget(self.summary)

    def title(self) -> str:
        return self.tr("Suggestions")

    def empty_text(self) -> str:
        return self.tr("No suggestions yet. Record one when a colleague hands it in.")

    def empty_step(self) -> str:
        return self.tr("Record a suggestion")

    def show_all_label(self) -> str:
        return self.tr("Show answered")

    def statuses(self) -> dict[str, str]:
        return words.table(words.SUGGESTION_STATUS)

    def author(self, row: SuggestionRow) -> str:
        return self.tr("Anonymous") if row.anonymous else row.author

    def columns(self) -> list[Column]:
        status = self.statuses()
        return [
            Column(self.tr("Date"), lambda r: r.submitted_on),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Category"), lambda r: r.category),
            Column(self.tr("Author"), self.author),
            Column(self.tr("Status"), lambda r: status.get(r.status, r.status)),
        ]

    def load_rows(self, session: Session, show_all: bool) -> list[SuggestionRow]:
        return service.rows(session, include_answered=show_all)

    def activate(self) -> None:
        super().activate()
        self.summary.refresh()

    # -- editor -------------------------------------------------------------------------------
    def build_editor(self) -> QWidget:
        self.tabs = QTabWidget(self)
        self.form_widget = QWidget(self.tabs)
        self.ui = ui = Ui_SuggestionForm()
        ui.setupUi(self.form_widget)
        person_picker(ui.authorCombo)
        ui.categoryCombo.lineEdit().setPlaceholderText(self.tr("e.g. 流程, 培訓, 行政"))
        for label in FIELDS.values():
            getattr(ui, label).setWordWrap(True)
        ui.anonymousCheck.toggled.connect(self._anonymous_toggled)
        self.reply = ReplyPanel(self, self.statuses(), self.tabs)
        self.reply.changed.connect(self._reply_changed)
        self.tabs.addTab(self.form_widget, self.tr("Suggestion"))
        self.tabs.addTab(self.reply, self.tr("Status and reply"))
        return self.tabs

    def load_choices(
        self, session: Session, rows: list[SuggestionRow]
    ) -> tuple[list[tuple[str, int]], list[str]]:
        authors = [(f"{r.staff_no} {r.name}", r.id) for r in staff.rows(session)]
        return authors, service.categories(session)

    def choices_loaded(self, choices: tuple[list[tuple[str, int]], list[str]]) -> None:
        self._authors, self._categories = choices  # offered when the form next shows one

    def _fill_choices(self, author: tuple[str, int] | None) -> None:
        combo = self.ui.authorCombo
        combo.clear()
        combo.addItem(self.tr("(choose the author)"), None)
        for label, ident in self._authors:
            combo.addItem(label, ident)
        if author is not None and combo.findData(author[1]) < 0:
            combo.addItem(*author)
        categories = self.ui.categoryCombo
        categories.clear()
        categories.addItems(self._categories)

    def form_input(self) -> SuggestionInput:
        ui = self.ui
        anonymous = ui.anonymousCheck.isChecked()
        return SuggestionInput(
            title=ui.titleEdit.text(),
            body=ui.bodyEdit.toPlainText(),
            category=ui.categoryCombo.currentText(),
            author_id=None if anonymous else ui.authorCombo.currentData(),
            anonymous=anonymous,
            submitted_on=ui.dateEdit.text(),
        )

    @Slot(bool)
    def _anonymous_toggled(self, anonymous: bool) -> None:
        self.ui.authorCombo.setEnabled(not anonymous)
        if anonymous:
            self.ui.authorCombo.setCurrentIndex(0)

    def fetch_record(self, session: Session, row: SuggestionRow) -> SuggestionRecord:
        item = service.get(session, row.id)
        author = item.author
        return SuggestionRecord(
            service.input_of(session, row.id),
            None if author is None else (f"{author.staff_no} {author.name}", author.id),
            reply_record(item),
        )

    def show_record(self, record: SuggestionRecord | None) -> None:
        ui = self.ui
        self._fill_choices(record.author if record is not None else None)
        item = record.values if record is not None else None
        ui.dateEdit.setText(text_of(item.submitted_on) if item else clock.today().isoformat())
        ui.titleEdit.setText(item.title if item else "")
        ui.categoryCombo.setCurrentText(item.category if item else "")
        ui.bodyEdit.setPlainText(item.body if item else "")
        ui.anonymousCheck.setChecked(bool(item and item.anonymous))
        author = item.author_id if item else None
        ui.authorCombo.setCurrentIndex(max(ui.authorCombo.findData(author), 0))
        self.reply.show_suggestion(record.reply if record is not None else None)

    def record_refreshed(self, row: SuggestionRow) -> None:
        self.reply.follow_stored()  # the form being typed stays; the reply beside it follows

    def undo_text(self, data: SuggestionInput, new: bool) -> str:
        text = self.tr("New suggestion %1") if new else self.tr("Edit suggestion %1")
        return text.replace("%1", data.title.strip()[:30])

    def record_saved(self, ident: int) -> None:
        super().record_saved(ident)
        self.summary.refresh()

    def record_changed(self) -> None:
        super().record_changed()
        self.summary.refresh()

    @Slot()
    def _reply_changed(self) -> None:
        self.reload(select_id=self.form.ident)
        self.summary.refresh()

    # -- actions ------------------------------------------------------------------------------
    def new_record(self) -> bool:
        if self.form.new():
            self.tabs.setCurrentWidget(self.form_widget)
            self.ui.titleEdit.setFocus()
        return True

    def delete_record(self) -> bool:
        """Withdraw a suggestion entered by mistake (never one that has been answered)."""
        row = self.current_row()
        if row is None:
            return False
        if row.status != "new":
            self.error(self.tr("“%1” is being handled and is kept.").replace("%1", row.title))
            return False
        if not self.ctx.dialogs.confirm(
            self, self.tr("Remove the suggestion “%1”?").replace("%1", row.title)
        ):
            return False
        operator, current = self.ctx.operator(), {"id": row.id}

        def remove(session: Session) -> SuggestionInput:
            before = service.input_of(session, current["id"])
            service.remove_new(session, current["id"], operator)
            return before

        def recreate(before: SuggestionInput) -> Any:
            def undo(session: Session) -> None:
                current["id"] = service.create(session, before, operator)

            return undo

        perform(
            self.undo_stack,
            self.ctx,
            self.tr("Remove suggestion %1").replace("%1", row.title[:30]),
            remove,
            recreate,
            lambda: self.record_saved(current["id"]),
            self.error,
        )
        return True
