"""Every export for HR, from its page and from the window's Export (Ctrl+E): offered in the
Documents folder (then the last folder used) under a name with its period, written with the
folder made if missing, then a message with Open file and Open folder — or one refusal."""

from __future__ import annotations

import openpyxl
import pytest
from answering import OFFERED, OPEN_FILE, OPEN_FOLDER
from PySide6.QtCore import Qt, QUrl

from ops_desktop.gui import exporting
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.main_window import MainWindow
from ops_desktop.gui.pages import KEYS

EXPORTING_PAGES = {"staff", "posters", "appraisals", "training", "audit"}


@pytest.fixture
def window(qtbot, demo_db, tasks, settings, dialogs, home):
    shown = MainWindow(demo_db, tasks=tasks, settings=settings, dialogs=dialogs)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    return shown


def title_of(path):
    return openpyxl.load_workbook(path).active["A1"].value


def test_the_roster_from_the_staff_page_in_documents_then_open_file(window, dialogs, home):
    window.show_page("staff")
    dialogs.save_as.append(OFFERED)
    dialogs.after_export.append(OPEN_FILE)
    window.current_page().export_button.click()
    written = home / "Documents" / "員工名冊_2026-11-16.xlsx"  # the day of the program's clock
    assert dialogs.offered_files == [str(written)]
    assert title_of(written).endswith("員工名冊")
    ((message, path),) = dialogs.exported
    assert path == str(written) and written.name in message
    assert dialogs.opened == [QUrl.fromLocalFile(str(written))]


def test_a_missing_folder_is_made_remembered_and_offered_next_time(window, dialogs, tmp_path):
    chosen = tmp_path / "HR" / "2026-11"  # typed in the dialog: neither folder is there yet
    window.show_page("audit")
    dialogs.save_as.append(str(chosen / "日誌"))  # typed without .xlsx
    dialogs.after_export.append(OPEN_FOLDER)
    assert window.current_page().export()
    assert title_of(chosen / "日誌.xlsx").endswith("審計日誌")
    assert dialogs.opened == [QUrl.fromLocalFile(str(chosen))]
    assert opts.EXPORT_FOLDER.get(window.settings) == str(chosen)
    window.show_page("training")  # another kind: the same folder, its own name
    dialogs.save_as.append(None)  # Cancel
    window.act_export.trigger()
    assert dialogs.offered_files[-1] == str(chosen / "培訓記錄_2026-11-16.xlsx")
    assert len(dialogs.exported) == 1  # nothing more after a Cancel


def test_without_documents_the_home_folder_and_a_vanished_last_folder_is_forgotten(
    window, dialogs, home, tmp_path
):
    (home / "Documents").rmdir()
    assert exporting.documents_folder() == home
    opts.EXPORT_FOLDER.set(window.settings, str(tmp_path / "gone"))
    assert exporting.start_folder(window.settings) == home


