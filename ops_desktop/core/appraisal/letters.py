"""What a result letter (績效考核結果通知書) tells one person about their month or year, as
plain values read from the stored results (``results.compute`` / ``compute_year``): the
printout in ``exports/pdf/letters.py`` only sets these values on the page.

The letter goes to the employee, so it never names a peer nor shows one peer's score: the
peers appear as their average and their count, their comments without a name and in no
evaluator's order. With fewer than ``MIN_PEERS`` peers even an average is one or two
colleagues' scores, and the total with the other sources would give it away; the peer
line is then merged with another rated source's (the supervisor's) into one line, which the
letter says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ops_desktop.core import clock
from ops_desktop.core.errors import DomainError, translated
from ops_desktop.core.services import settings

from . import comments, completeness, letter_dates, periods, results, rules, scores

MIN_PEERS = 3  # fewer peers than this are merged into another line (see the module's text)


@dataclass(frozen=True)
class Part:
    """A dimension of a source on the letter."""

    name: str
    weight: Decimal
    score: Decimal | None  # None on an annual letter (its weights only)


@dataclass(frozen=True)
class SourceLine:
    name: str
    weight: Decimal
    score: Decimal | None  # to 2 decimals as printed; None on an annual letter
    parts: tuple[Part, ...]
    raters: int | None = None  # the peers: how many scored
    merged_peers: int | None = None  # the peers (fewer than MIN_PEERS) merged into this line


@dataclass(frozen=True)
class Remark:
    """A comment as the letter prints it: ``by`` names the supervisor, never a peer."""

    source: str  # supervisor, self, peer
    by: str
    text: str


@dataclass(frozen=True)
class Letter:
    kind: str  # monthly / annual
    period: str  # 2026-10, or 2026
    locked: bool
    department: str
    staff_id: int
    staff_no: str
    name: str
    position: str
    supervisor: str
    sources: tuple[SourceLine, ...]
    months: tuple[tuple[int, Decimal], ...]  # annual: each complete month's total
    total: Decimal
    grade: str
    bonus_coefficient: Decimal
    bonus: Decimal | None  # only when the settings show it (monthly)
    rank: int | None  # only when the settings show it
    ranked: int  # how many were ranked
    promotion: bool  # annual: the top grade, promotion priority (chapter 4.5)
    training_needs: tuple[str, ...]
    remarks: tuple[Remark, ...]
    dated: dt.date
    appeal_by: dt.date


@dataclass(frozen=True)
class NoLetter:
    """A person who gets no letter, and why (what their result lacks)."""

    staff_no: str
    name: str
    reason: str


@dataclass(frozen=True)
class Letters:
    period: str
    letters: tuple[Letter, ...]
    refused: tuple[NoLetter, ...]

    def record_printed(self, session: Session, operator: str = "") -> None:
        """These letters were printed (written to a file) today: the date of those of a
        locked period is kept — a draft printed before the lock (本期尚未鎖定) fixes none."""
        staff = [letter.staff_no for letter in self.letters if letter.locked]
        letter_dates.record_issued(session, self.period, staff, clock.today(), operator)

    def to_print(self) -> tuple[Letter, ...]:
        """The letters, refused when there is none: nothing is written then."""
        if not self.letters:
            raise DomainError(
                "No one of {period} has a complete result: no letter written.",
                period=self.period,
            )
        return self.letters


@dataclass(frozen=True)
class _Common:
    department: str
    dated: dt.date  # today: the date of a letter not printed before (letter_dates)
    show_rank: bool
    show_bonus: bool


def _common(session: Session) -> _Common:
    today = clock.today()
    chosen = settings.letter_settings(session)
    return _Common(
        settings.department(session),
        today,
        chosen.shows_rank,
        chosen.shows_bonus,
    )


def _chosen(everyone: Collection[str], staff: Collection[str] | None, period: str) -> list[str]:
    """The staff numbers asked for (all when ``staff`` is None), refused if one is not
    appraised in the period: a letter batch is written whole or not at all."""
    if staff is None:
        return sorted(everyone)
    unknown = [no for no in staff if no not in everyone]
    if unknown:
        raise DomainError(
            "{staff} is not appraised in {period}.", staff="、".join(unknown), period=period
        )
    return list(dict.fromkeys(staff))


def monthly(
    session: Session, year: int, month: int, staff: Collection[str] | None = None
) -> Letters:
    """The letters of a month: one for each complete person (of ``staff``, by staff number)."""
    period = periods.get(session, year, month)
    result = results.compute(session, period.id)
    view = result.scheme
    by_no = {p.staff_no: p for p in result.people}
    wanted = _chosen(by_no.keys(), staff, result.label)
    common = _common(session)
    issued = letter_dates.known(session, result.label, period.id)
    ranked = sum(1 for p in result.people if p.complete)
    letters, refused = [], []
    for no in wanted:
        person = by_no[no]
        if not person.complete:
            missing = "、".join(completeness.missing_sources(person, view))
            refused.append(
                NoLetter(no, person.name, translated("incomplete: {missing}", missing=missing))
            )
            continue
        assert person.total is not None and person.grade and person.bonus_coefficient is not None
        letters.append(
            Letter(
                kind="monthly",
                period=result.label,
                locked=result.status == "locked",
                department=common.department,
                staff_id=person.staff_id,
                staff_no=no,
                name=person.name,
                position=person.position,
                supervisor=_supervisor(session, person.staff_id),
                sources=_sources(view, person),
                months=(),
                total=person.total,
                grade=person.grade,
                bonus_coefficient=person.bonus_coefficient,
                bonus=person.bonus if common.show_bonus else None,
                rank=person.rank if common.show_rank else None,
                ranked=ranked,
                promotion=False,
                training_needs=tuple(view.dimension_names.get(d, d) for d in person.training_needs),
                remarks=_remarks(session, period.id, person.staff_id),
                dated=issued.get(no, common.dated),
                appeal_by=letter_dates.deadline(session, issued.get(no, common.dated)),
            )
        )
    return Letters(result.label, tuple(letters), tuple(refused))


def annual(session: Session, year: int, staff: Collection[str] | None = None) -> Letters:
    """The letters of a year: the monthly totals, their mean and grade, for each person
    with enough complete months (the scheme's minimum)."""
    found = results.compute_year(session, year)
    if not found.rows:
        raise DomainError("There is no appraisal month in {year}.", year=year)
    view = found.scheme
    by_no = {r.staff_no: r for r in found.rows}
    wanted = _chosen(by_no.keys(), staff, str(year))
    common = _common(session)
    year_period = periods.find(session, year, 0)
    issued = letter_dates.known(session, str(year), year_period.id if year_period else None)
    needs = _latest_training_needs(session, year, {by_no[no].staff_id for no in wanted})
    ranked = sum(1 for r in found.rows if r.result is not None)
    weights_only = tuple(
        SourceLine(
            view.source_names[code],
            weight,
            None,
            ()
            if code == "data"
            else tuple(
                Part(view.dimension_names[d], w, None) for d, w in view.dimension_weights.items()
            ),
        )
        for code, weight in view.source_weights.items()
    )
    letters, refused = [], []
    for no in wanted:
        row = by_no[no]
        if row.result is None or row.grade is None:
            refused.append(
                NoLetter(
                    no,
                    row.name,
                    translated(
                        "{months} complete month(s) in {year}; the annual result needs {least}",
                        months=len(row.monthly),
                        year=year,
                        least=view.annual_min_months,
                    ),
                )
            )
            continue
        band = next(b for b in view.bands if b.name == row.grade)
        letters.append(
            Letter(
                kind="annual",
                period=str(year),
                locked=year_period is not None and year_period.status == "locked",
                department=common.department,
                staff_id=row.staff_id,
                staff_no=no,
                name=row.name,
                position=row.position,
                supervisor=_supervisor(session, row.staff_id),
                sources=weights_only,
                months=tuple(sorted(row.monthly.items())),
                total=row.result,
                grade=row.grade,
                bonus_coefficient=band.bonus_coefficient,
                bonus=None,  # the program keeps no annual bonus: HR pays it from the grade
                rank=row.rank if common.show_rank else None,
                ranked=ranked,
                promotion=row.promotion,
                training_needs=needs.get(row.staff_id, ()),
                remarks=_remarks(session, year_period.id, row.staff_id) if year_period else (),
                dated=issued.get(no, common.dated),
                appeal_by=letter_dates.deadline(session, issued.get(no, common.dated)),
            )
        )
    return Letters(str(year), tuple(letters), tuple(refused))


def _sources(view: results.SchemeView, person: results.PersonResult) -> tuple[SourceLine, ...]:
    lines: dict[str, SourceLine] = {}
    for code, weight in view.source_weights.items():
        score = person.source_scores.get(code)
        parts: tuple[Part, ...] = ()
        if code != "data":
            parts = tuple(
                Part(view.dimension_names[d], w, person.inputs[(code, d)])
                for d, w in view.dimension_weights.items()
            )
        lines[code] = SourceLine(
            view.source_names[code],
            weight,
            None if score is None else rules.round2(score),
            parts,
            person.peer_count if code == "peer" else None,
        )
    peer = lines.get("peer")
    if peer is None or person.peer_count >= MIN_PEERS or not peer.weight:
        return tuple(lines.values())
    rated = [c for c in ("supervisor", "self") if c in lines and lines[c].weight]
    partner = rated[0] if rated else next((c for c in lines if c != "peer"), None)
    if partner is None:  # the peers are the only source: their line is the total itself
        return tuple(lines.values())
    # The exact source scores, not the printed ones: the merged score is what they give.
    both = view.source_weights[partner] + view.source_weights["peer"]
    exact = (
        view.source_weights[partner] * (person.source_scores[partner] or Decimal(0))
        + view.source_weights["peer"] * (person.source_scores["peer"] or Decimal(0))
    ) / both
    merged = SourceLine(
        f"{lines[partner].name}、{peer.name}",
        both,
        rules.round2(exact),
        (),
        merged_peers=person.peer_count,
    )
    return tuple(merged if c == partner else line for c, line in lines.items() if c != "peer")


def _supervisor(session: Session, staff_id: int) -> str:
    from ops_desktop.core.models import Staff

    boss, external = scores.supervisor_of(session, staff_id)
    if boss is None:
        return external or ""
    found = session.get(Staff, boss)
    return found.name if found else ""


def _remarks(session: Session, period_id: int, staff_id: int) -> tuple[Remark, ...]:
    """The supervisor's comment first, then the person's own, then the peers' — without
    their names and sorted by their text, so that no order points to an evaluator."""
    found = comments.of_period(session, period_id, staff_id)
    supervisor = [
        Remark("supervisor", c.evaluator.partition(" ")[2] or c.evaluator, c.text)
        for c in found
        if c.source == "supervisor"
    ]
    own = [Remark("self", "", c.text) for c in found if c.source == "self"]
    peers = sorted(c.text for c in found if c.source == "peer")
    return (*supervisor, *own, *(Remark("peer", "", text) for text in peers))


def _latest_training_needs(
    session: Session, year: int, wanted: set[int]
) -> dict[int, tuple[str, ...]]:
    """Each person's training needs from their latest complete month of ``year``."""
    out: dict[int, tuple[str, ...]] = {}
    waiting = set(wanted)
    for month in range(12, 0, -1):
        period = periods.find(session, year, month)
        if period is None or not waiting:
            continue
        result = results.compute(session, period.id, waiting)
        for p in result.people:
            if p.complete:
                waiting.discard(p.staff_id)
                names = result.scheme.dimension_names
                out[p.staff_id] = tuple(names.get(d, d) for d in p.training_needs)
    return out
