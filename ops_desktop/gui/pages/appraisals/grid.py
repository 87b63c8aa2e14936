"""The appraisal grid's model: every person × source × dimension, as a spreadsheet holds it.

Staff number, name, total, grade and rank come first (the view keeps them frozen on the
left); then the supervisor, self and 數據分析 cells, which are typed here, and the peer cells,
which show the peers' average (edited per evaluator in the peer panel). Totals, grades and
ranks follow the scores; a cell whose value was refused is marked, with the reason in its
tooltip, until it holds another value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ops_desktop.core.appraisal import completeness, results, rules, scores
from ops_desktop.core.appraisal.results import PersonResult, SchemeView
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models.appraisal import RATED_SOURCES
from ops_desktop.gui.table import SORT_ROLE, display, sort_key

Index = QModelIndex | QPersistentModelIndex
INCOMPLETE = QColor("#FFF1D6")
REFUSED = QColor("#F8C7C7")
READ_ONLY = QColor("#F2F2F2")


@dataclass(frozen=True)
class GridColumn:
    title: str
    kind: str  # fixed | input | peer | data | computed
    source: str = ""
    dimension: str = ""
    value: Callable[[PersonResult], Any] | None = None
    widest: str = ""  # the widest text the column will hold (sized for it, not for today's)
    key: str = ""  # of a computed column: total | grade | rank | missing


def grid_columns(view: SchemeView, people: int) -> list[GridColumn]:
    """The columns for ``view`` and ``people`` rows, translated in the page's context."""
    cols = [
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Staff no."),
            "fixed",
            value=lambda p: p.staff_no,
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Name"), "fixed", value=lambda p: p.name
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Total"),
            "computed",
            value=lambda p: p.total,
            widest="100.00",
            key="total",
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Grade"),
            "computed",
            value=lambda p: p.grade,
            widest=max((band.name for band in view.bands), key=len, default=""),
            key="grade",
        ),
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Rank"),
            "computed",
            value=lambda p: p.rank,
            widest=str(max(people, 1)),
            key="rank",
        ),
    ]
    for source in RATED_SOURCES:
        for dim in view.dimension_weights:
            title = f"{view.source_names[source]}\n{view.dimension_names[dim]}"
            kind = "peer" if source == "peer" else "input"
            cols.append(GridColumn(title, kind, source, dim, widest="100.00"))
    cols.append(GridColumn(view.source_names["data"], "data", "data", widest="100.0"))
    two = [view.source_names["data"], view.source_names["peer"]]
    cols.append(
        GridColumn(
            QCoreApplication.translate("AppraisalsPage", "Status"),
            "computed",
            value=lambda p: person_state(p, view),
            widest=_missing_text(two),
            key="missing",
        )
    )
    return cols


def _missing_text(sources: list[str]) -> str:
    separator = QCoreApplication.translate("AppraisalsPage", ", ")
    return QCoreApplication.translate(
        "AppraisalsPage", "Missing: %1; the total once they are in"
    ).replace("%1", separator.join(sources))


def person_state(person: PersonResult, view: SchemeView) -> str:
    """The words of the score sheet's 狀態 column: complete, or what is missing."""
    if person.complete:
        return QCoreApplication.translate("AppraisalsPage", "Complete")
    return _missing_text(completeness.missing_sources(person, view))


def appeal_mark() -> str:
    return QCoreApplication.translate("AppraisalsPage", "appeal open")


def frozen_count(columns: list[GridColumn]) -> int:
    """How many columns on the left stay in view: who, and their result."""
    return next((n for n, c in enumerate(columns) if c.kind not in ("fixed", "computed")), 0)


