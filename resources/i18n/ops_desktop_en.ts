<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About %1</source>
      <translation>About %1</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Program</translation>
    </message>
    <message>
      <source>Font</source>
      <translation>Font</translation>
    </message>
    <message>
      <source>Icons</source>
      <translation>Icons</translation>
    </message>
    <message>
      <source>The Operations Department's regulation, records, appraisals and posters, offline.</source>
      <translation>The Operations Department's regulation, records, appraisals and posters, offline.</translation>
    </message>
    <message>
      <source>(none open)</source>
      <translation>(none open)</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Database in use</source>
      <translation>Database in use</translation>
    </message>
    <message>
      <source>Qt</source>
      <translation>Qt</translation>
    </message>
    <message>
      <source>Python</source>
      <translation>Python</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>MIT (the program)</source>
      <translation>MIT (the program)</translation>
    </message>
    <message>
      <source>The licences of what it ships from others (the font of posters and printouts, the icons) are in the next tabs.</source>
      <translation>The licences of what it ships from others (the font of posters and printouts, the icons) are in the next tabs.</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>Cannot read %1: %2</translation>
    </message>
  </context>
  <context>
    <name>AckDateDialog</name>
    <message>
      <source>Record acknowledgement</source>
      <translation>Record acknowledgement</translation>
    </message>
    <message>
      <source>%1 acknowledged version %2:</source>
      <translation>%1 acknowledged version %2:</translation>
    </message>
    <message>
      <source>&amp;Acknowledged on</source>
      <translation>&amp;Acknowledged on</translation>
    </message>
  </context>
  <context>
    <name>AcksPanel</name>
    <message>
      <source>Acknowledged</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>Acknowledged on</translation>
    </message>
    <message>
      <source>Due since</source>
      <translation>Due since</translation>
    </message>
    <message>
      <source>Days since due</source>
      <translation>Days since due</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Record acknowledgement…</source>
      <translation>Record acknowledgement…</translation>
    </message>
    <message>
      <source>Import signed workbook…</source>
      <translation>Import signed workbook…</translation>
    </message>
    <message>
      <source>Print sign-off sheet…</source>
      <translation>Print sign-off sheet…</translation>
    </message>
    <message>
      <source>Export sign-off workbook…</source>
      <translation>Export sign-off workbook…</translation>
    </message>
    <message>
      <source>Version %1 is a draft: people acknowledge a version once it is approved.</source>
      <translation>Version %1 is a draft: people acknowledge a version once it is approved.</translation>
    </message>
    <message>
      <source>Version %1: %2 of %3 people acknowledged; %4 overdue</source>
      <translation>Version %1: %2 of %3 people acknowledged; %4 overdue</translation>
    </message>
    <message>
      <source>No active employees: add people on the Staff page.</source>
      <translation>No active employees: add people on the Staff page.</translation>
    </message>
    <message numerus="yes">
      <source>Acknowledgement of %1 by %n people</source>
      <translation>
        <numerusform>Acknowledgement of %1 by %n people</numerusform>
        <numerusform>Acknowledgement of %1 by %n people</numerusform>
      </translation>
    </message>
    <message>
      <source>Print sign-off sheet</source>
      <translation>Print sign-off sheet</translation>
    </message>
    <message>
      <source>Export sign-off workbook</source>
      <translation>Export sign-off workbook</translation>
    </message>
    <message>
      <source>Signed sign-off workbook</source>
      <translation>Signed sign-off workbook</translation>
    </message>
    <message numerus="yes">
      <source>%n acknowledgement(s) recorded from the workbook</source>
      <translation>
        <numerusform>%n acknowledgement(s) recorded from the workbook</numerusform>
        <numerusform>%n acknowledgement(s) recorded from the workbook</numerusform>
      </translation>
    </message>
    <message>
      <source>Import signed workbook of %1</source>
      <translation>Import signed workbook of %1</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsPanel</name>
    <message>
      <source>overdue</source>
      <translation>overdue</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>Set on</source>
      <translation>Set on</translation>
    </message>
    <message>
      <source>Filter tasks…</source>
      <translation>Filter tasks…</translation>
    </message>
    <message>
      <source>No tasks were set at this meeting: type one below and add it.</source>
      <translation>No tasks were set at this meeting: type one below and add it.</translation>
    </message>
    <message>
      <source>No open tasks from earlier meetings.</source>
      <translation>No open tasks from earlier meetings.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Drop</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>This week's tasks</source>
      <translation>This week's tasks</translation>
    </message>
    <message>
      <source>Carried over from earlier meetings</source>
      <translation>Carried over from earlier meetings</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>This week's tasks (%1 open, %2 overdue)</source>
      <translation>This week's tasks (%1 open, %2 overdue)</translation>
    </message>
    <message>
      <source>Carried over from earlier meetings (%1)</source>
      <translation>Carried over from earlier meetings (%1)</translation>
    </message>
    <message>
      <source>New task %1</source>
      <translation>New task %1</translation>
    </message>
    <message>
      <source>Edit task %1</source>
      <translation>Edit task %1</translation>
    </message>
    <message>
      <source>Drop %1</source>
      <translation>Drop %1</translation>
    </message>
    <message>
      <source>Close %1</source>
      <translation>Close %1</translation>
    </message>
    <message>
      <source>Reopen %1</source>
      <translation>Reopen %1</translation>
    </message>
  </context>
  <context>
    <name>ActionStatus</name>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Dropped</translation>
    </message>
  </context>
  <context>
    <name>AddAppealDialog</name>
    <message>
      <source>Record an appeal of %1</source>
      <translation>Record an appeal of %1</translation>
    </message>
    <message>
      <source>e.g. the supervisor's score for performance</source>
      <translation>e.g. the supervisor's score for performance</translation>
    </message>
    <message>
      <source>Empty: the day the month was first locked (when the letters go out).</source>
      <translation>Empty: the day the month was first locked (when the letters go out).</translation>
    </message>
    <message>
      <source>Only for an appeal after its deadline</source>
      <translation>Only for an appeal after its deadline</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>Person:</translation>
    </message>
    <message>
      <source>Filed on:</source>
      <translation>Filed on:</translation>
    </message>
    <message>
      <source>Contested:</source>
      <translation>Contested:</translation>
    </message>
    <message>
      <source>Employee's reason:</source>
      <translation>Employee's reason:</translation>
    </message>
    <message>
      <source>Letter dated:</source>
      <translation>Letter dated:</translation>
    </message>
    <message>
      <source>Accepted late because:</source>
      <translation>Accepted late because:</translation>
    </message>
  </context>
  <context>
    <name>AnnualView</name>
    <message>
      <source>Jan</source>
      <translation>Jan</translation>
    </message>
    <message>
      <source>Feb</source>
      <translation>Feb</translation>
    </message>
    <message>
      <source>Mar</source>
      <translation>Mar</translation>
    </message>
    <message>
      <source>Apr</source>
      <translation>Apr</translation>
    </message>
    <message>
      <source>May</source>
      <translation>May</translation>
    </message>
    <message>
      <source>Jun</source>
      <translation>Jun</translation>
    </message>
    <message>
      <source>Jul</source>
      <translation>Jul</translation>
    </message>
    <message>
      <source>Aug</source>
      <translation>Aug</translation>
    </message>
    <message>
      <source>Sep</source>
      <translation>Sep</translation>
    </message>
    <message>
      <source>Oct</source>
      <translation>Oct</translation>
    </message>
    <message>
      <source>Nov</source>
      <translation>Nov</translation>
    </message>
    <message>
      <source>Dec</source>
      <translation>Dec</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>insufficient data</source>
      <translation>insufficient data</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>Promotion</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>priority</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Promotion priority (annual top grade)</source>
      <translation>Promotion priority (annual top grade)</translation>
    </message>
    <message>
      <source>No one has the year's top grade.</source>
      <translation>No one has the year's top grade.</translation>
    </message>
    <message>
      <source>Training needs (latest month)</source>
      <translation>Training needs (latest month)</translation>
    </message>
    <message>
      <source>No training needs in the year's latest month.</source>
      <translation>No training needs in the year's latest month.</translation>
    </message>
    <message>
      <source>No month of this year has results yet: open one on the Month tab.</source>
      <translation>No month of this year has results yet: open one on the Month tab.</translation>
    </message>
    <message>
      <source>Export annual sheet…</source>
      <translation>Export annual sheet…</translation>
    </message>
    <message>
      <source>No month is open yet.</source>
      <translation>No month is open yet.</translation>
    </message>
    <message>
      <source>%1: mean of the monthly totals, at least %2 months</source>
      <translation>%1: mean of the monthly totals, at least %2 months</translation>
    </message>
  </context>
  <context>
    <name>AppealDecision</name>
    <message>
      <source>Upheld</source>
      <translation>Upheld</translation>
    </message>
    <message>
      <source>Partly upheld</source>
      <translation>Partly upheld</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
  </context>
  <context>
    <name>AppealsPanel</name>
    <message>
      <source>Appeals</source>
      <translation>Appeals</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>Filed on</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Contested</source>
      <translation>Contested</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <source>Decide…</source>
      <translation>Decide…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Unlock for the appeal</source>
      <translation>Unlock for the appeal</translation>
    </message>
    <message>
      <source>Lock again</source>
      <translation>Lock again</translation>
    </message>
    <message>
      <source>A decision changes no score: for an upheld appeal, unlock the month for it, correct the scores in the grid, then lock it again.</source>
      <translation>A decision changes no score: for an upheld appeal, unlock the month for it, correct the scores in the grid, then lock it again.</translation>
    </message>
    <message>
      <source>Appeals of %1</source>
      <translation>Appeals of %1</translation>
    </message>
    <message>
      <source>late</source>
      <translation>late</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Unlock %1 for appeal #%2? The audit log names the appeal as the reason.</source>
      <translation>Unlock %1 for appeal #%2? The audit log names the appeal as the reason.</translation>
    </message>
    <message>
      <source>Print the appeal</source>
      <translation>Print the appeal</translation>
    </message>
  </context>
  <context>
    <name>AppraisalsPage</name>
    <message>
      <source>Clear score %1</source>
      <translation>Clear score %1</translation>
    </message>
    <message>
      <source>Score %1</source>
      <translation>Score %1</translation>
    </message>
    <message>
      <source>Cleared: %1 scores, %2 refused</source>
      <translation>Cleared: %1 scores, %2 refused</translation>
    </message>
    <message>
      <source>Clear %1 scores</source>
      <translation>Clear %1 scores</translation>
    </message>
    <message>
      <source>Pasted: %1 stored, %2 refused</source>
      <translation>Pasted: %1 stored, %2 refused</translation>
    </message>
    <message>
      <source>Paste scores</source>
      <translation>Paste scores</translation>
    </message>
    <message>
      <source>%1 is locked: its scores cannot change. To change them, choose Unlock… and give a reason.</source>
      <translation>%1 is locked: its scores cannot change. To change them, choose Unlock… and give a reason.</translation>
    </message>
    <message>
      <source>Peer scores are typed per evaluator in the peers panel on the right; this cell shows their average.</source>
      <translation>Peer scores are typed per evaluator in the peers panel on the right; this cell shows their average.</translation>
    </message>
    <message>
      <source>Computed from the scores: it cannot be typed.</source>
      <translation>Computed from the scores: it cannot be typed.</translation>
    </message>
    <message>
      <source>No month is open yet: open one with New month…</source>
      <translation>No month is open yet: open one with New month…</translation>
    </message>
    <message>
      <source>Filled-in evaluator forms</source>
      <translation>Filled-in evaluator forms</translation>
    </message>
    <message>
      <source>Importing forms</source>
      <translation>Importing forms</translation>
    </message>
    <message>
      <source>Import %1 evaluator form(s)</source>
      <translation>Import %1 evaluator form(s)</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>Missing: %1; the total once they are in</source>
      <translation>Missing: %1; the total once they are in</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Complete</translation>
    </message>
    <message>
      <source>appeal open</source>
      <translation>appeal open</translation>
    </message>
    <message>
      <source>Print result letters…</source>
      <translation>Print result letters…</translation>
    </message>
    <message>
      <source>One PDF, a page per person…</source>
      <translation>One PDF, a page per person…</translation>
    </message>
    <message>
      <source>One PDF per person, in a folder…</source>
      <translation>One PDF per person, in a folder…</translation>
    </message>
    <message>
      <source>Writing the letters…</source>
      <translation>Writing the letters…</translation>
    </message>
    <message>
      <source>%1 letter(s) written</source>
      <translation>%1 letter(s) written</translation>
    </message>
    <message>
      <source>No letter: %1</source>
      <translation>No letter: %1</translation>
    </message>
    <message>
      <source>Print result letters</source>
      <translation>Print result letters</translation>
    </message>
    <message>
      <source>Scores are being entered.</source>
      <translation>Scores are being entered.</translation>
    </message>
    <message>
      <source>Complete, waiting for the manager's check.</source>
      <translation>Complete, waiting for the manager's check.</translation>
    </message>
    <message>
      <source>Final: the results go to HR; unlock to change them.</source>
      <translation>Final: the results go to HR; unlock to change them.</translation>
    </message>
    <message>
      <source>New month…</source>
      <translation>New month…</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Lock</translation>
    </message>
    <message>
      <source>Export score sheet…</source>
      <translation>Export score sheet…</translation>
    </message>
    <message>
      <source>Evaluator forms…</source>
      <translation>Evaluator forms…</translation>
    </message>
    <message>
      <source>Import forms…</source>
      <translation>Import forms…</translation>
    </message>
    <message>
      <source>Appeals…</source>
      <translation>Appeals…</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>Period:</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Calibration</source>
      <translation>Calibration</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>Appraisals</translation>
    </message>
    <message>
      <source>No one was on the staff in this month: add people on the Staff page.</source>
      <translation>No one was on the staff in this month: add people on the Staff page.</translation>
    </message>
    <message>
      <source>Unlock…</source>
      <translation>Unlock…</translation>
    </message>
    <message>
      <source>No month is open yet: open the first one with New month… above.</source>
      <translation>No month is open yet: open the first one with New month… above.</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>in review</source>
      <translation>in review</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>locked</translation>
    </message>
    <message>
      <source>%1 — %2 of %3 complete</source>
      <translation>%1 — %2 of %3 complete</translation>
    </message>
    <message>
      <source>%1: %2 people (%3%), limit %4%</source>
      <translation>%1: %2 people (%3%), limit %4%</translation>
    </message>
    <message>
      <source>Over the forced distribution: %1</source>
      <translation>Over the forced distribution: %1</translation>
    </message>
    <message>
      <source>New month</source>
      <translation>New month</translation>
    </message>
    <message>
      <source>Month (YYYY-MM):</source>
      <translation>Month (YYYY-MM):</translation>
    </message>
    <message>
      <source>'%1' is not a month like 2026-11.</source>
      <translation>'%1' is not a month like 2026-11.</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsView</name>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>Approver</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>No approvals recorded for this run yet: record one below.</source>
      <translation>No approvals recorded for this run yet: record one below.</translation>
    </message>
    <message>
      <source>No stage of this workflow needs an approval.</source>
      <translation>No stage of this workflow needs an approval.</translation>
    </message>
    <message>
      <source>This run is closed; reopen it to record approvals.</source>
      <translation>This run is closed; reopen it to record approvals.</translation>
    </message>
    <message>
      <source>Record the approval (or rejection) of a stage:</source>
      <translation>Record the approval (or rejection) of a stage:</translation>
    </message>
    <message>
      <source>Approval of %1</source>
      <translation>Approval of %1</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <source>Approve draft %1. An approved version is kept for ever and cannot be changed; later changes go into a new draft. Approval cannot be undone.</source>
      <translation>Approve draft %1. An approved version is kept for ever and cannot be changed; later changes go into a new draft. Approval cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <source>Registered</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>Excused</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Responsibility area</source>
      <translation>Responsibility area</translation>
    </message>
    <message>
      <source>Duty line</source>
      <translation>Duty line</translation>
    </message>
    <message>
      <source>Regulation version</source>
      <translation>Regulation version</translation>
    </message>
    <message>
      <source>Regulation chapter</source>
      <translation>Regulation chapter</translation>
    </message>
    <message>
      <source>Regulation section</source>
      <translation>Regulation section</translation>
    </message>
    <message>
      <source>Regulation clause</source>
      <translation>Regulation clause</translation>
    </message>
    <message>
      <source>Workflow run</source>
      <translation>Workflow run</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Appraisal period</source>
      <translation>Appraisal period</translation>
    </message>
    <message>
      <source>Appraisal scheme</source>
      <translation>Appraisal scheme</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Evaluator's comment</source>
      <translation>Evaluator's comment</translation>
    </message>
    <message>
      <source>Appeal</source>
      <translation>Appeal</translation>
    </message>
    <message>
      <source>Result letters</source>
      <translation>Result letters</translation>
    </message>
    <message>
      <source>Data analysis score</source>
      <translation>Data analysis score</translation>
    </message>
    <message>
      <source>KPI figure</source>
      <translation>KPI figure</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <source>Training session</source>
      <translation>Training session</translation>
    </message>
    <message>
      <source>Training plan</source>
      <translation>Training plan</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Development plan</source>
      <translation>Development plan</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>Progress note</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Action item</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Setting</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>created</source>
      <translation>created</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>deleted</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>deactivated</translation>
    </message>
    <message>
      <source>reactivated</source>
      <translation>reactivated</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <source>approval withdrawn</source>
      <translation>approval withdrawn</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>locked</translation>
    </message>
    <message>
      <source>unlocked</source>
      <translation>unlocked</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>opened</translation>
    </message>
    <message>
      <source>put in review</source>
      <translation>put in review</translation>
    </message>
    <message>
      <source>score entered</source>
      <translation>score entered</translation>
    </message>
    <message>
      <source>score removed</source>
      <translation>score removed</translation>
    </message>
    <message>
      <source>comment written</source>
      <translation>comment written</translation>
    </message>
    <message>
      <source>comment removed</source>
      <translation>comment removed</translation>
    </message>
    <message>
      <source>KPI figure entered</source>
      <translation>KPI figure entered</translation>
    </message>
    <message>
      <source>peers set</source>
      <translation>peers set</translation>
    </message>
    <message>
      <source>scheme changed</source>
      <translation>scheme changed</translation>
    </message>
    <message>
      <source>step checked off</source>
      <translation>step checked off</translation>
    </message>
    <message>
      <source>step unchecked</source>
      <translation>step unchecked</translation>
    </message>
    <message>
      <source>file attached</source>
      <translation>file attached</translation>
    </message>
    <message>
      <source>file removed</source>
      <translation>file removed</translation>
    </message>
    <message>
      <source>status set</source>
      <translation>status set</translation>
    </message>
    <message>
      <source>replied</source>
      <translation>replied</translation>
    </message>
    <message>
      <source>reply undone</source>
      <translation>reply undone</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>restored</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>reopened</translation>
    </message>
    <message>
      <source>done</source>
      <translation>done</translation>
    </message>
    <message>
      <source>dropped</source>
      <translation>dropped</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>moved</translation>
    </message>
    <message>
      <source>attendance recorded</source>
      <translation>attendance recorded</translation>
    </message>
    <message>
      <source>setting changed</source>
      <translation>setting changed</translation>
    </message>
    <message>
      <source>filed</source>
      <translation>filed</translation>
    </message>
    <message>
      <source>decided</source>
      <translation>decided</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>printed</translation>
    </message>
    <message>
      <source>its period unlocked</source>
      <translation>its period unlocked</translation>
    </message>
    <message>
      <source>its period locked again</source>
      <translation>its period locked again</translation>
    </message>
    <message>
      <source>(every kind)</source>
      <translation>(every kind)</translation>
    </message>
    <message>
      <source>action code, e.g. unlock</source>
      <translation>action code, e.g. unlock</translation>
    </message>
    <message>
      <source>Search… (Ctrl+F)</source>
      <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>No entries for this record kind and action since that day. Every change made in the program is written here.</source>
      <translation>No entries for this record kind and action since that day. Every change made in the program is written here.</translation>
    </message>
    <message>
      <source>Record:</source>
      <translation>Record:</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Action:</translation>
    </message>
    <message>
      <source>Since:</source>
      <translation>Since:</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message numerus="yes">
      <source>%n entries</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BoardView</name>
    <message>
      <source>Choose a workflow above to see its board.</source>
      <translation>Choose a workflow above to see its board.</translation>
    </message>
    <message>
      <source>All stages complete</source>
      <translation>All stages complete</translation>
    </message>
  </context>
  <context>
    <name>CalibrationView</name>
    <message>
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <source>The whole year</source>
      <translation>The whole year</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Evaluator</translation>
    </message>
    <message>
      <source>Flag</source>
      <translation>Flag</translation>
    </message>
    <message>
      <source>As</source>
      <translation>As</translation>
    </message>
    <message>
      <source>Rated</source>
      <translation>Rated</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>Mean</translation>
    </message>
    <message>
      <source>Spread (SD)</source>
      <translation>Spread (SD)</translation>
    </message>
    <message>
      <source>z</source>
      <translation>z</translation>
    </message>
    <message>
      <source>Top grade %</source>
      <translation>Top grade %</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Stored total</source>
      <translation>Stored total</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Supervisor, standardised</source>
      <translation>Supervisor, standardised</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>Peers</translation>
    </message>
    <message>
      <source>Peers, standardised</source>
      <translation>Peers, standardised</translation>
    </message>
    <message>
      <source>Alpha</source>
      <translation>Alpha</translation>
    </message>
    <message>
      <source>Save report…</source>
      <translation>Save report…</translation>
    </message>
    <message>
      <source>A4 PDF…</source>
      <translation>A4 PDF…</translation>
    </message>
    <message>
      <source>Excel workbook…</source>
      <translation>Excel workbook…</translation>
    </message>
    <message>
      <source>No evaluator has scored anyone in this period yet.</source>
      <translation>No evaluator has scored anyone in this period yet.</translation>
    </message>
    <message>
      <source>No one has a rating to calibrate in this period yet.</source>
      <translation>No one has a rating to calibrate in this period yet.</translation>
    </message>
    <message>
      <source>No one was rated by two or more peers.</source>
      <translation>No one was rated by two or more peers.</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <source>peer</source>
      <translation>peer</translation>
    </message>
    <message>
      <source>lenient</source>
      <translation>lenient</translation>
    </message>
    <message>
      <source>severe</source>
      <translation>severe</translation>
    </message>
    <message>
      <source>No month is open yet.</source>
      <translation>No month is open yet.</translation>
    </message>
    <message>
      <source>%1: all ratings' mean %2, SD %3. Flagged: |z| at least %4, or more than %5% of the top grade (lenient). %6 flagged. No score is changed here.</source>
      <translation>%1: all ratings' mean %2, SD %3. Flagged: |z| at least %4, or more than %5% of the top grade (lenient). %6 flagged. No score is changed here.</translation>
    </message>
    <message>
      <source>Peers' agreement (Krippendorff's alpha, interval), all peers: %1</source>
      <translation>Peers' agreement (Krippendorff's alpha, interval), all peers: %1</translation>
    </message>
    <message>
      <source>Over the forced distribution: %1</source>
      <translation>Over the forced distribution: %1</translation>
    </message>
    <message>
      <source>Within the forced-distribution limits (%1 graded).</source>
      <translation>Within the forced-distribution limits (%1 graded).</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>Grades</translation>
    </message>
    <message>
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Supervisors' z-scores</source>
      <translation>Supervisors' z-scores</translation>
    </message>
    <message>
      <source>Save the calibration report</source>
      <translation>Save the calibration report</translation>
    </message>
  </context>
  <context>
    <name>CommentsPanel</name>
    <message>
      <source>Comments</source>
      <translation>Comments</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Evaluator</translation>
    </message>
    <message>
      <source>(outside)</source>
      <translation>(outside)</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Select a person in the grid to read the comments on them.</source>
      <translation>Select a person in the grid to read the comments on them.</translation>
    </message>
    <message>
      <source>Comments: select a person</source>
      <translation>Comments: select a person</translation>
    </message>
    <message>
      <source>No evaluator wrote a comment on this person this month.</source>
      <translation>No evaluator wrote a comment on this person this month.</translation>
    </message>
    <message numerus="yes">
      <source>Comments (%n)</source>
      <translation>
        <numerusform>Comments (%n)</numerusform>
        <numerusform>Comments (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>No comments</source>
      <translation>No comments</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Compare versions</source>
      <translation>Compare versions</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>&amp;To</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>Clause</translation>
    </message>
    <message>
      <source>Old text</source>
      <translation>Old text</translation>
    </message>
    <message>
      <source>New text</source>
      <translation>New text</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>No changes.</source>
      <translation>No changes.</translation>
    </message>
    <message>
      <source>Removed characters are struck through on the old side, added ones underlined on the new side.</source>
      <translation>Removed characters are struck through on the old side, added ones underlined on the new side.</translation>
    </message>
    <message>
      <source>Print revision table…</source>
      <translation>Print revision table…</translation>
    </message>
    <message>
      <source>Export revision workbook…</source>
      <translation>Export revision workbook…</translation>
    </message>
    <message>
      <source>Print revision table</source>
      <translation>Print revision table</translation>
    </message>
    <message>
      <source>Export revision workbook</source>
      <translation>Export revision workbook</translation>
    </message>
    <message>
      <source>%1 → %2: %3 changed · %4 added · %5 removed · %6 moved</source>
      <translation>%1 → %2: %3 changed · %4 added · %5 removed · %6 moved</translation>
    </message>
  </context>
  <context>
    <name>CourseForm</name>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Cost</translation>
    </message>
    <message>
      <source>Plan year</source>
      <translation>Plan year</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>CoursesPanel</name>
    <message>
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Cost</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>Search courses… (Ctrl+F)</source>
      <translation>Search courses… (Ctrl+F)</translation>
    </message>
    <message>
      <source>No courses to show. Add a course, or choose another year.</source>
      <translation>No courses to show. Add a course, or choose another year.</translation>
    </message>
    <message>
      <source>New course</source>
      <translation>New course</translation>
    </message>
    <message>
      <source>e.g. %1</source>
      <translation>e.g. %1</translation>
    </message>
    <message>
      <source>Attendance &amp;&amp; results</source>
      <translation>Attendance &amp;&amp; results</translation>
    </message>
    <message>
      <source>Plan year:</source>
      <translation>Plan year:</translation>
    </message>
    <message>
      <source>Courses</source>
      <translation>Courses</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>All years</translation>
    </message>
    <message numerus="yes">
      <source>%n course(s)</source>
      <translation>
        <numerusform>%n course</numerusform>
        <numerusform>%n courses</numerusform>
      </translation>
    </message>
    <message>
      <source>New course %1</source>
      <translation>New course %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <source>%1 has sessions and is kept as history.</source>
      <translation>%1 has sessions and is kept as history.</translation>
    </message>
    <message>
      <source>Remove the course %1?</source>
      <translation>Remove the course %1?</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>Remove %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>%v of %m complete</source>
      <translation>%v of %m complete</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alert</translation>
    </message>
    <message>
      <source>Nothing needs attention today.</source>
      <translation>Nothing needs attention today.</translation>
    </message>
    <message>
      <source>Alerts (double-click or Enter to open)</source>
      <translation>Alerts (double-click or Enter to open)</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>%1 people in the department · %2 alerts</source>
      <translation>%1 people in the department · %2 alerts</translation>
    </message>
    <message>
      <source>%1: %v of %m complete</source>
      <translation>%1: %v of %m complete</translation>
    </message>
    <message>
      <source>No appraisal month is open yet</source>
      <translation>No appraisal month is open yet</translation>
    </message>
    <message>
      <source>Staff by position</source>
      <translation>Staff by position</translation>
    </message>
    <message>
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <source>No staff yet</source>
      <translation>No staff yet</translation>
    </message>
    <message>
      <source>%1 of %2 complete</source>
      <translation>%1 of %2 complete</translation>
    </message>
    <message>
      <source>Grades %1</source>
      <translation>Grades %1</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>Grades</translation>
    </message>
    <message>
      <source>Department mean by month</source>
      <translation>Department mean by month</translation>
    </message>
    <message>
      <source>complete people only</source>
      <translation>complete people only</translation>
    </message>
    <message>
      <source>No month has complete results yet</source>
      <translation>No month has complete results yet</translation>
    </message>
    <message>
      <source>%1: %2 of %3 complete</source>
      <translation>%1: %2 of %3 complete</translation>
    </message>
    <message>
      <source>%period: %count people's scores are still incomplete</source>
      <translation>%period: %count people's scores are still incomplete</translation>
    </message>
    <message>
      <source>%period has ended and is not locked yet</source>
      <translation>%period has ended and is not locked yet</translation>
    </message>
    <message>
      <source>%period has ended and is not locked yet; %count people's scores are still incomplete</source>
      <translation>%period has ended and is not locked yet; %count people's scores are still incomplete</translation>
    </message>
    <message>
      <source>%period: %grade has %count of %graded graded people (%share%), above the %limit% limit</source>
      <translation>%period: %grade has %count of %graded graded people (%share%), above the %limit% limit</translation>
    </message>
    <message>
      <source>Overdue action item: %text (%owner, due %due)</source>
      <translation>Overdue action item: %text (%owner, due %due)</translation>
    </message>
    <message>
      <source>Unanswered suggestion: %title (%date)</source>
      <translation>Unanswered suggestion: %title (%date)</translation>
    </message>
    <message>
      <source>Over budget: %title (by %over)</source>
      <translation>Over budget: %title (by %over)</translation>
    </message>
    <message>
      <source>%name: %metric fell from %before% to %after%</source>
      <translation>%name: %metric fell from %before% to %after%</translation>
    </message>
    <message>
      <source>Appeal #%id of %staff on %period, filed %date, awaits a decision</source>
      <translation>Appeal #%id of %staff on %period, filed %date, awaits a decision</translation>
    </message>
    <message>
      <source>%count people have not acknowledged regulation %version after %days days (in force since %since)</source>
      <translation>%count people have not acknowledged regulation %version after %days days (in force since %since)</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <source>Decide appeal %1</source>
      <translation>Decide appeal %1</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Decision:</translation>
    </message>
    <message>
      <source>Reasons:</source>
      <translation>Reasons:</translation>
    </message>
    <message>
      <source>Decided on:</source>
      <translation>Decided on:</translation>
    </message>
  </context>
  <context>
    <name>DepartureDialog</name>
    <message>
      <source>Departure</source>
      <translation>Departure</translation>
    </message>
    <message>
      <source>%1 leaves the department. Their history is kept.</source>
      <translation>%1 leaves the department. Their history is kept.</translation>
    </message>
    <message>
      <source>Leave date</source>
      <translation>Leave date</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentPanel</name>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>Target position</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Next review</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Goals</translation>
    </message>
    <message>
      <source>Search plans… (Ctrl+F)</source>
      <translation>Search plans… (Ctrl+F)</translation>
    </message>
    <message>
      <source>No development plans to show.</source>
      <translation>No development plans to show.</translation>
    </message>
    <message>
      <source>New plan</source>
      <translation>New plan</translation>
    </message>
    <message>
      <source>Show achieved and closed</source>
      <translation>Show achieved and closed</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>No progress notes yet: write one below.</source>
      <translation>No progress notes yet: write one below.</translation>
    </message>
    <message>
      <source>Progress notes</source>
      <translation>Progress notes</translation>
    </message>
    <message>
      <source>Development plans</source>
      <translation>Development plans</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message numerus="yes">
      <source>%n development plan(s)</source>
      <translation>
        <numerusform>%n development plan</numerusform>
        <numerusform>%n development plans</numerusform>
      </translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <source>Development plan of %1</source>
      <translation>Development plan of %1</translation>
    </message>
    <message>
      <source>Edit the plan of %1</source>
      <translation>Edit the plan of %1</translation>
    </message>
    <message>
      <source>Close the development plan of %1?</source>
      <translation>Close the development plan of %1?</translation>
    </message>
    <message>
      <source>Close the plan of %1</source>
      <translation>Close the plan of %1</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>Progress note</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Open file</source>
      <translation>Open file</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
  </context>
  <context>
    <name>DutiesPanel</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Area</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>Lines</translation>
    </message>
    <message>
      <source>Duty line</source>
      <translation>Duty line</translation>
    </message>
    <message>
      <source>No areas of duty yet: add the first one.</source>
      <translation>No areas of duty yet: add the first one.</translation>
    </message>
    <message>
      <source>No duty lines in this area yet.</source>
      <translation>No duty lines in this area yet.</translation>
    </message>
    <message>
      <source>Add area %1</source>
      <translation>Add area %1</translation>
    </message>
    <message>
      <source>Rename area %1</source>
      <translation>Rename area %1</translation>
    </message>
    <message>
      <source>Remove the area %1 with its %2 duty line(s)?</source>
      <translation>Remove the area %1 with its %2 duty line(s)?</translation>
    </message>
    <message>
      <source>Remove area %1</source>
      <translation>Remove area %1</translation>
    </message>
    <message>
      <source>Move area %1</source>
      <translation>Move area %1</translation>
    </message>
    <message>
      <source>Add duty line to %1</source>
      <translation>Add duty line to %1</translation>
    </message>
    <message>
      <source>Edit duty line %1</source>
      <translation>Edit duty line %1</translation>
    </message>
    <message>
      <source>Remove this duty line?

%1</source>
      <translation>Remove this duty line?

%1</translation>
    </message>
    <message>
      <source>Remove duty line %1</source>
      <translation>Remove duty line %1</translation>
    </message>
    <message>
      <source>Move duty line %1</source>
      <translation>Move duty line %1</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>Add %1</translation>
    </message>
    <message>
      <source>The punctuation of draft %1 needs no change.</source>
      <translation>The punctuation of draft %1 needs no change.</translation>
    </message>
    <message numerus="yes">
      <source>Make %n punctuation mark(s) of draft %1 full-width? The half-width , : ; ? ! between Chinese characters become ，：；？！ in every title and clause, in both scripts (1,000 and 12:30 stay). Ctrl+Z undoes it.</source>
      <translation>
        <numerusform>Make %n punctuation mark of draft %1 full-width? The half-width , : ; ? ! between Chinese characters become ，：；？！ in every title and clause, in both scripts (1,000 and 12:30 stay). Ctrl+Z undoes it.</numerusform>
        <numerusform>Make %n punctuation marks of draft %1 full-width? The half-width , : ; ? ! between Chinese characters become ，：；？！ in every title and clause, in both scripts (1,000 and 12:30 stay). Ctrl+Z undoes it.</numerusform>
      </translation>
    </message>
    <message>
      <source>Normalise punctuation</source>
      <translation>Normalise punctuation</translation>
    </message>
    <message>
      <source>Delete this clause?

%1</source>
      <translation>Delete this clause?

%1</translation>
    </message>
    <message>
      <source>Delete the section %1 with its %2 sub-item(s)?</source>
      <translation>Delete the section %1 with its %2 sub-item(s)?</translation>
    </message>
    <message>
      <source>Delete the chapter %1 with its %2 section(s) and clause(s)?</source>
      <translation>Delete the chapter %1 with its %2 section(s) and clause(s)?</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>Delete %1</translation>
    </message>
    <message>
      <source>Move %1</source>
      <translation>Move %1</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Clear the search</source>
      <translation>Clear the search</translation>
    </message>
    <message>
      <source>No rows match the search.</source>
      <translation>No rows match the search.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>Written: %1</source>
      <translation>Written: %1</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>Writing the workbook…</translation>
    </message>
    <message>
      <source>Export the score sheet</source>
      <translation>Export the score sheet</translation>
    </message>
    <message>
      <source>Export the annual sheet</source>
      <translation>Export the annual sheet</translation>
    </message>
    <message>
      <source>Export the staff roster</source>
      <translation>Export the staff roster</translation>
    </message>
    <message>
      <source>Export training records</source>
      <translation>Export training records</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>Export the audit log</translation>
    </message>
    <message>
      <source>%1 forms written</source>
      <translation>%1 forms written</translation>
    </message>
    <message>
      <source>Folder for the evaluator forms</source>
      <translation>Folder for the evaluator forms</translation>
    </message>
    <message>
      <source>Writing evaluator forms</source>
      <translation>Writing evaluator forms</translation>
    </message>
  </context>
  <context>
    <name>FilesView</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Path</translation>
    </message>
    <message>
      <source>No files attached to this run.</source>
      <translation>No files attached to this run.</translation>
    </message>
    <message>
      <source>Attach a file…</source>
      <translation>Attach a file…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Attach a file</translation>
    </message>
    <message>
      <source>Attach %1</source>
      <translation>Attach %1</translation>
    </message>
    <message>
      <source>Remove %1 from this run? The file itself stays.</source>
      <translation>Remove %1 from this run? The file itself stays.</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>Remove %1</translation>
    </message>
  </context>
  <context>
    <name>FirstStartGuide</name>
    <message>
      <source>Your name, for the audit log</source>
      <translation>Your name, for the audit log</translation>
    </message>
    <message>
      <source>Enter name…</source>
      <translation>Enter name…</translation>
    </message>
    <message>
      <source>The department's name: %1</source>
      <translation>The department's name: %1</translation>
    </message>
    <message>
      <source>Open Settings</source>
      <translation>Open Settings</translation>
    </message>
    <message>
      <source>Check the positions and their duties</source>
      <translation>Check the positions and their duties</translation>
    </message>
    <message>
      <source>Open Positions</source>
      <translation>Open Positions</translation>
    </message>
    <message>
      <source>Enter or import the staff roster</source>
      <translation>Enter or import the staff roster</translation>
    </message>
    <message>
      <source>Open Staff</source>
      <translation>Open Staff</translation>
    </message>
    <message>
      <source>Approve the regulation</source>
      <translation>Approve the regulation</translation>
    </message>
    <message>
      <source>Open Regulation</source>
      <translation>Open Regulation</translation>
    </message>
    <message>
      <source>Open the first appraisal month</source>
      <translation>Open the first appraisal month</translation>
    </message>
    <message>
      <source>Open Appraisals</source>
      <translation>Open Appraisals</translation>
    </message>
    <message>
      <source>First start</source>
      <translation>First start</translation>
    </message>
    <message>
      <source>&amp;First-start guide</source>
      <translation>&amp;First-start guide</translation>
    </message>
    <message>
      <source>The name is right</source>
      <translation>The name is right</translation>
    </message>
    <message>
      <source>Positions checked</source>
      <translation>Positions checked</translation>
    </message>
    <message>
      <source>Set up the department: %1 of %2 steps done.</source>
      <translation>Set up the department: %1 of %2 steps done.</translation>
    </message>
  </context>
  <context>
    <name>GuideWindow</name>
    <message>
      <source>%1 — User guide</source>
      <translation>%1 — User guide</translation>
    </message>
  </context>
  <context>
    <name>ImportReportDialog</name>
    <message>
      <source>Import of evaluator forms</source>
      <translation>Import of evaluator forms</translation>
    </message>
    <message>
      <source>%1: refused — %2</source>
      <translation>%1: refused — %2</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>Cell</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Import only the valid rows</source>
      <translation>Import only the valid rows</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>Item (bullet)</source>
      <translation>Item (bullet)</translation>
    </message>
    <message>
      <source>Paragraph</source>
      <translation>Paragraph</translation>
    </message>
    <message>
      <source>Put the conversion of the Traditional text into the Simplified field, to check it before saving</source>
      <translation>Put the conversion of the Traditional text into the Simplified field, to check it before saving</translation>
    </message>
    <message>
      <source>Chapter title</source>
      <translation>Chapter title</translation>
    </message>
    <message>
      <source>Section title</source>
      <translation>Section title</translation>
    </message>
    <message>
      <source>Select a chapter, section or clause.</source>
      <translation>Select a chapter, section or clause.</translation>
    </message>
    <message>
      <source>Chapter</source>
      <translation>Chapter</translation>
    </message>
    <message>
      <source>Sub-section</source>
      <translation>Sub-section</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>Section</translation>
    </message>
    <message>
      <source>Clause %1 of %2</source>
      <translation>Clause %1 of %2</translation>
    </message>
    <message>
      <source>New chapter</source>
      <translation>New chapter</translation>
    </message>
    <message>
      <source>New section in %1</source>
      <translation>New section in %1</translation>
    </message>
    <message>
      <source>New sub-section in %1</source>
      <translation>New sub-section in %1</translation>
    </message>
    <message>
      <source>New clause in %1</source>
      <translation>New clause in %1</translation>
    </message>
    <message>
      <source>It was written for: %1</source>
      <translation>It was written for: %1</translation>
    </message>
  </context>
  <context>
    <name>ListBox</name>
    <message>
      <source>Search…</source>
      <translation>Search…</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>Nothing here yet.</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <source>Lock %1</source>
      <translation>Lock %1</translation>
    </message>
    <message>
      <source>%1 of the people of %2 are not complete:</source>
      <translation>%1 of the people of %2 are not complete:</translation>
    </message>
    <message>
      <source>Everyone of %1 is complete.</source>
      <translation>Everyone of %1 is complete.</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>Waiting for</source>
      <translation>Waiting for</translation>
    </message>
    <message>
      <source>Lock although %1 people are incomplete</source>
      <translation>Lock although %1 people are incomplete</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Lock</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>This database was written by an older version of ops-desktop and has been brought up to date (schema %1 → %2).</source>
      <translation>This database was written by an older version of ops-desktop and has been brought up to date (schema %1 → %2).</translation>
    </message>
    <message>
      <source>A copy of it as it was is kept at:
%1</source>
      <translation>A copy of it as it was is kept at:
%1</translation>
    </message>
    <message>
      <source>Backup written: %1</source>
      <translation>Backup written: %1</translation>
    </message>
    <message>
      <source>ops-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation>ops-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <source>New &amp;database…</source>
      <translation>New &amp;database…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>&amp;Open database…</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <source>%1 (not found)</source>
      <translation>%1 (not found)</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>Clear the list</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>New database</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>Open database</translation>
    </message>
    <message>
      <source>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</source>
      <translation>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</translation>
    </message>
    <message>
      <source>Database in use: %1</source>
      <translation>Database in use: %1</translation>
    </message>
    <message>
      <source>Opening %1</source>
      <translation>Opening %1</translation>
    </message>
    <message>
      <source>%1 has changes that are not saved.</source>
      <translation>%1 has changes that are not saved.</translation>
    </message>
    <message>
      <source>Save them?</source>
      <translation>Save them?</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>User &amp;guide</source>
      <translation>User &amp;guide</translation>
    </message>
    <message>
      <source>&amp;About ops-desktop</source>
      <translation>&amp;About ops-desktop</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Find</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Back up…</source>
      <translation>&amp;Back up…</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Restore…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Follow the system</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Main</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Next page</translation>
    </message>
    <message>
      <source>%1: not on this page</source>
      <translation>%1: not on this page</translation>
    </message>
    <message>
      <source>%1: choose a record first</source>
      <translation>%1: choose a record first</translation>
    </message>
    <message>
      <source>%1: nothing changed yet</source>
      <translation>%1: nothing changed yet</translation>
    </message>
    <message>
      <source>%1: nothing to act on yet</source>
      <translation>%1: nothing to act on yet</translation>
    </message>
    <message>
      <source>Still working; try again in a moment.</source>
      <translation>Still working; try again in a moment.</translation>
    </message>
    <message>
      <source>Not available on this page.</source>
      <translation>Not available on this page.</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>Your name, as the audit log should record who made each change:</source>
      <translation>Your name, as the audit log should record who made each change:</translation>
    </message>
    <message>
      <source>Backups are made of SQLite files; back up a PostgreSQL server with its own tools.</source>
      <translation>Backups are made of SQLite files; back up a PostgreSQL server with its own tools.</translation>
    </message>
    <message>
      <source>Back up the database</source>
      <translation>Back up the database</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Backing up</translation>
    </message>
    <message>
      <source>Restoring works on SQLite files.</source>
      <translation>Restoring works on SQLite files.</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <source>Checking the backup</source>
      <translation>Checking the backup</translation>
    </message>
    <message>
      <source>Replace the data in use by the backup %1? The data in use is kept in a copy beside it.</source>
      <translation>Replace the data in use by the backup %1? The data in use is kept in a copy beside it.</translation>
    </message>
    <message>
      <source>Restored; the replaced data is in %1</source>
      <translation>Restored; the replaced data is in %1</translation>
    </message>
    <message>
      <source>Restoring</source>
      <translation>Restoring</translation>
    </message>
  </context>
  <context>
    <name>MeetingActionForm</name>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Due date</translation>
    </message>
    <message>
      <source>Clear the form</source>
      <translation>Clear the form</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Save changes</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>Add task</translation>
    </message>
  </context>
  <context>
    <name>MeetingForm</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>Last week's summary</source>
      <translation>Last week's summary</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Print minutes…</source>
      <translation>Print minutes…</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meetings</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>No meetings yet. Add a meeting to keep its minutes, attendees and action items.</source>
      <translation>No meetings yet. Add a meeting to keep its minutes, attendees and action items.</translation>
    </message>
    <message>
      <source>Add a meeting</source>
      <translation>Add a meeting</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>Open items</source>
      <translation>Open items</translation>
    </message>
    <message>
      <source>Left empty: %1</source>
      <translation>Left empty: %1</translation>
    </message>
    <message>
      <source>No staff to take part: add people on the Staff page.</source>
      <translation>No staff to take part: add people on the Staff page.</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Action items</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Attendees (%1 of %2)</source>
      <translation>Attendees (%1 of %2)</translation>
    </message>
    <message>
      <source>New meeting %1</source>
      <translation>New meeting %1</translation>
    </message>
    <message>
      <source>Edit meeting %1</source>
      <translation>Edit meeting %1</translation>
    </message>
    <message>
      <source>The meeting of %1 has action items and is kept as the record.</source>
      <translation>The meeting of %1 has action items and is kept as the record.</translation>
    </message>
    <message>
      <source>Delete the meeting of %1? Its attendance is deleted with it.</source>
      <translation>Delete the meeting of %1? Its attendance is deleted with it.</translation>
    </message>
    <message>
      <source>Delete meeting %1</source>
      <translation>Delete meeting %1</translation>
    </message>
    <message>
      <source>Print minutes</source>
      <translation>Print minutes</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
      <source>Minutes written to %1 (%n page(s)).</source>
      <translation>
        <numerusform>Minutes written to %1 (%n page).</numerusform>
        <numerusform>Minutes written to %1 (%n pages).</numerusform>
      </translation>
    </message>
    <message>
      <source>Printing minutes…</source>
      <translation>Printing minutes…</translation>
    </message>
  </context>
  <context>
    <name>OutcomeView</name>
    <message>
      <source>⚠ Over budget by %1 (budget %2, spent %3).</source>
      <translation>⚠ Over budget by %1 (budget %2, spent %3).</translation>
    </message>
    <message>
      <source>Budget, actual spend and outcome are kept for event runs (活動運營).</source>
      <translation>Budget, actual spend and outcome are kept for event runs (活動運營).</translation>
    </message>
    <message>
      <source>Spend and outcome of %1</source>
      <translation>Spend and outcome of %1</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>Positions</translation>
    </message>
    <message>
      <source>Regulation</source>
      <translation>Regulation</translation>
    </message>
    <message>
      <source>Posters</source>
      <translation>Posters</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>Workflows</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>Appraisals</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Meetings</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>Suggestions</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
  </context>
  <context>
    <name>PeerPanel</name>
    <message>
      <source>Peers</source>
      <translation>Peers</translation>
    </message>
    <message>
      <source>Add peer</source>
      <translation>Add peer</translation>
    </message>
    <message>
      <source>Remove peer</source>
      <translation>Remove peer</translation>
    </message>
    <message>
      <source>Peers: select a person</source>
      <translation>Peers: select a person</translation>
    </message>
    <message>
      <source>No peers rate this person this month: add one below.</source>
      <translation>No peers rate this person this month: add one below.</translation>
    </message>
    <message>
      <source>Peers of %1</source>
      <translation>Peers of %1</translation>
    </message>
    <message>
      <source>The month is locked: unlock it to change its peers.</source>
      <translation>The month is locked: unlock it to change its peers.</translation>
    </message>
    <message>
      <source>Select a person in the grid to see who rates them as a peer.</source>
      <translation>Select a person in the grid to see who rates them as a peer.</translation>
    </message>
    <message>
      <source>Peer score</source>
      <translation>Peer score</translation>
    </message>
    <message numerus="yes">
      <source>%1 has given %n score(s) to %2; remove %1 and the scores?</source>
      <translation>
        <numerusform>%1 has given %n score to %2; remove %1 and the score?</numerusform>
        <numerusform>%1 has given %n scores to %2; remove %1 and the scores?</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove peer %1</source>
      <translation>Remove peer %1</translation>
    </message>
  </context>
  <context>
    <name>PeriodStatus</name>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>In review</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>Type part of a name (Traditional or Simplified) or a staff number</source>
      <translation>Type part of a name (Traditional or Simplified) or a staff number</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Cost</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>Search the plan… (Ctrl+F)</source>
      <translation>Search the plan… (Ctrl+F)</translation>
    </message>
    <message>
      <source>No courses planned for this year: add them under Courses.</source>
      <translation>No courses planned for this year: add them under Courses.</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Appraisal</source>
      <translation>Appraisal</translation>
    </message>
    <message>
      <source>Below the threshold in</source>
      <translation>Below the threshold in</translation>
    </message>
    <message>
      <source>Search training needs…</source>
      <translation>Search training needs…</translation>
    </message>
    <message>
      <source>No training needs: nobody's appraisal is below a threshold.</source>
      <translation>No training needs: nobody's appraisal is below a threshold.</translation>
    </message>
    <message>
      <source>Budget of the plan</source>
      <translation>Budget of the plan</translation>
    </message>
    <message>
      <source>empty: no budget</source>
      <translation>empty: no budget</translation>
    </message>
    <message>
      <source>Training needs from the latest appraisal</source>
      <translation>Training needs from the latest appraisal</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Year:</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;: %2 course(s), %3 hours, cost %4, budget %5, %6 attendance(s)</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;: %2 course(s), %3 hours, cost %4, budget %5, %6 attendance(s)</translation>
    </message>
    <message>
      <source>⚠ The plan's courses cost %1 more than its budget.</source>
      <translation>⚠ The plan's courses cost %1 more than its budget.</translation>
    </message>
    <message>
      <source>Budget of the %1 plan</source>
      <translation>Budget of the %1 plan</translation>
    </message>
  </context>
  <context>
    <name>PlanStatus</name>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Achieved</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
  </context>
  <context>
    <name>PositionDuties</name>
    <message>
      <source>Responsibility areas</source>
      <translation>Responsibility areas</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Add area</source>
      <translation>Add area</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Rename</translation>
    </message>
    <message>
      <source>Remove area</source>
      <translation>Remove area</translation>
    </message>
    <message>
      <source>Area up</source>
      <translation>Area up</translation>
    </message>
    <message>
      <source>Area down</source>
      <translation>Area down</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>Duty lines</translation>
    </message>
    <message>
      <source>Find a duty line…</source>
      <translation>Find a duty line…</translation>
    </message>
    <message>
      <source>Text of the duty line</source>
      <translation>Text of the duty line</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>Add line</translation>
    </message>
    <message>
      <source>Save line</source>
      <translation>Save line</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>Remove line</translation>
    </message>
    <message>
      <source>Line up</source>
      <translation>Line up</translation>
    </message>
    <message>
      <source>Line down</source>
      <translation>Line down</translation>
    </message>
  </context>
  <context>
    <name>PositionForm</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>English name</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PositionsPage</name>
    <message>
      <source>Positions</source>
      <translation>Positions</translation>
    </message>
    <message>
      <source>No positions yet. Add the department's positions: staff are given one of them.</source>
      <translation>No positions yet. Add the department's positions: staff are given one of them.</translation>
    </message>
    <message>
      <source>Add a position</source>
      <translation>Add a position</translation>
    </message>
    <message>
      <source>Show retired</source>
      <translation>Show retired</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Holders</source>
      <translation>Holders</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Areas</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>Duty lines</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>Retired</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>English name</translation>
    </message>
    <message>
      <source>(automatic)</source>
      <translation>(automatic)</translation>
    </message>
    <message>
      <source>New position %1</source>
      <translation>New position %1</translation>
    </message>
    <message>
      <source>Edit position %1</source>
      <translation>Edit position %1</translation>
    </message>
    <message>
      <source>New position</source>
      <translation>New position</translation>
    </message>
    <message numerus="yes">
      <source>%n active holder(s)</source>
      <translation>
        <numerusform>%n active holder</numerusform>
        <numerusform>%n active holders</numerusform>
      </translation>
    </message>
    <message>
      <source>Retired: not offered for new assignments</source>
      <translation>Retired: not offered for new assignments</translation>
    </message>
    <message>
      <source>Retire the position %1? It is no longer offered for new assignments; its areas, duty lines and history are kept.</source>
      <translation>Retire the position %1? It is no longer offered for new assignments; its areas, duty lines and history are kept.</translation>
    </message>
    <message>
      <source>%1 retired</source>
      <translation>%1 retired</translation>
    </message>
    <message>
      <source>Retire %1</source>
      <translation>Retire %1</translation>
    </message>
    <message>
      <source>Reactivate position</source>
      <translation>Reactivate position</translation>
    </message>
  </context>
  <context>
    <name>PostersPage</name>
    <message>
      <source>Posters</source>
      <translation>Posters</translation>
    </message>
    <message>
      <source>Whole regulation</source>
      <translation>Whole regulation</translation>
    </message>
    <message>
      <source>One chapter</source>
      <translation>One chapter</translation>
    </message>
    <message>
      <source>Responsibilities of a position</source>
      <translation>Responsibilities of a position</translation>
    </message>
    <message>
      <source>Workflow flowchart</source>
      <translation>Workflow flowchart</translation>
    </message>
    <message>
      <source>Change notice</source>
      <translation>Change notice</translation>
    </message>
    <message>
      <source>An approved version prints the weights and values it was approved with.</source>
      <translation>An approved version prints the weights and values it was approved with.</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <source>Traditional Chinese</source>
      <translation>Traditional Chinese</translation>
    </message>
    <message>
      <source>Simplified Chinese</source>
      <translation>Simplified Chinese</translation>
    </message>
    <message>
      <source>(no logo)</source>
      <translation>(no logo)</translation>
    </message>
    <message>
      <source>Logo…</source>
      <translation>Logo…</translation>
    </message>
    <message>
      <source>One sheet</source>
      <translation>One sheet</translation>
    </message>
    <message>
      <source>Tiles on A4</source>
      <translation>Tiles on A4</translation>
    </message>
    <message>
      <source>Tiles on A3</source>
      <translation>Tiles on A3</translation>
    </message>
    <message>
      <source>Print shop: bleed, CMYK</source>
      <translation>Print shop: bleed, CMYK</translation>
    </message>
    <message>
      <source>3 mm bleed with the trim and bleed boxes, and CMYK colours, as a print shop asks for (not with tiles).</source>
      <translation>3 mm bleed with the trim and bleed boxes, and CMYK colours, as a print shop asks for (not with tiles).</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <source>Poster:</source>
      <translation>Poster:</translation>
    </message>
    <message>
      <source>Which:</source>
      <translation>Which:</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>Version:</translation>
    </message>
    <message>
      <source>Paper:</source>
      <translation>Paper:</translation>
    </message>
    <message>
      <source>Script:</source>
      <translation>Script:</translation>
    </message>
    <message>
      <source>Theme colour:</source>
      <translation>Theme colour:</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>Logo:</translation>
    </message>
    <message>
      <source>Printing:</source>
      <translation>Printing:</translation>
    </message>
    <message>
      <source>Reading distance:</source>
      <translation>Reading distance:</translation>
    </message>
    <message>
      <source>Arrangement:</source>
      <translation>Arrangement:</translation>
    </message>
    <message>
      <source>%1, approved</source>
      <translation>%1, approved</translation>
    </message>
    <message>
      <source>%1, draft</source>
      <translation>%1, draft</translation>
    </message>
    <message numerus="yes">
      <source>%n sheet(s), text at %1 pt</source>
      <translation>
        <numerusform>%n sheet, text at %1 pt</numerusform>
        <numerusform>%n sheets, text at %1 pt</numerusform>
      </translation>
    </message>
    <message>
      <source>Theme colour</source>
      <translation>Theme colour</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>The Simplified text of these parts is older than their Traditional text, and the poster prints them as they were:
%1

Print the poster anyway?</source>
      <translation>The Simplified text of these parts is older than their Traditional text, and the poster prints them as they were:
%1

Print the poster anyway?</translation>
    </message>
    <message>
      <source>There is no poster to save yet.</source>
      <translation>There is no poster to save yet.</translation>
    </message>
    <message>
      <source>Save poster</source>
      <translation>Save poster</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ReadingPanel</name>
    <message>
      <source>Reading distance</source>
      <translation>Reading distance</translation>
    </message>
    <message>
      <source>One sheet: the largest text that fits it. One sheet per chapter: every chapter on a sheet of its own, at one size. Sheets: the text at the size the reading distance needs, on as many sheets as it takes.</source>
      <translation>One sheet: the largest text that fits it. One sheet per chapter: every chapter on a sheet of its own, at one size. Sheets: the text at the size the reading distance needs, on as many sheets as it takes.</translation>
    </message>
    <message>
      <source>One sheet, text to fit</source>
      <translation>One sheet, text to fit</translation>
    </message>
    <message>
      <source>One sheet per chapter</source>
      <translation>One sheet per chapter</translation>
    </message>
    <message>
      <source>Sheets, text for the distance</source>
      <translation>Sheets, text for the distance</translation>
    </message>
    <message>
      <source>Working out the layouts that fit…</source>
      <translation>Working out the layouts that fit…</translation>
    </message>
    <message>
      <source>Use this layout</source>
      <translation>Use this layout</translation>
    </message>
    <message>
      <source>Layouts that read from %1 m:</source>
      <translation>Layouts that read from %1 m:</translation>
    </message>
    <message>
      <source>One %1 sheet</source>
      <translation>One %1 sheet</translation>
    </message>
    <message>
      <source>One %1 sheet per chapter (%2 sheets)</source>
      <translation>One %1 sheet per chapter (%2 sheets)</translation>
    </message>
    <message>
      <source>%2 sheets of %1</source>
      <translation>%2 sheets of %1</translation>
    </message>
    <message>
      <source>%1: text at %2 pt, reads from %3 m</source>
      <translation>%1: text at %2 pt, reads from %3 m</translation>
    </message>
    <message>
      <source>Does not reach the distance; the closest there is</source>
      <translation>Does not reach the distance; the closest there is</translation>
    </message>
    <message>
      <source>(a flowchart sets each box's text itself)</source>
      <translation>(a flowchart sets each box's text itself)</translation>
    </message>
    <message>
      <source>reads comfortably from %1 m</source>
      <translation>reads comfortably from %1 m</translation>
    </message>
    <message>
      <source> (closer than the %1 m asked for)</source>
      <translation> (closer than the %1 m asked for)</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <source>Search… (Ctrl+F)</source>
      <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
      <source>Nothing recorded yet.</source>
      <translation>Nothing recorded yet.</translation>
    </message>
    <message>
      <source>New</source>
      <translation>New</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegulationApprove</name>
    <message>
      <source>Approve the regulation</source>
      <translation>Approve the regulation</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>Effective date</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
  </context>
  <context>
    <name>RegulationItemForm</name>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Simplified</source>
      <translation>Simplified</translation>
    </message>
    <message>
      <source>Outdated: the Traditional text has changed since this Simplified text was written. Check it, or convert it again.</source>
      <translation>Outdated: the Traditional text has changed since this Simplified text was written. Check it, or convert it again.</translation>
    </message>
    <message>
      <source>Text (Traditional)</source>
      <translation>Text (Traditional)</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Leave Simplified empty to convert it from the Traditional text. Placeholders such as {{weight.supervisor}} stay as they are here; the preview shows them filled with the current settings.</source>
      <translation>Leave Simplified empty to convert it from the Traditional text. Placeholders such as {{weight.supervisor}} stay as they are here; the preview shows them filled with the current settings.</translation>
    </message>
    <message>
      <source>Convert to Simplified</source>
      <translation>Convert to Simplified</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>RegulationPage</name>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Acknowledgements</source>
      <translation>Acknowledgements</translation>
    </message>
    <message>
      <source>Regulation</source>
      <translation>Regulation</translation>
    </message>
    <message>
      <source>Find text… (Ctrl+F)</source>
      <translation>Find text… (Ctrl+F)</translation>
    </message>
    <message>
      <source>The regulation has no chapters yet: add the first one.</source>
      <translation>The regulation has no chapters yet: add the first one.</translation>
    </message>
    <message>
      <source>Add chapter</source>
      <translation>Add chapter</translation>
    </message>
    <message>
      <source>Add section</source>
      <translation>Add section</translation>
    </message>
    <message>
      <source>Add sub-section</source>
      <translation>Add sub-section</translation>
    </message>
    <message>
      <source>Add clause</source>
      <translation>Add clause</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <source>Punctuation…</source>
      <translation>Punctuation…</translation>
    </message>
    <message>
      <source>Make the draft's punctuation full-width (，：；？！)</source>
      <translation>Make the draft's punctuation full-width (，：；？！)</translation>
    </message>
    <message>
      <source>Preview with the current settings</source>
      <translation>Preview with the current settings</translation>
    </message>
    <message>
      <source>Traditional</source>
      <translation>Traditional</translation>
    </message>
    <message>
      <source>Simplified</source>
      <translation>Simplified</translation>
    </message>
    <message numerus="yes">
      <source>Regulation %1: %n clause(s)</source>
      <translation>
        <numerusform>Regulation %1: %n clause</numerusform>
        <numerusform>Regulation %1: %n clauses</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegulationTreeModel</name>
    <message>
      <source>The Simplified text is outdated.</source>
      <translation>The Simplified text is outdated.</translation>
    </message>
  </context>
  <context>
    <name>ReplyPanel</name>
    <message>
      <source>e.g. 運營經理</source>
      <translation>e.g. 運營經理</translation>
    </message>
    <message>
      <source>Save the suggestion first; then set its status here.</source>
      <translation>Save the suggestion first; then set its status here.</translation>
    </message>
    <message>
      <source>Answered by %1 on %2.</source>
      <translation>Answered by %1 on %2.</translation>
    </message>
    <message>
      <source>Save a reply: that answers the suggestion.</source>
      <translation>Save a reply: that answers the suggestion.</translation>
    </message>
    <message>
      <source>Status of %1</source>
      <translation>Status of %1</translation>
    </message>
    <message>
      <source>Reply to %1</source>
      <translation>Reply to %1</translation>
    </message>
  </context>
  <context>
    <name>RunEditor</name>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Steps</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Approvals</translation>
    </message>
    <message>
      <source>Budget &amp;&amp; outcome</source>
      <translation>Budget &amp;&amp; outcome</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Files</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Mark done</translation>
    </message>
    <message>
      <source>Cancel run</source>
      <translation>Cancel run</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <translation>Print summary…</translation>
    </message>
    <message>
      <source>&lt;b&gt;New run&lt;/b&gt; — fill in the details and save.</source>
      <translation>&lt;b&gt;New run&lt;/b&gt; — fill in the details and save.</translation>
    </message>
    <message>
      <source>Choose a run, or start a new one (Ctrl+N).</source>
      <translation>Choose a run, or start a new one (Ctrl+N).</translation>
    </message>
    <message>
      <source>waiting in %1</source>
      <translation>waiting in %1</translation>
    </message>
    <message>
      <source>all stages complete</source>
      <translation>all stages complete</translation>
    </message>
    <message>
      <source>Cancel %1? It stays in the list of cancelled runs.</source>
      <translation>Cancel %1? It stays in the list of cancelled runs.</translation>
    </message>
    <message>
      <source>%1 still has unchecked steps or approvals. Mark it done anyway?</source>
      <translation>%1 still has unchecked steps or approvals. Mark it done anyway?</translation>
    </message>
    <message>
      <source>%1 done</source>
      <translation>%1 done</translation>
    </message>
    <message>
      <source>%1 cancelled</source>
      <translation>%1 cancelled</translation>
    </message>
    <message>
      <source>%1 reopened</source>
      <translation>%1 reopened</translation>
    </message>
    <message>
      <source>Save the event summary</source>
      <translation>Save the event summary</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Event summary written to %1 (%2 page(s)).</source>
      <translation>Event summary written to %1 (%2 page(s)).</translation>
    </message>
    <message>
      <source>Writing the event summary…</source>
      <translation>Writing the event summary…</translation>
    </message>
  </context>
  <context>
    <name>RunForm</name>
    <message>
      <source>event runs only, e.g. 15000</source>
      <translation>event runs only, e.g. 15000</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Start %1</source>
      <translation>Start %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <source>Started %1.</source>
      <translation>Started %1.</translation>
    </message>
  </context>
  <context>
    <name>RunStatus</name>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
  </context>
  <context>
    <name>RunsPanel</name>
    <message>
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <source>Workflow</source>
      <translation>Workflow</translation>
    </message>
    <message>
      <source>Waiting in</source>
      <translation>Waiting in</translation>
    </message>
    <message>
      <source>(complete)</source>
      <translation>(complete)</translation>
    </message>
    <message>
      <source>Over budget</source>
      <translation>Over budget</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Search runs… (Ctrl+F)</source>
      <translation>Search runs… (Ctrl+F)</translation>
    </message>
    <message>
      <source>No workflow runs to show. Start a run, or choose another workflow or status.</source>
      <translation>No workflow runs to show. Start a run, or choose another workflow or status.</translation>
    </message>
    <message>
      <source>New run</source>
      <translation>New run</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <source>List</source>
      <translation>List</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>Board</translation>
    </message>
    <message>
      <source>Workflow:</source>
      <translation>Workflow:</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message numerus="yes">
      <source>%n run(s)</source>
      <translation>
        <numerusform>%n run</numerusform>
        <numerusform>%n runs</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SchemeAppliesTo</name>
    <message>
      <source>the months not yet locked</source>
      <translation>the months not yet locked</translation>
    </message>
    <message>
      <source>the months opened from now on</source>
      <translation>the months opened from now on</translation>
    </message>
  </context>
  <context>
    <name>SchemeFields</name>
    <message>
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>From score</source>
      <translation>From score</translation>
    </message>
    <message>
      <source>Bonus coefficient</source>
      <translation>Bonus coefficient</translation>
    </message>
    <message>
      <source>Max share %</source>
      <translation>Max share %</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>no limit</translation>
    </message>
    <message>
      <source>Total: ?</source>
      <translation>Total: ?</translation>
    </message>
    <message>
      <source>Total: 100 ✓</source>
      <translation>Total: 100 ✓</translation>
    </message>
    <message>
      <source>Total: %1 — must be 100</source>
      <translation>Total: %1 — must be 100</translation>
    </message>
  </context>
  <context>
    <name>SchemeImpactDialog</name>
    <message>
      <source>Save the appraisal settings</source>
      <translation>Save the appraisal settings</translation>
    </message>
    <message>
      <source>These months are not locked yet and use the settings being changed. Applied to them, the new settings change:</source>
      <translation>These months are not locked yet and use the settings being changed. Applied to them, the new settings change:</translation>
    </message>
    <message>
      <source>Locked months keep their results in either case.</source>
      <translation>Locked months keep their results in either case.</translation>
    </message>
    <message>
      <source>Apply to %1 now: re-score them with the new settings</source>
      <translation>Apply to %1 now: re-score them with the new settings</translation>
    </message>
    <message>
      <source>Apply from the next month opened: %1 keep the settings they were opened with</source>
      <translation>Apply from the next month opened: %1 keep the settings they were opened with</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Totals</source>
      <translation>Totals</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>Grades</translation>
    </message>
    <message>
      <source>Bonuses</source>
      <translation>Bonuses</translation>
    </message>
    <message>
      <source>Training needs</source>
      <translation>Training needs</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>In review</translation>
    </message>
    <message numerus="yes">
      <source>%n total(s)</source>
      <translation>
        <numerusform>%n total</numerusform>
        <numerusform>%n totals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n grade(s)</source>
      <translation>
        <numerusform>%n grade</numerusform>
        <numerusform>%n grades</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bonus(es)</source>
      <translation>
        <numerusform>%n bonus</numerusform>
        <numerusform>%n bonuses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person's training needs</source>
      <translation>
        <numerusform>%n person's training needs</numerusform>
        <numerusform>%n people's training needs</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: no result changes</source>
      <translation>%1: no result changes</translation>
    </message>
    <message>
      <source>%1: %2 change</source>
      <translation>%1: %2 change</translation>
    </message>
  </context>
  <context>
    <name>SessionsView</name>
    <message>
      <source>(choose)</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <source>Choose a session on the Sessions tab.</source>
      <translation>Choose a session on the Sessions tab.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Session of %1&lt;/b&gt; %2</source>
      <translation>&lt;b&gt;Session of %1&lt;/b&gt; %2</translation>
    </message>
    <message>
      <source>Attendance of %1</source>
      <translation>Attendance of %1</translation>
    </message>
    <message>
      <source>Take %1 off this session's list?</source>
      <translation>Take %1 off this session's list?</translation>
    </message>
    <message>
      <source>Take %1 off the list</source>
      <translation>Take %1 off the list</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>Not passed</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>On the list</source>
      <translation>On the list</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Attended</translation>
    </message>
    <message>
      <source>No sessions of this course yet.</source>
      <translation>No sessions of this course yet.</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>New session</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Search attendees…</source>
      <translation>Search attendees…</translation>
    </message>
    <message>
      <source>Nobody is on this session's list yet: register people below.</source>
      <translation>Nobody is on this session's list yet: register people below.</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <source>Attendance and result</source>
      <translation>Attendance and result</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>Add session</translation>
    </message>
    <message>
      <source>Add a session on %1</source>
      <translation>Add a session on %1</translation>
    </message>
    <message>
      <source>Edit the session of %1</source>
      <translation>Edit the session of %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsForm</name>
    <message>
      <source>This workstation</source>
      <translation>This workstation</translation>
    </message>
    <message>
      <source>Operator name</source>
      <translation>Operator name</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Backups kept</source>
      <translation>Backups kept</translation>
    </message>
    <message>
      <source>PDF font</source>
      <translation>PDF font</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Bundled font</source>
      <translation>Bundled font</translation>
    </message>
    <message>
      <source>The operator name is written in the audit log beside every change made on this workstation. A backup is taken each time the program opens a database file; only the newest ones are kept.</source>
      <translation>The operator name is written in the audit log beside every change made on this workstation. A backup is taken each time the program opens a database file; only the newest ones are kept.</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>Department name</source>
      <translation>Department name</translation>
    </message>
    <message>
      <source>Days to appeal a result</source>
      <translation>Days to appeal a result</translation>
    </message>
    <message>
      <source>Result letters show the rank</source>
      <translation>Result letters show the rank</translation>
    </message>
    <message>
      <source>Result letters show the bonus amount</source>
      <translation>Result letters show the bonus amount</translation>
    </message>
    <message>
      <source>Calibration flags a rater at |z| of</source>
      <translation>Calibration flags a rater at |z| of</translation>
    </message>
    <message>
      <source>… or lenient above this % of top grades</source>
      <translation>… or lenient above this % of top grades</translation>
    </message>
    <message>
      <source>Days to acknowledge the regulation</source>
      <translation>Days to acknowledge the regulation</translation>
    </message>
    <message>
      <source>Database in use</source>
      <translation>Database in use</translation>
    </message>
    <message>
      <source>To work in another database file, use File → Open database… or File → New database…; File → Open recent lists the last ones. A PostgreSQL server is chosen when the program starts (see Help → User guide).</source>
      <translation>To work in another database file, use File → Open database… or File → New database…; File → Open recent lists the last ones. A PostgreSQL server is chosen when the program starts (see Help → User guide).</translation>
    </message>
    <message>
      <source>Sources (weight %)</source>
      <translation>Sources (weight %)</translation>
    </message>
    <message>
      <source>Dimensions (weight %)</source>
      <translation>Dimensions (weight %)</translation>
    </message>
    <message>
      <source>Grades and use of results</source>
      <translation>Grades and use of results</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Rules</translation>
    </message>
    <message>
      <source>Training need below</source>
      <translation>Training need below</translation>
    </message>
    <message>
      <source>Annual result needs at least (months)</source>
      <translation>Annual result needs at least (months)</translation>
    </message>
    <message>
      <source>Drop the highest and lowest peer score</source>
      <translation>Drop the highest and lowest peer score</translation>
    </message>
    <message>
      <source>… when there are at least</source>
      <translation>… when there are at least</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Follow the system</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Language:</translation>
    </message>
    <message>
      <source>Bundled: %1</source>
      <translation>Bundled: %1</translation>
    </message>
    <message>
      <source>The name is longer than %1 characters.</source>
      <translation>The name is longer than %1 characters.</translation>
    </message>
    <message>
      <source>That is a file, not a folder.</source>
      <translation>That is a file, not a folder.</translation>
    </message>
    <message>
      <source>Neither this folder nor the one above it exists.</source>
      <translation>Neither this folder nor the one above it exists.</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <source>PDF font</source>
      <translation>PDF font</translation>
    </message>
    <message>
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
      <source>Settings not saved: correct the marked fields.</source>
      <translation>Settings not saved: correct the marked fields.</translation>
    </message>
    <message>
      <source>Settings not saved.</source>
      <translation>Settings not saved.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Settings saved.</translation>
    </message>
    <message>
      <source>Change settings</source>
      <translation>Change settings</translation>
    </message>
  </context>
  <context>
    <name>StaffForm</name>
    <message>
      <source>Staff number</source>
      <translation>Staff number</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>Hire date</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Base bonus</source>
      <translation>Base bonus</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Export roster…</source>
      <translation>Export roster…</translation>
    </message>
    <message>
      <source>Show departed</source>
      <translation>Show departed</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>No staff yet. Add each person here: their staff number, name and position.</source>
      <translation>No staff yet. Add each person here: their staff number, name and position.</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Add a person</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>Hire date</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>Course</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Regulation version</source>
      <translation>Regulation version</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>Acknowledged on</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>Appraisals</translation>
    </message>
    <message>
      <source>No appraisal results for this person yet.</source>
      <translation>No appraisal results for this person yet.</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>No training recorded for this person yet.</source>
      <translation>No training recorded for this person yet.</translation>
    </message>
    <message>
      <source>Regulation acknowledged</source>
      <translation>Regulation acknowledged</translation>
    </message>
    <message>
      <source>This person has not acknowledged any version of the regulation yet.</source>
      <translation>This person has not acknowledged any version of the regulation yet.</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>New staff %1</source>
      <translation>New staff %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>Edit %1</translation>
    </message>
    <message>
      <source>Departed %1</source>
      <translation>Departed %1</translation>
    </message>
    <message>
      <source>%1 departed</source>
      <translation>%1 departed</translation>
    </message>
  </context>
  <context>
    <name>StaffStatus</name>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>On leave</translation>
    </message>
    <message>
      <source>Departed</source>
      <translation>Departed</translation>
    </message>
  </context>
  <context>
    <name>StepsView</name>
    <message>
      <source>Select a run to tick off its steps.</source>
      <translation>Select a run to tick off its steps.</translation>
    </message>
    <message>
      <source>This run's workflow has no stages.</source>
      <translation>This run's workflow has no stages.</translation>
    </message>
    <message>
      <source>Stage / step</source>
      <translation>Stage / step</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Done on</translation>
    </message>
    <message>
      <source>Check off each step as it is done. ▶ marks the stage the run waits in.</source>
      <translation>Check off each step as it is done. ▶ marks the stage the run waits in.</translation>
    </message>
    <message>
      <source>This run is closed; reopen it to change its steps.</source>
      <translation>This run is closed; reopen it to change its steps.</translation>
    </message>
    <message>
      <source>%1 (retired)</source>
      <translation>%1 (retired)</translation>
    </message>
    <message>
      <source>Approval: %1 — %2</source>
      <translation>Approval: %1 — %2</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>waiting</translation>
    </message>
    <message>
      <source>Check off %1</source>
      <translation>Check off %1</translation>
    </message>
    <message>
      <source>Uncheck %1</source>
      <translation>Uncheck %1</translation>
    </message>
  </context>
  <context>
    <name>SuggestionForm</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <source>Submitted without a name</source>
      <translation>Submitted without a name</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>SuggestionReplyForm</name>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>Reply</translation>
    </message>
    <message>
      <source>Replied by</source>
      <translation>Replied by</translation>
    </message>
    <message>
      <source>Set status</source>
      <translation>Set status</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save reply</source>
      <translation>Save reply</translation>
    </message>
  </context>
  <context>
    <name>SuggestionStatus</name>
    <message>
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Answered</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPage</name>
    <message>
      <source>Suggestions</source>
      <translation>Suggestions</translation>
    </message>
    <message>
      <source>No suggestions yet. Record one when a colleague hands it in.</source>
      <translation>No suggestions yet. Record one when a colleague hands it in.</translation>
    </message>
    <message>
      <source>Record a suggestion</source>
      <translation>Record a suggestion</translation>
    </message>
    <message>
      <source>Show answered</source>
      <translation>Show answered</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>e.g. 流程, 培訓, 行政</source>
      <translation>e.g. 流程, 培訓, 行政</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <source>Status and reply</source>
      <translation>Status and reply</translation>
    </message>
    <message>
      <source>(choose the author)</source>
      <translation>(choose the author)</translation>
    </message>
    <message>
      <source>New suggestion %1</source>
      <translation>New suggestion %1</translation>
    </message>
    <message>
      <source>Edit suggestion %1</source>
      <translation>Edit suggestion %1</translation>
    </message>
    <message>
      <source>“%1” is being handled and is kept.</source>
      <translation>“%1” is being handled and is kept.</translation>
    </message>
    <message>
      <source>Remove the suggestion “%1”?</source>
      <translation>Remove the suggestion “%1”?</translation>
    </message>
    <message>
      <source>Remove suggestion %1</source>
      <translation>Remove suggestion %1</translation>
    </message>
  </context>
  <context>
    <name>SummaryBox</name>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <source>The end of the range is before its start.</source>
      <translation>The end of the range is before its start.</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 suggestion(s)&lt;/b&gt;: %2&lt;br&gt;Anonymous %3 · unanswered %4&lt;br&gt;By category: %5</source>
      <translation>&lt;b&gt;%1 suggestion(s)&lt;/b&gt;: %2&lt;br&gt;Anonymous %3 · unanswered %4&lt;br&gt;By category: %5</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Unexpected error: %1</source>
      <translation>Unexpected error: %1</translation>
    </message>
    <message>
      <source>The details are in the log: %1</source>
      <translation>The details are in the log: %1</translation>
    </message>
  </context>
  <context>
    <name>TemplatesPanel</name>
    <message>
      <source>New step of this stage</source>
      <translation>New step of this stage</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Step %1</source>
      <translation>Step %1</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Add step</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Add a step to %1</source>
      <translation>Add a step to %1</translation>
    </message>
    <message>
      <source>Edit step %1</source>
      <translation>Edit step %1</translation>
    </message>
    <message>
      <source>Deactivate this step? Runs will no longer wait for it; runs that checked it off keep it.</source>
      <translation>Deactivate this step? Runs will no longer wait for it; runs that checked it off keep it.</translation>
    </message>
    <message>
      <source>Reactivate a step</source>
      <translation>Reactivate a step</translation>
    </message>
    <message>
      <source>Deactivate a step</source>
      <translation>Deactivate a step</translation>
    </message>
    <message>
      <source>Search stages and steps… (Ctrl+F)</source>
      <translation>Search stages and steps… (Ctrl+F)</translation>
    </message>
    <message>
      <source>This workflow has no stages yet: add the first one.</source>
      <translation>This workflow has no stages yet: add the first one.</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>empty: no approval; e.g. 運營經理審核</source>
      <translation>empty: no approval; e.g. 運營經理審核</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>Workflow / stage / step</source>
      <translation>Workflow / stage / step</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>%1 (inactive)</source>
      <translation>%1 (inactive)</translation>
    </message>
    <message>
      <source>Edit stage %1</source>
      <translation>Edit stage %1</translation>
    </message>
  </context>
  <context>
    <name>TrainingAttendanceForm</name>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Take off the list</source>
      <translation>Take off the list</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
  </context>
  <context>
    <name>TrainingDevelopmentForm</name>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Goals</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>Target position</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Rotation</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Next review</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>TrainingNoteForm</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>Progress note</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>Add note</translation>
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <source>Courses</source>
      <translation>Courses</translation>
    </message>
    <message>
      <source>Yearly plan</source>
      <translation>Yearly plan</translation>
    </message>
    <message>
      <source>Development plans</source>
      <translation>Development plans</translation>
    </message>
    <message>
      <source>Export training records…</source>
      <translation>Export training records…</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
  </context>
  <context>
    <name>TrainingPlanForm</name>
    <message>
      <source>Plan budget</source>
      <translation>Plan budget</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Set budget</source>
      <translation>Set budget</translation>
    </message>
  </context>
  <context>
    <name>TrainingSessionForm</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>New session</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Unlock %1</source>
      <translation>Unlock %1</translation>
    </message>
    <message>
      <source>Why must %1 change? The audit log keeps the reason.</source>
      <translation>Why must %1 change? The audit log keeps the reason.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>Give a reason: it is kept with the unlock.</source>
      <translation>Give a reason: it is kept with the unlock.</translation>
    </message>
  </context>
  <context>
    <name>VersionActions</name>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>Effective date</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>Based on</translation>
    </message>
    <message>
      <source>Approve…</source>
      <translation>Approve…</translation>
    </message>
    <message>
      <source>New draft</source>
      <translation>New draft</translation>
    </message>
    <message>
      <source>Discard draft…</source>
      <translation>Discard draft…</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>Compare versions…</translation>
    </message>
    <message>
      <source>&amp;Version</source>
      <translation>&amp;Version</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Draft — being edited, not yet in effect</source>
      <translation>Draft — being edited, not yet in effect</translation>
    </message>
    <message>
      <source>What you type in the form is stored when you choose Save (Ctrl+S); moving and deleting take effect at once. Ctrl+Z undoes each step. Approve the draft to put it into effect.</source>
      <translation>What you type in the form is stored when you choose Save (Ctrl+S); moving and deleting take effect at once. Ctrl+Z undoes each step. Approve the draft to put it into effect.</translation>
    </message>
    <message>
      <source>Approved — effective %1, approved by %2</source>
      <translation>Approved — effective %1, approved by %2</translation>
    </message>
    <message>
      <source>Version %1 is approved and read-only: it stays as it was put into effect. To change the regulation, start a new draft.</source>
      <translation>Version %1 is approved and read-only: it stays as it was put into effect. To change the regulation, start a new draft.</translation>
    </message>
    <message>
      <source>Its appraisal weights are those it was approved with: new weights saved in Settings do not change it.</source>
      <translation>Its appraisal weights are those it was approved with: new weights saved in Settings do not change it.</translation>
    </message>
    <message>
      <source>%1 %2% (approved: %3%)</source>
      <translation>%1 %2% (approved: %3%)</translation>
    </message>
    <message>
      <source>The weights shown are the current settings; they differ from approved version %1: %2.</source>
      <translation>The weights shown are the current settings; they differ from approved version %1: %2.</translation>
    </message>
    <message>
      <source>Version %1 approved</source>
      <translation>Version %1 approved</translation>
    </message>
    <message>
      <source>Draft %1 started</source>
      <translation>Draft %1 started</translation>
    </message>
    <message>
      <source>New draft %1</source>
      <translation>New draft %1</translation>
    </message>
    <message>
      <source>Discard draft %1 and all its changes?</source>
      <translation>Discard draft %1 and all its changes?</translation>
    </message>
    <message>
      <source>Discard draft %1</source>
      <translation>Discard draft %1</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <source>、</source>
      <translation>、</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>; </translation>
    </message>
  </context>
  <context>
    <name>WorkflowApprovalForm</name>
    <message>
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>Approver</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
  </context>
  <context>
    <name>WorkflowOutcomeForm</name>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Actual spend</source>
      <translation>Actual spend</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>Reach</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>WorkflowRunForm</name>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Workflow</source>
      <translation>Workflow</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Due date</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>WorkflowStageForm</name>
    <message>
      <source>Stage name</source>
      <translation>Stage name</translation>
    </message>
    <message>
      <source>Responsible position</source>
      <translation>Responsible position</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>WorkflowStepForm</name>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>New step</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>WorkflowsPage</name>
    <message>
      <source>Runs</source>
      <translation>Runs</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>Templates</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>Workflows</translation>
    </message>
    <message>
      <source>Choose an event run to print its summary.</source>
      <translation>Choose an event run to print its summary.</translation>
    </message>
  </context>
  <context>
    <name>YesNo</name>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
  </context>
  <context>
    <name>ZoomBar</name>
    <message>
      <source>Fit page</source>
      <translation>Fit page</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>Whole page</translation>
    </message>
    <message>
      <source>Page width</source>
      <translation>Page width</translation>
    </message>
  </context>
  <context>
    <name>_Column</name>
    <message>
      <source>No run at this stage.</source>
      <translation>No run at this stage.</translation>
    </message>
  </context>
  <context>
    <name>DomainError</name>
    <message>
      <source>There is no staff member {staff}.</source>
      <translation>There is no staff member {staff}.</translation>
    </message>
    <message>
      <source>{refused} Give --incomplete to lock it as it is.</source>
      <translation>{refused} Give --incomplete to lock it as it is.</translation>
    </message>
    <message>
      <source>Unknown staff number among {numbers}.</source>
      <translation>Unknown staff number among {numbers}.</translation>
    </message>
    <message>
      <source>--version chooses a version of the regulation; a position's or a workflow's poster prints what is recorded now.</source>
      <translation>--version chooses a version of the regulation; a position's or a workflow's poster prints what is recorded now.</translation>
    </message>
    <message>
      <source>{path} must end in .pdf.</source>
      <translation>{path} must end in .pdf.</translation>
    </message>
    <message>
      <source>There is no meeting on {date}.</source>
      <translation>There is no meeting on {date}.</translation>
    </message>
    <message>
      <source>{path} must end in .pdf or .xlsx.</source>
      <translation>{path} must end in .pdf or .xlsx.</translation>
    </message>
    <message>
      <source>--date goes with --staff: the workbook has a date per person.</source>
      <translation>--date goes with --staff: the workbook has a date per person.</translation>
    </message>
    <message>
      <source>Backup and restore work on SQLite files; back up a PostgreSQL server with its own tools (pg_dump).</source>
      <translation>Backup and restore work on SQLite files; back up a PostgreSQL server with its own tools (pg_dump).</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} does not exist.</translation>
    </message>
    <message>
      <source>{staff} is not appraised in {period}.</source>
      <translation>{staff} is not appraised in {period}.</translation>
    </message>
    <message>
      <source>{field} cannot be in the future.</source>
      <translation>{field} cannot be in the future.</translation>
    </message>
    <message>
      <source>The period {period} has not been locked yet: give the date of the result letter.</source>
      <translation>The period {period} has not been locked yet: give the date of the result letter.</translation>
    </message>
    <message>
      <source>The appeal is dated {filed}, before the result letter of {letter}.</source>
      <translation>The appeal is dated {filed}, before the result letter of {letter}.</translation>
    </message>
    <message>
      <source>The appeal of {filed} is late: the deadline was {deadline} ({days} days from the letter of {letter}). Give the reason it is accepted late to record it.</source>
      <translation>The appeal of {filed} is late: the deadline was {deadline} ({days} days from the letter of {letter}). Give the reason it is accepted late to record it.</translation>
    </message>
    <message>
      <source>The appeal is within its deadline ({deadline}): it needs no reason for lateness.</source>
      <translation>The appeal is within its deadline ({deadline}): it needs no reason for lateness.</translation>
    </message>
    <message>
      <source>{period} has no dimension {code}.</source>
      <translation>{period} has no dimension {code}.</translation>
    </message>
    <message>
      <source>Appeal #{id} was already decided on {date} ({decision}).</source>
      <translation>Appeal #{id} was already decided on {date} ({decision}).</translation>
    </message>
    <message>
      <source>The decision is dated {date}, before the appeal was filed ({filed}).</source>
      <translation>The decision is dated {date}, before the appeal was filed ({filed}).</translation>
    </message>
    <message>
      <source>Appeal #{id} is not upheld: the scores stay as they are.</source>
      <translation>Appeal #{id} is not upheld: the scores stay as they are.</translation>
    </message>
    <message>
      <source>Appeal #{id} did not unlock {period}: lock it on the Appraisals page instead.</source>
      <translation>Appeal #{id} did not unlock {period}: lock it on the Appraisals page instead.</translation>
    </message>
    <message>
      <source>Appeal #{id} is about the year {year}: say which month's scores to change.</source>
      <translation>Appeal #{id} is about the year {year}: say which month's scores to change.</translation>
    </message>
    <message>
      <source>There is no appraisal month in {year}.</source>
      <translation>There is no appraisal month in {year}.</translation>
    </message>
    <message>
      <source>{field} holds a character that cannot be stored (U+{code}); remove it.</source>
      <translation>{field} holds a character that cannot be stored (U+{code}); remove it.</translation>
    </message>
    <message>
      <source>'{source}' is not a rated source.</source>
      <translation>'{source}' is not a rated source.</translation>
    </message>
    <message>
      <source>A comment on {name} was changed by someone else since; it was left as it is now.</source>
      <translation>A comment on {name} was changed by someone else since; it was left as it is now.</translation>
    </message>
    <message>
      <source>No one of {period} has a complete result: no letter written.</source>
      <translation>No one of {period} has a complete result: no letter written.</translation>
    </message>
    <message>
      <source>incomplete: {missing}</source>
      <translation>incomplete: {missing}</translation>
    </message>
    <message>
      <source>{months} complete month(s) in {year}; the annual result needs {least}</source>
      <translation>{months} complete month(s) in {year}; the annual result needs {least}</translation>
    </message>
    <message>
      <source>The scores {evaluator} gives {name} were changed after they were shown; nothing was removed: look at them again.</source>
      <translation>The scores {evaluator} gives {name} were changed after they were shown; nothing was removed: look at them again.</translation>
    </message>
    <message>
      <source>There is no appraisal period {period}.</source>
      <translation>There is no appraisal period {period}.</translation>
    </message>
    <message>
      <source>{year} is not a plausible year.</source>
      <translation>{year} is not a plausible year.</translation>
    </message>
    <message>
      <source>{month} is not a month.</source>
      <translation>{month} is not a month.</translation>
    </message>
    <message>
      <source>The period {period} already exists.</source>
      <translation>The period {period} already exists.</translation>
    </message>
    <message>
      <source>A person cannot be their own peer evaluator.</source>
      <translation>A person cannot be their own peer evaluator.</translation>
    </message>
    <message>
      <source>The period {period} is locked; unlock it (with a reason) to change it.</source>
      <translation>The period {period} is locked; unlock it (with a reason) to change it.</translation>
    </message>
    <message>
      <source>{count} people of {period} are not complete: {people}.</source>
      <translation>{count} people of {period} are not complete: {people}.</translation>
    </message>
    <message>
      <source>The period {period} is not locked.</source>
      <translation>The period {period} is not locked.</translation>
    </message>
    <message>
      <source>Give a reason for unlocking the period.</source>
      <translation>Give a reason for unlocking the period.</translation>
    </message>
    <message>
      <source>The appraisal dimension {code} is no longer in the scheme of {period}; the scores cannot be put back.</source>
      <translation>The appraisal dimension {code} is no longer in the scheme of {period}; the scores cannot be put back.</translation>
    </message>
    <message>
      <source>'{value}' is not a score.</source>
      <translation>'{value}' is not a score.</translation>
    </message>
    <message>
      <source>That dimension belongs to another appraisal scheme.</source>
      <translation>That dimension belongs to another appraisal scheme.</translation>
    </message>
    <message>
      <source>A self evaluation must be by {name} themself.</source>
      <translation>A self evaluation must be by {name} themself.</translation>
    </message>
    <message>
      <source>There is no KPI metric with the code {code}.</source>
      <translation>There is no KPI metric with the code {code}.</translation>
    </message>
    <message>
      <source>'{value}' is not a score: type it with digits, e.g. 90.</source>
      <translation>'{value}' is not a score: type it with digits, e.g. 90.</translation>
    </message>
    <message>
      <source>{name} cannot be their own peer evaluator.</source>
      <translation>{name} cannot be their own peer evaluator.</translation>
    </message>
    <message>
      <source>A peer score needs its evaluator.</source>
      <translation>A peer score needs its evaluator.</translation>
    </message>
    <message>
      <source>Name who gave the supervisor score.</source>
      <translation>Name who gave the supervisor score.</translation>
    </message>
    <message>
      <source>{name} cannot be their own supervisor.</source>
      <translation>{name} cannot be their own supervisor.</translation>
    </message>
    <message>
      <source>A score of {name} was changed by someone else at {at} (it is now {value}); the grid now shows the stored scores.</source>
      <translation>A score of {name} was changed by someone else at {at} (it is now {value}); the grid now shows the stored scores.</translation>
    </message>
    <message>
      <source>A score of {name} was removed by someone else after this grid was loaded; the grid now shows the stored scores.</source>
      <translation>A score of {name} was removed by someone else after this grid was loaded; the grid now shows the stored scores.</translation>
    </message>
    <message>
      <source>The Traditional and Simplified regulation texts differ in structure.</source>
      <translation>The Traditional and Simplified regulation texts differ in structure.</translation>
    </message>
    <message>
      <source>A demo department needs at least 4 staff.</source>
      <translation>A demo department needs at least 4 staff.</translation>
    </message>
    <message>
      <source>Months must be between 0 and 120.</source>
      <translation>Months must be between 0 and 120.</translation>
    </message>
    <message>
      <source>This database already holds staff; build the demo in a new file.</source>
      <translation>This database already holds staff; build the demo in a new file.</translation>
    </message>
    <message>
      <source>{path} is the database in use, not a file to read; choose another file.</source>
      <translation>{path} is the database in use, not a file to read; choose another file.</translation>
    </message>
    <message>
      <source>{path} is the database in use; choose another file name.</source>
      <translation>{path} is the database in use; choose another file name.</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
      <source>{path} is not a regular file (a device, pipe or socket); nothing was written.</source>
      <translation>{path} is not a regular file (a device, pipe or socket); nothing was written.</translation>
    </message>
    <message>
      <source>{path} is a database, perhaps open in another program; it was left as it is. Choose another file name.</source>
      <translation>{path} is a database, perhaps open in another program; it was left as it is. Choose another file name.</translation>
    </message>
    <message>
      <source>{path} is read-only; it was left as it is. Choose another file name.</source>
      <translation>{path} is read-only; it was left as it is. Choose another file name.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
      <source>Cannot write in {folder}: {reason}</source>
      <translation>Cannot write in {folder}: {reason}</translation>
    </message>
    <message>
      <source>{folder} is a file, not a folder.</source>
      <translation>{folder} is a file, not a folder.</translation>
    </message>
    <message>
      <source>Cannot make the folder {folder}: {reason}</source>
      <translation>Cannot make the folder {folder}: {reason}</translation>
    </message>
    <message>
      <source>The regulation text has no title or no chapters.</source>
      <translation>The regulation text has no title or no chapters.</translation>
    </message>
    <message>
      <source>Line {line}: text outside any section.</source>
      <translation>Line {line}: text outside any section.</translation>
    </message>
    <message>
      <source>Line {line}: a heading is outside its chapter.</source>
      <translation>Line {line}: a heading is outside its chapter.</translation>
    </message>
    <message>
      <source>'{script}' is not a script; use hant (Traditional) or hans (Simplified).</source>
      <translation>'{script}' is not a script; use hant (Traditional) or hans (Simplified).</translation>
    </message>
    <message>
      <source>Simplified Chinese needs the opencc package.</source>
      <translation>Simplified Chinese needs the opencc package.</translation>
    </message>
    <message>
      <source>That action item is already closed.</source>
      <translation>That action item is already closed.</translation>
    </message>
    <message>
      <source>Choose a category.</source>
      <translation>Choose a category.</translation>
    </message>
    <message>
      <source>Choose a method.</source>
      <translation>Choose a method.</translation>
    </message>
    <message>
      <source>{title} already has sessions and is kept.</source>
      <translation>{title} already has sessions and is kept.</translation>
    </message>
    <message>
      <source>Choose the person this plan is for.</source>
      <translation>Choose the person this plan is for.</translation>
    </message>
    <message>
      <source>{name} has left the department.</source>
      <translation>{name} has left the department.</translation>
    </message>
    <message>
      <source>The next review cannot be before the start date.</source>
      <translation>The next review cannot be before the start date.</translation>
    </message>
    <message>
      <source>This plan already has progress notes; close it instead.</source>
      <translation>This plan already has progress notes; close it instead.</translation>
    </message>
    <message>
      <source>{name} was changed by someone else at {at}; reopen it and try again.</source>
      <translation>{name} was changed by someone else at {at}; reopen it and try again.</translation>
    </message>
    <message>
      <source>The record was deleted by someone else meanwhile; nothing was saved.</source>
      <translation>The record was deleted by someone else meanwhile; nothing was saved.</translation>
    </message>
    <message>
      <source>{name} was deleted by someone else meanwhile; nothing was saved.</source>
      <translation>{name} was deleted by someone else meanwhile; nothing was saved.</translation>
    </message>
    <message>
      <source>{title} was changed by someone else; reopen it and try again.</source>
      <translation>{title} was changed by someone else; reopen it and try again.</translation>
    </message>
    <message>
      <source>The {what} is longer than {max} characters.</source>
      <translation>The {what} is longer than {max} characters.</translation>
    </message>
    <message>
      <source>{title} has action items and is kept as the department's record.</source>
      <translation>{title} has action items and is kept as the department's record.</translation>
    </message>
    <message>
      <source>An action item of this meeting is due on {due}, before that date.</source>
      <translation>An action item of this meeting is due on {due}, before that date.</translation>
    </message>
    <message>
      <source>{position} already has an area named {title}.</source>
      <translation>{position} already has an area named {title}.</translation>
    </message>
    <message>
      <source>There is no position with the code {code}.</source>
      <translation>There is no position with the code {code}.</translation>
    </message>
    <message>
      <source>The position {name} is already retired.</source>
      <translation>The position {name} is already retired.</translation>
    </message>
    <message>
      <source>{count} people still hold the position {name}.</source>
      <translation>{count} people still hold the position {name}.</translation>
    </message>
    <message>
      <source>A position named {name} already exists.</source>
      <translation>A position named {name} already exists.</translation>
    </message>
    <message>
      <source>{field} may only use the letters A–Z, digits, '.', '_' and '-'.</source>
      <translation>{field} may only use the letters A–Z, digits, '.', '_' and '-'.</translation>
    </message>
    <message>
      <source>A position with the code {code} already exists.</source>
      <translation>A position with the code {code} already exists.</translation>
    </message>
    <message>
      <source>The position {name} is already in use and cannot be removed; retire it instead.</source>
      <translation>The position {name} is already in use and cannot be removed; retire it instead.</translation>
    </message>
    <message>
      <source>This text is longer than {max} characters.</source>
      <translation>This text is longer than {max} characters.</translation>
    </message>
    <message>
      <source>There is no regulation version {label}; the versions are {labels}.</source>
      <translation>There is no regulation version {label}; the versions are {labels}.</translation>
    </message>
    <message>
      <source>This database holds no regulation.</source>
      <translation>This database holds no regulation.</translation>
    </message>
    <message>
      <source>Version {label} is approved and read-only; start a new draft to change the regulation.</source>
      <translation>Version {label} is approved and read-only; start a new draft to change the regulation.</translation>
    </message>
    <message>
      <source>A draft already exists; approve or discard it first.</source>
      <translation>A draft already exists; approve or discard it first.</translation>
    </message>
    <message>
      <source>A version labelled {label} already exists.</source>
      <translation>A version labelled {label} already exists.</translation>
    </message>
    <message>
      <source>Draft {label} is the only version of the regulation and cannot be discarded.</source>
      <translation>Draft {label} is the only version of the regulation and cannot be discarded.</translation>
    </message>
    <message>
      <source>{field} cannot be before {date}, when version {label} took effect.</source>
      <translation>{field} cannot be before {date}, when version {label} took effect.</translation>
    </message>
    <message>
      <source>The regulation has chapters 1 to {count}; there is no chapter {chapter}.</source>
      <translation>The regulation has chapters 1 to {count}; there is no chapter {chapter}.</translation>
    </message>
    <message>
      <source>A sub-section must be in the same chapter as its parent.</source>
      <translation>A sub-section must be in the same chapter as its parent.</translation>
    </message>
    <message>
      <source>A heading is one line.</source>
      <translation>A heading is one line.</translation>
    </message>
    <message>
      <source>Write the title after the number.</source>
      <translation>Write the title after the number.</translation>
    </message>
    <message>
      <source>Unknown placeholder {{{{{name}}}}}; known: {known}.</source>
      <translation>Unknown placeholder {{{{{name}}}}}; known: {known}.</translation>
    </message>
    <message>
      <source>Version {label} is a draft: only an approved version can be acknowledged.</source>
      <translation>Version {label} is a draft: only an approved version can be acknowledged.</translation>
    </message>
    <message>
      <source>{date} is before version {label} was approved ({approved}).</source>
      <translation>{date} is before version {label} was approved ({approved}).</translation>
    </message>
    <message>
      <source>{staff} {name} has already acknowledged version {label}.</source>
      <translation>{staff} {name} has already acknowledged version {label}.</translation>
    </message>
    <message>
      <source>{staff} {name} has not acknowledged version {label}.</source>
      <translation>{staff} {name} has not acknowledged version {label}.</translation>
    </message>
    <message>
      <source>Version {label} is the first version: there is nothing before it to compare it with.</source>
      <translation>Version {label} is the first version: there is nothing before it to compare it with.</translation>
    </message>
    <message>
      <source>The {kind} weights must add up to 100; they add up to {total} ({detail}).</source>
      <translation>The {kind} weights must add up to 100; they add up to {total} ({detail}).</translation>
    </message>
    <message>
      <source>Grade bands must go from the highest minimum score to the lowest, each lower than the one before.</source>
      <translation>Grade bands must go from the highest minimum score to the lowest, each lower than the one before.</translation>
    </message>
    <message>
      <source>The lowest grade must start at 0 so that every total has a grade.</source>
      <translation>The lowest grade must start at 0 so that every total has a grade.</translation>
    </message>
    <message>
      <source>This database has no active appraisal scheme.</source>
      <translation>This database has no active appraisal scheme.</translation>
    </message>
    <message>
      <source>Unknown code(s): {codes}.</source>
      <translation>Unknown code(s): {codes}.</translation>
    </message>
    <message>
      <source>Unknown grade(s): {codes}.</source>
      <translation>Unknown grade(s): {codes}.</translation>
    </message>
    <message>
      <source>Unknown choice of months: {value}.</source>
      <translation>Unknown choice of months: {value}.</translation>
    </message>
    <message>
      <source>The minimum number of months must be 1 to 12.</source>
      <translation>The minimum number of months must be 1 to 12.</translation>
    </message>
    <message>
      <source>Dropping extremes needs at least 3 peer scores.</source>
      <translation>Dropping extremes needs at least 3 peer scores.</translation>
    </message>
    <message>
      <source>The department name was changed by someone else to {value}; reopen the settings and try again.</source>
      <translation>The department name was changed by someone else to {value}; reopen the settings and try again.</translation>
    </message>
    <message>
      <source>{field} must be a whole number of days from 1 to 365.</source>
      <translation>{field} must be a whole number of days from 1 to 365.</translation>
    </message>
    <message>
      <source>{field} must be a number from 0.1 to 5.</source>
      <translation>{field} must be a number from 0.1 to 5.</translation>
    </message>
    <message>
      <source>{field} must be a percentage from 0 to 100.</source>
      <translation>{field} must be a percentage from 0 to 100.</translation>
    </message>
    <message>
      <source>{field} must be yes or no.</source>
      <translation>{field} must be yes or no.</translation>
    </message>
    <message>
      <source>Staff number {no} is already used by another person.</source>
      <translation>Staff number {no} is already used by another person.</translation>
    </message>
    <message>
      <source>A person cannot be their own supervisor.</source>
      <translation>A person cannot be their own supervisor.</translation>
    </message>
    <message>
      <source>{name} has left the department and cannot be a supervisor.</source>
      <translation>{name} has left the department and cannot be a supervisor.</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address.</source>
      <translation>'{value}' is not an e-mail address.</translation>
    </message>
    <message>
      <source>{name} has already left the department.</source>
      <translation>{name} has already left the department.</translation>
    </message>
    <message>
      <source>{name} still supervises {people}; give them another supervisor first.</source>
      <translation>{name} still supervises {people}; give them another supervisor first.</translation>
    </message>
    <message>
      <source>This supervisor would report to this person: a cycle.</source>
      <translation>This supervisor would report to this person: a cycle.</translation>
    </message>
    <message>
      <source>{name} already has history and cannot be removed; mark them as departed instead.</source>
      <translation>{name} already has history and cannot be removed; mark them as departed instead.</translation>
    </message>
    <message>
      <source>Write the reply before marking the suggestion answered.</source>
      <translation>Write the reply before marking the suggestion answered.</translation>
    </message>
    <message>
      <source>Name the author, or mark the suggestion anonymous.</source>
      <translation>Name the author, or mark the suggestion anonymous.</translation>
    </message>
    <message>
      <source>{title} is being handled and is kept.</source>
      <translation>{title} is being handled and is kept.</translation>
    </message>
    <message>
      <source>An anonymous suggestion cannot name its author.</source>
      <translation>An anonymous suggestion cannot name its author.</translation>
    </message>
    <message>
      <source>Write the reply first.</source>
      <translation>Write the reply first.</translation>
    </message>
    <message>
      <source>Say who replies.</source>
      <translation>Say who replies.</translation>
    </message>
    <message>
      <source>The name is longer than {max} characters.</source>
      <translation>The name is longer than {max} characters.</translation>
    </message>
    <message>
      <source>This session already has attendance and is kept.</source>
      <translation>This session already has attendance and is kept.</translation>
    </message>
    <message>
      <source>That person is not on this session's list.</source>
      <translation>That person is not on this session's list.</translation>
    </message>
    <message>
      <source>Choose a person.</source>
      <translation>Choose a person.</translation>
    </message>
    <message>
      <source>{field} contains a character that cannot be saved in a document (U+{code}); remove it.</source>
      <translation>{field} contains a character that cannot be saved in a document (U+{code}); remove it.</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>{field} is required.</translation>
    </message>
    <message>
      <source>{field} is longer than {max} characters.</source>
      <translation>{field} is longer than {max} characters.</translation>
    </message>
    <message>
      <source>{field} cannot be before the start date.</source>
      <translation>{field} cannot be before the start date.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a number.</source>
      <translation>{field}: '{value}' is not a number.</translation>
    </message>
    <message>
      <source>{field} cannot be less than {min}.</source>
      <translation>{field} cannot be less than {min}.</translation>
    </message>
    <message>
      <source>{field} cannot be more than {max}.</source>
      <translation>{field} cannot be more than {max}.</translation>
    </message>
    <message>
      <source>{field} may have at most {places} digit(s) after the decimal point.</source>
      <translation>{field} may have at most {places} digit(s) after the decimal point.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not one of {allowed}.</source>
      <translation>{field}: '{value}' is not one of {allowed}.</translation>
    </message>
    <message>
      <source>{what} #{id} does not exist.</source>
      <translation>{what} #{id} does not exist.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a date (YYYY-MM-DD).</source>
      <translation>{field}: '{value}' is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Choose a workflow template.</source>
      <translation>Choose a workflow template.</translation>
    </message>
    <message>
      <source>Steps of this run are already checked off; its workflow cannot change.</source>
      <translation>Steps of this run are already checked off; its workflow cannot change.</translation>
    </message>
    <message>
      <source>{title} already has history; cancel it instead.</source>
      <translation>{title} already has history; cancel it instead.</translation>
    </message>
    <message>
      <source>Only event runs (活動運營) carry a budget.</source>
      <translation>Only event runs (活動運營) carry a budget.</translation>
    </message>
    <message>
      <source>Another stage of this workflow is already called {name}.</source>
      <translation>Another stage of this workflow is already called {name}.</translation>
    </message>
    <message>
      <source>Describe the approval (e.g. 運營經理審核) before choosing who approves.</source>
      <translation>Describe the approval (e.g. 運營經理審核) before choosing who approves.</translation>
    </message>
    <message>
      <source>Runs have checked this step off; deactivate it instead.</source>
      <translation>Runs have checked this step off; deactivate it instead.</translation>
    </message>
    <message>
      <source>That step is already active.</source>
      <translation>That step is already active.</translation>
    </message>
    <message>
      <source>That step is already inactive.</source>
      <translation>That step is already inactive.</translation>
    </message>
    <message>
      <source>There is no workflow template with the code {code}.</source>
      <translation>There is no workflow template with the code {code}.</translation>
    </message>
    <message>
      <source>{title} is closed; reopen it to change it.</source>
      <translation>{title} is closed; reopen it to change it.</translation>
    </message>
    <message>
      <source>That step belongs to another workflow.</source>
      <translation>That step belongs to another workflow.</translation>
    </message>
    <message>
      <source>That step is already checked off.</source>
      <translation>That step is already checked off.</translation>
    </message>
    <message>
      <source>That step is not checked off.</source>
      <translation>That step is not checked off.</translation>
    </message>
    <message>
      <source>That stage belongs to another workflow.</source>
      <translation>That stage belongs to another workflow.</translation>
    </message>
    <message>
      <source>The stage {stage} needs no approval.</source>
      <translation>The stage {stage} needs no approval.</translation>
    </message>
    <message>
      <source>Participants must be a whole number, 0 or more.</source>
      <translation>Participants must be a whole number, 0 or more.</translation>
    </message>
    <message>
      <source>Interactions must be a whole number, 0 or more.</source>
      <translation>Interactions must be a whole number, 0 or more.</translation>
    </message>
    <message>
      <source>Reach must be a whole number, 0 or more.</source>
      <translation>Reach must be a whole number, 0 or more.</translation>
    </message>
    <message>
      <source>Cannot find a free file name in {folder}.</source>
      <translation>Cannot find a free file name in {folder}.</translation>
    </message>
    <message>
      <source>The database is damaged ({reason}); no backup was kept. Restore the newest good backup (File → Restore, or “ops-desktop restore”).</source>
      <translation>The database is damaged ({reason}); no backup was kept. Restore the newest good backup (File → Restore, or “ops-desktop restore”).</translation>
    </message>
    <message>
      <source>The backup to {path} failed: {reason}</source>
      <translation>The backup to {path} failed: {reason}</translation>
    </message>
    <message>
      <source>Cannot create the database {path}: {reason}</source>
      <translation>Cannot create the database {path}: {reason}</translation>
    </message>
    <message>
      <source>The change conflicts with the data already stored and was not saved ({reason}).</source>
      <translation>The change conflicts with the data already stored and was not saved ({reason}).</translation>
    </message>
    <message>
      <source>A record was changed by someone else while this change was being saved; nothing was saved. Reopen it and try again.</source>
      <translation>A record was changed by someone else while this change was being saved; nothing was saved. Reopen it and try again.</translation>
    </message>
    <message>
      <source>The database could not complete the change ({reason}); nothing was saved.</source>
      <translation>The database could not complete the change ({reason}); nothing was saved.</translation>
    </message>
    <message>
      <source>Cannot open the database {where}: {reason}</source>
      <translation>Cannot open the database {where}: {reason}</translation>
    </message>
    <message>
      <source>The appraisal period is locked; unlock it (with a reason) to change its scores. Nothing was saved.</source>
      <translation>The appraisal period is locked; unlock it (with a reason) to change its scores. Nothing was saved.</translation>
    </message>
    <message>
      <source>{path} is damaged ({reason}). Nothing was changed. Keep a copy of it with “ops-desktop backup --db {path} -o COPY”, then restore the newest good backup (File → Restore, or “ops-desktop restore”).</source>
      <translation>{path} is damaged ({reason}). Nothing was changed. Keep a copy of it with “ops-desktop backup --db {path} -o COPY”, then restore the newest good backup (File → Restore, or “ops-desktop restore”).</translation>
    </message>
    <message>
      <source>{path} is the database this window or command has open; choose another file.</source>
      <translation>{path} is the database this window or command has open; choose another file.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
      <source>{path} is an empty file, not an ops-desktop database. It was left unchanged; to start a new database, choose a file name that does not exist yet.</source>
      <translation>{path} is an empty file, not an ops-desktop database. It was left unchanged; to start a new database, choose a file name that does not exist yet.</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop database (it is not a SQLite file). It was left unchanged.</source>
      <translation>{path} is not an ops-desktop database (it is not a SQLite file). It was left unchanged.</translation>
    </message>
    <message>
      <source>{path} is being written by another ops-desktop window or command ({reason}); try again when it has finished.</source>
      <translation>{path} is being written by another ops-desktop window or command ({reason}); try again when it has finished.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} is a SQLite database of another program (or an empty one), not an ops-desktop database. It was left unchanged.</source>
      <translation>{path} is a SQLite database of another program (or an empty one), not an ops-desktop database. It was left unchanged.</translation>
    </message>
    <message>
      <source>{path} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
      <translation>{path} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</translation>
    </message>
    <message>
      <source>Cannot open {path}: {reason}</source>
      <translation>Cannot open {path}: {reason}</translation>
    </message>
    <message>
      <source>Give either --db or --database-url, not both.</source>
      <translation>Give either --db or --database-url, not both.</translation>
    </message>
    <message>
      <source>Not a database URL: {url}</source>
      <translation>Not a database URL: {url}</translation>
    </message>
    <message>
      <source>{where} already holds tables of another program; it is not an ops-desktop database and was left unchanged.</source>
      <translation>{where} already holds tables of another program; it is not an ops-desktop database and was left unchanged.</translation>
    </message>
    <message>
      <source>{where} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
      <translation>{where} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</translation>
    </message>
    <message>
      <source>The backup was restored into {path}, but then: {reason} The replaced data is kept in {kept}.</source>
      <translation>The backup was restored into {path}, but then: {reason} The replaced data is kept in {kept}.</translation>
    </message>
    <message>
      <source>{path} is damaged ({reason}); it was not restored.</source>
      <translation>{path} is damaged ({reason}); it was not restored.</translation>
    </message>
    <message>
      <source>{path} is the database itself.</source>
      <translation>{path} is the database itself.</translation>
    </message>
    <message>
      <source>Restoring works on SQLite files.</source>
      <translation>Restoring works on SQLite files.</translation>
    </message>
    <message>
      <source>{path} is open in another ops-desktop window or command; close it there, then restore. Nothing was changed.</source>
      <translation>{path} is open in another ops-desktop window or command; close it there, then restore. Nothing was changed.</translation>
    </message>
    <message>
      <source>The restore of {path} failed: {reason}; nothing was changed.</source>
      <translation>The restore of {path} failed: {reason}; nothing was changed.</translation>
    </message>
    <message>
      <source>Evaluator forms are for monthly periods.</source>
      <translation>Evaluator forms are for monthly periods.</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop evaluator form.</source>
      <translation>{path} is not an ops-desktop evaluator form.</translation>
    </message>
    <message>
      <source>{path} is a form of an earlier version of the program (without the columns 未評 and 評語); generate the forms again.</source>
      <translation>{path} is a form of an earlier version of the program (without the columns 未評 and 評語); generate the forms again.</translation>
    </message>
    <message>
      <source>{path} is a form for the period {other}, not {period}.</source>
      <translation>{path} is a form for the period {other}, not {period}.</translation>
    </message>
    <message>
      <source>{path} names an evaluator ({no}) who is not on the staff list.</source>
      <translation>{path} names an evaluator ({no}) who is not on the staff list.</translation>
    </message>
    <message>
      <source>{path} is the form of {name}, not of the evaluator chosen.</source>
      <translation>{path} is the form of {name}, not of the evaluator chosen.</translation>
    </message>
    <message>
      <source>{path} was made for other appraisal dimensions; generate the forms again.</source>
      <translation>{path} was made for other appraisal dimensions; generate the forms again.</translation>
    </message>
    <message>
      <source>a form of an earlier version: generate the forms again</source>
      <translation>a form of an earlier version: generate the forms again</translation>
    </message>
    <message>
      <source>the header row was changed; expected {expected}</source>
      <translation>the header row was changed; expected {expected}</translation>
    </message>
    <message>
      <source>unknown kind of evaluation</source>
      <translation>unknown kind of evaluation</translation>
    </message>
    <message>
      <source>this evaluator does not score {number} as {kind}</source>
      <translation>this evaluator does not score {number} as {kind}</translation>
    </message>
    <message>
      <source>this person appears twice</source>
      <translation>this person appears twice</translation>
    </message>
    <message>
      <source>{n} not evaluated (未評)</source>
      <translation>{n} not evaluated (未評)</translation>
    </message>
    <message>
      <source>{n} comment(s)</source>
      <translation>{n} comment(s)</translation>
    </message>
    <message>
      <source>this row is hidden: show it (the evaluator must see what is sent) and send it again</source>
      <translation>this row is hidden: show it (the evaluator must see what is sent) and send it again</translation>
    </message>
    <message>
      <source>a formula, not a score: type the number</source>
      <translation>a formula, not a score: type the number</translation>
    </message>
    <message>
      <source>a formula: type the text itself</source>
      <translation>a formula: type the text itself</translation>
    </message>
    <message>
      <source>the row is marked {mark} (not evaluated) but has a score: clear the score or the mark</source>
      <translation>the row is marked {mark} (not evaluated) but has a score: clear the score or the mark</translation>
    </message>
    <message>
      <source>no score: type one, or mark the row {mark} (not evaluated)</source>
      <translation>no score: type one, or mark the row {mark} (not evaluated)</translation>
    </message>
    <message>
      <source>merged cells: unmerge them, one value per cell</source>
      <translation>merged cells: unmerge them, one value per cell</translation>
    </message>
    <message>
      <source>{path}: the sheet {sheet} is hidden; show it, check what it holds and send the form again.</source>
      <translation>{path}: the sheet {sheet} is hidden; show it, check what it holds and send the form again.</translation>
    </message>
    <message>
      <source>{path} holds a hidden sheet {sheet} beside {form}: delete it, or fill in {form} only, and send the form again.</source>
      <translation>{path} holds a hidden sheet {sheet} beside {form}: delete it, or fill in {form} only, and send the form again.</translation>
    </message>
    <message>
      <source>this column is hidden: show it and send the form again</source>
      <translation>this column is hidden: show it and send the form again</translation>
    </message>
    <message>
      <source>{file}: {state}; {counts}</source>
      <translation>{file}: {state}; {counts}</translation>
    </message>
    <message>
      <source>{path} is too large ({size} MB) to be a form or a roster.</source>
      <translation>{path} is too large ({size} MB) to be a form or a roster.</translation>
    </message>
    <message>
      <source>{path} is not an Excel workbook (.xlsx).</source>
      <translation>{path} is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
      <source>{path} unpacks to {size} MB: too large to be a form or a roster.</source>
      <translation>{path} unpacks to {size} MB: too large to be a form or a roster.</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>{n} added</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>{n} changed</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>{n} unchanged</translation>
    </message>
    <message>
      <source>{n} problem(s)</source>
      <translation>{n} problem(s)</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>imported</translation>
    </message>
    <message>
      <source>NOT imported</source>
      <translation>NOT imported</translation>
    </message>
    <message>
      <source>{path} is damaged (not a readable .xlsx).</source>
      <translation>{path} is damaged (not a readable .xlsx).</translation>
    </message>
    <message>
      <source>{path} is damaged or not an .xlsx workbook ({reason}).</source>
      <translation>{path} is damaged or not an .xlsx workbook ({reason}).</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>not a date: use a date cell or YYYY-MM-DD</source>
      <translation>not a date: use a date cell or YYYY-MM-DD</translation>
    </message>
    <message>
      <source>expected text, found {kind}</source>
      <translation>expected text, found {kind}</translation>
    </message>
    <message>
      <source>staff number is required</source>
      <translation>staff number is required</translation>
    </message>
    <message>
      <source>name is required</source>
      <translation>name is required</translation>
    </message>
    <message>
      <source>not an e-mail address</source>
      <translation>not an e-mail address</translation>
    </message>
    <message>
      <source>no {columns} column in the first 10 rows</source>
      <translation>no {columns} column in the first 10 rows</translation>
    </message>
    <message>
      <source>the workbook has no worksheet</source>
      <translation>the workbook has no worksheet</translation>
    </message>
    <message>
      <source>unknown position</source>
      <translation>unknown position</translation>
    </message>
    <message>
      <source>unknown status: use 在職, 休假 or 離職</source>
      <translation>unknown status: use 在職, 休假 or 離職</translation>
    </message>
    <message>
      <source>duplicate staff number (first in row {row})</source>
      <translation>duplicate staff number (first in row {row})</translation>
    </message>
    <message>
      <source>Supervisor {no} was not imported: their row has problems.</source>
      <translation>Supervisor {no} was not imported: their row has problems.</translation>
    </message>
    <message>
      <source>{count} people are called {name}: use the staff number</source>
      <translation>{count} people are called {name}: use the staff number</translation>
    </message>
    <message>
      <source>supervisor not found</source>
      <translation>supervisor not found</translation>
    </message>
    <message>
      <source>supervisor {number} is {boss}, not {name}</source>
      <translation>supervisor {number} is {boss}, not {name}</translation>
    </message>
    <message>
      <source>the cell holds an Excel error</source>
      <translation>the cell holds an Excel error</translation>
    </message>
    <message>
      <source>{path} {cell}: '{value}' is not a date; use a date cell or YYYY-MM-DD.</source>
      <translation>{path} {cell}: '{value}' is not a date; use a date cell or YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop sign-off workbook.</source>
      <translation>{path} is not an ops-desktop sign-off workbook.</translation>
    </message>
    <message>
      <source>{path} is the sign-off workbook of version {other}, not {label}.</source>
      <translation>{path} is the sign-off workbook of version {other}, not {label}.</translation>
    </message>
    <message>
      <source>{path} {cell}: a date without a staff number.</source>
      <translation>{path} {cell}: a date without a staff number.</translation>
    </message>
    <message>
      <source>There is no position {name}; the positions are {known}.</source>
      <translation>There is no position {name}; the positions are {known}.</translation>
    </message>
    <message>
      <source>The text does not fit on {pages} pages even at {size} pt.</source>
      <translation>The text does not fit on {pages} pages even at {size} pt.</translation>
    </message>
    <message>
      <source>The flowchart does not fit even A0 with its text at {least} pt or larger; shorten the steps of its stages.</source>
      <translation>The flowchart does not fit even A0 with its text at {least} pt or larger; shorten the steps of its stages.</translation>
    </message>
    <message>
      <source>There is no workflow template {name}; the templates are {names}.</source>
      <translation>There is no workflow template {name}; the templates are {names}.</translation>
    </message>
    <message>
      <source>{title} has no stages to draw.</source>
      <translation>{title} has no stages to draw.</translation>
    </message>
    <message>
      <source>The font has no glyphs for {chars}.</source>
      <translation>The font has no glyphs for {chars}.</translation>
    </message>
    <message>
      <source>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} landscape or larger.</source>
      <translation>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} landscape or larger.</translation>
    </message>
    <message>
      <source>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} portrait or larger.</source>
      <translation>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} portrait or larger.</translation>
    </message>
    <message>
      <source>The font file {path} does not exist.</source>
      <translation>The font file {path} does not exist.</translation>
    </message>
    <message>
      <source>The font {path} has no glyphs for {chars}: text would vanish from the poster. Choose a font with Chinese and Latin letters.</source>
      <translation>The font {path} has no glyphs for {chars}: text would vanish from the poster. Choose a font with Chinese and Latin letters.</translation>
    </message>
    <message>
      <source>{path} cannot be used as a font ({reason}).</source>
      <translation>{path} cannot be used as a font ({reason}).</translation>
    </message>
    <message>
      <source>{path} is an OpenType font with PostScript (CFF) outlines, which PDF posters cannot embed; choose a TrueType (.ttf/.ttc) font such as WenQuanYi Micro Hei.</source>
      <translation>{path} is an OpenType font with PostScript (CFF) outlines, which PDF posters cannot embed; choose a TrueType (.ttf/.ttc) font such as WenQuanYi Micro Hei.</translation>
    </message>
    <message>
      <source>'{color}' is not a colour like #1F4E79.</source>
      <translation>'{color}' is not a colour like #1F4E79.</translation>
    </message>
    <message>
      <source>'{spec}' is not a paper size: use A4, A3, A2, A1, A0 or WIDTHxHEIGHTmm such as 500x700mm.</source>
      <translation>'{spec}' is not a paper size: use A4, A3, A2, A1, A0 or WIDTHxHEIGHTmm such as 500x700mm.</translation>
    </message>
    <message>
      <source>A poster must be between 90 and 5000 mm on each side.</source>
      <translation>A poster must be between 90 and 5000 mm on each side.</translation>
    </message>
    <message>
      <source>The logo {path} cannot be read as an image (PNG or JPEG).</source>
      <translation>The logo {path} cannot be read as an image (PNG or JPEG).</translation>
    </message>
    <message>
      <source>The logo prints at {ppi} ppi at this size, below the {least} ppi that looks sharp: it will look blurred. Use a larger image for a sharp print.</source>
      <translation>The logo prints at {ppi} ppi at this size, below the {least} ppi that looks sharp: it will look blurred. Use a larger image for a sharp print.</translation>
    </message>
    <message>
      <source>The font has no glyphs for {chars}; choose another font so that no text is lost.</source>
      <translation>The font has no glyphs for {chars}; choose another font so that no text is lost.</translation>
    </message>
    <message>
      <source>'{arrangement}' is not an arrangement; use sheet, chapters or sheets.</source>
      <translation>'{arrangement}' is not an arrangement; use sheet, chapters or sheets.</translation>
    </message>
    <message>
      <source>The Simplified text of {count} part(s) is older than its Traditional text, and prints as it was: {parts}. Review it in the regulation editor (Convert to Simplified) before printing.</source>
      <translation>The Simplified text of {count} part(s) is older than its Traditional text, and prints as it was: {parts}. Review it in the regulation editor (Convert to Simplified) before printing.</translation>
    </message>
    <message>
      <source>Tiles are trimmed and pasted together at the office, so they have no bleed: choose either tiles or print-shop bleed.</source>
      <translation>Tiles are trimmed and pasted together at the office, so they have no bleed: choose either tiles or print-shop bleed.</translation>
    </message>
    <message>
      <source>Tiles are printed on A4 or A3 paper, not {paper}.</source>
      <translation>Tiles are printed on A4 or A3 paper, not {paper}.</translation>
    </message>
    <message>
      <source>Staff number</source>
      <translation>Staff number</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Supervisor</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>Hire date</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Base bonus</source>
      <translation>Base bonus</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>Approver</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>Effective date</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Actual spend</source>
      <translation>Actual spend</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Due date</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Cost</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Goals</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>Reply</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Version label</source>
      <translation>Version label</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Minimum score</source>
      <translation>Minimum score</translation>
    </message>
    <message>
      <source>Maximum share</source>
      <translation>Maximum share</translation>
    </message>
    <message>
      <source>Training threshold</source>
      <translation>Training threshold</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Path</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Trainer</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Leaving date</source>
      <translation>Leaving date</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Author</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Next review</translation>
    </message>
    <message>
      <source>Replied by</source>
      <translation>Replied by</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>Rotation</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Workflow template</source>
      <translation>Workflow template</translation>
    </message>
    <message>
      <source>Bonus coefficient</source>
      <translation>Bonus coefficient</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>Evaluator</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Attachment</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>In use</translation>
    </message>
    <message>
      <source>Minimum months for the year</source>
      <translation>Minimum months for the year</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <source>Applied to months</source>
      <translation>Applied to months</translation>
    </message>
    <message>
      <source>Applies to</source>
      <translation>Applies to</translation>
    </message>
    <message>
      <source>Approval step</source>
      <translation>Approval step</translation>
    </message>
    <message>
      <source>Approving position</source>
      <translation>Approving position</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>Based on</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>Suggestion</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Moved by</source>
      <translation>Moved by</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>Dimension</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>Duty lines</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>Effective</translation>
    </message>
    <message>
      <source>Grade band</source>
      <translation>Grade band</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <source>KPI weight</source>
      <translation>KPI weight</translation>
    </message>
    <message>
      <source>Last week's summary</source>
      <translation>Last week's summary</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Months keeping their version</source>
      <translation>Months keeping their version</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>English name</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Leave out the extremes of peer scores</source>
      <translation>Leave out the extremes of peer scores</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>Peers</translation>
    </message>
    <message>
      <source>Training plan</source>
      <translation>Training plan</translation>
    </message>
    <message>
      <source>Punctuation marks</source>
      <translation>Punctuation marks</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>Reach</translation>
    </message>
    <message>
      <source>Replaced data kept in</source>
      <translation>Replaced data kept in</translation>
    </message>
    <message>
      <source>Replied on</source>
      <translation>Replied on</translation>
    </message>
    <message>
      <source>Responsible position</source>
      <translation>Responsible position</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <source>Source weight</source>
      <translation>Source weight</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Person evaluated</source>
      <translation>Person evaluated</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Submitted on</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>Target position</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Weights</translation>
    </message>
    <message>
      <source>Previous state</source>
      <translation>Previous state</translation>
    </message>
    <message>
      <source>Incomplete</source>
      <translation>Incomplete</translation>
    </message>
    <message>
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Decision on the appeal</source>
      <translation>Decision on the appeal</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>Letter date</translation>
    </message>
    <message>
      <source>Contested</source>
      <translation>Contested</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>Decided on</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>Filed on</translation>
    </message>
    <message>
      <source>Reason accepted late</source>
      <translation>Reason accepted late</translation>
    </message>
    <message>
      <source>Locked at</source>
      <translation>Locked at</translation>
    </message>
    <message>
      <source>Period number</source>
      <translation>Period number</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>Reasons</translation>
    </message>
    <message>
      <source>Source contested</source>
      <translation>Source contested</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>Acknowledged on</translation>
    </message>
    <message>
      <source>Recorded from</source>
      <translation>Recorded from</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
  </context>
</TS>
