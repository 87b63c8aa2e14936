"""Reading PDFs as a person would: poppler's pdfinfo, pdffonts and pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def pdf_text(path: Path, *, page: int | None = None, layout: bool = False) -> str:
    """The text in drawing order (-raw), so a clause broken over lines reads as one; with
    ``layout``, as it stands on the page (-layout): a table's row is one line."""
    args = [_tool("pdftotext"), "-layout" if layout else "-raw", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(
        [_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def page_size_mm(path: Path) -> tuple[float, float]:
    size = pdf_info(path)["Page size"]
    w, h = re.match(r"\s*([\d.]+) x ([\d.]+) pts", size).groups()
    return round(float(w) / 72 * 25.4), round(float(h) / 72 * 25.4)


def pdf_fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(
        [_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]
