"""The poster designer: the preview follows the options (built off the GUI thread), Save
writes the same PDF, Print sends the same pages to the printer."""

from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ops_desktop.gui.pages.posters import PostersPage
from ops_desktop.gui.pages.posters.page import print_document


def make_page(qtbot, ctx):
    page = PostersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.refresh_preview()  # the debounce timer would do this 300 ms later
    return page


def test_the_preview_shows_the_regulation_poster(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() == 1
    assert "pt" in page.note.text()


def test_changing_options_rebuilds_the_preview(qtbot, ctx):
    page = make_page(qtbot, ctx)
    first = page.current_pdf
    page.size.setCurrentText("A4")
    page.refresh_preview()
    assert page.current_pdf != first and page.document.pageCount() == 2  # A4 needs two
    page.kind.setCurrentIndex(page.kind.findData("flowchart"))
    page.target.setCurrentIndex(page.target.findData("event"))
    page.refresh_preview()
    assert page.document.pageCount() == 1
    page.tile.setCurrentIndex(page.tile.findData("A4"))
    page.refresh_preview()
    # An A4 poster on A4 sheets with margins and overlap: two landscape sheets beat four.
    assert page.document.pageCount() == 2


def test_a_bad_paper_size_is_reported_beside_the_options(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.size.setCurrentText("huge")
    page.refresh_preview()
    assert "not a paper size" in page.error_label.text()
    assert page.current_pdf is None
    said: list[str] = []
    page.status_message.connect(said.append)
    assert page.export()  # handled: nothing to save, and no file dialog (it would fail)
    assert said == ["There is no poster to save yet."]


def test_save_copies_the_previewed_pdf(qtbot, ctx, tmp_path, dialogs):
    page = make_page(qtbot, ctx)
    target = tmp_path / "wall.pdf"
    dialogs.save_as.append(str(target))
    dialogs.after_export.append(None)
    assert page.export()
    assert target.read_bytes() == page.current_pdf.read_bytes()


def test_printing_sends_every_page(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx)
    page.size.setCurrentText("A4")
    page.refresh_preview()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    assert print_document(page.document, printer) == 2
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == 2


@pytest.mark.sqlite_only
def test_save_refuses_the_database_and_leaves_it_whole(qtbot, ctx, dialogs, errors, tmp_path):
    page = make_page(qtbot, ctx)
    database = ctx.db.path
    before = database.stat()  # not its bytes: opening the live file here would drop its locks
    link = tmp_path / "wall.pdf"  # a name without .pdf gets it: the database through a link
    link.symlink_to(database)
    dialogs.save_as.append(str(link))
    assert page.export()
    assert len(errors) == 1 and "database in use" in errors[0]
    assert dialogs.exported == []  # no message of success
    after = database.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )
