"""Positions (崗位): the list, the position form, and each position's responsibility areas
and duty lines as the regulation lists them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core.models import Position
from ops_desktop.core.services import positions as service
from ops_desktop.core.services.positions import PositionInput, PositionRow
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.forms.ui_position_form import Ui_PositionForm
from ops_desktop.gui.record_form import Binding
from ops_desktop.gui.table import Column
from ops_desktop.gui.undo import perform

from ..record_page import RecordPage
from .duties import DutiesPanel

FIELDS = {  # DomainError.field → the error label beside that field in the form
    "name": "nameEditError",
    "code": "codeEditError",
    "name_en": "nameEnEditError",
    "description": "descriptionEditError",
}


@dataclass(frozen=True)
class PositionRecord:
    """What the form shows of one position."""

    values: PositionInput
    active: bool
    holders: int  # people (not departed) who hold it


class PositionsPage(RecordPage):
    key = "positions"
    problem_labels = FIELDS
    binding = Binding.of(Position, service)  # redo of a creation keeps the id: later steps name it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._duties_of: int | None = None  # the position whose areas and duties are shown
        super().__init__(ctx, parent)
        splitter = self.findChild(QSplitter)
        if splitter is not None:  # a short list: give the room to the areas and duties
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 5)
            splitter.setSizes([420, 680])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def title(self) -> str:
        return self.tr("Positions")

    def empty_text(self) -> str:
        return self.tr(
            "No positions yet. Add the department's positions: staff are given one of them."
        )

    def empty_step(self) -> str:
        return self.tr("Add a position")

    def activate(self) -> None:
        self.reload()  # holders change on the staff page: always show the current counts

    def show_all_label(self) -> str:
        return self.tr("Show retired")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), lambda r: r.number, align_right=True),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Holders"), lambda r: r.holders, align_right=True),
            Column(self.tr("Areas"), lambda r: r.areas, align_right=True),
            Column(self.tr("Duty lines"), lambda r: r.duties, align_right=True),
            Column(
                self.tr("Status"), lambda r: self.tr("Active") if r.active else self.tr("Retired")
            ),
            Column(self.tr("English name"), lambda r: r.name_en),
        ]

    def load_rows(self, session: Session, show_all: bool) -> list[PositionRow]:
        return service.rows(session, include_retired=show_all)

    # -- editor -----------------------------------------------------------------------------
    def build_editor(self) -> QWidget:
        editor = QWidget(self)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form_widget = QWidget(editor)
        self.ui = ui = Ui_PositionForm()
        ui.setupUi(self.form_widget)
        ui.nameEdit.setMaxLength(80)
        ui.codeEdit.setMaxLength(40)
        ui.codeEdit.setPlaceholderText(self.tr("(automatic)"))
        ui.reactivateButton.clicked.connect(self.reactivate)
        self.duties = DutiesPanel(self, editor)
        self.duties.changed.connect(lambda: self.reload())
        layout.addWidget(self.form_widget)
        layout.addWidget(self.duties, 1)
        scroll = QScrollArea(self)  # a small window scrolls the editor instead of clipping it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)
        return scroll

    def form_input(self) -> PositionInput:
        ui = self.ui
        return PositionInput(
            name=ui.nameEdit.text(),
            code=ui.codeEdit.text(),
            name_en=ui.nameEnEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
        )

    def fetch_record(self, session: Session, row: PositionRow) -> PositionRecord:
        position = service.get(session, row.id)
        return PositionRecord(
            service.input_of(session, row.id), position.active, service.holders(session, row.id)
        )

    def undo_text(self, data: PositionInput, new: bool) -> str:
        text = self.tr("New position %1") if new else self.tr("Edit position %1")
        return text.replace("%1", data.name.strip())

    def show_record(self, record: PositionRecord | None) -> None:
        ui = self.ui
        if record is None:
            self._duties_of = None
            for edit in (ui.nameEdit, ui.codeEdit, ui.nameEnEdit):
                edit.clear()
            ui.descriptionEdit.clear()
            ui.codeEdit.setReadOnly(False)
            ui.statusNote.setText(self.tr("New position"))
            ui.reactivateButton.hide()
            self.duties.show_position(None)
            return
        position = record.values
        ui.nameEdit.setText(position.name)
        ui.codeEdit.setText(position.code)
        ui.nameEnEdit.setText(position.name_en)
        ui.descriptionEdit.setPlainText(position.description)
        ui.codeEdit.setReadOnly(True)  # other records and the exports look positions up by it
        if record.active:
            ui.statusNote.setText(self.tr("%n active holder(s)", "", record.holders))
        else:
            ui.statusNote.setText(self.tr("Retired: not offered for new assignments"))
        ui.reactivateButton.setVisible(not record.active)
        if self._duties_of == self.form.ident:
            self.duties.reload()
        else:
            self._duties_of = self.form.ident
            self.duties.show_position(self.form.ident)

    # -- actions ----------------------------------------------------------------------------
    def new_record(self) -> bool:
        if self.form.new():
            self.ui.nameEdit.setFocus()
        return True

    def delete_record(self) -> bool:
        row = self.current_row()
        if row is None or not row.active:
            return False
        question = self.tr(
            "Retire the position %1? It is no longer offered for new assignments; its "
            "areas, duty lines and history are kept."
        ).replace("%1", row.name)
        if not self.ctx.dialogs.confirm(self, question):
            return False
        operator = self.ctx.operator()

        def retired(_id: int) -> None:
            if not self.show_all.isChecked():
                self.status_message.emit(self.tr("%1 retired").replace("%1", row.name))

        perform(
            self.undo_stack,
            self.ctx,
            self.tr("Retire %1").replace("%1", row.name),
            lambda s: service.retire(s, row.id, operator).id,
            lambda _id: lambda s: service.reactivate(s, row.id, operator),
            lambda: self.reload(select_id=row.id),
            self.error,
            done=retired,
        )
        return True

    @Slot()
    def reactivate(self) -> bool:
        ident, operator = self.form.ident, self.ctx.operator()
        if ident is None:
            return False
        perform(
            self.undo_stack,
            self.ctx,
            self.tr("Reactivate position"),
            lambda s: service.reactivate(s, ident, operator).id,
            lambda _id: lambda s: service.retire(s, ident, operator),
            lambda: self.reload(select_id=ident),
            self.error,
        )
        return True
