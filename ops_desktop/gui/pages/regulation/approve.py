"""Approving a draft: the effective date and the approver, checked as they are typed."""

from __future__ import annotations

from collections.abc import Callable

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
    def validate(self) -> None:
        """Check the values as they are typed (on the worker); OK only when they are fine."""
        self._check(lambda _found: None)

    def _check(self, then: Callable[[dict[str, str]], None]) -> None:
        values, version_id = self.values(), self.version_id

        def checked(found: dict[str, str]) -> None:
            if self.values() != values:
                return  # typed on since: a newer check is on its way
            self.ui.effectiveDateEditError.setText(found.get("effective_date", ""))
            self.ui.approverEditError.setText(found.get("approver", ""))
            self.ui.versionError.setText(found.get("version", ""))
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)
            then(found)

        self.ctx.read(
            lambda session: service.approval_problems(session, version_id, *values),
            checked,
            on_error=lambda message: self.ctx.dialogs.show_error(self, message),
        )

    def accept(self) -> None:
        """OK: checked once more, then closed — or the problems stay shown."""

        def checked(found: dict[str, str]) -> None:
            if not found:
                QDialog.accept(self)

        self._check(checked)