def test_ctrl_e_on_the_year_tab_writes_the_annual_sheet(qtbot, window, dialogs, home):
    window.show_page("appraisals")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.annual)
    dialogs.save_as.append(OFFERED)
    dialogs.after_export.append(None)
    assert window.act_export.shortcut().toString() == "Ctrl+E"
    qtbot.keyClick(page.annual.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = home / "Documents" / "年度績效考核表_2026.xlsx"
    assert dialogs.offered_files == [str(written)]
    assert title_of(written).endswith("2026 年度績效考核表")


def test_ctrl_e_on_the_month_tab_writes_the_months_sheet(qtbot, window, dialogs, home):
    window.show_page("appraisals")
    page = window.current_page()
    dialogs.save_as.append(OFFERED)
    dialogs.after_export.append(None)
    qtbot.keyClick(page.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = home / "Documents" / "月度績效考核表_2026-10.xlsx"  # the latest month
    assert title_of(written).endswith("2026-10 月度績效考核表")
    page.period_combo.setCurrentIndex(1)  # 2026-09 chosen, its grid not shown yet
    dialogs.save_as.append(None)
    window.act_export.trigger()
    assert dialogs.offered_files[-1].endswith("月度績效考核表_2026-10.xlsx")  # the grid's


def test_the_year_tab_has_its_own_button(window, dialogs, tmp_path):
    window.show_page("appraisals")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.annual)
    dialogs.save_as.append(str(tmp_path / "year.xlsx"))
    dialogs.after_export.append(None)
    page.annual.export_button.click()
    assert "年度績效考核表" in title_of(tmp_path / "year.xlsx")


def test_training_records_from_the_toolbar_of_the_plan_tab_are_the_years(window, dialogs, tmp_path):
    window.show_page("training")
    page = window.current_page()
    page.tabs.setCurrentWidget(page.plan)
    year = page.plan.year_combo.currentData()
    assert year is not None
    dialogs.save_as += [OFFERED, None]
    dialogs.after_export.append(None)
    window.act_export.trigger()
    assert dialogs.offered_files[0].endswith(f"培訓記錄_{year}.xlsx")
    assert f"{year} 年度" in title_of(dialogs.offered_files[0])
    page.export_button.click()  # the page's own button (beside the tabs): the same export
    assert dialogs.offered_files[1] == dialogs.offered_files[0]


def test_export_is_enabled_exactly_where_a_page_writes_a_file(window):
    for key in KEYS:
        window.show_page(key)
        offered = key in EXPORTING_PAGES
        assert window.act_export.isEnabled() == offered, key
        assert ("not on this page" in window.act_export.toolTip()) != offered, key
    window.retranslate()  # the actions built anew keep following the page shown
    assert not window.act_export.isEnabled()  # settings


def test_evaluator_forms_go_into_a_folder_of_the_month_made_for_them(window, dialogs, home):
    window.show_page("appraisals")
    page = window.current_page()
    assert page.period_combo.currentText() == "2026-10"
    dialogs.folders.append(str(home / "HR"))  # typed in the dialog: not there yet either
    dialogs.after_export.append(OPEN_FOLDER)
    page.forms_button.click()
    folder = home / "HR" / "評分表_2026-10"
    assert dialogs.offered_folders == [str(home / "Documents")]
    forms = sorted(folder.iterdir())
    assert forms and all(p.name.startswith("2026-10_") for p in forms)
    ((message, path),) = dialogs.exported
    assert path == str(folder) and str(len(forms)) in message
    assert dialogs.opened == [QUrl.fromLocalFile(str(folder))]
    assert opts.EXPORT_FOLDER.get(window.settings) == str(home / "HR")  # the one chosen


def test_a_refused_export_says_so_once_and_writes_nothing(window, dialogs, errors, tmp_path):
    taken = tmp_path / "taken.xlsx"
    taken.mkdir()  # a folder where the file would go
    window.show_page("staff")
    dialogs.save_as.append(str(taken))
    window.act_export.trigger()
    assert len(errors) == 1 and "is a folder" in errors[0]
    assert dialogs.exported == [] and dialogs.opened == []
    assert opts.EXPORT_FOLDER.get(window.settings) == ""  # not "the last folder used"
    assert list(tmp_path.glob("*taken*")) == [taken] and list(taken.iterdir()) == []


def test_a_refusal_takes_away_the_folders_it_made(window, dialogs, errors, tmp_path):
    window.show_page("staff")
    made = tmp_path / "new" / "2026"
    dialogs.save_as.append(str(made / ("長" * 100 + ".xlsx")))  # a name too long to write
    window.act_export.trigger()
    assert len(errors) == 1 and dialogs.exported == []
    assert not (tmp_path / "new").exists()
    (tmp_path / "blocker").write_text("a file")
    dialogs.save_as.append(str(tmp_path / "blocker" / "x.xlsx"))
    window.act_export.trigger()
    assert len(errors) == 2 and "not a folder" in errors[1]
    assert (tmp_path / "blocker").read_text() == "a file"
