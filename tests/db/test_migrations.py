"""Migrations: they agree with the models; older files are copied aside before an upgrade;
newer ones are refused; a failed creation leaves nothing behind."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from ops_desktop.core.errors import StorageError
from ops_desktop.core.models import Base
from ops_desktop.db import migrate, open_database, schema
from ops_desktop.db.location import sqlite_url


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_the_known_revisions_are_exactly_the_migration_scripts():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    ordered = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(ordered) == schema.KNOWN_REVISIONS
    assert scripts.get_current_head() == schema.HEAD


def test_a_new_database_is_at_the_head_revision(db):
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == schema.HEAD


def _set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()


def test_a_database_from_a_newer_program_is_refused_and_untouched(db_path):
    _set_revision(db_path, "9999_from_the_future")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(StorageError, match="newer version"):
        open_database(sqlite_url(db_path))
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_an_older_database_is_copied_aside_before_it_is_upgraded(db_path, monkeypatch):
    """Pretend this program knows a revision after the file's: the upgrade must be preceded by
    a complete copy of the file as it was."""
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (schema.HEAD, "0002_next"))
    monkeypatch.setattr(migrate, "HEAD", "0002_next")
    upgrades: list[tuple[bool, list[Path]]] = []

    def fake_upgrade(engine, *, fresh, seed):
        upgrades.append((fresh, sorted(db_path.parent.glob("*before-upgrade*"))))

    monkeypatch.setattr(migrate, "_upgrade", fake_upgrade)
    open_database(sqlite_url(db_path)).close()
    assert len(upgrades) == 1
    fresh, copies = upgrades[0]
    assert fresh is False
    assert len(copies) == 1 and f"from-{schema.HEAD}" in copies[0].name
    con = sqlite3.connect(copies[0])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM regulation_clauses").fetchone()[0] > 100
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD
    con.close()


def test_a_failure_while_creating_leaves_no_file(tmp_path, monkeypatch):
    from ops_desktop.core import defaults

    def broken(session):
        raise RuntimeError("disk full")

    monkeypatch.setattr(defaults, "install_defaults", broken)
    path = tmp_path / "new.sqlite3"
    with pytest.raises(RuntimeError):
        open_database(sqlite_url(path))
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_filling_a_new_database_leaves_no_file(tmp_path, monkeypatch):
    """The schema and the default content are one transaction: no half-made database."""
    from ops_desktop.core import defaults

    path = tmp_path / "new.sqlite3"
    monkeypatch.setattr(defaults, "install_defaults", lambda s: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        open_database(sqlite_url(path))
    assert list(tmp_path.iterdir()) == []


def test_a_0001_database_is_upgraded_keeping_every_row(demo_db, back_to):
    """The real upgrades from 0001 on a database full of data, on either backend."""
    from sqlalchemy import text

    counts = back_to(demo_db, "0001")
    assert len(counts) == 16 and counts["meetings"] > 0 and counts["regulation_clauses"] > 100
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    with demo_db.engine.connect() as conn:
        assert migrate.current_revision(conn) == schema.HEAD
        for table, count in counts.items():
            rows = conn.execute(text(f"SELECT row_version FROM {table}")).scalars().all()
            assert len(rows) == count and set(rows) <= {1}, table
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    if demo_db.path is not None:  # SQLite: the 0001 file was copied aside first
        copies = list(demo_db.path.parent.glob("*before-upgrade-from-0001*"))
        assert len(copies) == 1
        con = sqlite3.connect(copies[0])
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        con.close()


def test_periods_locked_before_0003_keep_the_base_bonuses_of_the_upgrade(demo_db, back_to):
    """Locked months get the base bonus each scored person has at the upgrade (the best that
    is known); open months none: they follow the current base bonus."""
    from sqlalchemy import text

    back_to(demo_db, "0002")
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    query = """
        SELECT p.status, b.staff_id, b.base_bonus, s.base_bonus
        FROM period_bonus_bases b
        JOIN appraisal_periods p ON p.id = b.period_id JOIN staff s ON s.id = b.staff_id
    """
    with demo_db.engine.connect() as conn:
        rows = conn.execute(text(query)).all()
        locked = conn.execute(
            text("SELECT count(*) FROM appraisal_periods WHERE status = 'locked'")
        ).scalar_one()
        scored = conn.execute(
            text(
                "SELECT count(DISTINCT e.period_id || '-' || e.subject_id) FROM score_entries e "
                "JOIN appraisal_periods p ON p.id = e.period_id WHERE p.status = 'locked'"
            )
        ).scalar_one()
    assert locked > 0 and rows
    assert {status for status, *_ in rows} == {"locked"}
    assert all(kept == current for *_, kept, current in rows)
    assert len(rows) >= scored


def test_versions_approved_before_0005_get_the_scheme_version_of_their_approval(
    demo_db, back_to, clock_at
):
    """Each approved version gets the scheme version current at its approval (the audit
    log's time, else the version's last change); approved before any that is kept: the
    active one. Its poster then prints those weights."""
    from sqlalchemy import delete, select

    from ops_desktop.core.models import ApprovedScheme, AuditEntry
    from ops_desktop.core.services import regulation, scheme

    def weights(supervisor):
        return {"supervisor": supervisor, "peer": 60 - supervisor, "self": 10, "data": 30}

    def approve(at, label=None):
        clock_at(at)
        with demo_db.transaction() as s:
            if label:
                regulation.new_draft(s, label)
            version = regulation.current(s)
            regulation.approve(s, version.id, at[:10], "總經理")
            return version.id, scheme.active(s).id

    def change(at, supervisor):
        clock_at(at)
        with demo_db.transaction() as s:
            return scheme.set_weights(s, sources=weights(supervisor)).id

    first, _ = approve("2026-11-01T09:00:00")  # before the demo's scheme was made (11-16)
    change("2026-11-17T09:00:00", 45)
    second, second_scheme = approve("2026-11-18T09:00:00", "1.1")
    change("2026-11-19T09:00:00", 50)
    third, third_scheme = approve("2026-11-20T09:00:00", "1.2")
    active = change("2026-11-21T09:00:00", 35)
    with demo_db.transaction() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.entity_id == third))  # its time: the row's
    back_to(demo_db, "0004")
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    with demo_db.transaction() as s:
        kept = dict(s.execute(select(ApprovedScheme.version_id, ApprovedScheme.scheme_id)).all())
        printed = {
            v: [
                c.text
                for c in regulation.tree(s, v, fill_placeholders=True).all_clauses()
                if "占績效考核總分" in c.text
            ][0]
            for v in (first, second, third)
        }
    assert kept == {first: active, second: second_scheme, third: third_scheme}
    assert second_scheme != third_scheme != active
    assert "45%" in printed[second] and "50%" in printed[third] and "35%" in printed[first]


def test_staff_numbers_stored_before_0006_are_brought_to_their_one_spelling(demo_db, back_to):
    """Numbers an older program stored as typed get the spelling every lookup now uses; one
    whose spelling another person already has (a duplicate an older import made) is kept
    as it is, for the secretary to merge or renumber."""
    from sqlalchemy import select, update

    from ops_desktop.core.models import Staff
    from ops_desktop.core.services import staff as staff_service

    typed = {"OP0002": "ＯＰ０００２", "OP0003": " op0003", "OP0004": "OP0004\u200b"}
    with demo_db.transaction() as s:
        for stored, as_typed in typed.items():
            s.execute(update(Staff).where(Staff.staff_no == stored).values(staff_no=as_typed))
        s.add(Staff(staff_no="op0005", name="重複的人", base_bonus=0))  # beside OP0005
        before = dict(s.execute(select(Staff.id, Staff.name)).all())
    back_to(demo_db, "0005")
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    with demo_db.transaction() as s:
        numbers = dict(s.execute(select(Staff.staff_no, Staff.name)).all())
        assert dict(s.execute(select(Staff.id, Staff.name)).all()) == before
        assert {"OP0002", "OP0003", "OP0004", "OP0005", "op0005"} <= set(numbers)
        assert not set(typed.values()) & set(numbers)
        assert numbers["op0005"] == "重複的人" and numbers["OP0005"] != "重複的人"
        found = staff_service.rows(s, "OP0003")
        assert [r.staff_no for r in found] == ["OP0003"]


def test_a_0005_database_gets_the_comments_table_guarded_in_locked_months(demo_db, back_to):
    """0006: score_comments, empty, and refused in a locked month by the database itself,
    on either backend; every score is kept."""
    from sqlalchemy import inspect, text

    with demo_db.engine.connect() as conn:
        scores = conn.execute(text("SELECT count(*) FROM score_entries")).scalar_one()
    back_to(demo_db, "0005")
    with demo_db.engine.connect() as conn:
        assert not inspect(conn).has_table("score_comments")
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    with demo_db.engine.connect() as conn:
        assert migrate.current_revision(conn) == schema.HEAD
        assert conn.execute(text("SELECT count(*) FROM score_comments")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM score_entries")).scalar_one() == scores
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        locked, person = conn.execute(
            text(
                "SELECT p.id, e.subject_id FROM appraisal_periods p JOIN score_entries e"
                " ON e.period_id = p.id WHERE p.status = 'locked' LIMIT 1"
            )
        ).one()
    insert = text(
        "INSERT INTO score_comments (period_id, subject_id, source, evaluator_id, comment)"
        " VALUES (:p, :s, 'self', :s, 'late words')"
    )
    with pytest.raises(Exception, match="ops-locked-period"), demo_db.engine.begin() as conn:
        conn.execute(insert, {"p": locked, "s": person})
    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE appraisal_periods SET status = 'open' WHERE id = :p"),
                     {"p": locked})  # fmt: skip
        conn.execute(insert, {"p": locked, "s": person})  # an open month takes it


def test_simplified_texts_stored_before_0007_count_as_up_to_date(demo_db, back_to):
    """0007: each Simplified text is taken as written for the Traditional text stored now;
    a part without one has nothing it was written for. Nothing counts as outdated."""
    from sqlalchemy import inspect, text

    from ops_desktop.core.services import regulation

    with demo_db.engine.begin() as conn:
        conn.execute(text("UPDATE regulation_clauses SET text_hans = NULL WHERE id = 1"))
        conn.execute(text("UPDATE regulation_clauses SET text_hans_for = 'old' WHERE id = 2"))
    back_to(demo_db, "0006_score_comments")
    with demo_db.engine.connect() as conn:
        assert "text_hans_for" not in {c["name"] for c in inspect(conn).get_columns(
            "regulation_clauses")}  # fmt: skip
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    with demo_db.engine.connect() as conn:
        assert migrate.current_revision(conn) == schema.HEAD
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        clauses = conn.execute(
            text("SELECT id, text, text_hans, text_hans_for FROM regulation_clauses")
        ).all()
        for table in ("regulation_versions", "regulation_chapters", "regulation_sections"):
            titles = conn.execute(text(f"SELECT title, title_hans_for FROM {table}")).all()
            assert titles and all(title == written_for for title, written_for in titles), table
    assert len(clauses) > 100
    for ident, own, hans, written_for in clauses:
        assert written_for == (own if hans is not None else None), ident
    with demo_db.transaction() as s:
        assert regulation.outdated_hans(s) == []


def test_a_0007_database_gets_an_empty_appeals_table_that_a_locked_month_does_not_guard(
    demo_db, back_to
):
    """0008: the table appeals, empty; an appeal is filed after a month is locked, so the
    locked-period triggers do not refuse it; the downgrade removes it again."""
    from alembic import command
    from sqlalchemy import inspect, text

    back_to(demo_db, "0007")
    with demo_db.engine.connect() as conn:
        assert not inspect(conn).has_table("appeals")
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    with demo_db.engine.begin() as conn:
        assert migrate.current_revision(conn) == schema.HEAD
        assert conn.execute(text("SELECT count(*) FROM appeals")).scalar_one() == 0
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        locked, person = conn.execute(
            text(
                "SELECT p.id, e.subject_id FROM appraisal_periods p JOIN score_entries e"
                " ON e.period_id = p.id WHERE p.status = 'locked' LIMIT 1"
            )
        ).one()
        conn.execute(
            text(
                "INSERT INTO appeals (period_id, staff_id, filed_on, contested, reason,"
                " letter_on, deadline) VALUES (:p, :s, '2026-11-16', '', '不服',"
                " '2026-11-10', '2026-11-17')"
            ),
            {"p": locked, "s": person},
        )
    with demo_db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0007")
    with demo_db.engine.connect() as conn:
        assert not inspect(conn).has_table("appeals")
        assert migrate.current_revision(conn) == "0007"


def test_a_0008_database_gets_an_empty_acknowledgements_table_and_loses_it_again(demo_db, back_to):
    """0009: the table regulation_acknowledgements, empty (everyone is due for the version
    in force); one acknowledgement per person and version; the downgrade removes it."""
    from alembic import command
    from sqlalchemy import exc, inspect, text

    back_to(demo_db, "0008_appeals")
    with demo_db.engine.connect() as conn:
        assert not inspect(conn).has_table("regulation_acknowledgements")
    migrate.ensure_schema(demo_db.engine, demo_db.path)
    with demo_db.engine.begin() as conn:
        assert migrate.current_revision(conn) == schema.HEAD
        table = "regulation_acknowledgements"
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    insert = text(
        "INSERT INTO regulation_acknowledgements (version_id, staff_id, acknowledged_on,"
        " source, recorded_by) SELECT v.id, s.id, '2026-11-16', 'sheet', 'secretary'"
        " FROM regulation_versions v, staff s WHERE s.staff_no = 'OP0001' LIMIT 1"
    )
    with demo_db.engine.begin() as conn:
        conn.execute(insert)
    with pytest.raises(exc.IntegrityError), demo_db.engine.begin() as conn:
        conn.execute(insert)  # the same person and version twice
    with demo_db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0008_appeals")
    with demo_db.engine.connect() as conn:
        assert not inspect(conn).has_table("regulation_acknowledgements")
        assert migrate.current_revision(conn) == "0008_appeals"
