"""The four workflow templates of chapter 三 as a tree (template → stage → step) with a stage
form (name, responsible position, approval and approver) and a step form (edit, add, retire;
in template_steps)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.services import positions
from ops_desktop.core.services import workflow_stages as stage_service
from ops_desktop.core.services import workflow_templates as service
from ops_desktop.core.services.workflow_stages import StageInput
from ops_desktop.core.services.workflow_templates import StageInfo, StepInfo, TemplateInfo
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.forms.ui_workflow_stage_form import Ui_WorkflowStageForm
from ops_desktop.gui.forms.ui_workflow_step_form import Ui_WorkflowStepForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.lists import (
    PagePart,
    WrappingDelegate,
    fill_combo,
    scrolling,
    set_combo,
    show_problems,
)

from .template_steps import StepFormMixin

if TYPE_CHECKING:
    from ops_desktop.gui.pages.base import Page

KEY_ROLE = Qt.ItemDataRole.UserRole + 20  # ("template" | "stage" | "step", id)
STAGE_FIELDS = {
    "name": "nameEditError",
    "responsible_position_id": "positionComboError",
    "approval": "approvalEditError",
    "approver": "approverComboError",
    "approver_position_id": "approverComboError",
}


class TemplatesPanel(StepFormMixin, PagePart):
    def __init__(self, page: Page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.stages: dict[int, StageInfo] = {}
        self.steps: dict[int, StepInfo] = {}
        self.stage: StageInfo | None = None
        self.step: StepInfo | None = None
        self._loading = 0  # the latest reload: an older one arriving is dropped
        self.model = QStandardItemModel(0, 3, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search stages and steps… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        EmptyState.attach(
            self.tree,
            self.tr("This workflow has no stages yet: add the first one."),
            clear=self.search.clear,
        )

        self.stage_box = QGroupBox(self.tr("Stage"), self)
        self.stage_ui = Ui_WorkflowStageForm()
        self.stage_ui.setupUi(self.stage_box)
        self.step_box = QGroupBox(self.tr("Step"), self)
        self.step_ui = Ui_WorkflowStepForm()
        self.step_ui.setupUi(self.step_box)
        su, tu = self.stage_ui, self.step_ui
        su.approvalEdit.setPlaceholderText(self.tr("empty: no approval; e.g. 運營經理審核"))
        su.nameEdit.textEdited.connect(self.validate_stage)
        su.approvalEdit.textEdited.connect(self.validate_stage)
        su.positionCombo.activated.connect(self.validate_stage)
        su.approverCombo.activated.connect(self.validate_stage)
        su.saveButton.clicked.connect(self.save_stage)
        enter_clicks(self.stage_box, su.saveButton)
        su.revertButton.clicked.connect(lambda: self._show_stage(self.stage))
        tu.textEdit.textChanged.connect(self.validate_step)
        tu.saveButton.clicked.connect(self.save_step)
        enter_clicks(self.step_box, tu.saveButton)
        tu.revertButton.clicked.connect(lambda: self._show_step(self.step))
        tu.newStepButton.clicked.connect(self.new_step)
        tu.activeButton.clicked.connect(self.toggle_step)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stage_box)
        right_layout.addWidget(self.step_box)
        right_layout.addStretch()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(right, self))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_stage(None)

    # -- the tree --------------------------------------------------------------------------------
    def activate(self) -> None:
        self.reload()

    @Slot()
    def reload(self, select: tuple[str, int] | None = None) -> None:
        """Load the templates off the GUI thread, then select ``select`` (or keep the current)."""
        keep = select or self.current_key()
        self._loading += 1
        asked = self._loading

        def load(session: Session) -> tuple[list[TemplateInfo], list[tuple[str, int]]]:
            outline = service.outline(session)
            return outline, [(p.name, p.id) for p in positions.all_positions(session)]

        def loaded(found: tuple[list[TemplateInfo], list[tuple[str, int]]]) -> None:
            if asked == self._loading:  # no newer reload on its way
                self._show_outline(*found, keep)

        self.ctx.read(load, loaded, on_error=self.error)

    def _show_outline(
        self,
        outline: list[TemplateInfo],
        choices: list[tuple[str, int]],
        keep: tuple[str, int] | None,
    ) -> None:
        for combo in (self.stage_ui.positionCombo, self.stage_ui.approverCombo):
            fill_combo(combo, choices, self.tr("(none)"))
        self.stages = {s.id: s for t in outline for s in t.stages}
        self.steps = {p.id: p for s in self.stages.values() for p in s.steps}
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Workflow / stage / step"), self.tr("Responsible"), self.tr("Approval")]
        )
        header = self.tree.header()  # the sections are new after clear()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(self.font())
        bold.setBold(True)
        for template in outline:
            top = self._item(template.name, ("template", template.id))
            top.setFont(bold)
            for number, stage in enumerate(template.stages, start=1):
                head = self._item(f"{number}. {stage.name}", ("stage", stage.id))
                for step in stage.steps:
                    text = f"{step.sort_order}. {step.text}"
                    item = self._item(text, ("step", step.id))
                    if not step.active:
                        item.setText(self.tr("%1 (inactive)").replace("%1", text))
                        item.setForeground(QBrush(QColor("#888888")))
                    head.appendRow([item, QStandardItem(""), QStandardItem("")])
                approval = stage.approval or ""
                if stage.approver:
                    approval += f" ({stage.approver})"
                top.appendRow([head, QStandardItem(stage.responsible), QStandardItem(approval)])
            self.model.appendRow([top, QStandardItem(""), QStandardItem("")])
        self.tree.expandAll()
        if keep is None or not self.select_key(keep):
            self._show_stage(None)

    def _item(self, text: str, key: tuple[str, int]) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(key, KEY_ROLE)
        item.setToolTip(text)
        return item

    @Slot(str)
    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def current_key(self) -> tuple[str, int] | None:
        indexes = self.tree.selectionModel().selectedRows()
        return indexes[0].data(KEY_ROLE) if indexes else None

    def select_key(self, key: tuple[str, int]) -> bool:
        wanted = cast("tuple[str, int]", tuple(key))  # a key read back from Qt may be a list
        found = self._find(self.model.invisibleRootItem(), wanted)
        index = self.proxy.mapFromSource(found.index()) if found else QModelIndex()
        if not index.isValid():
            return False
        self.tree.scrollTo(index)
        self.tree.selectionModel().select(
            index,
            self.tree.selectionModel().SelectionFlag.ClearAndSelect
            | self.tree.selectionModel().SelectionFlag.Rows,
        )
        self.tree.setCurrentIndex(index)
        return True

    def _find(self, parent: QStandardItem, key: tuple[str, int]) -> QStandardItem | None:
        for row in range(parent.rowCount()):
            item = parent.child(row, 0)
            if tuple(item.data(KEY_ROLE) or ()) == key:
                return item
            found = self._find(item, key)
            if found is not None:
                return found
        return None

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, *_: Any) -> None:
        key = self.current_key()
        if key is None or key[0] == "template":
            self._show_stage(None)
        elif key[0] == "stage":
            self._show_stage(self.stages.get(key[1]))
        else:
            step = self.steps.get(key[1])
            self._show_stage(self.stages.get(step.stage_id) if step else None, step)

    # -- stage form ------------------------------------------------------------------------------
    def _show_stage(self, stage: StageInfo | None, step: StepInfo | None = None) -> None:
        self.stage = stage
        ui = self.stage_ui
        self.stage_box.setEnabled(stage is not None)
        self.stage_box.setTitle(self.tr("Stage") if stage is None else stage.name)
        ui.nameEdit.setText(stage.name if stage else "")
        ui.approvalEdit.setText((stage.approval or "") if stage else "")
        set_combo(ui.positionCombo, stage.responsible_position_id if stage else None)
        set_combo(ui.approverCombo, stage.approver_position_id if stage else None)
        self.validate_stage()
        self._show_step(step)

    def stage_input(self) -> StageInput:
        ui = self.stage_ui
        return StageInput(
            ui.nameEdit.text(),
            ui.positionCombo.currentData(),
            ui.approvalEdit.text().strip() or None,
            ui.approverCombo.currentData(),
        )

    def _check_stage(self, then: Callable[[dict[str, str]], None] | None = None) -> None:
        """Check the stage form on the worker; show each problem beside its field — unless
        another stage is shown or the form has changed meanwhile — then ``then(found)``."""
        stage = self.stage
        if stage is None:
            show_problems(self.stage_ui, STAGE_FIELDS, {})
            self.stage_ui.saveButton.setEnabled(False)
            return
        data = self.stage_input()

        def checked(found: dict[str, str]) -> None:
            if self.stage is stage and self.stage_input() == data:
                show_problems(self.stage_ui, STAGE_FIELDS, found)
                self.stage_ui.saveButton.setEnabled(not found)
            if then is not None:
                then(found)

        self.ctx.read(
            lambda session: stage_service.problems(session, data, stage.id),
            checked,
            on_error=self.error,
        )

    @Slot()
    def validate_stage(self) -> None:
        self._check_stage()

    @Slot()
    def save_stage(self) -> bool:
        """Check the stage form and store it; when something is wrong, say what beside the
        field instead. False: no stage shown. The outcome follows on the GUI thread."""
        stage = self.stage
        if stage is None:
            return False
        data, operator, key = self.stage_input(), self.ctx.operator(), self.current_key()

        def update(session: Session) -> StageInput:
            before = stage_service.input_of(session, stage.id)  # what undo puts back
            stage_service.update(session, stage.id, data, operator)
            return before

        def checked(found: dict[str, str]) -> None:
            if found:
                return
            self.perform(
                self.tr("Edit stage %1").replace("%1", data.name.strip()),
                update,
                lambda before: lambda s: stage_service.update(s, stage.id, before, operator),
                lambda: self.reload(key),
                stage.seen,
            )

        self._check_stage(checked)
        return True

    def save(self) -> bool:
        """Save the form being edited: the step when its text has the focus, else the stage."""
        if self.step_ui.textEdit.hasFocus():
            return self.save_step()
        return self.save_stage()

    def find(self) -> bool:  # type: ignore[override]  # Edit > Find, not QWidget.find(id)
        self.search.setFocus()
        self.search.selectAll()
        return True
