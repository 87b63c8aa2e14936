"""What leaves the office for the wall or the print shop: a logo that keeps the title and is
sharp enough (or said not to be), tile labels clear of the crop marks, and a print-shop PDF
with 3 mm bleed, TrimBox and BleedBox, the band to the bleed edge and CMYK colours."""

from __future__ import annotations

import re
import subprocess

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1
from pdftools import _tool
from reportlab.lib.units import mm

from ops_desktop import cli
from ops_desktop.core import errors
from ops_desktop.core.errors import DomainError
from ops_desktop.exports.pdf.content import regulation_content
from ops_desktop.exports.pdf.flowchart import chart_content, write_flowchart
from ops_desktop.exports.pdf.page import MIN_TEXT, paper_size
from ops_desktop.exports.pdf.poster import Block, PosterContent, PosterOptions, write_poster
from ops_desktop.exports.pdf.tiles import MARGIN

THEME = (0x1F / 255, 0x4E / 255, 0x79 / 255)
LABEL_GREY = round(0x44 / 255, 4)  # tiles' label colour


def _image(path, size):
    from PIL import Image  # reportlab depends on Pillow

    Image.new("RGB", size, (200, 30, 30)).save(path)
    return str(path)


def _content(db, chapter=1):
    with db.transaction() as session:
        return regulation_content(session, chapter=chapter)


