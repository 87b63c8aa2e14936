"""The dashboard: staff by position and status, the month's completion, the grade
distribution and the department's monthly mean (QtCharts, ``dashboard_charts``), and the
alerts — each opens the record it is about (double-click or Enter)."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core import dashboard
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from .base import Page
from .dashboard_charts import MonthChartView, bar_chart, empty_chart, trend_chart


class DashboardPage(Page):
    key = "dashboard"
    open_record = Signal(str, object)  # page key, record id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.headline = QLabel(self)
        self.completion = QProgressBar(self)
        self.completion.setFormat(self.tr("%v of %m complete"))
        self.positions_chart = self._chart_view()
        self.grades_chart = self._chart_view()
        self.trend_chart = MonthChartView(self)
        self.trend_chart.setMinimumHeight(220)
        self.alerts = RowTableModel([Column(self.tr("Alert"), self.alert_text)], self)
        self.alerts_proxy = FilterProxy(self.alerts, self)
        self.alerts_view = QTableView(self)
        self.alerts_view.setModel(self.alerts_proxy)
        self.alerts_view.verticalHeader().hide()
        self.alerts_view.horizontalHeader().setStretchLastSection(True)
        self.alerts_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.alerts_view.activated.connect(self._open)  # double-click, or Enter
        EmptyState.attach(self.alerts_view, self.tr("Nothing needs attention today."))
        grid = QGridLayout()
        grid.addWidget(self.positions_chart, 0, 0)
        grid.addWidget(self.grades_chart, 0, 1)
        grid.addWidget(self.trend_chart, 0, 2)
        for column, stretch in enumerate((2, 2, 3)):  # the months need the room
            grid.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.completion)
        layout.addLayout(grid, 3)
        layout.addWidget(QLabel(self.tr("Alerts (double-click or Enter to open)"), self))
        layout.addWidget(self.alerts_view, 2)
        self.summary: dashboard.Summary | None = None

    def title(self) -> str:
        return self.tr("Dashboard")

    def _chart_view(self) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def activate(self) -> None:
        self.ctx.read(dashboard.summary, self.show_summary, on_error=self.error)

    def show_summary(self, summary: dashboard.Summary) -> None:
        self.summary = summary
        active = sum(summary.staff_by_position.values())
        self.headline.setText(
            self.tr("%1 people in the department · %2 alerts")
            .replace("%1", str(active))
            .replace("%2", str(len(summary.alerts)))
        )
        self.completion.setMaximum(max(summary.members, 1))
        self.completion.setValue(summary.complete)
        self.completion.setFormat(
            self.tr("%1: %v of %m complete").replace("%1", summary.period_label)
            if summary.period_label
            else self.tr("No appraisal month is open yet")
        )
        by_position = self.tr("Staff by position")
        self.positions_chart.setChart(
            # bars, not a pie: the positions' names stay whole in a narrow chart
            bar_chart(summary.staff_by_position, by_position, self.tr("People"))
            if active
            else empty_chart(by_position, self.tr("No staff yet"))
        )
        counted = (
            self.tr("%1 of %2 complete")
            .replace("%1", str(summary.complete))
            .replace("%2", str(summary.members))
        )
        self.grades_chart.setChart(
            bar_chart(
                summary.grades,
                self.tr("Grades %1").replace("%1", summary.period_label) + "<br>" + counted,
                self.tr("People"),
            )
            if summary.period_label
            else empty_chart(self.tr("Grades"), self.tr("No appraisal month is open yet"))
        )
        mean_title = self.tr("Department mean by month")
        self.trend_chart.set_months(
            trend_chart(
                summary.trend,
                mean_title + "<br>" + self.tr("complete people only"),
                self.partly_complete(summary.trend),
            )
            if summary.trend
            else empty_chart(mean_title, self.tr("No month has complete results yet")),
            [month.label for month in summary.trend],
        )
        self.alerts.set_rows(summary.alerts)
        self.status_message.emit(self.headline.text())

    def partly_complete(self, trend: list[dashboard.MonthMean]) -> str:
        """The legend of the months not everyone has finished: how many each counts."""
        partly = [m for m in reversed(trend) if m.complete < m.members]
        shown = [
            self.tr("%1: %2 of %3 complete")
            .replace("%1", m.label)
            .replace("%2", str(m.complete))
            .replace("%3", str(m.members))
            for m in partly[:2]
        ]
        more = "…" if len(partly) > 2 else ""
        return ", ".join(shown) + more

    def alert_text(self, alert: dashboard.Alert) -> str:
        p = alert.params
        templates = {
            "incomplete": self.tr("%period: %count people's scores are still incomplete"),
            "unlocked": (
                self.tr("%period has ended and is not locked yet")
                if p.get("count") == "0"
                else self.tr(
                    "%period has ended and is not locked yet; "
                    "%count people's scores are still incomplete"
                )
            ),
            "distribution": self.tr(
                "%period: %grade has %count of %graded graded people (%share%), "
                "above the %limit% limit"
            ),
            "overdue": self.tr("Overdue action item: %text (%owner, due %due)"),
            "unanswered": self.tr("Unanswered suggestion: %title (%date)"),
            "budget": self.tr("Over budget: %title (by %over)"),
            "kpi": self.tr("%name: %metric fell from %before% to %after%"),
            "appeal": self.tr("Appeal #%id of %staff on %period, filed %date, awaits a decision"),
            "unacknowledged": self.tr(
                "%count people have not acknowledged regulation %version "
                "after %days days (in force since %since)"
            ),
        }
        text = templates.get(alert.kind, alert.kind)
        for key in sorted(p, key=len, reverse=True):
            text = text.replace(f"%{key}", p[key])
        return text

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        alert = self.alerts.row_at(self.alerts_proxy.mapToSource(index).row())
        self.open_record.emit(alert.page, alert.record_id)
