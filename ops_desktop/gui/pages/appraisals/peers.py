"""The peers of the selected person: who scores them and what each gave, typed in here.

One row per peer, one column per dimension; the peer's name is the row's header, so it
stays in sight when a narrow panel scrolls sideways. The panel asks the page's splitter for
the width that shows every dimension, up to a third of the page (``fit_width``). Keys as
in a spreadsheet (``cell_keys``); a refused value stays in its editor with the reason
beside it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Slot
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

from ops_desktop.core.appraisal import peer_removal, periods, scores
from ops_desktop.core.appraisal import stale_scores as stale
from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import staff as staff_service
from ops_desktop.gui.empty_state import EmptyState
from ops_desktop.gui.person_picker import person_picker
from ops_desktop.gui.undo import perform

from .cell_keys import CellKeys
from .peer_model import Dimension, PeerModel
from .refusals import Refusals

if TYPE_CHECKING:
    from .page import AppraisalsPage

SHARE = 3  # the panel asks for at most a third of the page: a wider scheme scrolls sideways


class PeerPanel(QWidget):
    def __init__(self, page: AppraisalsPage) -> None:
        super().__init__(page)
        self.page = page
        self.person_id: int | None = None
        self.person_name = ""
        self.locked = False
        self._asked = 0  # the latest person asked for: an older one arriving is dropped
        self.label = QLabel(self.tr("Peers"), self)
        self.model = PeerModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.keys = CellKeys(self.view, self._check, page.status_message.emit)
        self.empty = EmptyState.attach(self.view, self._nobody_text())
        self.add_combo = QComboBox(self)
        person_picker(self.add_combo)  # the evaluator to add, by name or staff number
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
        page.installEventFilter(self)

    def set_person(self, staff_id: int | None) -> None:
        same_person = staff_id == self.person_id
        self.person_id = staff_id
        period_id = self.page.period_id
        self.locked = self.page.model.locked
        self._asked += 1
        asked = self._asked
        if not same_person:
            self.model.refused.clear()
        if staff_id is None or period_id is None:
            self.empty.set_text(self._nobody_text())
            self.empty.mark_loaded()
            self.model.show([], [])
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
            self.empty.set_text(self.tr("No peers rate this person this month: add one below."))
            self._show(dims, rows, keep_place=same_person)
            self.person_name = name
            self.label.setText(self.tr("Peers of %1").replace("%1", name))
            self.add_combo.clear()
            for text, ident in others:
                self.add_combo.addItem(text, ident)
            why = self.tr("The month is locked: unlock it to change its peers.")
            for widget in (self.add_combo, self.add_button, self.remove_button):
                widget.setEnabled(not self.locked)
                widget.setToolTip(why if self.locked else "")

        self.page.ctx.read(work, done, on_error=self.page.error)

    def _nobody_text(self) -> str:
        return self.tr("Select a person in the grid to see who rates them as a peer.")

    def _show(self, dims: list[Dimension], rows: list[Any], keep_place: bool) -> None:
        """The rows read; when shown anew for the same person, the current cell stays on its
        peer and dimension (or its row, when the peer is gone)."""
        current = self.view.currentIndex()
        place = None
        if keep_place and current.isValid() and current.row() < len(self.model.rows):
            place = (self.model.rows[current.row()].evaluator_id, current.row(), current.column())
        if not self.model.show(dims, rows, again=keep_place):
            return
        self.fit_width()
        if place is None or not rows:
            return
        evaluator, row, column = place
        row = next((r for r, p in enumerate(rows) if p.evaluator_id == evaluator), row)
        self.view.setCurrentIndex(
            self.model.index(min(row, len(rows) - 1), min(column, len(dims) - 1))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.page and event.type() == QEvent.Type.Resize:
            self.fit_width()  # a third of the page is another width now
        return False

    def fit_width(self) -> None:
        """Ask for the width that shows every dimension, up to a third of the page: the
        page's splitter gives a panel at least its minimum. The peers' names are the rows'
        headers: what scrolls sideways are the scores."""
        view = self.view
        view.resizeColumnsToContents()
        columns = sum(view.columnWidth(c) for c in range(self.model.columnCount()))
        needed = (
            view.verticalHeader().sizeHint().width()
            + columns
            + 2 * view.frameWidth()
            + view.verticalScrollBar().sizeHint().width()
        )
        view.setMinimumWidth(min(needed, self.page.width() // SHARE))

    def _check(self, index: QModelIndex, text: str) -> str | None:
        """Why a typed text is not a score (as the grid reads it), or None."""
        if not text.strip() and not self.model.data(index):
            return None  # nothing typed into an empty cell: nothing to store
        try:
            scores.parse_score(text)
        except DomainError as exc:
            return str(exc)
        return None

    def enter(self, peer: Any, code: str, dim_id: int, text: str) -> bool:
        """Store one peer score (True: started); a refusal marks its cell, with the reason."""
        page, person_id, period_id = self.page, self.person_id, self.page.period_id
        assert person_id is not None and period_id is not None
        key = scores.ScoreKey(person_id, "peer", peer.evaluator_id, dim_id)
        old, operator = peer.scores.get(code), page.ctx.operator()
        try:
            new = scores.parse_score(text)  # what undo finds stored, unless someone else
        except DomainError:
            new = None  # refused below, with the reason

        def refused(message: str) -> None:
            self.model.refuse(peer.evaluator_id, code, message)
            page.status_message.emit(f"{peer.name}: {message}")

        refusals = Refusals(page, [person_id], refused)
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

    @Slot()
    def add_peer(self) -> None:
        page, person_id, period_id = self.page, self.person_id, self.page.period_id
        ident = self.add_combo.currentData()
        if ident is None or person_id is None or period_id is None:
            return
        evaluators = [p.evaluator_id for p in self.model.rows] + [ident]
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
    def remove_peer(self) -> None:
        """Remove the current row's peer and the scores they gave (asked first when they
        gave any): one undo step; the person's totals follow."""
        page, person_id, period_id = self.page, self.person_id, self.page.period_id
        index = self.view.currentIndex()
        if not index.isValid() or person_id is None or period_id is None:
            return
        peer = self.model.rows[index.row()]
        shown: dict[str, Decimal] = dict(peer.scores)
        if shown:
            question = (
                self.tr("%1 has given %n score(s) to %2; remove %1 and the scores?", "", len(shown))
                .replace("%1", peer.name)
                .replace("%2", self.person_name)
            )
            if not page.ctx.dialogs.confirm(self, question):
                return
        operator = page.ctx.operator()
        refusals = Refusals(page, [person_id], page.error)
        perform(
            page.undo_stack,
            page.ctx,
            self.tr("Remove peer %1").replace("%1", peer.name),
            lambda s: peer_removal.remove(
                s, period_id, person_id, peer.evaluator_id, shown, operator
            ),
            lambda removed: lambda s: peer_removal.put_back(s, period_id, removed, operator),
            lambda: page.refresh_people([person_id]),
            refusals,
            done=refusals.entered,
        )
