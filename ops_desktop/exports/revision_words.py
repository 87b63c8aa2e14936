"""The words the revision table (修訂對照表) prints in its PDF and its workbook alike, and
the change notice poster (修訂公告) with them: written in Traditional, each returned in the
script asked for (the comparison's own texts come in that script from the engine)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ops_desktop.core import script as scripts

if TYPE_CHECKING:
    from ops_desktop.core.services.regulation_compare import Change, Comparison

TITLE = "修訂對照表"
COLUMNS = ("條款", "原條文", "修訂後條文", "說明")
# The kinds of change in the order the counts are said, with the word for each.
KINDS = {"changed": "修改", "added": "新增", "removed": "刪除", "moved": "移動"}
NO_CHANGES = "兩個版本的條文與標題相同，沒有修訂。"
LEGEND = ("標示：", "刪除的文字", "以紅色刪除線標示；", "新增的文字", "以粗體底線標示。")


def words(text: str, script: str) -> str:
    """The program's own words in ``script``."""
    return scripts.pick(text, None, script)


def versions_line(found: Comparison, script: str) -> str:
    return words(f"版本 {found.from_label} → 版本 {found.to_label}", script)


def status_line(found: Comparison, script: str) -> str:
    """The new version's effective date and approver, or that it is a draft."""
    if found.to_status == "approved" and found.effective_date is not None:
        text = f"生效日期：{found.effective_date:%Y-%m-%d}　核准人：{found.approved_by or '—'}"
    else:
        text = "草案，尚未核准"
    return words(text, script)


def counts_line(found: Comparison, script: str) -> str:
    """``共 6 處修訂：修改 3、新增 1、刪除 1、移動 1`` (the kinds that occur), or none."""
    counts = found.counts()
    total = sum(counts.values())
    if not total:
        return words("沒有修訂", script)
    parts = "、".join(f"{word} {counts[kind]}" for kind, word in KINDS.items() if counts.get(kind))
    return words(f"共 {total} 處修訂：{parts}", script)


def note(change: Change, script: str) -> str:
    """The 說明 of a change (the engine writes it in Traditional)."""
    return words(change.note, script)


def place(change: Change, script: str) -> str:
    """Where the change is: in the new version, or in the old one for what was removed."""
    return words(change.where, script)


Runs = list[tuple[str, str]]  # (text, "same" | "removed" | "added")


def marked(change: Change) -> tuple[Runs, Runs]:
    """The old and the new text as runs, the words that changed marked: a changed clause's
    removed words in the old text and added ones in the new (from the engine's character
    diff). An added or removed clause, a title, a pure move: the texts as they are — the
    說明 says what happened to them, and a whole clause marked would read as noise."""
    if change.pieces and (change.kind == "changed" or change.text_changed):
        old = [(p.text, p.kind) for p in change.pieces if p.kind != "added" and p.text]
        new = [(p.text, p.kind) for p in change.pieces if p.kind != "removed" and p.text]
        return old, new
    return _plain(change.old), _plain(change.new)


def _plain(text: str) -> Runs:
    return [(text, "same")] if text else []
