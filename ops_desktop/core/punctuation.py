"""Chinese punctuation as Chinese print sets it (W3C clreq §3.1; GB/T 15834).

The department's text was typed with half-width ``,:;?!`` between Chinese characters, where
print uses the full-width ``，：；？！``. ``full_width`` gives the text as it should read; the
posters print through it (the stored text is untouched) and the regulation editor offers it
to normalise the stored text. Between Latin letters and digits (``1,000``, ``12:30``,
``KPI, ROI``) the half-width marks stay as typed.
"""

from __future__ import annotations

import re
import unicodedata

HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_MARK = re.compile(r"[ \t]*([,:;?!])[ \t]*")


def is_wide(char: str) -> bool:
    """A character of Chinese text: a Han character, kana or full-width punctuation."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def full_width(text: str) -> str:
    """``text`` with each half-width ``,:;?!`` that belongs to Chinese text made full-width
    (and the spaces typed around it dropped: the full-width mark carries its own)."""

    def replace(match: re.Match[str]) -> str:
        before = text[: match.start()].rstrip(" \t")[-1:]
        after = text[match.end() :][:1]
        if any(is_wide(c) for c in before + after):
            return HALF_TO_FULL[match.group(1)]
        return match.group(0)

    return _MARK.sub(replace, text)


def changes(text: str) -> int:
    """How many marks ``full_width`` would change in ``text``."""
    fixed = full_width(text)
    return sum(fixed.count(full) - text.count(full) for full in HALF_TO_FULL.values())
