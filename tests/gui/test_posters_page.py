"""The poster designer: the preview follows the options (built off the GUI thread), Save
writes the same PDF, Print sends the same pages to the printer."""

from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ops_desktop.gui.pages.posters import PostersPage
from ops_desktop.gui.pages.posters.printing import print_document


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
    assert (
        page.note.text() == "1 sheet(s), text at 11.1 pt, reads comfortably from 0.5 m"
        " (closer than the 1.5 m asked for)"
    )


def test_the_layouts_that_reach_the_distance_are_offered_and_taken(qtbot, ctx):
    """Issue 17 point 1: each layout on offer with the size it prints at; taking one
    prints it so."""
    page = make_page(qtbot, ctx)
    offers = [page.reading.offers.item(n).text() for n in range(page.reading.offers.count())]
    assert page.reading.heading.text() == "Layouts that read from 1.5 m:"
    assert offers == [
        "One A0 sheet: text at 21.9 pt, reads from 1.1 m",
        "One A2 sheet per chapter (6 sheets): text at 18.8 pt, reads from 0.9 m",
        "8 sheets of A2: text at 29.8 pt, reads from 1.5 m",
    ]
    page.reading.offers.setCurrentRow(2)
    page.reading.use_button.click()
    page.refresh_preview()
    assert page.reading.arrangement.currentData() == "sheets"
    assert page.document.pageCount() == 8
    assert page.note.text() == "8 sheet(s), text at 29.8 pt, reads comfortably from 1.5 m"
    assert page.note.styleSheet() == ""  # no warning: it reaches the distance

    page.reading.distance.setValue(1.0)  # the size for the distance follows
    page.refresh_preview()
    assert page.note.text().startswith("4 sheet(s), text at 19.9 pt")
    page.reading.offers.setCurrentRow(0)
    page.reading.use_button.click()
    page.refresh_preview()
    assert page.size.currentText() == "A0" and page.document.pageCount() == 1


