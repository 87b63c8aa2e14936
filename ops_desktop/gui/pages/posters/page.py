"""The poster designer page: options on the left, a live preview (QtPdf) on the right that is
rebuilt off the GUI thread whenever an option changes; the distance it reads from and the
layouts that reach the distance asked for; zoom; Save PDF and Print."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core import files
from ops_desktop.core.services import positions, regulation, workflows
from ops_desktop.core.services.regulation import VersionRow
from ops_desktop.gui import exporting
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.exporting import Export
from ops_desktop.gui.pages.base import Page

from .build import Contents, PosterRequest, build, offer_layouts
from .printing import print_document
from .reading import ReadingPanel
from .zoom import PreviewView, ZoomBar

if TYPE_CHECKING:  # reportlab loads when the first poster is built, not with the window
    from ops_desktop.exports.pdf.poster import PosterResult
    from ops_desktop.exports.pdf.poster_layouts import Layout

# A change is shown within 300 ms: this pause gathers a burst of changes (typing a size),
# the A2 regulation builds in about 60 ms (bench/poster_preview.py).
PREVIEW_DELAY_MS = 80


class PostersPage(Page):
    key = "posters"
    # The paper size box. The name hides QWidget.size(), which this page never calls; the
    # tests know the box by it.
    size: QComboBox  # type: ignore[assignment]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dir = tempfile.TemporaryDirectory(prefix="ops-desktop-poster-")
        self._serial = 0
        self._choices = 0  # the latest poster kind whose choices were asked for
        self._offered: tuple[object, ...] | None = None  # what the layouts on offer are for
        self._contents: Contents = {}  # read once per kind and script until records change
        self.current_pdf: Path | None = None
        self.current: PosterResult | None = None  # what the preview shows
        self.theme = "#1F4E79"
        self.logo: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build_controls()
        self.document = QPdfDocument(self)
        self.view = PreviewView(self)
        self.view.setDocument(self.document)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addWidget(ZoomBar(self.view, self))
        right.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addLayout(right, 1)
        self._loaded = False

    def title(self) -> str:
        return self.tr("Posters")

    def _build_controls(self) -> None:
        self.controls = QWidget(self)
        self.controls.setFixedWidth(300)
        form = QFormLayout(self.controls)
        self.kind = QComboBox(self.controls)
        for text, code in (
            (self.tr("Whole regulation"), "regulation"),
            (self.tr("One chapter"), "chapter"),
            (self.tr("Responsibilities of a position"), "position"),
            (self.tr("Workflow flowchart"), "flowchart"),
            (self.tr("Change notice"), "changes"),
        ):
            self.kind.addItem(text, code)
        self.target = QComboBox(self.controls)
        self.version = QComboBox(self.controls)
        self.version.setToolTip(
            self.tr("An approved version prints the weights and values it was approved with.")
        )
        self.size = QComboBox(self.controls)
        self.size.setEditable(True)
        self.size.addItems(
            ["A4", "A3", "A2", "A1", "A0", "420x570mm", "500x700mm", "600x900mm", "700x1000mm"]
        )
        self.size.setCurrentText("A2")
        self.landscape = QCheckBox(self.tr("Landscape"), self.controls)
        self.script = QComboBox(self.controls)
        self.script.addItem(self.tr("Traditional Chinese"), "hant")
        self.script.addItem(self.tr("Simplified Chinese"), "hans")
        self.theme_button = QPushButton(self.theme, self.controls)
        self.theme_button.clicked.connect(self.choose_theme)
        self.logo_edit = QLineEdit(self.controls)
        self.logo_edit.setPlaceholderText(self.tr("(no logo)"))
        self.logo_edit.setReadOnly(True)
        logo_button = QPushButton(self.tr("Logo…"), self.controls)
        logo_button.clicked.connect(self.choose_logo)
        self.tile = QComboBox(self.controls)
        self.tile.addItem(self.tr("One sheet"), None)
        self.tile.addItem(self.tr("Tiles on A4"), "A4")
        self.tile.addItem(self.tr("Tiles on A3"), "A3")
        self.reading = ReadingPanel(self.controls)
        self.reading.changed.connect(self.schedule_preview)
        self.reading.chosen.connect(self.use_layout)
        self.bleed = QCheckBox(self.tr("Print shop: bleed, CMYK"), self.controls)
        self.bleed.setToolTip(
            self.tr(
                "3 mm bleed with the trim and bleed boxes, and CMYK colours, as a print "
                "shop asks for (not with tiles)."
            )
        )
        self.tile.currentIndexChanged.connect(self._tiles_chosen)
        self.error_label = QLabel(self.controls)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.warning_label = QLabel(self.controls)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #9a5b00;")
        self.save_button = QPushButton(self.tr("Save PDF…"), self.controls)
        self.save_button.clicked.connect(self.export)
        self.print_button = QPushButton(self.tr("Print…"), self.controls)
        self.print_button.clicked.connect(self.print_)
        form.addRow(self.tr("Poster:"), self.kind)
        form.addRow(self.tr("Which:"), self.target)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Paper:"), self.size)
        form.addRow("", self.landscape)
        form.addRow(self.tr("Script:"), self.script)
        form.addRow(self.tr("Theme colour:"), self.theme_button)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(logo_button)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Printing:"), self.tile)
        form.addRow(self.tr("Reading distance:"), self.reading.distance)
        form.addRow(self.tr("Arrangement:"), self.reading.arrangement)
        form.addRow(self.reading)
        form.addRow(self.bleed)
        form.addRow(self.error_label)
        form.addRow(self.warning_label)
        form.addRow(self.save_button)
        form.addRow(self.print_button)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.version.currentIndexChanged.connect(self._kind_changed)  # its chapters
        for signal in (
            self.target.currentIndexChanged,
            self.size.currentTextChanged,
            self.landscape.toggled,
            self.script.currentIndexChanged,
            self.tile.currentIndexChanged,
            self.bleed.toggled,
        ):
            signal.connect(self.schedule_preview)

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._kind_changed()

    def refresh(self) -> None:
        self._loaded = True
        self._contents, self._offered = {}, None  # a new dict: a running build keeps its own
        self._kind_changed()  # the regulation, positions or workflows changed: a new preview

    @Slot()
    def _kind_changed(self) -> None:
        """Offer the chapters, positions or workflows of the poster kind (read off the GUI
        thread), then a new preview."""
        kind = self.kind.currentData()
        self._choices += 1
        asked = self._choices

        wanted = self.version.currentData()

        def work(session: Session) -> tuple[list[tuple[str, str]], list[VersionRow], int]:
            rows = regulation.version_rows(session)
            known = {row.id for row in rows}
            version = wanted if wanted in known else regulation.current(session).id
            return _choices(session, kind, version), rows, version

        def done(answer: tuple[list[tuple[str, str]], list[VersionRow], int]) -> None:
            choices, rows, version = answer
            if asked != self._choices:
                return  # another kind was chosen meanwhile
            self._show_versions(rows, version, enabled=kind in ("regulation", "chapter", "changes"))
            self.target.blockSignals(True)
            self.target.clear()
            for text, data in choices:
                self.target.addItem(text, data)
            self.target.setEnabled(kind not in ("regulation", "changes"))
            self.reading.set_per_chapter_possible(kind == "regulation")
            self.target.blockSignals(False)
            self.schedule_preview()

        self.ctx.read(work, done, on_error=self.error)

    def _show_versions(self, rows: list[VersionRow], chosen: int, *, enabled: bool) -> None:
        """The regulation's versions, newest first; an approved one prints the values it
        was approved with."""
        self.version.blockSignals(True)
        self.version.clear()
        for row in reversed(rows):
            if row.status == "approved":
                text = self.tr("%1, approved").replace("%1", row.label)
            else:
                text = self.tr("%1, draft").replace("%1", row.label)
            self.version.addItem(text, row.id)
        self.version.setCurrentIndex(max(0, self.version.findData(chosen)))
        self.version.setEnabled(enabled)
        self.version.blockSignals(False)

    def request(self) -> PosterRequest:
        return PosterRequest(
            kind=self.kind.currentData(),
            target=self.target.currentData() or "",
            size=self.size.currentText().strip(),
            landscape=self.landscape.isChecked(),
            script=self.script.currentData(),
            theme=self.theme,
            logo=self.logo,
            bleed=self.bleed.isChecked(),
            version=self.version.currentData() if self.version.isEnabled() else None,
            tile=self.tile.currentData(),
            font=opts.PDF_FONT.get(self.ctx.preferences()) or None,
            arrangement=self.reading.arrangement.currentData(),
            distance=self.reading.metres(),
        )

    @Slot()
    def schedule_preview(self) -> None:
        self._timer.start()

    @Slot()
    def refresh_preview(self) -> None:
        """Build the poster on the worker thread; show it when it is ready (the newest wins)."""
        self._serial += 1
        serial, request, contents = self._serial, self.request(), self._contents
        target = Path(self._dir.name) / f"preview-{serial}.pdf"

        def work(progress: Any) -> tuple[int, PosterResult]:
            return serial, build(self.ctx.db, request, target, contents)

        def done(answer: tuple[int, PosterResult]) -> None:
            number, result = answer
            if number != self._serial:
                return
            self.error_label.clear()
            self.warning_label.setText("\n".join(result.warnings))
            self.document.load(str(result.path))
            self.current_pdf, self.current = result.path, result
            self._show_note(result)
            self._offer_layouts(serial, request)

        def failed(message: str) -> None:
            if serial == self._serial:
                self.error_label.setText(message)
                self.warning_label.clear()
                self.current_pdf = self.current = None

        self.ctx.tasks.run(work, done, on_error=failed)

    def _show_note(self, result: PosterResult) -> None:
        """Sheets, body size and the distance it reads from — a warning when that is short
        of the distance asked for."""
        reach, short = self.reading.distance_note(result.font_size)
        note = (
            self.tr("%n sheet(s), text at %1 pt", "", self.document.pageCount()).replace(
                "%1", f"{round(result.font_size, 1):g}"
            )
            + ", "
            + reach
        )
        self.note.setText(note)
        self.note.setStyleSheet("color: #9a5b00;" if short else "")
        self.status_message.emit(note)

    def _offer_layouts(self, serial: int, request: PosterRequest) -> None:
        """The layouts that reach the distance, measured after the preview is shown (they
        take a few layout passes, and the preview comes first)."""
        asked = (request.kind, request.target, request.size, request.landscape, request.script)
        key = (*asked, request.distance, request.font)
        if key == self._offered:
            return
        self._offered = key

        contents = self._contents

        def work(progress: Any) -> tuple[int, list[Layout]]:
            return serial, offer_layouts(self.ctx.db, request, contents)

        def done(answer: tuple[int, list[Layout]]) -> None:
            if answer[0] == self._serial:
                self.reading.show_layouts(answer[1])

        def failed(message: str) -> None:
            self._offered = None  # asked again with the next preview

        self.ctx.tasks.run(work, done, on_error=failed)

    @Slot(int)
    def use_layout(self, row: int) -> None:
        """Print as the layout on offer in ``row``: its paper and arrangement."""
        layout = self.reading.layouts[row]
        self.size.setCurrentText(layout.size)
        self.reading.arrangement.setCurrentIndex(
            self.reading.arrangement.findData(layout.arrangement)
        )
        self.schedule_preview()

    @Slot()
    def choose_theme(self) -> None:
        color = QColorDialog.getColor(QColor(self.theme), self, self.tr("Theme colour"))
        if color.isValid():
            self.theme = color.name().upper()
            self.theme_button.setText(self.theme)
            self.schedule_preview()

    @Slot()
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        self.logo = path or None
        self.logo_edit.setText(path)
        self.schedule_preview()

    @Slot(int)
    def _tiles_chosen(self, _index: int) -> None:
        """Tiles are pasted together at the office: no bleed for them."""
        tiles = self.tile.currentData() is not None
        if tiles:
            self.bleed.setChecked(False)
        self.bleed.setEnabled(not tiles)

    def _outdated_ok(self) -> bool:
        """Before an outdated Simplified poster leaves the program: the question, with the
        parts it would print in their old wording."""
        outdated = self.current.outdated if self.current else ()
        if not outdated:
            return True
        shown = "\n".join(f"• {part}" for part in outdated[:8])
        if len(outdated) > 8:
            shown += "\n…"
        question = self.tr(
            "The Simplified text of these parts is older than their Traditional text, and "
            "the poster prints them as they were:\n%1\n\nPrint the poster anyway?"
        ).replace("%1", shown)
        return self.ctx.dialogs.confirm(self, question)

    def export(self) -> bool:
        """Save the poster previewed (the same PDF, copied whole or not at all)."""
        source = self.current_pdf
        if source is None:  # why is beside the options
            self.status_message.emit(self.tr("There is no poster to save yet."))
            return True
        if not self._outdated_ok():
            return False

        def write(progress: Any, target: Path) -> None:
            files.write_atomically(target, lambda tmp: shutil.copyfile(source, tmp))

        return exporting.run(
            self, Export(self.tr("Save poster"), "poster.pdf", write, "PDF (*.pdf)")
        )

    def print_(self) -> bool:
        """Print the same pages as the preview, through the system print dialog."""
        if self.current_pdf is None or not self._outdated_ok():
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(300)  # the poster is scaled to the printer's paper
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        print_document(self.document, printer)
        return True


def _choices(session: Session, kind: str, version: int) -> list[tuple[str, str]]:
    """What the kind of poster can show: the version's chapters, the positions, the
    workflow templates (the whole regulation has no choice)."""
    if kind == "chapter":
        chapters = regulation.tree(session, version).chapters
        return [(c.title, str(n)) for n, c in enumerate(chapters, start=1)]
    if kind == "position":
        return [(p.name, p.name) for p in positions.all_positions(session)]
    if kind == "flowchart":
        return [(t.name, t.code) for t in workflows.templates(session)]
    return []
