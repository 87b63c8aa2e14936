"""The poster font: the bundled WenQuanYi Micro Hei (TrueType, Apache-2.0, CJK and Latin), or
a TrueType font the user chooses. reportlab embeds TrueType outlines only; a CFF/OpenType
font (Noto CJK, Source Han) is refused with a message that says so."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ops_desktop.core import files
from ops_desktop.core.errors import DomainError
from ops_desktop.resources import resource_path

BUNDLED = ("fonts", "wqy-microhei.ttc")
_SAMPLE = "運營部 ABC abc 0123456789 %"


def bundled_font_path() -> Path:
    return resource_path(*BUNDLED)


@cache
def register(path: str | None = None) -> str:
    """Register the font at ``path`` (default: the bundled one); returns its reportlab name."""
    font_path = files.checked_source(path) if path else bundled_font_path()
    if not font_path.is_file():
        raise DomainError("The font file {path} does not exist.", path=str(font_path))
    name = f"ops-{font_path.stem}-{hashlib.sha1(str(font_path).encode()).hexdigest()[:8]}"
    try:
        font = TTFont(name, str(font_path), subfontIndex=0)
    except TTFError as exc:
        reason = str(exc)
        if "postscript outlines" in reason.lower():
            raise DomainError(
                "{path} is an OpenType font with PostScript (CFF) outlines, "
                "which PDF posters cannot embed; choose a TrueType (.ttf/.ttc) "
                "font such as WenQuanYi Micro Hei.",
                path=font_path.name,
            ) from None
        raise DomainError(
            "{path} cannot be used as a font ({reason}).", path=font_path.name, reason=reason
        ) from None
    missing = [ch for ch in _SAMPLE if ch != " " and ord(ch) not in font.face.charToGlyph]
    if missing:
        raise DomainError(
            "The font {path} has no glyphs for {chars}: text would vanish from "
            "the poster. Choose a font with Chinese and Latin letters.",
            path=font_path.name,
            chars="".join(missing),
        )
    pdfmetrics.registerFont(font)
    return name


def missing_glyphs(font_name: str, text: str) -> str:
    """The characters of ``text`` the font cannot draw (each once, in order)."""
    font = pdfmetrics.getFont(font_name)
    assert isinstance(font, TTFont)  # the fonts used here are TrueType ones (register)
    glyphs = font.face.charToGlyph
    return "".join(dict.fromkeys(ch for ch in text if not ch.isspace() and ord(ch) not in glyphs))
