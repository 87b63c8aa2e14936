"""Result letters (績效考核結果通知書) on A4: one page per person, drawn from the plain values
of ``core.appraisal.letters``, in Traditional or Simplified Chinese.

Every page carries 機密 and the period at its top and in its footer. The page has fixed
places: the scores, the result, the training needs, the appeal and the three signatures
always take the same room; the comments take what is left. Long comments are set smaller
(down to ``MIN_TEXT``), and what still does not fit is cut at a line's end with a mark
saying that the rest is left out (the whole text is on the score sheet's 評語 sheet).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.canvas import Canvas

from ops_desktop.core import script as scripts
from ops_desktop.core.appraisal.letters import Letter
from ops_desktop.core.files import safe_file_name, write_atomically
from ops_desktop.core.outputs import output_folder

from . import fonts, letter_table
from .flow import Rect, flow
from .letter_page import COLOR, GREY, RED, SIZE, Page, number
from .page import MIN_TEXT, paper_size
from .text import TextBlock, width

CUT_MARK = "……（評語過長，以下從略；全文見月度績效考核表的評語工作表）"


def _period_words(letter: Letter) -> str:
    if letter.kind == "annual":
        return f"{letter.period} 年度（年度考核）"
    year, month = letter.period.split("-")
    return f"{year} 年 {int(month)} 月（月度考核）"


def _head(page: Page, letter: Letter) -> None:
    top = page.height - 40
    page.text(
        page.left,
        top,
        letter.department,
        page.fitted(letter.department, page.right - page.left - 60, 9),
        GREY,
    )
    page.canvas.setStrokeColor(RED)
    page.canvas.setLineWidth(1.2)
    page.canvas.rect(page.right - 44, top - 6, 44, 20, stroke=1, fill=0)
    page.text(page.right - 22, top, "機密", 12, RED, at="centre")
    page.text(
        page.width / 2, top - 34, f"{letter.department}績效考核結果通知書", 17, COLOR, "centre"
    )
    page.text(page.width / 2, top - 54, f"考核期間：{_period_words(letter)}", 11, black, "centre")
    y = top - 70
    if not letter.locked:
        page.text(page.width / 2, y, "（本期尚未鎖定，結果以鎖定後為準）", 9, RED, "centre")
        y -= 14
    y -= 8
    fields = [
        ("員工編號", letter.staff_no),
        ("姓名", letter.name),
        ("崗位", letter.position or "—"),
        ("直屬主管", letter.supervisor or "—"),
    ]
    column = (page.right - page.left) / len(fields)
    for i, (label, value) in enumerate(fields):
        x = page.left + i * column
        page.text(x, y, f"{label}：", 9, GREY)
        room = column - width(page.t(f"{label}："), page.font, 9) - 4
        shown, size = page.clipped(value, room)
        page.text(x + width(page.t(f"{label}："), page.font, 9), y, shown, size)
    page.rule(y - 8)
    page.y = y - 26


def _result(page: Page, letter: Letter) -> None:
    """Total, grade, coefficient (and bonus, rank, promotion when they are shown)."""
    box_top = page.y + 4
    label = "年度結果" if letter.kind == "annual" else "總分"
    items = [
        (label, number(letter.total)),
        ("等級", letter.grade),
        ("獎金係數", number(letter.bonus_coefficient)),
    ]
    if letter.bonus is not None:
        items.append(("獎金", f"{letter.bonus:,.2f} 元"))
    if letter.rank is not None:
        items.append(("排名", f"{letter.rank} / {letter.ranked}"))
    page.canvas.setFillColor(HexColor(0xEEF3F8))
    page.canvas.rect(page.left, box_top - 34, page.right - page.left, 34, stroke=0, fill=1)
    column = (page.right - page.left) / len(items)
    for i, (name, value) in enumerate(items):
        centre = page.left + (i + 0.5) * column
        page.text(centre, box_top - 13, name, 8.5, GREY, "centre")
        page.text(centre, box_top - 28, value, 12, COLOR, "centre")
    y = box_top - 50
    if letter.kind == "annual":
        said = f"年度結果為 {len(letter.months)} 個月總分的平均。"
        if letter.promotion:
            said += "年度考核優秀：列入晉升優先名單。"
        page.text(page.left, y, said, 9)
        y -= 16
    needs = "、".join(letter.training_needs) if letter.training_needs else "無"
    page.text(page.left, y, f"培訓需求（維度得分低於培訓門檻）：{needs}", SIZE)
    page.y = y - 22


def _remarks(page: Page, letter: Letter, bottom: float) -> None:
    """The comments in the room down to ``bottom``: smaller when long, cut with a mark when
    even ``MIN_TEXT`` does not hold them."""
    page.text(page.left, page.y, "評語", 11, COLOR)
    top = page.y - 8
    paragraphs = []
    for remark in letter.remarks:
        who = {"supervisor": "上級評價", "self": "自我評價", "peer": "同事評價（匿名）"}
        by = f"（{remark.by}）" if remark.source == "supervisor" and remark.by else ""
        paragraphs.append(f"{who[remark.source]}{by}：{remark.text}")
    if not paragraphs:
        paragraphs = ["（本期沒有評語）"]
    room = Rect(page.left, bottom, page.right - page.left, top - bottom)
    for size in (SIZE, 9.5, 9.0, 8.5, MIN_TEXT):
        placement = flow(_story(page, paragraphs, size), [room])
        if placement.fits:
            break
    else:  # cut: the room less a line for the mark
        short = Rect(room.x, room.y + size * 1.45, room.width, room.height - size * 1.45)
        placement = flow(_story(page, paragraphs, size), [short])
        mark = TextBlock(page.t(CUT_MARK), page.font, size, color=GREY)
        mark.wrap(room.width, size * 1.45)
        mark.drawOn(page.canvas, room.x, room.y)
    for placed in placement.columns[0] if placement.columns else []:
        placed.flowable.drawOn(page.canvas, placed.x, placed.y)


def _story(page: Page, paragraphs: Iterable[str], size: float) -> list[TextBlock]:
    return [
        TextBlock(page.t(p), page.font, size, indent=0, space_after=size * 0.35) for p in paragraphs
    ]


def _foot(page: Page, letter: Letter) -> None:
    """The appeal, the three signatures with their dates, and the footer."""
    y = 206.0
    page.rule(y + 14, GREY, 0.4)
    days = (letter.appeal_by - letter.dated).days
    page.text(page.left, y, f"通知日期：{letter.dated:%Y-%m-%d}", SIZE)
    appeal = (
        f"如對考核結果有異議，請於 {letter.appeal_by:%Y-%m-%d} 前（通知日起 {days} 日內）"
        "以書面向運營經理提出申訴；逾期視為確認本結果。"
    )
    page.text(page.left, y - 16, appeal, page.fitted(appeal, page.right - page.left))
    signers = [("員工", letter.name), ("直屬主管", letter.supervisor), ("運營經理", "")]
    column = (page.right - page.left) / 3
    for i, (role, name) in enumerate(signers):
        x = page.left + i * column
        page.text(x, y - 52, f"{role}簽名" + (f"（{name}）" if name else ""), 9, GREY)
        page.canvas.setStrokeColor(black)
        page.canvas.setLineWidth(0.5)
        page.canvas.line(x, y - 84, x + column - 18, y - 84)
        page.text(x, y - 104, "日期：", 9, GREY)
        page.canvas.line(x + 28, y - 106, x + column - 18, y - 106)
    page.rule(46, COLOR, 0.5)
    footer = f"機密 · {letter.period} · {letter.staff_no} {letter.name} · 績效考核結果通知書"
    page.text(page.left, 34, footer, 8, GREY)
    page.text(page.right, 34, "僅供本人及考核相關主管閱覽", 8, GREY, "right")


def _draw(page: Page, letter: Letter) -> None:
    _head(page, letter)
    letter_table.table(page, letter)
    if letter.kind == "annual":
        letter_table.months(page, letter)
    _result(page, letter)
    _remarks(page, letter, bottom=236.0)
    _foot(page, letter)


def _write(letters: list[Letter], target: str | Path, font: str, script: str) -> None:
    def write(tmp: Path) -> None:
        width_, height = paper_size("A4")
        # types-reportlab types initialFontName as a number; it is the font's name.
        canvas = Canvas(str(tmp), pagesize=(width_, height), initialFontName=font)  # type: ignore[arg-type]
        first = letters[0]
        canvas.setTitle(scripts.pick(f"績效考核結果通知書 {first.period}", None, script))
        canvas.setAuthor("ops-desktop")
        canvas.setSubject(scripts.pick("機密", None, script))
        for letter in letters:
            _draw(Page(canvas, font, script), letter)
            canvas.showPage()
        canvas.save()

    write_atomically(target, write)


def file_name(letter: Letter, script: str = "hant") -> str:
    """``OP0003-陳美玲.pdf``: a person's own letter, named by staff number and name."""
    name = scripts.pick(letter.name, None, script)
    return safe_file_name(f"{letter.staff_no}-{name}", letter.staff_no) + ".pdf"


def write_letters(
    letters: Iterable[Letter],
    target: str | Path,
    *,
    folder: bool = False,
    script: str = "hant",
    font_path: str | None = None,
) -> list[Path]:
    """One PDF with a page per letter at ``target``, or (``folder``) one PDF per person in
    the folder ``target``; returns the files written."""
    chosen = list(letters)
    scripts.check(script)
    font = fonts.register(font_path)
    if not chosen:
        return []
    if not folder:
        _write(chosen, target, font, script)
        return [Path(target)]
    written = []
    with output_folder(target) as where:
        for letter in chosen:
            path = where / file_name(letter, script)
            _write([letter], path, font, script)
            written.append(path)
    return written
