"""Training courses: the list (by plan year, search as you type) and the course form (title,
category, method, trainer, dates, hours, cost, plan year) validated as typed, with the
sessions and attendance of the selected course beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.models import TrainingCourse
from ops_desktop.core.services import courses, training
from ops_desktop.core.services import training_plan as plans
from ops_desktop.core.services.courses import CourseInput, CourseRow
from ops_desktop.gui.forms.ui_course_form import Ui_CourseForm
from ops_desktop.gui.lists import (
    ListBox,
    PagePart,
    compact,
    fill_combo,
    scrolling,
    set_combo,
    text_of,
)
from ops_desktop.gui.record_form import Binding, RecordForm
from ops_desktop.gui.table import Column

from .sessions import SessionsView

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page

FIELDS = {
    "title": "titleEditError",
    "category_id": "categoryComboError",
    "method_id": "methodComboError",
    "trainer": "trainerEditError",
    "start_date": "startDateEditError",
    "end_date": "endDateEditError",
    "hours": "hoursEditError",
    "cost": "costEditError",
    "plan_year": "planYearEditError",
    "description": "descriptionEditError",
}


@dataclass(frozen=True)
class _Loaded:
    """What a reload brings: the plan years, the courses, and the form's choices."""

    years: list[int]
    rows: list[CourseRow]
    categories: list[tuple[str, int]]
    methods: list[tuple[str, int]]


BINDING = Binding.of(TrainingCourse, courses)


