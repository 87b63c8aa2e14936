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
from ops_desktop.core.services import courses, freshness, training
from ops_desktop.core.services import training_plan as plans
from ops_desktop.core.services.courses import CourseInput, CourseRow
from ops_desktop.core.services.freshness import Seen
from ops_desktop.gui.forms.ui_course_form import Ui_CourseForm
from ops_desktop.gui.lists import (
    ListBox,
    PagePart,
    check_as_typed,
    compact,
    fill_combo,
    scrolling,
    set_combo,
    show_problems,
    text_of,
)
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


class CoursesPanel(PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self._editing: int | None = None
        self._seen: Seen | None = None  # the course as the form loaded it
        self._keep_session: int | None = None  # the session to show again after a reload
        self._loading = 0  # the latest reload asked for: an older one arriving is dropped
        self._showing = 0  # the latest course asked for: an older one arriving is dropped
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
        self.year_filter = compact(QComboBox(self), 6)
        self.year_filter.activated.connect(lambda: self.reload())
        self.form = QWidget(self)
        self.ui = Ui_CourseForm()
        self.ui.setupUi(self.form)
        ui = self.ui
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.setPlaceholderText("YYYY-MM-DD")
        ui.planYearEdit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", str(clock.today().year))
        )
        edits = (ui.titleEdit, ui.trainerEdit, ui.startDateEdit, ui.endDateEdit)
        for edit in (*edits, ui.hoursEdit, ui.costEdit, ui.planYearEdit):
            edit.textEdited.connect(self.validate)
        ui.descriptionEdit.textChanged.connect(self.validate)
        ui.categoryCombo.activated.connect(self.validate)
        ui.methodCombo.activated.connect(self.validate)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(lambda: self.show_course(self.list.current_row()))
        self.sessions = SessionsView(page, self.refresh, self)
        self.editor = QTabWidget(self)
        self.editor.addTab(self.form, self.tr("Course"))
        self.editor.addTab(self.sessions, self.tr("Sessions"))
        self.editor.addTab(self.sessions.attendance, self.tr("Attendance && results"))
        self.list.current_changed.connect(self.show_course)

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
    @Slot()
    def refresh(self) -> None:
        self.reload(self.list.current_id() or self._editing)

    def reload(self, select_id: int | None = None) -> None:
        """Load the plan years, the courses and the form's choices off the GUI thread, then
        select ``select_id`` (or keep the current course)."""
        year = self.year_filter.currentData()
        keep = select_id if select_id is not None else self.list.current_id()
        keep_session = self.sessions.sessions.current_id()
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
            fill_combo(self.ui.categoryCombo, found.categories, self.tr("(choose)"))
            fill_combo(self.ui.methodCombo, found.methods, self.tr("(choose)"))
            fill_combo(self.year_filter, [(str(y), y) for y in found.years], self.tr("All years"))
            self._keep_session = keep_session
            self.list.set_rows(found.rows, keep)
            self._keep_session = None
            self.say(self.tr("%n course(s)", "", len(found.rows)))

        self.ctx.read(load, done, on_error=self.error)

    # -- the form --------------------------------------------------------------------------------
    @Slot(object)
    def show_course(self, row: CourseRow | None) -> None:
        """Show ``row`` in the form (None: an empty form for a new course), with its sessions."""
        self._showing += 1
        asked = self._showing
        keep_session = self._keep_session  # set while a reload selects the course again
        if row is None:
            empty = CourseInput("", None, None, plan_year=clock.today().year)
            self._show(None, None, empty, keep_session)
            return

        def fetch(session: Session) -> tuple[Seen, CourseInput]:
            seen = freshness.read(session, TrainingCourse, row.id)  # before the values
            return seen, courses.input_of(session, row.id)

        def fetched(found: tuple[Seen, CourseInput]) -> None:
            if asked == self._showing:  # not replaced by another choice meanwhile
                self._show(row.id, found[0], found[1], keep_session)

        self.ctx.read(fetch, fetched, on_error=self.error)

    def _show(
        self, ident: int | None, seen: Seen | None, data: CourseInput, keep_session: int | None
    ) -> None:
        ui = self.ui
        self._editing, self._seen = ident, seen
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
        self.sessions.show_course(ident, keep_session)
        self.validate()

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

    @Slot()
    def validate(self) -> None:
        """Check the form as it is typed (on the worker); show the problems beside the fields
        — unless the form has changed again meanwhile: a newer check is on its way."""
        check_as_typed(self.ctx, self.form_input, courses.problems, self._show_checks, self.error)

    def _show_checks(self, found: dict[str, str]) -> None:
        show_problems(self.ui, FIELDS, found)
        self.ui.saveButton.setEnabled(not found)

    def new_course(self) -> None:
        self.list.clear_selection()
        self.editor.setCurrentWidget(self.form)
        self.ui.titleEdit.setFocus()

    def has_unsaved_changes(self) -> bool:
        return self._editing is None and bool(self.ui.titleEdit.text().strip())

    @Slot()
    def save(self) -> bool:
        """Check the form's values, then store them; when something is wrong, say what beside
        the field instead. The outcome follows on the GUI thread."""
        data, editing, seen = self.form_input(), self._editing, self._seen

        def checked(found: dict[str, str]) -> None:
            if self.form_input() == data:
                self._show_checks(found)
            if not found:
                self._store(data, editing, seen)

        self.ctx.read(lambda s: courses.problems(s, data), checked, on_error=self.error)
        return True

    def _store(self, data: CourseInput, editing: int | None, seen: Seen | None) -> None:
        operator = self.ctx.operator()
        if editing is None:

            def created(course_id: int) -> None:
                self.year_filter.setCurrentIndex(0)
                self.reload(course_id)

            self.perform(
                self.tr("New course %1").replace("%1", data.title.strip()),
                lambda s: courses.create(s, data, operator),
                lambda new_id: lambda s: courses.remove_new(s, new_id, operator),
                self.refresh,
                done=created,
            )
            return

        def update(session: Session) -> CourseInput:
            before = courses.input_of(session, editing)
            courses.update(session, editing, data, operator)
            return before

        self.perform(
            self.tr("Edit %1").replace("%1", data.title.strip()),
            update,
            lambda before: lambda s: courses.update(s, editing, before, operator),
            self.refresh,
            seen,
        )

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
