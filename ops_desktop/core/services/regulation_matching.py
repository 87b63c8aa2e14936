"""Matching the parts of two regulation versions, and the characters of two clauses.

A version's text is laid out as one list of parts in reading order (``items_of``): the title,
then each chapter, its sections at any depth and their clauses. Parts are matched by what they
say, the Traditional text (authoritative in both versions): the same text first, the one in
the same place before another; a heading also by its words without its number (``1.目的`` is
``2.目的`` after a section is inserted before it); then the most similar text left, if it is
similar enough. Headings are matched from the chapters down, so that a clause's place can be
judged by whether its heading was matched to its new heading.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from ops_desktop.core import script as scripts

from .regulation import SectionNode, VersionTree

# Below this share of characters in common (difflib's ratio) two texts are not one edited:
# the old one was removed and the new one added.
SIMILAR = 0.5
# A part in the same place as before counts as this much more similar.
SAME_PLACE_BONUS = 0.2

# The numbering in front of a heading: 一、 1. 2．(3) (四) — with its separator, so that a
# heading starting with a numeral as a word (一般規定) keeps it.
_NUMBERING = re.compile(
    r"^\s*(?:[（(][0-9０-９一二三四五六七八九十百]+[)）]|[0-9０-９一二三四五六七八九十百]+\s*[、.．])\s*"
)


@dataclass(frozen=True)
class Piece:
    """A run of text inside a changed part."""

    kind: str  # same | removed | added
    text: str


@dataclass(frozen=True)
class Item:
    part: str  # heading | clause
    key: str  # the Traditional text, placeholders filled: what parts are matched by
    stem: str  # a heading's words without its number; a clause's text
    shown: str  # the text in the comparison's script
    where: str  # 四、考核 › 2.考核方式 › 第3條, in the comparison's script
    parent: int | None  # the enclosing heading's place in the list (None: the version's)
    depth: int  # the title -1, a chapter 0, a section 1, a sub-section 2 …
    order: int  # its place in the list


def items_of(tree: VersionTree, script: str) -> list[Item]:
    items: list[Item] = []

    def words(text: str) -> str:
        return scripts.to_hans(text) if script == "hans" else text

    def add(part: str, key: str, shown: str, where: str, parent: int | None, depth: int) -> int:
        stem = _NUMBERING.sub("", key) if part == "heading" else key
        items.append(Item(part, key, stem, shown, where, parent, depth, len(items)))
        return len(items) - 1

    def section(node: SectionNode, parent: int, path: str, depth: int) -> None:
        title = scripts.pick(node.title, node.title_hans, script)
        here = f"{path} › {title}"
        index = add("heading", node.title, title, here, parent, depth)
        for n, clause in enumerate(node.clauses, start=1):
            shown = scripts.pick(clause.text, clause.text_hans, script)
            add("clause", clause.text, shown, f"{here} › {words(f'第{n}條')}", index, depth + 1)
        for child in node.children:
            section(child, index, here, depth + 1)

    add(
        "heading",
        tree.title,
        scripts.pick(tree.title, tree.title_hans, script),
        words("標題"),
        None,
        -1,
    )
    for chapter in tree.chapters:
        title = scripts.pick(chapter.title, chapter.title_hans, script)
        index = add("heading", chapter.title, title, title, None, 0)
        for node in chapter.sections:
            section(node, index, title, 1)
    return items


def match(before: list[Item], after: list[Item]) -> dict[int, int]:
    """Old part's place → new part's place, for every part found in both versions."""
    pairs: dict[int, int] = {}
    depths = sorted({i.depth for i in before + after if i.part == "heading"})
    for depth in depths:
        _pair(
            pairs,
            [o for o in before if o.part == "heading" and o.depth == depth],
            [n for n in after if n.part == "heading" and n.depth == depth],
            ("key", "stem"),
        )
    _pair(
        pairs,
        [o for o in before if o.part == "clause"],
        [n for n in after if n.part == "clause"],
        ("key",),
    )
    return pairs


def _same_place(pairs: dict[int, int]) -> Callable[[Item, Item], bool]:
    def same(o: Item, n: Item) -> bool:
        if o.parent is None or n.parent is None:
            return o.parent is None and n.parent is None
        return pairs.get(o.parent) == n.parent

    return same


def _pair(
    pairs: dict[int, int], olds: list[Item], news: list[Item], exact: tuple[str, ...]
) -> None:
    same_place = _same_place(pairs)
    free = {n.order: n for n in news}
    for attr in exact:
        for only_same_place in (True, False):
            waiting: dict[str, list[Item]] = defaultdict(list)
            for n in news:
                if n.order in free:
                    waiting[getattr(n, attr)].append(n)
            for o in olds:
                if o.order in pairs:
                    continue
                for n in waiting.get(getattr(o, attr), ()):
                    if n.order in free and (not only_same_place or same_place(o, n)):
                        pairs[o.order] = n.order
                        del free[n.order]
                        break
    candidates: list[tuple[float, int, int, int]] = []
    for o in olds:
        if o.order in pairs:
            continue
        for n in free.values():
            matcher = SequenceMatcher(None, o.stem, n.stem, autojunk=False)
            if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILAR:
                score = ratio + (SAME_PLACE_BONUS if same_place(o, n) else 0.0)
                candidates.append((-score, abs(o.order - n.order), o.order, n.order))
    candidates.sort()
    for _, _, o_order, n_order in candidates:
        if o_order not in pairs and n_order in free:
            pairs[o_order] = n_order
            del free[n_order]


def moved_pairs(
    before: list[Item], after: list[Item], pairs: dict[int, int]
) -> set[tuple[int, int]]:
    """The matched parts that moved: to another heading, or out of their order among the
    parts that stayed under the same heading (the longest run kept in order stayed)."""
    same_place = _same_place(pairs)
    moved: set[tuple[int, int]] = set()
    groups: dict[tuple[str, int | None], list[tuple[int, int]]] = defaultdict(list)
    for o_order, n_order in pairs.items():
        o, n = before[o_order], after[n_order]
        if same_place(o, n):
            groups[(n.part, n.parent)].append((o_order, n_order))
        else:
            moved.add((o_order, n_order))
    for group in groups.values():
        group.sort(key=lambda pair: pair[1])
        kept = set(_longest_increasing([o for o, _ in group]))
        moved.update(pair for pair in group if pair[0] not in kept)
    return moved


def _longest_increasing(values: list[int]) -> list[int]:
    """The longest strictly increasing subsequence of ``values`` (patience sorting)."""
    tails: list[int] = []  # index into values of the last element of a run of each length
    before: list[int] = [-1] * len(values)
    for i, value in enumerate(values):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if values[tails[middle]] < value:
                low = middle + 1
            else:
                high = middle
        before[i] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(i)
        else:
            tails[low] = i
    out: list[int] = []
    i = tails[-1] if tails else -1
    while i >= 0:
        out.append(values[i])
        i = before[i]
    return out[::-1]


_UNIT = re.compile(r"[0-9A-Za-z]+(?:\.[0-9]+)?|.", re.DOTALL)


def _units(text: str) -> list[str]:
    """What a text is compared by: a character, but a number or a Latin word whole (20 → 25
    is one change, not 0 → 5 after a kept 2)."""
    return _UNIT.findall(text)


def pieces(old: str, new: str) -> tuple[Piece, ...]:
    """``old`` → ``new`` character by character, as runs kept, removed and added. A single
    character kept between two changes is folded into them, so that one rewording reads as
    one change rather than as fragments around a shared character."""
    runs: list[list[str]] = []  # [kept] or [removed, added]
    a, b = _units(old), _units(new)
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            runs.append(["".join(a[i1:i2])])
        elif runs and len(runs[-1]) == 2:
            runs[-1][0] += "".join(a[i1:i2])
            runs[-1][1] += "".join(b[j1:j2])
        else:
            runs.append(["".join(a[i1:i2]), "".join(b[j1:j2])])
    tidy: list[list[str]] = []
    for i, run in enumerate(runs):
        between_changes = 0 < i < len(runs) - 1 and len(run) == 1 and len(run[0]) == 1
        if between_changes or (len(run) == 2 and tidy and len(tidy[-1]) == 2):
            last = tidy[-1]
            first, second = (run[0], run[0]) if len(run) == 1 else (run[0], run[1])
            last[0] += first
            last[1] += second
        else:
            tidy.append(list(run))
    out: list[Piece] = []
    for run in tidy:
        if len(run) == 1:
            out.append(Piece("same", run[0]))
            continue
        if run[0]:
            out.append(Piece("removed", run[0]))
        if run[1]:
            out.append(Piece("added", run[1]))
    return tuple(out)