class GridModel(QAbstractTableModel):
    """Rows are PersonResult; ``score_entered(row, column, text)`` asks the page to store a
    score (blank text: clear it); the page stores it and calls ``replace_person``. A value
    that is not a score is refused here, in its cell, before anything is asked."""

    score_entered = Signal(int, int, str, object)  # row, column, text, the value it replaces

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[PersonResult] = []
        self.columns: list[GridColumn] = []
        self.locked = False
        self.view: SchemeView | None = None
        self.refused: dict[tuple[int, int], str] = {}
        self.appealed: set[int] = set()  # staff with an appeal of the month not decided

    def set_appealed(self, staff_ids: set[int]) -> None:
        """Mark these people's Status (an open appeal), the score sheet's 申訴中."""
        self.appealed = set(staff_ids)
        status = next((n for n, c in enumerate(self.columns) if c.key == "missing"), None)
        if status is not None and self.people:
            last = len(self.people) - 1
            self.dataChanged.emit(self.index(0, status), self.index(last, status))

    def load(self, people: list[PersonResult], view: SchemeView, locked: bool) -> None:
        self.beginResetModel()
        self.people, self.locked, self.view = list(people), locked, view
        self.columns = grid_columns(view, len(people))
        self.refused.clear()
        self.appealed.clear()  # the month's are read after it (set_appealed)
        self.endResetModel()

    def column_of(self, source: str, dimension: str = "") -> int:
        return next(
            n for n, c in enumerate(self.columns) if c.source == source and c.dimension == dimension
        )

    def row_of(self, staff_id: int) -> int | None:
        return next((r for r, p in enumerate(self.people) if p.staff_id == staff_id), None)

    def editable(self, row: int, column: int) -> bool:
        return not self.locked and self.columns[column].kind in ("input", "data")

    # -- what the month holds -----------------------------------------------------------------
    def complete_count(self) -> int:
        return sum(1 for p in self.people if p.complete)

    def breaches(self) -> list[tuple[rules.Band, int, Any]]:
        if self.view is None:
            return []
        grades = [p.grade for p in self.people if p.grade]
        return rules.distribution_breaches(grades, self.view.bands)

    def replace_person(self, person: PersonResult) -> None:
        """Put a recomputed person back and re-rank everyone; a refusal mark leaves a cell
        whose value is no longer the one refused."""
        row = self.row_of(person.staff_id)
        if row is None:
            return
        before = [self.value(row, c) for c in range(len(self.columns))]
        self.people[row] = person
        for r, c in [key for key in self.refused if key[0] == row]:
            if self.value(r, c) != before[c]:
                del self.refused[(r, c)]
        ranks = rules.ranks({p.staff_id: p.total for p in self.people})
        moved = [row]
        for r, p in enumerate(self.people):
            rank = ranks.get(p.staff_id)
            if p.rank != rank:
                p.rank = rank
                moved.append(r)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        rank = next(n for n, c in enumerate(self.columns) if c.key == "rank")
        self.dataChanged.emit(self.index(min(moved), rank), self.index(max(moved), rank))

    def refuse(self, row: int, column: int, message: str) -> None:
        self.refused[(row, column)] = message
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    # -- Qt's model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def value(self, row: int, column: int) -> Any:
        person, col = self.people[row], self.columns[column]
        if col.kind in ("input", "peer"):
            return person.inputs.get((col.source, col.dimension))
        if col.kind == "data":
            return person.data_score
        assert col.value is not None
        return col.value(person)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks every cell for a dozen roles: the ones not answered return first.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        col, person = self.columns[column], self.people[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(row, column)
            if col.kind in ("input", "peer", "data") and value is not None:
                return score_text(value)
            if col.key == "missing" and person.staff_id in self.appealed:
                return f"{display(value)} · {appeal_mark()}"
            return display(value)
        if role == SORT_ROLE:
            return sort_key(self.value(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if col.kind == "fixed" or col.key == "missing" else _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if (row, column) in self.refused:
                return _REFUSED_BRUSH
            if col.kind in ("peer", "computed") or self.locked:
                return _READ_ONLY_BRUSH
            if not person.complete and self.value(row, column) is None:
                return _INCOMPLETE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if (row, column) in self.refused:
                return self.refused[(row, column)]
            if col.kind == "computed" and person.missing and self.view is not None:
                return person_state(person, self.view)
            if col.kind == "peer":
                return f"{person.peer_count}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.editable(index.row(), index.column()):
            return _EDITABLE
        return _SELECTABLE

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A score typed into a cell (blank: cleared). A value that is not a score is marked
        refused with its reason and nothing is asked; the same value as shown asks nothing."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row, column = index.row(), index.column()
        text = str(value)
        self.refused.pop((row, column), None)
        reason = score_problem(text)
        if reason is not None:
            self.refuse(row, column, reason)
            return False
        current = self.value(row, column)
        new = scores.parse_score(text) if text.strip() else None
        if new == current:
            self.dataChanged.emit(index, index)  # the mark it had is gone
            return False
        self._show_typed(row, column, new)
        self.score_entered.emit(row, column, text, current)
        return True

    def _show_typed(self, row: int, column: int, new: Any) -> None:
        """The typed score's total, grade and ranks, shown at once as a spreadsheet does; the
        stored result replaces them (or, refused, puts the old ones back) when it arrives."""
        person, col = self.people[row], self.columns[column]
        assert self.view is not None
        inputs, data_score = dict(person.inputs), person.data_score
        if col.kind == "data":
            data_score = new
        else:
            inputs[(col.source, col.dimension)] = new
        self.replace_person(results.rescored(self.view, person, inputs, data_score))

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_REFUSED_BRUSH, _READ_ONLY_BRUSH = QBrush(REFUSED), QBrush(READ_ONLY)
_INCOMPLETE_BRUSH = QBrush(INCOMPLETE)
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        SORT_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


def score_problem(text: str) -> str | None:
    """Why ``text`` cannot go into a score cell, or None (blank clears the cell)."""
    if not text.strip():
        return None
    try:
        scores.parse_score(text)
    except DomainError as exc:
        return str(exc)
    return None


def score_text(value: Any) -> str:
    """A score as typed: 88.5, 90, 82.33 — no padding zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"
