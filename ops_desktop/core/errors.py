"""Errors the user can fix, carrying a clear, translatable message.

Messages are English source texts with ``{named}`` fields; ``{field}`` is filled with the
readable name of the offending field. The window installs a translator (Qt Linguist) with
:func:`set_translator`; the command line prints the source text. The translation files are
fed from the first argument of every ``DomainError(...)`` call and from FIELD_LABELS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translator = Callable[[str, str], str]

_CONTEXT = "DomainError"


def _identity(context: str, text: str) -> str:
    return text


_translate: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Install ``translator(context, source_text) -> text`` (``None`` restores the source)."""
    global _translate
    _translate = translator or _identity


# Readable names of the fields messages refer to with ``{field}``, and of the audit log's
# details (English source texts).
FIELD_LABELS: dict[str, str] = {
    "staff_no": "Staff number",
    "name": "Name",
    "position": "Position",
    "supervisor": "Supervisor",
    "hire_date": "Hire date",
    "status": "Status",
    "base_bonus": "Base bonus",
    "email": "E-mail",
    "phone": "Phone",
    "title": "Title",
    "text": "Text",
    "approver": "Approver",
    "effective_date": "Effective date",
    "weight": "Weight",
    "budget": "Budget",
    "spend": "Actual spend",
    "due_date": "Due date",
    "end_date": "End date",
    "hours": "Hours",
    "cost": "Cost",
    "score": "Score",
    "goals": "Goals",
    "reply": "Reply",
    "held_on": "Date",
    "date": "Date",
    "label": "Version label",
    "category": "Category",
    "method": "Method",
    "year": "Year",
    "owner": "Owner",
    "notes": "Notes",
    "min_score": "Minimum score",
    "max_share": "Maximum share",
    "training_threshold": "Training threshold",
    "code": "Code",
    "path": "Path",
    "trainer": "Trainer",
    "kind": "Kind",
    "decision": "Decision",
    "reason": "Reason",
    "departed_on": "Leaving date",
    "value": "Value",
    "approval": "Approval",
    "author": "Author",
    "location": "Location",
    "next_review": "Next review",
    "replied_by": "Replied by",
    "rotation": "Rotation",
    "staff": "Person",
    "template": "Workflow template",
    "bonus_coefficient": "Bonus coefficient",
    "operator": "Operator",
    "note": "Note",
    "evaluator": "Evaluator",
    "comment": "Comment",
    "attachment": "Attachment",
    "outcome": "Outcome",
    # … and the audit log's details (core/services/audit_details.py)
    "active": "In use",
    "annual_min_months": "Minimum months for the year",
    "anonymous": "Anonymous",
    "applied_to_months": "Applied to months",
    "applies_to": "Applies to",
    "approval_step": "Approval step",
    "approver_position": "Approving position",
    "based_on": "Based on",
    "body": "Suggestion",
    "chair": "Chair",
    "closed_on": "Closed on",
    "count": "Number",
    "delta": "Moved by",
    "description": "Description",
    "dimension": "Dimension",
    "duties": "Duty lines",
    "effective": "Effective",
    "grade": "Grade band",
    "interactions": "Interactions",
    "kpi": "KPI weight",
    "last_week_summary": "Last week's summary",
    "meeting": "Meeting",
    "minutes": "Minutes",
    "months_keeping_their_version": "Months keeping their version",
    "name_en": "English name",
    "participants": "Participants",
    "peer_drop": "Leave out the extremes of peer scores",
    "peers": "Peers",
    "plan": "Training plan",
    "punctuation": "Punctuation marks",
    "reach": "Reach",
    "replaced": "Replaced data kept in",
    "replied_at": "Replied on",
    "responsible_position": "Responsible position",
    "scheme": "Scheme",
    "source": "Source weight",
    "stage": "Stage",
    "start_date": "Start date",
    "state": "Attendance",
    "step": "Step",
    "subject": "Person evaluated",
    "submitted_on": "Submitted on",
    "target_position": "Target position",
    "weights": "Weights",
    "previous": "Previous state",
    "incomplete": "Incomplete",
    "people": "People",
    # … the appeals' (core/appraisal/appeals.py)
    "appeal_decision": "Decision on the appeal",
    "dated": "Letter date",  # the result letters' first printing (core/appraisal/letter_dates.py)
    "contested": "Contested",
    "deadline": "Deadline",
    "decided_on": "Decided on",
    "filed_on": "Filed on",
    "late_reason": "Reason accepted late",
    "locked_at": "Locked at",
    "period_id": "Period number",
    "period": "Period",
    "reasons": "Reasons",
    "source_contested": "Source contested",
    # … the acknowledgements' (core/services/regulation_acks.py)
    "acknowledged_on": "Acknowledged on",
    "record_source": "Recorded from",
    "version": "Version",
}


def translated(message: str, **params: Any) -> str:
    """``message`` (an English source text with ``{named}`` fields) in the interface's
    language, filled with ``params``: for texts that are not refusals, such as an import's
    summary. The translation files are fed from every ``translated("…")`` call too."""
    text = _translate(_CONTEXT, message)
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return message.format(**params)


class DomainError(Exception):
    """A refused operation: nothing has been written. ``field`` names the offending input."""

    def __init__(self, message: str, *, field: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.params = params

    def __str__(self) -> str:
        params = dict(self.params)
        if self.field is not None:
            label = FIELD_LABELS.get(self.field, self.field)
            params.setdefault("field", _translate(_CONTEXT, label))
        text = _translate(_CONTEXT, self.message)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**params)


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""


class StorageError(DomainError):
    """The database cannot be opened or used: foreign, damaged, newer, unreachable."""
