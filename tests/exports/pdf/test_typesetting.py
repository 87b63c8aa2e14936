"""Chinese typesetting of the poster text (issue 17 point 2; W3C clreq, GB/T 15834): Chinese
punctuation printed full-width with the stored text untouched, justified lines, a closing mark
at a line's end set half width, no single line of a paragraph and no heading at a column's end.

What the layout decides is read from the ``Placement`` (``flow`` results); what only the PDF
shows (the marks and where each character stands) is read with pdfplumber."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pdftools import flat, pdf_text
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core.punctuation import changes, full_width
from ops_desktop.core.services import regulation
from ops_desktop.exports.pdf import fonts, printouts
from ops_desktop.exports.pdf.content import regulation_content
from ops_desktop.exports.pdf.flow import Placement, Rect, flow
from ops_desktop.exports.pdf.poster import PosterOptions, layout_poster, write_poster
from ops_desktop.exports.pdf.text import (
    HALF_AT_LINE_END,
    TextBlock,
    break_lines,
    set_width,
    tokens,
    width,
)

FONT = fonts.register()
EDGE_TOLERANCE = 0.5  # pt


def stored_clauses(db, script="hant"):
    with db.transaction() as session:
        tree = regulation.tree(session, fill_placeholders=True)
    return [c.text if script == "hant" else c.text_hans for c in tree.all_clauses()]


def laid_out(db, size, script="hant"):
    with db.transaction() as session:
        content = regulation_content(session, script=script)
    return content, layout_poster(content, PosterOptions(size=size))


def pdf_rows(page, left, right, top, bottom):
    """The characters between ``left`` and ``right`` (and the body's ``top``/``bottom``, in
    pdfplumber's top-down coordinates), as rows from the top, each left to right."""
    chars = [
        c
        for c in page.chars
        if left - 1 <= c["x0"] < right and top - 1 <= c["top"] and c["bottom"] <= bottom + 1
    ]
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if rows and abs(rows[-1][0]["top"] - c["top"]) < 1:
            rows[-1].append(c)
        else:
            rows.append([c])
    return [sorted(row, key=lambda c: c["x0"]) for row in rows]


def laid_out_lines(column):
    """(the line as printed, whether it is justified, the right edge of its column) for each
    line of a column."""
    for placed in column:
        block = placed.flowable
        assert isinstance(block, TextBlock)
        for i, line in enumerate(block.lines):
            justified = i < len(block.lines) - 1 or not block.ends
            yield (block.bullet if i == 0 else "") + line, justified, placed.x + block.width


@pytest.fixture(params=["hant", "hans"])
def a2_poster(db, tmp_path, request):
    """The regulation on A2 in either script: its layout, and the PDF of it read with
    pdfplumber."""
    content, (fit, frame, _font) = laid_out(db, "A2", request.param)
    path = tmp_path / "a2.pdf"
    write_poster(content, PosterOptions(size="A2"), path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        top, bottom = frame.height - frame.body_top, frame.height - frame.body_bottom
        columns = [
            pdf_rows(page, column[0].x, column[0].x + column[0].flowable.width, top, bottom)
            for column in fit.placement.columns
        ]
        yield fit, columns


def test_punctuation_between_chinese_characters_is_printed_full_width(db, a2_poster):
    fit, columns = a2_poster
    assert fit.pages == 1
    printed = ["".join(c["text"] for row in rows for c in row) for rows in columns]
    assert [changes(text) for text in printed] == [0] * len(printed)
    assert sum(text.count("，") for text in printed) > 150
    # The stored text is untouched: it still has the half-width marks it was typed with.
    assert sum(changes(text) for text in stored_clauses(db, "hant")) > 150
    assert sum(changes(text) for text in stored_clauses(db, "hans")) > 150


def test_the_pdf_prints_the_laid_out_lines_in_order(a2_poster):
    fit, columns = a2_poster
    for column, rows in zip(fit.placement.columns, columns, strict=True):
        expected = [flat(line) for line, _, _ in laid_out_lines(column)]
        assert [flat("".join(c["text"] for c in row)) for row in rows] == expected


def test_every_line_but_a_paragraphs_last_fills_the_column(a2_poster):
    """Justified: the last character of a line ends at the column's right edge — a closing
    mark set half width there (its ink is in the left half of its em box) with its middle."""
    fit, columns = a2_poster
    off: list[tuple[str, float]] = []
    spread_last_lines: list[str] = []
    trimmed = 0
    for column, rows in zip(fit.placement.columns, columns, strict=True):
        for (line, justified, right), row in zip(laid_out_lines(column), rows, strict=True):
            if not justified:  # set as it is: each character where the one before ends
                if any(abs(b["x0"] - a["x1"]) > 0.05 for a, b in zip(row, row[1:], strict=False)):
                    spread_last_lines.append(line)
                continue
            last = row[-1]
            end = last["x1"]
            if last["text"] in HALF_AT_LINE_END:
                end -= last["size"] / 2
                trimmed += 1
            if abs(end - right) > EDGE_TOLERANCE:
                off.append((line, round(end - right, 2)))
    assert off == []
    assert spread_last_lines == []
    assert trimmed >= 3


def column_ends(placement: Placement):
    for column in placement.columns:
        if column:
            yield column[0].flowable, column[-1].flowable


@pytest.mark.parametrize(
    ("size", "script", "min_font"),
    [(s, "hant", 7.0) for s in ("A4", "A3", "A2", "A1", "A0")]
    + [("A2", "hans", 7.0), ("A4", "hant", 8.0), ("A3", "hant", 8.0), ("A3", "hans", 8.0)],
)
def test_no_column_of_the_poster_starts_with_a_lone_line_or_ends_with_a_heading(
    db, size, script, min_font
):
    """At 8 pt the regulation takes two A3 sheets, and its columns end where the old rules
    left a widow and a section title at a column's foot."""
    with db.transaction() as session:
        content = regulation_content(session, script=script)
    fit, _frame, _font = layout_poster(content, PosterOptions(size=size, min_font=min_font))
    assert len(fit.placement.columns) > 1
    assert broken_rules(fit.placement) == ([], [], [])


def broken_rules(placement: Placement):
    """(widows, orphans, headings ending a column) of a placement, as their lines."""
    ends = list(column_ends(placement))
    widows = [f.lines for f, _ in ends if f.continues and len(f.lines) < 2]
    orphans = [f.lines for _, f in ends if not f.ends and len(f.lines) < 2]
    headings = [f.lines for _, f in ends if f.getKeepWithNext()]
    return widows, orphans, headings


LEADING = 14.5  # 10 pt text


def paragraph(lines: int, tag: str = "段") -> TextBlock:
    """A paragraph of exactly ``lines`` lines in a 100 pt column (ten characters a line)."""
    return TextBlock((tag * 9 + "。") * lines, FONT, 10)


def heading(text: str) -> TextBlock:
    return TextBlock(text, FONT, 10, keep_with_next=True)


def columns(lines: int, count: int = 3) -> list[Rect]:
    return [Rect(i * 120.0, 0.0, 100.0, lines * LEADING) for i in range(count)]


def line_counts(placement: Placement) -> list[list[int]]:
    return [[len(p.flowable.lines) for p in column] for column in placement.columns]


def test_a_paragraphs_last_line_does_not_start_a_column_alone():
    """Five lines a column: 2 + 3 of 4 would leave the fourth alone at the top of the next
    column — a clause read out of order; a line goes down with it."""
    placement = flow([paragraph(2), paragraph(4, "文")], columns(5))
    assert line_counts(placement) == [[2, 2], [2], []]
    assert placement.columns[1][0].flowable.continues
    assert broken_rules(placement) == ([], [], [])


def test_a_paragraphs_first_line_does_not_end_a_column_alone():
    """4 + 1 of 4 would leave one line at the foot: the paragraph starts the next column."""
    placement = flow([paragraph(4), paragraph(4, "文")], columns(5))
    assert line_counts(placement) == [[4], [4], []]


def test_a_short_paragraph_is_not_split():
    """Three lines cannot be split without a single line on one side."""
    placement = flow([paragraph(3), paragraph(3, "文")], columns(5))
    assert line_counts(placement) == [[3], [3], []]


def test_a_chain_of_headings_goes_down_with_the_text_it_heads():
    """Two lines left under a paragraph: the chapter title and the section title would fit,
    the section's clause would not — both titles start the next column with it."""
    story = [paragraph(4), heading("一、總則"), heading("1.目的"), paragraph(3, "文")]
    placement = flow(story, columns(6))
    assert line_counts(placement) == [[4], [1, 1, 3], []]
    assert broken_rules(placement) == ([], [], [])


def test_a_heading_needs_room_for_all_of_a_short_paragraph_under_it():
    """A three-line clause is never split, so two lines under its title are not enough."""
    placement = flow([paragraph(3), heading("1.目的"), paragraph(3, "文")], columns(5))
    assert line_counts(placement) == [[3], [1, 3], []]


def test_a_heading_stays_when_its_text_can_start_under_it():
    story = [paragraph(2), heading("一、總則"), heading("1.目的"), paragraph(6, "文")]
    placement = flow(story, columns(6))
    assert line_counts(placement) == [[2, 1, 1, 2], [4], []]


def test_a_column_too_short_for_two_lines_still_takes_the_text_on():
    placement = flow([paragraph(3)], columns(1, 4))
    assert line_counts(placement) == [[1], [1], [1], []]
    assert placement.fits


def test_a_line_holds_a_closing_mark_set_half_width_at_its_end():
    """Room for five characters and a half: "度。" stays on the line instead of going down."""
    room = width("運營部制度", FONT, 10) + 5.0
    assert break_lines("運營部制度。考核", FONT, 10, room) == ["運營部制度。", "考核"]
    # A mark centred in its em box (？) keeps its width: it goes down with its character.
    assert break_lines("運營部制度？考核", FONT, 10, room) == ["運營部制", "度？考核"]


def test_a_printout_prints_full_width_punctuation_too(tmp_path):
    path = tmp_path / "doc.pdf"
    blocks = [printouts.Block("item", "負責:王小明;期限 2026-01-05,已完成")]
    printouts.write_document("會議紀要", blocks, path)
    text = flat(pdf_text(path))
    assert "負責：王小明；期限2026-01-05，已完成" in text


CJK_TEXT = st.text(
    alphabet=st.sampled_from(list("運營部制度員工考核評價數據。,、;:「」()《》!?%ABC123")),
    min_size=1,
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(text=CJK_TEXT, room=st.floats(min_value=40, max_value=400))
def test_a_justified_line_is_spread_only_by_less_than_the_next_piece(text, room):
    """Greedy breaking with the half-width closing mark: every line but the last is as full as
    it can be — the piece that starts the next line would not have fitted (once its own closing
    mark is trimmed) — so justifying it spreads less than that piece's width."""
    assume(all(width(t, FONT, 10) <= room for t in tokens(full_width(text))))
    lines = break_lines(text, FONT, 10, room)
    assert all(set_width(line, FONT, 10) <= room + 1e-6 for line in lines)
    for line, after in zip(lines, lines[1:], strict=False):
        assert set_width(line + tokens(after)[0], FONT, 10) > room


@settings(max_examples=60, deadline=None)
@given(
    text=CJK_TEXT,
    column=st.floats(min_value=60, max_value=300),
    bullet=st.sampled_from(["", "• "]),
)
def test_a_paragraph_is_printed_with_every_line_but_its_last_flush_right(text, column, bullet):
    """The paragraph as drawn: each line one run, in order, every character of the text as
    printed, and every line but the last ending at the column's right edge."""
    assume(all(width(t, FONT, 10) <= column - 20 for t in tokens(full_width(text))))
    block = TextBlock(text, FONT, 10, bullet=bullet, indent=6)
    _, height = block.wrap(column, 1e6)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(column + 40, height + 40))
    block.drawOn(canvas, 20, 20)
    canvas.save()
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        page = pdf.pages[0]
        rows = pdf_rows(page, 0, page.width, 0, page.height)
    printed = [flat("".join(c["text"] for c in row)) for row in rows]
    assert printed == [flat((bullet if i == 0 else "") + ln) for i, ln in enumerate(block.lines)]
    assert "".join(printed) == flat(bullet + full_width(text))
    for row, line in zip(rows[:-1], block.lines, strict=False):
        end = row[-1]["x1"] - (5.0 if row[-1]["text"] in HALF_AT_LINE_END else 0.0)
        if len(line) > 1:  # a single character has no gap to spread the line by
            assert end == pytest.approx(20 + column, abs=EDGE_TOLERANCE)
    # The last line is set as it is, not spread (nor left with the spacing of the one above).
    last = rows[-1][-len(block.lines[-1]) :]
    natural = width(block.lines[-1], FONT, 10)
    assert last[-1]["x1"] - last[0]["x0"] == pytest.approx(natural, abs=EDGE_TOLERANCE)
