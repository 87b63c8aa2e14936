"""The change notice poster (修訂公告): the changes of a version built with the services,
in the poster's blocks and on a written A2 and A4 sheet."""

from __future__ import annotations

from pdftools import flat, pdf_text

from ops_desktop.core.services import regulation
from ops_desktop.exports.pdf.change_notice import change_notice_content
from ops_desktop.exports.pdf.poster import PosterOptions, write_poster


def test_the_notice_lists_each_change_with_its_old_and_new_text(db, tmp_path):
    with db.transaction() as s:
        regulation.approve(s, regulation.current(s).id, "2026-01-01", "總經理")
        draft = regulation.new_draft(s, "1.1")
        first = regulation.tree(s, draft.id).all_clauses()[0]
        regulation.edit_clause(s, first.id, first.text + "每年檢討一次。")
        regulation.approve(s, draft.id, "2027-01-01", "副總經理")
        notice = change_notice_content(s)
        first_notice = change_notice_content(s, regulation.version_by_label(s, "1.0"))
    assert notice.title.endswith("修訂公告")
    assert "版本 1.1 · 生效日期 2027-01-01 · 核准人 副總經理" in notice.subtitle
    texts = [b.text for b in notice.blocks]
    assert texts[0] == "一、總則" and "（修改文字）" in texts[1]
    assert texts[2] == "原條文:" + first.text and texts[3].endswith("每年檢討一次。")
    assert "首次發布" in first_notice.blocks[0].text
    for size in ("A2", "A4"):
        path = tmp_path / f"{size}.pdf"
        write_poster(notice, PosterOptions(size=size), path)
        assert flat("每年檢討一次") in flat(pdf_text(path)) and "修訂公告" in flat(pdf_text(path))
