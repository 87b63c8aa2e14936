"""The secretary's paths on the workflows page: start a run (validated), check off steps,
record approvals, keep an event's spend (warning over budget), attach files, close and
reopen, print the event summary; edit the templates — with undo, and the data in the
database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core.models import (
    RunAttachment,
    StageApproval,
    WorkflowRun,
    WorkflowStage,
    WorkflowStep,
    WorkflowTemplate,
)
from ops_desktop.gui.pages.workflows import WorkflowsPage


def make_page(qtbot, ctx):
    page = WorkflowsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activate()
    return page


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def run_named(ctx, title):
    with ctx.db.transaction() as session:
        return session.scalar(select(WorkflowRun).where(WorkflowRun.title == title))


def template_id(ctx, name):
    with ctx.db.transaction() as session:
        return session.scalar(select(WorkflowTemplate.id).where(WorkflowTemplate.name == name))


def settle():
    """Let the deferred rebuild after a checkbox change happen."""
    QCoreApplication.processEvents()


def waiting_in_first_stage(page, template):
    """Choose the template in the filter; select and return the run in its first stage."""
    choose(page.runs.template_filter, template)
    first = next(t for t in page.runs.outline if t.name == template).stages[0]
    row = next(r for r in page.runs.list.model.rows if r.stage_id == first.id)
    assert page.runs.list.select_id(row.id)
    return row


def test_runs_filter_by_template_and_status_and_search(qtbot, ctx):
    page = make_page(qtbot, ctx)
    runs = page.runs
    active = runs.list.proxy.rowCount()
    assert active > 0 and {r.status for r in runs.list.model.rows} == {"active"}
    choose(runs.template_filter, "活動運營")
    assert {r.template for r in runs.list.model.rows} == {"活動運營"}
    assert len(runs.list.model.rows) == 4  # one waiting in each of the four stages
    choose(runs.status_filter, "Done")
    assert [r.status for r in runs.list.model.rows] == ["done"]
    choose(runs.status_filter, "All statuses")
    assert len(runs.list.model.rows) == 5
    qtbot.keyClicks(runs.list.search, "nothing-like-this")
    assert runs.list.proxy.rowCount() == 0


def test_board_has_a_column_per_stage(qtbot, ctx):
    page = make_page(qtbot, ctx)
    runs = page.runs
    qtbot.mouseClick(runs.board_button, Qt.MouseButton.LeftButton)
    assert runs.views.currentWidget() is runs.board and runs.board.hint.isVisible()
    choose(runs.template_filter, "活動運營")
    titles = runs.board.column_titles()
    assert len(titles) == 5 and "策劃" in titles[0] and "(1)" in titles[0]
    first = runs.board.runs_in(0)[0]
    view = runs.board.columns[0].view
    view.clicked.emit(view.model().index(0, 0))
    assert runs.editor.run.data.title == first  # the run opens in the editor


def test_start_a_run_validated_saved_undone_and_redone(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    assert page.new_record()
    ui = page.runs.editor.form.ui
    assert not ui.saveButton.isEnabled() and ui.titleEditError.text() == ""  # pristine
    page.save()  # Ctrl+S on the empty form: says why beside the field
    assert not ui.saveButton.isEnabled() and "required" in ui.titleEditError.text()
    type_into(qtbot, ui.titleEdit, "2026 年終促銷活動")
    choose(ui.templateCombo, "產品運營")
    type_into(qtbot, ui.budgetEdit, "50000")
    assert not ui.budgetEdit.isEnabled()  # a product run has no budget
    choose(ui.templateCombo, "活動運營")
    assert ui.budgetEdit.isEnabled() and ui.budgetEditError.text() == ""
    type_into(qtbot, ui.startDateEdit, "2026-12-01")
    type_into(qtbot, ui.dueDateEdit, "2026-11-30")
    assert "before the start" in ui.dueDateEditError.text() and not ui.saveButton.isEnabled()
    page.save()  # its checks refuse it: nothing stored, the problem stays beside the field
    assert run_named(ctx, "2026 年終促銷活動") is None and page.undo_stack.count() == 0
    assert "before the start" in ui.dueDateEditError.text()
    type_into(qtbot, ui.dueDateEdit, "2026-12-31")
    type_into(qtbot, ui.budgetEdit, "12x")
    assert "not a number" in ui.budgetEditError.text()
    type_into(qtbot, ui.budgetEdit, "50000")
    choose(ui.ownerCombo, ui.ownerCombo.itemText(2))
    assert ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    run = run_named(ctx, "2026 年終促銷活動")
    assert run is not None and run.budget == 50000 and str(run.due_date) == "2026-12-31"
    assert run.owner_id is not None
    assert page.runs.list.current_row().title == "2026 年終促銷活動"
    assert "策劃" in page.runs.list.current_row().stage
    page.undo_stack.undo()
    assert run_named(ctx, "2026 年終促銷活動") is None
    page.undo_stack.redo()
    assert run_named(ctx, "2026 年終促銷活動").budget == 50000
    assert errors == []


def test_edit_a_run_and_undo(qtbot, ctx):
    page = make_page(qtbot, ctx)
    run = page.runs.list.model.rows[0]
    page.runs.list.select_id(run.id)
    ui = page.runs.editor.form.ui
    assert ui.titleEdit.text() == run.title
    type_into(qtbot, ui.titleEdit, "改名後的流程")
    ui.notesEdit.setPlainText("與市場部合作")
    assert page.save()
    stored = run_named(ctx, "改名後的流程")
    assert stored is not None and stored.notes == "與市場部合作"
    page.undo_stack.undo()
    assert run_named(ctx, "改名後的流程") is None
    assert ui.titleEdit.text() == run.title  # the form shows the restored run


def test_steps_are_checked_off_and_unchecked_with_undo(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    run_id = waiting_in_first_stage(page, "用戶運營").id
    steps = page.runs.editor.steps
    stage = steps.run.stages[0]
    assert steps.run.current_stage_id == stage.id
    first = stage.steps[0]
    assert first.done_on is None
    steps.step_item(first.id).setCheckState(Qt.CheckState.Checked)
    settle()

    def done_steps():
        with ctx.db.transaction() as session:
            return {c.step_id for c in session.get(WorkflowRun, run_id).completions}

    assert first.id in done_steps()
    assert steps.step_item(first.id).checkState() == Qt.CheckState.Checked
    assert steps.run.stages[0].done == 1
    page.undo_stack.undo()
    settle()
    assert first.id not in done_steps()
    page.undo_stack.redo()
    settle()
    assert first.id in done_steps()
    steps.step_item(first.id).setCheckState(Qt.CheckState.Unchecked)
    settle()
    assert first.id not in done_steps()
    for step in stage.steps:  # the whole stage: the run moves on
        steps.step_item(step.id).setCheckState(Qt.CheckState.Checked)
        settle()
    assert page.runs.editor.run.current_stage_id == steps.run.stages[1].id
    assert stage.name not in page.runs.list.current_row().stage
    assert errors == []


def test_approval_recorded_rejected_and_undone(qtbot, ctx):
    page = make_page(qtbot, ctx)
    run_id = waiting_in_first_stage(page, "產品運營").id
    view = page.runs.editor.approvals
    ui = view.ui
    assert ui.stageCombo.count() == 2 and "公司高層" in ui.stageCombo.currentText()
    assert ui.approverEdit.text() == "公司高層"
    type_into(qtbot, ui.approverEdit, "")
    assert "required" in ui.approverEditError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, ui.approverEdit, "王總")
    type_into(qtbot, ui.dateEdit, "2026-10-05")
    choose(ui.decisionCombo, "Rejected")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    with ctx.db.transaction() as session:
        approvals = session.scalars(
            select(StageApproval).where(StageApproval.run_id == run_id)
        ).all()
        assert [(a.approver, a.decision, str(a.decided_on)) for a in approvals] == [
            ("王總", "rejected", "2026-10-05")
        ]
    assert view.list.model.rowCount() == 1
    stage = page.runs.editor.steps.model.item(0, 0)
    assert "rejected" in stage.child(stage.rowCount() - 1, 0).text()
    page.undo_stack.undo()
    with ctx.db.transaction() as session:
        assert (
            session.scalars(select(StageApproval).where(StageApproval.run_id == run_id)).all() == []
        )


def test_event_spend_over_budget_shows_a_warning(qtbot, ctx, errors):
    page = make_page(qtbot, ctx)
    row = waiting_in_first_stage(page, "活動運營")  # nothing spent yet
    editor = page.runs.editor
    assert editor.tabs.isTabEnabled(3)
    ui = editor.outcome.ui
    budget = editor.run.data.budget
    type_into(qtbot, ui.spendEdit, "abc")
    assert "not a number" in ui.spendEditError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, ui.spendEdit, str(budget + 1500))
    assert "Over budget by 1,500.00" in ui.overBudgetLabel.text()
    type_into(qtbot, ui.participantsEdit, "-5")
    assert "whole number" in ui.participantsEditError.text()
    type_into(qtbot, ui.participantsEdit, "320")
    type_into(qtbot, ui.reachEdit, "12000")
    ui.outcomeEdit.setPlainText("傳播效果良好")
    editor.tabs.setCurrentWidget(editor.outcome)
    assert page.save()
    stored = run_named(ctx, row.title)
    assert stored.spend == budget + 1500 and stored.participants == 320 and stored.reach == 12000
    assert "Over budget" in editor.warning.text() and editor.warning.isVisible()
    assert page.runs.list.current_row().over_budget == 1500
    page.undo_stack.undo()
    assert run_named(ctx, row.title).spend is None
    assert editor.warning.text() == ""
    assert errors == []


def test_non_event_runs_have_no_budget_tab(qtbot, ctx):
    page = make_page(qtbot, ctx)
    choose(page.runs.template_filter, "內容運營")
    page.runs.list.select_id(page.runs.list.model.rows[0].id)
    editor = page.runs.editor
    assert not editor.tabs.isTabEnabled(3) and not editor.print_button.isEnabled()


def test_attach_and_remove_a_file(qtbot, ctx, monkeypatch, no_questions):
    page = make_page(qtbot, ctx)
    row = page.runs.list.model.rows[0]
    page.runs.list.select_id(row.id)
    monkeypatch.setattr(
        "ops_desktop.gui.pages.workflows.outcome.QFileDialog.getOpenFileName",
        lambda *a, **k: ("/data/活動方案.docx", ""),
    )
    files = page.runs.editor.files
    assert files.add()

    def stored():
        with ctx.db.transaction() as session:
            query = select(RunAttachment.path).where(RunAttachment.run_id == row.id)
            return session.scalars(query).all()

    assert stored() == ["/data/活動方案.docx"]
    assert files.list.model.rows[0].label == "活動方案.docx"
    files.list.select_id(files.list.model.rows[0].id)
    assert files.remove() and no_questions and stored() == []
    page.undo_stack.undo()
    assert stored() == ["/data/活動方案.docx"]
    page.undo_stack.redo()
    assert stored() == []


def test_close_cancel_and_reopen(qtbot, ctx, no_questions):
    page = make_page(qtbot, ctx)
    row = page.runs.list.model.rows[0]
    page.runs.list.select_id(row.id)
    assert page.delete_record()  # Delete on a run cancels it, after asking
    assert "Cancel" in no_questions[-1]
    assert run_named(ctx, row.title).status == "cancelled"
    assert page.runs.list.select_id(row.id) is False  # no longer among the active runs
    page.undo_stack.undo()
    assert run_named(ctx, row.title).status == "active"
    page.runs.list.select_id(row.id)
    qtbot.mouseClick(page.runs.editor.done_button, Qt.MouseButton.LeftButton)
    stored = run_named(ctx, row.title)
    assert stored.status == "done" and stored.end_date is not None
    choose(page.runs.status_filter, "Done")
    page.runs.list.select_id(row.id)
    assert not page.runs.editor.done_button.isEnabled()
    qtbot.mouseClick(page.runs.editor.reopen_button, Qt.MouseButton.LeftButton)
    assert run_named(ctx, row.title).status == "active"


def test_print_the_event_summary(qtbot, ctx, monkeypatch, tmp_path, errors):
    page = make_page(qtbot, ctx)
    choose(page.runs.template_filter, "活動運營")
    choose(page.runs.status_filter, "Done")
    row = page.runs.list.model.rows[0]
    page.runs.list.select_id(row.id)
    target = tmp_path / "總結"
    monkeypatch.setattr(
        "ops_desktop.gui.pages.workflows.run_editor.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "PDF files (*.pdf)"),
    )
    messages = []
    page.status_message.connect(messages.append)
    assert page.print_()
    pdf = Path(f"{target}.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and errors == []
    assert str(pdf) in messages[-1]


def test_templates_edit_stage_and_steps_with_undo(qtbot, ctx, no_questions, errors):
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.templates)
    panel = page.templates
    assert panel.model.rowCount() == 4
    with ctx.db.transaction() as session:
        stage = session.scalar(select(WorkflowStage).where(WorkflowStage.name == "產品上線準備"))
        stage_id, other = stage.id, stage.template.stages[0].name
    assert panel.select_key(("stage", stage_id))
    su = panel.stage_ui
    type_into(qtbot, su.nameEdit, other)
    assert "already called" in su.nameEditError.text() and not su.saveButton.isEnabled()
    type_into(qtbot, su.nameEdit, "上線籌備")
    choose(su.approverCombo, "運營經理")
    assert "approval" in su.approverComboError.text().lower()
    type_into(qtbot, su.approvalEdit, "運營經理審核")
    choose(su.positionCombo, "運營經理")
    assert su.saveButton.isEnabled()
    qtbot.mouseClick(su.saveButton, Qt.MouseButton.LeftButton)

    def stored():
        with ctx.db.transaction() as session:
            s = session.get(WorkflowStage, stage_id)
            return (
                s.name,
                s.approval,
                s.responsible_position.name,
                [(p.text, p.active) for p in s.steps],
            )

    name, approval, responsible, steps = stored()
    assert (name, approval, responsible) == ("上線籌備", "運營經理審核", "運營經理")
    assert panel.current_key() == ("stage", stage_id)
    # add a step, edit it, deactivate it
    panel.new_step()
    tu = panel.step_ui
    tu.textEdit.setPlainText("確認上線資料齊備")
    qtbot.mouseClick(tu.saveButton, Qt.MouseButton.LeftButton)
    assert stored()[3][-1] == ("確認上線資料齊備", True)
    tu.textEdit.setPlainText("   ")
    assert "required" in tu.textEditError.text() and not tu.saveButton.isEnabled()
    tu.textEdit.setPlainText("確認上線資料與手冊齊備")
    assert panel.save_step()
    assert stored()[3][-1] == ("確認上線資料與手冊齊備", True)
    qtbot.mouseClick(tu.activeButton, Qt.MouseButton.LeftButton)
    assert no_questions and stored()[3][-1] == ("確認上線資料與手冊齊備", False)
    assert "inactive" in panel.tree.currentIndex().data()
    for _ in range(3):  # deactivate, edit, add
        page.undo_stack.undo()
    assert stored()[3] == steps
    page.undo_stack.undo()  # the stage edit
    name, approval, responsible, _ = stored()
    assert (name, approval) == ("產品上線準備", None)
    assert errors == []


def test_template_changes_persist_for_a_new_page(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.templates)
    with ctx.db.transaction() as session:
        step = session.scalar(select(WorkflowStep).order_by(WorkflowStep.id))
        step_id = step.id
    page.templates.select_key(("step", step_id))
    page.templates.step_ui.textEdit.setPlainText("運營經理提出規劃草案。")
    assert page.templates.save_step()
    again = make_page(qtbot, ctx)
    again.tabs.setCurrentWidget(again.templates)
    assert again.templates.select_key(("step", step_id))
    assert again.templates.step_ui.textEdit.toPlainText() == "運營經理提出規劃草案。"


def test_models_pass_the_model_tester(qtbot, ctx, qtmodeltester):
    page = make_page(qtbot, ctx)
    page.runs.list.select_id(page.runs.list.model.rows[0].id)
    choose(page.runs.template_filter, "活動運營")
    qtmodeltester.check(page.runs.list.model)
    qtmodeltester.check(page.runs.list.proxy)
    qtmodeltester.check(page.runs.board.columns[0].proxy)
    page.runs.list.select_id(page.runs.list.model.rows[0].id)
    qtmodeltester.check(page.runs.editor.steps.model)
    qtmodeltester.check(page.runs.editor.approvals.list.proxy)
    page.tabs.setCurrentWidget(page.templates)
    qtmodeltester.check(page.templates.model)
    qtmodeltester.check(page.templates.proxy)


def test_a_run_closed_while_its_details_are_edited_is_not_someone_elses_change(
    qtbot, ctx, errors, no_questions
):
    """Closing the run moves it on (a new version); the details being typed are then saved,
    not refused as changed by someone else — that change was this window's, and not of
    the details."""
    page = make_page(qtbot, ctx)
    page.runs.status_filter.setCurrentIndex(page.runs.status_filter.findData(""))
    page.runs.reload()  # all statuses: the run stays listed once done
    run = next(r for r in page.runs.list.model.rows if r.status == "active")
    page.runs.list.select_id(run.id)
    form = page.runs.editor.form
    before = form.state.seen
    form.ui.notesEdit.setPlainText("邊做邊記")
    assert page.runs.editor.close_run("done")
    with ctx.db.transaction() as session:
        assert session.get(WorkflowRun, run.id).version != before.version  # the run changed
    assert form.ui.notesEdit.toPlainText() == "邊做邊記" and page.has_unsaved_changes()
    assert page.save()
    with ctx.db.transaction() as session:
        stored = session.get(WorkflowRun, run.id)
        assert (stored.notes, stored.status) == ("邊做邊記", "done")
    assert errors == [] and not page.has_unsaved_changes()


def test_the_summary_file_suggested_is_a_name_windows_accepts(qtbot, ctx, monkeypatch):
    """The title is the user's: a ``:`` or ``?`` in it must not make the name refused."""
    with ctx.db.transaction() as session:
        for run in session.scalars(select(WorkflowRun)):
            run.title = "CON: 新品/上線?"
    page = make_page(qtbot, ctx)
    choose(page.runs.template_filter, "活動運營")
    choose(page.runs.status_filter, "Done")
    page.runs.list.select_id(page.runs.list.model.rows[0].id)
    suggested = []
    monkeypatch.setattr(
        "ops_desktop.gui.pages.workflows.run_editor.QFileDialog.getSaveFileName",
        lambda *a, **k: (suggested.append(a[2]), ("", ""))[1],
    )
    assert not page.print_()  # cancelled in the dialog
    assert suggested == ["CON_ 新品_上線_ 活動總結報告.pdf"]
