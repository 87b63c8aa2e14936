"""What the regulation page's parts share: the page's tree, form and versions, as its
version actions (``versions.py``) and edit actions (``edits.py``) use them. The page
(``page.py``) builds them; the parts are its base classes, in one line of inheritance, so
that each is typed against what it uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from ops_desktop.core.services.regulation import VersionRow, VersionTree

from ..base import Page
from .editor import ItemEditor
from .tree import Entry, Key, RegulationTreeModel


class RegulationParts(Page):
    editor: ItemEditor
    model: RegulationTreeModel
    note: QLabel
    tree: VersionTree | None
    filled: VersionTree | None  # the same version, its placeholders filled
    version_rows: list[VersionRow]
    _starting: int  # the latest new item asked for (its numbered start is read first)
    compare_dialog: Any  # Compare versions… (compare.py), built when first opened

    def reload(self, version_id: int | None = None, select: Key | None = None) -> None:
        raise NotImplementedError

    def read_only(self) -> bool:
        raise NotImplementedError

    def current_key(self) -> Key | None:
        raise NotImplementedError

    def current_entry(self) -> Entry | None:
        raise NotImplementedError

    def update_actions(self) -> None:
        raise NotImplementedError

    def _expand(self, key: Key) -> None:
        raise NotImplementedError
