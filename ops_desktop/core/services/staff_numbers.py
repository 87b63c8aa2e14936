"""One spelling of each staff number, whatever the keyboard, the spreadsheet or the copy and
paste made of it: ``ＯＰ０００２`` (full-width), ``op0002`` and ``OP0002`` followed by a
zero-width space are all ``OP0002``. Every staff number that comes in (forms, imports,
the command line) goes through :func:`normalise` before it is stored or looked up; the
numbers stored by older versions were brought to it by migration 0006.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Invisible characters that copy and paste (web pages, Word, HR systems) leaves inside
# numbers: zero-width space, non-joiner and joiner, word joiner, byte order mark.
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def normalise(value: str | None) -> str:
    """NFKC (full-width letters and digits become ASCII), no zero-width characters, no
    surrounding white space, upper case. Normalising twice changes nothing."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", value or ""))
    # Upper-casing can decompose a letter (ǰ → J̌): NFKC again keeps the result stable.
    return unicodedata.normalize("NFKC", text.upper()).strip()


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def next_free(numbers: Iterable[str]) -> str:
    """The number a new person is offered: after the highest number of the most common
    pattern (letters, then digits: E025 → E026; OP0099 → OP0100), as many digits as it has
    — the next after the last, not a gap left by an older number. "" when there is no
    such number (no staff yet, or numbers without digits): the secretary types the first."""
    taken = {normalise(number) for number in numbers}
    highest: dict[tuple[str, int], int] = {}
    counts: dict[tuple[str, int], int] = {}
    for number in taken:
        found = _NUMBERED.match(number)
        if found is None:
            continue
        pattern = (found.group(1), len(found.group(2)))
        counts[pattern] = counts.get(pattern, 0) + 1
        highest[pattern] = max(highest.get(pattern, 0), int(found.group(2)))
    if not counts:
        return ""
    prefix, digits = max(counts, key=lambda p: (counts[p], highest[p], p))
    value = highest[(prefix, digits)] + 1
    while f"{prefix}{value:0{digits}d}" in taken:  # E999 → E1000, which E1000 may hold
        value += 1
    return f"{prefix}{value:0{digits}d}"
