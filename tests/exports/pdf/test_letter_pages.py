"""Result letters on paper: read back with pdftotext -layout, every number on a letter is the
program's result; one A4 page per person; 機密 and the period on every page; and the
command line (print letters)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from appraisal_team import OP, PLAN, fill, make_team
from pdftools import flat, page_size_mm, pdf_info, pdf_text
from sqlalchemy import select

from ops_desktop.core.appraisal import comments, letters, results, rules
from ops_desktop.core.appraisal.comments import CommentKey
from ops_desktop.core.models import Staff
from ops_desktop.core.models.appraisal import COMMENT_LENGTH
from ops_desktop.core.services import settings
from ops_desktop.exports.pdf.letters import CUT_MARK, write_letters

NUMBER = re.compile(r"\d[\d,]*\.\d\d|\d+(?:\.\d+)?%")


def numbers(line: str) -> list[str]:
    return NUMBER.findall(line)


def line_of(text: str, start: str) -> str:
    found = [line.strip() for line in text.splitlines() if line.strip().startswith(start)]
    assert len(found) == 1, (start, text)
    return found[0]


def month(db, staff=None):
    with db.transaction() as s:
        return letters.monthly(s, 2026, 1, staff)


def ids_by_no(db):
    with db.transaction() as s:
        return {no: i for no, i in s.execute(select(Staff.staff_no, Staff.id))}


def test_every_number_on_each_page_is_the_programs_result(db, tmp_path):
    team = make_team(db)
    fill(db, team)
    with db.transaction() as s:
        settings.put(s, settings.LETTER_SHOWS_RANK, "yes", OP)
        settings.put(s, settings.LETTER_SHOWS_BONUS, "yes", OP)
        result = results.compute(s, team.period_id)
    batch = month(db)
    path = tmp_path / "letters.pdf"
    assert write_letters(batch.letters, path) == [path]
    assert int(pdf_info(path)["Pages"]) == 5 and page_size_mm(path) == (210, 297)
    people = {p.staff_no: p for p in result.people}
    view = result.scheme
    for page, letter in enumerate(batch.letters, start=1):
        text = pdf_text(path, page=page, layout=True)
        person = people[letter.staff_no]
        assert text.count("機密") == 2  # the mark at the top and the footer
        assert (
            "2026 年 1 月" in text and f"機密 · 2026-01 · {person.staff_no} {person.name}" in text
        )
        for code, weight in view.source_weights.items():
            dims = (
                [] if code == "data" else [person.inputs[(code, d)] for d in view.dimension_weights]
            )
            expected = [
                f"{weight.normalize():f}%",
                *(f"{value:.2f}" for value in dims),
                f"{rules.round2(person.source_scores[code]):.2f}",
            ]
            assert numbers(line_of(text, view.source_names[code])) == expected, code
        lines = text.splitlines()
        labels = next(i for i, line in enumerate(lines) if line.strip().startswith("總分"))
        assert lines[labels + 1].replace(" / ", "/").split() == [
            f"{person.total:.2f}",
            person.grade,
            f"{person.bonus_coefficient:.2f}",
            f"{person.bonus:,.2f}",
            "元",
            f"{person.rank}/5",
        ]
        heads = numbers(line_of(text, "考核來源"))
        assert heads == [f"{w.normalize():f}%" for w in view.dimension_weights.values()]
        if person.training_needs:
            names = "、".join(view.dimension_names[d] for d in person.training_needs)
            assert f"培訓需求（維度得分低於培訓門檻）：{names}" in text
        assert "員工簽名" in text and "直屬主管簽名" in text and "運營經理簽名" in text
        assert (
            text.count("日期：") == 1 + 3
            and "通知日期：2026-11-16" in text
            and "2026-11-23 前（通知日起 7 日內）" in text
        )


def test_merged_peers_anonymous_comments_and_no_peer_name_on_the_page(db, tmp_path):
    team = make_team(db)
    fill(db, team, {**PLAN, "A": (PLAN["A"][0], {"B": PLAN["A"][1]["B"]}, *PLAN["A"][2:])})
    ids = ids_by_no(db)
    with db.transaction() as s:
        comments.put(s, team.period_id, CommentKey(ids["TA"], "peer", ids["TB"]), "很有耐心。", OP)
    (a,) = month(db, ["TA"]).letters
    path = tmp_path / "a.pdf"
    write_letters([a], path)
    text = pdf_text(path, layout=True)
    assert numbers(line_of(text, "上級評價、同事評價")) == ["60%", f"{a.sources[0].score:.2f}"]
    assert "同事評分少於3位（1位），故上級評價、同事評價合併為一行" in flat(text)
    assert "同事評價（匿名）：很有耐心。" in flat(text)
    assert not any(name in text for name in ("組員B", "組員C", "組員D"))


def test_long_comments_stay_on_one_page_cut_with_a_mark(db, tmp_path):
    team = make_team(db)
    fill(db, team)
    ids = ids_by_no(db)
    long = ("本月完成活動策劃與執行，數據整理及時，跨部門溝通仍需加強。" * 20)[:COMMENT_LENGTH]
    with db.transaction() as s:
        for source, rater in (("supervisor", "T0"), ("self", "TA"), ("peer", "TB"), ("peer", "TC")):
            comments.put(s, team.period_id, CommentKey(ids["TA"], source, ids[rater]), long, OP)
        comments.put(s, team.period_id, CommentKey(ids["TB"], "supervisor", ids["T0"]), "好。", OP)
    batch = month(db, ["TA", "TB"])
    path = tmp_path / "long.pdf"
    write_letters(batch.letters, path)
    assert int(pdf_info(path)["Pages"]) == 2
    first, second = flat(pdf_text(path, page=1)), flat(pdf_text(path, page=2))
    assert flat(CUT_MARK) in first and "上級評價（主管）：本月完成活動策劃" in first
    assert "運營經理簽名" in first and "機密·2026-01·TA組員A" in first  # the foot is still there
    assert flat(CUT_MARK) not in second and "上級評價（主管）：好。" in second


def test_simplified_letters(db, tmp_path):
    team = make_team(db)
    fill(db, team)
    path = tmp_path / "hans.pdf"
    write_letters(month(db, ["TA"]).letters, path, script="hans")
    text = flat(pdf_text(path))
    assert "机密" in text and "绩效考核结果通知书" in text and "上级评价" in text
    assert "84.77" in text and "良好" in text


@pytest.fixture
def closed_db(db):
    """The small team's month, the database closed: the command opens it as its process would."""
    fill(db, make_team(db), skip=frozenset({("C", "self")}))
    db.close()
    return db


