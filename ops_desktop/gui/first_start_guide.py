"""The first-start guide: a dock beside the pages listing the six steps of setting up the
department, each with a button that opens its page, each ticked from the data
(``core.first_start``) — never from the click — and read again whenever the window commits
a change or another page is shown. It can be closed and reopened (Help menu), and goes by
itself once every step is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from . import operator_prompt
from . import settings_store as opts

if TYPE_CHECKING:
    from ops_desktop.core.first_start import Progress

    from .changes import Changes
    from .main_window import MainWindow

STEPS = ("operator", "department", "positions", "roster", "regulation", "month")  # as core's
PAGE_OF = {
    "department": "settings",
    "positions": "positions",
    "roster": "staff",
    "regulation": "regulation",
    "month": "appraisals",
}
DONE, TO_DO = "✓", "○"


class FirstStartGuide(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("firstStartGuide")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.progress: Progress | None = None
        self.department = ""
        self._reading = 0  # the latest read: an older one arriving is dropped
        self._complete_in: object = None  # the database whose setup is complete: not read again
        self.toggle = QAction(self)
        self.toggle.setCheckable(True)
        self.toggle.triggered.connect(self._toggled)
        self.hide()  # until the data says a step is left (restoreState may show it)
        self._build()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        window.nav.currentRowChanged.connect(lambda _row: self.refresh())
        window.notice.changed.connect(self._changed)

    def _build(self) -> None:
        body = QWidget(self)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        grid = QGridLayout()
        self.ticks: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.confirm_buttons: dict[str, QPushButton] = {}
        # One column, a step's buttons one under the other: two side by side made the dock
        # 270 px wide, more than a 1024-pixel screen can give beside the page.
        row = 0
        for step in STEPS:
            tick, label = QLabel(TO_DO, body), QLabel(body)
            label.setWordWrap(True)
            button = QPushButton(body)
            button.clicked.connect(lambda _c=False, s=step: self.open_step(s))
            grid.addWidget(tick, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row + 1, 1)
            row += 2
            if step in ("department", "positions"):  # a person's judgement: confirmed once
                confirm = QPushButton(body)
                confirm.clicked.connect(lambda _c=False, s=step: self.confirm(s))
                grid.addWidget(confirm, row, 1)
                self.confirm_buttons[step] = confirm
                row += 1
            self.ticks[step], self.labels[step], self.buttons[step] = tick, label, button
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch()
        # As wide as a button needs, not as its sentences: they wrap, to the height the
        # scroll area works out for that width (a dock alone gave them the height of one
        # line less), and it scrolls on a screen too short for the six steps.
        area = QScrollArea(self)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(body)
        area.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.setWidget(area)
        self.retranslate()

    def step_texts(self) -> dict[str, tuple[str, str]]:
        """Each step: what to do, and its button."""
        return {
            "operator": (self.tr("Your name, for the audit log"), self.tr("Enter name…")),
            "department": (self.tr("The department's name: %1"), self.tr("Open Settings")),
            "positions": (
                self.tr("Check the positions and their duties"),
                self.tr("Open Positions"),
            ),
            "roster": (self.tr("Enter or import the staff roster"), self.tr("Open Staff")),
            "regulation": (self.tr("Approve the regulation"), self.tr("Open Regulation")),
            "month": (self.tr("Open the first appraisal month"), self.tr("Open Appraisals")),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First start"))
        self.toggle.setText(self.tr("&First-start guide"))
        for step, (_text, button) in self.step_texts().items():
            self.buttons[step].setText(button)
        self.confirm_buttons["department"].setText(self.tr("The name is right"))
        self.confirm_buttons["positions"].setText(self.tr("Positions checked"))
        self._show_progress()

    def add_to(self, menu: QMenu) -> None:
        """Help › First-start guide (the window's menus are rebuilt in a new language)."""
        menu.addSeparator()
        menu.addAction(self.toggle)
        self.retranslate()

    # -- the data -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read which steps are done (on the worker) and show them."""
        ctx = self.window_.ctx
        if ctx is None or self._complete_in is ctx.db:
            return  # set up: every later change would be read for nothing
        from ops_desktop.core import first_start
        from ops_desktop.core.services import settings

        self._reading += 1
        reading, operator = self._reading, self._operator_set()

        def work(session):
            return first_start.progress(session, operator), settings.department(session)

        def done(found) -> None:
            if reading == self._reading:
                self.progress, self.department = found
                if self.progress.complete:
                    self._complete_in = ctx.db
                self._show_progress()

        ctx.read(work, done, on_error=lambda _message: None)  # the guide only advises

    def _operator_set(self) -> str:
        return self.window_.given_operator or opts.OPERATOR.get(self.window_.settings)

    def _changed(self, _changes: Changes) -> None:
        self.refresh()

    def _show_progress(self) -> None:
        progress = self.progress
        texts = self.step_texts()
        for step in STEPS:
            done = progress is not None and progress.is_done(step)
            text = texts[step][0].replace("%1", self.department or "—")
            self.ticks[step].setText(DONE if done else TO_DO)
            self.labels[step].setText(text)
            self.labels[step].setEnabled(not done)  # what is done steps back
            if step in self.confirm_buttons:
                self.confirm_buttons[step].setVisible(not done)
        count = len(progress.done) if progress is not None else 0
        self.heading.setText(
            self.tr("Set up the department: %1 of %2 steps done.")
            .replace("%1", str(count))
            .replace("%2", str(len(STEPS)))
        )
        if progress is None:
            return
        if progress.complete:
            self.hide()  # its work is done
        elif not opts.GUIDE_HIDDEN.get(self.window_.settings):
            self.show()
        self.toggle.setChecked(self.isVisible())

    # -- the steps ------------------------------------------------------------------------
    def open_step(self, step: str) -> None:
        window = self.window_
        if step == "operator":
            operator_prompt.ask(window)
            return
        window.show_page(PAGE_OF[step])
        if step == "department" and "settings" in window.pages:
            edit = window.pages["settings"].ui.departmentEdit  # type: ignore[attr-defined]
            edit.setFocus()
            edit.selectAll()

    def confirm(self, step: str) -> None:
        """The department's name as it is, or the positions: checked (department-wide)."""
        ctx = self.window_.ctx
        if ctx is None:
            return
        from ops_desktop.core import first_start

        operator = ctx.operator()
        ctx.change(
            lambda session: first_start.confirm(session, step, operator),
            lambda _none: self.refresh(),
            on_error=self.window_.error,
        )

    # -- shown or not ---------------------------------------------------------------------
    def _toggled(self, checked: bool) -> None:
        opts.GUIDE_HIDDEN.set(self.window_.settings, not checked)
        self.setVisible(checked)
        if checked:
            self.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        opts.GUIDE_HIDDEN.set(self.window_.settings, True)  # closed by the user: until asked
        self.toggle.setChecked(False)
        super().closeEvent(event)
