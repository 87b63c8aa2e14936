"""Screenshots of every page of the window, as a user sees it (real X11 window under Xvfb).

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/screenshots.py DB OUTDIR [LANG [SIZE [PAGES]]]

LANG is zh_TW, zh_CN or en (default en); SIZE the window's, e.g. 1024x700 (default 1280x780);
PAGES a comma-separated choice of pages (default all; "staff-departed" is the staff page
with "Show departed" ticked, the person after a departed one selected; "regulation-compare"
is the Compare versions… window of the version shown); PAGE@N shows the
page's tab N (from 0), saved as PAGE@N.png. A page shot at another size than the default is
saved as PAGE-WIDTHxHEIGHT.png. Each page is shown with its first record selected, the
first-start guide closed (OPS_SHOTS_GUIDE=1 keeps it); the size the window really had is
printed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget

from ops_desktop.db import open_database
from ops_desktop.db.location import sqlite_url
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.fonts import ensure_cjk_font
from ops_desktop.gui.i18n import Languages
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages import KEYS


def shown_table(page: QWidget) -> QAbstractItemView | None:
    """The list the page shows: the shown tab's own (the development plans' on the
    Training page's third tab), else the page's table, or the Appraisals page's grid."""
    tabs = page.findChild(QTabWidget)
    shown = tabs.currentWidget() if tabs is not None else None
    listed = getattr(shown, "list", None)
    for found in (getattr(listed, "table", None), getattr(shown, "table", None)):
        if isinstance(found, QAbstractItemView) and found.isVisible():
            return found
    return getattr(page, "table", None) or getattr(page, "grid", None)


def main(
    db_path: str, out: str, language: str = "en", size: str = "1280x780", pages: str = ""
) -> int:
    app = QApplication(sys.argv[:1])
    ensure_cjk_font(app)
    languages = Languages(app)
    app._ops_languages = languages  # type: ignore[attr-defined]  # as gui/app.py: one per application
    languages.switch(language)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("operator/name", "林秘書")  # the first start's question is not asked
    if os.environ.get("OPS_SHOTS_GUIDE") != "1":  # the pages as used day to day
        opts.GUIDE_HIDDEN.set(settings, True)
    window = MainWindow(open_database(sqlite_url(db_path)), settings=settings)
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()
    known = [*KEYS, "staff-departed", "regulation-compare"]
    keys = [k for k in pages.split(",") if k.split("@")[0] in known] if pages else list(KEYS)
    suffix = "" if size == "1280x780" else f"-{size}"

    def compare_window(page: QWidget, index: int) -> None:
        from ops_desktop.gui.pages.regulation.compare import open_compare

        dialog = open_compare(page)  # type: ignore[arg-type]  # the regulation page
        dialog.resize(min(width, 1400), min(height, 800))

        def snap() -> None:
            dialog.grab().save(str(folder / f"{keys[index]}{suffix}.png"))
            dialog.close()
            shoot(index + 1)

        QTimer.singleShot(1500, snap)

    def shoot(index: int = 0) -> None:
        if index >= len(keys):
            app.quit()
            return
        key, _at, tab = keys[index].partition("@")
        departed = key == "staff-departed"
        if key == "regulation-compare":
            window.show_page("regulation")
            QTimer.singleShot(900, lambda: compare_window(window.current_page(), index))
            return
        window.show_page("staff" if departed else key)
        # asked for SIZE again before each page, and the size it got printed (a page wider
        # than the window scrolls inside it: gui/page_stack.py)
        window.resize(width, height)
        page = window.current_page()
        if departed:
            page.show_all.setChecked(True)

        def choose_tab() -> None:
            # once the page's data has come: a tab may show what it read; and a tab that
            # reads its own list when shown (development plans) has it a moment later
            page.findChild(QTabWidget).setCurrentIndex(int(tab))
            QTimer.singleShot(400, snap)

        def snap() -> None:
            table = shown_table(page)
            if departed:  # the person after the departed one: that row shows greyed
                rows = page.model.rows
                gone = next(i for i, r in enumerate(rows) if r.status == "departed")
                page.select_id(rows[min(gone + 1, len(rows) - 1)].id)
            elif table is not None and table.model() is not None and table.model().rowCount():
                table.selectRow(0)
            QTimer.singleShot(
                500,
                lambda: (
                    print(
                        f"{keys[index]}: window {window.width()}x{window.height()}, page "
                        f"at least {page.minimumSizeHint().width()} wide"
                    ),
                    window.grab().save(str(folder / f"{keys[index]}{suffix}.png")),
                    shoot(index + 1),
                ),
            )

        QTimer.singleShot(900, choose_tab if tab else snap)

    QTimer.singleShot(300, shoot)
    app.exec()
    sys.stdout.flush()
    os._exit(0)  # skip tearing Qt down object by object: nothing is left to save


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
