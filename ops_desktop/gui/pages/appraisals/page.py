"""The appraisal page: choose a month, enter scores in the grid, see totals, grades and ranks
live, lock and unlock, and move scores in and out through Excel.

Everything it reads or writes runs as an operation on the database worker
(``gui/context.py``); what comes back is shown only if the page still shows what it was for
(the grid as loaded: ``generation``). Scores go in and out through ``entering``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.appraisal import appeals, completeness, periods, results, rules
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.pages.base import Page

from . import appeals_panel, excel_actions, letters_print
from .annual import AnnualView
from .calibration_tab import CalibrationView
from .comments_panel import CommentsPanel
from .entering import ScoreEntering
from .grid import GridModel
from .grid_view import GridView
from .lock_dialogs import LockDialog, UnlockDialog, state_hint
from .peers import PeerPanel


class AppraisalsPage(Page):
    key = "appraisals"
    report_dialog: excel_actions.ImportReportDialog  # set by the last import of forms

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.period_id: int | None = None  # the month whose grid is shown
        self._asked_period: int | None = None  # the month asked for, on its way
        self._years: dict[int, int] = {}  # period id → its year (for the Year tab)
        self._periods_asked = 0  # the latest list of months asked for
        self.generation = 0  # the grid as loaded: a result for an older grid is dropped
        self._wanted_row: tuple[int, int] | None = None  # (month, person) to select once shown
        self.period_combo = QComboBox(self)
        self.period_combo.activated.connect(lambda _i: self.load(self.period_combo.currentData()))
        self.status_label = QLabel(self)
        self.distribution_label = QLabel(self)
        self.distribution_label.setObjectName("distributionWarning")
        self.distribution_label.setStyleSheet(
            "QLabel#distributionWarning { background: #FFF4E0; color: #7A4A00;"
            " border: 1px solid #E0A040; border-radius: 3px; padding: 2px 6px; }"
        )
        self.distribution_label.setWordWrap(True)
        self.distribution_label.hide()
        today = clock.today()
        self._next_month = (today.year, today.month)  # what New month offers, once read
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
        self.letters_button = letters_print.button(self)
        self.appeals_button = QPushButton(self.tr("Appeals…"), self)
        self.appeals_button.clicked.connect(lambda: appeals_panel.open_panel(self))
        self.appeals_panel: appeals_panel.AppealsPanel | None = None
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        bar.addWidget(self.period_combo)
        # The month's buttons in a bar of their own: the ones a narrow window
        # has no room for go behind its » menu — seven side by side set the page's minimum
        # width (843–953 px), and at 1024 px Letters and Appeals were out of sight.
        buttons = QToolBar(self)
        buttons.setObjectName("monthButtons")
        buttons.setStyleSheet("QToolBar#monthButtons { border: none; spacing: 4px; }")
        for button in (
            self.new_button,
            self.lock_button,
            self.export_button,
            self.forms_button,
            self.import_button,
            self.letters_button,
            self.appeals_button,
        ):
            buttons.addWidget(button)
        bar.addWidget(buttons, 1)
        self.model = GridModel(self)
        self.grid = GridView(self)
        self.grid.setModel(self.model)
        self.empty = EmptyState.attach(self.grid, self._no_month_text())
        self.entering = ScoreEntering(self)
        self.grid.selectionModel().currentRowChanged.connect(self._row_changed)
        self.peers = PeerPanel(self)
        self.comments = CommentsPanel(self)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.peers)
        side.addWidget(self.comments)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, self.tr("Month"))
        self.annual = AnnualView(self)
        self.tabs.addTab(self.annual, self.tr("Year"))
        self.calibration = CalibrationView(self)
        self.tabs.addTab(self.calibration, self.tr("Calibration"))
        self._month_buttons = (
            self.lock_button,
            self.export_button,
            self.forms_button,
            self.import_button,
            self.annual.export_button,
            self.letters_button,
            self.appeals_button,
        )
        self._enable_month_actions()
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        # The month's state on a line of its own: beside the buttons, its text made the page
        # (and so the window) wider than a 1024-pixel screen in English.
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addWidget(self.distribution_label)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Appraisals")

    def activate(self) -> None:
        self.refresh_periods()

    # -- periods ------------------------------------------------------------------------------
    def refresh_periods(self, select: int | None = None) -> None:
        self._periods_asked += 1
        asked = self._periods_asked

        def work(session: Session) -> tuple[list[tuple[str, int, int]], tuple[int, int]]:
            months = [
                (f"{periods.label(p)}", p.id, p.year)
                for p in periods.all_periods(session)
                if p.kind == "monthly"
            ]
            return months, periods.next_month(session)

        def done(found: tuple[list[tuple[str, int, int]], tuple[int, int]]) -> None:
            if asked != self._periods_asked:  # a newer list is on its way
                return
            items, self._next_month = found
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
            self.empty.set_text(self._no_month_text())
            self.empty.mark_loaded()
            self.peers.set_person(None)
            self.comments.set_person(None)
            self.annual.no_year()
            self.calibration.clear()
            return

        def done(result: results.PeriodResult) -> None:
            if self._asked_period != period_id:  # another month chosen meanwhile
                return
            self.period_id = period_id
            self._enable_month_actions()
            self.generation += 1
            locked = result.status == "locked"
            self.empty.set_text(
                self.tr("No one was on the staff in this month: add people on the Staff page.")
            )
            self.model.load(result.people, result.scheme, locked)  # the view sizes its columns
            self.lock_button.setText(self.tr("Unlock…") if locked else self.tr("Lock"))
            self.show_status(result.status)
            self.peers.set_person(None)
            self.comments.set_person(None)
            self._select_wanted_row(period_id)
            if self.tabs.currentWidget() is self.calibration:
                self.calibration.load(period_id)
            self._read_appeals(period_id)

        self.ctx.read(
            lambda session: results.compute(session, period_id), done, on_error=self.error
        )

    def _read_appeals(self, period_id: int) -> None:
        """The marks of the open appeals on the grid, and the panel on this month."""
        generation = self.generation

        def done(open_ids: set[int]) -> None:
            if generation == self.generation:  # the grid is still the one they are of
                self.model.set_appealed(open_ids)

        self.ctx.read(lambda s: appeals.open_staff(s, period_id), done, on_error=self.error)
        panel = self.appeals_panel
        if panel is not None and panel.isVisible() and panel.period_id != period_id:
            panel.show_month(period_id)

    def _no_month_text(self) -> str:
        return self.tr("No month is open yet: open the first one with New month… above.")

    def _enable_month_actions(self) -> None:
        """Lock and the sheets act on the month shown (the annual sheet on its year):
        without one they do nothing."""
        for button in self._month_buttons:
            button.setEnabled(self.period_id is not None)
        self.actions_changed.emit()

    def show_status(self, status: str) -> None:
        """The month's state and how many are complete, as the grid holds them now; a grade
        over its forced-distribution limit is warned of beside it."""
        state = {
            "open": self.tr("open"),
            "review": self.tr("in review"),
            "locked": self.tr("locked"),
        }.get(status, status)
        text = (
            self.tr("%1 — %2 of %3 complete")
            .replace("%1", state)
            .replace("%2", str(self.model.complete_count()))
            .replace("%3", str(len(self.model.people)))
        )
        warnings = [
            self.tr("%1: %2 people (%3%), limit %4%")
            .replace("%1", band.name)
            .replace("%2", str(count))
            .replace("%3", f"{share}")
            .replace("%4", rules.limit_text(band))
            for band, count, share in self.model.breaches()
        ]
        self.distribution_label.setText(
            self.tr("Over the forced distribution: %1").replace("%1", "; ".join(warnings))
        )
        self.distribution_label.setVisible(bool(warnings))
        hint = state_hint(status)
        self.status_label.setText(text)
        self.status_label.setToolTip(hint)
        message = f"{text} — {hint}" if hint else text
        self.status_message.emit(" · ".join([message, *warnings]))

    @Slot()
    def open_month(self) -> None:
        year, month = self._next_month
        text = self.ctx.dialogs.ask_text(
            self, self.tr("New month"), self.tr("Month (YYYY-MM):"), f"{year}-{month:02d}"
        )
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

    # -- scores ---------------------------------------------------------------------------------
    def refresh_people(self, staff_ids: Iterable[int]) -> None:
        """Read the rows of ``staff_ids`` again (the peers panel's entries call this)."""
        self.entering.refresh_people(staff_ids)

    def delete_record(self) -> bool:
        """Delete (the window's action): the selected scores are cleared."""
        self.grid.clear_selection()
        return True

    @Slot()
    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid() and current.row() < len(self.model.people):
            person = self.model.people[current.row()].staff_id
            self.peers.set_person(person)
            self.comments.set_person(person)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.annual and self.period_id in self._years:
            self.annual.load(self._years[self.period_id])
        if self.tabs.widget(index) is self.calibration:
            self.calibration.load(self.period_id)
        self.actions_changed.emit()

    def offers(self, action: str) -> bool:
        """Delete clears the month's selected scores: not on the Year tab, which only shows.
        Export is on both tabs, as the annual sheet on the Year tab."""
        if action == "delete_record":
            return self.tabs.currentWidget() is not self.annual
        return super().offers(action)

    def ready(self, action: str) -> bool:
        """Delete clears scores of the month shown, Export writes its sheet (or its year's):
        neither without one."""
        return action not in ("delete_record", "export") or self.period_id is not None

    def export(self) -> bool:
        """The score sheet of the month shown; on the Year tab, the annual sheet."""
        return excel_actions.export(self)

    def year_of(self, period_id: int) -> int:
        """The year of a month in the list (what the Year tab shows for it)."""
        return self._years[period_id]

    def label_of(self, period_id: int) -> str:
        """A month of the list as it is named (``2026-11``): the one shown, not the one
        perhaps chosen meanwhile and still on its way."""
        return self.period_combo.itemText(self.period_combo.findData(period_id))

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
        row = self.model.row_of(wanted[1]) if wanted and wanted[0] == period_id else None
        if row is not None:
            index = self.model.index(row, 0)
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
