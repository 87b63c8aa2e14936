"""The change notice for the wall (修訂公告): the changes of the version that takes effect,
as a poster's text (``PosterContent``), so that it prints in every size, theme, tiling and
arrangement the posters have. Each chapter a heading; each change its place and the old and
new text (or what was added or removed)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core import script as scripts
from ops_desktop.core.models import RegulationVersion
from ops_desktop.core.services import regulation, regulation_compare, settings

from .content import _footer
from .poster import Block, PosterContent


def _newest_approved(session: Session) -> int:
    found = session.scalar(
        select(RegulationVersion.id)
        .where(RegulationVersion.status == "approved")
        .order_by(RegulationVersion.effective_date.desc(), RegulationVersion.id.desc())
        .limit(1)
    )
    return found if found is not None else regulation.current(session).id


def change_notice_content(
    session: Session, version_id: int | None = None, *, script: str = "hant"
) -> PosterContent:
    """The notice of ``version_id`` (default: the newest approved version, the one that
    takes or took effect last); a draft's is marked 草案 in the footer."""
    version = version_id if version_id is not None else _newest_approved(session)
    found = regulation_compare.changes_of(session, version, script=script)
    tree = regulation.tree(session, version, fill_placeholders=True)
    department = settings.department(session)

    def t(text: str) -> str:
        return scripts.pick(text, None, script)

    blocks: list[Block] = []
    chapter = None
    for change in found.changes:
        where = change.where
        head = where.split(" › ")[0]
        if head != chapter:
            chapter = head
            blocks.append(Block("chapter", head))
        blocks.append(Block("section", f"{where}（{change.note}）"))
        if change.old and change.new:
            blocks.append(Block("paragraph", t("原條文:") + change.old))
            blocks.append(Block("paragraph", t("修訂後條文:") + change.new))
        elif change.new:
            blocks.append(Block("paragraph", t("新增:") + change.new))
        else:
            blocks.append(Block("paragraph", t("刪除:") + change.old))
    if found.is_first:  # nothing before it: the whole regulation is new
        blocks.append(Block("paragraph", t("本制度首次發布,全文自生效日期起施行。")))
    elif not blocks:
        blocks.append(Block("paragraph", t("本版本與前一版本的條文相同,沒有修訂。")))
    if tree.status == "approved":
        subtitle = (
            f"{department} · 版本 {tree.label} · 生效日期 {tree.effective_date:%Y-%m-%d} · "
            f"核准人 {tree.approved_by}"
        )
    else:
        subtitle = f"{department} · 版本 {tree.label}(草案,尚未核准)"
    title = scripts.pick(tree.title, tree.title_hans, script) + t(" 修訂公告")
    return PosterContent(title, t(subtitle), t(_footer(tree, department)), blocks, script)
