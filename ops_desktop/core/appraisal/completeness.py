"""Who in a month is not complete, and what each one lacks: the list the secretary reads
before locking. ``results`` already knows which inputs are missing (``PersonResult.missing``);
this names them as the scheme does and says whose score is awaited, as plain values."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.models import PeerAssignment, ScoreEntry, Staff

from . import results, scores


@dataclass(frozen=True)
class Gap:
    """One source of a person's score that is not all there."""

    source: str  # the source's code (supervisor, peer, self, data)
    source_name: str  # as the scheme names it (上級評價)
    dimensions: list[str]  # the dimensions without a score, by name; empty for data
    awaited: list[str]  # who is to give it and has not (empty: nobody is assigned)


@dataclass(frozen=True)
class Incomplete:
    staff_id: int
    staff_no: str
    name: str
    gaps: list[Gap]

    def describe(self) -> str:
        """One line: '上級評價 (工作業績, 工作態度) ← 陳主管; 數據分析' — only names."""
        parts = []
        for gap in self.gaps:
            text = gap.source_name
            if gap.dimensions:
                text += f" ({', '.join(gap.dimensions)})"
            if gap.awaited:
                text += f" ← {', '.join(gap.awaited)}"
            parts.append(text)
        return "; ".join(parts)


def missing_sources(person: results.PersonResult, view: results.SchemeView) -> list[str]:
    """What keeps ``person`` from a total, as the scheme names it: a source, or a source with
    the dimensions it lacks when only some are missing — ['上級評價(工作業績、工作態度)',
    '數據分析']. The score sheet's 狀態 column and the window's both say this."""
    gaps: dict[str, list[str]] = {}
    for item in person.missing:  # "data" or "source.dimension"
        source, _dot, dim = item.partition(".")
        gaps.setdefault(source, [])
        if dim:
            gaps[source].append(view.dimension_names.get(dim, dim))
    out = []
    for source, dims in gaps.items():
        name = view.source_names.get(source, source)
        every = len(dims) == len(view.dimension_weights)
        out.append(name if not dims or every else f"{name}({'、'.join(dims)})")
    return out


def incomplete(session: Session, period_id: int) -> list[Incomplete]:
    """Everyone of the period without a total, in staff-number order, with what is missing."""
    result = results.compute(session, period_id)
    lacking = [p for p in result.people if not p.complete]
    if not lacking:
        return []
    view = result.scheme
    wanted = {p.staff_id for p in lacking}
    names: dict[int, str] = {i: n for i, n in session.execute(select(Staff.id, Staff.name))}
    assigned: dict[int, list[int]] = {}
    for subject, evaluator in session.execute(
        select(PeerAssignment.subject_id, PeerAssignment.evaluator_id)
        .where(PeerAssignment.period_id == period_id, PeerAssignment.subject_id.in_(wanted))
        .order_by(PeerAssignment.id)
    ):
        assigned.setdefault(subject, []).append(evaluator)
    gave: set[tuple[int, str, int | None]] = {
        (subject, source, evaluator)
        for subject, source, evaluator in session.execute(
            select(ScoreEntry.subject_id, ScoreEntry.source, ScoreEntry.evaluator_id)
            .where(ScoreEntry.period_id == period_id, ScoreEntry.subject_id.in_(wanted))
            .distinct()
        )
    }
    out = []
    for person in lacking:
        by_source: dict[str, list[str]] = {}
        for item in person.missing:  # "data" or "source.dimension"
            source, _dot, dim = item.partition(".")
            by_source.setdefault(source, [])
            if dim:
                by_source[source].append(view.dimension_names.get(dim, dim))
        gaps = []
        for source, dims in by_source.items():
            evaluators: list[int | None]
            external = None
            if source == "supervisor":
                boss, external = scores.supervisor_of(session, person.staff_id)
                evaluators = [boss]
            elif source == "self":
                evaluators = [person.staff_id]
            elif source == "peer":
                evaluators = list(assigned.get(person.staff_id, []))
            else:  # data: entered by the secretary, nobody's score to wait for
                evaluators = []
            awaited = [
                names.get(e, "") if e is not None else (external or "")
                for e in evaluators
                # of the peers, those who gave nothing yet are the ones to ask (one who
                # scored is not asked again for a dimension another left out)
                if source != "peer" or (person.staff_id, "peer", e) not in gave
            ]
            gaps.append(
                Gap(source, view.source_names.get(source, source), dims, [a for a in awaited if a])
            )
        out.append(Incomplete(person.staff_id, person.staff_no, person.name, gaps))
    return out
