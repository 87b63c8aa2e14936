"""CJK line breaking on the laid-out poster, and tiling geometry."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdftools import flat, page_size_mm, pdf_info, pdf_text
from reportlab.lib.units import mm

from ops_desktop.core.punctuation import full_width
from ops_desktop.exports.pdf import fonts
from ops_desktop.exports.pdf.content import regulation_content
from ops_desktop.exports.pdf.poster import PosterOptions, layout_poster, write_poster
from ops_desktop.exports.pdf.text import NO_LINE_END, NO_LINE_START, TextBlock, break_lines, width
from ops_desktop.exports.pdf.tiles import MARGIN, OVERLAP, plan

FONT = fonts.register()


@pytest.mark.parametrize("size", ["A4", "A3", "A2", "A1", "A0"])
def test_no_laid_out_line_starts_with_closing_punctuation(db, size):
    with db.transaction() as session:
        content = regulation_content(session)
    fit, _, _ = layout_poster(content, PosterOptions(size=size))
    lines = [
        line
        for column in fit.placement.columns
        for placed in column
        if isinstance(placed.flowable, TextBlock)
        for line in placed.flowable.lines
    ]
    assert len(lines) > 150
    assert [ln for ln in lines if ln[0] in NO_LINE_START] == []
    assert [ln for ln in lines if ln[-1] in NO_LINE_END] == []


CJK_TEXT = st.text(
    alphabet=st.sampled_from(list("運營部制度員工考核評價數據。,、;:「」()《》!?%ABC123 ")),
    min_size=1,
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(text=CJK_TEXT, room=st.floats(min_value=40, max_value=400))
def test_line_breaking_keeps_every_character_and_the_rules(text, room):
    """Every character, as printed: Chinese punctuation full-width (``full_width``)."""
    lines = break_lines(text, FONT, 10, room)
    assert "".join(lines).replace(" ", "") == full_width(text).replace(" ", "").replace("\n", "")
    for i, line in enumerate(lines):
        if i and len(line) > 1:
            assert line[0] not in NO_LINE_START
        if i < len(lines) - 1 and len(line) > 1:
            assert line[-1] not in NO_LINE_END
        # Only closing marks may pass the margin (they hang, 懸掛); the rest fits, except a
        # single character wider than the whole line.
        body = line.rstrip("".join(NO_LINE_START))
        assert width(body, FONT, 10) <= room + 1e-6 or len(body) <= 1


@pytest.mark.parametrize(
    "text", ["《 《《《", "運營《 《《《部", "《《《《《《", "「運營部制度「「員工"]
)
def test_a_piece_cut_for_being_too_long_does_not_end_a_line_with_an_opening_mark(text):
    """Found by the property test above: a run of opening marks wider than the line."""
    lines = break_lines(text, FONT, 10, 40)
    assert "".join(lines).replace(" ", "") == full_width(text).replace(" ", "")
    assert [ln for ln in lines[:-1] if len(ln) > 1 and ln[-1] in NO_LINE_END] == []
    assert [ln for ln in lines if ln != ln.strip()] == []


def test_latin_words_and_numbers_are_not_broken():
    lines = break_lines("績效考核總分的40%以及KPI2026年度目標", FONT, 10, 45)
    joined = "|".join(lines)
    assert "40%" in joined and "KPI2026" in joined


def test_tiles_cover_the_poster_with_overlap():
    poster = (594 * mm, 841 * mm)  # A1 portrait
    tiles = plan(poster, (210 * mm, 297 * mm))
    rows, cols = max(t.row for t in tiles), max(t.column for t in tiles)
    assert len(tiles) == rows * cols
    for t in tiles:  # every tile the same printable size
        assert (t.width, t.height) in {
            (210 * mm - 2 * MARGIN, 297 * mm - 2 * MARGIN),
            (297 * mm - 2 * MARGIN, 210 * mm - 2 * MARGIN),
        }
    by_pos = {(t.row, t.column): t for t in tiles}
    for (r, c), t in by_pos.items():
        if (r, c + 1) in by_pos:  # horizontal neighbours overlap by OVERLAP
            assert t.x + t.width - by_pos[(r, c + 1)].x == pytest.approx(OVERLAP)
        if (r + 1, c) in by_pos:
            assert t.y - (by_pos[(r + 1, c)].y + by_pos[(r + 1, c)].height) == pytest.approx(
                -OVERLAP
            )
    assert min(t.x for t in tiles) == 0
    assert max(t.x + t.width for t in tiles) >= poster[0]
    assert max(t.y + t.height for t in tiles) == pytest.approx(poster[1])
    assert min(t.y for t in tiles) <= 0


@pytest.mark.parametrize(
    ("size", "paper", "sheets"), [("A1", "A4", 15), ("A2", "A3", 4), ("A0", "A3", 12)]
)
def test_tiled_pdf_has_a_labelled_sheet_per_tile(db, tmp_path, size, paper, sheets):
    with db.transaction() as session:
        content = regulation_content(session)
    path = tmp_path / "tiles.pdf"
    write_poster(content, PosterOptions(size=size), path, tile=paper)
    assert int(pdf_info(path)["Pages"]) == sheets
    w, h = page_size_mm(path)
    assert {w, h} == ({210, 297} if paper == "A4" else {297, 420})
    labels = [pdf_text(path, page=p) for p in range(1, sheets + 1)]
    assert "row 1 / column 1" in labels[0]
    assert all("row " in text and "column " in text for text in labels)
    assert "運營部上墻制度" in flat(labels[0])  # the title band starts at the top left