def run(db, *args):
    from ops_desktop import cli

    return cli.main(["print", "letters", "--db", str(db.path), *args])


@pytest.mark.sqlite_only
def test_command_line_folder_one_file_per_person(closed_db, tmp_path, capsys):
    folder = tmp_path / "letters" / "2026-01"
    assert run(closed_db, "--period", "2026-01", "-o", str(folder)) == 0
    out = capsys.readouterr()
    assert sorted(p.name for p in folder.iterdir()) == [
        "T0-主管.pdf", "TA-組員A.pdf", "TB-組員B.pdf", "TD-組員D.pdf"
    ]  # fmt: skip
    assert "written: 4 file(s)" in out.out
    assert "no letter for TC 組員C: incomplete: 自我評價" in out.err
    assert "84.77" in pdf_text(folder / "TA-組員A.pdf")
    one = tmp_path / "one.pdf"
    assert run(closed_db, "--period", "2026-01", "--staff", "ta", "tb", "-o", str(one)) == 0
    assert int(pdf_info(one)["Pages"]) == 2


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--period", "2026-13"], 2, "not a month like 2026-10"),
        (["--period", "2026-02"], 1, "no appraisal period 2026-02"),
        (["--period", "2026-01", "--staff", "TA", "T9"], 1, "T9 is not appraised in 2026-01"),
        (["--period", "2026-01", "--staff", "TC"], 1, "no letter written"),
        (["--period", "2026-01", "--year", "2026"], 2, "not allowed with"),
    ],
)
def test_command_line_refusals_write_nothing(closed_db, tmp_path, capsys, args, code, said):
    target = tmp_path / "out"
    assert run(closed_db, *args, "-o", str(target / "x.pdf")) == code
    assert said in capsys.readouterr().err
    assert not target.exists()


def test_the_letters_numbers_are_decimals_as_printed(db):
    """The letter's values are what the page prints: 2 decimals, no float on the way."""
    fill(db, make_team(db))
    for letter in month(db).letters:
        for line in letter.sources:
            assert line.score is not None and line.score == line.score.quantize(Decimal("0.01"))
