"""Appeals… on the appraisal page: the appeals (績效申訴) of the month shown, with Add,
Decide, Print, and — for an upheld appeal of a locked month — Unlock for it and Lock again.

Every change goes through the page's ``ctx.change``; a refused form comes back as it was
typed, with the refusal. A decision never changes a score: the scores are put right as a
normal edit while the month is unlocked for the appeal (the audit log names it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ops_desktop.core import outputs
from ops_desktop.core.appraisal import appeals
from ops_desktop.gui import exporting
from ops_desktop.gui.exporting import Export

from .appeal_forms import DECISIONS, AddAppealDialog, DecideDialog, decision_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ops_desktop.gui.tasks import Progress

    from .page import AppraisalsPage


class AppealsPanel(QDialog):
    """A window beside the page (not modal: the grid stays usable for the corrections)."""

    def __init__(self, page: AppraisalsPage):
        super().__init__(page)
        self.page = page
        self.period_id: int | None = None
        self.rows: list[appeals.AppealRow] = []
        self.setWindowTitle(self.tr("Appeals"))
        self.heading = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Person"),
                self.tr("Filed on"),
                self.tr("Deadline"),
                self.tr("Contested"),
                self.tr("Decision"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(lambda: self.add())
        self.decide_button = QPushButton(self.tr("Decide…"), self)
        self.decide_button.clicked.connect(lambda: self.decide())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_selected)
        self.unlock_button = QPushButton(self.tr("Unlock for the appeal"), self)
        self.unlock_button.clicked.connect(self.unlock)
        self.relock_button = QPushButton(self.tr("Lock again"), self)
        self.relock_button.clicked.connect(self.relock)
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.decide_button,
            self.print_button,
            self.unlock_button,
            self.relock_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        self.note = QLabel(
            self.tr(
                "A decision changes no score: for an upheld appeal, unlock the month for it, "
                "correct the scores in the grid, then lock it again."
            ),
            self,
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        self.resize(760, 380)
        self._enable()

    # -- what is shown ------------------------------------------------------------------------
    def show_month(self, period_id: int | None) -> None:
        """Show the appeals of the page's month (reread: another desk may have added one)."""
        self.period_id = period_id
        label = self.page.label_of(period_id) if period_id is not None else "—"
        self.heading.setText(self.tr("Appeals of %1").replace("%1", label))
        if period_id is None:
            self._show([])
            return
        self.page.ctx.read(
            lambda session: appeals.rows(session, period_id=period_id),
            lambda found: self._show(found) if self.period_id == period_id else None,
            on_error=self.page.error,
        )

    def _show(self, rows: list[appeals.AppealRow]) -> None:
        self.rows = rows
        words = dict(zip(DECISIONS, decision_words(), strict=True))
        late = self.tr("late")
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            decided = (
                self.tr("Open")
                if row.decision is None
                else f"{words[row.decision]} {row.decided_on:%Y-%m-%d}"
            )
            deadline = f"{row.deadline:%Y-%m-%d}" + (f" ({late})" if row.late else "")
            cells = (
                f"#{row.id}",
                f"{row.staff_no} {row.name}",
                f"{row.filed_on:%Y-%m-%d}",
                deadline,
                row.contested or row.reason,
                decided,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.reason if c == 4 else text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._enable()

    def selected(self) -> appeals.AppealRow | None:
        found = self.table.selectionModel().selectedRows()
        return self.rows[found[0].row()] if found else None

    @Slot()
    def _enable(self) -> None:
        row = self.selected()
        locked = self.page.model.locked
        upheld = row is not None and row.decision in appeals.CHANGES_SCORES
        self.add_button.setEnabled(self.period_id is not None)
        self.decide_button.setEnabled(row is not None and row.decision is None)
        self.print_button.setEnabled(row is not None)
        self.unlock_button.setEnabled(upheld and locked)
        self.relock_button.setEnabled(upheld and not locked)

    def _changed(self, _result: object = None) -> None:
        """After a change: the list, and the page (its marks, its lock)."""
        if self.period_id is not None:
            self.page.load(self.period_id)
        self.show_month(self.period_id)

    # -- the changes ----------------------------------------------------------------------------
    def add(self, dialog: AddAppealDialog | None = None) -> None:
        period_id = self.period_id
        if period_id is None:
            return
        if dialog is None:
            people = [(p.staff_id, f"{p.staff_no} {p.name}") for p in self.page.model.people]
            dialog = AddAppealDialog(self.page.label_of(period_id), people, self)
        if not self.page.ctx.dialogs.run(dialog):
            return
        values: dict[str, Any] = dialog.values()
        operator = self.page.ctx.operator()
        kept = dialog

        def work(session: Session) -> int:
            staff_id = values.pop("staff_id")
            reason = values.pop("reason")
            return appeals.add(session, period_id, staff_id, reason, operator=operator, **values).id

        self.page.ctx.change(work, self._changed, on_error=lambda m: self._again(m, kept))

    def _again(self, message: str, dialog: QDialog) -> None:
        """A refused form: the refusal, then the form again as it was typed."""
        self.page.error(message)
        if isinstance(dialog, AddAppealDialog):
            self.add(dialog)
        elif isinstance(dialog, DecideDialog):
            self.decide(dialog)

    def decide(self, dialog: DecideDialog | None = None) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = dialog or DecideDialog(f"#{row.id} {row.staff_no} {row.name}", self)
        if not self.page.ctx.dialogs.run(dialog):
            return
        values: dict[str, Any] = dialog.values()
        operator = self.page.ctx.operator()
        kept = dialog

        def work(session: Session) -> int:
            decision, reasons = values.pop("decision"), values.pop("reasons")
            return appeals.decide(
                session, row.id, decision, reasons, operator=operator, **values
            ).id

        self.page.ctx.change(work, self._changed, on_error=lambda m: self._again(m, kept))

    @Slot()
    def unlock(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr(
            "Unlock %1 for appeal #%2? The audit log names the appeal as the reason."
        )
        if not self.page.ctx.dialogs.confirm(
            self, question.replace("%1", row.period).replace("%2", str(row.id))
        ):
            return
        operator = self.page.ctx.operator()
        self.page.ctx.change(
            lambda session: appeals.unlock_for(session, row.id, operator=operator).id,
            self._changed,
            on_error=self.page.error,
        )

    @Slot()
    def relock(self) -> None:
        row = self.selected()
        if row is None:
            return
        operator = self.page.ctx.operator()
        self.page.ctx.change(
            lambda session: appeals.relock(session, row.id, operator=operator).id,
            self._changed,
            on_error=self.page.error,
        )

    @Slot()
    def print_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        from .letters_print import PDF, script

        chosen = script()

        def write(_progress: Progress, target: Path) -> None:
            from ops_desktop.exports.pdf.appeal import appeal_blocks
            from ops_desktop.exports.pdf.printouts import write_document

            with self.page.ctx.transaction() as session:
                title, blocks, mark = appeal_blocks(session, row.id)
            write_document(title, blocks, target, script=chosen, marking=mark)

        return exporting.run(
            self.page,
            Export(
                self.tr("Print the appeal"),
                outputs.appeal_name(row.id, row.period),
                write,
                file_filter=PDF,
            ),
        )


def open_panel(page: AppraisalsPage) -> AppealsPanel:
    """The page's one panel, shown on the month the page shows."""
    panel = getattr(page, "appeals_panel", None)
    if panel is None:
        panel = AppealsPanel(page)
        page.appeals_panel = panel
    panel.show_month(page.period_id)
    panel.show()
    panel.raise_()
    return panel
