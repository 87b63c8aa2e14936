"""The appraisal page: choose a month, enter scores in the grid, see totals, grades and ranks
live, lock and unlock, and move scores in and out through Excel.

Everything it reads or writes runs as an operation on the database worker
(``gui/context.py``); what comes back is shown only if the page still shows what it was for
(the grid as loaded: ``_shown``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import completeness, periods, results, scores
from ops_desktop.core.appraisal import stale_scores as stale
from ops_desktop.core.errors import DomainError
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.pages.base import Page
from ops_desktop.gui.undo import perform

from . import excel_actions
from .annual import AnnualView
from .grid import GridModel, GridView, grid_columns
from .lock_dialogs import LockDialog, UnlockDialog, state_hint
from .peers import PeerPanel
from .refusals import Refusals


class AppraisalsPage(Page):
    key = "appraisals"
    report_dialog: excel_actions.ImportReportDialog  # set by the last import of forms

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.period_id: int | None = None  # the month whose grid is shown
        self._asked_period: int | None = None  # the month asked for, on its way
        self._years: dict[int, int] = {}  # period id → its year (for the Year tab)
        self._periods_asked = 0  # the latest list of months asked for
        self._shown = 0  # the grid as loaded: a result for an older grid is dropped
        self._wanted_row: tuple[int, int] | None = None  # (month, person) to select once shown
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
        self._month_buttons = (self.lock_button, self.export_button)
        self._enable_month_actions()
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
        self._periods_asked += 1
        asked = self._periods_asked

        def work(session: Session) -> list[tuple[str, int, int]]:
            return [
                (f"{periods.label(p)}", p.id, p.year)
                for p in periods.all_periods(session)
                if p.kind == "monthly"
            ]

        def done(items: list[tuple[str, int, int]]) -> None:
            if asked != self._periods_asked:  # a newer list is on its way
                return
            self._years = {ident: year for _text, ident, year in items}
            self.period_combo.clear()
            for text, ident, _year in items:
                self.period_combo.addItem(text, ident)
            wanted = select if select is not None else self.period_id
            index = self.period_combo.findData(wanted) if wanted is not None else 0
            self.period_combo.setCurrentIndex(max(index, 0))
            self.load(self.period_combo.currentData() if items else None)

        self.ctx.read(work, done, on_error=self.error)

    def load(self, period_id: int | None) -> None:
        """Show month ``period_id``. ``period_id`` (what scores, locks and imports act on)
        changes only once its grid is shown: until then the old month's grid is up, and
        what is typed into it goes to the old month."""
        self._asked_period = period_id
        if period_id is None:
            self.period_id = None
            self._enable_month_actions()
            return

        def done(result: results.PeriodResult) -> None:
            if self._asked_period != period_id:  # another month chosen meanwhile
                return
            self.period_id = period_id
            self._enable_month_actions()
            self._shown += 1
            locked = result.status == "locked"
            self.model.load(result.people, grid_columns(result.scheme), locked)
            self.grid.horizontalHeader().setResizeContentsPrecision(40)  # not 1,000 rows
            self.grid.resizeColumnsToContents()
            self.lock_button.setText(self.tr("Unlock…") if locked else self.tr("Lock"))
            self._show_status(result)
            self.peers.set_person(None)
            self._select_wanted_row(period_id)

        self.ctx.read(
            lambda session: results.compute(session, period_id), done, on_error=self.error
        )

    def _enable_month_actions(self) -> None:
        """Lock and the score sheet act on the month shown: without one they do nothing."""
        for button in self._month_buttons:
            button.setEnabled(self.period_id is not None)

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
        hint = state_hint(result.status)
        self.status_label.setText(text)
        self.status_label.setToolTip(hint)
        self.status_message.emit(f"{text} — {hint}" if hint else text)

    @Slot()
    def open_month(self) -> None:
        text = self.ctx.dialogs.ask_text(self, self.tr("New month"), self.tr("Month (YYYY-MM):"))
        if text is None:
            return
        try:
            year, month = (int(part) for part in text.strip().split("-"))
        except ValueError:
            self.error(self.tr("'%1' is not a month like 2026-11.").replace("%1", text))
            return
        operator = self.ctx.operator()
        self.ctx.change(
            lambda session: periods.open_period(session, year, month, operator).id,
            lambda new_id: self.refresh_periods(select=new_id),
            on_error=self.error,
        )

    @Slot()
    def toggle_lock(self) -> None:
        """Lock the month shown, once the user has seen who is not complete; or unlock it,
        with a reason. Both are asked before the transaction: no lock is held while the user
        reads or types."""
        period_id = self.period_id
        if period_id is None:
            return
        if self.model.locked:
            self._unlock(period_id)
            return
        self.ctx.read(
            lambda session: completeness.incomplete(session, period_id),
            lambda lacking: self._confirm_lock(period_id, lacking),
            on_error=self.error,
        )

    def _confirm_lock(self, period_id: int, lacking: list[completeness.Incomplete]) -> None:
        if self.period_id != period_id:  # another month shown meanwhile
            return
        dialog = LockDialog(self.period_combo.currentText(), lacking, self)
        if not self.ctx.dialogs.run(dialog):
            return
        # Locked as incomplete only if the user chose so: a month complete when asked and
        # incomplete by now (another desk took a score back) is refused, with the names.
        self._change_lock(
            period_id,
            lambda session, operator: periods.lock(
                session, period_id, operator, incomplete=bool(lacking)
            ),
        )

    def _unlock(self, period_id: int) -> None:
        dialog = UnlockDialog(self.period_combo.currentText(), self)
        if not self.ctx.dialogs.run(dialog):
            return
        reason = dialog.reason()
        self._change_lock(
            period_id,
            lambda session, operator: periods.unlock(session, period_id, reason, operator),
        )

    def _change_lock(self, period_id: int, work: Callable[[Session, str], object]) -> None:
        operator = self.ctx.operator()

        def done(_period: object) -> None:
            if self.period_id == period_id:
                self.load(period_id)

        self.ctx.change(lambda session: work(session, operator), done, on_error=self.error)

    # -- entering scores ----------------------------------------------------------------------
    def _entry(self, row: int, column: int, text: str) -> Entry:
        """What a cell of the grid is to store, as the grid shows it now."""
        person, col = self.model.people[row], self.model.columns[column]
        old = self.model.value(row, column)
        try:
            new = scores.parse_score(text)  # what undo finds stored, unless someone else
        except DomainError:
            new = None  # refused when stored, with the reason
        source = "data" if col.kind == "data" else col.source
        return Entry(person.staff_id, source, col.dimension, old, text, new)

    @Slot(int, int, str)
    def enter_score(self, row: int, column: int, text: str) -> bool:
        """Store one cell; a refusal stays in the cell with its reason (True: started)."""
        if self.period_id is None:
            return False
        name = self.model.people[row].name

        def told(_stored: int, refused: dict[int, str]) -> None:
            for reason in refused.values():
                self.status_message.emit(f"{name}: {reason}")

        self._store(
            self.tr("Score %1").replace("%1", name),
            [(column, self._entry(row, column, text))],
            told,
        )
        return True

    @Slot(int, int, list)
    def paste(self, top: int, left: int, rows: list[list[str]]) -> None:
        """A block copied from Excel: every cell is validated; refusals stay marked. The
        cells stored are one undo step, as the paste was one action."""
        if self.period_id is None:
            return
        cells: list[tuple[int, Entry]] = []
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                row, column = top + r, left + c
                if row >= self.model.rowCount() or column >= self.model.columnCount():
                    continue
                editable = self.model.flags(self.model.index(row, column))
                if not editable & Qt.ItemFlag.ItemIsEditable or not text.strip():
                    continue
                self.model.refused.pop((row, column), None)
                cells.append((column, self._entry(row, column, text)))

        def told(stored: int, refused: dict[int, str]) -> None:
            self.status_message.emit(
                self.tr("Pasted: %1 stored, %2 refused")
                .replace("%1", str(stored))
                .replace("%2", str(len(refused)))
            )

        if cells:
            self._store(self.tr("Paste scores"), cells, told)
        else:
            told(0, {})

    def _store(
        self,
        text: str,
        cells: list[tuple[int, Entry]],
        told: Callable[[int, dict[int, str]], None],
    ) -> None:
        """Store ``cells`` (grid column, entry) as one undoable change. Its first run stores
        every cell it can and keeps each refusal (by the cell's place in ``cells``) for its
        cell; when none can be stored nothing is done and no step is left. Undo and redo
        take back or put again exactly the cells stored, all or none."""
        period_id, operator, shown = self.period_id, self.ctx.operator(), self._shown
        assert period_id is not None, "scores are entered into a month's grid"
        entries = [entry for _column, entry in cells]
        # Found by the first run, read once it has ended: the cells stored (with their
        # evaluators: a redo stores exactly these again), each refusal by the cell's place in
        # ``cells``, and whether it stored none (then it is refused: no step is left).
        stored: list[Entry] = []
        refused: dict[int, str] = {}
        none_stored: list[bool] = []

        def do(session: Session) -> list[Entry]:
            dims = _dimensions(session, period_id)
            if stored:  # a redo: all or none
                for entry in stored:
                    _put(session, period_id, dims, entry, operator)
                return list(stored)
            for n, entry in enumerate(entries):
                try:
                    with session.begin_nested():  # a refused cell leaves the others stored
                        resolved = _with_evaluator(session, entry)
                        _put(session, period_id, dims, resolved, operator)
                except DomainError as exc:
                    refused[n] = str(exc)
                else:
                    stored.append(resolved)
            if not stored:
                none_stored.append(True)
                raise _NothingStored
            return list(stored)

        def undo_factory(done: list[Entry]) -> Callable[[Session], None]:
            def undo(session: Session) -> None:
                dims = _dimensions(session, period_id)
                for entry in reversed(done):
                    _take_back(session, period_id, dims, entry, operator)

            return undo

        def mark() -> None:
            """Each refused cell keeps its reason — in the grid as loaded then."""
            for n, reason in refused.items():
                column, entry = cells[n]
                row = self._row_of(entry.staff_id) if shown == self._shown else None
                if row is not None:
                    self.model.refuse(row, column, reason)

        def refused_entry(message: str) -> None:
            mark()
            if none_stored:
                told(0, refused)
            else:  # not the cells' reasons: the change as a whole failed
                self.error(message)

        def entered(done: list[Entry]) -> None:
            refusals.entered()
            mark()
            told(len(done), refused)

        staff = {entry.staff_id for entry in entries}
        refusals = Refusals(self, staff, refused_entry)
        perform(
            self.undo_stack,
            self.ctx,
            text,
            do,
            undo_factory,
            lambda: self.refresh_people(staff),
            refusals,
            done=entered,
        )

    def _row_of(self, staff_id: int) -> int | None:
        return next((r for r, p in enumerate(self.model.people) if p.staff_id == staff_id), None)

    def refresh_people(self, staff_ids: Iterable[int]) -> None:
        """Read the rows of ``staff_ids`` again (and the month's status); the peers panel
        too when it shows one of them."""
        period_id, shown, wanted = self.period_id, self._shown, set(staff_ids)
        if period_id is None:
            return
        whole = len(self.model.people) < 200

        def work(session: Session) -> tuple[list[results.PersonResult], results.PeriodResult]:
            if whole:  # the month's status counts everyone
                everyone = results.compute(session, period_id)
                return [p for p in everyone.people if p.staff_id in wanted], everyone
            result = results.compute(session, period_id, wanted)
            return result.people, result

        def done(found: tuple[list[results.PersonResult], results.PeriodResult]) -> None:
            if shown != self._shown:  # the grid was loaded again meanwhile
                return
            people, status = found
            for person in people:
                if self._row_of(person.staff_id) is not None:
                    self.model.replace_person(person)
            self._show_status(status)
            if self.peers.person_id in wanted:
                self.peers.set_person(self.peers.person_id)

        self.ctx.read(work, done, on_error=self.error)

    @Slot()
    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid() and current.row() < len(self.model.people):
            self.peers.set_person(self.model.people[current.row()].staff_id)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.annual and self.period_id in self._years:
            self.annual.load(self._years[self.period_id])

    def export(self) -> bool:
        return excel_actions.export_sheet(self)

    def select_id(self, ident: Any) -> bool:
        """Open a month — or ``(month, person)``: that person's row in it (the dashboard's
        alerts point here). True: started."""
        period_id, person = ident if isinstance(ident, tuple) else (ident, None)
        self._wanted_row = None if person is None else (period_id, person)
        self.tabs.setCurrentIndex(0)
        self.refresh_periods(select=period_id)
        return True

    def _select_wanted_row(self, period_id: int) -> None:
        wanted, self._wanted_row = self._wanted_row, None
        row = self._row_of(wanted[1]) if wanted and wanted[0] == period_id else None
        if row is not None:
            index = self.model.index(row, 0)
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)


# -- a score of the grid, stored and taken back on the database worker ---------------------------
@dataclasses.dataclass(frozen=True)
class Entry:
    """One cell's score as the grid enters it: a supervisor or self score of a dimension, or
    the 數據分析 score (``source`` "data")."""

    staff_id: int
    source: str  # supervisor | self | data
    code: str  # the dimension's code ("" for data)
    old: Decimal | None  # as the grid showed it: refused if changed since; what undo restores
    text: str  # as typed
    new: Decimal | None  # as stored: what undo expects to find, unless someone else changed it
    evaluator: int | None = None  # who gives it: found by the first run, kept by redo
    external: str | None = None  # the supervisor outside the program (the department head's)


class _NothingStored(DomainError):
    """No cell of an entry could be stored: nothing to undo, no step (each cell shows why)."""

    def __init__(self) -> None:
        super().__init__("Nothing stored")


def _with_evaluator(session: Session, entry: Entry) -> Entry:
    if entry.source == "self":
        return dataclasses.replace(entry, evaluator=entry.staff_id)
    if entry.source == "supervisor":
        evaluator, external = scores.supervisor_of(session, entry.staff_id)
        return dataclasses.replace(entry, evaluator=evaluator, external=external)
    return entry


def _dimensions(session: Session, period_id: int) -> dict[str, int]:
    # The dimensions by their codes in the period's scheme as it is now: a new scheme version
    # (weights saved in Settings) moves the month's scores to its own dimensions, and this
    # window's own undo must follow them there.
    return {d.code: d.id for d in periods.scheme_dimensions(session, period_id)}


def _key(dims: dict[str, int], entry: Entry) -> scores.ScoreKey:
    return scores.ScoreKey(entry.staff_id, entry.source, entry.evaluator, dims[entry.code])


def _put(
    session: Session, period_id: int, dims: dict[str, int], entry: Entry, operator: str
) -> None:
    """Store what was typed — refused if the score is no longer what the grid showed (the
    grid may be old)."""
    if entry.source == "data":
        stale.expect_data_score(session, period_id, entry.staff_id, entry.old)
        scores.enter_data_score(session, period_id, entry.staff_id, entry.text, operator)
        return
    key = _key(dims, entry)
    stale.expect_score(session, period_id, key, entry.old)
    scores.enter(session, period_id, key, entry.text, operator, entry.external)


def _take_back(
    session: Session, period_id: int, dims: dict[str, int], entry: Entry, operator: str
) -> None:
    """Put back what the grid showed — refused if the score was changed after this entry."""
    if entry.source == "data":
        stale.expect_data_score(session, period_id, entry.staff_id, entry.new)
        if entry.old is not None:
            scores.enter_data_score(session, period_id, entry.staff_id, entry.old, operator)
        else:
            scores.remove_data_score(session, period_id, entry.staff_id, operator)
        return
    key = _key(dims, entry)
    stale.expect_score(session, period_id, key, entry.new)
    if entry.old is not None:
        scores.enter(session, period_id, key, entry.old, operator, entry.external)
    else:
        scores.remove(session, period_id, key, operator)
