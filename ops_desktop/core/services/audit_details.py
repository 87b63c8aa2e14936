"""The details of audit entries as readable parts: which field, what it was and what it
became, with the records they point at (people, positions, stages, steps, dimensions…)
named instead of numbered. The window puts the field names and the codes (statuses,
yes/no) into the interface's language; this module only reads the database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import models as m

from .audit import AuditRow

# Detail keys that hold the id (or ids) of a record, and the record's kind.
POINTS_AT: dict[str, str] = {
    "supervisor_id": "staff",
    "chair_id": "staff",
    "author_id": "staff",
    "owner_id": "staff",
    "staff_id": "staff",
    "evaluator": "staff",
    "subject": "staff",
    "peers": "staff",
    "position_id": "position",
    "target_position_id": "position",
    "responsible_position_id": "position",
    "approver_position_id": "position",
    "stage_id": "stage",
    "step_id": "step",
    "template_id": "template",
    "category_id": "category",
    "method_id": "method",
    "plan_id": "plan",
    "dimension": "dimension",
    "meeting_id": "meeting",
}
# Scheme keys "source.peer", "dimension.perf", "kpi.sales": the code names one of these.
CODED = {"source": "source", "dimension": "dimension_code", "kpi": "kpi"}
# Lists that are values in their own right, never (old, new) pairs.
LISTS = {"peers", "people", "applied_to_months", "months_keeping_their_version"}
# The field an entry's old/new texts are of.
WHOLE_VALUE = {
    "score_entry": "score",
    "data_score": "score",
    "score_comment": "comment",
    "kpi_figure": "value",
    "app_settings": "value",
}


@dataclass(frozen=True)
class Detail:
    """One part of an entry: ``field`` (a key of errors.FIELD_LABELS, or the detail's own
    key), ``about`` the source, dimension or grade a scheme value is of; ``old`` None when
    the detail is a value, not a change. Values are as stored, except record ids, which are
    names; the window says the rest in words."""

    field: str
    new: Any
    old: Any = None
    changed: bool = False
    about: str = ""


def _field(key: str) -> str:
    return key.removesuffix("_id") if key in POINTS_AT else key


def _plain(value: Any) -> Any:
    return None if value in ("None", "") else value


def _flat(value: Any) -> list[Any]:
    """The ids in a detail: one, a list (peers), or an (old, new) pair of either."""
    if isinstance(value, list):
        return [one for item in value for one in _flat(item)]
    return [value]


class _Names:
    """The names of every record the entries point at, read in one query per kind."""

    def __init__(self, session: Session, rows: Iterable[AuditRow]) -> None:
        wanted: dict[str, set[Any]] = defaultdict(set)
        for row in rows:
            for key, value in row.details.items():
                prefix, _, code = key.partition(".")
                if prefix in CODED and code:
                    wanted[CODED[prefix]].add(code)
                elif key in POINTS_AT:
                    wanted[POINTS_AT[key]] |= {int(v) for v in _flat(value) if str(v).isdigit()}
        self.names: dict[tuple[str, Any], str] = {}
        for kind, keys in wanted.items():
            self.names.update(((kind, k), name) for k, name in _read(session, kind, keys))

    def of(self, kind: str, value: Any) -> Any:
        if _plain(value) is None:
            return None
        key = int(value) if str(value).isdigit() else value
        return self.names.get((kind, key), f"#{value}" if isinstance(key, int) else value)


# The record each kind names, and its column that names it.
_NAMED: dict[str, tuple[Any, Any]] = {
    "position": (m.Position, m.Position.name),
    "stage": (m.WorkflowStage, m.WorkflowStage.name),
    "step": (m.WorkflowStep, m.WorkflowStep.text),
    "template": (m.WorkflowTemplate, m.WorkflowTemplate.name),
    "category": (m.TrainingCategory, m.TrainingCategory.name),
    "method": (m.TrainingMethod, m.TrainingMethod.name),
    "plan": (m.TrainingPlan, m.TrainingPlan.title),
    "dimension": (m.SchemeDimension, m.SchemeDimension.name),
    "meeting": (m.Meeting, m.Meeting.title),
}


def _read(session: Session, kind: str, keys: set[Any]) -> list[tuple[Any, str]]:
    ids = sorted(keys)
    if kind == "staff":
        found = session.execute(
            select(m.Staff.id, m.Staff.staff_no, m.Staff.name).where(m.Staff.id.in_(ids))
        )
        return [(i, f"{no} {name}") for i, no, name in found]
    if kind == "source":
        return _by_code(session, m.SchemeSource, ids)
    if kind == "dimension_code":
        return _by_code(session, m.SchemeDimension, ids)
    if kind == "kpi":
        return _by_code(session, m.KpiMetric, ids)
    model, column = _NAMED[kind]
    named = session.execute(select(model.id, column).where(model.id.in_(ids)))
    return [(i, str(name)[:60]) for i, name in named]


def _by_code(session: Session, model: Any, codes: list[Any]) -> list[tuple[Any, str]]:
    found = session.execute(select(model.code, model.name).where(model.code.in_(codes)))
    return list(dict(found.all()).items())  # one name per code: the schemes share them


def describe(session: Session, rows: list[AuditRow]) -> list[list[Detail]]:
    """Each entry's details, in the order they were recorded."""
    names = _Names(session, rows)
    return [_details(row, names) for row in rows]


def _details(row: AuditRow, names: _Names) -> list[Detail]:
    out: list[Detail] = []
    details = dict(row.details)
    for old_key, new_key in (("old", "new"), ("before", "after")):
        if old_key in details or new_key in details:
            field = WHOLE_VALUE.get(row.entity, "text" if old_key == "old" else "value")
            old, new = _plain(details.pop(old_key, None)), _plain(details.pop(new_key, None))
            out.append(Detail(field, new, old, changed=True))
    for key, value in details.items():
        prefix, _, code = key.partition(".")
        kind = POINTS_AT.get(key)
        about = names.of(CODED[prefix], code) if prefix in CODED and code else ""
        about = code if prefix == "grade" else about
        field = prefix if code else _field(key)

        def named(v: Any, kind: str | None = kind) -> Any:
            if kind is None:
                return _plain(v)
            if isinstance(v, list):
                return [names.of(kind, one) for one in v]
            return names.of(kind, v)

        if isinstance(value, list) and len(value) == 2 and key not in LISTS:
            out.append(Detail(field, named(value[1]), named(value[0]), True, about))
        else:
            out.append(Detail(field, named(value), about=about))
    return out
