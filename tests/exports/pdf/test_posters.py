"""Regulation and responsibilities posters: every clause printed at every size, the right
paper, embedded fonts, live weights, both scripts, the largest size that fits."""

from __future__ import annotations

import pytest
from pdftools import flat, page_size_mm, pdf_fonts, pdf_info, pdf_text

from ops_desktop.core.errors import DomainError
from ops_desktop.core.placeholders import render
from ops_desktop.core.punctuation import full_width
from ops_desktop.core.services import positions, regulation, scheme
from ops_desktop.exports.pdf.content import position_content, regulation_content
from ops_desktop.exports.pdf.flow import flow
from ops_desktop.exports.pdf.poster import (
    PosterOptions,
    _frames,
    _story,
    layout_poster,
    write_poster,
)

SIZES_MM = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
}


def printed(text):
    """``text`` as the poster prints it: flat, with Chinese punctuation full-width."""
    return flat(full_width(text))


def clauses(db, script="hant"):
    with db.transaction() as session:
        tree = regulation.tree(session, fill_placeholders=True)
    return [c.text if script == "hant" else c.text_hans for c in tree.all_clauses()]


def poster(db, path, script="hant", **options):
    with db.transaction() as session:
        content = regulation_content(session, script=script, chapter=options.pop("chapter", None))
    return write_poster(content, PosterOptions(**options), path)


@pytest.mark.parametrize("size", list(SIZES_MM))
def test_every_clause_is_printed_at_every_size(db, tmp_path, size):
    path = tmp_path / f"{size}.pdf"
    result = poster(db, path, size=size)
    text = flat(pdf_text(path))
    missing = [c for c in clauses(db) if printed(c) not in text]
    assert missing == []
    assert page_size_mm(path) == SIZES_MM[size]
    assert int(pdf_info(path)["Pages"]) == result.pages
    if size in ("A4", "A3"):  # the whole regulation needs the minimum size and more sheets
        assert result.pages > 1 and result.font_size == 8.0 and "sheets" in result.note
    else:
        assert result.pages == 1 and result.font_size > 8.0


def test_larger_paper_gets_larger_text(db, tmp_path):
    sizes = [poster(db, tmp_path / f"{s}.pdf", size=s).font_size for s in ("A3", "A2", "A1", "A0")]
    assert sizes == sorted(sizes) and sizes[-1] > 2 * sizes[0]


def test_the_chosen_size_is_the_largest_that_fits(db):
    with db.transaction() as session:
        content = regulation_content(session)
    fit, frame, font = layout_poster(content, PosterOptions(size="A2"))
    color = __import__("reportlab.lib.colors", fromlist=["black"]).black

    def fits(size):
        return flow(_story(content, font, size, color), _frames(frame, size, 1)).fits

    assert fits(fit.size)
    assert not fits(fit.size * 1.03)
    assert fit.tries <= 8


def test_landscape_and_custom_sizes(db, tmp_path):
    poster(db, tmp_path / "l.pdf", size="A2", landscape=True)
    assert page_size_mm(tmp_path / "l.pdf") == (594, 420)
    poster(db, tmp_path / "c.pdf", size="500x700mm")
    assert page_size_mm(tmp_path / "c.pdf") == (500, 700)
    poster(db, tmp_path / "c2.pdf", size="700x1000mm", landscape=True)
    assert page_size_mm(tmp_path / "c2.pdf") == (1000, 700)


@pytest.mark.parametrize("bad", ["B5", "10x10mm", "axb", "99999x700mm"])
def test_a_bad_size_is_refused(db, tmp_path, bad):
    with pytest.raises(DomainError):
        poster(db, tmp_path / "x.pdf", size=bad)
    assert not (tmp_path / "x.pdf").exists()


def test_every_font_is_embedded(db, tmp_path):
    poster(db, tmp_path / "p.pdf", size="A3")
    fonts = pdf_fonts(tmp_path / "p.pdf")
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column
    assert all("WenQuanYi" in row[0] for row in fonts)


def test_the_weights_on_the_poster_are_the_configured_ones(db, tmp_path):
    poster(db, tmp_path / "before.pdf", size="A3", chapter=4)
    assert "占績效考核總分的40%" in flat(pdf_text(tmp_path / "before.pdf"))
    with db.transaction() as session:
        scheme.set_weights(session, sources={"supervisor": 35, "peer": 25, "self": 10, "data": 30})
    poster(db, tmp_path / "after.pdf", size="A3", chapter=4)
    text = flat(pdf_text(tmp_path / "after.pdf"))
    assert "占績效考核總分的35%" in text and "占績效考核總分的25%" in text
    assert "[X]" not in text


