"""The 校準 (Calibration) tab: for the manager's review before locking, the month's (or the
year's) evaluators with their flags, the peers' agreement, the grade distribution against
its limits with a chart, and each person's stored total beside the standardised ratings.

Read on the database worker (``ctx.read``); nothing here changes a score. The figures are
``core.appraisal.calibration``'s, which documents how they are computed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core import outputs
from ops_desktop.core.appraisal import calibration
from ops_desktop.core.appraisal.calibration import Calibration, RaterRow
from ops_desktop.core.models import AppraisalPeriod
from ops_desktop.gui import exporting
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.exporting import Export
from ops_desktop.gui.pages.dashboard_charts import bar_chart, signed_bars
from ops_desktop.gui.table import Column, RowTableModel


def _alpha(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _two(value: Decimal | None) -> str:
    """A figure to 2 decimals as the report prints it (the table's default drops ".00")."""
    return "" if value is None else f"{value:.2f}"


class CalibrationView(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self._asked = 0  # the latest calibration asked for: an older one arriving is dropped
        self.found: Calibration | None = None
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This month"), "month")
        self.scope.addItem(self.tr("The whole year"), "year")
        self.scope.activated.connect(lambda _i: self.load(self.page.period_id))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.raters = RowTableModel(
            [
                Column(self.tr("Evaluator"), lambda r: r.label),
                Column(self.tr("Flag"), self._flag),  # beside the name: seen without scrolling
                Column(self.tr("As"), self._source),
                Column(self.tr("Rated"), lambda r: r.count, align_right=True),
                Column(self.tr("Mean"), lambda r: _two(r.mean), align_right=True),
                Column(self.tr("Spread (SD)"), lambda r: _two(r.spread), align_right=True),
                Column(self.tr("z"), lambda r: _two(r.z), align_right=True),
                Column(self.tr("Top grade %"), lambda r: _two(r.top_share), align_right=True),
            ],
            self,
        )
        self.people = RowTableModel(
            [
                Column(self.tr("Staff no."), lambda p: p.staff_no),
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Stored total"), lambda p: _two(p.total), align_right=True),
                Column(self.tr("Grade"), lambda p: p.grade),
                Column(self.tr("Supervisor"), lambda p: _two(p.supervisor), align_right=True),
                Column(
                    self.tr("Supervisor, standardised"),
                    lambda p: _two(p.supervisor_std),
                    align_right=True,
                ),
                Column(self.tr("Peers"), lambda p: _two(p.peers), align_right=True),
                Column(
                    self.tr("Peers, standardised"), lambda p: _two(p.peers_std), align_right=True
                ),
            ],
            self,
        )
        self.agreement = RowTableModel(
            [
                Column(self.tr("Name"), lambda a: a.name),
                Column(self.tr("Peers"), lambda a: a.peers, align_right=True),
                Column(self.tr("Alpha"), lambda a: _alpha(a.alpha), align_right=True),
            ],
            self,
        )
        self.rater_table = self._table(self.raters)
        self.people_table = self._table(self.people)
        self.agreement_table = self._table(self.agreement)
        self.empty_states = [
            EmptyState.attach(table, "")
            for table in (self.rater_table, self.people_table, self.agreement_table)
        ]
        self._say_empty(self._period_texts())
        self.alpha_label = QLabel(self)
        self.alpha_label.setWordWrap(True)
        self.distribution_label = QLabel(self)
        self.distribution_label.setWordWrap(True)
        self.chart = QChartView(self)
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(210)  # four grades' names on their axis, none hidden
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.chart)
        self.z_chart = QChartView(self)  # the supervisors' leniency at a glance
        self.z_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.z_chart.setMinimumHeight(210)
        side_layout.addWidget(self.z_chart)
        side_layout.addWidget(self.distribution_label)
        side_layout.addWidget(self.alpha_label)
        side_layout.addWidget(self.agreement_table)
        tables = QSplitter(Qt.Orientation.Vertical, self)
        tables.addWidget(self.rater_table)
        tables.addWidget(self.people_table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(tables)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.save_button = QPushButton(self.tr("Save report…"), self)
        menu = QMenu(self.save_button)
        menu.addAction(self.tr("A4 PDF…")).triggered.connect(lambda: self.save(".pdf"))
        menu.addAction(self.tr("Excel workbook…")).triggered.connect(lambda: self.save(".xlsx"))
        self.save_button.setMenu(menu)
        self.save_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.scope)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    def _table(self, model: RowTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _period_texts(self) -> list[str]:
        """What each list says when the period has nothing for it."""
        return [
            self.tr("No evaluator has scored anyone in this period yet."),
            self.tr("No one has a rating to calibrate in this period yet."),
            self.tr("No one was rated by two or more peers."),
        ]

    def _say_empty(self, texts: list[str]) -> None:
        for state, text in zip(self.empty_states, texts, strict=True):
            state.set_text(text)

    def _source(self, row: RaterRow) -> str:
        return self.tr("supervisor") if row.source == "supervisor" else self.tr("peer")

    def _flag(self, row: RaterRow) -> str:
        if row.lenient:
            return self.tr("lenient")
        return self.tr("severe") if row.severe else ""

    def clear(self) -> None:
        self._asked += 1  # what is on its way is not shown
        self.found = None
        self.save_button.setEnabled(False)
        self._say_empty([self.tr("No month is open yet.")] * 3)
        for model in (self.raters, self.people, self.agreement):
            model.set_rows([])
        self.summary.setText(self.tr("No month is open yet."))
        self.alpha_label.clear()
        self.distribution_label.clear()
        self.chart.setChart(bar_chart({}, "", ""))
        self.z_chart.setChart(signed_bars({}, "", 0))

    def load(self, period_id: int | None) -> None:
        """Calibrate the month ``period_id`` (or, as chosen, its whole year)."""
        if period_id is None:
            self.clear()
            return
        self._asked += 1
        asked = self._asked
        whole_year = self.scope.currentData() == "year"

        def work(session: Session) -> Calibration:
            period = session.get(AppraisalPeriod, period_id)
            assert period is not None
            if whole_year:
                return calibration.annual(session, period.year)
            return calibration.monthly(session, period.year, period.month)

        def done(found: Calibration) -> None:
            if asked == self._asked:
                self.present(found)

        self.page.ctx.read(work, done, on_error=self.page.error)

    def present(self, found: Calibration) -> None:
        self.found = found
        self.save_button.setEnabled(True)
        self._say_empty(self._period_texts())
        self.raters.set_rows(list(found.raters))
        self.people.set_rows(list(found.people))
        self.agreement.set_rows(list(found.agreement))
        for table in (self.rater_table, self.people_table, self.agreement_table):
            table.resizeColumnsToContents()
        limits = found.thresholds
        self.summary.setText(
            self.tr(
                "%1: all ratings' mean %2, SD %3. Flagged: |z| at least %4, or more than %5% "
                "of the top grade (lenient). %6 flagged. No score is changed here."
            )
            .replace("%1", found.period)
            .replace("%2", str(found.department_mean or "—"))
            .replace("%3", str(found.department_spread or "—"))
            .replace("%4", f"{limits.z.normalize():f}")
            .replace("%5", f"{limits.top_share.normalize():f}")
            .replace("%6", str(len(found.flagged)))
        )
        self.alpha_label.setText(
            self.tr("Peers' agreement (Krippendorff's alpha, interval), all peers: %1").replace(
                "%1", _alpha(found.overall_alpha)
            )
        )
        over = [b.name for b in found.distribution if b.over]
        self.distribution_label.setText(
            self.tr("Over the forced distribution: %1").replace("%1", "、".join(over))
            if over
            else self.tr("Within the forced-distribution limits (%1 graded).").replace(
                "%1", str(found.graded)
            )
        )
        counts = {b.name: b.count for b in found.distribution}
        self.chart.setChart(bar_chart(counts, self.tr("Grades"), self.tr("People")))
        supervisors = {  # by name alone: "OP0002 向靜" left the bars no room
            r.label.split(" ")[-1]: float(r.z)
            for r in found.raters
            if r.source == "supervisor" and r.z is not None
        }
        self.z_chart.setChart(
            signed_bars(supervisors, self.tr("Supervisors' z-scores"), float(limits.z))
        )

    def save(self, suffix: str) -> bool:
        """The report shown (the month's or the year's), written off the GUI thread as the
        window writes every file; a PDF in the interface's script."""
        found = self.found
        if found is None:
            return False
        from .letters_print import script

        chosen = script()

        def write(_progress: Any, target: Path) -> None:
            from ops_desktop.core.services import settings

            with self.page.ctx.transaction() as session:
                department = settings.department(session)
            if suffix == ".pdf":
                from ops_desktop.exports.pdf.calibration import write_calibration_pdf

                write_calibration_pdf(found, target, department=department, script=chosen)
            else:
                from ops_desktop.exports.excel.calibration_sheet import write_calibration_sheet

                write_calibration_sheet(found, target, department=department)

        return exporting.run(
            self.page,
            Export(
                self.tr("Save the calibration report"),
                outputs.calibration_name(found.period, suffix),
                write,
                file_filter="PDF (*.pdf)" if suffix == ".pdf" else exporting.EXCEL,
            ),
        )
