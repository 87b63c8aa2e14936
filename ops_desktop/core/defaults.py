"""Default content written on first open, read from the data files in resources/.

resources/regulation/*.md  the department's regulation, Traditional and Simplified
resources/defaults/*.toml  positions and duty lines, workflow templates, training taxonomy,
                           the appraisal scheme
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ops_desktop.resources import resource_path

from .errors import DomainError
from .models import (
    AppraisalScheme,
    AppSetting,
    DutyLine,
    GradeBand,
    KpiMetric,
    Position,
    RegulationChapter,
    RegulationClause,
    RegulationSection,
    RegulationVersion,
    ResponsibilityArea,
    SchemeDimension,
    SchemeSource,
    TrainingCategory,
    TrainingMethod,
    WorkflowStage,
    WorkflowStep,
    WorkflowTemplate,
)
from .placeholders import UNSET, bind_weight_placeholder
from .regulation_text import ChapterText, RegulationText, SectionText, parse_regulation
from .services import settings


def load_defaults(name: str) -> dict[str, Any]:
    with resource_path("defaults", f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def load_regulation_text(script: str) -> RegulationText:
    path = resource_path("regulation", f"operations-regulation.zh-{script.capitalize()}.md")
    return parse_regulation(path.read_text(encoding="utf-8"))


def install_defaults(session: Session) -> None:
    scheme = _install_scheme(session, load_defaults("appraisal"))
    positions = _install_positions(session, load_defaults("positions"))
    _install_workflows(session, load_defaults("workflows"), positions)
    _install_training(session, load_defaults("training"))
    _install_regulation(session, scheme)
    session.add_all(AppSetting(key=k, value=v) for k, v in settings.DEFAULTS.items())


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _install_scheme(session: Session, data: dict[str, Any]) -> AppraisalScheme:
    s = data["scheme"]
    scheme = AppraisalScheme(
        name=s["name"],
        active=True,
        peer_drop_extremes=s["peer_drop_extremes"],
        peer_drop_min_count=s["peer_drop_min_count"],
        annual_min_months=s["annual_min_months"],
        training_threshold=_dec(s["training_threshold"]),
    )
    for i, src in enumerate(data["source"], start=1):
        scheme.sources.append(
            SchemeSource(
                code=src["code"],
                name=src["name"],
                name_en=src["name_en"],
                weight=_dec(src["weight"]),
                sort_order=i,
            )
        )
    for i, dim in enumerate(data["dimension"], start=1):
        scheme.dimensions.append(
            SchemeDimension(
                code=dim["code"],
                name=dim["name"],
                name_en=dim["name_en"],
                weight=_dec(dim["weight"]),
                sort_order=i,
            )
        )
    for i, grade in enumerate(data["grade"], start=1):
        share = grade.get("max_share")
        scheme.grades.append(
            GradeBand(
                name=grade["name"],
                name_en=grade["name_en"],
                min_score=_dec(grade["min_score"]),
                bonus_coefficient=_dec(grade["bonus_coefficient"]),
                max_share=None if share is None else _dec(share),
                sort_order=i,
            )
        )
    for i, metric in enumerate(data["kpi_metric"], start=1):
        scheme.kpi_metrics.append(
            KpiMetric(
                code=metric["code"],
                name=metric["name"],
                name_en=metric["name_en"],
                weight=_dec(metric["weight"]),
                sort_order=i,
            )
        )
    from .services.scheme import check_scheme  # the same rule Settings applies

    check_scheme(scheme)
    session.add(scheme)
    return scheme


def _install_positions(session: Session, data: dict[str, Any]) -> dict[str, Position]:
    positions: dict[str, Position] = {}
    for p in data["position"]:
        position = Position(
            code=p["code"], name=p["name"], name_en=p["name_en"], sort_order=p["sort_order"]
        )
        for i, area in enumerate(p["area"], start=1):
            ra = ResponsibilityArea(title=area["title"], sort_order=i)
            ra.duties = [DutyLine(text=t, sort_order=j) for j, t in enumerate(area["duties"], 1)]
            position.areas.append(ra)
        session.add(position)
        positions[p["code"]] = position
    return positions


def _install_workflows(
    session: Session, data: dict[str, Any], positions: dict[str, Position]
) -> None:
    for t in data["template"]:
        template = WorkflowTemplate(
            code=t["code"], name=t["name"], name_en=t["name_en"], is_event=t["is_event"]
        )
        for i, st in enumerate(t["stage"], start=1):
            approver = st.get("approver_position")
            stage = WorkflowStage(
                sort_order=i,
                name=st["name"],
                responsible_position=positions[st["responsible"]],
                approval=st.get("approval"),
                approver_position=positions[approver] if approver else None,
                approval_step=st.get("approval_step"),
            )
            stage.steps = [WorkflowStep(sort_order=j, text=x) for j, x in enumerate(st["steps"], 1)]
            template.stages.append(stage)
        session.add(template)


def _install_training(session: Session, data: dict[str, Any]) -> None:
    for i, c in enumerate(data["category"], start=1):
        session.add(
            TrainingCategory(
                code=c["code"], group=c["group"], name=c["name"], name_en=c["name_en"], sort_order=i
            )
        )
    for i, m in enumerate(data["method"], start=1):
        session.add(
            TrainingMethod(code=m["code"], name=m["name"], name_en=m["name_en"], sort_order=i)
        )


def _install_regulation(session: Session, scheme: AppraisalScheme) -> None:
    hant, hans = load_regulation_text("hant"), load_regulation_text("hans")
    if _shape(hant) != _shape(hans):
        raise DomainError("The Traditional and Simplified regulation texts differ in structure.")
    labels = {src.name: src.code for src in scheme.sources}
    version = RegulationVersion(
        label="1.0",
        title=hant.title,
        title_hans=hans.title,
        status="draft",
        notes="運營部上墻制度 as posted; the source text stops inside chapter 6.",
    )
    for i, (ch, ch_s) in enumerate(zip(hant.chapters, hans.chapters, strict=True), start=1):
        chapter = RegulationChapter(sort_order=i, title=ch.title, title_hans=ch_s.title)
        for j, (sec, sec_s) in enumerate(zip(ch.sections, ch_s.sections, strict=True), start=1):
            chapter.sections.append(_section(sec, sec_s, j, labels, chapter))
        version.chapters.append(chapter)
    session.add(version)


def _section(
    sec: SectionText,
    sec_s: SectionText,
    order: int,
    labels: dict[str, str],
    chapter: RegulationChapter,
    parent: RegulationSection | None = None,
) -> RegulationSection:
    section = RegulationSection(
        sort_order=order, title=sec.title, title_hans=sec_s.title, parent=parent
    )
    for k, (cl, cl_s) in enumerate(zip(sec.clauses, sec_s.clauses, strict=True), start=1):
        text, text_hans = cl.text, cl_s.text
        code = next((c for name, c in labels.items() if text.startswith(name)), None)
        if code and UNSET in text:
            text = bind_weight_placeholder(text, code)
            text_hans = bind_weight_placeholder(text_hans, code)
        section.clauses.append(
            RegulationClause(sort_order=k, kind=cl.kind, text=text, text_hans=text_hans)
        )
    for k, (child, child_s) in enumerate(zip(sec.children, sec_s.children, strict=True), 1):
        chapter.sections.append(_section(child, child_s, k, labels, chapter, section))
    return section


def _shape(doc: RegulationText) -> list[Any]:
    def sec(s: SectionText) -> Any:
        return (len(s.clauses), [sec(c) for c in s.children])

    def chap(c: ChapterText) -> Any:
        return [sec(s) for s in c.sections]

    return [chap(c) for c in doc.chapters]
