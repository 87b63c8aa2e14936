"""The words for the codes the database keeps — statuses, attendance, yes and no — and for
its fields, in the interface's language. One table per kind of code, shared by the pages
that show them and by the audit log, so a status reads the same everywhere."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ops_desktop.core.errors import FIELD_LABELS

if TYPE_CHECKING:  # the audit details are read off the GUI thread, by the core
    from ops_desktop.core.services.audit_details import Detail


class Codes(dict[str, object]):
    """code → English word, looked up in a context of its own: "Active" is 在職 for a
    person and 進行中 for a workflow run."""

    def __init__(self, context: str, words: dict[str, object]) -> None:
        super().__init__(words)
        self.context = context


STAFF_STATUS = Codes(
    "StaffStatus",
    {
        "active": QT_TRANSLATE_NOOP("StaffStatus", "Active"),
        "leave": QT_TRANSLATE_NOOP("StaffStatus", "On leave"),
        "departed": QT_TRANSLATE_NOOP("StaffStatus", "Departed"),
    },
)
RUN_STATUS = Codes(
    "RunStatus",
    {
        "active": QT_TRANSLATE_NOOP("RunStatus", "Active"),
        "done": QT_TRANSLATE_NOOP("RunStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("RunStatus", "Cancelled"),
    },
)
ACTION_STATUS = Codes(
    "ActionStatus",
    {
        "open": QT_TRANSLATE_NOOP("ActionStatus", "Open"),
        "done": QT_TRANSLATE_NOOP("ActionStatus", "Done"),
        "dropped": QT_TRANSLATE_NOOP("ActionStatus", "Dropped"),
    },
)
SUGGESTION_STATUS = Codes(
    "SuggestionStatus",
    {
        "new": QT_TRANSLATE_NOOP("SuggestionStatus", "New"),
        "in_progress": QT_TRANSLATE_NOOP("SuggestionStatus", "In progress"),
        "answered": QT_TRANSLATE_NOOP("SuggestionStatus", "Answered"),
    },
)
PLAN_STATUS = Codes(
    "PlanStatus",
    {
        "active": QT_TRANSLATE_NOOP("PlanStatus", "Active"),
        "achieved": QT_TRANSLATE_NOOP("PlanStatus", "Achieved"),
        "closed": QT_TRANSLATE_NOOP("PlanStatus", "Closed"),
    },
)
ATTENDANCE = Codes(
    "Attendance",
    {
        "registered": QT_TRANSLATE_NOOP("Attendance", "Registered"),
        "attended": QT_TRANSLATE_NOOP("Attendance", "Attended"),
        "absent": QT_TRANSLATE_NOOP("Attendance", "Absent"),
        "excused": QT_TRANSLATE_NOOP("Attendance", "Excused"),
    },
)
PERIOD_STATUS = Codes(
    "PeriodStatus",
    {
        "open": QT_TRANSLATE_NOOP("PeriodStatus", "Open"),
        "review": QT_TRANSLATE_NOOP("PeriodStatus", "In review"),
        "locked": QT_TRANSLATE_NOOP("PeriodStatus", "Locked"),
    },
)
APPEAL_DECISION = Codes(
    "AppealDecision",
    {
        "upheld": QT_TRANSLATE_NOOP("AppealDecision", "Upheld"),
        "partly": QT_TRANSLATE_NOOP("AppealDecision", "Partly upheld"),
        "rejected": QT_TRANSLATE_NOOP("AppealDecision", "Rejected"),
    },
)
SCHEME_APPLIES_TO = Codes(
    "SchemeAppliesTo",
    {
        "open": QT_TRANSLATE_NOOP("SchemeAppliesTo", "the months not yet locked"),
        "next": QT_TRANSLATE_NOOP("SchemeAppliesTo", "the months opened from now on"),
    },
)
YES_NO = Codes(
    "YesNo", {"True": QT_TRANSLATE_NOOP("YesNo", "Yes"), "False": QT_TRANSLATE_NOOP("YesNo", "No")}
)

# Which table says the codes of a record's field (in the audit log's details).
CODES_OF: dict[tuple[str, str], Codes] = {
    ("staff", "status"): STAFF_STATUS,
    ("workflow_run", "status"): RUN_STATUS,
    ("action_item", "status"): ACTION_STATUS,
    ("suggestion", "status"): SUGGESTION_STATUS,
    ("development_plan", "status"): PLAN_STATUS,
    ("training_session", "state"): ATTENDANCE,
    ("appraisal_period", "previous"): PERIOD_STATUS,
    ("appeal", "appeal_decision"): APPEAL_DECISION,
    ("appraisal_scheme", "applies_to"): SCHEME_APPLIES_TO,
}
NOTHING = "—"


def contexts() -> set[str]:
    """The translation contexts of this module: one per table, and its own."""
    tables = [v for v in globals().values() if isinstance(v, Codes)]
    return {t.context for t in tables} | {"Words"}


def word(table: Codes, code: str) -> str:
    """The word for ``code`` (shown as it is when the table does not know it). The tables'
    texts are marked with QT_TRANSLATE_NOOP, which PySide6 types as object."""
    return QCoreApplication.translate(table.context, str(table[code])) if code in table else code


def table(codes: Codes) -> dict[str, str]:
    """The whole table in the interface's language, code → word, for a combo box."""
    return {code: word(codes, code) for code in codes}


def field_label(field: str) -> str:
    """A field's name, as the refusals name it too."""
    return QCoreApplication.translate("DomainError", FIELD_LABELS.get(field, field))


def value_text(entity: str, field: str, value: Any) -> str:
    if value is None or value == "":
        return NOTHING
    if isinstance(value, list | tuple):
        return QCoreApplication.translate("Words", "、").join(
            value_text(entity, field, v) for v in value
        )
    text = str(value)
    if text in YES_NO:
        return word(YES_NO, text)
    codes = CODES_OF.get((entity, field))
    return word(codes, text) if codes is not None else text


def details_text(entity: str, details: Iterable[Detail]) -> str:
    """An entry's details in words: 上級: OP0001 張三 → OP0002 李四; 狀態: 在職 → 離職."""
    parts = []
    for d in details:
        label = field_label(d.field)
        if d.about:
            label = f"{label} ({d.about})"
        shown = value_text(entity, d.field, d.new)
        if d.changed:
            shown = f"{value_text(entity, d.field, d.old)} → {shown}"
        parts.append(
            QCoreApplication.translate("Words", "%1: %2").replace("%1", label).replace("%2", shown)
        )
    return QCoreApplication.translate("Words", "; ").join(parts)
