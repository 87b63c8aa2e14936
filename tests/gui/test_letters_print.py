"""Print result letters… on the appraisal page: the month's letters as one PDF, a page per
person, or one PDF per person in a folder; on the Year tab, the year's."""

from __future__ import annotations

import pdfplumber

from ops_desktop.core.appraisal import letters
from ops_desktop.gui.pages.appraisals import AppraisalsPage, letters_print


def pages_of(path):
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() for page in pdf.pages]


def shown_page(qtbot, ctx):
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.period_id is not None)
    return page


def test_the_months_letters_as_one_pdf(qtbot, ctx, tmp_path, dialogs):
    page = shown_page(qtbot, ctx)
    label = page.label_of(page.period_id)
    with ctx.db.transaction() as session:
        expected = letters.monthly(session, *map(int, label.split("-")))
    assert page.letters_button.isEnabled()
    target = tmp_path / "letters.pdf"
    dialogs.save_as.append(str(target))
    dialogs.after_export.append(None)
    assert letters_print.print_letters(page)
    assert dialogs.offered_files[-1].endswith(f"績效考核結果通知書_{label}.pdf")
    pages = pages_of(target)
    assert len(pages) == len(expected.letters)
    assert f"{len(expected.letters)} letter(s) written" in dialogs.exported[-1][0]
    first = expected.letters[0]
    assert first.staff_no in pages[0] and f"{first.total:.2f}" in pages[0]


def test_one_pdf_per_person_and_the_years_letters(qtbot, ctx, tmp_path, dialogs):
    page = shown_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.annual)
    year = page.year_of(page.period_id)
    with ctx.db.transaction() as session:
        expected = letters.annual(session, year)
    dialogs.folders.append(str(tmp_path))
    dialogs.after_export.append(None)
    assert letters_print.print_letters(page, folder=True)
    folder = tmp_path / f"績效考核結果通知書_{year}"
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{x.staff_no}-{x.name}.pdf" for x in expected.letters)
    (only,) = pages_of(folder / names[0])
    assert "年度考核" in only


def test_the_button_does_not_widen_the_page(qtbot, ctx):
    """The bar of buttons stays narrower than what sets the page's least width."""
    page = shown_page(qtbot, ctx)
    least = page.minimumSizeHint().width()
    page.letters_button.hide()
    assert page.minimumSizeHint().width() == least
