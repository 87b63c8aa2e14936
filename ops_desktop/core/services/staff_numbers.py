"""One spelling of each staff number, whatever the keyboard, the spreadsheet or the copy and
paste made of it: ``ＯＰ０００２`` (full-width), ``op0002`` and ``OP0002`` followed by a
zero-width space are all ``OP0002``. Every staff number that comes in (forms, imports,
the command line) goes through :func:`normalise` before it is stored or looked up; the
numbers stored by older versions were brought to it by migration 0006.
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that copy and paste (web pages, Word, HR systems) leaves inside
# numbers: zero-width space, non-joiner and joiner, word joiner, byte order mark.
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")


def normalise(value: str | None) -> str:
    """NFKC (full-width letters and digits become ASCII), no zero-width characters, no
    surrounding white space, upper case. Normalising twice changes nothing."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", value or ""))
    # Upper-casing can decompose a letter (ǰ → J̌): NFKC again keeps the result stable.
    return unicodedata.normalize("NFKC", text.upper()).strip()
