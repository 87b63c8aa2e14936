"""Flowcharts from the workflow templates; minutes and event summaries on A4."""

from __future__ import annotations

import datetime as dt

import pytest
from pdftools import flat, page_size_mm, pdf_info, pdf_text
from sqlalchemy import select

from ops_desktop.core.errors import DomainError
from ops_desktop.core.models import Meeting, WorkflowRun
from ops_desktop.core.punctuation import full_width
from ops_desktop.core.services import workflows
from ops_desktop.exports.pdf import printouts
from ops_desktop.exports.pdf.flowchart import chart_content, write_flowchart


def printed(text):
    """``text`` as the chart prints it: flat, with Chinese punctuation full-width."""
    return flat(full_width(text))


@pytest.mark.parametrize("code", ["product", "user", "event", "content"])
def test_flowchart_shows_stages_in_order_steps_responsibles_and_approvals(db, tmp_path, code):
    with db.transaction() as session:
        template = workflows.template_by_code(session, code)
        stages = [
            (s.name, [x.text for x in s.steps], s.responsible_position.name, s.approval)
            for s in template.stages
        ]
        chart = chart_content(session, code)
    path = tmp_path / f"{code}.pdf"
    write_flowchart(chart, path, size="A2")
    text = flat(pdf_text(path))  # printed with full-width marks in Chinese text
    positions = [
        text.index(printed(f"{i}. {name}")) for i, (name, *_rest) in enumerate(stages, start=1)
    ]
    assert positions == sorted(positions)
    for _name, steps, responsible, approval in stages:
        assert all(printed(step) in text for step in steps)
        assert flat(f"負責：{responsible}") in text
        if approval:
            assert printed(f"審批:{approval}") in text
    assert text.count("審批") >= 2 * sum(1 for s in stages if s[3])


def test_flowchart_in_simplified_landscape_and_tiled(db, tmp_path):
    with db.transaction() as session:
        chart = chart_content(session, "活動運營", script="hans")
    write_flowchart(chart, tmp_path / "f.pdf", size="A3", landscape=True)
    assert page_size_mm(tmp_path / "f.pdf") == (420, 297)
    text = flat(pdf_text(tmp_path / "f.pdf"))
    assert "活动运营流程" in text and "负责：运营专员" in text
    write_flowchart(chart, tmp_path / "t.pdf", size="A1", tile="A4")
    assert int(pdf_info(tmp_path / "t.pdf")["Pages"]) == 15


def test_an_unknown_template_is_refused(db):
    with db.transaction() as session, pytest.raises(DomainError, match="產品運營"):
        chart_content(session, "財務流程")


def test_meeting_minutes_carry_open_items_over(demo_db, tmp_path):
    with demo_db.transaction() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.held_on.desc())).first()
        title, blocks = printouts.minutes_blocks(session, meeting.id)
        own = [a.text for a in meeting.action_items]
    path = tmp_path / "minutes.pdf"
    assert printouts.write_document(title, blocks, path) == 1
    text = flat(pdf_text(path))
    assert page_size_mm(path) == (210, 297)
    assert "會議紀要" in text and "延續的未完成事項" in text
    assert all(printed(t) in text for t in own)
    assert "未完成" in text
    assert "（負責：" in text and "(負責" not in text  # as Chinese print sets it


def test_event_summary_reports_budget_spend_and_outcome(demo_db, tmp_path):
    with demo_db.transaction() as session:
        run = next(
            r
            for r in session.scalars(select(WorkflowRun))
            if r.template.is_event and r.status == "done"
        )
        title, blocks = printouts.event_summary_blocks(session, run.id)
        expected = [f"{run.budget:,.2f}", f"{run.participants:,}", run.template.stages[0].name]
    path = tmp_path / "event.pdf"
    printouts.write_document(title, blocks, path, script="hans")
    text = flat(pdf_text(path))
    assert "活动总结报告" in text
    assert all(flat(e) in text for e in expected[:2])


def test_a_long_document_takes_more_pages(tmp_path):
    blocks = [printouts.Block("item", f"第 {i} 項:" + "運營部工作記錄。" * 12) for i in range(200)]
    pages = printouts.write_document("長文件", blocks, tmp_path / "long.pdf")
    assert pages > 3 and int(pdf_info(tmp_path / "long.pdf")["Pages"]) == pages
    assert "第199項" in flat(pdf_text(tmp_path / "long.pdf"))


@pytest.mark.sqlite_only
def test_minutes_of_a_missing_meeting_from_the_command_line(demo_db, tmp_path, capsys):
    from ops_desktop import cli

    demo_db.close()  # the command opens the file itself, as its own process would
    assert (
        cli.main(
            [
                "print",
                "minutes",
                "--db",
                str(demo_db.path),
                "--date",
                str(dt.date(2001, 1, 1)),
                "-o",
                str(tmp_path / "m.pdf"),
            ]
        )
        == 1
    )
    assert "no meeting" in capsys.readouterr().err
