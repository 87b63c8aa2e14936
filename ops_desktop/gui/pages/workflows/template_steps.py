"""The step form of the templates tab: edit the selected step, add a step to the selected
stage, deactivate (retire) or reactivate a step — each undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from sqlalchemy.orm import Session

from ops_desktop.core.models import WorkflowStep
from ops_desktop.core.services import validate as checks
from ops_desktop.core.services import workflow_templates as service
from ops_desktop.core.services.workflow_templates import StageInfo, StepInfo

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

    @Slot()
    def validate_step(self) -> dict[str, str]:
        found = service.step_problems(self.step_ui.textEdit.toPlainText())
        if self.step is None and not self.step_ui.textEdit.toPlainText():
            found = {"text": ""}  # nothing typed yet: nothing to say, nothing to add
        self.step_ui.textEditError.setText(found.get("text", ""))
        self.step_ui.saveButton.setEnabled(self.stage is not None and not found)
        return found

    @Slot()
    def new_step(self) -> None:
        self._show_step(None)
        self.step_ui.textEdit.setFocus()

    @Slot()
    def save_step(self) -> bool:
        stage, step = self.stage, self.step
        if stage is None or self.validate_step():
            return False
        text, operator = self.step_ui.textEdit.toPlainText(), self.ctx.operator()
        if step is None:
            self.perform(
                QCoreApplication.translate("TemplatesPanel", "Add a step to %1").replace(
                    "%1", stage.name
                ),
                lambda s: service.add_step(s, stage.id, text, operator).id,
                lambda ident: lambda s: service.remove_new_step(s, ident, operator),
                lambda: self.reload(("stage", stage.id)),  # (its undo and redo too)
                done=lambda new_id: self.reload(("step", new_id)),  # added: show the new step
                single=True,
            )
            return True

        def update(session: Session) -> str:
            before = checks.get(session, WorkflowStep, step.id, "Step").text
            service.update_step(session, step.id, text, operator)
            return before

        self.perform(
            QCoreApplication.translate("TemplatesPanel", "Edit step %1").replace(
                "%1", str(step.sort_order)
            ),
            update,
            lambda before: lambda s: service.update_step(s, step.id, before, operator),
            lambda: self.reload(("step", step.id)),
            step.seen,
        )
        return True

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
            lambda s: service.set_step_active(s, step.id, active, operator).id,
            lambda _: lambda s: service.set_step_active(s, step.id, not active, operator),
            lambda: self.reload(("step", step.id)),
        )
        return True