def test_an_approved_version_prints_the_weights_it_was_approved_with(db, tmp_path):
    """New weights in Settings never reach the approved version's poster under its
    approver's footer (issue 15); a draft prints them and says they are not approved."""
    with db.transaction() as session:
        regulation.approve(session, regulation.current(session).id, "2026-01-01", "總經理")
        scheme.set_weights(session, sources={"supervisor": 35, "peer": 25, "self": 10, "data": 30})
    poster(db, tmp_path / "approved.pdf", size="A3", chapter=4)
    text = flat(pdf_text(tmp_path / "approved.pdf"))
    assert "占績效考核總分的40%" in text and "占績效考核總分的35%" not in text
    assert "核准人總經理" in text and "不同" not in text
    with db.transaction() as session:
        regulation.new_draft(session, "1.1")
    poster(db, tmp_path / "draft.pdf", size="A3", chapter=4)
    text = flat(pdf_text(tmp_path / "draft.pdf"))
    assert "占績效考核總分的35%" in text and "占績效考核總分的40%" not in text
    assert "考核權重與已核准的1.0版不同" in text


def test_simplified_script_uses_the_proofread_text(db, tmp_path):
    path = tmp_path / "hans.pdf"
    poster(db, path, script="hans", size="A2")
    text = flat(pdf_text(path))
    assert all(printed(c) in text for c in clauses(db, "hans"))
    assert "运营部上墙制度" in text and "運營部" not in text


def test_a_simplified_poster_of_several_pages_prints_its_own_words_in_simplified(db, tmp_path):
    """Issue 17 point 4: the program's labels (續, 頁) follow the poster's script."""
    path = tmp_path / "hans-a4.pdf"
    result = poster(db, path, script="hans", size="A4")
    assert result.pages > 1
    text = pdf_text(path)
    assert "(续)" in text and f"第 2 / {result.pages} 页" in text
    assert "續" not in text and "頁" not in text


def test_a_chapter_poster_holds_only_that_chapter(db, tmp_path):
    path = tmp_path / "ch5.pdf"
    result = poster(db, path, size="A3", chapter=5)
    text = flat(pdf_text(path))
    assert "五、培訓與發展" in text and "一、總則" not in text
    assert result.font_size > 12


def test_an_added_chapter_is_on_the_poster(db, tmp_path):
    with db.transaction() as session:
        version = regulation.current(session)
        chapter = regulation.add_chapter(session, version.id, "七、附則")
        section = regulation.add_section(session, chapter.id, "1.生效")
        regulation.add_clause(session, section.id, "本制度自發布之日起施行。", kind="paragraph")
    path = tmp_path / "p.pdf"
    poster(db, path, size="A2")
    assert "七、附則" in flat(pdf_text(path)) and "本制度自發布之日起施行。" in pdf_text(path)


def test_responsibilities_poster_lists_every_duty(db, tmp_path):
    with db.transaction() as session:
        position = positions.by_code(session, "specialist")
        duties = [d.text for a in position.areas for d in a.duties]
        content = position_content(session, "運營專員")
    path = tmp_path / "pos.pdf"
    write_poster(content, PosterOptions(size="A3"), path)
    text = flat(pdf_text(path))
    assert "運營專員崗位職責" in text
    assert [d for d in duties if printed(d) not in text] == []


def test_an_unknown_position_is_refused(db):
    with db.transaction() as session, pytest.raises(DomainError, match="運營經理"):
        position_content(session, "總經理")


def test_a_logo_is_drawn_and_a_bad_one_refused(db, tmp_path):
    from PIL import Image  # reportlab depends on Pillow

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (200, 30, 30)).save(logo)
    poster(db, tmp_path / "p.pdf", size="A3", logo=str(logo))
    assert b"/Subtype /Image" in (tmp_path / "p.pdf").read_bytes()
    broken = tmp_path / "broken.png"
    broken.write_text("not an image", encoding="utf-8")
    with pytest.raises(DomainError, match="cannot be read as an image"):
        poster(db, tmp_path / "q.pdf", size="A3", logo=str(broken))
    assert not (tmp_path / "q.pdf").exists()


def test_a_cff_font_is_refused_with_the_reason(db, tmp_path):
    fake = tmp_path / "NotoSansCJK.otf"
    fake.write_bytes(b"OTTO" + bytes(400))
    with pytest.raises(DomainError, match="PostScript"):
        poster(db, tmp_path / "p.pdf", font_path=str(fake))


def test_placeholders_render_unset_as_written(db):
    assert render("占{{weight.peer}}%", {}) == "占[X]%"


def test_an_outdated_simplified_text_is_named_in_a_warning_with_the_simplified_poster(db, tmp_path):
    """Issue 17 point 4: the Traditional text changed after its Simplified text."""
    with db.transaction() as session:
        tree = regulation.tree(session)
        clause = tree.chapters[0].sections[0].clauses[0]
        regulation.edit_clause(session, clause.id, clause.text + "另增一句。", "", clause.text_hans)
    part = f"{tree.chapters[0].title} › {tree.chapters[0].sections[0].title} › 第1條"
    result = poster(db, tmp_path / "hans.pdf", script="hans", size="A2")
    assert result.outdated == (part,)
    assert len(result.warnings) == 1 and part in result.warnings[0]
    assert "older than its Traditional text" in result.warnings[0]
    assert poster(db, tmp_path / "hant.pdf", size="A2").warnings == ()  # as written
