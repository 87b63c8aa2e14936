"""Placeholder: filled by the work on issue 20."""

from __future__ import annotations

import argparse
from typing import Any


def register(kinds: argparse._SubParsersAction[Any]) -> None:
    """Add this module's kinds to ``ops-desktop regulation``."""
