"""Settings: the appraisal weights must add up to 100 (refused otherwise, with the total shown
live), grades and rules, the department name with undo; the workstation's operator name,
backups and PDF font in QSettings — and everything is there when the page is opened again."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from typing_helpers import type_into

from ops_desktop.core.services import scheme
from ops_desktop.core.services import settings as dept
from ops_desktop.exports.pdf import fonts
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.pages.settings import SettingsPage


def make_page(qtbot, ctx, settings):
    page = SettingsPage(ctx, settings=settings)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def said(page):
    """The page's status bar messages, as they are emitted."""
    messages: list[str] = []
    page.status_message.connect(messages.append)
    return messages


NOT_SAVED = "Settings not saved: correct the marked fields."


def weights(ctx):
    with ctx.db.transaction() as session:
        return {k: v.normalize() for k, v in scheme.source_weights(session).items()}


def active(ctx, read):
    with ctx.db.transaction() as session:
        return read(scheme.active(session))


def test_shows_what_is_stored(qtbot, fresh_ctx, settings):
    settings.setValue("operator/name", "王秘書")
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    assert ui.operatorEdit.text() == "王秘書" and ui.departmentEdit.text() == "運營部"
    assert {c: e.text() for c, e in page.scheme.sources.items()} == {
        "supervisor": "40",
        "peer": "20",
        "self": "10",
        "data": "30",
    }
    assert [e.text() for e in page.scheme.dimensions.values()] == ["50", "30", "20"]
    assert ui.sourcesTotal.text() == "Total: 100 ✓" and ui.dimensionsTotal.text() == "Total: 100 ✓"
    assert ui.databaseEdit.isReadOnly() and ui.databaseEdit.text() == fresh_ctx.db.description
    assert "File → Open database…" in ui.databaseNote.text()  # not "--db": see the File menu
    # nothing changed: nothing to store or take back (both were enabled, asking nothing)
    assert not page.has_unsaved_changes()
    assert not ui.saveButton.isEnabled() and not ui.revertButton.isEnabled()
    type_into(qtbot, ui.departmentEdit, "運營二部")
    assert ui.saveButton.isEnabled() and ui.revertButton.isEnabled()
    qtbot.mouseClick(ui.revertButton, Qt.MouseButton.LeftButton)
    assert ui.departmentEdit.text() != "運營二部"
    assert not ui.saveButton.isEnabled() and not ui.revertButton.isEnabled()


def test_weights_must_total_100_then_save_undo_redo(qtbot, fresh_ctx, settings, errors):
    page = make_page(qtbot, fresh_ctx, settings)
    ui, sources = page.ui, page.scheme.sources
    type_into(qtbot, sources["supervisor"], "45")
    assert ui.sourcesTotal.text() == "Total: 105 — must be 100"
    assert not ui.saveButton.isEnabled()
    messages = said(page)
    page.save()  # refused: nothing stored, and the page says why
    assert messages == [NOT_SAVED] and weights(fresh_ctx)["supervisor"] == 40
    type_into(qtbot, sources["peer"], "1x")
    assert ui.sourcesTotal.text() == "Total: ?" and "not a number" in ui.sourcesError.text()
    type_into(qtbot, sources["peer"], "15")
    assert ui.sourcesTotal.text() == "Total: 100 ✓" and ui.sourcesError.text() == ""
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert weights(fresh_ctx) == {"supervisor": 45, "peer": 15, "self": 10, "data": 30}
    page.undo_stack.undo()
    assert weights(fresh_ctx)["supervisor"] == 40 and sources["supervisor"].text() == "40"
    page.undo_stack.redo()
    assert weights(fresh_ctx)["peer"] == 15 and sources["peer"].text() == "15"
    assert errors == []


