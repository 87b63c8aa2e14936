"""The form beside the tree: the selected chapter's or section's title, or a clause's text,
in Traditional and Simplified script, checked as it is typed; read-only when approved.

A Simplified text written for another Traditional text than the one in the form is marked
outdated. Typing into it or converting again counts as checking it: saved, it is written for
the Traditional text saved with it (even when it stays word for word as it was)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from ops_desktop.core.script import to_hans
from ops_desktop.core.services import regulation as service
from ops_desktop.gui.context import AppContext
from ops_desktop.gui.forms.ui_regulation_item_form import Ui_RegulationItemForm

from .tree import Entry


@dataclass(frozen=True)
class NewItem:
    """A chapter, section, sub-section or clause about to be added."""

    kind: str  # chapter | section | subsection | clause
    parent: int  # version id | chapter id | parent section id | section id
    chapter_id: int | None = None  # the chapter of a sub-section
    where: str = ""  # the parent's title, for the heading


class ItemEditor(QWidget):
    modified = Signal(bool)  # what is typed differs from the part as shown, or no longer

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._on_error = on_error  # a check that failed is told there (default: the runner)
        self.entry: Entry | None = None
        self.new: NewItem | None = None
        self._prefill = ""
        self.tried = False  # typed into, or a save tried: the form's problems are shown
        self.hans_checked = False  # the Simplified text typed into or converted again
        self.read_only = True
        self.ui = ui = Ui_RegulationItemForm()
        ui.setupUi(self)
        ui.kindCombo.addItem(self.tr("Item (bullet)"), "item")
        ui.kindCombo.addItem(self.tr("Paragraph"), "paragraph")
        ui.titleEdit.setMaxLength(200)
        ui.titleHansEdit.setMaxLength(200)
        ui.titleEdit.textEdited.connect(self._typed)
        ui.titleHansEdit.textEdited.connect(self._hans_typed)
        ui.textEdit.textChanged.connect(self._typed)  # (silent while the form is filled)
        ui.textHansEdit.textChanged.connect(self._hans_typed)
        ui.kindCombo.activated.connect(self._typed)
        ui.convertButton.clicked.connect(self.convert)
        ui.convertButton.setToolTip(
            self.tr(
                "Put the conversion of the Traditional text into the Simplified field, to "
                "check it before saving"
            )
        )
        ui.revertButton.clicked.connect(self.revert)
        self.show_entry(None, True)

    # -- what the form shows --------------------------------------------------------------
    def kind(self) -> str | None:
        """clause, chapter or section (a sub-section is a section), or None when empty."""
        if self.new is not None:
            return {"subsection": "section"}.get(self.new.kind, self.new.kind)
        return self.entry.kind if self.entry is not None else None

    def _layout_for(self, kind: str | None) -> None:
        ui = self.ui
        heading = kind in ("chapter", "section")
        clause = kind == "clause"
        for widget in (
            ui.titleEditLabel, ui.titleEdit, ui.titleEditError,
            ui.titleHansEditLabel, ui.titleHansEdit, ui.titleHansEditError,
        ):  # fmt: skip
            widget.setVisible(heading)
        for widget in (
            ui.textEditLabel, ui.textEdit, ui.textEditError,
            ui.textHansEditLabel, ui.textHansEdit, ui.textHansEditError,
            ui.kindComboLabel, ui.kindCombo,
        ):  # fmt: skip
            widget.setVisible(clause)
        ui.hintLabel.setVisible(kind is not None)
        ui.titleEditLabel.setText(
            self.tr("Chapter title") if kind == "chapter" else self.tr("Section title")
        )

    def _fill(self, text: str, hans: str | None, clause_kind: str = "item") -> None:
        ui = self.ui
        for widget in (ui.titleEdit, ui.titleHansEdit, ui.textEdit, ui.textHansEdit):
            widget.blockSignals(True)
        ui.titleEdit.setText(text if self.kind() != "clause" else "")
        ui.titleHansEdit.setText((hans or "") if self.kind() != "clause" else "")
        ui.textEdit.setPlainText(text if self.kind() == "clause" else "")
        ui.textHansEdit.setPlainText((hans or "") if self.kind() == "clause" else "")
        for widget in (ui.titleEdit, ui.titleHansEdit, ui.textEdit, ui.textHansEdit):
            widget.blockSignals(False)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(clause_kind), 0))

    def _set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        self.read_only = read_only
        for edit in (ui.titleEdit, ui.titleHansEdit, ui.textEdit, ui.textHansEdit):
            edit.setReadOnly(read_only)
        ui.kindCombo.setEnabled(not read_only)
        for button in (ui.convertButton, ui.revertButton, ui.saveButton):
            button.setVisible(not read_only)

    def show_entry(self, entry: Entry | None, read_only: bool) -> None:
        self.entry, self.new, self.tried, self.hans_checked = entry, None, False, False
        self._layout_for(entry.kind if entry else None)
        self._set_read_only(read_only or entry is None)
        if entry is None:
            self.ui.headingLabel.setText(self.tr("Select a chapter, section or clause."))
            self._fill("", None)
        else:
            names = {
                "chapter": self.tr("Chapter"),
                "section": self.tr("Sub-section") if entry.depth else self.tr("Section"),
                "clause": self.tr("Clause %1 of %2"),
            }
            heading = names[entry.kind].replace("%1", str(entry.index + 1))
            self.ui.headingLabel.setText(heading.replace("%2", str(entry.count)))
            self._fill(entry.title, entry.title_hans, entry.clause_kind or "item")
        self.validate()

    def start_new(self, new: NewItem, prefill: str = "") -> None:
        self.entry, self.new, self._prefill, self.tried = None, new, prefill, False
        self.hans_checked = False
        self._layout_for(self.kind())
        self._set_read_only(False)
        headings = {
            "chapter": self.tr("New chapter"),
            "section": self.tr("New section in %1"),
            "subsection": self.tr("New sub-section in %1"),
            "clause": self.tr("New clause in %1"),
        }
        self.ui.headingLabel.setText(headings[new.kind].replace("%1", new.where))
        self._fill(prefill, None)
        editor = self.ui.textEdit if new.kind == "clause" else self.ui.titleEdit
        editor.setFocus()
        if new.kind != "clause":
            self.ui.titleEdit.end(False)
        self.validate()

    # -- what was typed -------------------------------------------------------------------
    def values(self) -> tuple[str, str | None, str]:
        """(Traditional text, Simplified text or None, clause kind)."""
        ui = self.ui
        if self.kind() == "clause":
            text, hans = ui.textEdit.toPlainText(), ui.textHansEdit.toPlainText()
        else:
            text, hans = ui.titleEdit.text(), ui.titleHansEdit.text()
        return text.strip(), hans.strip() or None, ui.kindCombo.currentData() or "item"

    def hans_for(self) -> str | None:
        """What to save the Simplified text as written for: the Traditional text when the
        user checked it; None to let the service tell (a changed one is written for the
        new text, one kept as it was for what it was written for)."""
        return self.values()[0] if self.hans_checked else None

    def _written_for(self) -> str | None:
        """What the Simplified text in the form would be written for, once saved."""
        text, hans, _ = self.values()
        if hans is None:
            return None
        entry = self.entry
        if self.hans_checked or entry is None or hans != entry.title_hans or not entry.hans_for:
            return text
        return entry.hans_for

    def hans_outdated(self) -> bool:
        written_for = self._written_for()
        return written_for is not None and written_for != self.values()[0]

    def changed(self) -> bool:
        text, hans, clause_kind = self.values()
        if self.new is not None:  # the heading's number alone is not an edit
            return bool(text) and text != self._prefill.strip()
        if self.entry is None:
            return False
        return (text, hans, clause_kind, self._written_for()) != (
            self.entry.title,
            self.entry.title_hans,
            self.entry.clause_kind or "item",
            self.entry.hans_for if self.entry.title_hans is not None else None,
        )

    @Slot()
    def _typed(self) -> None:
        self.tried = True
        self.validate()

    @Slot()
    def _hans_typed(self) -> None:
        self.hans_checked = True
        self._typed()

    def _show_outdated(self) -> None:
        """The mark beside the Simplified field, with what it was written for."""
        ui, kind = self.ui, self.kind()
        outdated = kind is not None and self.hans_outdated()
        tip = ""
        if outdated and self.entry is not None and self.entry.hans_for:
            tip = self.tr("It was written for: %1").replace("%1", self.entry.hans_for)
        for label, shown in (
            (ui.titleHansOutdatedLabel, outdated and kind != "clause"),
            (ui.textHansOutdatedLabel, outdated and kind == "clause"),
        ):
            label.setVisible(shown)
            label.setToolTip(tip)

    @Slot()
    def validate(self) -> None:
        """Check what is typed (on the worker); show each problem under its field — unless
        the form has changed meanwhile: a newer check is on its way."""
        self.check(lambda _found: None)

    def check(self, then: Callable[[dict[str, str]], None], *, always: bool = False) -> None:
        """Check the form as it is now and show its problems — if it is still as it was
        checked; then ``then(problems)``: only then too, unless ``always`` (a save of the
        values as they were when Save was chosen)."""
        kind = self.kind()
        self._show_outdated()
        if kind is None or self.read_only:
            self._show_checks({})
            then({})
            return
        asked = self._asked()
        text, hans, _ = self.values()
        changed = self.changed()
        self.modified.emit(changed and not self.read_only)
        self.ui.revertButton.setEnabled(changed)  # these need no check: at once
        if not changed:
            self.ui.saveButton.setEnabled(False)

        def checked(found: dict[str, str]) -> None:
            if self._asked() == asked:
                self._show_checks(found)
            elif not always:
                return  # a newer check is on its way
            then(found)

        self.ctx.read(
            lambda session: service.item_problems(session, kind, text, hans),
            checked,
            on_error=self._on_error,
        )

    def _asked(self) -> tuple[object, ...]:
        """What a check of the form depends on."""
        return (self.entry, self.new, self.read_only, self.kind(), self.values())

    def _show_checks(self, found: dict[str, str]) -> None:
        ui, kind = self.ui, self.kind()
        told = found if self.tried or self.changed() else {}  # a pristine form: silent
        heading = kind != "clause"
        ui.titleEditError.setText(told.get("title", "") if heading else "")
        ui.titleHansEditError.setText(told.get("text_hans", "") if heading else "")
        ui.textEditError.setText(told.get("text", "") if not heading else "")
        ui.textHansEditError.setText(told.get("text_hans", "") if not heading else "")
        text = self.values()[0]
        try:
            derived = to_hans(text) if text else ""
        except Exception:  # noqa: BLE001 - only a hint
            derived = ""
        ui.textHansEdit.setPlaceholderText(derived)
        ui.titleHansEdit.setPlaceholderText(derived)
        ui.saveButton.setEnabled(not self.read_only and not found and self.changed())
        ui.revertButton.setEnabled(not self.read_only and self.changed())

    @Slot()
    def convert(self) -> None:
        """Fill the Simplified text by converting the Traditional one (then proofread it)."""
        text = self.values()[0]
        self.hans_checked = True
        if self.kind() == "clause":
            self.ui.textHansEdit.setPlainText(to_hans(text))  # (_hans_typed: validated)
        else:
            self.ui.titleHansEdit.setText(to_hans(text))
        self._typed()

    def forget(self) -> None:
        """What the form holds was stored: nothing in it is unsaved any more (the part as
        stored is shown once the tree has reloaded)."""
        self.entry, self.new = None, None

    @Slot()
    def revert(self) -> None:
        if self.new is not None:
            self.start_new(self.new, self._prefill)
        else:
            self.show_entry(self.entry, self.read_only)
