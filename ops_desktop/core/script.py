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
