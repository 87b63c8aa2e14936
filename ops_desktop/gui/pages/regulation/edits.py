"""Editing a draft: add chapters, sections, sub-sections and clauses, change their text,
move and delete them — each step undoable, each part keeping its id through undo/redo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from sqlalchemy.orm import Session

from ops_desktop.core.services import regulation as service
from ops_desktop.core.services import regulation_punctuation as punctuation
from ops_desktop.gui.record_form import leave_ok
from ops_desktop.gui.undo import perform, recreating

from .editor import NewItem
from .versions import VersionActions

_TAKE: dict[str, Callable[..., Any]] = {
    "chapter": service.delete_chapter,
    "section": service.delete_section,
    "clause": service.delete_clause,
}
_PUT: dict[str, Callable[..., Any]] = {
    "chapter": service.restore_chapter,
    "section": service.restore_section,
    "clause": service.restore_clause,
}
_MOVE: dict[str, Callable[..., int]] = {
    "chapter": service.move_chapter,
    "section": service.move_section,
    "clause": service.move_clause,
}


class EditActions(VersionActions):
    """Editing the regulation page's draft."""

    def _start(self, kind: str, parent: int, where: str, chapter_id: int | None = None) -> bool:
        """Open the form for a new item; a heading starts with its number, read first."""
        if self.read_only() or not self.leave_ok():
            return False
        new = NewItem(kind, parent, chapter_id, where)
        if kind == "clause":
            self._open_new(new, "")
            return True
        self._starting += 1
        asked = (self._starting, self.version_id(), self.current_key())

        def numbered(prefill: str) -> None:
            if asked == (self._starting, self.version_id(), self.current_key()):
                self._open_new(new, prefill)

        self.ctx.read(
            lambda session: service.next_heading(session, kind, parent),
            numbered,
            on_error=self.error,
        )
        return True

    def _open_new(self, new: NewItem, prefill: str) -> None:
        self.editor.start_new(new, prefill)
        self.update_actions()

    @Slot()
    def add_chapter(self) -> bool:
        return self.tree is not None and self._start("chapter", self.tree.id, self.tree.label)

    @Slot()
    def add_section(self) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        chapter = self.model.entries[("chapter", entry.chapter_id)]
        return self._start("section", entry.chapter_id, chapter.title)

    @Slot()
    def add_subsection(self) -> bool:
        entry = self.current_entry()
        if entry is None or entry.section_id is None:
            return False
        section = self.model.entries[("section", entry.section_id)]
        return self._start("subsection", section.id, section.title, entry.chapter_id)

    @Slot()
    def add_clause(self) -> bool:
        entry = self.current_entry()
        if entry is None or entry.section_id is None:
            return False
        section = self.model.entries[("section", entry.section_id)]
        return self._start("clause", section.id, section.title)

    def new_record(self) -> bool:
        """New: a clause in the selected section, else a chapter."""
        entry = self.current_entry()
        if entry is not None and entry.section_id is not None:
            return self.add_clause()
        return self.add_chapter()

    def has_unsaved_changes(self) -> bool:
        return not self.read_only() and self.editor.changed()

    def discard_changes(self) -> None:
        self.editor.show_entry(self.current_entry(), self.read_only())

    def leave_ok(self) -> bool:
        """Before the form's edits are replaced: Save / Discard / Cancel, as a record form
        asks (False: stay)."""
        ask = self.has_unsaved_changes
        return leave_ok(self.ctx, self, self.title(), ask, self.save, self.discard_changes)

    # -- saving -----------------------------------------------------------------------------
    def _perform(
        self,
        text: str,
        do: Any,
        undo_factory: Any,
        select: Any = None,
        guard: Any = None,
        done: Any = None,
        single: bool = False,
    ) -> None:
        perform(
            self.undo_stack,
            self.ctx,
            text,
            do,
            undo_factory,
            lambda: self.reload(select=select),
            self.error,
            guard,
            done,
            single=single,
        )

    @Slot()
    def save(self) -> bool:
        """Check the form (on the worker) and store it; when something is wrong, say what
        under the field instead. False: nothing to save."""
        editor = self.editor
        if self.read_only() or editor.kind() is None:
            return False
        editor.tried = True
        if not editor.changed():  # nothing typed: say why beside the field, if anything
            editor.check(lambda _found: None, always=True)
            return True
        new, entry = editor.new, editor.entry
        text, hans, clause_kind = editor.values()
        hans_for = editor.hans_for()

        def checked(found: dict[str, str]) -> None:
            if found:
                return
            if new is not None:
                self._create(new, text, hans, clause_kind)
            else:
                self._edit(entry, text, hans, clause_kind, hans_for)

        editor.check(checked, always=True)
        return True

    def _edit(
        self, entry: Any, text: str, hans: str | None, clause_kind: str, hans_for: str | None
    ) -> None:
        """Store the form's values; the undo puts back the part as loaded, its Simplified
        text written for what it was written for (outdated again if it was)."""
        operator = self.ctx.operator()
        if entry.kind == "clause":
            old = (entry.title, entry.title_hans, entry.clause_kind, entry.hans_for)

            def edit(t: str, h: str | None, k: str, f: str | None) -> Callable[[Session], Any]:
                return lambda s: service.edit_clause(s, entry.id, t, operator, h, k, hans_for=f).id

            do, undo = edit(text, hans, clause_kind, hans_for), edit(*old)
        else:

            def retitle(t: str, h: str | None, f: str | None) -> Callable[[Session], Any]:
                return lambda s: service.retitle(
                    s, entry.kind, entry.id, t, operator, h, hans_for=f
                )

            do = retitle(text, hans, hans_for)
            undo = retitle(entry.title, entry.title_hans, entry.hans_for)
        label = self.tr("Edit %1").replace("%1", text[:30])
        # the form shows the record as loaded (guard): its values are what the undo puts back
        key = (entry.kind, entry.id)

        def edited(_result: Any) -> None:
            self.editor.forget()
            self.reload(select=key)

        self._perform(label, do, lambda _r: undo, select=key, guard=entry.seen, done=edited)

    def _create(self, new: NewItem, text: str, hans: str | None, clause_kind: str) -> None:
        operator = self.ctx.operator()
        kind = "section" if new.kind == "subsection" else new.kind

        def create(s: Session) -> int:
            if new.kind == "chapter":
                return service.add_chapter(s, new.parent, text, operator, hans).id
            if new.kind == "section":
                return service.add_section(s, new.parent, text, operator, title_hans=hans).id
            if new.kind == "subsection":
                assert new.chapter_id is not None  # a sub-section's NewItem names its chapter
                return service.add_section(
                    s, new.chapter_id, text, operator, parent_id=new.parent, title_hans=hans
                ).id
            return service.add_clause(s, new.parent, text, operator, clause_kind, hans).id

        do, undo = recreating(
            create,
            lambda s, i: _TAKE[kind](s, i, operator),
            lambda s, copy: _PUT[kind](s, copy, operator),
        )

        def created(ident: int) -> None:
            self.editor.forget()
            if new.kind != "clause" and new.parent is not None:
                self._expand((("section" if new.kind == "subsection" else "chapter"), new.parent))
            self.reload(select=(kind, ident))

        label = self.tr("Add %1").replace("%1", text[:30])
        self._perform(label, do, undo, done=created, single=True)

    # -- punctuation ------------------------------------------------------------------------
    @Slot()
    def normalise_punctuation(self) -> bool:
        """Count the half-width marks the draft's text has between Chinese characters, ask
        once with the count, then make them full-width in one step that Ctrl+Z undoes."""
        tree, operator = self.tree, self.ctx.operator()
        if tree is None or self.read_only() or not self.leave_ok():
            return False  # (the form's edits first: the step changes the text under them)
        version_id, label = tree.id, tree.label

        def counted(count: int) -> None:
            if self.tree is None or self.tree.id != version_id:
                return  # another version was chosen meanwhile
            if not count:
                self.status_message.emit(
                    self.tr("The punctuation of draft %1 needs no change.").replace("%1", label)
                )
                return
            question = self.tr(
                "Make %n punctuation mark(s) of draft %1 full-width? The half-width , : ; ? ! "
                "between Chinese characters become ，：；？！ in every title and clause, in both "
                "scripts (1,000 and 12:30 stay). Ctrl+Z undoes it.",
                "",
                count,
            ).replace("%1", label)
            if not self.ctx.dialogs.confirm(self, question):
                return
            self._perform(
                self.tr("Normalise punctuation"),
                lambda s: punctuation.normalise_punctuation(s, version_id, operator),
                lambda before: (
                    lambda s: punctuation.restore_punctuation(s, version_id, before, operator)
                ),
                select=self.current_key(),
            )

        self.ctx.read(
            lambda s: punctuation.punctuation_changes(s, version_id), counted, on_error=self.error
        )
        return True

    # -- deleting and moving ----------------------------------------------------------------
    def _describe(self, entry: Any) -> str:
        if entry.kind == "clause":
            return self.tr("Delete this clause?\n\n%1").replace("%1", entry.title)
        item = self.model.items[(entry.kind, entry.id)]
        count = _count(item)
        if entry.kind == "section":
            question = self.tr("Delete the section %1 with its %2 sub-item(s)?")
        else:
            question = self.tr("Delete the chapter %1 with its %2 section(s) and clause(s)?")
        return question.replace("%1", entry.title).replace("%2", str(count))

    def delete_record(self) -> bool:
        entry, operator = self.current_entry(), self.ctx.operator()
        if entry is None or self.read_only():
            return False
        if not self.ctx.dialogs.confirm(self, self._describe(entry)):
            return False
        self._perform(
            self.tr("Delete %1").replace("%1", entry.title[:30]),
            lambda s: _TAKE[entry.kind](s, entry.id, operator),
            lambda copy: lambda s: _PUT[entry.kind](s, copy, operator),
            select=(entry.kind, entry.id),
            guard=entry.seen,  # never delete a version someone else has changed since
        )
        return True

    def move_part(self, delta: int) -> bool:
        entry, operator = self.current_entry(), self.ctx.operator()
        if entry is None or self.read_only():
            return False
        self._perform(
            self.tr("Move %1").replace("%1", entry.title[:30]),
            lambda s: _MOVE[entry.kind](s, entry.id, delta, operator),
            lambda n: lambda s: _MOVE[entry.kind](s, entry.id, -n, operator),
            select=(entry.kind, entry.id),
        )
        return True


def _count(item: Any) -> int:
    return sum(1 + _count(item.child(r)) for r in range(item.rowCount()))
