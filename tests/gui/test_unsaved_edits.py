"""Nothing typed is lost without a question (issue 14): a form knows when it is modified —
an existing record as a new one — marks it, enables Save only then, and leaving it (another
row, another page, quitting) asks Save / Discard / Cancel."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from typing_helpers import type_into

from ops_desktop.core.models import Staff
from ops_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db, tasks, settings, unsaved_answers, dialogs):
    # closed here, not by qtbot:
    w = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    w.show()
    w.show_page("staff")
    yield w
    answers, _ = unsaved_answers
    answers[:] = ["discard"] * 10  # what a test left typed goes with the window
    w.close()
    w.deleteLater()


def phone_of(window, staff_no: str) -> str:
    with window.ctx.db.reading() as session:
        return session.scalars(select(Staff.phone).where(Staff.staff_no == staff_no)).one()


def open_person(window, staff_no: str):  # type: ignore[no-untyped-def]
    page = window.current_page()
    with window.ctx.db.reading() as session:
        ident = session.scalars(select(Staff.id).where(Staff.staff_no == staff_no)).one()
    assert page.select_id(ident)
    return page


def test_an_edited_existing_record_is_modified_marked_and_saveable(qtbot, window):
    page = open_person(window, "OP0002")
    assert not page.has_unsaved_changes() and not page.ui.saveButton.isEnabled()
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    assert page.has_unsaved_changes() and page.ui.saveButton.isEnabled()
    assert window.nav.item(1).text().endswith(" *") and window.isWindowModified()
    type_into(qtbot, page.ui.phoneEdit, phone_of(window, "OP0002"))  # typed back as it was
    assert not page.has_unsaved_changes() and not page.ui.saveButton.isEnabled()
    assert not window.nav.item(1).text().endswith(" *") and not window.isWindowModified()


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_another_row_asks_about_the_edit(qtbot, window, unsaved_answers, answer):
    answers, asked = unsaved_answers
    page = open_person(window, "OP0002")
    before = phone_of(window, "OP0002")
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    answers.append(answer)
    with window.ctx.db.reading() as session:
        other = session.scalars(select(Staff.id).where(Staff.staff_no == "OP0006")).one()
    page.select_id(other)
    qtbot.waitUntil(lambda: asked == ["Staff"])  # asked once the click is handled
    if answer == "cancel":  # stays on the person, with what was typed
        assert page.current_row().staff_no == "OP0002"
        assert page.ui.phoneEdit.text() == "13911112222" and page.has_unsaved_changes()
        assert phone_of(window, "OP0002") == before
    else:
        assert page.current_row().staff_no == "OP0006" and not page.has_unsaved_changes()
        saved = "13911112222" if answer == "save" else before
        assert phone_of(window, "OP0002") == saved


def test_a_new_record_is_asked_about_too_and_a_refused_save_stays(qtbot, window, unsaved_answers):
    answers, asked = unsaved_answers
    page = window.current_page()
    page.new_record()
    type_into(qtbot, page.ui.staffNoEdit, "")  # the number offered, cleared: it cannot be saved
    type_into(qtbot, page.ui.nameEdit, "新同事")
    assert page.has_unsaved_changes()
    answers.append("save")
    window.show_page("meetings")
    assert asked == ["Staff"] and window.current_page() is page  # refused: still here
    assert page.ui.nameEdit.text() == "新同事" and page.ui.staffNoEditError.text()


def test_another_page_and_quitting_ask_and_cancel_keeps_everything(qtbot, window, unsaved_answers):
    answers, asked = unsaved_answers
    page = open_person(window, "OP0002")
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    answers.append("cancel")
    window.show_page("meetings")
    assert window.current_page() is page and window.nav.currentRow() == 1
    answers.append("cancel")
    assert not window.close()
    assert page.ui.phoneEdit.text() == "13911112222"
    answers.append("discard")
    assert window.close()
    assert asked == ["Staff", "Staff", "Staff"]
    assert phone_of(window, "OP0002") != "13911112222"


def test_a_pristine_form_shows_no_problems_until_touched_or_saved(qtbot, window):
    page = window.current_page()
    page.new_record()
    labels = [page.ui.staffNoEditError, page.ui.nameEditError, page.ui.hireDateEditError]
    assert all(label.text() == "" for label in labels)  # nothing typed: nothing wrong yet
    type_into(qtbot, page.ui.staffNoEdit, "OP0002")  # a number in use
    assert page.ui.staffNoEditError.text()  # touched: its problem beside it
    page.save()  # Ctrl+S on a form that cannot be saved: says why, beside each field
    assert page.ui.staffNoEditError.text() and page.ui.nameEditError.text()


def test_typing_into_the_first_empty_form_is_followed_too(qtbot, window):
    page = window.current_page()
    assert page.current_row() is None and not page.has_unsaved_changes()
    type_into(qtbot, page.ui.nameEdit, "新同事")
    assert page.has_unsaved_changes()


def test_new_on_a_modified_form_asks_first(qtbot, window, unsaved_answers):
    answers, asked = unsaved_answers
    page = open_person(window, "OP0002")
    type_into(qtbot, page.ui.phoneEdit, "13911112222")
    answers.append("cancel")
    page.new_record()  # File > New while the edit is unsaved
    assert asked == ["Staff"] and page.ui.phoneEdit.text() == "13911112222"
    assert page.current_row().staff_no == "OP0002"
    answers.append("save")
    page.new_record()
    assert phone_of(window, "OP0002") == "13911112222"
    assert page.ui.staffNoEdit.text() == "OP0026" and not page.has_unsaved_changes()  # offered


@pytest.mark.parametrize("answer", ["cancel", "save"])
def test_an_edited_course_is_asked_about_before_another_row(qtbot, window, unsaved_answers, answer):
    """Training's forms are record forms too: an edit of an existing course is not lost."""
    answers, asked = unsaved_answers
    window.show_page("training")
    page = window.current_page()
    courses = page.courses
    first, other = courses.list.model.rows[0], courses.list.model.rows[1]
    courses.list.select_id(first.id)
    type_into(qtbot, courses.ui.trainerEdit, "改過的講師")
    assert page.has_unsaved_changes() and courses.ui.saveButton.isEnabled()
    assert window.nav.currentItem().text().endswith(" *")
    answers.append(answer)
    courses.list.select_id(other.id)
    qtbot.waitUntil(lambda: asked == ["Courses"])
    with window.ctx.db.reading() as session:
        from ops_desktop.core.models import TrainingCourse

        trainer = session.get(TrainingCourse, first.id).trainer
    if answer == "cancel":
        assert courses.list.current_id() == first.id
        assert courses.ui.trainerEdit.text() == "改過的講師" and trainer == first.trainer
    else:
        assert courses.list.current_id() == other.id and trainer == "改過的講師"
        assert not page.has_unsaved_changes()


def test_an_edited_development_plan_is_asked_about_when_quitting(qtbot, window, unsaved_answers):
    answers, asked = unsaved_answers
    window.show_page("training")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.development)
    plans = page.development
    plans.list.select_id(plans.list.model.rows[0].id)
    type_into(qtbot, plans.ui.rotationEdit, "改過的輪崗")
    answers.append("cancel")
    window.show_page("staff")
    assert asked == ["Training"] and window.current_page() is page
    page.tabs.setCurrentWidget(page.courses)  # the edit on a tab no longer shown
    answers.append("cancel")
    assert not window.close()
    assert asked == ["Training", "Training"] and plans.ui.rotationEdit.text() == "改過的輪崗"