def _boxes(path) -> dict[str, tuple[float, ...]]:
    out = subprocess.run(
        [_tool("pdfinfo"), "-box", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {
        m.group(1): tuple(float(v) for v in m.group(2).split())
        for m in re.finditer(r"^(\w+Box):\s+([\d.\s]+?)\s*$", out, re.M)
    }


def _as_rgb(colour) -> tuple[float, ...]:
    """How a CMYK colour shows (and prints, near enough): each ink darkens by its share."""
    if len(colour) != 4:
        return ()
    c, m, y, k = colour
    return tuple((1 - v) * (1 - k) for v in (c, m, y))


def _colour_operators(path) -> set[str]:
    """The colour operators in the page's content stream: rg/RG/g/G (RGB, grey) or k/K."""
    with pdfplumber.open(path) as pdf:
        contents = pdf.pages[0].page_obj.contents
        data = b"".join(resolve1(stream).get_data() for stream in contents)
    return {op.decode() for op in re.findall(rb"\s(rg|RG|g|G|k|K)\s", data)}


def _band_and_title(page):
    """The title band (the topmost filled shape) and the title: its largest characters."""
    band = min((c for c in [*page.curves, *page.rects] if c["fill"]), key=lambda c: c["top"])
    inside = [c for c in page.chars if c["bottom"] < band["bottom"]]
    size = max(c["size"] for c in inside)
    return band, [c for c in inside if c["size"] == size]


# -- logo ------------------------------------------------------------------------------------
def test_a_very_wide_logo_is_scaled_into_the_band_and_the_title_keeps_its_size(db, tmp_path):
    content = _content(db)
    write_poster(content, PosterOptions(size="A2"), tmp_path / "plain.pdf")
    wide = _image(tmp_path / "wide.png", (3000, 200))
    write_poster(content, PosterOptions(size="A2", logo=wide), tmp_path / "logo.pdf")
    with pdfplumber.open(tmp_path / "plain.pdf") as plain:
        _band, before = _band_and_title(plain.pages[0])
    with pdfplumber.open(tmp_path / "logo.pdf") as logo:
        band, title = _band_and_title(logo.pages[0])
        (image,) = logo.pages[0].images
    assert "".join(c["text"] for c in title) == content.title
    assert title[0]["size"] == pytest.approx(before[0]["size"])
    assert band["x0"] < image["x0"] and image["x1"] < band["x1"]
    assert band["top"] < image["top"] and image["bottom"] < band["bottom"]
    assert image["width"] / image["height"] == pytest.approx(3000 / 200, rel=0.01)
    assert all(c["x1"] < image["x0"] for c in title)


def test_a_long_title_beside_a_logo_wraps_at_8_pt_instead_of_vanishing(tmp_path):
    title = "運營部關於規範崗位職責、工作流程、績效考核、培訓發展及會議管理的上墻制度" * 3
    content = PosterContent(title, "運營部", "v7", [Block("paragraph", "本制度適用於全體員工。")])
    wide = _image(tmp_path / "wide.png", (3000, 200))
    write_poster(content, PosterOptions(size="A4", logo=wide), tmp_path / "p.pdf")
    with pdfplumber.open(tmp_path / "p.pdf") as pdf:
        page = pdf.pages[0]
        band = min((c for c in page.curves if c["fill"]), key=lambda c: c["top"])
        (image,) = page.images
        inside = [c for c in page.chars if c["bottom"] < band["bottom"]]
    reading = sorted(inside, key=lambda c: (round(c["top"]), c["x0"]))
    assert "".join(c["text"] for c in reading) == title + "運營部"
    assert min(c["size"] for c in inside) >= MIN_TEXT
    assert len({round(c["top"]) for c in inside}) >= 3  # the title on two lines or more
    assert all(c["x1"] < image["x0"] and c["top"] > band["top"] for c in inside)


def test_a_coarse_logo_is_accepted_with_a_translatable_warning(db, tmp_path):
    content = _content(db)
    coarse = _image(tmp_path / "coarse.png", (170, 170))  # 98 ppi at an A1 band's height
    result = write_poster(content, PosterOptions(size="A1", logo=coarse), tmp_path / "a1.pdf")
    with pdfplumber.open(tmp_path / "a1.pdf") as pdf:
        (image,) = pdf.pages[0].images
    printed_ppi = 170 / (image["width"] / 72)
    assert round(printed_ppi) == 98
    (warning,) = result.warnings
    assert "98 ppi" in warning and "150 ppi" in warning
    errors.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        again = write_poster(content, PosterOptions(size="A1", logo=coarse), tmp_path / "b.pdf")
    finally:
        errors.set_translator(None)
    assert again.warnings == (f"[DomainError] {warning}",)
    # the same image is sharp enough on A4, and a large one on A1
    assert not write_poster(
        content, PosterOptions(size="A4", logo=coarse), tmp_path / "c.pdf"
    ).warnings
    sharp = _image(tmp_path / "sharp.png", (400, 400))
    assert not write_poster(
        content, PosterOptions(size="A1", logo=sharp), tmp_path / "d.pdf"
    ).warnings


def test_a_flowchart_takes_a_logo_and_warns_too(db, tmp_path):
    with db.transaction() as session:
        chart = chart_content(session, "product")
    coarse = _image(tmp_path / "coarse.png", (170, 170))
    result = write_flowchart(chart, tmp_path / "f.pdf", size="A1", logo=coarse)
    assert len(result.warnings) == 1 and "ppi" in result.warnings[0]
    with pdfplumber.open(tmp_path / "f.pdf") as pdf:
        assert len(pdf.pages[0].images) == 1


# -- tiles -----------------------------------------------------------------------------------
@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_tile_labels_are_8_pt_and_clear_of_the_crop_marks(db, tmp_path, paper):
    content = _content(db, chapter=None)
    write_poster(content, PosterOptions(size="A1"), tmp_path / "t.pdf", tile=paper)
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        for page in pdf.pages:
            marks = [ln for ln in page.lines if ln["linewidth"] == pytest.approx(0.3)]
            labels = [
                c
                for c in page.chars
                if round(c["non_stroking_color"][0], 4) == LABEL_GREY
                and c["top"] > page.height - MARGIN
            ]
            assert len(marks) == 8 and labels
            assert min(c["size"] for c in labels) >= MIN_TEXT
            clearance = 1 * mm
            for char in labels:
                for mark in marks:
                    assert (
                        char["x1"] + clearance <= mark["x0"]
                        or mark["x1"] + clearance <= char["x0"]
                        or char["bottom"] + clearance <= mark["top"]
                        or mark["bottom"] + clearance <= char["top"]
                    ), f"{char['text']} touches a crop mark"


# -- bleed -----------------------------------------------------------------------------------
def _check_print_shop_pdf(path, trim):
    b = 3 * mm
    w, h = trim
    boxes = _boxes(path)
    assert boxes["MediaBox"] == pytest.approx((0, 0, w + 2 * b, h + 2 * b), abs=0.02)
    assert boxes["BleedBox"] == pytest.approx(boxes["MediaBox"], abs=0.02)
    assert boxes["TrimBox"] == pytest.approx((b, b, w + b, h + b), abs=0.02)
    assert _colour_operators(path) == {"k", "K"}, "every colour is set as CMYK"
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        bands = [
            r
            for r in page.rects
            if r["fill"] and _as_rgb(r["non_stroking_color"]) == pytest.approx(THEME, abs=1 / 255)
        ]
    # the band runs to the bleed edge: top, left and right
    assert any(
        r["x0"] == pytest.approx(0, abs=0.01)
        and r["top"] == pytest.approx(0, abs=0.01)
        and r["x1"] == pytest.approx(w + 2 * b, abs=0.01)
        for r in bands
    )


def test_a_poster_for_the_print_shop_has_bleed_boxes_and_cmyk(db, tmp_path):
    path = tmp_path / "shop.pdf"
    result = write_poster(_content(db), PosterOptions(size="A2", bleed=True), path)
    _check_print_shop_pdf(path, paper_size("A2"))
    assert result.page_size == pytest.approx(paper_size("A2"))  # the poster is still A2
    write_poster(_content(db), PosterOptions(size="A2"), tmp_path / "office.pdf")
    boxes = _boxes(tmp_path / "office.pdf")
    assert boxes["TrimBox"] == boxes["MediaBox"]
    assert {"rg", "RG"} <= _colour_operators(tmp_path / "office.pdf")


def test_a_flowchart_for_the_print_shop_has_bleed_boxes_and_cmyk(db, tmp_path):
    with db.transaction() as session:
        chart = chart_content(session, "event", script="hans")
    path = tmp_path / "shop.pdf"
    write_flowchart(chart, path, size="A3", landscape=True, bleed=True)
    _check_print_shop_pdf(path, paper_size("A3", landscape=True))


def test_bleed_with_tiles_is_refused_with_one_message(db, tmp_path):
    with db.transaction() as session:
        chart = chart_content(session, "event")
    with pytest.raises(DomainError, match="no bleed"):
        write_poster(_content(db), PosterOptions(bleed=True), tmp_path / "p.pdf", tile="A4")
    with pytest.raises(DomainError, match="no bleed"):
        write_flowchart(chart, tmp_path / "f.pdf", tile="A3", bleed=True)
    assert not list(tmp_path.glob("*.pdf"))


# -- command line ----------------------------------------------------------------------------
@pytest.mark.sqlite_only
def test_the_command_line_writes_for_the_print_shop_and_prints_warnings(db, tmp_path, capsys):
    db.close()  # the command opens the file itself, as its own process would
    coarse = _image(tmp_path / "coarse.png", (170, 170))
    base = ["poster", "--db", str(db.path), "--size", "A1"]
    assert cli.main([*base, "-o", str(tmp_path / "p.pdf"), "--bleed", "--logo", coarse]) == 0
    out = capsys.readouterr().out
    assert "written:" in out and re.search(r"^warning: The logo prints at 98 ppi", out, re.M)
    assert _boxes(tmp_path / "p.pdf")["TrimBox"][0] == pytest.approx(3 * mm, abs=0.02)
    flow = [*base, "--flowchart", "product", "--bleed", "-o", str(tmp_path / "f.pdf")]
    assert cli.main(flow) == 0
    assert "warning" not in capsys.readouterr().out
    assert _boxes(tmp_path / "f.pdf")["TrimBox"][0] == pytest.approx(3 * mm, abs=0.02)
    assert cli.main([*flow[:-1], str(tmp_path / "t.pdf"), "--tile", "A4"]) == 1
    assert "no bleed" in capsys.readouterr().err
    assert not (tmp_path / "t.pdf").exists()
