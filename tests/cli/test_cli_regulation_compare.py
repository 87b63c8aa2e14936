"""ops-desktop regulation compare: the revision table of versions built with the services,
read back with pdftotext; the regulation against itself; a wrong suffix refused."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "exports" / "pdf"))

from pdftools import flat, pdf_text  # noqa: E402

from ops_desktop import cli  # noqa: E402
from ops_desktop.core.services import regulation  # noqa: E402


def edited(db) -> tuple[str, str, str]:
    with db.transaction() as s:
        regulation.approve(s, regulation.current(s).id, "2026-01-01", "總經理")
        draft = regulation.new_draft(s, "1.1")
        clauses = regulation.tree(s, draft.id).all_clauses()
        first, gone = clauses[0], clauses[3]
        regulation.edit_clause(s, first.id, first.text.replace("高效", "高效、合規"))
        regulation.delete_clause(s, gone.id)
        return first.text, gone.text, first.text.replace("高效", "高效、合規")


def url(db) -> list[str]:
    return ["--database-url", db.url.render_as_string(hide_password=False)]


def test_the_draft_against_the_version_it_replaces(db, tmp_path, capsys):
    old, gone, new = edited(db)
    db.close()  # the command opens the file itself
    target = tmp_path / "table.pdf"
    assert cli.main(["regulation", "compare", "-o", str(target), *url(db)]) == 0
    assert capsys.readouterr().out.strip() == f"written: {target} (1 page(s); 1 changed, 1 removed)"
    text = flat(pdf_text(target))
    assert "修訂對照表" in text and "版本1.0→版本1.1" in text and "草案，尚未核准" in text
    for clause in (old, gone, new):
        assert flat(clause.replace(",", "，").replace(":", "：")) in text
    assert "修改文字" in text and "刪除條文" in text


def test_a_version_against_itself_says_no_changes_and_a_bad_suffix_writes_nothing(
    db, tmp_path, capsys
):
    edited(db)
    db.close()
    target = tmp_path / "same.pdf"
    args = ["regulation", "compare", "--from", "1.0", "--to", "1.0", *url(db)]
    assert cli.main([*args, "-o", str(target)]) == 0
    assert "no changes" in capsys.readouterr().out
    assert "沒有修訂" in flat(pdf_text(target))
    assert cli.main([*args, "-o", str(tmp_path / "t.txt")]) == 1
    assert "must end in .pdf or .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "t.txt").exists()


def test_the_workbook_read_back_with_openpyxl_and_calamine(db, tmp_path, capsys):
    import openpyxl
    import python_calamine

    old, gone, new = edited(db)
    db.close()
    target = tmp_path / "table.xlsx"
    assert cli.main(["regulation", "compare", "-o", str(target), *url(db)]) == 0
    assert "(1 sheet; 1 changed, 1 removed)" in capsys.readouterr().out
    ws = openpyxl.load_workbook(target).active
    assert ws.freeze_panes == "A5"
    assert [c.value for c in ws[4]] == ["條款", "原條文", "修訂後條文", "說明"]
    assert [c.value for c in ws[5]][1:] == [old, new, "修改文字"]
    # rows tall enough for their wrapped text (no reader grows them on opening), and the
    # four columns printed on one page's width
    assert ws.row_dimensions[5].height >= 15 * 3 and ws.row_dimensions[6].height >= 15 * 2
    setup = ws.page_setup  # fitToWidth left out means its default, 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth in (None, 1)
    assert setup.fitToHeight == 0
    rows = python_calamine.CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0)
    assert [old, new] == rows.to_python()[4][1:3] and gone in rows.to_python()[5]
