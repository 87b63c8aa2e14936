"""What the dashboard shows, computed without Qt: the department at a glance and the alerts
that need someone's attention (each names the page and record it is about)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core import clock

from .appraisal import appeals, periods, results, rules
from .models import AppraisalPeriod, KpiFigure, KpiMetric, Position, Staff, WorkflowRun
from .services import action_items, regulation, regulation_acks, settings, suggestions, workflows

NEAR_MONTH_END_DAYS = 5
NEAR_END = dt.timedelta(days=NEAR_MONTH_END_DAYS)
KPI_DROP_POINTS = Decimal(20)  # a completion rate falling this many points month on month


@dataclass(frozen=True)
class Alert:
    """``kind`` says what happened; ``params`` fill the window's (translated) sentence."""

    kind: str  # incomplete | unlocked | distribution | overdue | unanswered | budget | kpi
    # | appeal | unacknowledged
    params: dict[str, str]
    page: str  # the page that holds the record
    # What that page selects: an id, or (month, person) on the appraisal page and
    # (meeting, action item) on the meetings page.
    record_id: int | tuple[int, int] | None = None


@dataclass(frozen=True)
class MonthMean:
    """The department's mean total of a month: of its complete people only, and how many
    of how many that is."""

    label: str
    mean: Decimal
    complete: int
    members: int


@dataclass
class Summary:
    staff_by_position: dict[str, int] = field(default_factory=dict)
    staff_by_status: dict[str, int] = field(default_factory=dict)
    period_label: str = ""
    complete: int = 0
    members: int = 0
    # The latest month's complete people by grade: every band of its scheme, best first.
    grades: dict[str, int] = field(default_factory=dict)
    trend: list[MonthMean] = field(default_factory=list)  # oldest first
    alerts: list[Alert] = field(default_factory=list)


def summary(session: Session, today: dt.date | None = None, months: int = 12) -> Summary:
    today = today or clock.today()
    out = Summary()
    rows = session.execute(
        select(Position.name, Staff.status, func.count())
        .select_from(Staff)
        .outerjoin(Position)
        .group_by(Position.name, Staff.status)
    )
    for position, status, count in rows:
        if status != "departed":
            out.staff_by_position[position or "—"] = (
                out.staff_by_position.get(position or "—", 0) + count
            )
        out.staff_by_status[status] = out.staff_by_status.get(status, 0) + count
    monthly = [p for p in periods.all_periods(session) if p.kind == "monthly"]  # newest first
    computed = {p.id: results.compute(session, p.id) for p in monthly[:months]}
    if monthly:
        latest = computed[monthly[0].id]
        out.period_label = latest.label
        out.complete, out.members = latest.complete_count, len(latest.people)
        graded = Counter(p.grade for p in latest.people if p.grade)
        out.grades = {band.name: graded.get(band.name, 0) for band in latest.scheme.bands}
    for period in reversed(monthly[:months]):
        result = computed[period.id]
        totals = [p.total for p in result.people if p.total is not None]
        if totals:
            mean = sum(totals, Decimal(0)) / len(totals)
            out.trend.append(MonthMean(result.label, mean, len(totals), len(result.people)))
    _period_alerts(session, out, monthly, computed, today)
    _record_alerts(session, out, today)
    with_figures = set(session.scalars(select(KpiFigure.period_id).distinct()))
    out.alerts += _kpi_alerts(session, [p for p in monthly if p.id in with_figures][:2])
    return out


def _last_day(period: AppraisalPeriod) -> dt.date:
    return dt.date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])