def test_one_sheet_per_chapter_is_offered_only_for_the_whole_regulation(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.reading.arrangement.setCurrentIndex(page.reading.arrangement.findData("chapters"))
    page.kind.setCurrentIndex(page.kind.findData("chapter"))
    page.refresh_preview()
    assert page.reading.arrangement.currentData() == "sheet"
    per_chapter = page.reading.arrangement.findData("chapters")
    assert not page.reading.arrangement.model().item(per_chapter).isEnabled()


def test_the_preview_zooms_to_the_width_to_100_percent_and_with_ctrl_wheel(qtbot, ctx):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QApplication

    page = make_page(qtbot, ctx)
    page.resize(1200, 800)
    view = page.view
    whole = view.shown_factor()
    view.fit_width()
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth and view.shown_factor() > whole
    view.actual_size()
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and view.zoomFactor() == 1.0

    def wheel(modifiers):
        event = QWheelEvent(
            QPointF(50, 50),
            QPointF(50, 50),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() == 1.25
    wheel(Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls, it does not zoom
    assert view.zoomFactor() == 1.25
    view.zoom_out()
    assert view.zoomFactor() == 1.0
    view.fit_page()
    assert view.zoomMode() == QPdfView.ZoomMode.FitInView


def test_changing_options_rebuilds_the_preview(qtbot, ctx):
    page = make_page(qtbot, ctx)
    first = page.current_pdf
    page.size.setCurrentText("A4")
    page.refresh_preview()
    assert page.current_pdf != first and page.document.pageCount() == 3  # 8 pt: three A4
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
    assert print_document(page.document, printer) == 3
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == 3


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


def test_a_new_paper_lays_out_the_text_read_before_and_changed_records_are_read_again(
    qtbot, ctx, monkeypatch
):
    """Issue 17 point 8: a change of paper or colour does not read the regulation again
    (the preview follows within 300 ms: bench/poster_preview.py); records that changed are
    read again when the page is refreshed."""
    from ops_desktop.gui.pages.posters import build

    reads: list[tuple[str, str]] = []
    real = build._read_content
    monkeypatch.setattr(
        build, "_read_content", lambda db, r: reads.append((r.kind, r.script)) or real(db, r)
    )
    page = make_page(qtbot, ctx)
    for size in ("A1", "A3", "A2"):
        page.size.setCurrentText(size)
        page.refresh_preview()
    page.landscape.setChecked(True)
    page.refresh_preview()
    assert reads == [("regulation", "hant")]
    page.script.setCurrentIndex(page.script.findData("hans"))
    page.refresh_preview()
    assert reads[-1] == ("regulation", "hans") and len(reads) == 2
    page.refresh()  # what the window does when the records the page shows changed
    page.refresh_preview()
    assert len(reads) == 3


def test_an_outdated_simplified_poster_is_named_and_asked_about_before_it_is_saved(
    qtbot, ctx, dialogs, tmp_path
):
    """Issue 17 point 4: the designer warns before an outdated Simplified poster leaves it."""
    from ops_desktop.core.services import regulation

    with ctx.db.transaction() as session:
        tree = regulation.tree(session)
        clause = tree.chapters[0].sections[0].clauses[0]
        regulation.edit_clause(session, clause.id, clause.text + "另增一句。", "", clause.text_hans)
    page = make_page(qtbot, ctx)
    assert page.warning_label.text() == ""  # Traditional: printed as written
    target = tmp_path / "hant.pdf"
    dialogs.save_as.append(str(target))
    dialogs.after_export.append(None)
    assert page.export() and target.exists()  # and no question (it would fail the test)

    page.script.setCurrentIndex(page.script.findData("hans"))
    page.refresh_preview()
    assert "第1條" in page.warning_label.text()
    dialogs.yes = True
    target = tmp_path / "hans.pdf"
    dialogs.save_as.append(str(target))
    dialogs.after_export.append(None)
    assert page.export() and target.exists()
    assert len(dialogs.questions) == 1 and "第1條" in dialogs.questions[0]
    assert dialogs.questions[0].endswith("Print the poster anyway?")


def test_the_print_shop_option_adds_the_bleed_and_is_not_offered_with_tiles(qtbot, ctx):
    page = make_page(qtbot, ctx)
    trim = page.document.pagePointSize(0)
    page.bleed.setChecked(True)
    page.refresh_preview()
    bleed = 2 * 3 * 72 / 25.4  # 3 mm on each side
    sheet = page.document.pagePointSize(0)
    assert (sheet.width(), sheet.height()) == pytest.approx(
        (trim.width() + bleed, trim.height() + bleed), abs=0.5
    )
    page.tile.setCurrentIndex(page.tile.findData("A4"))
    assert not page.bleed.isEnabled() and not page.bleed.isChecked()
    page.refresh_preview()
    assert page.error_label.text() == ""  # tiles alone, as asked


def test_an_approved_version_is_chosen_and_prints_the_weights_it_was_approved_with(qtbot, ctx):
    """Issue 17 point 5: an approved version's poster shows its values, a draft the current."""
    import re

    import pdfplumber

    from ops_desktop.core.services import regulation, scheme

    with ctx.db.transaction() as session:
        regulation.approve(session, regulation.current(session).id, "2026-01-01", "總經理")
        scheme.set_weights(session, sources={"supervisor": 35, "peer": 25, "self": 10, "data": 30})
        regulation.new_draft(session, "1.1")
    page = make_page(qtbot, ctx)
    versions = [page.version.itemText(n) for n in range(page.version.count())]
    assert versions == ["1.1, draft", "1.0, approved"] and page.version.currentIndex() == 0

    def printed() -> str:
        with pdfplumber.open(page.current_pdf) as pdf:
            return re.sub(r"\s+", "", "".join(p.extract_text() for p in pdf.pages))

    page.kind.setCurrentIndex(page.kind.findData("chapter"))
    page.target.setCurrentIndex(3)  # 四、績效考核
    page.refresh_preview()
    assert "占績效考核總分的35%" in printed()
    page.version.setCurrentIndex(1)
    page.target.setCurrentIndex(3)
    page.refresh_preview()
    text = printed()
    assert "占績效考核總分的40%" in text and "35%" not in text and "核准人總經理" in text
    page.kind.setCurrentIndex(page.kind.findData("position"))
    assert not page.version.isEnabled() and page.request().version is None


def test_the_change_notice_is_a_poster_of_the_version_chosen(qtbot, ctx):
    """Issue 20 point 2: the change notice (修訂公告) of the version in the version box."""
    import re

    import pdfplumber

    from ops_desktop.core.services import regulation

    with ctx.db.transaction() as session:
        regulation.approve(session, regulation.current(session).id, "2026-01-01", "總經理")
        draft = regulation.new_draft(session, "1.1")
        first = regulation.tree(session, draft.id).all_clauses()[0]
        regulation.edit_clause(session, first.id, first.text + "每年檢討一次。")
    page = make_page(qtbot, ctx)
    page.kind.setCurrentIndex(page.kind.findData("changes"))
    page.refresh_preview()
    assert page.version.isEnabled() and not page.target.isEnabled()

    def printed() -> str:
        with pdfplumber.open(page.current_pdf) as pdf:
            return re.sub(r"\s+", "", "".join(p.extract_text() for p in pdf.pages))

    text = printed()
    assert "修訂公告" in text and "每年檢討一次" in text and "草案" in text
    page.version.setCurrentIndex(1)  # 1.0, the first version
    page.refresh_preview()
    assert "首次發布" in printed()
