"""The step form of the templates tab: edit the selected step, add a step to the selected
stage, deactivate (retire) or reactivate a step — each undoable; checked on the database
worker as it is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from sqlalchemy.orm import Session

from ops_desktop.core.services import workflow_steps as service
from ops_desktop.core.services.workflow_steps import StepInput
from ops_desktop.core.services.workflow_templates import StageInfo, StepInfo
from ops_desktop.gui.lists import check_as_typed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGroupBox

    from ops_desktop.gui.forms.ui_workflow_step_form import Ui_WorkflowStepForm
    from ops_desktop.gui.lists import PagePart

    _Base = PagePart
else:
    _Base = object


class StepFormMixin(_Base):
    """Mixed into the templates panel, which provides the stage, the tree and the form."""

    if TYPE_CHECKING:
        stage: StageInfo | None
        step: StepInfo | None
        step_box: QGroupBox
        step_ui: Ui_WorkflowStepForm

        def reload(self, select: tuple[str, int] | None = None) -> None: ...

        def select_key(self, key: tuple[str, int]) -> bool: ...

    # -- step form -------------------------------------------------------------------------------
    def _show_step(self, step: StepInfo | None) -> None:
        """Show ``step``, or an empty form that adds a step to the current stage."""
        self.step = step
        ui = self.step_ui
        self.step_box.setEnabled(self.stage is not None)
        if step is None:
            title = (
                QCoreApplication.translate("TemplatesPanel", "New step of this stage")
                if self.stage
                else QCoreApplication.translate("TemplatesPanel", "Step")
            )
        else:
            title = QCoreApplication.translate("TemplatesPanel", "Step %1").replace(
                "%1", str(step.sort_order)
            )
        self.step_box.setTitle(title)
        ui.textEdit.blockSignals(True)
        ui.textEdit.setPlainText(step.text if step else "")
        ui.textEdit.blockSignals(False)
        ui.activeButton.setEnabled(step is not None)
        ui.activeButton.setText(
            QCoreApplication.translate("TemplatesPanel", "Reactivate")
            if step is not None and not step.active
            else QCoreApplication.translate("TemplatesPanel", "Deactivate")
        )
        ui.saveButton.setText(
            QCoreApplication.translate("TemplatesPanel", "Add step")
            if step is None
            else QCoreApplication.translate("TemplatesPanel", "Save")
        )
        self.validate_step()

    def step_input(self) -> StepInput | None:
        """The step form's values, for the shown stage (None: no stage shown)."""
        if self.stage is None:
            return None
        return StepInput(self.stage.id, self.step_ui.textEdit.toPlainText())

    @Slot()
    def validate_step(self) -> None:
        """Check the step form as it is typed (on the database worker)."""
        if self.step_input() is None:
            self._step_checked({})
            return
        ident = None if self.step is None else self.step.id
        check_as_typed(
            self.ctx,
            self.step_input,
            lambda s, data: service.problems(s, data, ident),
            self._step_checked,
            self.error,
        )

    def _step_checked(self, found: dict[str, str]) -> None:
        if self.step is None and not self.step_ui.textEdit.toPlainText():
            found = {"text": ""}  # nothing typed yet: nothing to say, nothing to add
        self.step_ui.textEditError.setText(found.get("text", ""))
        self.step_ui.saveButton.setEnabled(self.stage is not None and not found)

    @Slot()
    def new_step(self) -> None:
        self._show_step(None)
        self.step_ui.textEdit.setFocus()

    @Slot()
    def save_step(self) -> bool:
        """Check the step form on the worker, then add or reword the step as one undo step;
        when something is wrong, say what beside the text instead. False: no stage shown."""
        stage, step, data = self.stage, self.step, self.step_input()
        if stage is None or data is None:
            return False

        def checked(found: dict[str, str]) -> None:
            if self.step_input() == data:  # still the form's values: tell beside them
                self._step_checked(found)
            elif found:
                self.error("\n".join(found.values()))
            if not found:
                self._store_step(stage, step, data)

        ident = None if step is None else step.id
        self.ctx.read(lambda s: service.problems(s, data, ident), checked, on_error=self.error)
        return True

    def _store_step(self, stage: StageInfo, step: StepInfo | None, data: StepInput) -> None:
        operator = self.ctx.operator()
        if step is None:
            self.perform(
                QCoreApplication.translate("TemplatesPanel", "Add a step to %1").replace(
                    "%1", stage.name
                ),
                lambda s: service.create(s, data, operator),
                lambda ident: lambda s: service.remove_new(s, ident, operator),
                lambda: self.reload(("stage", stage.id)),  # (its undo and redo too)
                done=lambda new_id: self.reload(("step", new_id)),  # added: show the new step
                single=True,
            )
            return

        def update(session: Session) -> StepInput:
            before = service.input_of(session, step.id)  # what undo puts back
            service.update(session, step.id, data, operator)
            return before

        self.perform(
            QCoreApplication.translate("TemplatesPanel", "Edit step %1").replace(
                "%1", str(step.sort_order)
            ),
            update,
            lambda before: lambda s: service.update(s, step.id, before, operator),
            lambda: self.reload(("step", step.id)),
            step.seen,
        )

    @Slot()
    def toggle_step(self) -> bool:
        step = self.step
        if step is None:
            return False
        if step.active:
            question = QCoreApplication.translate(
                "TemplatesPanel",
                "Deactivate this step? Runs will no longer wait for it; runs that checked it "
                "off keep it.",
            )
            if not self.ctx.dialogs.confirm(self, question):
                return False
        operator, active = self.ctx.operator(), not step.active
        self.perform(
            QCoreApplication.translate("TemplatesPanel", "Reactivate a step")
            if active
            else QCoreApplication.translate("TemplatesPanel", "Deactivate a step"),
            lambda s: service.set_active(s, step.id, active, operator),
            lambda _: lambda s: service.set_active(s, step.id, not active, operator),
            lambda: self.reload(("step", step.id)),
        )
        return True
