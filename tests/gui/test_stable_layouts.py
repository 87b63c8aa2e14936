"""Layouts that stay where they are: an error appearing beside a field neither narrows the
fields nor moves what is under it, and ticking a workflow step leaves every row of the step
list at its height and place (the next click lands where it was aimed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from test_workflows_page import make_page as workflows_page
from test_workflows_page import waiting_in_first_stage
from typing_helpers import type_into

from ops_desktop.gui.pages.staff import StaffPage


def test_an_error_beside_a_field_moves_nothing(qtbot, ctx):
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.activate()
    page.new_record()
    ui = page.ui
    fields = ("staffNoEdit", "nameEdit", "positionCombo", "emailEdit", "baseBonusEdit")

    def places():
        QCoreApplication.processEvents()  # the layout done
        return {name: getattr(ui, name).geometry() for name in fields}

    before = places()
    type_into(qtbot, ui.staffNoEdit, "OP0002")  # in use: a long message beside the field
    assert "already used" in ui.staffNoEditError.text()
    type_into(qtbot, ui.baseBonusEdit, "-5")
    assert ui.baseBonusEditError.text()
    assert places() == before
    type_into(qtbot, ui.staffNoEdit, "OP9009")
    type_into(qtbot, ui.baseBonusEdit, "21,500")  # as the list shows amounts
    assert ui.staffNoEditError.text() == "" and ui.baseBonusEditError.text() == ""
    assert places() == before
    assert ui.staffNoEditError.height() == ui.nameEditError.height()  # the same room for all


def step_rows(steps):
    """Each row of the step list, stages and steps: its place and height in the view."""
    QCoreApplication.processEvents()
    tree, model = steps.tree, steps.model
    rows = []
    for r in range(model.rowCount()):
        stage = model.index(r, 0)
        rows.append(tree.visualRect(stage))
        rows += [tree.visualRect(model.index(c, 0, stage)) for c in range(model.rowCount(stage))]
    return rows


def test_ticking_a_step_keeps_every_row_where_it_was(qtbot, ctx, errors):
    page = workflows_page(qtbot, ctx)
    page.resize(1024, 700)
    waiting_in_first_stage(page, "用戶運營")
    steps = page.runs.editor.steps
    before = step_rows(steps)
    width = steps.tree.header().sectionSize(0)
    first = steps.run.stages[0].steps[0]
    steps.step_item(first.id).setCheckState(Qt.CheckState.Checked)
    QCoreApplication.processEvents()  # the list is read again after the change
    assert steps.step_item(first.id).checkState() == Qt.CheckState.Checked
    assert steps.tree.header().sectionSize(0) == width  # the steps' text wraps as before
    assert step_rows(steps) == before
    assert errors == []


def test_every_error_label_of_every_page_keeps_its_space_before_any_error(
    qtbot, demo_db, tasks, settings
):
    """The sub-forms' labels (duty lines, notes, replies, a run's outcome, the Settings page)
    took their space only when the first error came, and the form under them moved once;
    Settings hid them when empty."""
    from answering import AnsweringDialogs
    from PySide6.QtWidgets import QLabel

    from ops_desktop.gui.main_window import MainWindow
    from ops_desktop.gui.pages import KEYS

    window = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=AnsweringDialogs())
    qtbot.addWidget(window)
    window.show()
    loose = {}
    for key in KEYS:
        window.show_page(key)
        tasks.settle()
        labels = [
            label
            for label in window.current_page().findChildren(QLabel)
            if label.objectName().endswith("Error")
        ]
        unreserved = [label.objectName() for label in labels if not label.property("reservedSpace")]
        if unreserved:
            loose[key] = unreserved
        assert all(
            label.height() == label.minimumHeight() == label.maximumHeight()
            for label in labels
            if not label.isHidden()
        ), key
    assert loose == {}
