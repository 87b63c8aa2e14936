"""Read the regulation from its Markdown form (resources/regulation/*.md).

``#`` is the title, ``##`` a chapter, ``###`` a section, ``####`` a sub-section; ``- `` lines
are list clauses and other text lines are paragraph clauses. HTML comments are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import DomainError


@dataclass
class ClauseText:
    kind: str  # "item" | "paragraph"
    text: str


@dataclass
class SectionText:
    title: str
    clauses: list[ClauseText] = field(default_factory=list)
    children: list[SectionText] = field(default_factory=list)


@dataclass
class ChapterText:
    title: str
    sections: list[SectionText] = field(default_factory=list)


@dataclass
class RegulationText:
    title: str = ""
    chapters: list[ChapterText] = field(default_factory=list)

    def headings(self) -> list[str]:
        out = [self.title]
        for chapter in self.chapters:
            out.append(chapter.title)
            for section in chapter.sections:
                out.extend(_section_headings(section))
        return out

    def clauses(self) -> list[ClauseText]:
        out: list[ClauseText] = []
        for chapter in self.chapters:
            for section in chapter.sections:
                out.extend(_section_clauses(section))
        return out


def _section_headings(section: SectionText) -> list[str]:
    out = [section.title]
    for child in section.children:
        out.extend(_section_headings(child))
    return out


def _section_clauses(section: SectionText) -> list[ClauseText]:
    out = list(section.clauses)
    for child in section.children:
        out.extend(_section_clauses(child))
    return out


_HEADING = re.compile(r"^(#{1,4})\s+(.*\S)\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def parse_regulation(markdown: str) -> RegulationText:
    doc = RegulationText()
    chapter: ChapterText | None = None
    section: SectionText | None = None
    current: SectionText | None = None
    for number, raw in enumerate(_COMMENT.sub("", markdown).splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            if level == 1:
                doc.title = title
            elif level == 2:
                chapter = ChapterText(title)
                doc.chapters.append(chapter)
                section = current = None
            elif chapter is None or (level == 4 and section is None):
                raise DomainError("Line {line}: a heading is outside its chapter.", line=number)
            elif level == 3:
                section = current = SectionText(title)
                chapter.sections.append(section)
            else:
                assert section is not None
                current = SectionText(title)
                section.children.append(current)
            continue
        if current is None:
            raise DomainError("Line {line}: text outside any section.", line=number)
        if line.startswith("- "):
            current.clauses.append(ClauseText("item", line[2:].strip()))
        else:
            current.clauses.append(ClauseText("paragraph", line))
    if not doc.title or not doc.chapters:
        raise DomainError("The regulation text has no title or no chapters.")
    return doc
