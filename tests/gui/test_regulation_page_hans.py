"""The regulation page and the Simplified text: an outdated one is marked beside its field
and in the tree, converted again for review (stored only by Save, undoable); the draft's
punctuation is normalised in one undoable step; the note says how edits are stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_regulation_page import find, make_page, select, stored
from typing_helpers import type_into

from ops_desktop.core.punctuation import changes
from ops_desktop.core.script import to_hans
from ops_desktop.core.services import regulation


def _outdated(ctx):
    with ctx.db.transaction() as session:
        return regulation.outdated_hans(session)


def test_an_edited_traditional_text_marks_the_simplified_one_until_it_is_converted(qtbot, ctx):
    page = make_page(qtbot, ctx)
    clause = find(stored(ctx), "3.基本原則").clauses[0]
    select(page, "clause", clause.id)
    ui = page.editor.ui
    assert ui.textHansOutdatedLabel.isHidden()
    new = clause.text + "並定期檢討。"
    ui.textEdit.setPlainText(new)
    assert not ui.textHansOutdatedLabel.isHidden()  # what saving as it is would leave
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert _outdated(ctx) == ["一、總則 › 3.基本原則 › 第1條"]
    assert not page.model.items[("clause", clause.id)].icon().isNull()  # the tree says so
    assert not ui.textHansOutdatedLabel.isHidden()
    assert clause.text in ui.textHansOutdatedLabel.toolTip()  # what it was written for
    qtbot.mouseClick(ui.convertButton, Qt.MouseButton.LeftButton)
    assert ui.textHansEdit.toPlainText() == to_hans(new)
    assert ui.textHansOutdatedLabel.isHidden() and ui.saveButton.isEnabled()
    assert _outdated(ctx) and stored_clause(ctx, clause.id).text_hans == clause.text_hans
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)  # stored only now
    assert _outdated(ctx) == [] and stored_clause(ctx, clause.id).text_hans == to_hans(new)
    assert page.model.items[("clause", clause.id)].icon().isNull()
    page.undo_stack.undo()
    assert _outdated(ctx) == ["一、總則 › 3.基本原則 › 第1條"]
    assert stored_clause(ctx, clause.id).text_hans == clause.text_hans
    page.undo_stack.undo()  # the Traditional edit too: up to date again, as at first
    assert _outdated(ctx) == [] and stored_clause(ctx, clause.id).text == clause.text
    page.undo_stack.redo()
    assert _outdated(ctx) == ["一、總則 › 3.基本原則 › 第1條"]


def stored_clause(ctx, ident):
    return next(c for c in stored(ctx).all_clauses() if c.id == ident)


def test_a_simplified_title_checked_and_kept_as_it_is_is_saved_as_up_to_date(qtbot, ctx):
    page = make_page(qtbot, ctx)
    section = find(stored(ctx), "1.目的")
    with ctx.db.transaction() as session:
        regulation.retitle(session, "section", section.id, "1.宗旨", "", section.title_hans)
    page.reload()
    select(page, "section", section.id)
    ui = page.editor.ui
    assert not ui.titleHansOutdatedLabel.isHidden() and ui.textHansOutdatedLabel.isHidden()
    assert not ui.saveButton.isEnabled()
    type_into(qtbot, ui.titleHansEdit, section.title_hans)  # read it, kept it word for word
    assert ui.titleHansOutdatedLabel.isHidden() and ui.saveButton.isEnabled()
    assert page.save()
    assert _outdated(ctx) == []
    assert find(stored(ctx), "1.宗旨").title_hans == section.title_hans


def test_the_draft_punctuation_is_normalised_in_one_step_that_undo_takes_back(
    qtbot, ctx, no_questions
):
    page = make_page(qtbot, ctx)
    before = stored(ctx)

    def marks(tree):
        texts = [c.text for c in tree.all_clauses()] + [
            c.text_hans or "" for c in tree.all_clauses()
        ]
        return sum(changes(t) for t in texts)

    count = marks(before)
    assert count > 300 and page.buttons["punctuation"].isEnabled()
    steps = page.undo_stack.count()
    assert page.normalise_punctuation()
    assert len(no_questions) == 1 and f"Make {count} punctuation mark(s)" in no_questions[0]
    after = stored(ctx)
    assert marks(after) == 0 and page.undo_stack.count() == steps + 1
    assert "流程，確保" in after.chapters[0].sections[0].clauses[0].text
    assert page.normalise_punctuation() and len(no_questions) == 1  # nothing left: not asked
    page.undo_stack.undo()
    assert [c.text for c in stored(ctx).all_clauses()] == [c.text for c in before.all_clauses()]
    with ctx.db.transaction() as session:
        regulation.approve(session, before.id, "2026-01-01", "總經理")
    page.reload()
    assert not page.buttons["punctuation"].isEnabled() and not page.normalise_punctuation()


def test_the_draft_note_says_what_save_stores_and_what_happens_at_once(qtbot, ctx):
    note = make_page(qtbot, ctx).note.text()
    assert "stored when you choose Save" in note and "as you make them" not in note


def test_the_simplified_preview_shows_an_outdated_text_in_the_marks_colour(ctx):
    from ops_desktop.core.punctuation import full_width
    from ops_desktop.gui.pages.regulation.preview import OUTDATED, chapter_html

    clause = find(stored(ctx), "3.基本原則").clauses[1]
    with ctx.db.transaction() as session:
        regulation.edit_clause(session, clause.id, clause.text + "。", "", clause.text_hans)
        tree = regulation.tree(session, fill_placeholders=True)
    hans = chapter_html(tree, tree.chapters[0], "hans", ("", 0))
    assert hans.count(OUTDATED) == 1
    [line] = [x for x in hans.splitlines() if OUTDATED in x]
    assert f'name="clause-{clause.id}"' in line and full_width(clause.text_hans) in line
    assert OUTDATED not in chapter_html(tree, tree.chapters[0], "hant", ("", 0))