def test_grades_and_rules(qtbot, fresh_ctx, settings):
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    low, coefficient, share = page.scheme.grades["優秀"]
    type_into(qtbot, low, "85")
    type_into(qtbot, coefficient, "1.3")
    type_into(qtbot, share, "20")
    type_into(qtbot, ui.trainingThresholdEdit, "abc")
    assert "not a number" in ui.trainingThresholdEditError.text()
    assert not ui.saveButton.isEnabled()
    type_into(qtbot, ui.trainingThresholdEdit, "65")
    bottom = page.scheme.grades["不合格"][0]
    type_into(qtbot, bottom, "10")
    assert "start at 0" in ui.schemeError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, bottom, "0")
    ui.peerMinCountSpin.setValue(2)
    assert "at least 3" in ui.peerMinCountSpinError.text()
    ui.peerMinCountSpin.setValue(6)
    ui.annualMinSpin.setValue(8)
    assert page.save()
    top = active(fresh_ctx, lambda s: next(g for g in s.grades if g.name == "優秀"))
    assert (top.min_score, top.bonus_coefficient, top.max_share) == (85, Decimal("1.3"), 20)
    values = active(
        fresh_ctx, lambda s: (s.training_threshold, s.annual_min_months, s.peer_drop_min_count)
    )
    assert values == (65, 8, 6)


def test_department_name_and_workstation_preferences(qtbot, fresh_ctx, settings, tmp_path, errors):
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    ui.departmentEdit.selectAll()
    qtbot.keyClick(ui.departmentEdit, Qt.Key.Key_Backspace)
    assert "required" in ui.departmentEditError.text() and not ui.saveButton.isEnabled()
    type_into(qtbot, ui.departmentEdit, "運營中心")
    type_into(qtbot, ui.operatorEdit, "陳秘書")
    type_into(qtbot, ui.backupFolderEdit, str(tmp_path / "no" / "such" / "place"))
    assert "exists" in ui.backupFolderEditError.text()
    type_into(qtbot, ui.backupFolderEdit, str(tmp_path / "backups"))
    ui.backupCountSpin.setValue(7)
    assert page.has_unsaved_changes() and page.save()
    with fresh_ctx.transaction() as session:
        assert dept.department(session) == "運營中心"
    assert opts.OPERATOR.get(settings) == "陳秘書"
    assert opts.BACKUP_FOLDER.get(settings) == str(tmp_path / "backups")
    assert opts.BACKUP_COUNT.get(settings) == 7
    again = make_page(qtbot, fresh_ctx, settings)
    assert again.ui.departmentEdit.text() == "運營中心" and again.ui.operatorEdit.text() == "陳秘書"
    assert again.ui.backupCountSpin.value() == 7
    page.undo_stack.undo()
    with fresh_ctx.transaction() as session:
        assert dept.department(session) == "運營部"
    assert errors == []


def test_pdf_font_is_checked_beside_the_field(qtbot, fresh_ctx, settings, tmp_path, monkeypatch):
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font")
    chosen = [str(bogus)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], ""))
    )
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    qtbot.mouseClick(ui.fontBrowseButton, Qt.MouseButton.LeftButton)
    assert ui.pdfFontEdit.text() == str(bogus)
    assert "bogus.ttf" in ui.pdfFontEditError.text() and not ui.saveButton.isEnabled()
    messages = said(page)
    page.save()
    assert messages == [NOT_SAVED] and opts.PDF_FONT.get(settings) == ""
    chosen[0] = str(fonts.bundled_font_path())
    qtbot.mouseClick(ui.fontBrowseButton, Qt.MouseButton.LeftButton)
    assert ui.pdfFontEditError.text() == "" and ui.saveButton.isEnabled()
    assert page.save() and opts.PDF_FONT.get(settings) == str(fonts.bundled_font_path())
    qtbot.mouseClick(ui.fontDefaultButton, Qt.MouseButton.LeftButton)
    assert page.save() and opts.PDF_FONT.get(settings) == ""
    assert page.undo_stack.count() == 0  # workstation preferences are not database edits


