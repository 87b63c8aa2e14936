"""The regulation as it will read on the wall: placeholders filled with the live settings,
in Traditional or Simplified script, the selected item highlighted."""

from __future__ import annotations

from html import escape

from ops_desktop.core.script import pick
from ops_desktop.core.services.regulation import ChapterNode, SectionNode, VersionTree

HIGHLIGHT = "background-color: #fff3b0;"


def _text(text: str, hans: str | None, script: str) -> str:
    try:
        return pick(text, hans, script)
    except Exception:  # noqa: BLE001 - no converter: show the stored text
        return text


def _section(
    out: list[str], section: SectionNode, script: str, depth: int, selected: tuple[str, int]
) -> None:
    style = HIGHLIGHT if selected == ("section", section.id) else ""
    level = min(3 + depth, 5)
    title = escape(_text(section.title, section.title_hans, script))
    out.append(f'<h{level} style="{style}"><a name="section-{section.id}"></a>{title}</h{level}>')
    items = [c for c in section.clauses]
    bullets: list[str] = []
    for clause in items:
        style = HIGHLIGHT if selected == ("clause", clause.id) else ""
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
        out.append(f"<h1>{escape(_text(tree.title, tree.title_hans, script))}</h1>")
    for ch in chapters:
        style = HIGHLIGHT if selected == ("chapter", ch.id) else ""
        title = escape(_text(ch.title, ch.title_hans, script))
        out.append(f'<h2 style="{style}"><a name="chapter-{ch.id}"></a>{title}</h2>')
        for section in ch.sections:
            _section(out, section, script, 0, selected)
    return "\n".join(out)
