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

from .appraisal import periods, results
from .models import AppraisalPeriod, KpiFigure, KpiMetric, Position, Staff, WorkflowRun
from .services import action_items, suggestions, workflows

NEAR_MONTH_END_DAYS = 5
KPI_DROP_POINTS = Decimal(20)  # a completion rate falling this many points month on month


@dataclass(frozen=True)
class Alert:
    """``kind`` says what happened; ``params`` fill the window's (translated) sentence."""

    kind: str  # incomplete | distribution | overdue | unanswered | budget | kpi
    params: dict[str, str]
    page: str  # the page that holds the record
    record_id: int | None = None


@dataclass
class Summary:
    staff_by_position: dict[str, int] = field(default_factory=dict)
    staff_by_status: dict[str, int] = field(default_factory=dict)
    period_label: str = ""
    complete: int = 0
    members: int = 0
    grades: dict[str, int] = field(default_factory=dict)
    trend: list[tuple[str, Decimal]] = field(default_factory=list)  # month → mean total
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
    monthly = [p for p in periods.all_periods(session) if p.kind == "monthly"][:months]
    if monthly:
        latest = results.compute(session, monthly[0].id)
        out.period_label = latest.label
        out.complete, out.members = latest.complete_count, len(latest.people)
        out.grades = dict(Counter(p.grade for p in latest.people if p.grade))
        _period_alerts(out, latest, monthly[0], today)
    for period in reversed(monthly):
        totals = [
            p.total for p in results.compute(session, period.id).people if p.total is not None
        ]
        if totals:
            out.trend.append((periods.label(period), sum(totals, Decimal(0)) / len(totals)))
    _record_alerts(session, out, today)
    with_figures = set(session.scalars(select(KpiFigure.period_id).distinct()))
    out.alerts += _kpi_alerts(session, [p for p in monthly if p.id in with_figures][:2])
    return out


def _period_alerts(
    out: Summary, latest: results.PeriodResult, period: AppraisalPeriod, today: dt.date
) -> None:
    last_day = dt.date(period.year, period.month, calendar.monthrange(period.year, period.month)[1])
    incomplete = out.members - out.complete
    near_end = today >= last_day - dt.timedelta(days=NEAR_MONTH_END_DAYS)
    if period.status != "locked" and incomplete and near_end:
        params = {"period": latest.label, "count": str(incomplete)}
        out.alerts.append(Alert("incomplete", params, "appraisals", period.id))
    for band, count, share in latest.breaches:
        params = {
            "period": latest.label,
            "grade": band.name,
            "count": str(count),
            "share": f"{share}",
            "limit": f"{band.max_share:g}",
        }
        out.alerts.append(Alert("distribution", params, "appraisals", period.id))


def _record_alerts(session: Session, out: Summary, today: dt.date) -> None:
    for item in action_items.overdue(session, today):
        params = {
            "text": item.text,
            "owner": item.owner.name if item.owner else "—",
            "due": f"{item.due_date:%Y-%m-%d}",
        }
        out.alerts.append(Alert("overdue", params, "meetings", item.meeting_id))
    for suggestion in suggestions.unanswered(session):
        params = {"title": suggestion.title, "date": f"{suggestion.submitted_on:%Y-%m-%d}"}
        out.alerts.append(Alert("unanswered", params, "suggestions", suggestion.id))
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
            alerts.append(Alert("kpi", params, "staff", subject))
    return alerts
