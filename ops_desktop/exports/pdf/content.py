"""What the posters say, read through the services, in either script."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ops_desktop.core import script as scripts
from ops_desktop.core.errors import DomainError
from ops_desktop.core.services import positions, regulation, settings
from ops_desktop.core.services.regulation import SectionNode

from .poster import Block, PosterContent


def _footer(tree: regulation.VersionTree, department: str) -> str:
    if tree.status == "approved":
        return (
            f"{department} · 版本 {tree.label} · 生效日期 {tree.effective_date:%Y-%m-%d} · "
            f"核准人 {tree.approved_by}"
        )
    if tree.compared is not None and tree.compared.changes:  # the weights are not yet approved
        return (
            f"{department} · 版本 {tree.label}(草案,尚未核准;"
            f"考核權重與已核准的 {tree.compared.approved_label} 版不同)"
        )
    return f"{department} · 版本 {tree.label}(草案,尚未核准)"


def version_id(session: Session, label: str) -> int:
    """The regulation version labelled ``label`` (1.0, 1.1 …), for printing that one."""
    return regulation.version_by_label(session, label)


def regulation_content(
    session: Session,
    *,
    chapter: int | None = None,
    script: str = "hant",
    version_id: int | None = None,
) -> PosterContent:
    """The whole regulation, or chapter ``chapter`` (1-based), placeholders filled in."""
    tree = regulation.tree(session, version_id, fill_placeholders=True)
    department = settings.department(session)
    chapters = tree.chapter_nodes(chapter)

    def pick(text: str, hans: str | None) -> str:
        return scripts.pick(text, hans, script)

    blocks: list[Block] = []

    def section(node: SectionNode, depth: int) -> None:
        blocks.append(
            Block("section" if depth == 0 else "subsection", pick(node.title, node.title_hans))
        )
        blocks.extend(Block(c.kind, pick(c.text, c.text_hans)) for c in node.clauses)
        for child in node.children:
            section(child, depth + 1)

    for ch in chapters:
        blocks.append(Block("chapter", pick(ch.title, ch.title_hans)))
        for node in ch.sections:
            section(node, 0)
    subtitle = department if chapter is None else f"{department} · {chapters[0].title}"
    return PosterContent(
        pick(tree.title, tree.title_hans),
        scripts.pick(subtitle, None, script),
        scripts.pick(_footer(tree, department), None, script),
        blocks,
        script,
        tuple(tree.outdated_hans(chapter)) if script == "hans" else (),
    )


def position_content(session: Session, name: str, *, script: str = "hant") -> PosterContent:
    """The responsibilities poster of one position (by name or code)."""
    found = [p for p in positions.all_positions(session) if name in (p.name, p.code)]
    if not found:
        known = "、".join(p.name for p in positions.all_positions(session))
        raise DomainError(
            "There is no position {name}; the positions are {known}.", name=name, known=known
        )
    position = found[0]
    department = settings.department(session)
    blocks: list[Block] = []
    for area in position.areas:
        blocks.append(Block("chapter", area.title))
        blocks.extend(Block("item", duty.text) for duty in area.duties)
    tree = regulation.tree(session)
    content = PosterContent(
        f"{position.name} 崗位職責", department, _footer(tree, department), blocks
    )
    if script == "hans":
        content = PosterContent(
            scripts.to_hans(content.title),
            scripts.to_hans(content.subtitle),
            scripts.to_hans(content.footer),
            [Block(b.kind, scripts.to_hans(b.text)) for b in blocks],
            "hans",
        )
    scripts.check(script)
    return content
