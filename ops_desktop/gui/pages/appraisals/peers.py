"""The peers of the selected person: who scores them and what each gave, editable here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.appraisal import stale_scores as stale
from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import staff as staff_service
from ops_desktop.gui.table import Column, RowTableModel
from ops_desktop.gui.undo import perform

from .refusals import Refusals

if TYPE_CHECKING:
    from .page import AppraisalsPage


class PeerModel(RowTableModel):
    """Rows are PeerScores; the dimension cells are editable."""

    def __init__(self, panel: PeerPanel) -> None:
        super().__init__([], panel)
        self.panel = panel
        self.dims: list[tuple[str, str, int]] = []  # code, name, id

    def configure(self, dims: list[tuple[str, str, int]]) -> None:
        self.dims = dims
        self.columns = [Column(self.tr("Evaluator"), lambda p: f"{p.staff_no} {p.name}")]
        self.columns += [
            Column(name, (lambda p, c=code: p.scores.get(c)), align_right=True)
            for code, name, _ in dims
        ]

    def flags(self, index: Any) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() > 0 and not self.panel.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        peer = self.rows[index.row()]
        code, _name, dim_id = self.dims[index.column() - 1]
        return self.panel.enter(peer, code, dim_id, str(value))


class PeerPanel(QWidget):
    def __init__(self, page: AppraisalsPage) -> None:
        super().__init__(page)
        self.page = page
        self.person_id: int | None = None
        self.locked = False
        self._asked = 0  # the latest person asked for: an older one arriving is dropped
        self.label = QLabel(self.tr("Peers"), self)
        self.model = PeerModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.add_combo = QComboBox(self)
        self.add_button = QPushButton(self.tr("Add peer"), self)
        self.add_button.clicked.connect(self.add_peer)
        self.remove_button = QPushButton(self.tr("Remove peer"), self)
        self.remove_button.clicked.connect(self.remove_peer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_combo, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.remove_button)

    def set_person(self, staff_id: int | None) -> None:
        self.person_id = staff_id
        period_id = self.page.period_id
        self.locked = self.page.model.locked
        self._asked += 1
        asked = self._asked
        if staff_id is None or period_id is None:
            self.model.set_rows([])
            self.label.setText(self.tr("Peers: select a person"))
            return

        def work(session: Session) -> tuple[list, list, str, list[tuple[str, int]]]:
            dims = [(d.code, d.name, d.id) for d in periods.scheme_dimensions(session, period_id)]
            rows = scores.peer_scores(session, period_id, staff_id)
            name = staff_service.get(session, staff_id).name
            others = [
                (f"{r.staff_no} {r.name}", r.id)
                for r in staff_service.rows(session)
                if r.id != staff_id and r.id not in {p.evaluator_id for p in rows}
            ]
            return dims, rows, name, others

        def done(found: tuple[list, list, str, list[tuple[str, int]]]) -> None:
            if asked != self._asked:  # another person chosen meanwhile
                return
            dims, rows, name, others = found
            self.model.configure(dims)
            self.model.set_rows(rows)
            self.label.setText(self.tr("Peers of %1").replace("%1", name))
            self.add_combo.clear()
            for text, ident in others:
                self.add_combo.addItem(text, ident)
            for widget in (self.add_combo, self.add_button, self.remove_button):
                widget.setEnabled(not self.locked)

        self.page.ctx.read(work, done, on_error=self.page.error)

    def enter(self, peer: Any, code: str, dim_id: int, text: str) -> bool:
        """Store one peer score (True: started); a refusal is shown in a message."""
        page, person_id, period_id = self.page, self.person_id, self.page.period_id
        assert person_id is not None and period_id is not None
        key = scores.ScoreKey(person_id, "peer", peer.evaluator_id, dim_id)
        old, operator = peer.scores.get(code), page.ctx.operator()
        try:
            new = scores.parse_score(text)  # what undo finds stored, unless someone else
        except DomainError:
            new = None  # refused below, with the reason
        refusals = Refusals(page, [person_id], page.error)
        perform(
            page.undo_stack,
            page.ctx,
            self.tr("Peer score"),
            lambda s: (
                stale.expect_score(s, period_id, key, old),  # the panel may be old
                scores.enter(s, period_id, key, text, operator),
            ),
            lambda _r: (
                lambda s: (
                    stale.expect_score(s, period_id, key, new),
                    scores.enter(s, period_id, key, old, operator)
                    if old is not None
                    else scores.remove(s, period_id, key, operator),
                )
            ),
            lambda: page.refresh_people([person_id]),
            refusals,
            done=refusals.entered,
        )
        return True

    def _set_peers(self, evaluators: list[int]) -> None:
        page, person_id, period_id = self.page, self.person_id, self.page.period_id
        if person_id is None or period_id is None:
            return
        operator = page.ctx.operator()

        def change(session: Session) -> list[int]:
            before = periods.peers_of(session, period_id).get(person_id, [])
            periods.set_peers(session, period_id, person_id, evaluators, operator)
            return before

        perform(
            page.undo_stack,
            page.ctx,
            self.tr("Peers"),
            change,
            lambda before: lambda s: periods.set_peers(s, period_id, person_id, before, operator),
            lambda: self.set_person(person_id),
            page.error,
        )

    @Slot()
    def add_peer(self) -> None:
        ident = self.add_combo.currentData()
        if ident is not None:
            self._set_peers([p.evaluator_id for p in self.model.rows] + [ident])

    @Slot()
    def remove_peer(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            gone = self.model.rows[index.row()].evaluator_id
            self._set_peers([p.evaluator_id for p in self.model.rows if p.evaluator_id != gone])
