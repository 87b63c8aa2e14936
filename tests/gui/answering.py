"""The user, as a test plays them: answers to the window's questions (``gui/dialogs.py``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog

from ops_desktop.gui.dialogs import OPEN_FILE, OPEN_FOLDER, Dialogs

__all__ = ["OFFERED", "OPEN_FILE", "OPEN_FOLDER", "AnsweringDialogs"]

OFFERED = object()  # an answer to ask_text: the text the window offered, as it was


class AnsweringDialogs(Dialogs):
    """The user, answering the window's questions as the test asked it to: a question or a
    message nobody expected fails the test instead of waiting for ever for a click."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.expect_errors = False
        self.questions: list[str] = []
        self.yes = False  # every confirmation answered Yes (the no_questions fixture)
        self.unsaved: list[str] = []  # answers to Save / Discard / Cancel, in order
        self.asked_unsaved: list[str] = []
        self.texts: list[object] = []  # answers to ask_text (None: Cancel; OFFERED), in order
        self.offered: list[str] = []  # the texts ask_text offered
        # The user at the window's own dialogs (run), in order: each is given the dialog, does
        # what the user does in it (types, ticks, clicks), and says whether it was accepted.
        self.forms: list[Callable[[QDialog], bool]] = []
        self.shown_forms: list[QDialog] = []
        # The file dialogs: answers in order (a path, None: Cancel, OFFERED: as offered), and
        # what each offered (the start folder with the suggested name; the start folder).
        self.save_as: list[object] = []
        self.offered_files: list[str] = []
        self.opened_files: list[object] = []  # File → Open: the same kinds of answer
        self.offered_starts: list[str] = []
        self.new_files: list[object] = []  # File → New: the same kinds of answer
        self.folders: list[object] = []
        self.offered_folders: list[str] = []
        # The message after an export: its answers in order (OPEN_FILE, OPEN_FOLDER, None:
        # Close), the (message, path) of each shown, and the URLs opened — never opened.
        self.after_export: list[str | None] = []
        self.exported: list[tuple[str, str]] = []
        self.opened: list[QUrl] = []

    def show_error(self, parent, message) -> None:  # type: ignore[no-untyped-def]
        self.errors.append(str(message))
        if not self.expect_errors:
            raise AssertionError(f"unexpected error message: {message}")

    def confirm(self, parent, question) -> bool:  # type: ignore[no-untyped-def]
        self.questions.append(question)
        if not self.yes:
            raise AssertionError(f"unexpected question: {question}")
        return True

    def ask_unsaved(self, parent, what) -> str:  # type: ignore[no-untyped-def]
        self.asked_unsaved.append(what)
        if not self.unsaved:
            raise AssertionError(f"unexpected question about unsaved edits on {what}")
        return self.unsaved.pop(0)

    def run(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        self.shown_forms.append(dialog)
        if not self.forms:
            raise AssertionError(f"unexpected dialog: {dialog.windowTitle()}")
        return self.forms.pop(0)(dialog)

    def ask_text(self, parent, title, label, text="") -> str | None:  # type: ignore[no-untyped-def]
        """The next of ``texts``; ``OFFERED`` accepts the text the window offered."""
        if not self.texts:
            raise AssertionError(f"unexpected request for text: {label}")
        self.offered.append(text)
        answer = self.texts.pop(0)
        if answer is OFFERED:
            return text
        assert answer is None or isinstance(answer, str)
        return answer

    def save_file(self, parent, title, offered, file_filter) -> str | None:  # type: ignore[no-untyped-def]
        return self._answer(self.save_as, self.offered_files, offered, f"a file for {title}")

    def open_file(self, parent, title, start, file_filter) -> str | None:  # type: ignore[no-untyped-def]
        return self._answer(self.opened_files, self.offered_starts, start, f"a file for {title}")

    def new_file(self, parent, title, offered, file_filter) -> str | None:  # type: ignore[no-untyped-def]
        return self._answer(self.new_files, self.offered_files, offered, f"a new file for {title}")

    def choose_folder(self, parent, title, start) -> str | None:  # type: ignore[no-untyped-def]
        return self._answer(self.folders, self.offered_folders, start, f"a folder for {title}")

    @staticmethod
    def _answer(answers: list[object], offers: list[str], offered: str, what: str) -> str | None:
        if not answers:
            raise AssertionError(f"unexpected request for {what} (offered {offered})")
        offers.append(offered)
        answer = answers.pop(0)
        if answer is OFFERED:
            return offered
        assert answer is None or isinstance(answer, str)
        return answer

    def show_exported(self, parent, message, path, *, folder) -> str | None:  # type: ignore[no-untyped-def]
        self.exported.append((message, str(path)))
        if not self.after_export:
            raise AssertionError(f"unexpected message after an export: {message}")
        return self.after_export.pop(0)

    def open_url(self, url) -> bool:  # type: ignore[no-untyped-def]
        self.opened.append(url)
        return True


# -- answers to the appraisal page's lock dialogs (for ``AnsweringDialogs.forms``) ---------------
def lock_anyway(dialog):
    """The user ticks "lock although … incomplete", then clicks Lock."""
    assert not dialog.lock_button.isEnabled()  # not before the second choice
    dialog.anyway.setChecked(True)
    dialog.lock_button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def give_reason(text):
    """The user types ``text`` as the unlock's reason and clicks Unlock."""

    def answer(dialog):
        dialog.reason_edit.setPlainText(text)
        dialog.unlock_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    return answer


# -- answers to Settings' question about the months not yet locked (settings_impact.py) -------
def _choose(button_name):
    def answer(dialog):
        assert not dialog.save_button.isEnabled()  # no choice is made for the user
        getattr(dialog, button_name).click()
        dialog.save_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    return answer


apply_to_open_months = _choose("now_choice")  # re-score them with the new settings
apply_from_next_month = _choose("next_choice")  # they keep theirs; new months use the new


def cancel(dialog):
    """The user closes the dialog without choosing."""
    dialog.reject()
    return dialog.result() == QDialog.DialogCode.Accepted
