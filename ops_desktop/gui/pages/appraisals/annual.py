"""The year: each person's monthly totals, the annual result and grade, the promotion
priority list (annual top grade) and the training needs of the latest month — and the
annual sheet for HR (its button, and the window's Export on this tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, results
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel

from . import excel_actions


class AnnualView(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self._asked = 0  # the latest year asked for: an older one arriving is dropped
        names = (  # a header "1" … "12" did not say it was a month
            self.tr("Jan"),
            self.tr("Feb"),
            self.tr("Mar"),
            self.tr("Apr"),
            self.tr("May"),
            self.tr("Jun"),
            self.tr("Jul"),
            self.tr("Aug"),
            self.tr("Sep"),
            self.tr("Oct"),
            self.tr("Nov"),
            self.tr("Dec"),
        )
        months = [
            Column(name, (lambda r, m=m: r.monthly.get(m)), align_right=True)
            for m, name in enumerate(names, start=1)
        ]
        self.model = RowTableModel(
            [
                Column(self.tr("Staff no."), lambda r: r.staff_no),
                Column(self.tr("Name"), lambda r: r.name),
                *months,
                Column(
                    self.tr("Result"),
                    lambda r: r.result if r.result is not None else self.tr("insufficient data"),
                    align_right=True,
                ),
                Column(self.tr("Grade"), lambda r: r.grade),
                Column(self.tr("Rank"), lambda r: r.rank),
                Column(self.tr("Promotion"), lambda r: self.tr("priority") if r.promotion else ""),
            ],
            self,
        )
        self.proxy = FilterProxy(self.model, self)
        self.promotion_model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Result"), lambda r: r.result, align_right=True),
            ],
            self,
        )
        self.needs_model = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r[0]),
                Column(self.tr("Dimension"), lambda r: r[1]),
                Column(self.tr("Score"), lambda r: r[2], align_right=True),
            ],
            self,
        )
        self.title = QLabel(self)
        self.empty_states: list[EmptyState] = []
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        for label, model, empty in (
            (
                self.tr("Promotion priority (annual top grade)"),
                self.promotion_model,
                self.tr("No one has the year's top grade."),
            ),
            (
                self.tr("Training needs (latest month)"),
                self.needs_model,
                self.tr("No training needs in the year's latest month."),
            ),
        ):
            side_layout.addWidget(QLabel(label))
            view = QTableView(side)
            view.setModel(model)
            self.empty_states.append(EmptyState.attach(view, empty))
            view.verticalHeader().hide()
            view.horizontalHeader().setStretchLastSection(True)
            side_layout.addWidget(view)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.empty_states.append(
            EmptyState.attach(
                self.table,
                self.tr("No month of this year has results yet: open one on the Month tab."),
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        self.export_button = QPushButton(self.tr("Export annual sheet…"), self)
        self.export_button.clicked.connect(lambda: excel_actions.export_annual(page))
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    def no_year(self) -> None:
        """No month is open: no year to show, and the lists say so."""
        self._asked += 1  # a year on its way is not shown
        for model in (self.model, self.promotion_model, self.needs_model):
            model.set_rows([])
        self.title.setText(self.tr("No month is open yet."))
        for state in self.empty_states:
            state.mark_loaded()

    def load(self, year: int) -> None:
        self._asked += 1
        asked = self._asked

        def work(session: Session) -> tuple[results.AnnualResult, list[tuple[str, str, Any]]]:
            annual = results.compute_year(session, year)
            months = [
                p for p in periods.all_periods(session) if p.year == year and p.kind == "monthly"
            ]
            needs: list[tuple[str, str, Any]] = []
            if months:
                latest = results.compute(session, months[0].id)
                names = latest.scheme.dimension_names
                needs = [
                    (p.name, names[d], p.profile[d])
                    for p in latest.people
                    for d in p.training_needs
                ]
            return annual, needs

        def done(found: tuple[results.AnnualResult, list[tuple[str, str, Any]]]) -> None:
            if asked != self._asked:  # another year asked for meanwhile
                return
            annual, needs = found
            self.model.set_rows(annual.rows)
            self.table.resizeColumnsToContents()  # twelve months and the result in view
            self.promotion_model.set_rows(annual.promotion_list())
            self.needs_model.set_rows(needs)
            self.title.setText(
                self.tr("%1: mean of the monthly totals, at least %2 months")
                .replace("%1", str(year))
                .replace("%2", str(annual.scheme.annual_min_months))
            )

        self.page.ctx.read(work, done, on_error=self.page.error)
