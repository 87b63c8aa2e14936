"""A character no workbook can hold (C0 controls but tab and line breaks, U+FFFE, U+FFFF,
lone surrogates) is refused where it is typed, with the field named, and nothing is stored:
otherwise every export showing the text would be a file Excel offers to "repair"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import periods, scores
from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import (
    AppraisalPeriod,
    AuditEntry,
    RegulationVersion,
    SchemeDimension,
    Staff,
    WorkflowRun,
)
from ops_desktop.core.services import (
    audit,
    meetings,
    regulation,
    settings,
    suggestions,
    validate,
    workflows,
)
from ops_desktop.core.services import staff as staff_service
from ops_desktop.core.services.meetings import MeetingInput
from ops_desktop.core.services.staff import StaffInput
from ops_desktop.core.services.suggestions import SuggestionInput
from ops_desktop.db import Database

BAD = ["\ufffe", "\uffff", "\x01", "\x0b", "\x1f", "\ud800"]


@pytest.mark.parametrize("char", BAD)
def test_the_shared_check_refuses_each_character_naming_the_field(char: str) -> None:
    with pytest.raises(DomainError) as err:
        validate.text(f"甲{char}乙", "notes")
    assert err.value.field == "notes"
    assert str(err.value).startswith("Notes contains a character")
    assert f"U+{ord(char):04X}" in str(err.value)


@pytest.mark.parametrize("text", ["tab\there", "two\nlines\r\nand more", "𠀋 emoji 🙂", "\x7f"])
def test_what_xml_holds_is_kept(text: str) -> None:
    assert validate.text(text, "notes", max_len=100) == text


def _person(s: Session) -> Staff:
    return s.scalars(select(Staff).where(Staff.status == "active").order_by(Staff.id)).first()


def _locked(s: Session) -> AppraisalPeriod:
    return s.scalars(select(AppraisalPeriod).where(AppraisalPeriod.status == "locked")).first()


def _draft_section(s: Session) -> int:
    draft = s.scalars(select(RegulationVersion).where(RegulationVersion.status == "draft")).first()
    version = draft or regulation.new_draft(s, "9.9")
    return version.chapters[0].sections[0].id


def _supervisor_score(s: Session, external: str) -> str:
    period = periods.open_period(s, 2026, 11)
    dim = s.scalars(select(SchemeDimension).where(SchemeDimension.scheme_id == period.scheme_id))
    key = scores.ScoreKey(_person(s).id, "supervisor", None, dim.first().id)
    return scores.enter(s, period.id, key, 80, "t", external_evaluator=external)


# Each way a text comes in, with the field its refusal must name.
ACTIONS: dict[str, tuple[str, Callable[[Session, str], object]]] = {
    "staff notes": (
        "notes",
        lambda s, t: staff_service.create(s, StaffInput("OP9001", "甲", notes=t), "t"),
    ),
    "staff name": ("name", lambda s, t: staff_service.create(s, StaffInput("OP9001", t), "t")),
    "staff number": ("staff_no", lambda s, t: staff_service.create(s, StaffInput(t, "甲"), "t")),
    "meeting minutes": (
        "minutes",
        lambda s, t: meetings.create(s, MeetingInput("2026-11-02", minutes=t), "t"),
    ),
    "suggestion reply": (
        "reply",
        lambda s, t: suggestions.reply(
            s, suggestions.create(s, SuggestionInput("意見", anonymous=True), "t"), t, "主管", "t"
        ),
    ),
    "replied by": (
        "approver",
        lambda s, t: suggestions.reply(
            s, suggestions.create(s, SuggestionInput("意見", anonymous=True), "t"), "好", t, "t"
        ),
    ),
    "regulation simplified text": (
        "text",
        lambda s, t: regulation.add_clause(s, _draft_section(s), "條文", "t", text_hans=t),
    ),
    "run outcome": (
        "outcome",
        lambda s, t: workflows.set_outcome(
            s,
            s.scalars(select(WorkflowRun.id)).first(),
            "t",
            participants=1,
            interactions=None,
            reach=None,
            outcome=t,
        ),
    ),
    "unlock reason": ("reason", lambda s, t: periods.unlock(s, _locked(s).id, f"理由{t}", "t")),
    "outside evaluator": ("evaluator", lambda s, t: _supervisor_score(s, f"顧問{t}")),
    "department name": ("value", lambda s, t: settings.put(s, "department_name", t, "t")),
    "operator": ("operator", lambda s, t: settings.put(s, "department_name", "運營部", t)),
}


@pytest.mark.parametrize("char", ["\ufffe", "\x02"])
@pytest.mark.parametrize("case", list(ACTIONS))
def test_each_service_refuses_it_and_stores_nothing(
    demo_db: Database, case: str, char: str
) -> None:
    field, action = ACTIONS[case]
    with demo_db.transaction() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(DomainError) as err, demo_db.transaction() as session:
        action(session, f"甲{char}乙")
    assert err.value.field == field and "cannot be saved" in str(err.value), str(err.value)
    with demo_db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_the_forms_show_it_as_typed(db: Database) -> None:
    with db.transaction() as session:
        found = staff_service.problems(session, StaffInput("OP9001", "甲", notes="a\ufffeb"))
    assert set(found) == {"notes"} and "U+FFFE" in found["notes"]
    assert set(suggestions.reply_problems("好\ufffe", "主管\uffff")) == {"reply", "replied_by"}
    assert "U+FFFE" in audit.operator_problem("秘書\ufffe")
    assert audit.operator_problem("秘書") == ""
