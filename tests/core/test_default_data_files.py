"""Checks that the default content data files are faithful to the regulation.

The TOML files in resources/defaults/ are transcriptions of the department's
regulation (resources/regulation/operations-regulation.zh-Hant.md, the
authoritative Traditional text).  These tests parse both with nothing but the
standard library, so they fail whenever a duty line, a workflow step, a heading
or a default weight drifts from the source.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).parents[2]
RESOURCES = REPO_ROOT / "resources"
DEFAULTS = RESOURCES / "defaults"
REGULATION_DIR = RESOURCES / "regulation"
HANT = REGULATION_DIR / "operations-regulation.zh-Hant.md"
HANS = REGULATION_DIR / "operations-regulation.zh-Hans.md"
SHARED_REGULATION_DIR = Path("/work/shared/regulation")

POSITION_CODES = {"manager", "specialist", "analyst"}
HEADING_NUMBER = re.compile(r"^\d+\.")


# --------------------------------------------------------------------------- helpers


def _load(name: str) -> dict:
    with open(DEFAULTS / name, "rb") as fh:
        return tomllib.load(fh)


def _parse_markdown(path: Path) -> list[dict]:
    """Chapters (##) -> sections (###) -> subsections (####) -> bullets ("- ")."""
    chapters: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            chapters.append({"title": line[3:], "sections": []})
        elif line.startswith("### "):
            chapters[-1]["sections"].append({"title": line[4:], "subs": [], "bullets": []})
        elif line.startswith("#### "):
            chapters[-1]["sections"][-1]["subs"].append({"title": line[5:], "bullets": []})
        elif line.startswith("- "):
            section = chapters[-1]["sections"][-1]
            target = section["subs"][-1] if section["subs"] else section
            target["bullets"].append(line[2:])
    return chapters


def _chapter(prefix: str) -> dict:
    matches = [c for c in _parse_markdown(HANT) if c["title"].startswith(prefix)]
    assert len(matches) == 1, f"chapter {prefix} not found exactly once in {HANT}"
    return matches[0]


def _section(chapter_prefix: str, section_title: str) -> dict:
    sections = [s for s in _chapter(chapter_prefix)["sections"] if s["title"] == section_title]
    assert len(sections) == 1, f"section {section_title!r} not found in chapter {chapter_prefix}"
    return sections[0]


def _strip_number(title: str) -> str:
    return HEADING_NUMBER.sub("", title)


def _bullet_locations(chapter_prefix: str) -> dict[str, list[tuple[str, str]]]:
    """Bullet text -> every (### title, #### title without number) it appears under."""
    where: dict[str, list[tuple[str, str]]] = {}
    for section in _chapter(chapter_prefix)["sections"]:
        assert not section["bullets"], (
            f"chapter {chapter_prefix}: bullets directly under ### {section['title']}"
        )
        for sub in section["subs"]:
            for bullet in sub["bullets"]:
                where.setdefault(bullet, []).append((section["title"], _strip_number(sub["title"])))
    return where


def _assert_unique(values, what: str) -> None:
    dupes = [v for v, n in Counter(values).items() if n > 1]
    assert not dupes, f"duplicate {what}: {dupes}"


# --------------------------------------------------------------------------- regulation copies


def test_regulation_copies_present_and_parallel():
    hant = HANT.read_text(encoding="utf-8").splitlines()
    hans = HANS.read_text(encoding="utf-8").splitlines()
    assert len(hant) == len(hans)

    def shape(lines):
        return [
            (i, line.split(" ", 1)[0])
            for i, line in enumerate(lines)
            if line.startswith(("#", "- "))
        ]

    assert shape(hant) == shape(hans), "Traditional and Simplified texts differ in structure"


@pytest.mark.parametrize("name", [HANT.name, HANS.name])
def test_regulation_copies_identical_to_shared(name):
    shared = SHARED_REGULATION_DIR / name
    if not shared.exists():
        pytest.skip(f"{SHARED_REGULATION_DIR} is not available on this machine")
    assert (REGULATION_DIR / name).read_bytes() == shared.read_bytes()


# --------------------------------------------------------------------------- positions


def test_positions_match_chapter_two_headings():
    positions = _load("positions.toml")["position"]
    sections = _chapter("二、")["sections"]
    assert [p["name"] for p in positions] == [s["title"] for s in sections]
    assert [p["code"] for p in positions] == ["manager", "specialist", "analyst"]
    assert [p["sort_order"] for p in positions] == [1, 2, 3]
    assert all(p["name_en"].strip() for p in positions)
    for position, section in zip(positions, sections, strict=False):
        assert [a["title"] for a in position["area"]] == [
            _strip_number(s["title"]) for s in section["subs"]
        ], f"areas of {position['name']} differ from the regulation's headings"


def test_every_duty_is_a_bullet_under_its_heading():
    where = _bullet_locations("二、")
    for position in _load("positions.toml")["position"]:
        for area in position["area"]:
            assert area["duties"], f"{position['name']}/{area['title']} has no duties"
            for duty in area["duties"]:
                assert duty in where, (
                    f"duty not found verbatim as '- {duty}' in chapter 二 "
                    f"({position['name']}/{area['title']})"
                )
                assert (position["name"], area["title"]) in where[duty], (
                    f"duty '{duty}' is filed under {position['name']}/{area['title']}, "
                    f"the regulation has it under {where[duty]}"
                )


def test_every_chapter_two_bullet_is_exactly_one_duty():
    listed = Counter(
        duty
        for position in _load("positions.toml")["position"]
        for area in position["area"]
        for duty in area["duties"]
    )
    for bullet, places in _bullet_locations("二、").items():
        assert listed[bullet] == len(places), (
            f"chapter 二 bullet '- {bullet}' appears {listed[bullet]} time(s) in positions.toml, "
            f"expected {len(places)}"
        )


def test_duties_in_regulation_order():
    sections = _chapter("二、")["sections"]
    for position, section in zip(_load("positions.toml")["position"], sections, strict=False):
        for area, sub in zip(position["area"], section["subs"], strict=False):
            assert area["duties"] == sub["bullets"]


# --------------------------------------------------------------------------- workflows


def test_workflow_templates_match_chapter_three_headings():
    templates = _load("workflows.toml")["template"]
    sections = _chapter("三、")["sections"]
    assert [t["name"] + "流程" for t in templates] == [s["title"] for s in sections]
    assert [t["code"] for t in templates] == ["product", "user", "event", "content"]
    assert all(t["name_en"].strip() for t in templates)
    assert [t["code"] for t in templates if t["is_event"]] == ["event"]
    for template, section in zip(templates, sections, strict=False):
        assert [s["name"] for s in template["stage"]] == [
            _strip_number(sub["title"]) for sub in section["subs"]
        ], f"stages of {template['name']} are not the regulation's headings in order"


def test_every_step_is_a_bullet_under_its_heading():
    where = _bullet_locations("三、")
    for template in _load("workflows.toml")["template"]:
        for stage in template["stage"]:
            assert stage["steps"], f"{template['name']}/{stage['name']} has no steps"
            for step in stage["steps"]:
                assert step in where, (
                    f"step not found verbatim as '- {step}' in chapter 三 "
                    f"({template['name']}/{stage['name']})"
                )
                assert (template["name"] + "流程", stage["name"]) in where[step], (
                    f"step '{step}' is filed under {template['name']}/{stage['name']}, "
                    f"the regulation has it under {where[step]}"
                )


def test_every_chapter_three_bullet_is_exactly_one_step():
    listed = Counter(
        step
        for template in _load("workflows.toml")["template"]
        for stage in template["stage"]
        for step in stage["steps"]
    )
    for bullet, places in _bullet_locations("三、").items():
        assert listed[bullet] == len(places), (
            f"chapter 三 bullet '- {bullet}' appears {listed[bullet]} time(s) in workflows.toml, "
            f"expected {len(places)}"
        )


def test_steps_in_regulation_order():
    sections = _chapter("三、")["sections"]
    for template, section in zip(_load("workflows.toml")["template"], sections, strict=False):
        for stage, sub in zip(template["stage"], section["subs"], strict=False):
            assert stage["steps"] == sub["bullets"]


def test_stage_roles_and_approvals_are_consistent():
    allowed = {"name", "responsible", "steps", "approval", "approver_position", "approval_step"}
    for template in _load("workflows.toml")["template"]:
        for stage in template["stage"]:
            label = f"{template['name']}/{stage['name']}"
            assert set(stage) <= allowed, f"{label}: unknown keys {set(stage) - allowed}"
            assert stage["responsible"] in POSITION_CODES, label
            if "approval" not in stage:
                assert "approver_position" not in stage and "approval_step" not in stage, label
                continue
            assert stage["approval"].strip(), label
            if "approver_position" in stage:
                assert stage["approver_position"] in POSITION_CODES, label
            if "approval_step" in stage:
                assert 1 <= stage["approval_step"] <= len(stage["steps"]), label


def test_decided_approvals():
    stages = {
        stage["name"]: stage
        for template in _load("workflows.toml")["template"]
        for stage in template["stage"]
    }
    expected = {
        "產品規劃": ("manager", "公司高層審批", None, 3),
        "產品日常運營": ("specialist", "運營經理審核", "manager", 3),
        "活動策劃": ("specialist", "相關部門評審", None, 3),
        "內容審核": ("specialist", "運營經理審核", "manager", None),
    }
    for name, stage in stages.items():
        responsible, approval, approver, step = expected.get(name, ("specialist", None, None, None))
        assert stage["responsible"] == responsible, name
        assert stage.get("approval") == approval, name
        assert stage.get("approver_position") == approver, name
        assert stage.get("approval_step") == step, name
    # The approval step's own wording names the approval it stands for.
    assert "公司高層審批" in stages["產品規劃"]["steps"][2]
    assert "運營經理審核" in stages["產品日常運營"]["steps"][2]
    assert "評審" in stages["活動策劃"]["steps"][2]


# --------------------------------------------------------------------------- training


def test_training_taxonomy():
    data = _load("training.toml")
    categories, methods = data["category"], data["method"]
    _assert_unique([c["code"] for c in categories], "category codes")
    _assert_unique([m["code"] for m in methods], "method codes")
    assert all(c["name_en"].strip() for c in categories)
    assert all(m["name_en"].strip() for m in methods)

    by_group: dict[str, list[str]] = {}
    for c in categories:
        by_group.setdefault(c["group"], []).append(c["name"])
    assert by_group == {
        "專業技能": ["產品運營", "用戶運營", "活動運營", "內容運營", "數據分析"],
        "通用能力": ["溝通技巧", "團隊協作", "項目管理", "領導力"],
        "行業知識": ["行業知識"],
    }
    content = _section("五、", "2.培訓內容")["bullets"]
    for group, names in by_group.items():
        clauses = [b for b in content if b.startswith(group + "培訓:")]
        assert len(clauses) == 1, f"no clause '{group}培訓:' in 五/2"
        for name in names:
            assert name in clauses[0], f"{name} is not in the {group} clause of 五/2"

    assert [(m["code"], m["name"]) for m in methods] == [
        ("internal", "內部培訓"),
        ("external", "外部培訓"),
        ("online", "在線學習"),
        ("practice", "實踐鍛煉"),
    ]
    labels = [b.split(":", 1)[0] for b in _section("五、", "3.培訓方式")["bullets"]]
    assert [m["name"] for m in methods] == labels


# --------------------------------------------------------------------------- appraisal


def test_appraisal_weights_sum_to_100():
    data = _load("appraisal.toml")
    for key in ("source", "dimension", "kpi_metric"):
        assert sum(item["weight"] for item in data[key]) == 100, f"{key} weights do not sum to 100"
        assert all(item["weight"] > 0 for item in data[key]), key
        _assert_unique([item["code"] for item in data[key]], f"{key} codes")


def test_appraisal_defaults():
    data = _load("appraisal.toml")
    scheme = data["scheme"]
    assert scheme == {
        "name": "運營部績效考核方案",
        "peer_drop_extremes": True,
        "peer_drop_min_count": 5,
        "annual_min_months": 6,
        "training_threshold": 70,
    }
    assert [(s["code"], s["name"], s["weight"], s["kind"]) for s in data["source"]] == [
        ("supervisor", "上級評價", 40, "rated"),
        ("peer", "同事評價", 20, "rated"),
        ("self", "自我評價", 10, "rated"),
        ("data", "數據分析", 30, "data"),
    ]
    assert [(d["code"], d["name"], d["weight"]) for d in data["dimension"]] == [
        ("performance", "工作業績", 50),
        ("ability", "工作能力", 30),
        ("attitude", "工作態度", 20),
    ]
    assert [(k["code"], k["name"], k["weight"]) for k in data["kpi_metric"]] == [
        ("business_target", "業務指標完成率", 50),
        ("task_completion", "工作任務完成率", 50),
    ]


def test_sources_are_the_clauses_of_section_four_four():
    sources = _load("appraisal.toml")["source"]
    clauses = _section("四、", "4.考核方式")["bullets"]
    # Same order as the clauses, hence as the four [X]% placeholders bound to them.
    assert [s["name"] for s in sources] == [c.split(":", 1)[0] for c in clauses]
    assert all(c.count("[X]%") == 1 for c in clauses)


def test_dimensions_are_the_clauses_of_section_four_three():
    dimensions = _load("appraisal.toml")["dimension"]
    clauses = _section("四、", "3.考核內容")["bullets"]
    assert [d["name"] for d in dimensions] == [c.split(":", 1)[0] for c in clauses]


def test_grades():
    grades = _load("appraisal.toml")["grade"]
    scores = [g["min_score"] for g in grades]
    assert all(a > b for a, b in zip(scores, scores[1:], strict=False)), (
        f"min_scores not strictly descending: {scores}"
    )
    assert scores[-1] == 0, "the lowest grade must catch every score"
    assert all(0 <= s <= 100 for s in scores)
    assert [(g["name"], g["min_score"], g["bonus_coefficient"]) for g in grades] == [
        ("優秀", 90, 1.2),
        ("良好", 80, 1.0),
        ("合格", 60, 0.8),
        ("不合格", 0, 0.0),
    ]
    assert {g["name"]: g.get("max_share") for g in grades} == {
        "優秀": 20,
        "良好": None,
        "合格": None,
        "不合格": None,
    }
    assert all(g["name_en"].strip() for g in grades)
