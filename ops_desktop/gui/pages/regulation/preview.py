"""The regulation as it will read on the wall: placeholders filled with the live settings,
in Traditional or Simplified script, punctuation as the poster prints it, the selected item
highlighted; in Simplified, an outdated Simplified text (written for an older Traditional
one) in the outdated mark's colour."""

from __future__ import annotations

from html import escape

from ops_desktop.core.punctuation import full_width
from ops_desktop.core.script import pick
from ops_desktop.core.services.regulation import ChapterNode, SectionNode, VersionTree

HIGHLIGHT = "background-color: #fff3b0;"
OUTDATED = "color: #8a5a00;"  # as the mark beside the editor's Simplified field


def _style(selected: bool, outdated: bool, script: str) -> str:
    return (HIGHLIGHT if selected else "") + (OUTDATED if outdated and script == "hans" else "")


def _text(text: str, hans: str | None, script: str) -> str:
    """As the poster prints it: in the script, with Chinese punctuation full-width."""
    try:
        return full_width(pick(text, hans, script))
    except Exception:  # noqa: BLE001 - no converter: show the stored text
        return full_width(text)


def _section(
    out: list[str], section: SectionNode, script: str, depth: int, selected: tuple[str, int]
) -> None:
    style = _style(selected == ("section", section.id), section.hans_outdated, script)
    level = min(3 + depth, 5)
    title = escape(_text(section.title, section.title_hans, script))
    out.append(f'<h{level} style="{style}"><a name="section-{section.id}"></a>{title}</h{level}>')
    items = [c for c in section.clauses]
    bullets: list[str] = []
    for clause in items:
        style = _style(selected == ("clause", clause.id), clause.hans_outdated, script)
        body = escape(_text(clause.text, clause.text_hans, script))
        anchor = f'<a name="clause-{clause.id}"></a>'
        if clause.kind == "item":
            bullets.append(f'<li style="{style}">{anchor}{body}</li>')
            continue
        if bullets:
            out.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        out.append(f'<p style="{style}">{anchor}{body}</p>')
    if bullets:
        out.append("<ul>" + "".join(bullets) + "</ul>")
    for child in section.children:
        _section(out, child, script, depth + 1, selected)


def chapter_html(
    tree: VersionTree, chapter: ChapterNode | None, script: str, selected: tuple[str, int]
) -> str:
    """One chapter (or, with ``chapter`` None, the whole version) as HTML."""
    out: list[str] = []
    chapters = [chapter] if chapter is not None else tree.chapters
    if chapter is None:
        style = _style(False, tree.hans_outdated, script)
        out.append(f'<h1 style="{style}">{escape(_text(tree.title, tree.title_hans, script))}</h1>')
    for ch in chapters:
        style = _style(selected == ("chapter", ch.id), ch.hans_outdated, script)
        title = escape(_text(ch.title, ch.title_hans, script))
        out.append(f'<h2 style="{style}"><a name="chapter-{ch.id}"></a>{title}</h2>')
        for section in ch.sections:
            _section(out, section, script, 0, selected)
    return "\n".join(out)
