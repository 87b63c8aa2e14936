"""Excel from the appraisal page: the score sheet and the annual sheet for HR, evaluator
forms out and back in, with every problem of an import shown in a table (file, sheet, cell,
value, reason). One import of forms, however many files, is one undo step. What is written
goes out through the window's one way of exporting (``gui/exporting.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import comments, score_changes
from ops_desktop.core.errors import DomainError
from ops_desktop.gui import exporting, hr_exports
from ops_desktop.gui.table import Column, RowTableModel
from ops_desktop.gui.undo import ServiceCommand

if TYPE_CHECKING:
    from .page import AppraisalsPage


def export(page: AppraisalsPage) -> bool:
    """What Export writes on the page: the annual sheet of the shown month's year on the
    Year tab, the month's score sheet on the Month tab."""
    if page.tabs.currentWidget() is page.annual:
        return export_annual(page)
    return export_sheet(page)


def _month(page: AppraisalsPage) -> int | None:
    """The month shown, or None after telling the user there is none yet."""
    if page.period_id is None:
        page.status_message.emit(
            QCoreApplication.translate(
                "AppraisalsPage", "No month is open yet: open one with New month…"
            )
        )
    return page.period_id


def export_sheet(page: AppraisalsPage) -> bool:
    period_id = _month(page)
    if period_id is None:
        return True
    return exporting.run(
        page, hr_exports.score_sheet(page.ctx, period_id, page.label_of(period_id))
    )


def export_annual(page: AppraisalsPage) -> bool:
    """The annual sheet of the year the Year tab shows (the shown month's)."""
    period_id = _month(page)
    if period_id is None:
        return True
    return exporting.run(page, hr_exports.annual_sheet(page.ctx, page.year_of(period_id)))


def generate_forms(page: AppraisalsPage) -> bool:
    period_id = _month(page)
    if period_id is None:
        return True
    return exporting.run(
        page, hr_exports.evaluator_forms(page.ctx, period_id, page.label_of(period_id))
    )


def import_forms(
    page: AppraisalsPage, only_valid: bool = False, files: list[str] | None = None
) -> bool:
    period_id = page.period_id
    if period_id is None:
        return False
    if files is None:
        files, _ = QFileDialog.getOpenFileNames(
            page,
            QCoreApplication.translate("AppraisalsPage", "Filled-in evaluator forms"),
            "",
            "Excel (*.xlsx)",
        )
    if not files:
        return False
    operator = page.ctx.operator()

    def work(progress: Any) -> list[tuple[str, Any]]:
        from ops_desktop.exports.excel.evaluator_forms import import_form, read_form

        out: list[tuple[str, Any]] = []
        for n, file in enumerate(files, start=1):
            progress.check()
            progress.report(n, len(files), Path(file).name)
            try:
                sent = read_form(file)  # parsed before the write lock is taken
                with page.ctx.writing() as session:  # waits for another desk, never "locked"
                    out.append(
                        (
                            file,
                            import_form(session, period_id, sent, operator, only_valid=only_valid),
                        )
                    )
            except DomainError as exc:
                out.append((file, str(exc)))
        return out

    def done(outcomes: list[tuple[str, Any]]) -> None:
        _push_undo_step(page, period_id, operator, [outcome for _file, outcome in outcomes])
        if page.period_id == period_id:  # not when another month is shown now
            page.load(period_id)
        page.report_dialog = ImportReportDialog(page, outcomes)
        page.report_dialog.retry.connect_retry(
            lambda refused: import_forms(page, only_valid=True, files=refused)
        )
        page.report_dialog.open()

    page.ctx.tasks.run(
        work,
        done,
        on_error=page.error,
        title=QCoreApplication.translate("AppraisalsPage", "Importing forms"),
        parent=page,
    )
    return True


def _push_undo_step(
    page: AppraisalsPage, period_id: int, operator: str, outcomes: list[Any]
) -> None:
    """The import as one step on the page's undo stack — already done: each file was
    imported in its own transaction, on the job with the progress dialog. An import that
    changed no score and no comment leaves no step."""
    imported = [o for o in outcomes if not isinstance(o, str) and (o.changes or o.comment_changes)]
    changes = score_changes.net(c for o in imported for c in o.changes)
    said = comments.net(c for o in imported for c in o.comment_changes)
    if not changes and not said:
        return
    people = {c.subject_id for c in changes} | {c.key.subject_id for c in said}

    def again(session: Session) -> None:
        score_changes.put_again(session, period_id, changes, operator)
        comments.put_again(session, period_id, said, operator)

    def take_back(session: Session) -> None:
        score_changes.take_back(session, period_id, changes, operator)
        comments.take_back(session, period_id, said, operator)

    def undo_factory(_nothing: None) -> Callable[[Session], None]:
        return take_back

    def after() -> None:
        if page.period_id == period_id:  # the scores of another month are not shown
            page.refresh_people(people)

    text = QCoreApplication.translate("AppraisalsPage", "Import %1 evaluator form(s)").replace(
        "%1", str(len(imported))
    )
    step = ServiceCommand(
        page.undo_stack, page.ctx, text, again, undo_factory, undo_factory(None), after, page.error
    )
    page.undo_stack.push(step)  # Qt's first redo() of a pushed step runs nothing


class _Retry:
    def __init__(self) -> None:
        self._callback: Any = None

    def connect_retry(self, callback: Any) -> None:
        self._callback = callback

    def __call__(self, refused: list[str]) -> None:
        if self._callback is not None:
            self._callback(refused)


class ImportReportDialog(QDialog):
    """What each imported file did, and every problem found in it."""

    def __init__(self, parent: QWidget, outcomes: list[tuple[str, Any]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import of evaluator forms"))
        self.retry = _Retry()
        lines, problems, self.refused = [], [], []
        for file, outcome in outcomes:
            name = Path(file).name
            if isinstance(outcome, str):
                lines.append(self.tr("%1: refused — %2").replace("%1", name).replace("%2", outcome))
                continue
            lines.append(outcome.summary())
            problems += outcome.problems
            if not outcome.applied:
                self.refused.append(file)
        self.summary = QLabel("\n".join(lines), self)
        self.summary.setWordWrap(True)
        self.model = RowTableModel(
            [
                Column(self.tr("File"), lambda p: p.file),
                Column(self.tr("Sheet"), lambda p: p.sheet),
                Column(self.tr("Cell"), lambda p: p.cell),
                Column(self.tr("Value"), lambda p: p.value),
                Column(self.tr("Reason"), lambda p: p.reason),
            ],
            self,
        )
        self.model.set_rows(problems)
        view = QTableView(self)
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if self.refused:
            self.valid_button = buttons.addButton(
                self.tr("Import only the valid rows"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.valid_button.clicked.connect(self._import_valid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _import_valid(self) -> None:
        self.accept()
        self.retry(self.refused)
