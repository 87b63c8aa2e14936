"""First open fills the database from resources/: the whole regulation in both scripts, the
positions and duties, the workflow templates, the training taxonomy and the scheme."""

from __future__ import annotations

import tomllib
from decimal import Decimal

import pytest
from sqlalchemy import select

from ops_desktop.core import defaults
from ops_desktop.core.models import (
    AppraisalScheme,
    Position,
    RegulationVersion,
    TrainingCategory,
    TrainingMethod,
    WorkflowTemplate,
)
from ops_desktop.core.placeholders import render, tokens
from ops_desktop.core.regulation_text import parse_regulation
from ops_desktop.core.services import regulation
from ops_desktop.resources import resource_path


def _source(script: str):
    name = f"operations-regulation.zh-{script.capitalize()}.md"
    return parse_regulation(resource_path("regulation", name).read_text(encoding="utf-8"))


def _stored(db):
    with db.transaction() as session:
        tree = regulation.tree(session)
    return tree


def _headings(tree, script):
    pick = (lambda o: o.title) if script == "hant" else (lambda o: o.title_hans)
    out = [pick(tree)]

    def walk(section):
        out.append(pick(section))
        for child in section.children:
            walk(child)

    for chapter in tree.chapters:
        out.append(pick(chapter))
        for section in chapter.sections:
            walk(section)
    return out


@pytest.mark.parametrize("script", ["hant", "hans"])
def test_every_heading_of_the_regulation_is_in_the_database_in_order(db, script):
    assert _headings(_stored(db), script) == _source(script).headings()


@pytest.mark.parametrize("script", ["hant", "hans"])
def test_every_clause_of_the_regulation_is_in_the_database_in_order(db, script):
    stored = _stored(db).all_clauses()
    source = _source(script).clauses()
    assert len(stored) == len(source) > 100
    for clause, original in zip(stored, source, strict=True):
        text = clause.text if script == "hant" else clause.text_hans
        # Placeholders print as the department wrote them when no value is given.
        assert render(text, {}) == original.text
        assert clause.kind == original.kind


def test_the_four_weight_placeholders_are_bound_to_the_sources(db):
    bound = [tokens(c.text) for c in _stored(db).all_clauses() if tokens(c.text)]
    assert bound == [["weight.supervisor"], ["weight.peer"], ["weight.self"], ["weight.data"]]


def test_the_regulation_is_a_draft_that_says_it_is_incomplete(db):
    with db.transaction() as session:
        (version,) = session.scalars(select(RegulationVersion)).all()
        assert version.status == "draft"
        assert "chapter 6" in version.notes
    assert _stored(db).all_clauses()[-1].text == "運營部與市場部"


def _toml(name):
    with resource_path("defaults", f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_positions_with_every_duty_line(db):
    expected = {
        p["name"]: [(a["title"], a["duties"]) for a in p["area"]]
        for p in _toml("positions")["position"]
    }
    with db.transaction() as session:
        stored = {
            p.name: [(a.title, [d.text for d in a.duties]) for a in p.areas]
            for p in session.scalars(select(Position))
        }
    assert stored == expected
    assert set(stored) == {"運營經理", "運營專員", "數據分析員"}


def test_workflow_templates_with_stages_steps_responsibles_and_approvals(db):
    with db.transaction() as session:
        templates = {t.name: t for t in session.scalars(select(WorkflowTemplate))}
        assert [s.name for s in templates["產品運營"].stages] == [
            "產品規劃",
            "產品上線準備",
            "產品上線",
            "產品日常運營",
        ]
        assert [s.name for s in templates["用戶運營"].stages] == [
            "用戶拉新",
            "用戶促活",
            "用戶留存",
        ]
        assert [s.name for s in templates["活動運營"].stages] == [
            "活動策劃",
            "活動籌備",
            "活動執行",
            "活動總結",
        ]
        assert [s.name for s in templates["內容運營"].stages] == [
            "內容策劃",
            "內容審核",
            "內容發布",
            "內容數據分析",
        ]
        assert templates["活動運營"].is_event and not templates["產品運營"].is_event
        planning = templates["產品運營"].stages[0]
        assert planning.responsible_position.name == "運營經理"
        assert planning.approval == "公司高層審批" and planning.approver_position is None
        assert "公司高層審批" in planning.steps[planning.approval_step - 1].text
        daily = templates["產品運營"].stages[3]
        assert daily.approver_position.name == "運營經理"
        assert templates["內容運營"].stages[1].approval is not None
        approvals = sum(1 for t in templates.values() for s in t.stages if s.approval)
        assert approvals == 4
        for template in _toml("workflows")["template"]:
            stored = templates[template["name"]]
            for stage, data in zip(stored.stages, template["stage"], strict=True):
                assert [s.text for s in stage.steps] == data["steps"]


def test_training_taxonomy(db):
    with db.transaction() as session:
        cats = session.scalars(select(TrainingCategory).order_by(TrainingCategory.sort_order))
        groups = {}
        for c in cats:
            groups.setdefault(c.group, []).append(c.name)
        methods = [m.name for m in session.scalars(select(TrainingMethod))]
    assert groups["專業技能"] == ["產品運營", "用戶運營", "活動運營", "內容運營", "數據分析"]
    assert groups["通用能力"] == ["溝通技巧", "團隊協作", "項目管理", "領導力"]
    assert groups["行業知識"] == ["行業知識"]
    assert methods == ["內部培訓", "外部培訓", "在線學習", "實踐鍛煉"]


def test_default_appraisal_scheme(db):
    with db.transaction() as session:
        scheme = session.scalars(select(AppraisalScheme)).one()
        assert {s.code: s.weight for s in scheme.sources} == {
            "supervisor": 40,
            "peer": 20,
            "self": 10,
            "data": 30,
        }
        assert [(d.name, d.weight) for d in scheme.dimensions] == [
            ("工作業績", 50),
            ("工作能力", 30),
            ("工作態度", 20),
        ]
        assert [(g.name, g.min_score, g.bonus_coefficient) for g in scheme.grades] == [
            ("優秀", 90, Decimal("1.2")),
            ("良好", 80, 1),
            ("合格", 60, Decimal("0.8")),
            ("不合格", 0, 0),
        ]
        assert scheme.grades[0].max_share == 20
        assert scheme.training_threshold == 70
        assert scheme.annual_min_months == 6
        assert scheme.peer_drop_extremes and scheme.peer_drop_min_count == 5


def test_a_data_file_with_weights_not_adding_to_100_is_refused(db, monkeypatch):
    from ops_desktop.core.errors import DomainError

    real = defaults.load_defaults

    def skewed(name):
        data = real(name)
        if name == "appraisal":
            data["source"][0]["weight"] = 45
        return data

    monkeypatch.setattr(defaults, "load_defaults", skewed)
    with pytest.raises(DomainError, match="add up to 100"), db.transaction() as session:
        defaults.install_defaults(session)
