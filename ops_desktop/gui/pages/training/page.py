"""The training page: Courses (with sessions and attendance), the yearly plan, and
development plans, one tab each. The window's actions go to the tab being shown; Export
writes the training records workbook for HR."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from ops_desktop.gui import exporting, hr_exports
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.pages.base import Page

from .courses import CoursesPanel
from .development import DevelopmentPanel
from .plan import PlanPanel


class TrainingPage(Page):
    key = "training"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.courses = CoursesPanel(self, self)
        self.plan = PlanPanel(self, self)
        self.development = DevelopmentPanel(self, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.courses, self.tr("Courses"))
        self.tabs.addTab(self.plan, self.tr("Yearly plan"))
        self.tabs.addTab(self.development, self.tr("Development plans"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.export_button = QPushButton(self.tr("Export training records…"), self.tabs)
        self.export_button.clicked.connect(self.export)
        self.tabs.setCornerWidget(self.export_button)  # on every tab: the page's export
        self.add_form(self.courses.form_state)
        self.add_form(self.development.form_state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # The course list, for the window and for tests.
        self.model, self.table = self.courses.list.model, self.courses.list.table

    def title(self) -> str:
        return self.tr("Training")

    def activate(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def selection(self) -> tuple[int, int | None, int | None]:
        return (
            self.tabs.currentIndex(),
            self.courses.list.current_id(),
            self.development.list.current_id(),
        )

    def restore_selection(self, ident: object) -> None:
        tab, course, plan = cast(tuple[int, int | None, int | None], ident)  # selection()'s
        self.courses.restore, self.development.restore = course, plan
        self.tabs.setCurrentIndex(tab)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        view: Any = self.tabs.widget(index)  # one of the views above: each has activate()
        view.activate()
        self.actions_changed.emit()

    def offers(self, action: str) -> bool:
        """New and Delete are the courses' and the development plans' (the yearly plan
        and the sessions have their own buttons for what they add)."""
        if action in ("new_record", "delete_record"):
            return self._current() in (self.courses, self.development)
        return super().offers(action)

    def ready(self, action: str) -> bool:
        """Delete: the record in the panel's form, once stored."""
        return action != "delete_record" or self._current().form_state.ident is not None

    def _current(self) -> Any:
        return self.tabs.currentWidget()

    # -- the window's actions ------------------------------------------------------------------
    def new_record(self) -> bool:
        panel = self._current()
        if panel is self.courses:
            self.courses.new_course()
        elif panel is self.development:
            self.development.new_plan()
        else:
            return False
        return True

    def save(self) -> bool:
        """The modified forms (on any tab), else the one shown (its problems are told)."""
        return self.save_modified() or bool(self._current().save())

    def delete_record(self) -> bool:
        panel = self._current()
        if panel is self.courses:
            return self.courses.delete_record()
        if panel is self.development:
            return self.development.close_plan()
        return False

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        panel = self._current()
        if panel is self.plan:
            return self.plan.find()
        panel.list.search.setFocus()
        panel.list.search.selectAll()
        return True

    def export(self) -> bool:
        """The training records workbook (courses, sessions, attendance) for HR: of the
        year the Yearly plan tab shows when it is shown, else of every year."""
        year = self.plan.year_combo.currentData() if self._current() is self.plan else None
        return exporting.run(self, hr_exports.training_records(self.ctx, year))
