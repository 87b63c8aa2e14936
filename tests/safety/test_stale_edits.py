"""An edit made from a stale copy is refused, for every record kind edited in a form.

Each case is the same story: this desk loads a record into a form (and keeps its version,
``freshness.seen``); another program instance, a real second process on the same database
(SQLite file or PostgreSQL server), changes the record through the service its window uses;
then this desk saves the form the way the window does (``freshness.check`` and the service
call in one writing transaction). The save must be refused with a message naming the record,
and the other desk's change must be what stays stored.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.errors import DomainError, NotFound
from ops_desktop.core.models import (
    ActionItem,
    AuditEntry,
    DevelopmentPlan,
    Meeting,
    Position,
    Staff,
    Suggestion,
    TrainingCourse,
    TrainingPlan,
    WorkflowRun,
    WorkflowTemplate,
)
from ops_desktop.core.services import (
    action_items,
    courses,
    development,
    duty_lines,
    freshness,
    meetings,
    position_areas,
    positions,
    regulation,
    scheme,
    staff,
    suggestions,
    training_plan,
    training_sessions,
    workflow_runs,
    workflow_stages,
    workflow_steps,
    workflow_templates,
)
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.workflow_stages import StageInput
from ops_desktop.core.services.workflow_steps import StepInput
from ops_desktop.db import Database

DESK = "this desk"  # the operator of this process's edits
MARKER = "saved elsewhere"

# The other instance: form values travel as their repr, so every class such a repr names is
# imported here (datetime.date, Decimal and the services' input dataclasses).
_OTHER_HEADER = """
import datetime
from decimal import Decimal
from ops_desktop.db import open_database
from ops_desktop.core.services import (
    action_items, courses, development, duty_lines, meetings, position_areas, positions, regulation,
    scheme, staff, suggestions,
    training, training_plan, training_sessions, workflow_runs, workflow_stages, workflow_steps,
)
from ops_desktop.core.services.development import PlanInput
from ops_desktop.core.services.action_items import ActionInput
from ops_desktop.core.services.meetings import MeetingInput
from ops_desktop.core.services.positions import PositionInput
from ops_desktop.core.services.position_areas import AreaInput
from ops_desktop.core.services.duty_lines import DutyInput
from ops_desktop.core.services.scheme import SchemeChanges
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.suggestions import SuggestionInput
from ops_desktop.core.services.courses import CourseInput
from ops_desktop.core.services.workflow_runs import Results, RunInput
from ops_desktop.core.services.training_sessions import SessionInput
from ops_desktop.core.services.workflow_stages import StageInput
from ops_desktop.core.services.workflow_steps import StepInput
"""


def other_process(code: str, db: Database) -> subprocess.Popen[str]:
    """Another program instance on the same database (SQLite file or PostgreSQL server),
    running ``code`` in one writing transaction (session ``s``) and printing MARKER once it
    has committed."""
    url = db.url.render_as_string(hide_password=False)
    script = (
        _OTHER_HEADER
        + f"db = open_database({url!r})\n"
        + "with db.transaction() as s:\n"
        + textwrap.indent(textwrap.dedent(code).strip(), "    ")
        + f"\nprint({MARKER!r}, flush=True)\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def elsewhere(db: Database, code: str) -> None:
    """Run ``code`` in another process and wait until it has saved."""
    other = other_process(code, db)
    out, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    assert out.strip() == MARKER, (out, err)


def desk_entries(session: Session) -> int:
    """Audit lines written by this desk (a refused edit writes none)."""
    return session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.operator == DESK)
    )


# ----------------------------------------------------------------------------- the adapters


@dataclass(frozen=True)
class Form:
    """What this desk's form holds: the record, its version as loaded, the record's name as
    the form shows it, and the values typed (already this desk's edit)."""

    ident: int
    seen: Seen
    name: str
    data: Any


@dataclass(frozen=True)
class Kind:
    pick: Callable[[Session], Form]  # load the form (this desk)
    other: Callable[[Form], str]  # the other process's edit (code, session ``s``)
    mine: Callable[[Session, Form], object]  # this desk's save, through the same service
    stored: Callable[[Session, Form], object]  # the value both edits change, as stored
    theirs: object  # … after the other process's edit
    desk: object  # … after this desk's edit


# --- staff


def _pick_staff(s: Session) -> Form:
    p = s.scalar(select(Staff).where(Staff.staff_no == "OP0004"))
    data = StaffInput(
        p.staff_no, p.name, p.position_id, p.supervisor_id, p.hire_date, p.status,
        "13511112222", p.email, p.notes, p.base_bonus,
    )  # fmt: skip
    return Form(p.id, freshness.seen(p), p.name, data)


# --- workflow runs (the run form and the budget & outcome form)


def _pick_run(s: Session) -> Form:
    run_id = s.scalar(
        select(WorkflowRun.id)
        .join(WorkflowTemplate)
        .where(WorkflowRun.status == "active", ~WorkflowTemplate.is_event)
        .order_by(WorkflowRun.id)
    )
    detail = workflow_runs.detail(s, run_id)
    seen = Seen(WorkflowRun, detail.id, detail.version, detail.data.title)  # as the form keeps it
    return Form(detail.id, seen, detail.data.title, replace(detail.data, notes="this desk notes"))


def _pick_event_run(s: Session) -> Form:
    run_id = s.scalar(
        select(WorkflowRun.id)
        .join(WorkflowTemplate)
        .where(WorkflowRun.status == "active", WorkflowTemplate.is_event)
        .order_by(WorkflowRun.id)
    )
    detail = workflow_runs.detail(s, run_id)
    seen = Seen(WorkflowRun, detail.id, detail.version, detail.data.title)
    data = replace(detail.results, outcome="this desk outcome")
    return Form(detail.id, seen, detail.data.title, data)


# --- meetings, action items, suggestions


def _pick_meeting(s: Session) -> Form:
    meeting = s.scalar(select(Meeting).order_by(Meeting.held_on, Meeting.id))
    data = replace(meetings.input_of(s, meeting.id), minutes="this desk minutes")
    # A meeting is known by its date: its title, when that holds the date (the demo's do).
    day = f"{meeting.held_on:%Y-%m-%d}"
    name = meeting.title if day in meeting.title else f"{meeting.title} ({day})"
    return Form(meeting.id, freshness.seen(meeting), name, data)


def _pick_action(s: Session) -> Form:
    item = s.scalar(select(ActionItem).where(ActionItem.status == "open").order_by(ActionItem.id))
    row = next(r for r in action_items.rows(s, item.meeting_id) if r.id == item.id)
    assert row.seen is not None
    return Form(row.id, row.seen, row.text, action_items.input_of(s, row.id))


def _pick_suggestion(s: Session) -> Form:
    item = s.scalar(
        select(Suggestion).where(Suggestion.status == "new").order_by(Suggestion.id)
    )  # a new one: the other desk may still delete it (remove_new)
    data = replace(suggestions.input_of(s, item.id), body="this desk body")
    return Form(item.id, freshness.seen(item), item.title, data)


# --- training


def _pick_plan(s: Session) -> Form:
    year = s.scalar(select(TrainingPlan.year).order_by(TrainingPlan.year))
    summary = training_plan.plan_summary(s, year)
    assert summary.seen is not None
    return Form(summary.seen.ident, summary.seen, summary.title, year)


def _course_id(s: Session) -> int:
    return s.scalar(select(TrainingCourse.id).where(TrainingCourse.title == "溝通技巧工作坊"))


def _pick_course(s: Session) -> Form:
    course_id = _course_id(s)
    seen = freshness.read(s, TrainingCourse, course_id)  # read before the values shown
    data = replace(courses.input_of(s, course_id), trainer="this desk trainer")
    return Form(course_id, seen, data.title, data)


def _pick_session(s: Session) -> Form:
    course_id = _course_id(s)
    row = training_sessions.rows(s, course_id)[0]
    assert row.seen is not None
    name = f"溝通技巧工作坊 {row.held_on:%Y-%m-%d}"  # the course and the day
    return Form(row.id, row.seen, name, training_sessions.input_of(s, row.id))


def _pick_development(s: Session) -> Form:
    row = development.rows(s)[0]
    seen = freshness.read(s, DevelopmentPlan, row.id)
    data = replace(development.input_of(s, row.id), rotation="this desk rotation")
    return Form(row.id, seen, row.name, data)  # a plan is named by its person


# --- workflow templates


def _first_stage(s: Session) -> workflow_templates.StageInfo:
    return workflow_templates.outline(s)[0].stages[0]


def _pick_stage(s: Session) -> Form:
    stage = _first_stage(s)
    assert stage.seen is not None
    data = StageInput(
        stage.name, stage.responsible_position_id, "this desk approval", stage.approver_position_id
    )
    return Form(stage.id, stage.seen, stage.name, data)


def _pick_step(s: Session) -> Form:
    step = _first_stage(s).steps[0]
    assert step.seen is not None
    return Form(step.id, step.seen, step.text, StepInput(step.stage_id, step.text))


# --- the regulation (a draft: an approved version is read-only)


def _draft(s: Session) -> regulation.VersionTree:
    version = regulation.current(s)
    if version.status != "draft":
        version = regulation.new_draft(s, regulation.next_label(s), DESK)
    return regulation.tree(s, version.id)


def _pick_chapter(s: Session) -> Form:
    chapter = _draft(s).chapters[0]
    assert chapter.seen is not None
    return Form(chapter.id, chapter.seen, chapter.title, chapter.title)


def _pick_section(s: Session) -> Form:
    section = _draft(s).chapters[0].sections[0]
    assert section.seen is not None
    return Form(section.id, section.seen, section.title, section.title)


def _pick_clause(s: Session) -> Form:
    clause = next(  # one named in full (short, on one line)
        c for c in _draft(s).all_clauses() if len(c.text) <= 40 and c.text.split() == [c.text]
    )
    assert clause.seen is not None
    return Form(clause.id, clause.seen, clause.text, clause.text)


# --- positions, their areas and duty lines


def _analyst(s: Session) -> Position:
    return positions.by_code(s, "analyst")


def _pick_position(s: Session) -> Form:
    p = _analyst(s)
    data = replace(positions.input_of(s, p.id), description="this desk description")
    return Form(p.id, freshness.seen(p), p.name, data)


def _pick_area(s: Session) -> Form:
    area = position_areas.rows(s, _analyst(s).id)[0]
    assert area.seen is not None
    return Form(area.id, area.seen, area.title, position_areas.input_of(s, area.id))


def _pick_duty(s: Session) -> Form:
    duty = position_areas.rows(s, _analyst(s).id)[0].duties[0]
    assert duty.seen is not None
    return Form(duty.id, duty.seen, duty.text, duty_lines.input_of(s, duty.id))


# --- the appraisal scheme (the Settings page saves all of it)


def _pick_scheme(s: Session) -> Form:
    active = scheme.active(s)
    data = replace(scheme.changes_of(active), training_threshold=Decimal("75"))
    return Form(active.id, freshness.seen(active), active.name, data)


def _source_weights(s: Session) -> dict[str, Decimal]:
    return {code: Decimal(w) for code, w in scheme.source_weights(s).items()}


LATER = dt.date(2026, 12, 1)  # after every demo meeting: a due date both desks may set

KINDS: dict[str, Kind] = {
    "staff": Kind(
        _pick_staff,
        lambda f: (
            f"staff.update(s, {f.ident}, {replace(f.data, phone='13800000000')!r}, 'other desk')"
        ),
        lambda s, f: staff.update(s, f.ident, f.data, DESK),
        lambda s, f: staff.get(s, f.ident).phone,
        "13800000000",
        "13511112222",
    ),
    "workflow run": Kind(
        _pick_run,
        lambda f: (
            f"workflow_runs.update(s, {f.ident}, "
            f"{replace(f.data, notes='other desk notes')!r}, 'other desk')"
        ),
        lambda s, f: workflow_runs.update(s, f.ident, f.data, DESK),
        lambda s, f: s.get(WorkflowRun, f.ident).notes,
        "other desk notes",
        "this desk notes",
    ),
    "workflow run results": Kind(
        _pick_event_run,
        lambda f: (
            f"workflow_runs.set_results(s, {f.ident}, "
            f"{replace(f.data, outcome='other desk outcome')!r}, 'other desk')"
        ),
        lambda s, f: workflow_runs.set_results(s, f.ident, f.data, DESK),
        lambda s, f: s.get(WorkflowRun, f.ident).outcome,
        "other desk outcome",
        "this desk outcome",
    ),
    "meeting": Kind(
        _pick_meeting,
        lambda f: (
            f"meetings.update(s, {f.ident}, "
            f"{replace(f.data, minutes='other desk minutes')!r}, 'other desk')"
        ),
        lambda s, f: meetings.update(s, f.ident, f.data, DESK),
        lambda s, f: meetings.get(s, f.ident).minutes,
        "other desk minutes",
        "this desk minutes",
    ),
    "action item": Kind(
        _pick_action,
        lambda f: (
            f"action_items.update(s, {f.ident}, {replace(f.data, due_date=LATER)!r}, 'other desk')"
        ),
        lambda s, f: action_items.update(
            s, f.ident, replace(f.data, due_date=LATER + dt.timedelta(14)), DESK
        ),
        lambda s, f: s.get(ActionItem, f.ident).due_date,
        LATER,
        LATER + dt.timedelta(14),
    ),
    "suggestion": Kind(
        _pick_suggestion,
        lambda f: (
            f"suggestions.update(s, {f.ident}, "
            f"{replace(f.data, body='other desk body')!r}, 'other desk')"
        ),
        lambda s, f: suggestions.update(s, f.ident, f.data, DESK),
        lambda s, f: suggestions.get(s, f.ident).body,
        "other desk body",
        "this desk body",
    ),
    "suggestion reply": Kind(
        _pick_suggestion,
        lambda f: f"suggestions.reply(s, {f.ident}, 'other desk reply', '林經理', 'other desk')",
        lambda s, f: suggestions.reply(s, f.ident, "this desk reply", "林經理", DESK),
        lambda s, f: suggestions.get(s, f.ident).reply,
        "other desk reply",
        "this desk reply",
    ),
    "training plan": Kind(
        _pick_plan,
        lambda f: f"training_plan.set_plan_budget(s, {f.data}, '50000', 'other desk')",
        lambda s, f: training_plan.set_plan_budget(s, f.data, "60000", DESK),
        lambda s, f: s.get(TrainingPlan, f.ident).budget,
        Decimal("50000"),
        Decimal("60000"),
    ),
    "training course": Kind(
        _pick_course,
        lambda f: (
            f"courses.update(s, {f.ident}, "
            f"{replace(f.data, trainer='other desk trainer')!r}, 'other desk')"
        ),
        lambda s, f: courses.update(s, f.ident, f.data, DESK),
        lambda s, f: s.get(TrainingCourse, f.ident).trainer,
        "other desk trainer",
        "this desk trainer",
    ),
    "training session": Kind(
        _pick_session,
        lambda f: (
            f"training_sessions.update(s, {f.ident}, "
            f"{replace(f.data, location='五樓培訓室')!r}, 'other desk')"
        ),
        lambda s, f: training_sessions.update(
            s, f.ident, replace(f.data, location="本機培訓室"), DESK
        ),
        lambda s, f: next(
            r.location for r in training_sessions.rows(s, _course_id(s)) if r.id == f.ident
        ),
        "五樓培訓室",
        "本機培訓室",
    ),
    "development plan": Kind(
        _pick_development,
        lambda f: (
            f"development.update(s, {f.ident}, "
            f"{replace(f.data, rotation='other desk rotation')!r}, 'other desk')"
        ),
        lambda s, f: development.update(s, f.ident, f.data, DESK),
        lambda s, f: development.input_of(s, f.ident).rotation,
        "other desk rotation",
        "this desk rotation",
    ),
    "workflow stage": Kind(
        _pick_stage,
        lambda f: (
            f"workflow_stages.update(s, {f.ident}, "
            f"{replace(f.data, approval='other desk approval')!r}, 'other desk')"
        ),
        lambda s, f: workflow_stages.update(s, f.ident, f.data, DESK),
        lambda s, f: workflow_stages.input_of(s, f.ident).approval,
        "other desk approval",
        "this desk approval",
    ),
    "workflow step": Kind(
        _pick_step,
        lambda f: (
            f"workflow_steps.update(s, {f.ident}, "
            f"{replace(f.data, text='別處改寫的步驟')!r}, 'other desk')"
        ),
        lambda s, f: workflow_steps.update(
            s, f.ident, replace(f.data, text="本機改寫的步驟"), DESK
        ),
        lambda s, f: s.get(f.seen.model, f.ident).text,
        "別處改寫的步驟",
        "本機改寫的步驟",
    ),
    "regulation chapter": Kind(
        _pick_chapter,
        lambda f: (
            f"regulation.retitle(s, 'chapter', {f.ident}, {f.data!r}, 'other desk', '别处简体')"
        ),
        lambda s, f: regulation.retitle(s, "chapter", f.ident, f.data, DESK, "本机简体"),
        lambda s, f: s.get(f.seen.model, f.ident).title_hans,
        "别处简体",
        "本机简体",
    ),
    "regulation section": Kind(
        _pick_section,
        lambda f: (
            f"regulation.retitle(s, 'section', {f.ident}, {f.data!r}, 'other desk', '别处简体')"
        ),
        lambda s, f: regulation.retitle(s, "section", f.ident, f.data, DESK, "本机简体"),
        lambda s, f: s.get(f.seen.model, f.ident).title_hans,
        "别处简体",
        "本机简体",
    ),
    "regulation clause": Kind(
        _pick_clause,
        lambda f: f"regulation.edit_clause(s, {f.ident}, {f.data!r}, 'other desk', '别处简体')",
        lambda s, f: regulation.edit_clause(s, f.ident, f.data, DESK, "本机简体"),
        lambda s, f: s.get(f.seen.model, f.ident).text_hans,
        "别处简体",
        "本机简体",
    ),
    "position": Kind(
        _pick_position,
        lambda f: (
            f"positions.update(s, {f.ident}, "
            f"{replace(f.data, description='other desk description')!r}, 'other desk')"
        ),
        lambda s, f: positions.update(s, f.ident, f.data, DESK),
        lambda s, f: positions.get(s, f.ident).description,
        "other desk description",
        "this desk description",
    ),
    "responsibility area": Kind(
        _pick_area,
        lambda f: (
            f"position_areas.update(s, {f.ident}, "
            f"{replace(f.data, title='別處改名的範圍')!r}, 'other desk')"
        ),
        lambda s, f: position_areas.update(
            s, f.ident, replace(f.data, title="本機改名的範圍"), DESK
        ),
        lambda s, f: s.get(f.seen.model, f.ident).title,
        "別處改名的範圍",
        "本機改名的範圍",
    ),
    "duty line": Kind(
        _pick_duty,
        lambda f: (
            f"duty_lines.update(s, {f.ident}, "
            f"{replace(f.data, text='別處改寫的職責')!r}, 'other desk')"
        ),
        lambda s, f: duty_lines.update(s, f.ident, replace(f.data, text="本機改寫的職責"), DESK),
        lambda s, f: s.get(f.seen.model, f.ident).text,
        "別處改寫的職責",
        "本機改寫的職責",
    ),
    "appraisal scheme": Kind(
        _pick_scheme,
        lambda f: "scheme.edit(s, SchemeChanges(training_threshold='65'), 'other desk')",
        lambda s, f: scheme.edit(s, f.data, DESK),
        lambda s, f: Decimal(scheme.active(s).training_threshold),
        Decimal("65"),
        Decimal("75"),
    ),
}


def test_every_versioned_record_kind_has_a_case():
    """The table covers every model with a version counter (a new one needs a case)."""
    from ops_desktop.core.models.base import Base

    versioned = {m.class_.__name__ for m in Base.registry.mappers if m.version_id_col is not None}
    with_case = {
        "ActionItem", "AppraisalScheme", "DevelopmentPlan", "DutyLine", "Meeting", "Position",
        "RegulationChapter", "RegulationClause", "RegulationSection", "ResponsibilityArea",
        "Staff", "Suggestion", "TrainingCourse", "TrainingPlan", "TrainingSession",
        "WorkflowRun", "WorkflowStage", "WorkflowStep",
    }  # fmt: skip
    assert versioned == with_case


# ----------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("kind", KINDS.values(), ids=KINDS.keys())
def test_an_edit_from_a_stale_copy_is_refused_and_names_the_record(demo_db, kind: Kind):
    with demo_db.transaction() as s:
        form = kind.pick(s)
        assert kind.stored(s, form) != kind.theirs  # the other edit will change something
    elsewhere(demo_db, kind.other(form))

    with pytest.raises(DomainError) as refused, demo_db.transaction() as s:
        freshness.check(s, form.seen)
        kind.mine(s, form)

    message = str(refused.value)
    assert not isinstance(refused.value, NotFound)
    assert "someone else" in message
    named = refused.value.params.get("name", refused.value.params.get("title"))
    assert named == form.name and named in message, message  # as the form showed it …
    assert str(kind.theirs) not in named  # … even when the other edit renamed it
    with demo_db.transaction() as s:
        assert kind.stored(s, form) == kind.theirs
        assert kind.stored(s, form) != kind.desk
        assert desk_entries(s) == 0


FRESH = ["staff", "meeting", "workflow step", "regulation clause", "appraisal scheme"]


@pytest.mark.parametrize("key", FRESH)
def test_a_copy_loaded_after_the_other_edit_is_saved(demo_db, key: str):
    kind = KINDS[key]
    with demo_db.transaction() as s:
        stale = kind.pick(s)
    elsewhere(demo_db, kind.other(stale))
    with demo_db.transaction() as s:
        form = kind.pick(s)  # reopened: the copy now shows the other desk's change
        assert form.seen != stale.seen

    with demo_db.transaction() as s:
        freshness.check(s, form.seen)
        kind.mine(s, form)

    with demo_db.transaction() as s:
        assert kind.stored(s, form) == kind.desk
        assert desk_entries(s) > 0


REMOVALS = {
    "suggestion": lambda f: f"suggestions.remove_new(s, {f.ident}, 'other desk')",
    "action item": lambda f: f"action_items.remove_new(s, {f.ident}, 'other desk')",
}


@pytest.mark.parametrize("key", REMOVALS)
def test_an_edit_of_a_record_deleted_meanwhile_is_refused(demo_db, key: str):
    kind = KINDS[key]
    with demo_db.transaction() as s:
        form = kind.pick(s)
    elsewhere(demo_db, REMOVALS[key](form))
    with demo_db.transaction() as s:
        assert s.get(form.seen.model, form.ident) is None
        entries = s.scalar(select(func.count()).select_from(AuditEntry))

    with pytest.raises(NotFound) as refused, demo_db.transaction() as s:
        freshness.check(s, form.seen)
        kind.mine(s, form)

    assert "deleted by someone else" in str(refused.value) and form.name in str(refused.value)
    with demo_db.transaction() as s:
        assert s.get(form.seen.model, form.ident) is None  # not brought back
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == entries
        assert desk_entries(s) == 0


def test_other_attendees_make_a_stale_meeting_form_refused(demo_db):
    """Who attended is part of the meeting: changing only that counts as a change."""
    kind = KINDS["meeting"]
    with demo_db.transaction() as s:
        form = kind.pick(s)
    attendees = tuple(form.data.attendee_ids)[1:]  # one fewer
    assert attendees and set(attendees) != set(form.data.attendee_ids)
    elsewhere(
        demo_db,
        f"meetings.set_attendees(s, {form.ident}, {list(attendees)!r}, 'other desk')",
    )

    with pytest.raises(DomainError) as refused, demo_db.transaction() as s:
        freshness.check(s, form.seen)
        kind.mine(s, form)  # would put the removed attendee back

    assert "someone else" in str(refused.value) and form.name in str(refused.value)
    with demo_db.transaction() as s:
        meeting = meetings.get(s, form.ident)
        assert {a.staff_id for a in meeting.attendees} == set(attendees)
        assert meeting.minutes != "this desk minutes"


def test_other_weights_make_a_stale_scheme_form_refused(db):
    """A new database: no locked period uses the scheme, so the weights change in place
    (no new scheme version) and only the scheme's parts change."""
    kind = KINDS["appraisal scheme"]
    with db.transaction() as s:
        form = kind.pick(s)
        before = _source_weights(s)
    theirs = {**before, "supervisor": Decimal(45), "peer": Decimal(15)}
    assert theirs != before and sum(theirs.values()) == 100
    elsewhere(
        db,
        "scheme.set_weights(s, sources={'supervisor': '45', 'peer': '15'}, operator='other')",
    )
    with db.transaction() as s:
        assert scheme.active(s).id == form.ident  # the same scheme, edited in place

    with pytest.raises(DomainError) as refused, db.transaction() as s:
        freshness.check(s, form.seen)
        kind.mine(s, form)  # would put the weights back as the form shows them

    assert "someone else" in str(refused.value) and form.name in str(refused.value)
    with db.transaction() as s:
        assert _source_weights(s) == theirs
        assert Decimal(scheme.active(s).training_threshold) != kind.desk
        assert desk_entries(s) == 0
