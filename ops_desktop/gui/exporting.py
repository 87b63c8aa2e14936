"""Every export of the window, one way: a page says what it writes (an :class:`Export`) and
:func:`run` does the rest — the file dialog at the suggested name in the start folder, the
writing as a task with its progress, the folder made if it is missing, and afterwards a
message with Open file and Open folder (or one clear refusal, and no file).

The start folder is the user's Documents folder (their home folder without one) until they
have exported once; then the folder they chose last, whatever they exported there: the
workbooks of a month go to HR together, so the next one belongs beside the last."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl

from . import dialogs
from . import settings_store as opts

if TYPE_CHECKING:
    from .pages.base import Page
    from .tasks import Progress

EXCEL = "Excel (*.xlsx)"


@dataclass(frozen=True)
class Export:
    """One export a page offers: ``write(progress, target)`` runs on the worker and writes
    ``target`` (through the writers, which write whole or not at all); for a ``folder``
    export, ``target`` is a folder named ``name`` in the folder the user chose, made for it,
    and ``write`` fills it. ``working`` titles the progress (the dialog's ``title`` when
    empty); ``said(outcome)`` is the message once written (``outcome``: what ``write``
    returned), by default "Written: <file>"."""

    title: str
    name: str
    write: Callable[[Progress, Path], Any]
    file_filter: str = EXCEL
    folder: bool = False
    said: Callable[[Any], str] | None = None
    working: str = ""


def documents_folder() -> Path:
    """The user's Documents folder; their home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(settings: QSettings) -> Path:
    """Where the file dialog opens: the folder of the last export while it is there."""
    last = opts.EXPORT_FOLDER.get(settings)
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def run(page: Page, export: Export) -> bool:
    """Ask where, then write ``export`` off the GUI thread. True: the page has this export,
    whether the user went on or cancelled (the window then says nothing more)."""
    ctx = page.ctx
    settings = ctx.preferences()
    start = start_folder(settings)
    if export.folder:
        chosen = ctx.dialogs.choose_folder(page, export.title, str(start))
        if not chosen:
            return True
        where = Path(chosen)
        target = where / export.name
    else:
        chosen = ctx.dialogs.save_file(
            page, export.title, str(start / export.name), export.file_filter
        )
        if not chosen:
            return True
        target = _with_suffix(Path(chosen), export.file_filter)
        where = target.parent

    def work(progress: Progress) -> Any:
        from ops_desktop.core.outputs import output_folder

        with output_folder(target if export.folder else where):
            return export.write(progress, target)

    def done(outcome: Any) -> None:
        opts.EXPORT_FOLDER.set(settings, str(where))
        message = (
            export.said(outcome)
            if export.said is not None
            else QCoreApplication.translate("Export", "Written: %1").replace("%1", target.name)
        )
        page.status_message.emit(f"{message} — {target}")
        answer = ctx.dialogs.show_exported(page, message, target, folder=export.folder)
        if answer == dialogs.OPEN_FILE:
            ctx.dialogs.open_url(QUrl.fromLocalFile(str(target)))
        elif answer == dialogs.OPEN_FOLDER:
            ctx.dialogs.open_url(QUrl.fromLocalFile(str(target if export.folder else where)))

    ctx.tasks.run(
        work, done, on_error=page.error, title=export.working or export.title, parent=page
    )
    return True


def _with_suffix(path: Path, file_filter: str) -> Path:
    """``path`` ending as the filter says (a name typed without ``.xlsx`` gets it)."""
    suffix = file_filter[file_filter.find("*.") + 1 :].split()[0].rstrip(")")
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)
