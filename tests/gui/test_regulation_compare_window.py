"""Compare versions… on the regulation page: the version shown against the one it replaces,
side by side, the removed and added characters marked; "No changes." when there are none."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ops_desktop.core.services import regulation
from ops_desktop.gui.pages.regulation import RegulationPage
from ops_desktop.gui.pages.regulation.compare import ADDED, HTML_ROLE, REMOVED


def make_page(qtbot, ctx):
    """The page on a new draft 1.1 of the approved 1.0."""
    with ctx.db.transaction() as session:
        first = regulation.version_rows(session)[0].id
        regulation.approve(session, first, "2026-11-01", "王主任", "測試")
        regulation.new_draft(session, "1.1", "測試")
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_a_new_draft_unchanged_says_no_changes(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.tree.status == "draft"
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    dialog = page.compare_dialog
    assert dialog.comparison is not None and dialog.comparison.to_id == page.tree.id
    assert dialog.comparison.from_label == "1.0" and dialog.comparison.changes == ()
    assert dialog.empty.visible_text() == "No changes."


def test_an_edited_clause_is_shown_with_its_characters_marked(qtbot, ctx):
    page = make_page(qtbot, ctx)
    clause = page.tree.all_clauses()[0]
    with ctx.db.transaction() as session:
        regulation.edit_clause(
            session, clause.id, "前言" + clause.text[2:] + "新加的句子。", "測試"
        )
    page.reload()
    page.compare_versions()
    dialog = page.compare_dialog
    comparison = dialog.comparison
    assert comparison.to_id == page.tree.id and comparison.from_label
    rows = [c for c in comparison.changes if c.kind == "changed" and "新加的句子" in c.new]
    assert rows, comparison.changes
    row = comparison.changes.index(rows[0])
    old = dialog.model.index(row, 1).data(HTML_ROLE)
    new = dialog.model.index(row, 2).data(HTML_ROLE)
    assert REMOVED in old and ADDED not in old
    assert ADDED in new and "新加的句子" in new and REMOVED not in new
    assert dialog.empty.visible_text() == ""
    assert "changed" in dialog.counts.text()
    # choosing the draft against itself: nothing differs
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData(page.tree.id))
    dialog._chosen()
    assert dialog.model.rowCount() == 0
    assert dialog.empty.visible_text()


def test_the_comparison_is_printed_and_exported_as_it_is_shown(qtbot, ctx, dialogs, home):
    import sys
    from pathlib import Path

    import openpyxl

    sys.path.insert(0, str(Path(__file__).parents[1] / "exports" / "pdf"))
    from pdftools import flat, pdf_text

    page = make_page(qtbot, ctx)
    clause = page.tree.all_clauses()[0]
    with ctx.db.transaction() as session:
        regulation.edit_clause(session, clause.id, clause.text + "新加的句子。", "測試")
    page.reload()
    page.compare_versions()
    dialog = page.compare_dialog
    assert dialog.print_button.isEnabled() and dialog.export_button.isEnabled()
    pdf, xlsx = home / "table.pdf", home / "table.xlsx"
    dialogs.save_as += [str(pdf), str(xlsx)]
    dialogs.after_export += [None, None]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = flat(pdf_text(pdf))
    assert "修訂對照表" in text and "新加的句子" in text and "修改文字" in text
    sheet = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in sheet[5]][1:] == [
        clause.text,
        clause.text + "新加的句子。",
        "修改文字",
    ]
    # nothing to compare with: nothing to print
    dialog.from_combo.setCurrentIndex(dialog.from_combo.findData(page.tree.id))
    with ctx.db.transaction() as session:
        regulation.discard_draft(session, page.tree.id, "測試")
    dialog.compare(None, dialog.from_combo.itemData(0))
    assert dialog.comparison is None and not dialog.print_button.isEnabled()
