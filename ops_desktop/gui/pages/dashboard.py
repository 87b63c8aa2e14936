"""The dashboard: staff by position and status, the month's completion, the grade
distribution and the department's monthly mean (QtCharts), and the alerts — each opens the
record it is about."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
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
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from .base import Page


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
        self.trend_chart = self._chart_view()
        self.alerts = RowTableModel([Column(self.tr("Alert"), self.alert_text)], self)
        self.alerts_proxy = FilterProxy(self.alerts, self)
        self.alerts_view = QTableView(self)
        self.alerts_view.setModel(self.alerts_proxy)
        self.alerts_view.verticalHeader().hide()
        self.alerts_view.horizontalHeader().setStretchLastSection(True)
        self.alerts_view.doubleClicked.connect(self._open)
        grid = QGridLayout()
        grid.addWidget(self.positions_chart, 0, 0)
        grid.addWidget(self.grades_chart, 0, 1)
        grid.addWidget(self.trend_chart, 0, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.completion)
        layout.addLayout(grid, 3)
        layout.addWidget(QLabel(self.tr("Alerts (double-click to open)"), self))
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
            self.tr("%1: %v of %m complete").replace("%1", summary.period_label or "—")
        )
        self.positions_chart.setChart(
            self._pie(summary.staff_by_position, self.tr("Staff by position"))
        )
        grades = summary.grades
        self.grades_chart.setChart(
            self._bars(grades, self.tr("Grades %1").replace("%1", summary.period_label))
        )
        self.trend_chart.setChart(self._trend(summary.trend))
        self.alerts.set_rows(summary.alerts)
        self.status_message.emit(self.headline.text())

    def _pie(self, values: dict[str, int], title: str) -> QChart:
        series = QPieSeries()
        for name, count in values.items():
            series.append(f"{name} {count}", count).setLabelVisible(True)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(title)
        chart.legend().hide()
        return chart

    def _bars(self, values: dict[str, int], title: str) -> QChart:
        bar = QBarSet(self.tr("People"))
        names = list(values)
        for name in names:
            bar.append(values[name])
        series = QBarSeries()
        series.append(bar)
        chart = QChart()
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(names)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        chart.setTitle(title)
        chart.legend().hide()
        return chart

    def _trend(self, trend: list[tuple[str, Any]]) -> QChart:
        series = QLineSeries()
        for i, (_label, mean) in enumerate(trend):
            series.append(i, float(mean))
        chart = QChart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([label.split("-")[-1] for label, _ in trend])  # the month
        small = axis_x.labelsFont()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        axis_x.setLabelsFont(small)
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        means = [float(m) for _, m in trend] or [0.0]
        axis_y.setRange(max(0.0, min(means) - 5), min(100.0, max(means) + 5))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.setTitle(self.tr("Department mean by month"))
        chart.legend().hide()
        return chart

    def alert_text(self, alert: dashboard.Alert) -> str:
        p = alert.params
        templates = {
            "incomplete": self.tr("%period: %count people's scores are still incomplete"),
            "distribution": self.tr(
                "%period: %grade has %count people (%share%), above the %limit% limit"
            ),
            "overdue": self.tr("Overdue action item: %text (%owner, due %due)"),
            "unanswered": self.tr("Unanswered suggestion: %title (%date)"),
            "budget": self.tr("Over budget: %title (by %over)"),
            "kpi": self.tr("%name: %metric fell from %before% to %after%"),
        }
        text = templates.get(alert.kind, alert.kind)
        for key in sorted(p, key=len, reverse=True):
            text = text.replace(f"%{key}", p[key])
        return text

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        alert = self.alerts.row_at(self.alerts_proxy.mapToSource(index).row())
        self.open_record.emit(alert.page, alert.record_id)
