"""Approving a draft: the effective date and the approver, checked as they are typed."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ops_desktop.core import clock
from ops_desktop.core.services import regulation as service
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.forms.ui_regulation_approve import Ui_RegulationApprove


class ApproveDialog(QDialog):
    def __init__(
        self, ctx: AppContext, version_id: int, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.version_id = ctx, version_id
        self.ui = ui = Ui_RegulationApprove()
        ui.setupUi(self)
        ui.introLabel.setText(
            self.tr(
                "Approve draft %1. An approved version is kept for ever and cannot be "
                "changed; later changes go into a new draft. Approval cannot be undone."
            ).replace("%1", label)
        )
        ui.effectiveDateEdit.setText(clock.today().isoformat())
        ui.effectiveDateEdit.textEdited.connect(self.validate)
        ui.approverEdit.textEdited.connect(self.validate)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())
        self.validate()

    def values(self) -> tuple[str, str]:
        return self.ui.effectiveDateEdit.text().strip(), self.ui.approverEdit.text().strip()

    @Slot()
    def validate(self) -> dict[str, str]:
        date, approver = self.values()
        with self.ctx.transaction() as session:
            found = service.approval_problems(session, self.version_id, date, approver)
        self.ui.effectiveDateEditError.setText(found.get("effective_date", ""))
        self.ui.approverEditError.setText(found.get("approver", ""))
        self.ui.versionError.setText(found.get("version", ""))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)
        return found

    def accept(self) -> None:
        if not self.validate():
            super().accept()
