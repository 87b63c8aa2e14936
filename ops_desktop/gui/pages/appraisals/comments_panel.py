"""The evaluators' comments (評語) on the selected person, under the peers panel: read-only,
as stored from the 評語 column of the evaluator forms (one row per evaluator and kind)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import comments
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.table import Column, RowTableModel

if TYPE_CHECKING:
    from .page import AppraisalsPage


class CommentsPanel(QWidget):
    def __init__(self, page: AppraisalsPage) -> None:
        super().__init__(page)
        self.page = page
        self.person_id: int | None = None
        self._asked = 0  # the latest person asked for: an older answer is dropped
        self.label = QLabel(self.tr("Comments"), self)
        self.model = RowTableModel(
            [
                Column(self.tr("Kind"), self._source_name),
                Column(self.tr("Evaluator"), lambda c: c.evaluator or self.tr("(outside)")),
                Column(self.tr("Comment"), lambda c: c.text),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty = EmptyState.attach(self.view, self._nobody_text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)

    def _nobody_text(self) -> str:
        return self.tr("Select a person in the grid to read the comments on them.")

    def _source_name(self, said: comments.Comment) -> str:
        view = self.page.model.view
        return view.source_names.get(said.source, said.source) if view else said.source

    def set_person(self, staff_id: int | None) -> None:
        """Show the comments on ``staff_id`` in the month shown (None: nobody selected)."""
        self.person_id = staff_id
        period_id = self.page.period_id
        self._asked += 1
        asked = self._asked
        if staff_id is None or period_id is None:
            self.empty.set_text(self._nobody_text())
            self.model.set_rows([])  # its reset says the list is loaded
            self.label.setText(self.tr("Comments: select a person"))
            return

        def work(session: Session) -> list[comments.Comment]:
            return comments.of_period(session, period_id, staff_id)

        def done(found: list[comments.Comment]) -> None:
            if asked != self._asked:  # another person chosen meanwhile
                return
            self.empty.set_text(self.tr("No evaluator wrote a comment on this person this month."))
            self.model.set_rows(found)
            self.view.resizeRowsToContents()
            self.label.setText(
                self.tr("Comments (%n)", "", len(found)) if found else self.tr("No comments")
            )

        self.page.ctx.read(work, done, on_error=self.page.error)
