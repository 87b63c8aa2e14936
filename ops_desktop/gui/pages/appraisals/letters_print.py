"""Print result letters… on the appraisal page: the letters (績效考核結果通知書) of the month
shown, or of its year on the Year tab, as one PDF with a page per person or as one PDF per
person in a folder — written off the GUI thread through the window's one way of exporting
(``gui/exporting.py``), in the script of the interface (Simplified for 简体中文)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton

from ops_desktop.core import outputs
from ops_desktop.gui import exporting
from ops_desktop.gui.exporting import Export

if TYPE_CHECKING:
    from ops_desktop.core.appraisal.letters import Letters
    from ops_desktop.gui.tasks import Progress

    from .page import AppraisalsPage

PDF = "PDF (*.pdf)"


def button(page: AppraisalsPage) -> QPushButton:
    """The page's Print result letters… button, with its two ways of writing them."""
    found = QPushButton(QCoreApplication.translate("AppraisalsPage", "Print result letters…"), page)
    menu = QMenu(found)
    menu.addAction(
        QCoreApplication.translate("AppraisalsPage", "One PDF, a page per person…")
    ).triggered.connect(lambda: print_letters(page))
    menu.addAction(
        QCoreApplication.translate("AppraisalsPage", "One PDF per person, in a folder…")
    ).triggered.connect(lambda: print_letters(page, folder=True))
    found.setMenu(menu)
    return found


def script() -> str:
    """Simplified letters for a window in Simplified Chinese, Traditional otherwise."""
    from ops_desktop.gui.user_guide import interface_language

    return "hans" if interface_language() == "zh_CN" else "hant"


def print_letters(page: AppraisalsPage, *, folder: bool = False) -> bool:
    """The letters of the month shown, or of its year on the Year tab."""
    period_id = page.period_id
    if period_id is None:
        page.status_message.emit(
            QCoreApplication.translate(
                "AppraisalsPage", "No month is open yet: open one with New month…"
            )
        )
        return True
    year = page.year_of(period_id) if page.tabs.currentWidget() is page.annual else None
    label = str(year) if year is not None else page.label_of(period_id)
    chosen = script()

    def write(progress: Progress, target: Path) -> Letters:
        from ops_desktop.core.appraisal import letters
        from ops_desktop.exports.pdf.letters import write_letters

        with page.ctx.transaction() as session:
            if year is not None:
                batch = letters.annual(session, year)
            else:
                shown, month = (int(part) for part in label.split("-"))
                batch = letters.monthly(session, shown, month)
        progress.report(1, 2, QCoreApplication.translate("AppraisalsPage", "Writing the letters…"))
        write_letters(batch.to_print(), target, folder=folder, script=chosen)
        with page.ctx.writing() as session:  # their date is kept: appeals count from it
            batch.record_printed(session, page.ctx.operator())
        return batch

    def said(batch: Letters) -> str:
        text = QCoreApplication.translate("AppraisalsPage", "%1 letter(s) written").replace(
            "%1", str(len(batch.letters))
        )
        if batch.refused:
            people = "; ".join(f"{r.staff_no} {r.name}: {r.reason}" for r in batch.refused[:10])
            more = f"; … (+{len(batch.refused) - 10})" if len(batch.refused) > 10 else ""
            text += "\n" + QCoreApplication.translate("AppraisalsPage", "No letter: %1").replace(
                "%1", people + more
            )
        return text

    return exporting.run(
        page,
        Export(
            QCoreApplication.translate("AppraisalsPage", "Print result letters"),
            outputs.letters_folder(label) if folder else outputs.letters_name(label),
            write,
            file_filter=PDF,
            folder=folder,
            said=said,
        ),
    )
