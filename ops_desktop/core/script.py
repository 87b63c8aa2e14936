"""Traditional ↔ Simplified Chinese. The department writes in Traditional script; any text
can be produced in Simplified through OpenCC (a maintained converter, not a hand-made table).
Text proofread by people (the Simplified regulation) is preferred over conversion."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .errors import DomainError

if TYPE_CHECKING:
    import opencc

SCRIPTS = ("hant", "hans")


@cache
def _converter(config: str) -> opencc.OpenCC:
    try:
        import opencc
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        raise DomainError("Simplified Chinese needs the opencc package.") from None
    return opencc.OpenCC(config)


def to_hans(text: str) -> str:
    return _converter("t2s").convert(text) if text else text


def to_hant(text: str) -> str:
    return _converter("s2t").convert(text) if text else text


def check(script: str) -> str:
    if script not in SCRIPTS:
        raise DomainError(
            "'{script}' is not a script; use hant (Traditional) or hans (Simplified).",
            script=script,
        )
    return script


def pick(text: str, proofread_hans: str | None, script: str) -> str:
    """The text in ``script``: Traditional as stored, Simplified as proofread or converted."""
    if check(script) == "hant":
        return text
    return proofread_hans if proofread_hans else to_hans(text)


# Search folds text character by character, not through OpenCC's phrases: a phrase converts
# a character by its neighbours (乾隆 stays 乾, 乾 alone becomes 干), so a name typed in part
# would fold otherwise than the same characters inside the row. Each character is converted
# once and kept; folding is then one ``str.translate``, fast enough for 10,000 rows at once.
_FOLDED: dict[int, str] = {}
_SEEN: set[str] = set()


def fold(text: str) -> str:
    """``text`` as search compares it: each Traditional character in Simplified (陳 → 陈,
    Simplified ones as they are), case-folded — so 陈美玲 finds 陳美玲 and the reverse."""
    if text.isascii():
        return text.casefold()
    new = set(text).difference(_SEEN)
    if new:
        for char in new:
            if not char.isascii():
                converted = to_hans(char)
                if converted != char:
                    _FOLDED[ord(char)] = converted
        _SEEN.update(new)
    return text.translate(_FOLDED).casefold()
