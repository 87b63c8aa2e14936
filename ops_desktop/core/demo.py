"""A realistic, deterministic demo department: the same arguments give the same data.

Built through the services wherever one exists (so the demo passes the same validation as a
person typing), with scores inserted in bulk.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ops_desktop.core import clock

from .appraisal import rules
from .errors import DomainError
from .models import (
    AppraisalPeriod,
    DataScore,
    KpiFigure,
    PeerAssignment,
    PeriodBonusBase,
    ScoreEntry,
    Staff,
    WorkflowRun,
)
from .services import (
    action_items,
    courses,
    development,
    meetings,
    positions,
    scheme,
    suggestions,
    training,
    training_sessions,
    workflow_runs,
    workflows,
)
from .services import staff as staff_service
from .services.action_items import ActionInput
from .services.courses import CourseInput
from .services.development import PlanInput
from .services.meetings import MeetingInput
from .services.staff import StaffInput
from .services.suggestions import SuggestionInput
from .services.training_sessions import AttendanceInput, SessionInput
from .services.workflow_runs import RunInput

OPERATOR = "demo"
SURNAMES = (
    "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅高鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余"
    "杜葉程魏蘇呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋付方白鄒孟熊秦邱江尹薛閆段雷侯龍"
    "史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯"
)
GIVEN = (
    "偉",
    "芳",
    "娜",
    "敏",
    "靜",
    "麗",
    "強",
    "磊",
    "軍",
    "洋",
    "勇",
    "艷",
    "傑",
    "娟",
    "濤",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "剛",
    "桂英",
    "嘉怡",
    "子軒",
    "雨桐",
    "浩然",
    "欣怡",
    "思遠",
    "文博",
    "詩涵",
    "俊傑",
    "曉彤",
    "志明",
    "雅婷",
    "宇航",
    "佳琪",
    "建華",
    "慧敏",
)


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    periods: int
    score_entries: int
    workflow_runs: int


def _round1(value: float) -> Decimal:
    return rules.round1(Decimal(str(min(100.0, max(0.0, value)))))


def _months(until: tuple[int, int], count: int) -> list[tuple[int, int]]:
    year, month = until
    out = []
    for _ in range(count):
        out.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


def previous_month(today: dt.date | None = None) -> tuple[int, int]:
    today = today or clock.today()
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


def build_demo(
    session: Session,
    *,
    staff: int = 25,
    months: int = 12,
    seed: int = 1,
    until: tuple[int, int] | None = None,
) -> DemoSummary:
    """Fill an empty department. ``until`` is the last appraisal month (default: last month)."""
    if staff < 4:
        raise DomainError("A demo department needs at least 4 staff.")
    if not 0 <= months <= 120:
        raise DomainError("Months must be between 0 and 120.")
    if session.scalar(select(func.count()).select_from(Staff)):
        raise DomainError("This database already holds staff; build the demo in a new file.")
    rng = random.Random(seed)
    until = until or previous_month()
    month_list = _months(until, months)
    reference = dt.date(*until, 28)
    people = _make_staff(session, rng, staff, reference)
    periods = _make_scores(session, rng, people, month_list)
    runs = _make_workflows(session, rng, people, reference)
    _make_training(session, rng, people, reference)
    _make_meetings(session, rng, people, reference)
    _make_suggestions(session, rng, people, reference)
    entries = session.scalar(select(func.count()).select_from(ScoreEntry)) or 0
    return DemoSummary(len(people), periods, entries, runs)


def _names(rng: random.Random, count: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name in seen and len(seen) < len(SURNAMES) * len(GIVEN) // 2:
            continue
        seen.add(name)
        out.append(name)
    return out


def _make_staff(
    session: Session, rng: random.Random, count: int, reference: dt.date
) -> list[Staff]:
    manager_pos = positions.by_code(session, "manager")
    specialist_pos = positions.by_code(session, "specialist")
    analyst_pos = positions.by_code(session, "analyst")
    names = _names(rng, count)
    analysts = max(1, count // 6)
    leads = max(1, count // 10)
    people: list[Staff] = []

    def add(i: int, position_id: int, supervisor: Staff | None, bonus: int) -> Staff:
        hired = reference - dt.timedelta(days=rng.randint(400, 3650))
        new_id = staff_service.create(
            session,
            StaffInput(
                staff_no=f"OP{i + 1:04d}",
                name=names[i],
                position_id=position_id,
                supervisor_id=supervisor.id if supervisor else None,
                hire_date=hired,
                phone=f"138{rng.randint(10_000_000, 99_999_999)}",
                email=f"op{i + 1:04d}@example.com",
                base_bonus=bonus,
            ),
            OPERATOR,
        )
        person = staff_service.get(session, new_id)
        people.append(person)
        return person

    manager = add(0, manager_pos.id, None, 6000)
    lead_people = [add(1 + k, specialist_pos.id, manager, 4000) for k in range(leads)]
    first_analyst = count - analysts
    for i in range(1 + leads, first_analyst):
        add(i, specialist_pos.id, lead_people[(i - 1 - leads) % leads], 3000)
    for i in range(first_analyst, count):
        add(i, analyst_pos.id, manager, 3500)
    # One person on leave, one who left recently (their history stays).
    on_leave, departed = people[first_analyst - 1], people[first_analyst - 2]
    on_leave.status = "leave"
    if departed not in lead_people and count > 6:
        staff_service.deactivate(session, departed.id, OPERATOR, on=reference.replace(day=1))
    session.flush()
    return people


# How many points the demo's lenient and severe supervisors lean: enough for calibration
# (考核校準) to flag them every month at its default thresholds (a lenient one's scores stop
# at 100, so they lean less and are flagged by their share of top grades as well).
LENIENT, SEVERE = 14, -20


def _leaning_supervisors(people: list[Staff]) -> dict[int, int]:
    """The demo's first team lead scores LENIENT points high and its last one SEVERE points
    low (the manager, when there is a single lead): a lenient and a severe rater to calibrate."""
    leads = sorted(
        {p.supervisor for p in people if p.supervisor and p.supervisor.supervisor_id},
        key=lambda p: p.staff_no,
    )
    if not leads:
        return {}
    severe = leads[-1] if len(leads) > 1 else people[0]
    return {leads[0].id: LENIENT, severe.id: SEVERE}


def _make_scores(
    session: Session, rng: random.Random, people: list[Staff], month_list: list[tuple[int, int]]
) -> int:
    active = scheme.active(session)
    dimensions = active.dimensions
    metrics = active.kpi_metrics
    ability = {p.id: rng.gauss(80, 7) for p in people}
    # Peers: the same supervisor's other reports, else anyone else.
    teams: dict[int | None, list[Staff]] = {}
    for p in people:
        teams.setdefault(p.supervisor_id, []).append(p)
    leaning = _leaning_supervisors(people)
    rows: list[object] = []
    to_lock: list[AppraisalPeriod] = []
    for index, (year, month) in enumerate(month_list):
        last = index == len(month_list) - 1
        period = AppraisalPeriod(
            kind="monthly",
            year=year,
            month=month,
            scheme=active,
            status="review",  # locked below, once its scores are in (the database
            # refuses scores written into a locked period)
        )
        if not last:
            to_lock.append(period)
        session.add(period)
        session.flush()
        month_start = dt.date(year, month, 1)
        present = [p for p in people if not (p.departed_on and p.departed_on <= month_start)]
        if not last:  # locked: the base bonuses are kept with the month, as locking does
            rows += [
                PeriodBonusBase(period_id=period.id, staff_id=p.id, base_bonus=p.base_bonus)
                for p in present
            ]
        for person in present:
            level = ability[person.id] + rng.gauss(0, 3)
            team = [
                q for q in teams.get(person.supervisor_id, []) if q is not person and q in present
            ]
            others = [q for q in present if q is not person and q not in team]
            peers = (team + rng.sample(others, k=min(len(others), 4)))[: rng.randint(3, 6)]
            raters: list[tuple[str, Staff | None]] = [
                ("supervisor", person.supervisor),
                ("self", person),
            ]
            raters += [("peer", q) for q in peers]
            rows += [
                PeerAssignment(period_id=period.id, subject_id=person.id, evaluator_id=q.id)
                for q in peers
            ]
            for source, rater in raters:
                bias = 4 if source == "self" else 0
                if source == "supervisor" and rater is not None:
                    bias = leaning.get(rater.id, 0)
                for dim in dimensions:
                    rows.append(
                        ScoreEntry(
                            period_id=period.id,
                            subject_id=person.id,
                            source=source,
                            evaluator_id=rater.id if rater else None,
                            external_evaluator=None if rater else "公司高層",
                            dimension_id=dim.id,
                            score=_round1(level + bias + rng.gauss(0, 4)),
                        )
                    )
            figures: dict[str, Decimal | None] = {}
            for metric in metrics:
                value = (
                    _round1(level + 12 + rng.gauss(0, 8))
                    if rng.random() > 0.1
                    else Decimal(str(round(min(130.0, level + 30), 1)))
                )
                figures[metric.code] = value
                rows.append(
                    KpiFigure(
                        period_id=period.id, subject_id=person.id, metric_id=metric.id, value=value
                    )
                )
            data_score = rules.kpi_score({m.code: Decimal(m.weight) for m in metrics}, figures)
            rows.append(
                DataScore(period_id=period.id, subject_id=person.id, method="kpi", score=data_score)
            )
    session.add_all(rows)
    session.flush()
    for period in to_lock:
        period.status = "locked"
        period.locked_at = dt.datetime(period.year, period.month or 12, 28, 18)
        period.locked_by = OPERATOR
    session.flush()
    return len(month_list)


def _make_workflows(
    session: Session, rng: random.Random, people: list[Staff], reference: dt.date
) -> int:
    active = [p for p in people if p.status == "active"]
    manager = people[0]
    count = 0
    for template in workflows.templates(session):
        stages = template.stages
        for progress in range(len(stages) + 1):  # a run waiting in every stage, and one done
            start = reference - dt.timedelta(days=rng.randint(20, 200))
            title = f"{reference.year} {template.name}·{_RUN_TOPICS[count % len(_RUN_TOPICS)]}"
            data = RunInput(
                title,
                template.id,
                owner_id=rng.choice(active).id,
                start_date=start,
                due_date=start + dt.timedelta(days=rng.randint(30, 120)),
                budget=Decimal(rng.choice((8000, 15000, 30000))) if template.is_event else None,
            )
            run = session.get_one(WorkflowRun, workflow_runs.create(session, data, OPERATOR))
            for stage in stages[:progress]:
                for step in stage.steps:
                    workflows.complete_step(
                        session,
                        run.id,
                        step.id,
                        OPERATOR,
                        on=start + dt.timedelta(days=step.sort_order),
                    )
                if stage.approval:
                    approver = (
                        stage.approver_position.name
                        if stage.approver_position
                        else stage.approval.removesuffix("審批")
                        .removesuffix("審核")
                        .removesuffix("評審")
                    )
                    name = manager.name if stage.approver_position else approver
                    workflows.record_approval(
                        session, run.id, stage.id, name, OPERATOR, on=start + dt.timedelta(days=5)
                    )
            if template.is_event and progress >= 2:
                budget = Decimal(run.budget or 0)
                factor = Decimal(rng.choice(("0.82", "0.95", "1.12")))
                workflows.set_money(
                    session,
                    run.id,
                    OPERATOR,
                    budget=budget,
                    spend=(budget * factor).quantize(Decimal("0.01")),
                )
            if template.is_event and progress == len(stages):
                workflows.set_outcome(
                    session,
                    run.id,
                    OPERATOR,
                    participants=rng.randint(200, 3000),
                    interactions=rng.randint(1000, 20000),
                    reach=rng.randint(5000, 100000),
                    outcome="參與度超過預期,線上傳播效果良好。",
                )
            if progress == len(stages):
                workflows.set_status(session, run.id, "done", OPERATOR, on=reference)
            count += 1
    return count


_RUN_TOPICS = (
    "年終促銷",
    "會員日",
    "新品上線",
    "暑期拉新",
    "社群促活",
    "公眾號專欄",
    "直播帶貨",
    "用戶回流",
    "品牌週年慶",
    "開學季",
)


def _make_training(
    session: Session, rng: random.Random, people: list[Staff], reference: dt.date
) -> None:
    cats = {c.code: c for c in training.categories(session)}
    meths = {m.code: m for m in training.methods(session)}
    active = [p for p in people if p.status != "departed"]
    plan = [
        ("數據分析基礎與 Excel 進階", "skill_data", "internal", "數據分析員"),
        ("活動策劃與預算控制", "skill_event", "external", "外部講師"),
        ("溝通技巧工作坊", "general_communication", "internal", "運營經理"),
        ("內容運營與新媒體寫作", "skill_content", "online", "在線課程"),
        ("項目管理實務", "general_project", "external", "外部講師"),
        ("行業趨勢分享會", "industry", "internal", "運營經理"),
    ]
    for k, (title, cat, meth, trainer) in enumerate(plan):
        start = reference - dt.timedelta(days=30 * (len(plan) - k))
        course = courses.create(
            session,
            CourseInput(
                title,
                cats[cat].id,
                meths[meth].id,
                trainer=trainer,
                start_date=start,
                end_date=start + dt.timedelta(days=7),
                hours=Decimal(rng.choice((4, 8, 12))),
                cost=Decimal(rng.choice((0, 1500, 4800))),
                plan_year=start.year,
            ),
            OPERATOR,
        )
        held = training_sessions.create(
            session, SessionInput(course, start, location="三樓會議室"), OPERATOR
        )
        for person in rng.sample(active, k=min(len(active), rng.randint(5, 10))):
            state = rng.choice(("attended", "attended", "attended", "absent"))
            score = _round1(rng.gauss(82, 8)) if state == "attended" else None
            training_sessions.record_attendance(
                session,
                AttendanceInput(
                    held, person.id, state, score, None if score is None else score >= 60
                ),
                OPERATOR,
            )
    specialists = [p for p in active if p.position and p.position.code == "specialist"]
    manager_pos = positions.by_code(session, "manager")
    for person in specialists[:3]:
        dev = development.create(
            session,
            PlanInput(
                person.id,
                "提升數據分析與團隊管理能力,爭取兩年內晉升。",
                target_position_id=manager_pos.id,
                rotation="數據分析崗輪崗三個月",
                start_date=reference - dt.timedelta(days=120),
                next_review=reference + dt.timedelta(days=60),
            ),
            OPERATOR,
        )
        development.add_note(
            session,
            dev,
            "已完成數據分析基礎課程,表現良好。",
            OPERATOR,
            on=reference - dt.timedelta(days=30),
        )


def _make_meetings(
    session: Session, rng: random.Random, people: list[Staff], reference: dt.date
) -> None:
    active = [p for p in people if p.status == "active"]
    monday = reference - dt.timedelta(days=reference.weekday())
    tasks = (
        "整理上週活動數據並出報告",
        "更新產品常見問題解答",
        "籌備會員日活動物料",
        "跟進用戶反饋工單",
        "審核本週公眾號文章",
        "優化拉新渠道投放",
        "準備月度考核資料",
    )
    for week in range(8, 0, -1):
        day = monday - dt.timedelta(weeks=week - 1)
        attendees = [p.id for p in active if rng.random() > 0.15]
        meeting = meetings.create(
            session,
            MeetingInput(
                day,
                chair_id=people[0].id,
                attendee_ids=attendees,
                last_week_summary="上週各項工作按計劃推進,活動數據穩定。",
                minutes="例會討論本週重點工作與風險。",
            ),
            OPERATOR,
        )
        for _ in range(rng.randint(2, 3)):
            due = day + dt.timedelta(days=rng.choice((4, 7, 14)))
            task = ActionInput(meeting, rng.choice(tasks), rng.choice(active).id, due)
            item = action_items.create(session, task, OPERATOR)
            if week > 2 and rng.random() < 0.7:
                action_items.close(
                    session, item, OPERATOR, on=day + dt.timedelta(days=rng.randint(1, 6))
                )


def _make_suggestions(
    session: Session, rng: random.Random, people: list[Staff], reference: dt.date
) -> None:
    active = [p for p in people if p.status == "active"]
    ideas = (
        ("建議增加數據看板的自動更新", "工具"),
        ("希望例會控制在一小時內", "會議"),
        ("活動物料採購流程可以簡化", "流程"),
        ("建議組織跨部門交流活動", "協作"),
        ("辦公區需要更多白板", "行政"),
        ("建議每季度安排一次外部培訓", "培訓"),
        ("內容審核標準希望書面化", "流程"),
        ("考核自評表格可以更簡潔", "考核"),
    )
    for k, (title, category) in enumerate(ideas):
        anonymous = k % 3 == 1
        item = suggestions.create(
            session,
            SuggestionInput(
                title,
                body=title + "。",
                category=category,
                author_id=None if anonymous else rng.choice(active).id,
                anonymous=anonymous,
                submitted_on=reference - dt.timedelta(days=7 * (len(ideas) - k)),
            ),
            OPERATOR,
        )
        if k % 3 == 0:
            suggestions.reply(
                session,
                item,
                "感謝建議,已安排落實。",
                people[0].name,
                OPERATOR,
                at=dt.datetime.combine(reference, dt.time(17, 0)),
            )
        elif k % 3 == 2:
            suggestions.set_status(session, item, "in_progress", OPERATOR)
