"""What a list shows when it has no rows: a sentence over its area saying what is missing and
what to do, with a button doing it where there is one ("No staff yet — Add a person, Import a
roster…"); and, when rows exist but the search hides them all, that nothing matches.

One widget for every list of the window (``EmptyState.attach(view, …)``): it lies over the
view's viewport, follows its size, and shows itself whenever the view's model has no rows —
only once the model has been filled a first time, so a list still loading does not say it is
empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import icons

ICON_SIZE = 40  # logical pixels; drawn from the SVG at the screen's ratio
# Below this height (a list inside a form, a board column) the sentence is shown alone: the
# icon would push it out of sight.
ICON_MIN_HEIGHT = 3 * ICON_SIZE

# (button text, what it does)
Step = tuple[str, Callable[[], object]]


class EmptyState(QWidget):
    """The placeholder over one view. ``text``: what is missing and what to do; ``steps``:
    buttons doing it; ``clear``: what empties the search (a button in the "nothing
    matches" state)."""

    def __init__(
        self,
        view: QAbstractItemView,
        text: str,
        steps: Sequence[Step] = (),
        *,
        clear: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("emptyState")
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(self)
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        self.buttons_row = QHBoxLayout()
        self.buttons_row.addStretch(1)
        layout.addLayout(self.buttons_row)
        layout.addStretch(2)
        self.buttons: list[QPushButton] = []
        self.clear_button = QPushButton(self.tr("Clear the search"), self)
        self.clear_button.setVisible(False)
        if clear is not None:
            self.clear_button.clicked.connect(lambda: clear())
        self._clear = clear
        self.buttons_row.addWidget(self.clear_button)
        self.buttons_row.addStretch(1)
        self._loaded = False
        self._matching = False  # showing "nothing matches"
        self.set_text(text, steps)
        view.viewport().installEventFilter(self)
        self._watch()
        self.update_state()

    @classmethod
    def attach(
        cls,
        view: QAbstractItemView,
        text: str,
        steps: Sequence[Step] = (),
        *,
        clear: Callable[[], object] | None = None,
    ) -> EmptyState:
        """The empty state of ``view`` (one per view: attached again, the first is
        given the new text)."""
        found = view.findChild(EmptyState, "emptyState", Qt.FindChildOption.FindDirectChildrenOnly)
        if isinstance(found, EmptyState):
            found.set_text(text, steps)
            return found
        return cls(view, text, steps, clear=clear)

    def set_text(self, text: str, steps: Sequence[Step] = ()) -> None:
        """What the list says when it has nothing, and the buttons doing what it says."""
        self.empty_text = text
        for button in self.buttons:
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for offset, (caption, do) in enumerate(steps):
            button = QPushButton(caption, self)
            button.clicked.connect(lambda _c=False, d=do: d())
            self.buttons_row.insertWidget(1 + offset, button)
            self.buttons.append(button)
        self._show_texts()

    def _watch(self) -> None:
        model = self.view.model()  # set before the empty state is attached
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self._model_changed)
        self._loaded = model.rowCount(self.view.rootIndex()) > 0

    def _model_changed(self, *_: object) -> None:
        if not shiboken6.isValid(self.view):  # a view's own model empties as the view goes
            return
        self._loaded = True
        self.update_state()

    def mark_loaded(self) -> None:
        """The view's data has come, even if no signal of its model said so."""
        self._loaded = True
        self.update_state()

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount(self.view.rootIndex()) == 0

    def filtered_out(self) -> bool:
        """Rows exist, but the proxy the view shows hides every one."""
        model = self.view.model()
        if not isinstance(model, QSortFilterProxyModel) or model.sourceModel() is None:
            return False
        return model.rowCount() == 0 and model.sourceModel().rowCount() > 0

    def update_state(self) -> None:
        self._matching = self.filtered_out()
        self._show_texts()
        self._place()
        self.setVisible(self._loaded and self.is_empty())

    def _show_texts(self) -> None:
        matching = self._matching
        self.label.setText(self.tr("No rows match the search.") if matching else self.empty_text)
        for button in self.buttons:
            button.setVisible(not matching)
        self.clear_button.setVisible(matching and self._clear is not None)
        name = "no-match" if matching else "empty"
        ratio = self.devicePixelRatioF()
        pixmap = icons.icon(name).pixmap(QSize(ICON_SIZE, ICON_SIZE), ratio, QIcon.Mode.Disabled)
        self.icon.setPixmap(pixmap)

    def _place(self) -> None:
        area = self.view.viewport().geometry()
        self.setGeometry(area)
        self.icon.setVisible(area.height() >= ICON_MIN_HEIGHT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self._place()
        return super().eventFilter(watched, event)

    def visible_text(self) -> str:
        """What the placeholder says now ("" when hidden)."""
        return "" if self.isHidden() else self.label.text()
