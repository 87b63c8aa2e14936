"""The audit log: who changed what and when — scores, locks and unlocks, approvals,
departures, restores — filtered by kind of record, action and time, and exported to Excel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core.services import audit
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from .base import Page

ENTITIES = (
    "",
    "staff",
    "score_entry",
    "data_score",
    "appraisal_period",
    "appraisal_scheme",
    "workflow_run",
    "regulation_version",
    "regulation_clause",
    "position",
    "meeting",
    "action_item",
    "suggestion",
    "training_course",
    "database",
)


class AuditPage(Page):
    key = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entity = QComboBox(self)
        for code in ENTITIES:
            self.entity.addItem(code or self.tr("(every kind)"), code)
        self.action = QLineEdit(self)
        self.action.setPlaceholderText(self.tr("action, e.g. unlock"))
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(dt.date.today() - dt.timedelta(days=90))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        refresh = QPushButton(self.tr("Show"), self)
        refresh.clicked.connect(self.reload)
        export = QPushButton(self.tr("Export to Excel…"), self)
        export.clicked.connect(self.export)
        self.model = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: r.at.replace(microsecond=0)),
                Column(self.tr("Operator"), lambda r: r.operator),
                Column(self.tr("Action"), lambda r: r.action),
                Column(self.tr("Record"), lambda r: r.entity),
                Column(self.tr("No."), lambda r: r.entity_id),
                Column(self.tr("Summary"), lambda r: r.summary),
                Column(
                    self.tr("Details"),
                    lambda r: ", ".join(f"{k}: {v}" for k, v in r.details.items()),
                ),
            ],
            self,
        )
        self.proxy = FilterProxy(self.model, self)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
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
        since = dt.datetime.combine(self.since.date().toPython(), dt.time())

        def work(progress: Any) -> list[audit.AuditRow]:
            with self.ctx.transaction() as session:
                return audit.entries(
                    session, entity=entity, action=action, since=since, limit=20_000
                )

        def done(rows: list[audit.AuditRow]) -> None:
            self.model.set_rows(rows)
            self.status_message.emit(self.tr("%n entries", "", len(rows)))

        self.ctx.tasks.run(work, done, on_error=self.error)

    def find(self) -> bool:
        self.search.setFocus()
        return True

    def export(self) -> bool:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.xlsx", "Excel (*.xlsx)"
        )
        if not target:
            return False
        rows = [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

        def work(progress: Any) -> str:
            from ops_desktop.core.services import settings
            from ops_desktop.exports.excel.audit_log import write_audit_log

            with self.ctx.transaction() as session:
                department = settings.department(session)
            write_audit_log(rows, target, department=department)
            return target

        self.ctx.tasks.run(
            work,
            lambda path: self.status_message.emit(self.tr("Written: %1").replace("%1", path)),
            on_error=self.error,
            title=self.tr("Exporting the audit log"),
            parent=self,
        )
        return True
