"""The revision table's PDF from comparisons made by hand: the column heads on every page,
a long clause split between lines with none lost, the page numbers."""

from __future__ import annotations

from pdftools import flat, page_size_mm, pdf_info, pdf_text

from ops_desktop.core.services.regulation_compare import Change, Comparison, Piece
from ops_desktop.exports.pdf.revision_table import write_revision_pdf


def comparison(changes: list[Change]) -> Comparison:
    return Comparison("1.0", "1.1", 1, 2, "approved", None, "總經理", tuple(changes))


def edit(n: int, old: str, new: str) -> Change:
    pieces = (Piece("same", old[:-1]), Piece("removed", old[-1]), Piece("added", new[-1]))
    return Change("changed", "clause", f"一、總則 › 1.目的 › 第{n}條",
                  f"一、總則 › 1.目的 › 第{n}條", old, new, pieces, False)  # fmt: skip


def test_many_rows_take_pages_each_with_the_heads_and_no_text_is_lost(tmp_path):
    long = "甲乙丙丁戊己庚辛壬癸" * 60  # longer than a page's column
    changes = [edit(n, f"第{n}條原文甲", f"第{n}條原文乙") for n in range(1, 30)]
    changes.insert(3, edit(99, long + "子", long + "丑"))
    path = tmp_path / "t.pdf"
    pages = write_revision_pdf(comparison(changes), path, department="運營部")
    assert pages == int(pdf_info(path)["Pages"]) > 2
    assert page_size_mm(path) == (297, 210)
    for page in range(1, pages + 1):
        text = flat(pdf_text(path, page=page))
        assert "條款原條文修訂後條文說明" in text and f"第{page}/{pages}頁" in text
    whole = flat(pdf_text(path))
    assert whole.count("甲乙丙丁戊己庚辛壬癸") == 120 and "（續）" in whole
    for n in range(1, 30):
        assert f"第{n}條原文甲" in whole and f"第{n}條原文乙" in whole


def test_an_empty_comparison_says_so(tmp_path):
    path = tmp_path / "none.pdf"
    assert write_revision_pdf(comparison([]), path, department="運營部", script="hans") == 1
    text = flat(pdf_text(path))
    assert "没有修订" in text and "修订对照表" in text
