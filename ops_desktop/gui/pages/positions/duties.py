"""A position's responsibility areas and their duty lines: add, rename, edit, remove and
reorder, each step undoable on the page's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.services import positions as service
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.positions import AreaRow, DutyRow
from ops_desktop.gui.forms.ui_position_duties import Ui_PositionDuties
from ops_desktop.gui.table import Column, FilterProxy, RowTableModel
from ops_desktop.gui.undo import perform, recreating


def _confirm(parent: QWidget, question: str) -> bool:
    from . import confirm  # looked up when asked, so tests can answer for the user

    return confirm(parent, question)


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
        self.ui = ui = Ui_PositionDuties()
        ui.setupUi(self)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        for button in self.findChildren(QPushButton):  # narrow windows clip the text instead
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(40)
            button.setToolTip(button.text())
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
        """Read the areas again, then select ``area_id`` (or keep the current) and duty."""
        area_id = area_id if area_id is not None else self._current(self.ui.areasView)
        duty_id = duty_id if duty_id is not None else self._current(self.ui.dutiesView)
        rows: list[AreaRow] = []
        if self.position_id is not None:
            with self.ctx.transaction() as session:
                rows = service.area_rows(session, self.position_id)
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
    def validate(self) -> dict[str, str]:
        """Check the area title and the duty text as they are typed; enable what applies."""
        ui, area, duty = self.ui, self.current_area(), self.current_duty()
        title, text = ui.areaTitleEdit.text(), ui.dutyTextEdit.toPlainText()
        found: dict[str, str] = {}
        if self.position_id is not None and title.strip():
            with self.ctx.transaction() as session:
                found.update(
                    service.area_problems(
                        session, self.position_id, title, area.id if area else None
                    )
                )
        problem = service.duty_problems(text).get("text") if text.strip() else None
        if problem:
            found["duty"] = problem
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
        return found

    # -- editing ------------------------------------------------------------------------------
    def _perform(
        self,
        text: str,
        do: Callable[[Session], Any],
        undo_factory: Callable[[Any], Callable[[Session], Any]],
        after: Callable[[], None] | None = None,
        guard: Seen | None = None,
    ) -> Any:
        def refresh() -> None:
            (after or self.reload)()
            self.changed.emit()

        return perform(
            self.page.undo_stack, self.ctx, text, do, undo_factory, refresh, self.page.error, guard
        )

    def add_area(self) -> int | None:
        position, title, operator = (
            self.position_id,
            self.ui.areaTitleEdit.text(),
            self.ctx.operator(),
        )
        if position is None:
            return None
        do, undo = recreating(
            lambda s: service.add_area(s, position, title, operator).id,
            lambda s, i: service.take_area(s, i, operator),
            lambda s, copy: service.restore_area(s, copy, operator),
        )
        new = self._perform(self.tr("Add area %1").replace("%1", title.strip()), do, undo)
        if new is not None:
            self.reload(area_id=new)
            self.ui.dutyTextEdit.setFocus()
        return new

    def rename_area(self) -> bool:
        area, title, operator = (
            self.current_area(),
            self.ui.areaTitleEdit.text(),
            self.ctx.operator(),
        )
        if area is None:
            return False
        done = self._perform(
            self.tr("Rename area %1").replace("%1", area.title),
            lambda s: service.rename_area(s, area.id, title, operator).id,
            lambda _i: lambda s: service.rename_area(s, area.id, area.title, operator),
            guard=area.seen,
        )
        return done is not None

    def remove_area(self) -> bool:
        area, operator = self.current_area(), self.ctx.operator()
        if area is None:
            return False
        question = self.tr("Remove the area %1 with its %2 duty line(s)?")
        if not _confirm(
            self, question.replace("%1", area.title).replace("%2", str(len(area.duties)))
        ):
            return False
        done = self._perform(
            self.tr("Remove area %1").replace("%1", area.title),
            lambda s: service.take_area(s, area.id, operator),
            lambda copy: lambda s: service.restore_area(s, copy, operator),
            guard=area.seen,  # never remove a version someone else has changed since
        )
        return done is not None

    def move_area(self, delta: int) -> int:
        area, operator = self.current_area(), self.ctx.operator()
        if area is None:
            return 0
        moved = self._perform(
            self.tr("Move area %1").replace("%1", area.title),
            lambda s: service.move_area(s, area.id, delta, operator),
            lambda n: lambda s: service.move_area(s, area.id, -n, operator),
        )
        return moved or 0

    def add_duty(self) -> int | None:
        area, text, operator = (
            self.current_area(),
            self.ui.dutyTextEdit.toPlainText(),
            self.ctx.operator(),
        )
        if area is None:
            return None
        do, undo = recreating(
            lambda s: service.add_duty(s, area.id, text, operator).id,
            lambda s, i: service.take_duty(s, i, operator),
            lambda s, copy: service.restore_duty(s, copy, operator),
        )
        new = self._perform(self.tr("Add duty line to %1").replace("%1", area.title), do, undo)
        if new is not None:
            self.reload(area_id=area.id, duty_id=new)
        return new

    def save_duty(self) -> bool:
        duty, text, operator = (
            self.current_duty(),
            self.ui.dutyTextEdit.toPlainText(),
            self.ctx.operator(),
        )
        if duty is None:
            return False
        done = self._perform(
            self.tr("Edit duty line %1").replace("%1", str(duty.number)),
            lambda s: service.edit_duty(s, duty.id, text, operator).id,
            lambda _i: lambda s: service.edit_duty(s, duty.id, duty.text, operator),
            guard=duty.seen,
        )
        return done is not None

    def remove_duty(self) -> bool:
        duty, operator = self.current_duty(), self.ctx.operator()
        if duty is None:
            return False
        if not _confirm(self, self.tr("Remove this duty line?\n\n%1").replace("%1", duty.text)):
            return False
        done = self._perform(
            self.tr("Remove duty line %1").replace("%1", str(duty.number)),
            lambda s: service.take_duty(s, duty.id, operator),
            lambda copy: lambda s: service.restore_duty(s, copy, operator),
            guard=duty.seen,
        )
        return done is not None

    def move_duty(self, delta: int) -> int:
        duty, operator = self.current_duty(), self.ctx.operator()
        if duty is None:
            return 0
        self.ui.dutiesView.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # show the real order
        moved = self._perform(
            self.tr("Move duty line %1").replace("%1", str(duty.number)),
            lambda s: service.move_duty(s, duty.id, delta, operator),
            lambda n: lambda s: service.move_duty(s, duty.id, -n, operator),
        )
        return moved or 0
