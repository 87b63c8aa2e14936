"""Benchmark: the whole regulation as an A2 poster with auto-fit, beside one reportlab layout
pass of the same text at a fixed size (the baseline), measured in the same run.

    python bench/poster_autofit.py [--repeat N]

Goal (issue: posters): auto-fit ≤ 4 × the single pass.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A2
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

from ops_desktop.core.defaults import load_regulation_text
from ops_desktop.exports.pdf import fonts
from ops_desktop.exports.pdf.poster import Block, PosterContent, PosterOptions, write_poster


def content() -> PosterContent:
    doc = load_regulation_text("hant")
    blocks: list[Block] = []
    for chapter in doc.chapters:
        blocks.append(Block("chapter", chapter.title))
        stack = list(chapter.sections)
        while stack:
            section = stack.pop(0)
            blocks.append(Block("section", section.title))
            blocks += [Block(c.kind, c.text) for c in section.clauses]
            stack[0:0] = section.children
    return PosterContent(doc.title, "運營部", "版本 1.0", blocks)


def baseline(poster: PosterContent, target: Path, font: str) -> None:
    """One plain reportlab pass: the same text, 11 pt, three columns on one A2 sheet."""
    style = ParagraphStyle("b", fontName=font, fontSize=11, leading=16, wordWrap="CJK")
    margin = 20 * mm
    col_w = (A2[0] - 2 * margin - 2 * 8 * mm) / 3
    frames = [
        Frame(margin + i * (col_w + 8 * mm), margin, col_w, A2[1] - 2 * margin) for i in range(3)
    ]
    doc = BaseDocTemplate(str(target), pagesize=A2)
    doc.addPageTemplates([PageTemplate("p", frames=frames)])
    doc.build([Paragraph(b.text, style) for b in poster.blocks])


def measure(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    font = fonts.register()
    poster = content()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        baseline(poster, out / "warm.pdf", font)  # warm caches for both sides
        write_poster(poster, PosterOptions(size="A2"), out / "warm2.pdf")
        base = measure(lambda: baseline(poster, out / "base.pdf", font), args.repeat)
        fit = measure(
            lambda: write_poster(poster, PosterOptions(size="A2"), out / "fit.pdf"), args.repeat
        )
    ratio = fit / base
    print(f"single reportlab pass (A2, fixed 11 pt): {base * 1000:.1f} ms")
    print(f"auto-fit poster (A2):                     {fit * 1000:.1f} ms")
    print(f"ratio: {ratio:.2f} (goal <= 4)")
    return 0 if ratio <= 4 else 1


if __name__ == "__main__":
    sys.exit(main())
