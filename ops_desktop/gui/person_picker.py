"""The one way a form chooses a person (supervisor, owner, chair, author, attendee, plan):
the combo box stays a combo box — its list, its ``currentData()`` — and typing into it
narrows the list to the people whose name, in either script, or staff number holds what is
typed (陈美玲 finds 陳美玲, ``e02`` finds E025). Items read "staff no. name".

Each item's text is folded (``core/script.fold``) once and kept, not again per keystroke."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import QComboBox, QCompleter

from ops_desktop.core.script import fold
from ops_desktop.gui.table import matches


def person_text(staff_no: str, name: str) -> str:
    """How a person reads in every picker: by staff number as well as by name."""
    return f"{staff_no} {name}"


class FoldedFilter(QSortFilterProxyModel):
    """A combo box's items, only those matching what is typed (every word, in any script)."""

    def __init__(self, parent: QComboBox) -> None:
        super().__init__(parent)
        self.setSourceModel(parent.model())
        self._needle = ""
        self._folded: dict[str, str] = {}  # an item's text → folded, kept across refills

    def set_needle(self, text: str) -> None:
        needle = fold(text.strip())
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._needle = needle
            self.invalidateFilter()

    def filterAcceptsRow(  # noqa: N802
        self, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        text = self.sourceModel().index(row, 0, parent).data() or ""
        folded = self._folded.get(text)
        if folded is None:
            folded = self._folded[text] = fold(text)
        return matches(self._needle, folded)


class PersonPicker(QCompleter):
    """Makes ``combo`` (filled however its page fills it) a person picker. Call it once the
    combo has the model it keeps: ``QComboBox.setModel`` replaces its completer's model."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.people = FoldedFilter(combo)
        self.setModel(self.people)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(self)  # choosing in the list sets the combo's current item
        line = combo.lineEdit()
        assert line is not None  # editable: the combo has its line
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(self._finished)
        combo.setToolTip(
            QCoreApplication.translate(
                "PersonPicker", "Type part of a name (Traditional or Simplified) or a staff number"
            )
        )

    @Slot(str)
    def _typed(self, text: str) -> None:
        self.people.set_needle(text)
        if text.strip():
            self.complete()

    @Slot()
    def _finished(self) -> None:
        """Leaving the field: one person matching what is typed is chosen; otherwise the
        field shows the person chosen before, never a text that chooses nobody."""
        combo, line = self.combo, self.combo.lineEdit()
        if line is None:
            return
        shown = combo.itemText(combo.currentIndex())
        if line.text() == shown:
            return
        if line.text().strip() and self.people.rowCount() == 1:
            row = self.people.mapToSource(self.people.index(0, 0)).row()
            if row != combo.currentIndex():
                combo.setCurrentIndex(row)
                combo.activated.emit(row)
        else:
            line.setText(shown)
        self.people.set_needle("")


def person_picker(combo: QComboBox) -> PersonPicker:
    """Make ``combo`` a person picker (once; again returns the same)."""
    found = combo.findChild(PersonPicker)
    return found if isinstance(found, PersonPicker) else PersonPicker(combo)
