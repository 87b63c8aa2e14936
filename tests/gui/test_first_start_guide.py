"""The first start: the operator's name asked once and written in the audit log, and the
guide whose buttons open the steps' pages and whose ticks follow the data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from ops_desktop.core import first_start
from ops_desktop.core.models import AuditEntry, Staff
from ops_desktop.gui import first_start_guide, operator_prompt
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.first_start_guide import DONE, TO_DO
from ops_desktop.gui.main_window import MainWindow


def make_window(qtbot, db, tasks, settings, dialogs, **kw):
    window = MainWindow(db, tasks=tasks, settings=settings, dialogs=dialogs, **kw)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ticked(window) -> set[str]:
    return {step for step, tick in window.guide.ticks.items() if tick.text() == DONE}


def test_the_guide_lists_the_core_steps_in_order():
    assert first_start_guide.STEPS == first_start.STEPS


def test_the_operator_is_asked_once_and_the_audit_log_records_the_name(
    qtbot, db, tasks, settings, dialogs
):
    window = make_window(qtbot, db, tasks, settings, dialogs)
    assert window.guide.isVisible() and ticked(window) == set()
    assert window.current_page().key == "dashboard"
    dialogs.texts = ["  陳秘書  "]
    operator_prompt.ask_once(window)
    assert opts.OPERATOR.get(settings) == "陳秘書" and window.operator() == "陳秘書"
    assert ticked(window) == {"operator"}  # the guide read it again at once
    operator_prompt.ask_once(window)  # not again: a question now would fail the test
    assert dialogs.texts == [] and len(dialogs.offered) == 1
    # An edit made after naming: the guide's confirmation of the positions.
    qtbot.mouseClick(window.guide.confirm_buttons["positions"], Qt.MouseButton.LeftButton)
    assert ticked(window) == {"operator", "positions"}
    assert not window.guide.confirm_buttons["positions"].isVisibleTo(window.guide)
    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.summary == "setup.positions_checked")
        ).one()
    assert entry.operator == "陳秘書"  # not the system's user


def test_put_aside_the_question_is_not_asked_again_and_the_command_line_wins(
    qtbot, db, tasks, settings, dialogs
):
    window = make_window(qtbot, db, tasks, settings, dialogs)
    dialogs.texts = [None]  # Cancel
    operator_prompt.ask_once(window)
    assert opts.OPERATOR.get(settings) == "" and len(dialogs.offered) == 1
    operator_prompt.ask_once(window)  # put aside: the guide and Settings still offer it
    assert len(dialogs.offered) == 1
    opts.OPERATOR.set(settings, "陳秘書")
    given = make_window(qtbot, db, tasks, settings, dialogs, operator="林主任")
    assert given.operator() == "林主任"
    given.ctx.change(
        lambda s: first_start.confirm(s, "department", given.ctx.operator()), lambda _none: None
    )
    with db.reading() as session:
        operators = session.scalars(
            select(AuditEntry.operator).where(AuditEntry.summary == "setup.department_checked")
        ).all()
    assert operators == ["林主任"]


def test_a_name_the_audit_log_cannot_hold_is_said_and_asked_again(
    qtbot, db, tasks, settings, dialogs
):
    window = make_window(qtbot, db, tasks, settings, dialogs)
    dialogs.expect_errors = True
    dialogs.texts = ["陳" * 81, "陳秘書"]
    assert operator_prompt.ask(window)
    assert len(dialogs.errors) == 1 and dialogs.offered == ["", "陳" * 81]
    assert opts.OPERATOR.get(settings) == "陳秘書"


def test_each_button_opens_its_page_and_ticks_follow_the_data(qtbot, db, tasks, settings, dialogs):
    window = make_window(qtbot, db, tasks, settings, dialogs)
    guide = window.guide
    for step, page in (
        ("positions", "positions"),
        ("roster", "staff"),
        ("regulation", "regulation"),
        ("month", "appraisals"),
        ("department", "settings"),
    ):
        qtbot.mouseClick(guide.buttons[step], Qt.MouseButton.LeftButton)
        assert window.current_page().key == page
    assert window.focusWidget() is window.pages["settings"].ui.departmentEdit
    assert ticked(window) == set()  # clicking is not doing
    assert "運營部" in guide.labels["department"].text()
    window.ctx.change(lambda s: s.add(Staff(staff_no="OP0001", name="王小明")), lambda _none: None)
    assert ticked(window) == {"roster"}  # the window's change notice
    assert guide.ticks["month"].text() == TO_DO


def test_closed_it_stays_closed_until_reopened_and_it_goes_when_all_is_done(
    qtbot, db, tasks, settings, dialogs
):
    window = make_window(qtbot, db, tasks, settings, dialogs)
    window.guide.close()
    assert opts.GUIDE_HIDDEN.get(settings) and not window.guide.toggle.isChecked()
    again = make_window(qtbot, db, tasks, settings, dialogs)
    assert not again.guide.isVisible()
    again.guide.toggle.trigger()  # Help › First-start guide
    assert again.guide.isVisible() and not opts.GUIDE_HIDDEN.get(settings)

    def everything(session) -> None:
        from ops_desktop.core.appraisal import periods
        from ops_desktop.core.services import regulation
        from ops_desktop.core.services import settings as department

        department.put(session, department.DEPARTMENT, "營運部", "陳秘書")
        first_start.confirm(session, "positions", "陳秘書")
        session.add(Staff(staff_no="OP0001", name="王小明"))
        draft = regulation.current(session)
        regulation.approve(session, draft.id, "2026-11-01", "總經理", "陳秘書")
        periods.open_period(session, 2026, 11, "陳秘書")

    opts.OPERATOR.set(settings, "陳秘書")
    again.ctx.change(everything, lambda _none: None)
    assert ticked(again) == set(first_start.STEPS)
    assert not again.guide.isVisible()  # done: it goes by itself
    reads: list[object] = []
    real_read = again.ctx.read
    again.ctx.read = lambda work, *a, **k: (reads.append(work), real_read(work, *a, **k))[1]
    again.ctx.change(lambda session: first_start.confirm(session, "department"), lambda _n: None)
    again.show_page("staff")
    assert not [w for w in reads if "FirstStartGuide" in w.__qualname__]  # set up: not read again
