"""A position's responsibility areas and their duty lines: add, rename, edit, remove and
reorder, each step undoable on the page's undo stack; what is typed is checked on the
database worker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.services import duty_lines
from ops_desktop.core.services import position_areas as areas
from ops_desktop.core.services.duty_lines import DutyInput, DutyRow
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.position_areas import AreaInput, AreaRow
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.forms.ui_position_duties import Ui_PositionDuties
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel
from ops_desktop.gui.undo import perform, recreating


def _table(view: QTableView, proxy: FilterProxy) -> None:
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the text


class DutiesPanel(QWidget):
    changed = Signal()  # areas or duty lines were added or removed: counts changed

    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page, self.ctx = page, page.ctx
        self.position_id: int | None = None
        self._reloads = 0  # the latest reload asked for: an older one arriving is dropped
        self.ui = ui = Ui_PositionDuties()
        ui.setupUi(self)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        self.area_model = RowTableModel(
            [
                Column(self.tr("No."), lambda r: r.number, align_right=True),
                Column(self.tr("Area"), lambda r: r.title),
                Column(self.tr("Lines"), lambda r: len(r.duties), align_right=True),
            ],
            self,
        )
        self.duty_model = RowTableModel(
            [
                Column(self.tr("No."), lambda r: r.number, align_right=True),
                Column(self.tr("Duty line"), lambda r: r.text),
            ],
            self,
        )
        self.area_proxy = FilterProxy(self.area_model, self)
        self.duty_proxy = FilterProxy(self.duty_model, self)
        _table(ui.areasView, self.area_proxy)
        _table(ui.dutiesView, self.duty_proxy)
        ui.dutySearch.textChanged.connect(self.duty_proxy.set_search)
        EmptyState.attach(ui.areasView, self.tr("No areas of duty yet: add the first one."))
        EmptyState.attach(
            ui.dutiesView,
            self.tr("No duty lines in this area yet."),
            clear=ui.dutySearch.clear,
        )
        ui.areasView.selectionModel().selectionChanged.connect(self._area_selected)
        ui.dutiesView.selectionModel().selectionChanged.connect(self._duty_selected)
        ui.areaTitleEdit.textEdited.connect(self.validate)
        ui.dutyTextEdit.textChanged.connect(self.validate)
        ui.addAreaButton.clicked.connect(self.add_area)
        ui.renameAreaButton.clicked.connect(self.rename_area)
        ui.removeAreaButton.clicked.connect(self.remove_area)
        ui.areaUpButton.clicked.connect(lambda: self.move_area(-1))
        ui.areaDownButton.clicked.connect(lambda: self.move_area(1))
        ui.addDutyButton.clicked.connect(self.add_duty)
        ui.saveDutyButton.clicked.connect(self.save_duty)
        ui.removeDutyButton.clicked.connect(self.remove_duty)
        ui.dutyUpButton.clicked.connect(lambda: self.move_duty(-1))
        ui.dutyDownButton.clicked.connect(lambda: self.move_duty(1))
        self.show_position(None)

    # -- showing ------------------------------------------------------------------------------
    def show_position(self, position_id: int | None) -> None:
        self.position_id = position_id
        self.ui.areaTitleEdit.clear()
        self.ui.dutyTextEdit.clear()
        self.reload()

    def reload(self, area_id: int | None = None, duty_id: int | None = None) -> None:
        """Read the areas again (off the GUI thread), then select ``area_id`` (or keep the
        current) and duty."""
        area_id = area_id if area_id is not None else self._current(self.ui.areasView)
        duty_id = duty_id if duty_id is not None else self._current(self.ui.dutiesView)
        self._reloads += 1
        asked, position = self._reloads, self.position_id

        def loaded(rows: list[AreaRow]) -> None:
            if asked == self._reloads:  # not replaced by a newer reload (or position)
                self._show_areas(rows, area_id, duty_id)

        if position is None:
            loaded([])
            return
        self.ctx.read(
            lambda session: areas.rows(session, position), loaded, on_error=self.page.error
        )

    def _show_areas(self, rows: list[AreaRow], area_id: int | None, duty_id: int | None) -> None:
        self.area_model.set_rows(rows)
        if not self._select(self.ui.areasView, self.area_model, area_id):
            first = self.area_proxy.index(0, 0)
            if area_id is None and first.isValid():
                self.ui.areasView.selectRow(0)  # show the first area's duty lines
            else:
                self._area_selected()
        self._select(self.ui.dutiesView, self.duty_model, duty_id)
        self.validate()

    def _current(self, view: QTableView) -> int | None:
        row = self._row(view)
        return None if row is None else row.id

    def _row(self, view: QTableView) -> Any:
        proxy = view.model()
        assert isinstance(proxy, FilterProxy)
        indexes = view.selectionModel().selectedRows()
        if not indexes:
            return None
        source = proxy.sourceModel()
        assert isinstance(source, RowTableModel)
        return source.row_at(proxy.mapToSource(indexes[0]).row())

    def _select(self, view: QTableView, model: RowTableModel, ident: int | None) -> bool:
        proxy = view.model()
        assert isinstance(proxy, FilterProxy)
        for r, row in enumerate(model.rows):
            if row.id == ident:
                index = proxy.mapFromSource(model.index(r, 0))
                if index.isValid():
                    view.selectRow(index.row())
                    view.scrollTo(index)
                    return True
        return False

    def current_area(self) -> AreaRow | None:
        return self._row(self.ui.areasView)

    def current_duty(self) -> DutyRow | None:
        return self._row(self.ui.dutiesView)

    @Slot(QItemSelection, QItemSelection)
    def _area_selected(self, *_: Any) -> None:
        area = self.current_area()
        self.duty_model.set_rows(area.duties if area else [])
        self.ui.areaTitleEdit.setText(area.title if area else "")
        self.ui.dutyTextEdit.clear()
        self.validate()

    @Slot(QItemSelection, QItemSelection)
    def _duty_selected(self, *_: Any) -> None:
        duty = self.current_duty()
        self.ui.dutyTextEdit.setPlainText(duty.text if duty else "")
        self.validate()

    @Slot()
    def validate(self) -> None:
        """Check the area title and the duty text as they are typed; enable what applies.
        Both are checked on the worker (the title against the position's other areas): the
        outcome is shown unless the panel has changed meanwhile (a newer check is on its
        way). An empty field is not wrong yet: it only leaves its buttons off."""
        ui, area, duty, position = (
            self.ui,
            self.current_area(),
            self.current_duty(),
            self.position_id,
        )
        title, text = ui.areaTitleEdit.text(), ui.dutyTextEdit.toPlainText()
        if position is None or not (title.strip() or text.strip()):
            self._show_checks({})
            return
        asked = self._asked()
        area_id, duty_id = (area.id if area else None), (duty.id if duty else None)

        def check(session: Session) -> dict[str, str]:
            found: dict[str, str] = {}
            if title.strip():
                found.update(areas.problems(session, AreaInput(position, title), area_id))
            if text.strip():
                wrong = duty_lines.problems(session, DutyInput(area_id, text), duty_id)
                if "text" in wrong:
                    found["duty"] = wrong["text"]
            return found

        def checked(found: dict[str, str]) -> None:
            if self._asked() == asked:
                self._show_checks(found)

        self.ctx.read(check, checked, on_error=self.page.error)

    def _asked(self) -> tuple[Any, ...]:
        """What a check of the panel depends on."""
        ui, area, duty = self.ui, self.current_area(), self.current_duty()
        return (
            self.position_id,
            area,
            duty,
            ui.areaTitleEdit.text(),
            ui.dutyTextEdit.toPlainText(),
        )

    def _show_checks(self, found: dict[str, str]) -> None:
        ui, area, duty = self.ui, self.current_area(), self.current_duty()
        title, text = ui.areaTitleEdit.text(), ui.dutyTextEdit.toPlainText()
        ui.areaTitleEditError.setText(found.get("title", ""))
        ui.dutyTextEditError.setText(found.get("duty", ""))
        title_ok = bool(title.strip()) and "title" not in found
        text_ok = bool(text.strip()) and "duty" not in found
        has_position = self.position_id is not None
        ui.addAreaButton.setEnabled(
            has_position and title_ok and (area is None or title != area.title)
        )
        ui.renameAreaButton.setEnabled(area is not None and title_ok and title != area.title)
        ui.removeAreaButton.setEnabled(area is not None)
        count = self.area_model.rowCount()
        ui.areaUpButton.setEnabled(area is not None and area.number > 1)
        ui.areaDownButton.setEnabled(area is not None and area.number < count)
        ui.addDutyButton.setEnabled(area is not None and text_ok)
        ui.saveDutyButton.setEnabled(duty is not None and text_ok and text.strip() != duty.text)
        ui.removeDutyButton.setEnabled(duty is not None)
        lines = len(area.duties) if area else 0
        ui.dutyUpButton.setEnabled(duty is not None and duty.number > 1)
        ui.dutyDownButton.setEnabled(duty is not None and duty.number < lines)

    # -- editing ------------------------------------------------------------------------------
    def _perform(
        self,
        text: str,
        do: Callable[[Session], Any],
        undo_factory: Callable[[Any], Callable[[Session], Any]],
        guard: Seen | None = None,
        done: Callable[[Any], None] | None = None,
        *,
        single: bool = False,
    ) -> None:
        """An undoable step; once it (or its undo or redo) ran, the areas are read again
        and the page counts the lines again."""

        def refresh() -> None:
            self.reload()
            self.changed.emit()

        perform(
            self.page.undo_stack,
            self.ctx,
            text,
            do,
            undo_factory,
            refresh,
            self.page.error,
            guard,
            done,
            single=single,
        )

    def add_area(self) -> bool:
        position, title, operator = (
            self.position_id,
            self.ui.areaTitleEdit.text(),
            self.ctx.operator(),
        )
        if position is None:
            return False
        do, undo = recreating(
            lambda s: areas.create(s, AreaInput(position, title), operator),
            lambda s, i: areas.take(s, i, operator),
            lambda s, copy: areas.restore(s, copy, operator),
        )

        def added(new: int) -> None:
            if self.position_id == position:
                self.reload(area_id=new)
                self.ui.dutyTextEdit.setFocus()

        text = self.tr("Add area %1").replace("%1", title.strip())
        self._perform(text, do, undo, done=added, single=True)
        return True

    def rename_area(self) -> bool:
        area, title, operator = (
            self.current_area(),
            self.ui.areaTitleEdit.text(),
            self.ctx.operator(),
        )
        if area is None:
            return False

        def rename(s: Session) -> AreaInput:
            before = areas.input_of(s, area.id)  # what undo puts back
            areas.update(s, area.id, replace(before, title=title), operator)
            return before

        self._perform(
            self.tr("Rename area %1").replace("%1", area.title),
            rename,
            lambda before: lambda s: areas.update(s, area.id, before, operator),
            guard=area.seen,
        )
        return True

    def remove_area(self) -> bool:
        area, operator = self.current_area(), self.ctx.operator()
        if area is None:
            return False
        question = self.tr("Remove the area %1 with its %2 duty line(s)?")
        if not self.ctx.dialogs.confirm(
            self, question.replace("%1", area.title).replace("%2", str(len(area.duties)))
        ):
            return False
        self._perform(
            self.tr("Remove area %1").replace("%1", area.title),
            lambda s: areas.take(s, area.id, operator),
            lambda copy: lambda s: areas.restore(s, copy, operator),
            guard=area.seen,  # never remove a version someone else has changed since
        )
        return True

    def move_area(self, delta: int) -> bool:
        area, operator = self.current_area(), self.ctx.operator()
        if area is None:
            return False
        self._perform(
            self.tr("Move area %1").replace("%1", area.title),
            lambda s: areas.move(s, area.id, delta, operator),
            lambda n: lambda s: areas.move(s, area.id, -n, operator),
        )
        return True

    def add_duty(self) -> bool:
        area, text, operator = (
            self.current_area(),
            self.ui.dutyTextEdit.toPlainText(),
            self.ctx.operator(),
        )
        if area is None:
            return False
        do, undo = recreating(
            lambda s: duty_lines.create(s, DutyInput(area.id, text), operator),
            lambda s, i: duty_lines.take(s, i, operator),
            lambda s, copy: duty_lines.restore(s, copy, operator),
        )
        position = self.position_id

        def added(new: int) -> None:
            if self.position_id == position:
                self.reload(area_id=area.id, duty_id=new)

        self._perform(
            self.tr("Add duty line to %1").replace("%1", area.title),
            do,
            undo,
            done=added,
            single=True,
        )
        return True

    def save_duty(self) -> bool:
        duty, text, operator = (
            self.current_duty(),
            self.ui.dutyTextEdit.toPlainText(),
            self.ctx.operator(),
        )
        if duty is None:
            return False

        def edit(s: Session) -> DutyInput:
            before = duty_lines.input_of(s, duty.id)  # what undo puts back
            duty_lines.update(s, duty.id, replace(before, text=text), operator)
            return before

        self._perform(
            self.tr("Edit duty line %1").replace("%1", str(duty.number)),
            edit,
            lambda before: lambda s: duty_lines.update(s, duty.id, before, operator),
            guard=duty.seen,
        )
        return True

    def remove_duty(self) -> bool:
        duty, operator = self.current_duty(), self.ctx.operator()
        if duty is None:
            return False
        if not self.ctx.dialogs.confirm(
            self, self.tr("Remove this duty line?\n\n%1").replace("%1", duty.text)
        ):
            return False
        self._perform(
            self.tr("Remove duty line %1").replace("%1", str(duty.number)),
            lambda s: duty_lines.take(s, duty.id, operator),
            lambda copy: lambda s: duty_lines.restore(s, copy, operator),
            guard=duty.seen,
        )
        return True

    def move_duty(self, delta: int) -> bool:
        duty, operator = self.current_duty(), self.ctx.operator()
        if duty is None:
            return False
        self.ui.dutiesView.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # show the real order
        self._perform(
            self.tr("Move duty line %1").replace("%1", str(duty.number)),
            lambda s: duty_lines.move(s, duty.id, delta, operator),
            lambda n: lambda s: duty_lines.move(s, duty.id, -n, operator),
        )
        return True