class CoursesPanel(PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.restore: int | None = None  # to select once loaded (the page was rebuilt)
        self._loading = 0  # the latest reload asked for: an older one arriving is dropped
        self.list = ListBox(
            [
                Column(self.tr("Course"), lambda r: r.title),
                Column(self.tr("Category"), lambda r: r.category),
                Column(self.tr("Method"), lambda r: r.method),
                Column(self.tr("Trainer"), lambda r: r.trainer),
                Column(self.tr("Start"), lambda r: r.start_date),
                Column(self.tr("End"), lambda r: r.end_date),
                Column(self.tr("Hours"), lambda r: r.hours, align_right=True),
                Column(self.tr("Cost"), lambda r: r.cost, align_right=True),
                Column(self.tr("Plan"), lambda r: r.plan_year),
                Column(self.tr("Sessions"), lambda r: r.sessions, align_right=True),
                Column(self.tr("Attended"), lambda r: r.attended, align_right=True),
            ],
            self,
            bare=True,
        )
        self.list.search.setPlaceholderText(self.tr("Search courses… (Ctrl+F)"))
        self.list.fit_columns([30, 16, 12, 14, 14, 14, 9, 10, 8, 12])
        self.list.set_empty(
            self.tr("No courses to show. Add a course, or choose another year."),
            [(self.tr("New course"), self.new_course)],
        )
        self.year_filter = compact(QComboBox(self), 6)
        self.year_filter.activated.connect(lambda: self.reload())
        self.form = QWidget(self)
        self.ui = Ui_CourseForm()
        self.ui.setupUi(self.form)
        ui = self.ui
        ui.planYearEdit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", str(clock.today().year))
        )
        self.form_state = RecordForm(
            self, BINDING, self.form, ui, FIELDS, stack=page.undo_stack, title=self.title
        )
        self.form_state.follow(self.list)
        self.form_state.record_changed.connect(page.actions_changed)  # Delete: a stored one
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.form_state.discard)
        self.sessions = SessionsView(page, self.refresh, self)
        self.editor = QTabWidget(self)
        self.editor.addTab(self.form, self.tr("Course"))
        self.editor.addTab(self.sessions, self.tr("Sessions"))
        self.editor.addTab(self.sessions.attendance, self.tr("Attendance && results"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Plan year:"), self))
        bar.addWidget(self.year_filter)
        bar.addWidget(self.list.search, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.list.table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(self.editor, self))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def activate(self) -> None:
        self.reload()

    # -- the list --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Courses")

    @Slot()
    def refresh(self) -> None:
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Load the plan years, the courses and the form's choices off the GUI thread, then
        select ``select_id`` — shown even if the plan year chosen hides it — or keep the
        course selected when they arrive."""
        year = self.year_filter.currentData()
        if select_id is None:
            select_id, self.restore = self.restore, None  # the page was rebuilt
        self._loading += 1
        asked = self._loading

        def load(session: Session) -> _Loaded:
            categories = [
                (c.name if c.name == c.group else f"{c.group} · {c.name}", c.id)
                for c in training.categories(session)
            ]
            methods = [(m.name, m.id) for m in training.methods(session)]
            return _Loaded(
                plans.plan_years(session), courses.rows(session, year), categories, methods
            )

        def done(found: _Loaded) -> None:
            if asked != self._loading:
                return  # a newer reload is on its way
            if year is not None and select_id not in (None, *(r.id for r in found.rows)):
                self.year_filter.setCurrentIndex(0)  # all years: the one asked for is in it
                self.reload(select_id)
                return
            fill_combo(self.ui.categoryCombo, found.categories, self.tr("(choose)"))
            fill_combo(self.ui.methodCombo, found.methods, self.tr("(choose)"))
            fill_combo(self.year_filter, [(str(y), y) for y in found.years], self.tr("All years"))
            self.list.set_rows(found.rows, select_id)
            self.say(self.tr("%n course(s)", "", len(found.rows)))

        self.ctx.read(load, done, on_error=self.error)

    # -- the form (its state: ``self.form_state``, see gui/record_form.py) -----------------------
    def fetch_record(self, session: Session, row: CourseRow) -> CourseInput:
        return courses.input_of(session, row.id)

    def show_record(self, data: CourseInput | None) -> None:
        """Fill the form with the course ``data`` (None: empty, for a new course), with its
        sessions — the session chosen stays when the same course is shown again."""
        ui, ident = self.ui, self.form_state.ident
        if data is None:
            data = CourseInput("", None, None, plan_year=clock.today().year)
        ui.titleEdit.setText(data.title)
        set_combo(ui.categoryCombo, data.category_id)
        set_combo(ui.methodCombo, data.method_id)
        ui.trainerEdit.setText(data.trainer)
        ui.startDateEdit.setText(text_of(data.start_date))
        ui.endDateEdit.setText(text_of(data.end_date))
        ui.hoursEdit.setText(text_of(data.hours))
        ui.costEdit.setText(text_of(data.cost))
        ui.planYearEdit.setText(text_of(data.plan_year))
        ui.descriptionEdit.setPlainText(data.description)
        self.editor.setTabEnabled(1, ident is not None)
        self.editor.setTabEnabled(2, ident is not None)
        self._show_sessions(ident)

    def _show_sessions(self, ident: int | None) -> None:
        same = ident is not None and self.sessions.course_id == ident
        self.sessions.show_course(ident, self.sessions.sessions.current_id() if same else None)

    def record_refreshed(self, row: CourseRow) -> None:
        self._show_sessions(row.id)  # the form being edited stays; its sessions follow

    def form_input(self) -> CourseInput:
        ui = self.ui
        return CourseInput(
            title=ui.titleEdit.text(),
            category_id=ui.categoryCombo.currentData(),
            method_id=ui.methodCombo.currentData(),
            trainer=ui.trainerEdit.text(),
            start_date=ui.startDateEdit.text(),
            end_date=ui.endDateEdit.text(),
            hours=ui.hoursEdit.text(),
            cost=ui.costEdit.text(),
            plan_year=ui.planYearEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
        )

    def undo_text(self, data: CourseInput, new: bool) -> str:
        text = self.tr("New course %1") if new else self.tr("Edit %1")
        return text.replace("%1", data.title.strip())

    def record_saved(self, ident: int) -> None:
        self.reload(ident)

    def record_changed(self) -> None:
        self.reload()

    def new_course(self) -> None:
        if self.form_state.new():
            self.editor.setCurrentWidget(self.form)
            self.ui.titleEdit.setFocus()

    @Slot()
    def save(self) -> bool:
        return self.form_state.save()

    def delete_record(self) -> bool:
        """Remove a course that never had a session (a course with sessions is history)."""
        row = self.list.current_row()
        if row is None:
            return False
        if row.sessions:
            self.error(self.tr("%1 has sessions and is kept as history.").replace("%1", row.title))
            return True

        if not self.ctx.dialogs.confirm(
            self, self.tr("Remove the course %1?").replace("%1", row.title)
        ):
            return False
        operator = self.ctx.operator()
        current = {"id": row.id}  # undo re-creates it under a new id; redo removes that

        def remove(s: Session) -> CourseInput:
            before = courses.input_of(s, current["id"])
            courses.remove_new(s, current["id"], operator)
            return before

        def recreating(before: CourseInput) -> Callable[[Session], None]:
            def recreate(s: Session) -> None:
                current["id"] = courses.create(s, before, operator)

            return recreate

        self.perform(
            self.tr("Remove %1").replace("%1", row.title),
            remove,
            recreating,
            self.refresh,
        )
        return True
