"""Flowcharts read at arm's length: no character under 8 pt on any paper, in either script,
the approval markers and their labels at body size beside the arrows (not on them), and a
chart that cannot be set at 8 pt refused with a paper that works. The band and footer of a
text poster keep 8 pt too: a long footer wraps instead of shrinking."""

from __future__ import annotations

import re

import pdfplumber
import pytest
from pdftools import flat, pdf_text

from ops_desktop.core.errors import DomainError
from ops_desktop.core.punctuation import full_width
from ops_desktop.exports.pdf.flowchart import Chart, StageBox, chart_content, write_flowchart
from ops_desktop.exports.pdf.page import MIN_TEXT
from ops_desktop.exports.pdf.poster import Block, PosterContent, PosterOptions, write_poster

TEMPLATES = ("product", "user", "event", "content")
SIZES = ("A4", "A3", "A2", "A1", "A0")
BLACK = (0.0, 0.0, 0.0)
RED = (0.752941, 0.223529, 0.168627)  # flowchart.APPROVAL
THEME = (0.121569, 0.305882, 0.47451)  # the default #1F4E79


def _charts(db, script):
    with db.transaction() as session:
        return {code: chart_content(session, code, script=script) for code in TEMPLATES}


def _overlap(a, b, clearance=0.0) -> bool:
    return not (
        a["x1"] + clearance <= b["x0"]
        or b["x1"] + clearance <= a["x0"]
        or a["bottom"] + clearance <= b["top"]
        or b["bottom"] + clearance <= a["top"]
    )


def _colour(obj) -> tuple[float, ...]:
    return tuple(round(v, 6) for v in (obj.get("non_stroking_color") or ()))


@pytest.mark.parametrize("script", ["hant", "hans"])
@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_no_text_on_any_flowchart_is_under_8_pt(db, tmp_path, script, landscape):
    for code, chart in _charts(db, script).items():
        for size in SIZES:
            path = tmp_path / f"{code}-{size}.pdf"
            write_flowchart(chart, path, size=size, landscape=landscape)
            with pdfplumber.open(path) as pdf:
                chars = pdf.pages[0].chars
            small = sorted({(c["text"], c["size"]) for c in chars if c["size"] < MIN_TEXT - 1e-6})
            assert chars and not small, f"{code} on {size}: {small[:10]}"


@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_approval_markers_and_labels_sit_beside_the_arrows_at_body_size(db, tmp_path, landscape):
    for code, chart in _charts(db, "hant").items():
        between = sum(1 for s in chart.stages[:-1] if s.approval)  # an arrow follows them
        path = tmp_path / f"{code}.pdf"
        result = write_flowchart(chart, path, size="A3", landscape=landscape)
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            chars, curves, lines = page.chars, page.curves, page.lines
        boxes = [c for c in curves if c["stroke"] and _colour(c) == (1.0, 1.0, 1.0)]
        shafts = [ln for ln in lines if tuple(ln["stroking_color"]) == BLACK]
        arrows = shafts + [c for c in curves if c["fill"] and _colour(c) == BLACK]
        markers = [c for c in curves if c["fill"] and _colour(c) == RED]
        assert len(arrows) == 2 * (len(chart.stages) - 1)
        assert len(markers) == between
        outside = [c for c in chars if not any(_overlap(c, b) for b in boxes)]
        labels = [c for c in outside if _colour(c) == RED]
        assert "".join(c["text"] for c in labels) == "審批" * between, code
        assert all(c["size"] == pytest.approx(result.font_size) for c in labels)
        for shape in [*markers, *chars]:
            hit = [a for a in arrows if _overlap(shape, a)]
            assert not hit, f"{code}: {shape.get('text', 'a marker')} lies on an arrow"


def _crowded_chart(steps: int) -> Chart:
    text = "運營專員整理本週各渠道的用戶回饋,分類後提交運營經理審閱並跟進處理結果"
    stage = StageBox("整理回饋", "運營專員", [text] * steps, "運營經理", 1)
    return Chart("回饋處理流程", "運營部", [stage, stage, stage, stage])


def test_a_chart_too_full_for_the_paper_is_refused_naming_a_paper_that_works(tmp_path):
    chart = _crowded_chart(14)
    target = tmp_path / "too-full.pdf"
    with pytest.raises(DomainError) as refused:
        write_flowchart(chart, target, size="A4")
    assert not target.exists()
    message = str(refused.value)
    assert "A4" in message and "8 pt" in message
    paper, orientation = re.search(r"choose (A\d) (portrait|landscape)", message).groups()
    assert paper != "A4"
    named = tmp_path / "named.pdf"
    write_flowchart(chart, named, size=paper, landscape=orientation == "landscape")
    with pdfplumber.open(named) as pdf:
        assert min(c["size"] for c in pdf.pages[0].chars) >= MIN_TEXT


def test_a_chart_too_full_even_for_a0_says_so(tmp_path):
    with pytest.raises(DomainError, match="even A0"):
        write_flowchart(_crowded_chart(400), tmp_path / "x.pdf", size="A4")


def test_a_chart_without_stages_is_refused(tmp_path):
    with pytest.raises(DomainError, match="no stages"):
        write_flowchart(Chart("空白流程", "運營部", []), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_drawn_texts_use_full_width_chinese_punctuation(tmp_path):
    chart = Chart("回饋,處理流程", "運營部:一組", _crowded_chart(1).stages[:2])
    write_flowchart(chart, tmp_path / "f.pdf", size="A3")
    text = flat(pdf_text(tmp_path / "f.pdf"))
    assert "回饋，處理流程" in text and "運營部：一組" in text
    assert "負責：運營專員" in text and "審批：運營經理" in text
    assert flat(full_width(chart.stages[0].steps[0])) in text
    assert not re.search(r"[\u4e00-\u9fff][,:]|[,:][\u4e00-\u9fff]", text)


def test_a_long_footer_on_a4_wraps_at_8_pt_and_keeps_every_word(tmp_path):
    footer = "版本 v7 · 生效日期 2026-10-01 · 批准人 " + "運營經理、人事主管、總經理、" * 8 + "完"
    content = PosterContent(
        "運營部制度", "運營部", footer, [Block("paragraph", "本制度適用於運營部全體員工。")]
    )
    path = tmp_path / "p.pdf"
    write_poster(content, PosterOptions(size="A4"), path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        rule = max(ln["top"] for ln in page.lines)  # the footer's rule, lowest on the page
        band = max(c["bottom"] for c in page.curves if _colour(c) == THEME)
        footer_chars = [c for c in page.chars if c["top"] > rule]
        band_chars = [c for c in page.chars if c["bottom"] < band]
        body_chars = [c for c in page.chars if band < c["top"] and c["bottom"] < rule]
    assert min(c["size"] for c in footer_chars + band_chars) >= MIN_TEXT
    assert len({round(c["top"]) for c in footer_chars}) >= 2  # wrapped, not shrunk
    reading = sorted(footer_chars, key=lambda c: (round(c["top"]), c["x0"]))
    assert flat(footer) == flat("".join(c["text"] for c in reading))
    assert "".join(c["text"] for c in body_chars) == "本制度適用於運營部全體員工。"
