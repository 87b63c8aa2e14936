"""The appeal decision (績效申訴決定書) on A4: what was contested and why, the deadline it was
judged against, the manager's decision with its reasons, and how an upheld appeal reached
the scores (the unlocks that named it). It carries 機密 and the period on every page.

It goes to the employee: it quotes the appeal and the decision, never anyone's scores."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import appeals, periods
from ops_desktop.core.models import Appeal, SchemeDimension
from ops_desktop.core.services import audit, settings, validate

from .poster import Block
from .printouts import write_document

DECISION_WORDS = {"upheld": "申訴成立", "partly": "申訴部分成立", "rejected": "申訴駁回"}
UNDECIDED = "尚待運營經理決定"


def period_words(appeal: Appeal) -> str:
    period = appeal.period
    if period.kind == "annual":
        return f"{period.year} 年度（年度考核）"
    return f"{period.year} 年 {period.month} 月（月度考核）"


def marking(appeal: Appeal) -> str:
    return f"機密 · {periods.label(appeal.period)}"


def _contested(session: Session, appeal: Appeal) -> str:
    parts = []
    if appeal.source:
        names = {s.code: s.name for s in appeal.period.scheme.sources}
        parts.append(names.get(appeal.source, appeal.source))
    if appeal.dimension_id is not None:
        dimension = session.get(SchemeDimension, appeal.dimension_id)
        parts.append(dimension.name if dimension else "")
    text = appeal.contested or "—"
    what = "、".join(p for p in parts if p and p != text)  # not 上級評價（上級評價）
    return f"{text}（{what}）" if what else text


def appeal_blocks(session: Session, appeal_id: int) -> tuple[str, list[Block], str]:
    """The title, the text and the marking of the appeal's printout."""
    appeal = validate.get(session, Appeal, appeal_id, "Appeal")
    person = appeal.staff
    days = (appeal.deadline - appeal.letter_on).days
    blocks = [
        Block("paragraph", f"申訴編號：#{appeal.id}    考核期間：{period_words(appeal)}"),
        Block(
            "paragraph",
            f"員工：{person.staff_no} {person.name}    "
            f"職位：{person.position.name if person.position else '—'}",
        ),
        Block("chapter", "申訴"),
        Block("item", f"提出日期：{appeal.filed_on:%Y-%m-%d}"),
        Block(
            "item",
            f"申訴期限：{appeal.deadline:%Y-%m-%d}（結果通知日期 {appeal.letter_on:%Y-%m-%d} 起 "
            f"{days} 日）",
        ),
    ]
    if appeal.late_reason:
        blocks.append(Block("item", f"逾期受理，原因：{appeal.late_reason}"))
    blocks += [
        Block("item", f"申訴事項：{_contested(session, appeal)}"),
        Block("paragraph", f"申訴理由：{appeal.reason}"),
        Block("chapter", "決定"),
    ]
    if appeal.decision is None:
        blocks.append(Block("paragraph", UNDECIDED))
    else:
        blocks += [
            Block("item", f"決定：{DECISION_WORDS[appeal.decision]}"),
            Block("item", f"決定日期：{appeal.decided_on:%Y-%m-%d}    決定人：{appeal.decided_by}"),
            Block("paragraph", f"理由：{appeal.decision_reasons}"),
        ]
        blocks += _corrections(session, appeal)
    blocks += [
        Block("chapter", "簽名"),
        Block("paragraph", "員工簽名：____________________    日期：____________"),
        Block("paragraph", "運營經理簽名：__________________    日期：____________"),
    ]
    title = f"{settings.department(session)}績效申訴決定書"
    return title, blocks, marking(appeal)


def _corrections(session: Session, appeal: Appeal) -> list[Block]:
    """An upheld appeal's scores were changed through an unlock naming it: say when."""
    if appeal.decision not in appeals.CHANGES_SCORES:
        return [Block("paragraph", "考核結果維持不變。")]
    steps = audit.entries(session, entity=appeals.ENTITY, entity_id=appeal.id)
    words = {"unlock_period": "解除鎖定以更正分數", "relock_period": "更正後重新鎖定"}
    done = [
        Block(
            "item",
            f"{appeals.local_date(step.at):%Y-%m-%d}　{step.details.get('period', '')} "
            f"{words[step.action]}",
        )
        for step in reversed(steps)
        if step.action in words
    ]
    note = "分數之更正僅經解除考核期間鎖定（以本申訴為原因）後依一般程序修改，並重新鎖定。"
    return [Block("paragraph", note), *done]


def write_appeal(
    session: Session, appeal_id: int, target: str | Path, *, script: str = "hant"
) -> int:
    """Write the appeal's printout; returns its number of pages."""
    title, blocks, mark = appeal_blocks(session, appeal_id)
    return write_document(title, blocks, target, script=script, marking=mark)
