"""An approved regulation version shows and prints the weights it was approved with, for ever
(issue 15); a draft shows the current ones and says where they differ from the approved
version it follows."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ops_desktop.core.models import AppraisalScheme, ApprovedScheme, AuditEntry
from ops_desktop.core.services import regulation, scheme
from ops_desktop.core.services.regulation import VersionTree
from ops_desktop.db import Database

NEW = {"supervisor": "35", "peer": "25", "self": "10", "data": "30"}


def do(db: Database, action: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return action(session)


def filled(db: Database, version_id: int | None = None) -> VersionTree:
    return do(db, lambda s: regulation.tree(s, version_id, fill_placeholders=True))


def weights_4_4(t: VersionTree) -> list[str]:
    """The percentage in each clause of 四、績效考核 / 4.考核方式, in order."""
    [chapter] = [c for c in t.chapters if c.title.startswith("四")]
    [section] = [s for s in chapter.sections if s.title.startswith("4")]
    return [m for c in section.clauses for m in re.findall(r"(\d+(?:\.\d+)?)%", c.text)]


def approve(db: Database, day: str = "2026-01-01") -> int:
    return do(
        db, lambda s: regulation.approve(s, regulation.current(s).id, day, "總經理", "秘書").id
    )


def test_an_approved_version_keeps_the_weights_it_was_approved_with(db: Database) -> None:
    approved = approve(db)
    do(db, lambda s: scheme.set_weights(s, sources=NEW))
    assert weights_4_4(filled(db, approved)) == ["40", "20", "10", "30"]
    hans = [c.text_hans or "" for c in filled(db, approved).all_clauses()]
    assert any("40%" in h for h in hans) and not any("35%" in h for h in hans)
    assert filled(db, approved).compared is None  # nothing to compare an approved text with
    draft = do(db, lambda s: regulation.new_draft(s, "1.1").id)
    assert weights_4_4(filled(db, draft)) == ["35", "25", "10", "30"]
    assert weights_4_4(filled(db, approved)) == ["40", "20", "10", "30"]


def test_approving_keeps_the_scheme_version_and_new_weights_make_a_new_one(db: Database) -> None:
    """Without a locked month the scheme used to change in place, under the approved text."""
    first = do(db, lambda s: scheme.active(s).id)
    approved = approve(db)
    assert do(db, lambda s: s.get(ApprovedScheme, approved).scheme_id) == first
    do(db, lambda s: scheme.set_weights(s, sources=NEW))
    with db.transaction() as s:
        kept = s.get(AppraisalScheme, first)
        assert {x.code: x.weight for x in kept.sources}["supervisor"] == 40
        assert scheme.active(s).id != first
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "approve")).one()
    assert json.loads(entry.details)["scheme"] == first
    assert json.loads(entry.details)["weights"]["weight.supervisor"] == "40"


def test_a_draft_says_where_its_weights_differ_from_the_approved_version(db: Database) -> None:
    approve(db)
    draft = do(db, lambda s: regulation.new_draft(s, "1.1").id)
    compared = filled(db, draft).compared
    assert compared is not None and (compared.approved_label, compared.changes) == ("1.0", ())
    do(db, lambda s: scheme.set_weights(s, sources=NEW))
    compared = filled(db, draft).compared
    assert compared is not None and compared.approved_label == "1.0"
    assert [(c.key, c.name, c.approved, c.current) for c in compared.changes] == [
        ("weight.supervisor", "上級評價", "40", "35"),
        ("weight.peer", "同事評價", "20", "25"),
    ]
    assert do(db, lambda s: regulation.tree(s, draft)).compared is None  # only when filled


def test_a_draft_before_any_approval_has_nothing_to_compare(db: Database) -> None:
    do(db, lambda s: scheme.set_weights(s, sources=NEW))
    t = filled(db)
    assert t.status == "draft" and t.compared is None
    assert weights_4_4(t) == ["35", "25", "10", "30"]
