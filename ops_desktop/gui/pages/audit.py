"""The audit log: who changed what and when — scores, locks and unlocks, approvals,
departures, restores — filtered by kind of record, action and time, and exported to Excel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.services import audit, audit_details
from ops_desktop.gui import exporting, hr_exports, words
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from .base import Page

# What the log's codes mean, in the interface's language (codes unknown here show as they are).
RECORDS = {
    "staff": QT_TRANSLATE_NOOP("AuditPage", "Staff"),
    "position": QT_TRANSLATE_NOOP("AuditPage", "Position"),
    "responsibility_area": QT_TRANSLATE_NOOP("AuditPage", "Responsibility area"),
    "duty_line": QT_TRANSLATE_NOOP("AuditPage", "Duty line"),
    "regulation_version": QT_TRANSLATE_NOOP("AuditPage", "Regulation version"),
    "regulation_chapter": QT_TRANSLATE_NOOP("AuditPage", "Regulation chapter"),
    "regulation_section": QT_TRANSLATE_NOOP("AuditPage", "Regulation section"),
    "regulation_clause": QT_TRANSLATE_NOOP("AuditPage", "Regulation clause"),
    "workflow_run": QT_TRANSLATE_NOOP("AuditPage", "Workflow run"),
    "workflow_stage": QT_TRANSLATE_NOOP("AuditPage", "Stage"),
    "workflow_step": QT_TRANSLATE_NOOP("AuditPage", "Step"),
    "appraisal_period": QT_TRANSLATE_NOOP("AuditPage", "Appraisal period"),
    "appraisal_scheme": QT_TRANSLATE_NOOP("AuditPage", "Appraisal scheme"),
    "score_entry": QT_TRANSLATE_NOOP("AuditPage", "Score"),
    "score_comment": QT_TRANSLATE_NOOP("AuditPage", "Evaluator's comment"),
    "appeal": QT_TRANSLATE_NOOP("AuditPage", "Appeal"),
    "result_letters": QT_TRANSLATE_NOOP("AuditPage", "Result letters"),
    "data_score": QT_TRANSLATE_NOOP("AuditPage", "Data analysis score"),
    "kpi_figure": QT_TRANSLATE_NOOP("AuditPage", "KPI figure"),
    "training_course": QT_TRANSLATE_NOOP("AuditPage", "Course"),
    "training_session": QT_TRANSLATE_NOOP("AuditPage", "Training session"),
    "training_plan": QT_TRANSLATE_NOOP("AuditPage", "Training plan"),
    "training_attendance": QT_TRANSLATE_NOOP("AuditPage", "Attendance"),
    "development_plan": QT_TRANSLATE_NOOP("AuditPage", "Development plan"),
    "development_note": QT_TRANSLATE_NOOP("AuditPage", "Progress note"),
    "meeting": QT_TRANSLATE_NOOP("AuditPage", "Meeting"),
    "action_item": QT_TRANSLATE_NOOP("AuditPage", "Action item"),
    "suggestion": QT_TRANSLATE_NOOP("AuditPage", "Suggestion"),
    "app_settings": QT_TRANSLATE_NOOP("AuditPage", "Setting"),
    "database": QT_TRANSLATE_NOOP("AuditPage", "Database"),
}
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditPage", "created"),
    "update": QT_TRANSLATE_NOOP("AuditPage", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditPage", "deleted"),
    "deactivate": QT_TRANSLATE_NOOP("AuditPage", "deactivated"),
    "reactivate": QT_TRANSLATE_NOOP("AuditPage", "reactivated"),
    "approve": QT_TRANSLATE_NOOP("AuditPage", "approved"),
    "reject": QT_TRANSLATE_NOOP("AuditPage", "rejected"),
    "withdraw_approval": QT_TRANSLATE_NOOP("AuditPage", "approval withdrawn"),
    "lock": QT_TRANSLATE_NOOP("AuditPage", "locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditPage", "unlocked"),
    "open": QT_TRANSLATE_NOOP("AuditPage", "opened"),
    "review": QT_TRANSLATE_NOOP("AuditPage", "put in review"),
    "score": QT_TRANSLATE_NOOP("AuditPage", "score entered"),
    "delete_score": QT_TRANSLATE_NOOP("AuditPage", "score removed"),
    "comment": QT_TRANSLATE_NOOP("AuditPage", "comment written"),
    "delete_comment": QT_TRANSLATE_NOOP("AuditPage", "comment removed"),
    "kpi": QT_TRANSLATE_NOOP("AuditPage", "KPI figure entered"),
    "set_peers": QT_TRANSLATE_NOOP("AuditPage", "peers set"),
    "edit_scheme": QT_TRANSLATE_NOOP("AuditPage", "scheme changed"),
    "complete_step": QT_TRANSLATE_NOOP("AuditPage", "step checked off"),
    "uncomplete_step": QT_TRANSLATE_NOOP("AuditPage", "step unchecked"),
    "attach": QT_TRANSLATE_NOOP("AuditPage", "file attached"),
    "detach": QT_TRANSLATE_NOOP("AuditPage", "file removed"),
    "set_status": QT_TRANSLATE_NOOP("AuditPage", "status set"),
    "reply": QT_TRANSLATE_NOOP("AuditPage", "replied"),
    "restore_reply": QT_TRANSLATE_NOOP("AuditPage", "reply undone"),
    "restore": QT_TRANSLATE_NOOP("AuditPage", "restored"),
    "reopen": QT_TRANSLATE_NOOP("AuditPage", "reopened"),
    "done": QT_TRANSLATE_NOOP("AuditPage", "done"),
    "dropped": QT_TRANSLATE_NOOP("AuditPage", "dropped"),
    "move": QT_TRANSLATE_NOOP("AuditPage", "moved"),
    "attendance": QT_TRANSLATE_NOOP("AuditPage", "attendance recorded"),
    "setting": QT_TRANSLATE_NOOP("AuditPage", "setting changed"),
    "file": QT_TRANSLATE_NOOP("AuditPage", "filed"),
    "decide": QT_TRANSLATE_NOOP("AuditPage", "decided"),
    "issue": QT_TRANSLATE_NOOP("AuditPage", "printed"),
    "unlock_period": QT_TRANSLATE_NOOP("AuditPage", "its period unlocked"),
    "relock_period": QT_TRANSLATE_NOOP("AuditPage", "its period locked again"),
}


@dataclass(frozen=True)
class Entry:
    """A row of the log with its details in parts, records named (read with the row)."""

    row: audit.AuditRow
    details: list[audit_details.Detail]


def shown(names: dict[str, object], code: str) -> str:
    """The name of ``code`` (marked for translation with QT_TRANSLATE_NOOP: typed object)."""
    return QCoreApplication.translate("AuditPage", str(names[code])) if code in names else code


def summary_text(entry: Entry) -> str:
    """The entry's summary; a suggestion's status change logged before it moved to the
    details held the status's code as its summary ("in_progress"): its word instead."""
    row = entry.row
    if row.entity == "suggestion" and row.action in ("set_status", "restore_reply"):
        return words.value_text("suggestion", "status", row.summary)
    return row.summary


