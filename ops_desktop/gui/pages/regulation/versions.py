"""Versions of the regulation: the selector (status, effective date, approver), approving
a draft, starting a new draft from the newest approved version, discarding a draft."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
)

from ops_desktop.core.services import regulation as service
from ops_desktop.gui.table import Column, RowTableModel
from ops_desktop.gui.undo import perform, recreating

from .approve import ApproveDialog
from .base import RegulationParts


class VersionActions(RegulationParts):
    """The regulation page's versions: the selector and what is done to a version."""

    def build_version_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        statuses = self.statuses()
        self.version_model = RowTableModel(
            [
                Column(self.tr("Version"), lambda r: r.label),
                Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
                Column(self.tr("Effective date"), lambda r: r.effective_date),
                Column(self.tr("Approved by"), lambda r: r.approved_by),
                Column(self.tr("Based on"), lambda r: r.based_on),
            ],
            self,
        )
        self.versions = QComboBox(self)
        self.versions.setModel(self.version_model)
        popup = QTableView(self.versions)
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.verticalHeader().hide()
        popup.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        popup.setMinimumWidth(480)
        self.versions.setView(popup)
        self.versions.activated.connect(self._version_chosen)
        self.version_state = QLabel(self)
        self.version_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.approve_button = QPushButton(self.tr("Approve…"), self)
        self.approve_button.clicked.connect(self.approve_version)
        self.new_draft_button = QPushButton(self.tr("New draft"), self)
        self.new_draft_button.clicked.connect(self.new_draft)
        self.discard_button = QPushButton(self.tr("Discard draft…"), self)
        self.discard_button.clicked.connect(self.discard_draft)
        self.compare_button = QPushButton(self.tr("Compare versions…"), self)
        self.compare_button.clicked.connect(self.compare_versions)
        label = QLabel(self.tr("&Version"), self)
        label.setBuddy(self.versions)
        bar.addWidget(label)
        bar.addWidget(self.versions)
        bar.addWidget(self.version_state, 1)
        for button in (
            self.compare_button,
            self.approve_button,
            self.new_draft_button,
            self.discard_button,
        ):
            bar.addWidget(button)
        return bar

    def statuses(self) -> dict[str, str]:
        return {"draft": self.tr("Draft"), "approved": self.tr("Approved")}

    def version_id(self) -> int | None:
        return self.tree.id if self.tree is not None else None

    def show_versions(self) -> None:
        self.versions.blockSignals(True)
        self.version_model.set_rows(self.version_rows)
        ids = [r.id for r in self.version_rows]
        if self.tree is not None and self.tree.id in ids:
            self.versions.setCurrentIndex(ids.index(self.tree.id))
        self.versions.blockSignals(False)
        tree = self.tree
        if tree is None:
            return
        if tree.status == "draft":
            self.version_state.setText(self.tr("Draft — being edited, not yet in effect"))
            self.note.setStyleSheet("color: #555555;")
            self.note.setText(
                self.tr(
                    "What you type in the form is stored when you choose Save (Ctrl+S); "
                    "moving and deleting take effect at once. Ctrl+Z undoes each step. "
                    "Approve the draft to put it into effect."
                )
                + self._weights_note()
            )
        else:
            state = self.tr("Approved — effective %1, approved by %2")
            self.version_state.setText(
                state.replace("%1", str(tree.effective_date)).replace("%2", tree.approved_by or "")
            )
            self.note.setStyleSheet(
                "background-color: #fff3b0; border: 1px solid #e0c050; padding: 6px;"
            )
            self.note.setText(
                self.tr(
                    "Version %1 is approved and read-only: it stays as it was put into effect. "
                    "To change the regulation, start a new draft."
                ).replace("%1", tree.label)
                + " "
                + self.tr(
                    "Its appraisal weights are those it was approved with: new weights saved "
                    "in Settings do not change it."
                )
            )

    def _weights_note(self) -> str:
        """For a draft: where the weights it shows (the current settings) differ from the
        approved version's; "" when they do not."""
        filled, tree = self.filled, self.tree
        compared = filled.compared if filled and tree and filled.id == tree.id else None
        if compared is None or not compared.changes:
            return ""
        differences = "; ".join(
            self.tr("%1 %2% (approved: %3%)")
            .replace("%1", change.name)
            .replace("%2", change.current)
            .replace("%3", change.approved or "?")
            for change in compared.changes
        )
        return "\n" + self.tr(
            "The weights shown are the current settings; they differ from approved version %1: %2."
        ).replace("%1", compared.approved_label).replace("%2", differences)

    def update_version_actions(self) -> None:
        draft = self.tree is not None and self.tree.status == "draft"
        any_draft = any(r.status == "draft" for r in self.version_rows)
        self.approve_button.setEnabled(draft)
        self.new_draft_button.setEnabled(self.tree is not None and not any_draft)
        self.discard_button.setEnabled(draft and len(self.version_rows) > 1)
        self.compare_button.setEnabled(len(self.version_rows) > 1)

    @Slot(int)
    def _version_chosen(self, row: int) -> None:
        if 0 <= row < len(self.version_rows):
            self.reload(version_id=self.version_rows[row].id)

    def show_version(self, version_id: int) -> None:
        self.reload(version_id=version_id)

    @Slot()
    def compare_versions(self) -> bool:
        """The version shown side by side with the one it replaces (a window beside)."""
        from .compare import open_compare

        if self.tree is None:
            return False
        open_compare(self)
        return True

    # -- approving --------------------------------------------------------------------------
    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot()
    def approve_version(self) -> bool:
        if self.tree is None or self.tree.status != "draft":
            return False
        dialog = ApproveDialog(self.ctx, self.tree.id, self.tree.label, self)
        if not self.exec_dialog(dialog):
            return False
        date, approver = dialog.values()
        return self.approve(self.tree.id, date, approver)

    def approve(self, version_id: int, effective_date: str, approver: str) -> bool:
        """Approve a draft. Not undoable: an approved version is the department's record of
        what was in effect; the undo history of its draft edits is closed with it."""
        operator = self.ctx.operator()

        def approved(label: str) -> None:
            self.undo_stack.clear()
            self.reload(version_id=version_id)
            self.status_message.emit(self.tr("Version %1 approved").replace("%1", label))

        self.ctx.change(
            lambda s: service.approve(s, version_id, effective_date, approver, operator).label,
            approved,
            on_error=self.error,
        )
        return True

    # -- drafts -----------------------------------------------------------------------------
    @Slot()
    def new_draft(self) -> bool:
        """Start a new draft from the newest approved version, labelled next (read first:
        the undo step is named with it)."""
        self.ctx.read(service.next_label, self._start_draft, on_error=self.error)
        return True

    def _start_draft(self, label: str) -> None:
        operator = self.ctx.operator()
        do, undo = recreating(
            lambda s: service.new_draft(s, label, operator).id,
            lambda s, i: service.discard_draft(s, i, operator),
            lambda s, copy: service.restore_draft(s, copy, operator),
        )

        def started(new: int) -> None:
            self.reload(version_id=new)
            self.status_message.emit(self.tr("Draft %1 started").replace("%1", label))

        text = self.tr("New draft %1").replace("%1", label)
        perform(self.undo_stack, self.ctx, text, do, undo, self.reload, self.error, done=started)

    @Slot()
    def discard_draft(self) -> bool:
        tree, operator = self.tree, self.ctx.operator()
        if tree is None or tree.status != "draft":
            return False
        question = self.tr("Discard draft %1 and all its changes?").replace("%1", tree.label)
        if not self.ctx.dialogs.confirm(self, question):
            return False
        perform(
            self.undo_stack,
            self.ctx,
            self.tr("Discard draft %1").replace("%1", tree.label),
            lambda s: service.discard_draft(s, tree.id, operator),
            lambda copy: lambda s: service.restore_draft(s, copy, operator),
            self.reload,
            self.error,
        )
        return True
