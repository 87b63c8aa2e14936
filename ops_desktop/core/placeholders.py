"""Placeholders in regulation text bound to live settings.

The department wrote ``[X]%`` where the appraisal weights go. On first open those are stored
as ``{{weight.supervisor}}%`` (and so on), and printing or showing the text renders them with
the configured weights, so the wall says what the program computes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

UNSET = "[X]"
_TOKEN = re.compile(r"\{\{\s*([a-z_]+(?:\.[a-z_]+)*)\s*\}\}")


def weight_token(source_code: str) -> str:
    return f"{{{{weight.{source_code}}}}}"


def bind_weight_placeholder(text: str, source_code: str) -> str:
    """Replace the first ``[X]`` of ``text`` by the weight token of ``source_code``."""
    return text.replace(UNSET, weight_token(source_code), 1)


def render(text: str, values: Mapping[str, str], missing: str = UNSET) -> str:
    """Replace each ``{{name}}`` by ``values[name]`` (``missing`` when it has no value)."""
    return _TOKEN.sub(lambda m: values.get(m.group(1), missing), text)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)
