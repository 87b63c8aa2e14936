"""The Acknowledgements tab of the regulation page (閱知確認): for the version shown, every
active employee with their position and the day they acknowledged it — or since when it is
due and how many days overdue (marked in words and colour) — sortable, with search; and
"Record acknowledgement…" for the people selected, on the page's undo stack (the undo
withdraws them). Read and written on the worker (``core/services/regulation_acks.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ops_desktop.core import clock
from ops_desktop.gui.date_field import DateField
from ops_desktop.gui.lists import ListBox
from ops_desktop.gui.table import Column
from ops_desktop.gui.undo import perform

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from ops_desktop.core.services.regulation_acks import AckRow
    from ops_desktop.gui.tasks import Progress

    from .base import RegulationParts


class AckDateDialog(QDialog):
    """The day the people chosen read the version (default today)."""

    def __init__(self, label: str, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record acknowledgement"))
        intro = QLabel(
            self.tr("%1 acknowledged version %2:")
            .replace("%1", "、".join(names))
            .replace("%2", label),
            self,
        )
        intro.setWordWrap(True)
        self.date = DateField(self)
        self.date.setText(clock.today().isoformat())
        form = QFormLayout()
        form.addRow(self.tr("&Acknowledged on"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def day(self) -> dt.date | None:
        text = self.date.text()
        return dt.date.fromisoformat(text) if text else None


class AcksPanel(QWidget):
    def __init__(self, page: RegulationParts) -> None:
        super().__init__(page)
        self.page = page
        self.version_id: int | None = None
        self.label = ""
        self._asked = 0  # the latest read asked for: an older one arriving is dropped
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        # Due from the effective (or hire) date; overdue after the days in Settings, as
        # the dashboard's alert counts them
        self.limit = 14
        words = {
            "done": self.tr("Acknowledged"),
            "due": self.tr("Due"),
            "late": self.tr("Overdue"),
            "": "",
        }
        self.list = ListBox(
            [
                Column(self.tr("Staff no."), lambda r: r.staff_no),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Position"), lambda r: r.position),
                Column(self.tr("Acknowledged on"), lambda r: r.acknowledged_on),
                Column(self.tr("Due since"), lambda r: r.due_since),
                Column(self.tr("Days since due"), lambda r: r.overdue_days or None, True),
                # in words, not by colour alone
                Column(self.tr("State"), lambda r: words[self._state(r)]),
            ],
            self,
            id_of=lambda r: r.staff_id,
            muted=lambda r: r.acknowledged_on is not None,
            flagged=lambda r: self._state(r) == "late",
        )
        table = self.list.table
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.selectionModel().selectionChanged.connect(self._enable)
        self.record_button = QPushButton(self.tr("Record acknowledgement…"), self)
        self.record_button.clicked.connect(lambda: self.record())
        self.import_button = QPushButton(self.tr("Import signed workbook…"), self)
        self.import_button.clicked.connect(lambda: self.import_workbook())
        self.print_button = QPushButton(self.tr("Print sign-off sheet…"), self)
        self.print_button.clicked.connect(lambda: self.write_sheet(pdf=True))
        self.export_button = QPushButton(self.tr("Export sign-off workbook…"), self)
        self.export_button.clicked.connect(lambda: self.write_sheet(pdf=False))
        bar = QHBoxLayout()
        for button in (
            self.record_button,
            self.import_button,
            self.print_button,
            self.export_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)
        self._enable()

    def show_version(self, version_id: int | None, label: str, status: str) -> None:
        """The acknowledgements of a version (a draft has none: it says so)."""
        self.version_id, self.label = version_id, label
        self._asked += 1
        asked = self._asked
        if version_id is None or status != "approved":
            self.version_id = None  # nothing to record, print or import for a draft
            self.heading.setText("")
            self.list.set_empty(
                self.tr(
                    "Version %1 is a draft: people acknowledge a version once it is approved."
                ).replace("%1", label)
            )
            self.list.set_rows([])
            self.list.empty.mark_loaded()
            self._enable()
            return

        def work(session: Session) -> tuple[list[AckRow], int]:
            from ops_desktop.core.services import regulation_acks, settings

            return regulation_acks.rows(session, version_id), settings.ack_days(session)

        def done(found: tuple[list[AckRow], int]) -> None:
            if asked == self._asked:
                self.limit = found[1]
                self._show(found[0])

        self.page.ctx.read(work, done, on_error=self.page.error)

    def _show(self, rows: list[AckRow]) -> None:
        acknowledged = sum(1 for r in rows if r.acknowledged_on is not None)
        late = sum(1 for r in rows if self._state(r) == "late")
        self.heading.setText(
            self.tr("Version %1: %2 of %3 people acknowledged; %4 overdue")
            .replace("%1", self.label)
            .replace("%2", str(acknowledged))
            .replace("%3", str(len(rows)))
            .replace("%4", str(late))
        )
        self.list.set_empty(self.tr("No active employees: add people on the Staff page."))
        self.list.set_rows(rows)
        self.list.table.resizeColumnsToContents()  # the headers whole
        self._enable()

    def _state(self, row: AckRow) -> str:
        if row.acknowledged_on is not None:
            return "done"
        return "late" if row.overdue_days > self.limit else "due" if row.due_since else ""

    def selected(self) -> list[AckRow]:
        proxy, model = self.list.proxy, self.list.model
        indexes = self.list.table.selectionModel().selectedRows()
        return [model.row_at(proxy.mapToSource(i).row()) for i in indexes]

    @Slot()
    def _enable(self, *_: object) -> None:
        waiting = [r for r in self.selected() if r.acknowledged_on is None]
        self.record_button.setEnabled(self.version_id is not None and bool(waiting))
        for button in (self.import_button, self.print_button, self.export_button):
            button.setEnabled(self.version_id is not None)

    def record(self, dialog: AckDateDialog | None = None) -> bool:
        """The people selected who have not acknowledged yet, on the day chosen."""
        version_id, label = self.version_id, self.label
        people = [r for r in self.selected() if r.acknowledged_on is None]
        if version_id is None or not people:
            return False
        dialog = dialog or AckDateDialog(label, [r.name for r in people], self)
        if not self.page.ctx.dialogs.run(dialog):
            return False
        day, numbers = dialog.day(), [r.staff_no for r in people]
        operator = self.page.ctx.operator()

        def do(session: Session) -> int:
            from ops_desktop.core.services import regulation_acks

            return regulation_acks.record(session, version_id, numbers, day, operator, "sheet")

        def undo_factory(_count: int) -> Callable[[Session], int]:
            def withdraw(session: Session) -> int:
                from ops_desktop.core.services import regulation_acks

                return regulation_acks.withdraw(session, version_id, numbers, operator)

            return withdraw

        text = self.tr("Acknowledgement of %1 by %n people", "", len(numbers)).replace("%1", label)
        perform(
            self.page.undo_stack,
            self.page.ctx,
            text,
            do,
            undo_factory,
            self.reload,
            self.page.error,
        )
        return True

    def reload(self) -> None:
        if self.version_id is not None:
            self.show_version(self.version_id, self.label, "approved")

    # -- the sign-off sheet (閱知簽收表) ------------------------------------------------------
    def write_sheet(self, *, pdf: bool) -> bool:
        """The sheet people sign (PDF, in the interface's script) or the workbook HR fills
        in (xlsx), through the window's one way of exporting."""
        from ops_desktop.gui import exporting
        from ops_desktop.gui.exporting import EXCEL, Export

        from .compare import script

        version_id, ctx, chosen = self.version_id, self.page.ctx, script()
        if version_id is None:
            return False

        def write(_progress: Progress, target: Path) -> None:
            with ctx.transaction() as session:
                if pdf:
                    from ops_desktop.exports.pdf.signoff import write_signoff_pdf

                    write_signoff_pdf(session, version_id, target, script=chosen)
                else:
                    from ops_desktop.exports.excel.signoff_sheet import write_signoff_workbook

                    write_signoff_workbook(session, version_id, target)

        from ops_desktop.core.outputs import signoff_name

        name = signoff_name(self.label, ".pdf" if pdf else ".xlsx")
        title = self.tr("Print sign-off sheet") if pdf else self.tr("Export sign-off workbook")
        return exporting.run(
            self.page, Export(title, name, write, file_filter="PDF (*.pdf)" if pdf else EXCEL)
        )

    def import_workbook(self, path: str | None = None) -> bool:
        """The workbook HR sent back: its dates recorded all or nothing, one undoable step
        (the undo withdraws the people it recorded)."""
        from ops_desktop.gui.exporting import EXCEL, start_folder

        version_id, label, ctx = self.version_id, self.label, self.page.ctx
        if version_id is None:
            return False
        if path is None:
            path = ctx.dialogs.open_file(
                self,
                self.tr("Signed sign-off workbook"),
                str(start_folder(ctx.preferences())),
                EXCEL,
            )
        if not path:
            return False
        operator = ctx.operator()

        def do(session: Session) -> list[str]:
            from ops_desktop.core.services import regulation_acks
            from ops_desktop.exports.excel.signoff_sheet import import_workbook

            def waiting() -> set[str]:
                rows = regulation_acks.rows(session, version_id)
                return {r.staff_no for r in rows if r.acknowledged_on is None}

            before = waiting()
            import_workbook(session, path, operator, version_id=version_id)
            return sorted(before - waiting())

        def undo_factory(numbers: list[str]) -> Callable[[Session], int]:
            def withdraw(session: Session) -> int:
                from ops_desktop.core.services import regulation_acks

                return regulation_acks.withdraw(session, version_id, numbers, operator)

            return withdraw

        def done(numbers: list[str]) -> None:
            self.page.status_message.emit(
                self.tr("%n acknowledgement(s) recorded from the workbook", "", len(numbers))
            )

        perform(
            self.page.undo_stack,
            ctx,
            self.tr("Import signed workbook of %1").replace("%1", label),
            do,
            undo_factory,
            self.reload,
            self.page.error,
            done=done,
        )
        return True
