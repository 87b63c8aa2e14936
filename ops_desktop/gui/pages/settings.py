"""Settings: this workstation's preferences (operator name, backups, PDF font), the
department's name and appraisal scheme (kept in the database, with undo), and which
database is in use."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ops_desktop.core.appraisal import scheme_impact
from ops_desktop.core.appraisal.scheme_impact import PeriodImpact
from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import audit, freshness, scheme
from ops_desktop.core.services import settings as service
from ops_desktop.core.services.freshness import Seen
from ops_desktop.core.services.scheme import SchemeChanges
from ops_desktop.gui import settings_store as opts
from ops_desktop.gui.app import backup_folder
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.forms.ui_settings_form import Ui_SettingsForm
from ops_desktop.gui.keys import enter_clicks
from ops_desktop.gui.undo import perform
from ops_desktop.resources import resource_path

from .base import Page
from .settings_impact import SchemeImpactDialog
from .settings_scheme import SchemeFields, SchemeShown, shown_scheme

DEPARTMENT = "department_name"
OPERATOR_MAX = 80


BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")  # as exports.pdf.fonts.BUNDLED, without reportlab


class SettingsPage(Page):
    key = "settings"

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.settings = settings if settings is not None else ctx.preferences()
        self._dirty = self._filling = False
        self._font_error = ""
        self._department = ""
        self._letters = service.LetterSettings()
        self._calibration = service.CalibrationSettings()
        self._ack_days = DEFAULT_ACK_DAYS
        self._scheme_seen: Seen | None = None
        self._loading = 0  # the latest load: an older one arriving is dropped
        self._checking = 0  # the latest check of the form: likewise
        self.form = QWidget(self)
        self.ui = ui = Ui_SettingsForm()
        ui.setupUi(self.form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addLayout(self._language_row())
        layout.addWidget(scroll)
        self.scheme = SchemeFields(ui, self)
        self._prepare()
        self._loaded = False

    def title(self) -> str:
        return self.tr("Settings")

    def _language_row(self) -> QHBoxLayout:
        """The interface language: applied at once (Language menu too), remembered."""
        self.language = QComboBox(self)
        for code, name in (
            ("", self.tr("Follow the system")),
            ("zh_TW", "繁體中文"),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(self.language.findData(opts.LANGUAGE.get(self.settings)), 0)
        )
        self.language.activated.connect(self._switch_language)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language:"), self))
        row.addWidget(self.language)
        row.addStretch()
        return row

    def _switch_language(self) -> None:
        from ops_desktop.gui import window_actions
        from ops_desktop.gui.main_window import MainWindow

        window = self.window()
        if isinstance(window, MainWindow):
            window_actions.switch_language(window, self.language.currentData())
        else:
            opts.LANGUAGE.set(self.settings, self.language.currentData())

    def _prepare(self) -> None:
        ui = self.ui
        for label in (
            ui.operatorEditError,
            ui.backupFolderEditError,
            ui.pdfFontEditError,
            ui.departmentEditError,
        ):
            label.setWordWrap(True)
        ui.operatorEdit.setMaxLength(OPERATOR_MAX + 20)
        ui.pdfFontEdit.setPlaceholderText(
            self.tr("Bundled: %1").replace("%1", resource_path(*BUNDLED_FONT).name)
        )
        ui.backupFolderEdit.setPlaceholderText(str(backup_folder("")))
        ui.databaseEdit.setText(self.ctx.db.description)
        for edit in (ui.operatorEdit, ui.backupFolderEdit, ui.departmentEdit):
            edit.textEdited.connect(self._edited)
        ui.pdfFontEdit.textEdited.connect(self._font_typed)
        ui.pdfFontEdit.editingFinished.connect(self.check_font)
        ui.backupCountSpin.valueChanged.connect(self._edited)
        ui.appealDaysSpin.valueChanged.connect(self._edited)
        ui.letterRankCheck.toggled.connect(self._edited)
        ui.letterBonusCheck.toggled.connect(self._edited)
        ui.calibrationZSpin.valueChanged.connect(self._edited)
        ui.calibrationShareSpin.valueChanged.connect(self._edited)
        ui.ackDaysSpin.valueChanged.connect(self._edited)
        self.scheme.edited.connect(self._edited)
        ui.backupBrowseButton.clicked.connect(self.choose_backup_folder)
        ui.fontBrowseButton.clicked.connect(self.choose_font)
        ui.fontDefaultButton.clicked.connect(lambda: self._set_font(""))
        ui.saveButton.clicked.connect(self.save)
        enter_clicks(self.form, ui.saveButton)
        ui.revertButton.clicked.connect(self.load)

    # -- loading ------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded or not self._dirty:
            self.load()

    @Slot()
    def load(self) -> None:
        """Show what is stored: the workstation's QSettings at once, the database's values
        when they have been read."""
        ui, s = self.ui, self.settings
        self._filling = True
        ui.operatorEdit.setText(opts.OPERATOR.get(s))
        ui.backupFolderEdit.setText(opts.BACKUP_FOLDER.get(s))
        ui.backupCountSpin.setValue(opts.BACKUP_COUNT.get(s))
        ui.pdfFontEdit.setText(opts.PDF_FONT.get(s))
        self._filling = False
        self._loaded = True
        self._set_dirty(False)
        self._loading += 1
        asked = self._loading

        def work(session: Session) -> tuple[str, Values, Seen, SchemeShown]:
            active = scheme.active(session)
            # the form saves all of it: guarded with the version it shows
            return (
                service.department(session),
                _values(session),
                freshness.seen(active),
                shown_scheme(active),
            )

        def done(found: tuple[str, Values, Seen, SchemeShown]) -> None:
            if asked != self._loading:  # loaded again meanwhile
                return
            self._department, values, self._scheme_seen, shown = found
            self._letters, self._calibration, self._ack_days = values
            self._filling = True
            ui.departmentEdit.setText(self._department)
            ui.appealDaysSpin.setValue(self._letters.appeal_days)
            ui.letterRankCheck.setChecked(self._letters.shows_rank)
            ui.letterBonusCheck.setChecked(self._letters.shows_bonus)
            ui.calibrationZSpin.setValue(float(self._calibration.z))
            ui.calibrationShareSpin.setValue(int(self._calibration.top_share))
            ui.ackDaysSpin.setValue(self._ack_days)
            self.scheme.fill(shown)
            self._filling = False
            self.check_font()

        self.ctx.read(work, done, on_error=self.error)

    # -- validation ---------------------------------------------------------------------------
    @Slot()
    def _edited(self, *_: Any) -> None:
        if not self._filling:
            self._set_dirty(True)
            self.validate()

    @Slot()
    def _font_typed(self) -> None:
        self._font_error = ""  # checked when the typing is finished
        self._edited()

    @Slot()
    def check_font(self) -> None:
        """Try the chosen PDF font (off the GUI thread: a CJK font file is large)."""
        path = self.ui.pdfFontEdit.text().strip()
        if not path:
            self._font_error = ""
            self.validate()
            return

        def work(progress: Any) -> str:
            from ops_desktop.exports.pdf import fonts

            return fonts.register(path)

        def failed(message: str) -> None:
            if self.ui.pdfFontEdit.text().strip() == path:
                self._font_error = message
                self.validate()

        def done(_name: str) -> None:
            if self.ui.pdfFontEdit.text().strip() == path:
                self._font_error = ""
                self.validate()

        self.ctx.tasks.run(work, done, on_error=failed)

    def workstation_problems(self) -> dict[str, str]:
        ui, found = self.ui, {}
        if len(ui.operatorEdit.text().strip()) > OPERATOR_MAX:
            found["operator"] = self.tr("The name is longer than %1 characters.").replace(
                "%1", str(OPERATOR_MAX)
            )
        elif problem := audit.operator_problem(ui.operatorEdit.text()):
            found["operator"] = problem  # a character no export can hold
        folder = ui.backupFolderEdit.text().strip()
        if folder and Path(folder).exists() and not Path(folder).is_dir():
            found["backup_folder"] = self.tr("That is a file, not a folder.")
        elif folder and not Path(folder).parent.is_dir():
            found["backup_folder"] = self.tr("Neither this folder nor the one above it exists.")
        if self._font_error:
            found["pdf_font"] = self._font_error
        return found

    def local_problems(self) -> dict[str, str]:
        """What is wrong with the fields checked without the database."""
        found = self.workstation_problems()
        problem = service.problem(self.ui.departmentEdit.text())
        if problem:
            found["department"] = problem
        return found

    @Slot()
    def validate(self) -> None:
        """Check every field as it is typed (the scheme on the worker); show each problem
        beside its field — unless checked again meanwhile: a newer check is on its way."""
        self._checking += 1
        asked, changes = self._checking, self.scheme.changes()

        def checked(scheme_found: dict[str, str]) -> None:
            if asked == self._checking:
                self._show_checks(self.local_problems(), scheme_found, changes)

        self.ctx.read(
            lambda session: scheme.problems(session, changes), checked, on_error=self.error
        )

    def _show_checks(
        self, found: dict[str, str], scheme_found: dict[str, str], changes: SchemeChanges
    ) -> None:
        ui = self.ui
        self.scheme.show_problems(scheme_found, changes)
        for key, label in (
            ("operator", ui.operatorEditError),
            ("backup_folder", ui.backupFolderEditError),
            ("backup_count", ui.backupCountSpinError),
            ("pdf_font", ui.pdfFontEditError),
            ("department", ui.departmentEditError),
        ):
            label.setText(found.get(key, ""))  # in the space kept for it (Page.showEvent)
            label.setToolTip(found.get(key, ""))
        ui.saveButton.setEnabled(self._dirty and not found and not scheme_found)

    # -- choosing files -----------------------------------------------------------------------
    @Slot()
    def choose_backup_folder(self) -> None:
        start = self.ui.backupFolderEdit.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.ui.backupFolderEdit.setText(folder)
            self._edited()

    @Slot()
    def choose_font(self) -> None:
        start = str(Path(self.ui.pdfFontEdit.text()).parent) if self.ui.pdfFontEdit.text() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("PDF font"), start, self.tr("TrueType fonts (*.ttf *.ttc)")
        )
        if path:
            self._set_font(path)

    def _set_font(self, path: str) -> None:
        self.ui.pdfFontEdit.setText(path)
        self._set_dirty(True)
        self.check_font()

    # -- saving -------------------------------------------------------------------------------
    def _set_dirty(self, dirty: bool) -> None:
        """Edited since loaded or saved: marked in the navigation like a record form."""
        if dirty != self._dirty:
            self._dirty = dirty
            self.modified_changed.emit(dirty)
        # Nothing to store or to take back until something is changed; Save then follows
        # the checks (``_show_checks``)
        self.ui.revertButton.setEnabled(dirty)
        if not dirty:
            self.ui.saveButton.setEnabled(False)
        self.actions_changed.emit()  # the toolbar's Save follows (``ready``)

    def ready(self, action: str) -> bool:
        """Save stores what was changed: nothing to store before."""
        return action != "save" or self._dirty

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        self._set_dirty(False)
        self.load()

    @Slot()
    def save(self) -> bool:
        """Check the form (the scheme on the worker, with what is stored); when the scheme
        change would re-score months not yet locked, show which and how, and ask whether it
        applies to them or from the next month (Cancel saves nothing). Then store the
        workstation's preferences and — one undoable change — the department name and the
        scheme, all as they were when Save was chosen. True: started; the outcome is shown
        when it is known."""
        self._checking += 1  # this check is the latest
        local, changes = self.local_problems(), self.scheme.changes()
        ui = self.ui
        preferences = (
            ui.operatorEdit.text().strip(),
            ui.backupFolderEdit.text().strip(),
            ui.backupCountSpin.value(),
            ui.pdfFontEdit.text().strip(),
        )
        # what the form was loaded from
        shown = Shown(
            self._department, self._scheme_seen, self._letters, self._calibration, self._ack_days
        )
        department = ui.departmentEdit.text().strip()
        chosen = (
            service.LetterSettings(
                ui.appealDaysSpin.value(),
                ui.letterRankCheck.isChecked(),
                ui.letterBonusCheck.isChecked(),
            ),
            _thresholds(ui.calibrationZSpin.value(), ui.calibrationShareSpin.value()),
            ui.ackDaysSpin.value(),
        )

        def check(session: Session) -> Checked:
            found = scheme.problems(session, changes)
            if found:
                return Checked(found)
            differs = scheme.differs(session, changes)
            changed = (
                differs or department != service.department(session) or chosen != _values(session)
            )
            if not differs or _stale(session, shown):
                return Checked(found, changed)  # a stale save is refused: nothing to ask
            return Checked(found, changed, scheme_impact.preview(session, changes))

        def checked(outcome: Checked) -> None:
            self._show_checks(local, outcome.found, changes)
            if local or outcome.found:
                self.status_message.emit(self.tr("Settings not saved: correct the marked fields."))
                return
            applies_to = scheme.APPLY_TO_OPEN
            if outcome.impact:  # months not yet locked would be re-scored: ask first
                dialog = SchemeImpactDialog(outcome.impact, self)
                choice = dialog.choice() if self.ctx.dialogs.run(dialog) else None
                if choice is None:
                    self.status_message.emit(self.tr("Settings not saved."))
                    return
                applies_to = choice
            self._store_preferences(*preferences)
            if outcome.changed:
                self._store_database_part(shown, department, chosen, changes, applies_to)
            else:
                self._saved()

        self.ctx.read(check, checked, on_error=self.error)
        return True

    def _store_preferences(self, operator: str, folder: str, count: int, font: str) -> None:
        s = self.settings
        opts.OPERATOR.set(s, operator)
        opts.BACKUP_FOLDER.set(s, folder)
        opts.BACKUP_COUNT.set(s, count)
        opts.PDF_FONT.set(s, font)
        s.sync()

    def _saved(self) -> None:
        self._set_dirty(False)
        self.load()
        self.status_message.emit(self.tr("Settings saved."))

    def _store_database_part(
        self,
        shown: Shown,
        department: str,
        values: Values,
        changes: SchemeChanges,
        applies_to: str,
    ) -> None:
        """The department's values (name, result letters) and the scheme: one undoable
        change. Its undo and redo apply to the same months as the change (``applies_to``)."""
        operator = self.ctx.operator()

        def apply(shown: str, department: str, values: Values, changes: SchemeChanges) -> Any:
            def work(session: Session) -> tuple[str, Values, SchemeChanges]:
                service.expect_department(session, shown)  # as this form (or undo) left it
                before = scheme.changes_of(scheme.active(session))
                values_before = _values(session)
                if service.department(session) != department:
                    service.put(session, DEPARTMENT, department, operator)
                service.put_letter_settings(session, values[0], operator)
                service.put_calibration_settings(session, values[1], operator)
                if service.ack_days(session) != values[2]:
                    service.put(session, service.ACK_DAYS, str(values[2]), operator)
                scheme.edit(session, changes, operator, applies_to=applies_to)
                return shown, values_before, before  # what its undo puts back

            return work

        perform(
            self.undo_stack,
            self.ctx,
            self.tr("Change settings"),
            apply(shown.department, department, values, changes),
            lambda back: apply(department, *back),
            self.load,
            self.error,
            shown.scheme,
            done=lambda _back: self._saved(),
        )


@dataclass(frozen=True)
class Checked:
    """The check of a save: the scheme's problems, whether anything stored would change,
    and what the new scheme would change in the months not yet locked (empty: no question)."""

    found: dict[str, str]
    changed: bool = False
    impact: list[PeriodImpact] = field(default_factory=list)


def _stale(session: Session, shown: Shown) -> bool:
    """Whether the scheme or the department name has changed since the form was loaded:
    the save is then refused, and says so."""
    try:
        freshness.check(session, shown.scheme)
    except DomainError:
        return True
    return service.department(session) != shown.department or _values(session) != (
        shown.letters,
        shown.calibration,
        shown.ack_days,
    )


@dataclass(frozen=True)
class Shown:
    """What the form's database part was loaded from: a save is refused if it has changed."""

    department: str
    scheme: Seen | None
    letters: service.LetterSettings = service.LetterSettings()
    calibration: service.CalibrationSettings = service.CalibrationSettings()
    ack_days: int = 14


# The department's values the form saves beside its name: the result letters', the
# calibration's (考核校準) thresholds, and the days people have to acknowledge a regulation
# version (閱知確認) before the dashboard names them.
Values = tuple[service.LetterSettings, service.CalibrationSettings, int]
DEFAULT_ACK_DAYS = 14


def _values(session: Session) -> Values:
    return (
        service.letter_settings(session),
        service.calibration_settings(session),
        service.ack_days(session),
    )


def _thresholds(z: float, share: int) -> service.CalibrationSettings:
    """The thresholds as the spin boxes show them (z to 2 decimals, a whole percentage)."""
    return service.CalibrationSettings(Decimal(f"{z:.2f}").normalize(), Decimal(share))
