"""Scores typed, pasted or cleared in the appraisal grid, stored as undoable steps on the
database worker; the rows they touch are read again and shown with their totals, grades and
everyone's ranks.

A refusal found when storing (a score changed elsewhere, a month locked meanwhile, a person
without a supervisor) stays in its cell: a single typed value goes back into the cell's
editor with the reason beside it; the cells of a paste keep a mark with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import grid_entries, results
from ops_desktop.core.appraisal.grid_entries import Entry
from ops_desktop.core.errors import DomainError
from ops_desktop.gui.undo import perform

from .refusals import Refusals

if TYPE_CHECKING:
    from .page import AppraisalsPage


class ScoreEntering(QObject):
    def __init__(self, page: AppraisalsPage) -> None:
        super().__init__(page)
        self.page = page
        self.model = page.model
        self.model.score_entered.connect(self.enter_score)
        page.grid.pasted.connect(self.paste)
        page.grid.cleared.connect(self.clear)
        page.grid.typed_read_only.connect(self.say_read_only)

    def _entry(self, row: int, column: int, text: str, old: Decimal | None) -> Entry:
        """What a cell of the grid is to store over ``old``, the value it showed."""
        person, col = self.model.people[row], self.model.columns[column]
        source = "data" if col.kind == "data" else col.source
        return grid_entries.typed(person.staff_id, source, col.dimension, old, text)

    def enter_score(self, row: int, column: int, text: str, old: Decimal | None) -> bool:
        """Store one cell typed over ``old``; a refusal goes back into the cell's editor
        (True: started)."""
        if self.page.period_id is None:
            return False
        person = self.model.people[row]
        name = person.name
        what = (
            QCoreApplication.translate("AppraisalsPage", "Clear score %1")
            if not text.strip()
            else QCoreApplication.translate("AppraisalsPage", "Score %1")
        )

        def told(_stored: int, refused: dict[int, str]) -> None:
            for reason in refused.values():
                self.page.status_message.emit(f"{name}: {reason}")
                row_now = self.model.row_of(person.staff_id)
                if row_now is not None:
                    self.page.grid.reopen(self.model.index(row_now, column), text, reason)

        entry = self._entry(row, column, text, old)
        self._store(what.replace("%1", name), [(column, entry)], told)
        return True

    def clear(self, cells: list[tuple[int, int]]) -> None:
        """Delete or Backspace on a selection: its scores cleared, one undo step."""
        if self.page.period_id is None or not cells:
            return
        entries = [
            (column, self._entry(row, column, "", self.model.value(row, column)))
            for row, column in cells
        ]

        def told(stored: int, refused: dict[int, str]) -> None:
            self.page.status_message.emit(
                QCoreApplication.translate("AppraisalsPage", "Cleared: %1 scores, %2 refused")
                .replace("%1", str(stored))
                .replace("%2", str(len(refused)))
            )

        if len(cells) == 1:
            name = self.model.people[cells[0][0]].name
            what = QCoreApplication.translate("AppraisalsPage", "Clear score %1").replace(
                "%1", name
            )
        else:
            what = QCoreApplication.translate("AppraisalsPage", "Clear %1 scores").replace(
                "%1", str(len(cells))
            )
        self._store(what, entries, told)

    def paste(self, top: int, left: int, rows: list[list[str]]) -> None:
        """A block copied from Excel: every cell is validated; refusals stay marked. The
        cells stored are one undo step, as the paste was one action."""
        if self.page.period_id is None:
            return
        cells: list[tuple[int, Entry]] = []
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                row, column = top + r, left + c
                if row >= self.model.rowCount() or column >= self.model.columnCount():
                    continue
                if not self.model.editable(row, column) or not text.strip():
                    continue
                self.model.refused.pop((row, column), None)
                cells.append(
                    (column, self._entry(row, column, text, self.model.value(row, column)))
                )

        def told(stored: int, refused: dict[int, str]) -> None:
            self.page.status_message.emit(
                QCoreApplication.translate("AppraisalsPage", "Pasted: %1 stored, %2 refused")
                .replace("%1", str(stored))
                .replace("%2", str(len(refused)))
            )

        if cells:
            self._store(QCoreApplication.translate("AppraisalsPage", "Paste scores"), cells, told)
        else:
            told(0, {})

    def say_read_only(self, index: QModelIndex) -> None:
        """Typed where no score can go: say why, beside the cell and in the status bar."""
        if not index.isValid():
            return
        if self.model.locked:
            text = QCoreApplication.translate(
                "AppraisalsPage",
                "%1 is locked: its scores cannot change. To change them, choose Unlock… and "
                "give a reason.",
            ).replace("%1", self.page.period_combo.currentText())
        elif self.model.columns[index.column()].kind == "peer":
            text = QCoreApplication.translate(
                "AppraisalsPage",
                "Peer scores are typed per evaluator in the peers panel on the right; this "
                "cell shows their average.",
            )
        else:
            text = QCoreApplication.translate(
                "AppraisalsPage", "Computed from the scores: it cannot be typed."
            )
        self.page.grid.show_refusal(index, text)
        self.page.status_message.emit(text)

    def _store(
        self,
        text: str,
        cells: list[tuple[int, Entry]],
        told: Callable[[int, dict[int, str]], None],
    ) -> None:
        """Store ``cells`` (grid column, entry) as one undoable change. Its first run stores
        every cell it can and keeps each refusal (by the cell's place in ``cells``) for its
        cell; when none can be stored nothing is done and no step is left. Undo and redo
        take back or put again exactly the cells stored, all or none."""
        page = self.page
        period_id, operator, shown = page.period_id, page.ctx.operator(), page.generation
        assert period_id is not None, "scores are entered into a month's grid"
        entries = [entry for _column, entry in cells]
        # Found by the first run, read once it has ended: the cells stored (with their
        # evaluators: a redo stores exactly these again), each refusal by the cell's place in
        # ``cells``, and whether it stored none (then it is refused: no step is left).
        stored: list[Entry] = []
        refused: dict[int, str] = {}
        none_stored: list[bool] = []

        def do(session: Session) -> list[Entry]:
            dims = grid_entries.dimensions(session, period_id)
            if stored:  # a redo: all or none
                for entry in stored:
                    grid_entries.put(session, period_id, dims, entry, operator)
                return list(stored)
            for n, entry in enumerate(entries):
                try:
                    with session.begin_nested():  # a refused cell leaves the others stored
                        resolved = grid_entries.with_evaluator(session, entry)
                        grid_entries.put(session, period_id, dims, resolved, operator)
                except DomainError as exc:
                    refused[n] = str(exc)
                else:
                    stored.append(resolved)
            if not stored:
                none_stored.append(True)
                raise grid_entries.NothingStored
            return list(stored)

        def undo_factory(done: list[Entry]) -> Callable[[Session], None]:
            def undo(session: Session) -> None:
                dims = grid_entries.dimensions(session, period_id)
                for entry in reversed(done):
                    grid_entries.take_back(session, period_id, dims, entry, operator)

            return undo

        def mark() -> None:
            """Each refused cell keeps its reason — in the grid as loaded then."""
            for n, reason in refused.items():
                column, entry = cells[n]
                row = self.model.row_of(entry.staff_id) if shown == page.generation else None
                if row is not None:
                    self.model.refuse(row, column, reason)

        def refused_entry(message: str) -> None:
            mark()
            if none_stored:
                told(0, refused)
            else:  # not the cells' reasons: the change as a whole failed
                page.error(message)

        def entered(done: list[Entry]) -> None:
            refusals.entered()
            mark()
            told(len(done), refused)

        staff = {entry.staff_id for entry in entries}
        refusals = Refusals(page, staff, refused_entry)
        perform(
            page.undo_stack,
            page.ctx,
            text,
            do,
            undo_factory,
            lambda: self.refresh_people(staff),
            refusals,
            done=entered,
        )

    def refresh_people(self, staff_ids: Iterable[int]) -> None:
        """Read the rows of ``staff_ids`` again (their totals and grades; the ranks and the
        month's counts follow in the grid); the peers and comments panels too when they show
        one of them."""
        page = self.page
        period_id, shown, wanted = page.period_id, page.generation, set(staff_ids)
        if period_id is None:
            return

        def done(found: results.PeriodResult) -> None:
            if shown != page.generation:  # the grid was loaded again meanwhile
                return
            for person in found.people:
                self.model.replace_person(person)
            page.show_status(found.status)
            if page.peers.person_id in wanted:
                page.peers.set_person(page.peers.person_id)
            if page.comments.person_id in wanted:  # an import's comments undone or redone
                page.comments.set_person(page.comments.person_id)

        page.ctx.read(
            lambda session: results.compute(session, period_id, wanted), done, on_error=page.error
        )
