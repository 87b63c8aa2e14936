"""The appraisal page: choose a month, enter scores in the grid, see totals, grades and ranks
live, lock and unlock, and move scores in and out through Excel."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core.appraisal import periods, results, scores
from ops_desktop.core.appraisal import stale_scores as stale
from ops_desktop.core.errors import DomainError
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.pages.base import Page
from ops_desktop.gui.undo import perform

from . import excel_actions
from .annual import AnnualView
from .grid import GridModel, GridView, grid_columns
from .peers import PeerPanel
from .refusals import Refusals


class AppraisalsPage(Page):
    key = "appraisals"
    report_dialog: excel_actions.ImportReportDialog  # set by the last import of forms

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.period_id: int | None = None
        self.period_combo = QComboBox(self)
        self.period_combo.activated.connect(lambda _i: self.load(self.period_combo.currentData()))
        self.status_label = QLabel(self)
        self.new_button = QPushButton(self.tr("New month…"), self)
        self.new_button.clicked.connect(self.open_month)
        self.lock_button = QPushButton(self.tr("Lock"), self)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.export_button = QPushButton(self.tr("Export score sheet…"), self)
        self.export_button.clicked.connect(self.export)
        self.forms_button = QPushButton(self.tr("Evaluator forms…"), self)
        self.forms_button.clicked.connect(lambda: excel_actions.generate_forms(self))
        self.import_button = QPushButton(self.tr("Import forms…"), self)
        self.import_button.clicked.connect(lambda: excel_actions.import_forms(self))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.status_label, 1)
        for button in (
            self.new_button,
            self.lock_button,
            self.export_button,
            self.forms_button,
            self.import_button,
        ):
            bar.addWidget(button)
        self.model = GridModel(self)
        self.model.score_entered.connect(self.enter_score)
        self.grid = GridView(self)
        self.grid.setModel(self.model)
        self.grid.pasted.connect(self.paste)
        self.grid.selectionModel().currentRowChanged.connect(self._row_changed)
        self.peers = PeerPanel(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.peers)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, self.tr("Month"))
        self.annual = AnnualView(self)
        self.tabs.addTab(self.annual, self.tr("Year"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Appraisals")

    def activate(self) -> None:
        self.refresh_periods()

    # -- periods ------------------------------------------------------------------------------
    def refresh_periods(self, select: int | None = None) -> None:
        with self.ctx.transaction() as session:
            items = [
                (f"{periods.label(p)}", p.id)
                for p in periods.all_periods(session)
                if p.kind == "monthly"
            ]
        self.period_combo.clear()
        for text, ident in items:
            self.period_combo.addItem(text, ident)
        wanted = select if select is not None else self.period_id
        index = self.period_combo.findData(wanted) if wanted is not None else 0
        self.period_combo.setCurrentIndex(max(index, 0))
        if items:
            self.load(self.period_combo.currentData())

    def load(self, period_id: int | None) -> None:
        self.period_id = period_id
        if period_id is None:
            return

        def work(progress: Any) -> results.PeriodResult:
            with self.ctx.transaction() as session:
                return results.compute(session, period_id)

        def done(result: results.PeriodResult) -> None:
            locked = result.status == "locked"
            self.model.load(result.people, grid_columns(result.scheme), locked)
            self.grid.horizontalHeader().setResizeContentsPrecision(40)  # not 1,000 rows
            self.grid.resizeColumnsToContents()
            self.lock_button.setText(self.tr("Unlock…") if locked else self.tr("Lock"))
            self._show_status(result)
            self.peers.set_person(None)

        self.ctx.tasks.run(work, done, on_error=self.error)

    def _show_status(self, result: results.PeriodResult) -> None:
        status = {
            "open": self.tr("open"),
            "review": self.tr("in review"),
            "locked": self.tr("locked"),
        }.get(result.status, result.status)
        text = (
            self.tr("%1 — %2 of %3 complete")
            .replace("%1", status)
            .replace("%2", str(result.complete_count))
            .replace("%3", str(len(result.people)))
        )
        for band, count, share in result.breaches:
            text += " · " + self.tr("%1: %2 people (%3%) over the limit").replace(
                "%1", band.name
            ).replace("%2", str(count)).replace("%3", f"{share}")
        self.status_label.setText(text)
        self.status_message.emit(text)

    @Slot()
    def open_month(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("New month"), self.tr("Month (YYYY-MM):"))
        if not ok:
            return
        try:
            year, month = (int(part) for part in text.strip().split("-"))
            with self.ctx.writing() as session:
                new_id = periods.open_period(session, year, month, self.ctx.operator()).id
        except (ValueError, DomainError) as exc:
            self.error(
                str(exc)
                if isinstance(exc, DomainError)
                else self.tr("'%1' is not a month like 2026-11.").replace("%1", text)
            )
            return
        self.refresh_periods(select=new_id)

    @Slot()
    def toggle_lock(self) -> None:
        if self.period_id is None:
            return
        reason = ""
        if self.model.locked:  # asked before the transaction: no lock held while the user types
            reason, ok = QInputDialog.getText(
                self, self.tr("Unlock"), self.tr("Why must this month change?")
            )
            if not ok:
                return
        try:
            with self.ctx.writing() as session:
                if self.model.locked:
                    periods.unlock(session, self.period_id, reason, self.ctx.operator())
                else:
                    periods.lock(session, self.period_id, self.ctx.operator())
        except DomainError as exc:
            self.error(str(exc))
            return
        self.load(self.period_id)

    # -- entering scores ----------------------------------------------------------------------
    def _key(self, row: int, column: int) -> tuple[scores.ScoreKey, str | None]:
        """The score a cell of the grid holds, and its outside evaluator (if any)."""
        assert self.period_id is not None, "a grid is shown for a period"
        person, col = self.model.people[row], self.model.columns[column]
        with self.ctx.transaction() as session:
            dims = {d.code: d.id for d in periods.scheme_dimensions(session, self.period_id)}
            if col.source == "self":
                return scores.ScoreKey(
                    person.staff_id, "self", person.staff_id, dims[col.dimension]
                ), None
            evaluator, external = scores.supervisor_of(session, person.staff_id)
            return scores.ScoreKey(
                person.staff_id, "supervisor", evaluator, dims[col.dimension]
            ), external

    @Slot(int, int, str)
    def enter_score(self, row: int, column: int, text: str) -> bool:
        """Store one cell; a refusal stays in the cell with its reason."""
        if self.period_id is None:
            return False
        person, col = self.model.people[row], self.model.columns[column]
        old = self.model.value(row, column)
        period_id, operator = self.period_id, self.ctx.operator()
        try:
            new = scores.parse_score(text)  # what undo finds stored, unless someone else
        except DomainError:
            new = None  # refused below, with the reason
        if col.kind == "data":

            def do(session):
                stale.expect_data_score(session, period_id, person.staff_id, old)
                return scores.enter_data_score(session, period_id, person.staff_id, text, operator)

            def undo_factory(_result):
                return lambda s: (
                    stale.expect_data_score(s, period_id, person.staff_id, new),
                    scores.enter_data_score(s, period_id, person.staff_id, old, operator)
                    if old is not None
                    else scores.remove_data_score(s, period_id, person.staff_id, operator),
                )
        else:
            entered, external = self._key(row, column)
            code = col.dimension

            def key_in(session):
                # The dimension by its code in the period's scheme as it is now: a new scheme
                # version (weights saved in Settings) moves the month's scores to its own
                # dimensions, and this window's own undo must follow them there.
                now = {d.code: d.id for d in periods.scheme_dimensions(session, period_id)}
                return dataclasses.replace(entered, dimension_id=now[code])

            def do(session):
                key = key_in(session)
                stale.expect_score(session, period_id, key, old)  # the grid may be old
                return scores.enter(session, period_id, key, text, operator, external)

            def undo_factory(_result):
                def undo(session):
                    key = key_in(session)
                    stale.expect_score(session, period_id, key, new)
                    if old is not None:
                        scores.enter(session, period_id, key, old, operator, external)
                    else:
                        scores.remove(session, period_id, key, operator)

                return undo

        refusals = Refusals(self, person.staff_id)
        perform(
            self.undo_stack,
            self.ctx,
            self.tr("Score %1").replace("%1", person.name),
            do,
            undo_factory,
            lambda: self.refresh_person(person.staff_id),
            refusals,
        )
        refused = refusals.entered()
        if refused:
            self.model.refuse(row, column, refused)
            self.status_message.emit(f"{person.name}: {refused}")
            return False
        return True

    def refresh_person(self, staff_id: int) -> None:
        if self.period_id is None:
            return
        with self.ctx.transaction() as session:
            result = results.compute(session, self.period_id, {staff_id})
            if result.people:
                self.model.replace_person(result.people[0])
            self._show_status(
                results.compute(session, self.period_id) if len(self.model.people) < 200 else result
            )
        if self.peers.person_id == staff_id:
            self.peers.set_person(staff_id)

    @Slot(int, int, list)
    def paste(self, top: int, left: int, rows: list[list[str]]) -> None:
        """A block copied from Excel: every cell is validated; refusals stay marked. The
        cells stored are one undo step, as the paste was one action."""
        stored = refused = 0
        self.undo_stack.beginMacro(self.tr("Paste scores"))
        try:
            for r, cells in enumerate(rows):
                for c, text in enumerate(cells):
                    row, column = top + r, left + c
                    if row >= self.model.rowCount() or column >= self.model.columnCount():
                        continue
                    index = self.model.index(row, column)
                    editable = self.model.flags(index) & Qt.ItemFlag.ItemIsEditable
                    if not editable or not text.strip():
                        continue
                    if self.enter_score(row, column, text):
                        stored += 1
                    else:
                        refused += 1
        finally:
            self.undo_stack.endMacro()
        if not stored:  # nothing stored: no empty step in the history
            step = self.undo_stack.command(self.undo_stack.index() - 1)
            if step is not None and step.childCount() == 0:
                step.setObsolete(True)
                self.undo_stack.undo()
        self.status_message.emit(
            self.tr("Pasted: %1 stored, %2 refused")
            .replace("%1", str(stored))
            .replace("%2", str(refused))
        )

    @Slot()
    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid() and current.row() < len(self.model.people):
            self.peers.set_person(self.model.people[current.row()].staff_id)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.annual and self.period_id is not None:
            with self.ctx.transaction() as session:
                year = next(p.year for p in periods.all_periods(session) if p.id == self.period_id)
            self.annual.load(year)

    def export(self) -> bool:
        return excel_actions.export_sheet(self)

    def select_id(self, period_id: Any) -> bool:
        """Open a period (the dashboard's alerts point here)."""
        self.refresh_periods(select=period_id)
        return self.period_id == period_id
