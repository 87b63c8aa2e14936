"""The yearly training plan: the courses of a year with their total hours and cost against the
plan's budget, and the training needs found by the latest appraisal (chapter 4.5)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.services import training_plan as service
from ops_desktop.core.services.training_plan import PlanSummary, TrainingNeed
from ops_desktop.gui.forms.ui_training_plan_form import Ui_TrainingPlanForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.lists import ListBox, PagePart, fill_combo, money, text_of
from ops_desktop.gui.table import Column

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page


class PlanPanel(PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.summary: PlanSummary | None = None
        self._loading = 0  # the latest reload asked for: an older one arriving is dropped
        self.year_combo = QComboBox(self)
        self.year_combo.activated.connect(lambda: self.reload())
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.courses = ListBox(
            [
                Column(self.tr("Course"), lambda r: r.title),
                Column(self.tr("Kind"), lambda r: r.group),
                Column(self.tr("Category"), lambda r: r.category),
                Column(self.tr("Method"), lambda r: r.method),
                Column(self.tr("Trainer"), lambda r: r.trainer),
                Column(self.tr("Start"), lambda r: r.start_date),
                Column(self.tr("Hours"), lambda r: r.hours, align_right=True),
                Column(self.tr("Cost"), lambda r: r.cost, align_right=True),
                Column(self.tr("Attended"), lambda r: r.attended, align_right=True),
            ],
            self,
        )
        self.courses.search.setPlaceholderText(self.tr("Search the plan… (Ctrl+F)"))
        self.courses.fit_columns([30, 12, 16, 12, 14, 14, 10, 16])  # "12,800.00" whole
        self.courses.set_empty(self.tr("No courses planned for this year: add them under Courses."))
        self.needs = ListBox(
            [
                Column(self.tr("Staff no."), lambda r: r.staff_no),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Appraisal"), lambda r: r.period),
                Column(self.tr("Below the threshold in"), lambda r: "、".join(r.dimensions)),
            ],
            self,
            id_of=lambda r: r.staff_id,
        )
        self.needs.search.setPlaceholderText(self.tr("Search training needs…"))
        self.needs.fit_columns([12, 10, 12])
        self.needs.set_empty(self.tr("No training needs: nobody's appraisal is below a threshold."))
        budget_box = QGroupBox(self.tr("Budget of the plan"), self)
        self.ui = Ui_TrainingPlanForm()
        self.ui.setupUi(budget_box)
        self.ui.budgetEdit.setPlaceholderText(self.tr("empty: no budget"))
        self.ui.budgetEdit.textEdited.connect(self.validate)
        self.ui.saveButton.clicked.connect(self.save)
        enter_clicks(budget_box, self.ui.saveButton)
        self.ui.revertButton.clicked.connect(lambda: self._show(self.summary))
        needs_box = QGroupBox(self.tr("Training needs from the latest appraisal"), self)
        needs_layout = QVBoxLayout(needs_box)
        needs_layout.addWidget(self.needs)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:"), self))
        bar.addWidget(self.year_combo)
        bar.addWidget(self.totals, 1)
        right = QVBoxLayout()
        right.addWidget(budget_box)
        right.addWidget(needs_box, 1)
        body = QHBoxLayout()
        body.addWidget(self.courses, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addLayout(body, 1)

    def activate(self) -> None:
        self.reload()

    def year(self) -> int:
        return self.year_combo.currentData() or clock.today().year

    @Slot()
    def reload(self, *_: Any) -> None:
        """Load the chosen year's plan (default: the latest) and the training needs off the
        GUI thread, then show them."""
        chosen = self.year_combo.currentData()
        self._loading += 1
        asked = self._loading

        def load(session: Session) -> tuple[list[int], PlanSummary, list[TrainingNeed]]:
            years = service.plan_years(session)
            year = chosen or (years[0] if years else clock.today().year)
            return years, service.plan_summary(session, year), service.training_needs(session)

        def done(found: tuple[list[int], PlanSummary, list[TrainingNeed]]) -> None:
            if asked != self._loading:
                return  # a newer reload is on its way
            years, summary, needs = found
            if summary.year not in years:
                years = sorted({*years, summary.year}, reverse=True)
            fill_combo(self.year_combo, [(str(y), y) for y in years])
            self.year_combo.setCurrentIndex(max(self.year_combo.findData(summary.year), 0))
            self.needs.set_rows(needs)
            self._show(summary)

        self.ctx.read(load, done, on_error=self.error)

    def _show(self, summary: PlanSummary | None) -> None:
        self.summary = summary
        if summary is None:
            return
        self.courses.set_rows(summary.courses)
        self.totals.setText(
            self.tr("<b>%1</b>: %2 course(s), %3 hours, cost %4, budget %5, %6 attendance(s)")
            .replace("%1", summary.title)
            .replace("%2", str(len(summary.courses)))
            .replace("%3", f"{summary.hours:,}")
            .replace("%4", money(summary.cost))
            .replace("%5", money(summary.budget))
            .replace("%6", str(summary.attended))
        )
        over = summary.over_budget
        self.warning.setText(
            ""
            if over is None
            else self.tr("⚠ The plan's courses cost %1 more than its budget.").replace(
                "%1", money(over)
            )
        )
        self.warning.setVisible(over is not None)
        self.ui.budgetEdit.setText(text_of(summary.budget))
        self.validate()

    @Slot()
    def validate(self) -> dict[str, str]:
        found = service.budget_problems(self.ui.budgetEdit.text())
        self.ui.budgetEditError.setText(found.get("budget", ""))
        self.ui.saveButton.setEnabled(not found and self.summary is not None)
        return found

    @Slot()
    def save(self) -> bool:
        if self.validate() or self.summary is None:
            return False
        year, before, seen = self.summary.year, self.summary.budget, self.summary.seen
        budget, operator = self.ui.budgetEdit.text().strip() or None, self.ctx.operator()
        self.perform(
            self.tr("Budget of the %1 plan").replace("%1", str(year)),
            lambda s: service.set_plan_budget(s, year, budget, operator).id,
            lambda _: lambda s: service.set_plan_budget(s, year, before, operator),
            self.reload,
            seen,  # refused if the plan changed since it was shown: ``before`` is as stored
        )
        return True

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.courses.search.setFocus()
        self.courses.search.selectAll()
        return True
