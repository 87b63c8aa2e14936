"""The dashboard's charts (QtCharts), drawn to be read: value axes on round numbers (a
"nice numbers" tick step of 1, 2 or 5 × 10ⁿ), counts on the bars, months with their year and
only as many month labels as the chart's width holds. The texts come translated from the
page."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from ops_desktop.core.dashboard import MonthMean

MEAN_SPAN = 10.0  # the least score range the trend shows: a flat line stays flat
PLOT_MARGIN = 100  # pixels of a chart view beside its plot area: the value axis, margins


def nice_step(span: float, most_ticks: int) -> float:
    """The smallest step of 1, 2 or 5 × 10ⁿ that covers ``span`` in ``most_ticks`` ticks."""
    raw = span / max(most_ticks - 1, 1)
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if multiple * magnitude >= raw * (1 - 1e-9):
            return multiple * magnitude
    return 10 * magnitude  # not reached: 10 × magnitude ≥ raw


def nice_axis(
    low: float, high: float, most_ticks: int = 7, *, whole: bool = False
) -> tuple[float, float, float]:
    """``(start, stop, step)``: the range from ``low`` to ``high`` widened to multiples of a
    nice step, with at most ``most_ticks`` ticks (``whole``: a step of at least 1)."""
    high = max(high, low + (1 if whole else 1e-9))
    step = nice_step(high - low, most_ticks)
    while True:
        if whole:
            step = max(step, 1.0)
        start, stop = math.floor(low / step) * step, math.ceil(high / step) * step
        if round((stop - start) / step) + 1 <= most_ticks:
            return start, stop, step
        step = nice_step(step * 1.01, 2)  # the next nice step up


def value_axis(start: float, stop: float, step: float, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(start, stop)
    axis.setTickCount(round((stop - start) / step) + 1)  # ticks on the multiples of step
    axis.setLabelFormat("%d" if step >= 1 else "%.1f")
    axis.setMinorTickCount(0)
    if title:
        axis.setTitleText(title)
    return axis


def empty_chart(title: str, missing: str) -> QChart:
    """A chart with nothing to draw yet: its title and what is missing, no empty axes."""
    chart = QChart()
    chart.setTitle(f"{title}<br><br><i>{missing}</i>")
    chart.legend().hide()
    return chart


def bar_chart(values: dict[str, int], title: str, count_title: str) -> QChart:
    """One bar per category, the first on top, with its count beside it; a count axis.
    Lying bars: their names, on the left, stay whole in a chart a 1024-pixel screen makes
    150 px wide, where names under standing bars ran into one another ("良好合格")."""
    bars = QBarSet(count_title)
    for count in reversed(values.values()):  # a horizontal series draws its first at the foot
        bars.append(count)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart = QChart()
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(reversed(values)))
    names.setTruncateLabels(False)
    bars.setLabelColor(names.labelsColor())  # the default is white: for labels inside bars
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    top = max(values.values(), default=0)
    # Room beyond the longest bar for its count.
    counts = value_axis(*nice_axis(0, max(top * 1.15, 1), 4, whole=True))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(counts)
    chart.setTitle(title)
    chart.legend().hide()
    return chart


def signed_bars(values: dict[str, float], title: str, limit: float) -> QChart:
    """One lying bar per name, the first on top, left of zero or right of it (a z-score),
    on an axis from −limit to +limit at least, so that a bar crossing the limit shows it."""
    bars = QBarSet(title)
    for value in reversed(values.values()):
        bars.append(value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(2)
    chart = QChart()
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(reversed(values)))
    names.setTruncateLabels(False)
    bars.setLabelColor(names.labelsColor())
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    reach = math.ceil(max([limit, *(abs(v) for v in values.values())]) + 0.5)
    axis = value_axis(-reach, reach, 1)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    chart.setTitle(title)
    chart.legend().hide()
    return chart


def mean_range(means: Sequence[float]) -> tuple[float, float]:
    """The trend's score range: the means with a margin, at least MEAN_SPAN, within 0–100."""
    low, high = min(means, default=0.0), max(means, default=100.0)
    middle, half = (low + high) / 2, max(high - low + 2, MEAN_SPAN) / 2
    low, high = max(0.0, middle - half), min(100.0, middle + half)
    return low, high


def trend_chart(trend: Sequence[MonthMean], title: str, partly_title: str) -> QChart:
    """The mean of each month; a month not everyone has finished is a hollow point, named
    in the legend (``partly_title``) with how many it counts."""
    line = QLineSeries()
    partly = QScatterSeries()
    for i, month in enumerate(trend):
        line.append(i, float(month.mean))
        if month.complete < month.members:
            partly.append(i, float(month.mean))
    chart = QChart()
    chart.addSeries(line)
    months = QCategoryAxis()
    months.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    months.setRange(-0.5, max(len(trend), 1) - 0.5)
    months.setTruncateLabels(False)  # as many labels as fit are placed: see MonthChartView
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    means = value_axis(*nice_axis(*mean_range([float(m.mean) for m in trend])))
    chart.addAxis(means, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(months)
    line.attachAxis(means)
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().markers(line)[0].setVisible(False)
    if partly.count():
        partly.setName(partly_title)
        partly.setMarkerSize(10)
        partly.setColor(QColor("white"))
        partly.setBorderColor(line.color())
        chart.addSeries(partly)
        partly.attachAxis(months)
        partly.attachAxis(means)
    else:
        chart.legend().hide()
    return chart


def month_label_indexes(count: int, width: float, label_width: float) -> list[int]:
    """The months to label on an axis ``width`` wide: the latest, then every k-th before it,
    k the least step at which ``label_width`` wide labels do not touch."""
    if count <= 0:
        return []
    room = max(width, label_width)
    step = max(1, math.ceil(count * label_width / room))
    return sorted(range(count - 1, -1, -step))


class MonthChartView(QChartView):
    """A chart view whose month axis (a QCategoryAxis) labels as many months as fit: the
    labels are placed again whenever the view is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.months: list[str] = []

    def set_months(self, chart: QChart, months: list[str]) -> None:
        self.setChart(chart)
        self.months = months
        self.label_months()

    def month_axis(self) -> QCategoryAxis | None:
        for axis in self.chart().axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QCategoryAxis):
                return axis
        return None

    def label_months(self) -> None:
        axis = self.month_axis()
        if axis is None:
            return
        for label in axis.categoriesLabels():
            axis.remove(label)
        label_width = QFontMetrics(axis.labelsFont()).horizontalAdvance("2026-11") * 1.4
        plot = self.width() - PLOT_MARGIN  # the chart's plot area, before it is laid out
        for index in month_label_indexes(len(self.months), plot, label_width):
            axis.append(self.months[index], index)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.label_months()