class AuditPage(Page):
    key = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._reloads = 0  # the latest reload asked for: an older one arriving is dropped
        self.entity = QComboBox(self)
        self.entity.addItem(self.tr("(every kind)"), "")
        for code in RECORDS:
            self.entity.addItem(shown(RECORDS, code), code)
        self.action = QLineEdit(self)
        self.action.setPlaceholderText(self.tr("action code, e.g. unlock"))
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        since = clock.today() - dt.timedelta(days=90)
        self.since.setDate(QDate(since.year, since.month, since.day))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        refresh = QPushButton(self.tr("Show"), self)
        refresh.clicked.connect(self.reload)
        export = QPushButton(self.tr("Export to Excel…"), self)
        export.clicked.connect(self.export)
        self.model = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: f"{r.row.at:%Y-%m-%d %H:%M:%S}"),
                Column(self.tr("Operator"), lambda r: r.row.operator),
                Column(self.tr("Action"), lambda r: shown(ACTIONS, r.row.action)),
                Column(self.tr("Record"), lambda r: shown(RECORDS, r.row.entity)),
                Column(self.tr("No."), lambda r: r.row.entity_id),
                Column(self.tr("Summary"), summary_text),
                Column(self.tr("Details"), lambda r: words.details_text(r.row.entity, r.details)),
            ],
            self,
        )
        self.proxy = FilterProxy(self.model, self)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.table.horizontalHeader().setStretchLastSection(True)
        EmptyState(
            self.table,
            self.tr(
                "No entries for this record kind and action since that day. Every change"
                " made in the program is written here."
            ),
            clear=self.search.clear,
        )
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Record:"), self.entity),
            (self.tr("Action:"), self.action),
            (self.tr("Since:"), self.since),
        ):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(widget)
        bar.addWidget(refresh)
        bar.addStretch()
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.tr("Audit log")

    def activate(self) -> None:
        self.reload()

    @Slot()
    def reload(self) -> None:
        entity = self.entity.currentData() or None
        action = self.action.text().strip() or None
        day = cast(dt.date, self.since.date().toPython())  # PySide6 types it object
        since = dt.datetime.combine(day, dt.time())

        self._reloads += 1
        asked = self._reloads

        def work(session: Session) -> list[Entry]:
            rows = audit.entries(session, entity=entity, action=action, since=since, limit=20_000)
            described = audit_details.describe(session, rows)
            return [Entry(r, d) for r, d in zip(rows, described, strict=True)]

        def done(rows: list[Entry]) -> None:
            if asked != self._reloads:
                return  # the filter was applied again meanwhile: its rows follow
            self.model.set_rows(rows)
            for column in range(5):  # time … number: as wide as their contents
                self.table.resizeColumnToContents(column)
            # The summary as wide as a sentence, up to a third of the table: the details,
            # last, took all the room and left it "考核自評表格…".
            self.table.resizeColumnToContents(5)
            widest = max(self.table.viewport().width() // 3, 12 * self.fontMetrics().height())
            self.table.setColumnWidth(5, min(self.table.columnWidth(5), widest))
            self.status_message.emit(self.tr("%n entries", "", len(rows)))

        self.ctx.read(work, done, on_error=self.error)

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.search.setFocus()
        return True

    def export(self) -> bool:
        """The entries shown (as filtered and searched here) to a workbook."""
        rows = [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).row
            for r in range(self.proxy.rowCount())
        ]
        return exporting.run(self, hr_exports.audit_log(self.ctx, rows))
