"""The secretary's path on the regulation page: find text, edit a clause, add chapter 七 with
a section and clauses, move and delete, undo and redo, approve (then read-only), start a new
draft and discard it — and the database holds each result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox
from typing_helpers import type_into

from ops_desktop.core.services import regulation
from ops_desktop.gui.pages.regulation import RegulationPage
from ops_desktop.gui.pages.regulation.approve import ApproveDialog


def make_page(qtbot, ctx):
    page = RegulationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def stored(ctx, version_id=None):
    with ctx.db.transaction() as session:
        return regulation.tree(session, version_id)


def find(tree, title):
    """The chapter or section titled ``title`` (at any depth)."""

    def walk(sections):
        for s in sections:
            yield s
            yield from walk(s.children)

    for chapter in tree.chapters:
        if chapter.title == title:
            return chapter
        for section in walk(chapter.sections):
            if section.title == title:
                return section
    return None


def select(page, kind, ident):
    assert page.select_key((kind, ident)), (kind, ident)
    return page.current_entry()


def visible_leaves(proxy, parent=None):
    parent = parent or QModelIndex()
    rows = [proxy.index(r, 0, parent) for r in range(proxy.rowCount(parent))]
    return [
        leaf
        for index in rows
        for leaf in (visible_leaves(proxy, index) if proxy.rowCount(index) else [index.data()])
    ]


def test_the_tree_and_the_filter_find_text_in_either_script(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.proxy.rowCount() == 6
    qtbot.keyClicks(page.search, "weight.supervisor")
    assert len(visible_leaves(page.proxy)) == 1
    assert page.proxy.index(0, 0).data() == "四、績效考核"
    page.search.clear()
    page.search.insert("绩效奖金")  # Simplified finds the Traditional 績效獎金
    leaves = visible_leaves(page.proxy)
    assert leaves and all("績效獎金" in leaf for leaf in leaves)
    page.search.clear()
    assert page.proxy.rowCount() == 6


def test_placeholders_stay_in_the_editor_and_are_filled_in_the_preview(qtbot, ctx):
    page = make_page(qtbot, ctx)
    clause = find(stored(ctx), "4.考核方式").clauses[0]
    select(page, "clause", clause.id)
    assert "{{weight.supervisor}}" in page.editor.ui.textEdit.toPlainText()
    preview = page.preview.toPlainText()
    assert "40%" in preview and "{{" not in preview
    page.script.setCurrentIndex(1)
    page.show_preview()
    assert "绩效考核" in page.preview.toPlainText()


def test_approved_weights_stay_and_a_draft_says_where_the_current_ones_differ(qtbot, ctx):
    """Issue 15: new weights in Settings do not reach an approved version; the draft after
    it shows them and names each that is not the approved one."""
    from ops_desktop.core.services import scheme

    with ctx.db.transaction() as session:
        approved = regulation.approve(
            session, regulation.current(session).id, "2026-01-01", "總經理"
        )
        approved_id = approved.id
        draft_id = regulation.new_draft(session, "1.1").id
        new = {"supervisor": 35, "peer": 25, "self": 10, "data": 30}
        scheme.set_weights(session, sources=new)
    page = make_page(qtbot, ctx)
    assert page.tree.id == draft_id
    clause = find(stored(ctx), "4.考核方式").clauses[0]
    select(page, "clause", clause.id)
    assert "35%" in page.preview.toPlainText()
    note = page.note.text()
    assert "they differ from approved version 1.0" in note
    assert "上級評價 35% (approved: 40%); 同事評價 25% (approved: 20%)" in note
    assert "自我評價" not in note  # the same in both
    page.show_version(approved_id)
    note = page.note.text()
    assert "read-only" in note and "weights are those it was approved with" in note
    assert "differ" not in note
    select(page, "clause", find(stored(ctx, approved_id), "4.考核方式").clauses[0].id)
    preview = page.preview.toPlainText()
    assert "40%" in preview and "35%" not in preview


def test_edit_a_clause_bad_value_refused_then_undo(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    clause = find(stored(ctx), "3.基本原則").clauses[0]
    select(page, "clause", clause.id)
    ui = page.editor.ui
    ui.textEdit.setPlainText("  ")
    assert "required" in ui.textEditError.text() and not ui.saveButton.isEnabled()
    ui.textEdit.setPlainText("占總分的{{weight.boss}}%")
    assert "Unknown placeholder" in ui.textEditError.text()
    page.save()  # refused: the problem stays under the field, nothing is stored
    assert find(stored(ctx), "3.基本原則").clauses[0].text == clause.text
    assert "Unknown placeholder" in ui.textEditError.text() and page.undo_stack.count() == 0
    ui.textEdit.setPlainText("合規性原則:遵守法律法規。")
    ui.textHansEdit.clear()
    assert ui.textEditError.text() == "" and ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    changed = find(stored(ctx), "3.基本原則").clauses[0]
    assert (changed.text, changed.text_hans) == ("合規性原則:遵守法律法規。", None)
    assert page.current_entry().id == clause.id
    page.undo_stack.undo()
    restored = find(stored(ctx), "3.基本原則").clauses[0]
    assert (restored.text, restored.text_hans) == (clause.text, clause.text_hans)
    assert ui.textEdit.toPlainText() == clause.text
    assert errors == []


def test_add_chapter_seven_with_a_section_and_clauses_undo_redo_reopen(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    ui = page.editor.ui
    assert page.buttons["chapter"].isEnabled()
    qtbot.mouseClick(page.buttons["chapter"], Qt.MouseButton.LeftButton)
    assert ui.titleEdit.text() == "七、"  # numbered as the department writes them
    assert ui.titleEditError.text() == "" and not ui.saveButton.isEnabled()  # pristine: silent
    assert page.save()  # Ctrl+S with only the number: says why beside the field
    assert "after the number" in ui.titleEditError.text() and not ui.saveButton.isEnabled()
    assert len(stored(ctx).chapters) == 6
    ui.titleEdit.selectAll()
    qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Backspace)
    assert "required" in ui.titleEditError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, ui.titleEdit, "七、附則")
    assert page.save()
    chapter = stored(ctx).chapters[-1]
    assert chapter.title == "七、附則" and len(stored(ctx).chapters) == 7
    assert page.current_entry().id == chapter.id
    assert page.add_section() and ui.titleEdit.text() == "1."
    type_into(qtbot, ui.titleEdit, "1.解釋權")
    assert page.save()
    section = find(stored(ctx), "1.解釋權")
    assert page.add_clause()
    ui.textEdit.setPlainText("本制度由運營部負責解釋。")
    assert page.save()
    assert page.add_clause()
    ui.textEdit.setPlainText("本制度自發布之日起施行。")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("paragraph"))
    assert page.save()
    texts = [(c.kind, c.text) for c in find(stored(ctx), "1.解釋權").clauses]
    assert texts == [
        ("item", "本制度由運營部負責解釋。"),
        ("paragraph", "本制度自發布之日起施行。"),
    ]
    for _ in range(4):
        page.undo_stack.undo()
    assert len(stored(ctx).chapters) == 6
    for _ in range(4):
        page.undo_stack.redo()
    again = find(stored(ctx), "1.解釋權")
    assert (
        again.id == section.id and [c.text for c in again.clauses][1] == "本制度自發布之日起施行。"
    )
    assert errors == []
    reopened = make_page(qtbot, ctx)
    assert reopened.model.items[("chapter", chapter.id)].text() == "七、附則"


def test_sub_section_move_and_delete_with_confirmation(qtbot, ctx, no_questions):
    page = make_page(qtbot, ctx)
    before = stored(ctx)
    manager = find(before, "運營經理")
    select(page, "section", manager.id)
    assert page.add_subsection() and page.editor.ui.titleEdit.text() == "4."
    type_into(qtbot, page.editor.ui.titleEdit, "4.團隊培養")
    assert page.save()
    assert [c.title for c in find(stored(ctx), "運營經理").children][-1] == "4.團隊培養"
    principles = find(before, "3.基本原則").clauses
    select(page, "clause", principles[2].id)
    assert page.buttons["up"].isEnabled() and page.move_part(-1)
    assert [c.id for c in find(stored(ctx), "3.基本原則").clauses][1] == principles[2].id
    select(page, "chapter", before.chapters[5].id)
    assert page.move_part(-1)
    assert [c.title[0] for c in stored(ctx).chapters] == list("一二三四六五")
    select(page, "clause", principles[0].id)
    assert page.delete_record()
    assert "Delete this clause" in no_questions[-1]
    assert principles[0].id not in [c.id for c in find(stored(ctx), "3.基本原則").clauses]
    select(page, "section", find(stored(ctx), "4.考核方式").id)
    assert page.delete_record() and "4 sub-item" in no_questions[-1]
    assert find(stored(ctx), "4.考核方式") is None
    while page.undo_stack.canUndo():
        page.undo_stack.undo()
    after = stored(ctx)
    assert [c.title for c in after.chapters] == [c.title for c in before.chapters]
    assert [c.id for c in after.all_clauses()] == [c.id for c in before.all_clauses()]


def test_approve_dialog_validates_as_you_type(qtbot, ctx):
    vid = stored(ctx).id
    dialog = ApproveDialog(ctx, vid, "1.0")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert "required" in dialog.ui.approverEditError.text() and not ok.isEnabled()
    type_into(qtbot, dialog.ui.effectiveDateEdit, "")
    type_into(qtbot, dialog.ui.approverEdit, "總經理")
    assert "required" in dialog.ui.effectiveDateEditError.text() and not ok.isEnabled()
    type_into(qtbot, dialog.ui.effectiveDateEdit, "2026-03-01")
    assert dialog.ui.effectiveDateEditError.text() == "" and ok.isEnabled()
    assert dialog.values() == ("2026-03-01", "總經理")


def test_approve_then_read_only_then_new_draft_and_discard(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    assert not page.new_draft_button.isEnabled()  # 1.0 is itself a draft

    def fill(dialog):
        type_into(qtbot, dialog.ui.effectiveDateEdit, "2026-01-01")
        type_into(qtbot, dialog.ui.approverEdit, "總經理")
        return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    page.exec_dialog = fill
    assert page.approve_version()
    approved = stored(ctx)
    assert (approved.status, str(approved.effective_date), approved.approved_by) == (
        "approved", "2026-01-01", "總經理"
    )  # fmt: skip
    # read-only: a visible note, every editing control disabled, the form cannot change it
    assert "read-only" in page.note.text() and page.note.isVisible()
    assert not any(b.isEnabled() for b in page.buttons.values())
    clause = approved.all_clauses()[0]
    select(page, "clause", clause.id)
    assert page.editor.ui.textEdit.isReadOnly() and not page.editor.ui.saveButton.isVisible()
    assert page.save() is False and page.delete_record() is False
    assert not page.approve_button.isEnabled() and page.new_draft_button.isEnabled()
    # a new draft copied from the approved version
    qtbot.mouseClick(page.new_draft_button, Qt.MouseButton.LeftButton)
    draft = stored(ctx)
    assert (draft.label, draft.status) == ("1.1", "draft") and page.tree.id == draft.id
    assert [c.text for c in draft.all_clauses()] == [c.text for c in approved.all_clauses()]
    assert page.version_model.rowCount() == 2 and not page.read_only()
    assert page.versions.currentText() == "1.1"
    assert [r.status for r in page.version_model.rows] == ["approved", "draft"]
    # the old version stays viewable, read-only
    page.versions.setCurrentIndex(0)
    page.versions.activated.emit(0)
    assert page.tree.label == "1.0" and page.read_only()
    page.show_version(draft.id)
    assert page.discard_draft() and "Discard draft 1.1" in no_questions[-1]
    assert [r.label for r in page.version_rows] == ["1.0"] and page.tree.label == "1.0"
    page.undo_stack.undo()
    assert stored(ctx).label == "1.1"
    assert errors == []


def test_models_pass_the_model_tester(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.version_model)


@pytest.mark.sqlite_only
def test_approving_waits_for_another_instance_instead_of_failing(qtbot, ctx, errors):
    from instances import another_instance_writing

    page = make_page(qtbot, ctx)
    with another_instance_writing(ctx.db.path):
        assert page.approve(page.tree.id, "2026-01-01", "總經理")
    assert errors == []
    assert stored(ctx).status == "approved"


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_an_edited_clause_is_asked_about_before_another_part(qtbot, ctx, unsaved_answers, answer):
    """An edit of an existing clause is not dropped when another part is chosen (issue 14)."""
    answers, asked = unsaved_answers
    page = make_page(qtbot, ctx)
    section = find(stored(ctx), "3.基本原則")
    first, other = section.clauses[0], section.clauses[1]
    select(page, "clause", first.id)
    assert not page.has_unsaved_changes()
    page.editor.ui.textEdit.setPlainText("改過的條文。")
    assert page.has_unsaved_changes()
    page.reload()  # a change elsewhere reloads the tree: what is typed stays
    assert page.editor.ui.textEdit.toPlainText() == "改過的條文。"
    answers.append(answer)
    page.select_key(("clause", other.id))
    qtbot.waitUntil(lambda: asked == ["Regulation"])
    now = find(stored(ctx), "3.基本原則").clauses[0].text
    if answer == "cancel":
        assert page.current_entry().id == first.id and now == first.text
        assert page.editor.ui.textEdit.toPlainText() == "改過的條文。"
    else:
        assert page.current_entry().id == other.id and not page.has_unsaved_changes()
        assert page.editor.ui.textEdit.toPlainText() == other.text
        assert now == ("改過的條文。" if answer == "save" else first.text)


def test_a_new_chapter_with_only_its_number_is_not_unsaved(qtbot, ctx, no_questions):
    page = make_page(qtbot, ctx)
    assert page.add_chapter()
    assert page.editor.ui.titleEdit.text() and not page.has_unsaved_changes()


def test_an_edited_clause_marks_the_page_and_new_asks_first(qtbot, ctx, unsaved_answers):
    answers, asked = unsaved_answers
    page = make_page(qtbot, ctx)
    marks: list[bool] = []
    page.modified_changed.connect(marks.append)
    section = find(stored(ctx), "3.基本原則")
    select(page, "clause", section.clauses[0].id)
    page.editor.ui.textEdit.setPlainText("改過的條文。")
    assert marks and marks[-1] is True  # the window puts "*" beside the page
    answers.append("cancel")
    assert page.new_record() is False  # Ctrl+N asks first; Cancel keeps the edit
    assert asked == ["Regulation"] and page.editor.ui.textEdit.toPlainText() == "改過的條文。"
    answers.append("discard")
    assert page.new_record()
    assert page.editor.new is not None and not page.has_unsaved_changes()
    assert marks[-1] is False


def test_the_preview_sets_chinese_punctuation_as_the_poster_prints_it(ctx):
    """Issue 17 point 2: the stored 「,」 reads 「，」 in the preview, as on the wall."""
    from ops_desktop.core.services import regulation
    from ops_desktop.gui.pages.regulation.preview import chapter_html

    with ctx.db.transaction() as session:
        tree = regulation.tree(session, fill_placeholders=True)
    stored = tree.chapters[0].sections[0].clauses[0].text
    assert "," in stored  # the department's text, typed half-width
    shown = chapter_html(tree, tree.chapters[0], "hant", ("", 0))
    assert stored.replace(",", "，") in shown and stored not in shown