def test_an_edit_marks_the_page_modified_until_saved(qtbot, fresh_ctx, settings, errors):
    page = make_page(qtbot, fresh_ctx, settings)
    marks: list[bool] = []
    page.modified_changed.connect(marks.append)
    type_into(qtbot, page.ui.operatorEdit, "李秘書")
    assert marks == [True] and page.has_unsaved_changes()
    assert page.save()
    assert marks == [True, False] and not page.has_unsaved_changes()


def test_an_operator_name_no_export_can_hold_is_marked_and_not_saved(qtbot, fresh_ctx, settings):
    """Every change the operator makes is refused while the name cannot be stored: the page
    says so beside the field rather than at the first change elsewhere."""
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    type_into(qtbot, ui.operatorEdit, "陳\ufffe秘書")
    assert "U+FFFE" in ui.operatorEditError.text() and not ui.saveButton.isEnabled()
    messages = said(page)
    page.save()
    assert messages == [NOT_SAVED] and opts.OPERATOR.get(settings) == ""
    type_into(qtbot, ui.operatorEdit, "陳秘書")
    assert ui.operatorEditError.text() == "" and ui.saveButton.isEnabled()


def test_the_result_letters_settings_save_undo_and_redo(qtbot, fresh_ctx, settings, errors):
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    assert ui.appealDaysSpin.value() == 7
    assert not ui.letterRankCheck.isChecked() and not ui.letterBonusCheck.isChecked()
    ui.appealDaysSpin.setValue(10)
    ui.letterRankCheck.setChecked(True)
    assert page.has_unsaved_changes() and page.save()

    def stored():
        with fresh_ctx.transaction() as session:
            return dept.letter_settings(session)

    assert stored() == dept.LetterSettings(10, shows_rank=True, shows_bonus=False)
    again = make_page(qtbot, fresh_ctx, settings)
    assert again.ui.appealDaysSpin.value() == 10 and again.ui.letterRankCheck.isChecked()
    page.undo_stack.undo()
    assert stored() == dept.LetterSettings()
    page.undo_stack.redo()
    assert stored().appeal_days == 10
    assert errors == []


def test_the_calibration_thresholds_save_undo_and_redo(qtbot, fresh_ctx, settings, errors):
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    assert (ui.calibrationZSpin.value(), ui.calibrationShareSpin.value()) == (1.5, 40)
    ui.calibrationZSpin.setValue(2.25)
    ui.calibrationShareSpin.setValue(30)
    assert page.has_unsaved_changes() and page.save()

    def stored():
        with fresh_ctx.transaction() as session:
            return dept.calibration_settings(session), dept.get(session, dept.CALIBRATION_Z)

    assert stored() == (dept.CalibrationSettings(Decimal("2.25"), Decimal(30)), "2.25")
    again = make_page(qtbot, fresh_ctx, settings)
    assert (again.ui.calibrationZSpin.value(), again.ui.calibrationShareSpin.value()) == (2.25, 30)
    page.undo_stack.undo()
    assert stored()[0] == dept.CalibrationSettings()
    page.undo_stack.redo()
    assert stored()[0].top_share == 30
    assert errors == []


def test_the_days_to_acknowledge_the_regulation_save_undo_and_redo(
    qtbot, fresh_ctx, settings, errors
):
    page = make_page(qtbot, fresh_ctx, settings)
    ui = page.ui
    assert ui.ackDaysSpin.value() == 14
    assert (ui.ackDaysSpin.minimum(), ui.ackDaysSpin.maximum()) == (1, 365)
    ui.ackDaysSpin.setValue(30)
    assert page.has_unsaved_changes() and page.save()

    def stored():
        with fresh_ctx.transaction() as session:
            return dept.ack_days(session)

    assert stored() == 30 and not page.has_unsaved_changes()
    assert make_page(qtbot, fresh_ctx, settings).ui.ackDaysSpin.value() == 30
    page.undo_stack.undo()
    assert stored() == 14
    page.undo_stack.redo()
    assert stored() == 30
    assert errors == []
