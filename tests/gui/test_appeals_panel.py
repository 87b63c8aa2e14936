"""Appeals… on the appraisal page: record an appeal (a late one comes back with the refusal
until its reason is given), decide it, unlock the month for it and lock it again, print it;
the open appeal marked on the person's Status in the grid."""

from __future__ import annotations

import subprocess

from ops_desktop.core.services import audit
from ops_desktop.gui.pages.appraisals import AppraisalsPage, appeals_panel


def month_page(qtbot, ctx, label="2026-09"):
    page = AppraisalsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.period_id is not None)
    wanted = page.period_combo.itemData(page.period_combo.findText(label))
    page.load(wanted)
    qtbot.waitUntil(lambda: page.period_id == wanted)
    return page


def status_of(page, staff_no):
    row = next(r for r, p in enumerate(page.model.people) if p.staff_no == staff_no)
    column = next(n for n, c in enumerate(page.model.columns) if c.key == "missing")
    return page.model.index(row, column).data()


def test_add_decide_unlock_relock_and_print_an_appeal(
    qtbot, ctx, dialogs, errors, no_questions, tmp_path
):
    page = month_page(qtbot, ctx)
    assert page.model.locked and page.appeals_button.isEnabled()
    panel = appeals_panel.open_panel(page)
    assert "2026-09" in panel.heading.text() and panel.rows == []
    assert "appeal open" not in status_of(page, "OP0003")

    def late_appeal(dialog):
        dialog.person.setCurrentIndex(dialog.person.findText("OP0003 蕭磊"))
        dialog.filed_on.setText("2026-10-06")  # the demo locked 2026-09 on 09-28: 7 days
        dialog.contested.setText("上級評價")
        dialog.reason.setPlainText("加班未計入")
        return True

    def with_late_reason(dialog):
        assert dialog.reason.toPlainText() == "加班未計入"  # the form as it was typed
        dialog.late_reason.setText("員工出差")
        return True

    dialogs.forms += [late_appeal, with_late_reason]
    panel.add_button.click()
    assert len(errors) == 1 and "late: the deadline was 2026-10-05" in errors[0]
    qtbot.waitUntil(lambda: len(panel.rows) == 1)
    assert panel.table.item(0, 3).text() == "2026-10-05 (late)"
    qtbot.waitUntil(lambda: "appeal open" in status_of(page, "OP0003"))
    assert "appeal open" not in status_of(page, "OP0002")

    panel.table.selectRow(0)
    assert panel.decide_button.isEnabled() and not panel.unlock_button.isEnabled()

    def upheld(dialog):
        dialog.decision.setCurrentIndex(dialog.decision.findData("upheld"))
        dialog.reasons.setPlainText("加班屬實")
        return True

    dialogs.forms.append(upheld)
    panel.decide_button.click()
    qtbot.waitUntil(lambda: panel.rows and panel.rows[0].decision == "upheld")
    qtbot.waitUntil(lambda: "appeal open" not in status_of(page, "OP0003"))
    panel.table.selectRow(0)
    assert panel.unlock_button.isEnabled() and not panel.relock_button.isEnabled()
    panel.unlock_button.click()
    qtbot.waitUntil(lambda: not page.model.locked)
    assert "for appeal #1" in no_questions[-1]
    with ctx.db.transaction() as session:
        reason = audit.entries(session, entity="appraisal_period", action="unlock")[0]
        assert reason.details["reason"].startswith("appeal #1: OP0003 蕭磊")
    panel.table.selectRow(0)
    panel.relock_button.click()
    qtbot.waitUntil(lambda: page.model.locked)

    panel.table.selectRow(0)
    target = tmp_path / "appeal.pdf"
    dialogs.save_as.append(str(target))
    dialogs.after_export.append(None)
    assert panel.print_selected()
    assert dialogs.offered_files[-1].endswith("績效申訴決定書_2026-09_1.pdf")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "機密 · 2026-09" in text and "申訴成立" in text and "逾期受理，原因：員工出差" in text


def test_the_appeals_button_does_not_widen_the_page(qtbot, ctx):
    """The bar of buttons stays narrower than what sets the page's least width."""
    page = month_page(qtbot, ctx)
    least = page.minimumSizeHint().width()
    page.appeals_button.hide()
    assert page.minimumSizeHint().width() == least


def test_an_appeals_steps_read_in_words_in_the_audit_log(qtbot, ctx, qapp):
    import datetime as dt

    from sqlalchemy import select

    from ops_desktop.core.appraisal import appeals, periods
    from ops_desktop.core.models import Staff
    from ops_desktop.gui.i18n import Languages
    from ops_desktop.gui.pages.audit import AuditPage

    with ctx.db.transaction() as session:
        september = periods.get(session, 2026, 9).id
        person = session.scalar(select(Staff).where(Staff.staff_no == "OP0003"))
        ident = appeals.add(session, september, person.id, "不服", filed_on=dt.date(2026, 10, 1)).id
        appeals.decide(session, ident, "partly", "部分屬實", operator="經理")
    languages = Languages(qapp)
    try:
        languages.switch("zh_TW")
        page = AuditPage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.activate()
        page.entity.setCurrentIndex(page.entity.findData("appeal"))
        page.reload()
        shown = [
            [page.model.index(r, c).data() for c in range(page.model.columnCount())]
            for r in range(page.model.rowCount())
        ]
    finally:
        languages.uninstall()
    decided, filed = shown
    assert "績效申訴" in decided and "已決定" in decided and "已提出" in filed
    assert any("申訴決定：— → 部分成立；理由：部分屬實" in str(cell) for cell in decided), decided
    assert any(f"OP0003 {person.name}" in str(cell) for cell in filed), filed