def _period_alerts(
    session: Session,
    out: Summary,
    monthly: list[AppraisalPeriod],
    computed: dict[int, results.PeriodResult],
    today: dt.date,
) -> None:
    """The months that need the secretary: the latest one near its end with scores missing;
    every month not locked once it has ended or a later month is open (what it still
    lacks); and the forced-distribution limits exceeded in the latest month or in a month
    that can still change (a locked month's are history)."""
    for n, period in enumerate(monthly):
        locked = period.status == "locked"
        if locked and n:
            continue
        result = computed.get(period.id) or results.compute(session, period.id)
        incomplete = len(result.people) - result.complete_count
        ended = today > _last_day(period) or n > 0  # n > 0: a later month is open
        if not locked and ended:
            params = {"period": result.label, "count": str(incomplete)}
            out.alerts.append(Alert("unlocked", params, "appraisals", period.id))
        elif not locked and incomplete and today >= _last_day(period) - NEAR_END:
            params = {"period": result.label, "count": str(incomplete)}
            out.alerts.append(Alert("incomplete", params, "appraisals", period.id))
        for band, count, share in result.breaches:
            params = {
                "period": result.label,
                "grade": band.name,
                "count": str(count),
                "graded": str(result.complete_count),
                "share": f"{share}",
                "limit": rules.limit_text(band),
            }
            out.alerts.append(Alert("distribution", params, "appraisals", period.id))


def _record_alerts(session: Session, out: Summary, today: dt.date) -> None:
    for item in action_items.overdue(session, today):
        params = {
            "text": item.text,
            "owner": item.owner.name if item.owner else "—",
            "due": f"{item.due_date:%Y-%m-%d}",
        }
        out.alerts.append(Alert("overdue", params, "meetings", (item.meeting_id, item.id)))
    for suggestion in suggestions.unanswered(session):
        params = {"title": suggestion.title, "date": f"{suggestion.submitted_on:%Y-%m-%d}"}
        out.alerts.append(Alert("unanswered", params, "suggestions", suggestion.id))
    for appeal in appeals.rows(session, open_only=True):  # waiting for the manager
        params = {
            "staff": f"{appeal.staff_no} {appeal.name}",
            "period": appeal.period,
            "date": f"{appeal.filed_on:%Y-%m-%d}",
            "id": str(appeal.id),
        }
        out.alerts.append(
            Alert("appeal", params, "appraisals", (appeal.period_id, appeal.staff_id))
        )
    late = regulation_acks.overdue(session, today)  # the version in force, not acknowledged
    if late:
        version = regulation.in_force(session, today)
        assert version is not None  # someone is overdue for it
        params = {
            "count": str(len(late)),
            "version": version.label,
            "days": str(settings.ack_days(session)),
            "since": min(r.due_since for r in late if r.due_since).isoformat(),
        }
        out.alerts.append(Alert("unacknowledged", params, "regulation", version.id))
    for run in session.scalars(select(WorkflowRun).where(WorkflowRun.budget.is_not(None))):
        over = workflows.over_budget(run)
        if over is not None:
            params = {"title": run.title, "over": f"{over:,.2f}"}
            out.alerts.append(Alert("budget", params, "workflows", run.id))


def _kpi_alerts(session: Session, last_two: list[AppraisalPeriod]) -> list[Alert]:
    """數據監控與預警: a completion rate that fell by KPI_DROP_POINTS or more."""
    if len(last_two) < 2:
        return []
    latest, previous = last_two

    def figures(period_id: int) -> dict[tuple[int, str], Decimal]:
        rows = session.execute(
            select(KpiFigure.subject_id, KpiMetric.name, KpiFigure.value)
            .join(KpiMetric)
            .where(KpiFigure.period_id == period_id)
        )
        return {(s, m): Decimal(v) for s, m, v in rows}

    now, before = figures(latest.id), figures(previous.id)
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    alerts = []
    for (subject, metric), value in sorted(now.items()):
        old = before.get((subject, metric))
        if old is not None and old - value >= KPI_DROP_POINTS:
            params = {
                "name": str(names.get(subject, subject)),
                "metric": metric,
                "before": f"{old:.0f}",
                "after": f"{value:.0f}",
            }
            alerts.append(Alert("kpi", params, "appraisals", (latest.id, subject)))
    return alerts
