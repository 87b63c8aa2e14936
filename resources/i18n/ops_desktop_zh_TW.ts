<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About %1</source>
      <translation>關於 %1</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>程式</translation>
    </message>
    <message>
      <source>Font</source>
      <translation>字型</translation>
    </message>
    <message>
      <source>Icons</source>
      <translation>圖示</translation>
    </message>
    <message>
      <source>The Operations Department's regulation, records, appraisals and posters, offline.</source>
      <translation>運營部的制度、記錄、績效考核與上墻海報，離線使用。</translation>
    </message>
    <message>
      <source>(none open)</source>
      <translation>（未開啟）</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Database in use</source>
      <translation>使用中的資料庫</translation>
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
      <translation>授權</translation>
    </message>
    <message>
      <source>MIT (the program)</source>
      <translation>MIT（本程式）</translation>
    </message>
    <message>
      <source>The licences of what it ships from others (the font of posters and printouts, the icons) are in the next tabs.</source>
      <translation>隨附的他人作品（海報和列印用的字型、圖示）的授權條款，請見後面的分頁。</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>無法讀取 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>AckDateDialog</name>
    <message>
      <source>Record acknowledgement</source>
      <translation>記錄閱知</translation>
    </message>
    <message>
      <source>%1 acknowledged version %2:</source>
      <translation>%1 已閱知版本 %2：</translation>
    </message>
    <message>
      <source>&amp;Acknowledged on</source>
      <translation>閱知日期(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>AcksPanel</name>
    <message>
      <source>Acknowledged</source>
      <translation>已閱知</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>待閱知</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>崗位</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>閱知日期</translation>
    </message>
    <message>
      <source>Due since</source>
      <translation>應閱知起始日</translation>
    </message>
    <message>
      <source>Days since due</source>
      <translation>應閱知天數</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Record acknowledgement…</source>
      <translation>記錄閱知…</translation>
    </message>
    <message>
      <source>Import signed workbook…</source>
      <translation>匯入已簽收活頁簿…</translation>
    </message>
    <message>
      <source>Print sign-off sheet…</source>
      <translation>列印簽收表…</translation>
    </message>
    <message>
      <source>Export sign-off workbook…</source>
      <translation>匯出簽收活頁簿…</translation>
    </message>
    <message>
      <source>Version %1 is a draft: people acknowledge a version once it is approved.</source>
      <translation>版本 %1 是草案：版本核准後才由員工閱知確認。</translation>
    </message>
    <message>
      <source>Version %1: %2 of %3 people acknowledged; %4 overdue</source>
      <translation>版本 %1：%3 人中已有 %2 人閱知；%4 人逾期</translation>
    </message>
    <message>
      <source>No active employees: add people on the Staff page.</source>
      <translation>沒有在職員工：請在「員工」頁新增人員。</translation>
    </message>
    <message numerus="yes">
      <source>Acknowledgement of %1 by %n people</source>
      <translation>
        <numerusform>%n 人閱知 %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Print sign-off sheet</source>
      <translation>列印簽收表</translation>
    </message>
    <message>
      <source>Export sign-off workbook</source>
      <translation>匯出簽收活頁簿</translation>
    </message>
    <message>
      <source>Signed sign-off workbook</source>
      <translation>已簽收的簽收活頁簿</translation>
    </message>
    <message numerus="yes">
      <source>%n acknowledgement(s) recorded from the workbook</source>
      <translation>
        <numerusform>已從活頁簿記錄 %n 筆閱知</numerusform>
      </translation>
    </message>
    <message>
      <source>Import signed workbook of %1</source>
      <translation>匯入 %1 的已簽收活頁簿</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsPanel</name>
    <message>
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>工作任務</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>關閉日期</translation>
    </message>
    <message>
      <source>Set on</source>
      <translation>布置日期</translation>
    </message>
    <message>
      <source>Filter tasks…</source>
      <translation>篩選任務…</translation>
    </message>
    <message>
      <source>No tasks were set at this meeting: type one below and add it.</source>
      <translation>這次會議沒有定下任務：在下方輸入並新增。</translation>
    </message>
    <message>
      <source>No open tasks from earlier meetings.</source>
      <translation>以前的會議沒有未完成的任務。</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>作廢</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新開啟</translation>
    </message>
    <message>
      <source>This week's tasks</source>
      <translation>本週工作任務</translation>
    </message>
    <message>
      <source>Carried over from earlier meetings</source>
      <translation>以往例會延續的任務</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
    <message>
      <source>This week's tasks (%1 open, %2 overdue)</source>
      <translation>本週工作任務（%1 項進行中，%2 項逾期）</translation>
    </message>
    <message>
      <source>Carried over from earlier meetings (%1)</source>
      <translation>以往例會延續的任務（%1）</translation>
    </message>
    <message>
      <source>New task %1</source>
      <translation>新增任務 %1</translation>
    </message>
    <message>
      <source>Edit task %1</source>
      <translation>編輯任務 %1</translation>
    </message>
    <message>
      <source>Drop %1</source>
      <translation>作廢 %1</translation>
    </message>
    <message>
      <source>Close %1</source>
      <translation>完成 %1</translation>
    </message>
    <message>
      <source>Reopen %1</source>
      <translation>重新開啟 %1</translation>
    </message>
  </context>
  <context>
    <name>ActionStatus</name>
    <message>
      <source>Open</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>已作廢</translation>
    </message>
  </context>
  <context>
    <name>AddAppealDialog</name>
    <message>
      <source>Record an appeal of %1</source>
      <translation>登記 %1 的申訴</translation>
    </message>
    <message>
      <source>e.g. the supervisor's score for performance</source>
      <translation>例如：上級評價的工作業績分數</translation>
    </message>
    <message>
      <source>Empty: the day the month was first locked (when the letters go out).</source>
      <translation>留空：該月首次鎖定之日（結果通知書發出之日）。</translation>
    </message>
    <message>
      <source>Only for an appeal after its deadline</source>
      <translation>僅限逾期提出的申訴</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>員工：</translation>
    </message>
    <message>
      <source>Filed on:</source>
      <translation>提出日期：</translation>
    </message>
    <message>
      <source>Contested:</source>
      <translation>申訴事項：</translation>
    </message>
    <message>
      <source>Employee's reason:</source>
      <translation>員工理由：</translation>
    </message>
    <message>
      <source>Letter dated:</source>
      <translation>通知書日期：</translation>
    </message>
    <message>
      <source>Accepted late because:</source>
      <translation>逾期受理原因：</translation>
    </message>
  </context>
  <context>
    <name>AnnualView</name>
    <message>
      <source>Jan</source>
      <translation>1月</translation>
    </message>
    <message>
      <source>Feb</source>
      <translation>2月</translation>
    </message>
    <message>
      <source>Mar</source>
      <translation>3月</translation>
    </message>
    <message>
      <source>Apr</source>
      <translation>4月</translation>
    </message>
    <message>
      <source>May</source>
      <translation>5月</translation>
    </message>
    <message>
      <source>Jun</source>
      <translation>6月</translation>
    </message>
    <message>
      <source>Jul</source>
      <translation>7月</translation>
    </message>
    <message>
      <source>Aug</source>
      <translation>8月</translation>
    </message>
    <message>
      <source>Sep</source>
      <translation>9月</translation>
    </message>
    <message>
      <source>Oct</source>
      <translation>10月</translation>
    </message>
    <message>
      <source>Nov</source>
      <translation>11月</translation>
    </message>
    <message>
      <source>Dec</source>
      <translation>12月</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>年度結果</translation>
    </message>
    <message>
      <source>insufficient data</source>
      <translation>數據不足</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等級</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>晉升</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>優先</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>考核維度</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分數</translation>
    </message>
    <message>
      <source>Promotion priority (annual top grade)</source>
      <translation>晉升優先（年度考核優秀）</translation>
    </message>
    <message>
      <source>No one has the year's top grade.</source>
      <translation>今年沒有人獲得最高等級。</translation>
    </message>
    <message>
      <source>Training needs (latest month)</source>
      <translation>培訓需求（最近一個月）</translation>
    </message>
    <message>
      <source>No training needs in the year's latest month.</source>
      <translation>今年最近一個月沒有培訓需求。</translation>
    </message>
    <message>
      <source>No month of this year has results yet: open one on the Month tab.</source>
      <translation>今年還沒有月份有考核結果：請在「月度」分頁新增月份。</translation>
    </message>
    <message>
      <source>Export annual sheet…</source>
      <translation>匯出年度考核表…</translation>
    </message>
    <message>
      <source>No month is open yet.</source>
      <translation>還沒有開啟任何月份。</translation>
    </message>
    <message>
      <source>%1: mean of the monthly totals, at least %2 months</source>
      <translation>%1：月度總分的平均值，至少需 %2 個月</translation>
    </message>
  </context>
  <context>
    <name>AppealDecision</name>
    <message>
      <source>Upheld</source>
      <translation>申訴成立</translation>
    </message>
    <message>
      <source>Partly upheld</source>
      <translation>部分成立</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>駁回</translation>
    </message>
  </context>
  <context>
    <name>AppealsPanel</name>
    <message>
      <source>Appeals</source>
      <translation>績效申訴</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>申訴期限</translation>
    </message>
    <message>
      <source>Contested</source>
      <translation>申訴事項</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>決定</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Decide…</source>
      <translation>決定…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>列印…</translation>
    </message>
    <message>
      <source>Unlock for the appeal</source>
      <translation>為此申訴解鎖</translation>
    </message>
    <message>
      <source>Lock again</source>
      <translation>重新鎖定</translation>
    </message>
    <message>
      <source>A decision changes no score: for an upheld appeal, unlock the month for it, correct the scores in the grid, then lock it again.</source>
      <translation>決定不會修改任何分數：申訴成立時，請為此申訴解鎖該月，在表格中更正分數，然後重新鎖定。</translation>
    </message>
    <message>
      <source>Appeals of %1</source>
      <translation>%1 的績效申訴</translation>
    </message>
    <message>
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>待決定</translation>
    </message>
    <message>
      <source>Unlock %1 for appeal #%2? The audit log names the appeal as the reason.</source>
      <translation>為申訴 #%2 解鎖 %1？稽核紀錄會以此申訴為解鎖原因。</translation>
    </message>
    <message>
      <source>Print the appeal</source>
      <translation>列印申訴決定書</translation>
    </message>
  </context>
  <context>
    <name>AppraisalsPage</name>
    <message>
      <source>Clear score %1</source>
      <translation>清除 %1 的分數</translation>
    </message>
    <message>
      <source>Score %1</source>
      <translation>評分 %1</translation>
    </message>
    <message>
      <source>Cleared: %1 scores, %2 refused</source>
      <translation>已清除：%1 項分數，%2 項被拒絕</translation>
    </message>
    <message>
      <source>Clear %1 scores</source>
      <translation>清除 %1 項分數</translation>
    </message>
    <message>
      <source>Pasted: %1 stored, %2 refused</source>
      <translation>已貼上：%1 項已儲存，%2 項被拒絕</translation>
    </message>
    <message>
      <source>Paste scores</source>
      <translation>貼上評分</translation>
    </message>
    <message>
      <source>%1 is locked: its scores cannot change. To change them, choose Unlock… and give a reason.</source>
      <translation>%1 已鎖定：分數不能再修改。如需修改，請按「解鎖…」並填寫原因。</translation>
    </message>
    <message>
      <source>Peer scores are typed per evaluator in the peers panel on the right; this cell shows their average.</source>
      <translation>同事評價請在右側的同事評價面板中逐位評價人輸入；此格顯示其平均分。</translation>
    </message>
    <message>
      <source>Computed from the scores: it cannot be typed.</source>
      <translation>由各項分數計算得出，不能直接輸入。</translation>
    </message>
    <message>
      <source>No month is open yet: open one with New month…</source>
      <translation>尚未有任何月份：請先以「新增月份…」建立。</translation>
    </message>
    <message>
      <source>Filled-in evaluator forms</source>
      <translation>已填寫的評價表</translation>
    </message>
    <message>
      <source>Importing forms</source>
      <translation>正在匯入評價表</translation>
    </message>
    <message>
      <source>Import %1 evaluator form(s)</source>
      <translation>匯入 %1 份評價表</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>總分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等級</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Missing: %1; the total once they are in</source>
      <translation>缺少：%1；補齊後計算總分</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>appeal open</source>
      <translation>申訴中</translation>
    </message>
    <message>
      <source>Print result letters…</source>
      <translation>列印結果通知書…</translation>
    </message>
    <message>
      <source>One PDF, a page per person…</source>
      <translation>一個 PDF，每人一頁…</translation>
    </message>
    <message>
      <source>One PDF per person, in a folder…</source>
      <translation>每人一個 PDF，存入資料夾…</translation>
    </message>
    <message>
      <source>Writing the letters…</source>
      <translation>正在寫入通知書…</translation>
    </message>
    <message>
      <source>%1 letter(s) written</source>
      <translation>已寫入 %1 份通知書</translation>
    </message>
    <message>
      <source>No letter: %1</source>
      <translation>未出通知書：%1</translation>
    </message>
    <message>
      <source>Print result letters</source>
      <translation>列印績效考核結果通知書</translation>
    </message>
    <message>
      <source>Scores are being entered.</source>
      <translation>評分輸入中。</translation>
    </message>
    <message>
      <source>Complete, waiting for the manager's check.</source>
      <translation>評分已齊全，待主管審核。</translation>
    </message>
    <message>
      <source>Final: the results go to HR; unlock to change them.</source>
      <translation>定案：結果交人資；如需修改請先解鎖。</translation>
    </message>
    <message>
      <source>New month…</source>
      <translation>新增月份…</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>鎖定</translation>
    </message>
    <message>
      <source>Export score sheet…</source>
      <translation>匯出績效考核表…</translation>
    </message>
    <message>
      <source>Evaluator forms…</source>
      <translation>評價表…</translation>
    </message>
    <message>
      <source>Import forms…</source>
      <translation>匯入評價表…</translation>
    </message>
    <message>
      <source>Appeals…</source>
      <translation>績效申訴…</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>考核週期：</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月度</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Calibration</source>
      <translation>校準</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>績效考核</translation>
    </message>
    <message>
      <source>No one was on the staff in this month: add people on the Staff page.</source>
      <translation>這個月沒有在職員工：請在「員工」頁新增人員。</translation>
    </message>
    <message>
      <source>Unlock…</source>
      <translation>解鎖…</translation>
    </message>
    <message>
      <source>No month is open yet: open the first one with New month… above.</source>
      <translation>還沒有開啟任何月份：請用上方的「新增月份…」開啟第一個月。</translation>
    </message>
    <message>
      <source>open</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>in review</source>
      <translation>審核中</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>已鎖定</translation>
    </message>
    <message>
      <source>%1 — %2 of %3 complete</source>
      <translation>%1 — 已完成 %2 / %3</translation>
    </message>
    <message>
      <source>%1: %2 people (%3%), limit %4%</source>
      <translation>%1：%2 人（%3%），上限 %4%</translation>
    </message>
    <message>
      <source>Over the forced distribution: %1</source>
      <translation>超出強制分佈比例：%1</translation>
    </message>
    <message>
      <source>New month</source>
      <translation>新增月份</translation>
    </message>
    <message>
      <source>Month (YYYY-MM):</source>
      <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
      <source>'%1' is not a month like 2026-11.</source>
      <translation>「%1」不是有效的月份，格式如 2026-11。</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsView</name>
    <message>
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已駁回</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>階段</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>審批人</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>審批結果</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意見</translation>
    </message>
    <message>
      <source>No approvals recorded for this run yet: record one below.</source>
      <translation>這次執行尚無核准記錄：請在下方記錄。</translation>
    </message>
    <message>
      <source>No stage of this workflow needs an approval.</source>
      <translation>此工作流程沒有需要審批的階段。</translation>
    </message>
    <message>
      <source>This run is closed; reopen it to record approvals.</source>
      <translation>此項目已結束；如需記錄審批，請先重新開啟。</translation>
    </message>
    <message>
      <source>Record the approval (or rejection) of a stage:</source>
      <translation>記錄某個階段的審批（批准或駁回）：</translation>
    </message>
    <message>
      <source>Approval of %1</source>
      <translation>%1 的審批</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <source>Approve draft %1. An approved version is kept for ever and cannot be changed; later changes go into a new draft. Approval cannot be undone.</source>
      <translation>批准草稿 %1。批准後的版本將永久保存且不能再修改；之後的修改須另起新草稿。批准後無法復原。</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <source>Registered</source>
      <translation>已報名</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>出席</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>缺席</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>請假</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Staff</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>崗位</translation>
    </message>
    <message>
      <source>Responsibility area</source>
      <translation>職責範圍</translation>
    </message>
    <message>
      <source>Duty line</source>
      <translation>職責條目</translation>
    </message>
    <message>
      <source>Regulation version</source>
      <translation>制度版本</translation>
    </message>
    <message>
      <source>Regulation chapter</source>
      <translation>制度章</translation>
    </message>
    <message>
      <source>Regulation section</source>
      <translation>制度節</translation>
    </message>
    <message>
      <source>Regulation clause</source>
      <translation>制度條款</translation>
    </message>
    <message>
      <source>Workflow run</source>
      <translation>工作流程項目</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>階段</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步驟</translation>
    </message>
    <message>
      <source>Appraisal period</source>
      <translation>考核週期</translation>
    </message>
    <message>
      <source>Appraisal scheme</source>
      <translation>考核方案</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>評分</translation>
    </message>
    <message>
      <source>Evaluator's comment</source>
      <translation>評分人評語</translation>
    </message>
    <message>
      <source>Appeal</source>
      <translation>績效申訴</translation>
    </message>
    <message>
      <source>Result letters</source>
      <translation>考核結果通知書</translation>
    </message>
    <message>
      <source>Data analysis score</source>
      <translation>數據分析分數</translation>
    </message>
    <message>
      <source>KPI figure</source>
      <translation>業務指標數據</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>課程</translation>
    </message>
    <message>
      <source>Training session</source>
      <translation>培訓場次</translation>
    </message>
    <message>
      <source>Training plan</source>
      <translation>培訓計劃</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Development plan</source>
      <translation>發展規劃</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>進度記錄</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>會議</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>工作任務</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>意見</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>資料庫</translation>
    </message>
    <message>
      <source>created</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>reactivated</source>
      <translation>重新啟用</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>核准</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>退回</translation>
    </message>
    <message>
      <source>approval withdrawn</source>
      <translation>撤回核准</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>鎖定</translation>
    </message>
    <message>
      <source>unlocked</source>
      <translation>解鎖</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>開立</translation>
    </message>
    <message>
      <source>put in review</source>
      <translation>送審</translation>
    </message>
    <message>
      <source>score entered</source>
      <translation>評分錄入</translation>
    </message>
    <message>
      <source>score removed</source>
      <translation>評分刪除</translation>
    </message>
    <message>
      <source>comment written</source>
      <translation>已寫評語</translation>
    </message>
    <message>
      <source>comment removed</source>
      <translation>已刪除評語</translation>
    </message>
    <message>
      <source>KPI figure entered</source>
      <translation>業務指標錄入</translation>
    </message>
    <message>
      <source>peers set</source>
      <translation>設定同事評價人</translation>
    </message>
    <message>
      <source>scheme changed</source>
      <translation>考核方案修改</translation>
    </message>
    <message>
      <source>step checked off</source>
      <translation>步驟完成</translation>
    </message>
    <message>
      <source>step unchecked</source>
      <translation>步驟取消完成</translation>
    </message>
    <message>
      <source>file attached</source>
      <translation>附加檔案</translation>
    </message>
    <message>
      <source>file removed</source>
      <translation>移除檔案</translation>
    </message>
    <message>
      <source>status set</source>
      <translation>狀態變更</translation>
    </message>
    <message>
      <source>replied</source>
      <translation>回覆</translation>
    </message>
    <message>
      <source>reply undone</source>
      <translation>回覆已復原</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>還原</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>重新開啟</translation>
    </message>
    <message>
      <source>done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>dropped</source>
      <translation>已作廢</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>移動</translation>
    </message>
    <message>
      <source>attendance recorded</source>
      <translation>出勤記錄</translation>
    </message>
    <message>
      <source>setting changed</source>
      <translation>設定修改</translation>
    </message>
    <message>
      <source>filed</source>
      <translation>已提出</translation>
    </message>
    <message>
      <source>decided</source>
      <translation>已決定</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>已列印</translation>
    </message>
    <message>
      <source>its period unlocked</source>
      <translation>考核期間已為此解鎖</translation>
    </message>
    <message>
      <source>its period locked again</source>
      <translation>考核期間已重新鎖定</translation>
    </message>
    <message>
      <source>(every kind)</source>
      <translation>（所有類型）</translation>
    </message>
    <message>
      <source>action code, e.g. unlock</source>
      <translation>動作代碼，例如 unlock</translation>
    </message>
    <message>
      <source>Search… (Ctrl+F)</source>
      <translation>搜尋…（Ctrl+F）</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>顯示</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>匯出至 Excel…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>記錄類型</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳細內容</translation>
    </message>
    <message>
      <source>No entries for this record kind and action since that day. Every change made in the program is written here.</source>
      <translation>自該日起沒有這類記錄與動作的條目。程式中的每一項變更都會記在這裡。</translation>
    </message>
    <message>
      <source>Record:</source>
      <translation>記錄類型：</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>操作：</translation>
    </message>
    <message>
      <source>Since:</source>
      <translation>起始時間：</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>稽核記錄</translation>
    </message>
    <message numerus="yes">
      <source>%n entries</source>
      <translation>
        <numerusform>%n 筆記錄</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BoardView</name>
    <message>
      <source>Choose a workflow above to see its board.</source>
      <translation>請在上方選擇一個工作流程以查看其看板。</translation>
    </message>
    <message>
      <source>All stages complete</source>
      <translation>所有階段已完成</translation>
    </message>
  </context>
  <context>
    <name>CalibrationView</name>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>The whole year</source>
      <translation>全年</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>評分人</translation>
    </message>
    <message>
      <source>Flag</source>
      <translation>標記</translation>
    </message>
    <message>
      <source>As</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Rated</source>
      <translation>評分人數</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>Spread (SD)</source>
      <translation>標準差</translation>
    </message>
    <message>
      <source>z</source>
      <translation>z</translation>
    </message>
    <message>
      <source>Top grade %</source>
      <translation>最高等級 %</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Stored total</source>
      <translation>已存總分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等級</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>上級評分</translation>
    </message>
    <message>
      <source>Supervisor, standardised</source>
      <translation>上級（校準）</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>同事</translation>
    </message>
    <message>
      <source>Peers, standardised</source>
      <translation>同事（校準）</translation>
    </message>
    <message>
      <source>Alpha</source>
      <translation>α</translation>
    </message>
    <message>
      <source>Save report…</source>
      <translation>儲存報告…</translation>
    </message>
    <message>
      <source>A4 PDF…</source>
      <translation>A4 PDF…</translation>
    </message>
    <message>
      <source>Excel workbook…</source>
      <translation>Excel 活頁簿…</translation>
    </message>
    <message>
      <source>No evaluator has scored anyone in this period yet.</source>
      <translation>這段期間還沒有評分人評過任何人。</translation>
    </message>
    <message>
      <source>No one has a rating to calibrate in this period yet.</source>
      <translation>這段期間還沒有可校準的評分。</translation>
    </message>
    <message>
      <source>No one was rated by two or more peers.</source>
      <translation>沒有人由兩位以上同事評分。</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>上級</translation>
    </message>
    <message>
      <source>peer</source>
      <translation>同事</translation>
    </message>
    <message>
      <source>lenient</source>
      <translation>偏寬</translation>
    </message>
    <message>
      <source>severe</source>
      <translation>偏嚴</translation>
    </message>
    <message>
      <source>No month is open yet.</source>
      <translation>還沒有開啟任何月份。</translation>
    </message>
    <message>
      <source>%1: all ratings' mean %2, SD %3. Flagged: |z| at least %4, or more than %5% of the top grade (lenient). %6 flagged. No score is changed here.</source>
      <translation>%1：全部評分平均 %2，標準差 %3。標記條件：|z| 至少 %4，或給最高等級超過 %5%（偏寬）。共標記 %6 位。此處不改動任何分數。</translation>
    </message>
    <message>
      <source>Peers' agreement (Krippendorff's alpha, interval), all peers: %1</source>
      <translation>同事評分一致性（Krippendorff α，區間尺度），全部同事：%1</translation>
    </message>
    <message>
      <source>Over the forced distribution: %1</source>
      <translation>超出強制分佈：%1</translation>
    </message>
    <message>
      <source>Within the forced-distribution limits (%1 graded).</source>
      <translation>未超出強制分佈上限（已評 %1 人）。</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等級分佈</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Supervisors' z-scores</source>
      <translation>上級評分人的 z 值</translation>
    </message>
    <message>
      <source>Save the calibration report</source>
      <translation>儲存考核校準報告</translation>
    </message>
  </context>
  <context>
    <name>CommentsPanel</name>
    <message>
      <source>Comments</source>
      <translation>評語</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>評價類型</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>評分人</translation>
    </message>
    <message>
      <source>(outside)</source>
      <translation>（外部評分人）</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>評語</translation>
    </message>
    <message>
      <source>Select a person in the grid to read the comments on them.</source>
      <translation>在表格中選擇一位員工，即可閱讀對他的評語。</translation>
    </message>
    <message>
      <source>Comments: select a person</source>
      <translation>評語：請選擇一位人員</translation>
    </message>
    <message>
      <source>No evaluator wrote a comment on this person this month.</source>
      <translation>本月沒有評分人對這位員工寫評語。</translation>
    </message>
    <message numerus="yes">
      <source>Comments (%n)</source>
      <translation>
        <numerusform>評語(%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>No comments</source>
      <translation>沒有評語</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Compare versions</source>
      <translation>比較版本</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>原版本(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>修訂版本(&amp;T)</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>條款</translation>
    </message>
    <message>
      <source>Old text</source>
      <translation>原條文</translation>
    </message>
    <message>
      <source>New text</source>
      <translation>修訂後條文</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>No changes.</source>
      <translation>沒有修訂。</translation>
    </message>
    <message>
      <source>Removed characters are struck through on the old side, added ones underlined on the new side.</source>
      <translation>刪除的文字在原條文一側加刪除線，新增的文字在修訂後一側加底線。</translation>
    </message>
    <message>
      <source>Print revision table…</source>
      <translation>列印修訂對照表…</translation>
    </message>
    <message>
      <source>Export revision workbook…</source>
      <translation>匯出修訂對照活頁簿…</translation>
    </message>
    <message>
      <source>Print revision table</source>
      <translation>列印修訂對照表</translation>
    </message>
    <message>
      <source>Export revision workbook</source>
      <translation>匯出修訂對照活頁簿</translation>
    </message>
    <message>
      <source>%1 → %2: %3 changed · %4 added · %5 removed · %6 moved</source>
      <translation>%1 → %2：修改 %3 · 新增 %4 · 刪除 %5 · 移動 %6</translation>
    </message>
  </context>
  <context>
    <name>CourseForm</name>
    <message>
      <source>Title</source>
      <translation>課程名稱</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培訓方式</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培訓講師</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>結束日期</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>時數</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>費用</translation>
    </message>
    <message>
      <source>Plan year</source>
      <translation>計劃年度</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>CoursesPanel</name>
    <message>
      <source>Course</source>
      <translation>課程</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培訓方式</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培訓講師</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>End</source>
      <translation>結束</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>時數</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>費用</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>計劃年度</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>場次</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>出席人次</translation>
    </message>
    <message>
      <source>Search courses… (Ctrl+F)</source>
      <translation>搜尋課程…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No courses to show. Add a course, or choose another year.</source>
      <translation>沒有可顯示的課程。請新增課程，或選擇其他年度。</translation>
    </message>
    <message>
      <source>New course</source>
      <translation>新課程</translation>
    </message>
    <message>
      <source>e.g. %1</source>
      <translation>例如 %1</translation>
    </message>
    <message>
      <source>Attendance &amp;&amp; results</source>
      <translation>出勤與成績</translation>
    </message>
    <message>
      <source>Plan year:</source>
      <translation>計劃年度：</translation>
    </message>
    <message>
      <source>Courses</source>
      <translation>課程</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（請選擇）</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>所有年度</translation>
    </message>
    <message numerus="yes">
      <source>%n course(s)</source>
      <translation>
        <numerusform>%n 門課程</numerusform>
      </translation>
    </message>
    <message>
      <source>New course %1</source>
      <translation>新增課程 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>編輯 %1</translation>
    </message>
    <message>
      <source>%1 has sessions and is kept as history.</source>
      <translation>%1 已有培訓場次，將保留作為歷史記錄。</translation>
    </message>
    <message>
      <source>Remove the course %1?</source>
      <translation>要刪除課程 %1 嗎？</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>刪除 %1</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>%v of %m complete</source>
      <translation>已完成 %v / %m</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Nothing needs attention today.</source>
      <translation>今天沒有需要處理的事項。</translation>
    </message>
    <message>
      <source>Alerts (double-click or Enter to open)</source>
      <translation>提醒（按兩下或按 Enter 開啟）</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>總覽</translation>
    </message>
    <message>
      <source>%1 people in the department · %2 alerts</source>
      <translation>部門共 %1 人 · %2 項提醒</translation>
    </message>
    <message>
      <source>%1: %v of %m complete</source>
      <translation>%1：已完成 %v / %m</translation>
    </message>
    <message>
      <source>No appraisal month is open yet</source>
      <translation>還沒有開啟考核月份</translation>
    </message>
    <message>
      <source>Staff by position</source>
      <translation>各崗位人數</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>No staff yet</source>
      <translation>還沒有員工</translation>
    </message>
    <message>
      <source>%1 of %2 complete</source>
      <translation>已完成 %1 / %2</translation>
    </message>
    <message>
      <source>Grades %1</source>
      <translation>等級分佈 %1</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等級分佈</translation>
    </message>
    <message>
      <source>Department mean by month</source>
      <translation>部門各月平均分</translation>
    </message>
    <message>
      <source>complete people only</source>
      <translation>僅計已完成者</translation>
    </message>
    <message>
      <source>No month has complete results yet</source>
      <translation>還沒有月份有完整的考核結果</translation>
    </message>
    <message>
      <source>%1: %2 of %3 complete</source>
      <translation>%1：已完成 %2 / %3</translation>
    </message>
    <message>
      <source>%period: %count people's scores are still incomplete</source>
      <translation>%period：仍有 %count 人的評分未完成</translation>
    </message>
    <message>
      <source>%period has ended and is not locked yet</source>
      <translation>%period 已結束，尚未鎖定</translation>
    </message>
    <message>
      <source>%period has ended and is not locked yet; %count people's scores are still incomplete</source>
      <translation>%period 已結束，尚未鎖定；仍有 %count 人的評分未完成</translation>
    </message>
    <message>
      <source>%period: %grade has %count of %graded graded people (%share%), above the %limit% limit</source>
      <translation>%period：%grade 有 %count 人，佔已評 %graded 人的 %share%，超過 %limit% 的上限</translation>
    </message>
    <message>
      <source>Overdue action item: %text (%owner, due %due)</source>
      <translation>逾期的工作任務：%text（%owner，截止 %due）</translation>
    </message>
    <message>
      <source>Unanswered suggestion: %title (%date)</source>
      <translation>未回覆的意見：%title（%date）</translation>
    </message>
    <message>
      <source>Over budget: %title (by %over)</source>
      <translation>超出預算：%title（超出 %over）</translation>
    </message>
    <message>
      <source>%name: %metric fell from %before% to %after%</source>
      <translation>%name：%metric 由 %before% 降至 %after%</translation>
    </message>
    <message>
      <source>Appeal #%id of %staff on %period, filed %date, awaits a decision</source>
      <translation>%staff 對 %period 的申訴 #%id（%date 提出）待決定</translation>
    </message>
    <message>
      <source>%count people have not acknowledged regulation %version after %days days (in force since %since)</source>
      <translation>%count 人在 %days 天後仍未閱知制度 %version 版（%since 起生效）</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <source>Decide appeal %1</source>
      <translation>決定申訴 %1</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>決定：</translation>
    </message>
    <message>
      <source>Reasons:</source>
      <translation>理由：</translation>
    </message>
    <message>
      <source>Decided on:</source>
      <translation>決定日期：</translation>
    </message>
  </context>
  <context>
    <name>DepartureDialog</name>
    <message>
      <source>Departure</source>
      <translation>離職</translation>
    </message>
    <message>
      <source>%1 leaves the department. Their history is kept.</source>
      <translation>%1 離職，其歷史紀錄會保留。</translation>
    </message>
    <message>
      <source>Leave date</source>
      <translation>離職日期</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentPanel</name>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>目標崗位</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次回顧</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>發展目標</translation>
    </message>
    <message>
      <source>Search plans… (Ctrl+F)</source>
      <translation>搜尋發展規劃…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No development plans to show.</source>
      <translation>沒有可顯示的發展計畫。</translation>
    </message>
    <message>
      <source>New plan</source>
      <translation>新計畫</translation>
    </message>
    <message>
      <source>Show achieved and closed</source>
      <translation>顯示已達成及已關閉</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>No progress notes yet: write one below.</source>
      <translation>尚無進度記錄：請在下方填寫。</translation>
    </message>
    <message>
      <source>Progress notes</source>
      <translation>進展記錄</translation>
    </message>
    <message>
      <source>Development plans</source>
      <translation>員工發展規劃</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
    <message numerus="yes">
      <source>%n development plan(s)</source>
      <translation>
        <numerusform>%n 份發展規劃</numerusform>
      </translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（請選擇）</translation>
    </message>
    <message>
      <source>Development plan of %1</source>
      <translation>%1 的發展規劃</translation>
    </message>
    <message>
      <source>Edit the plan of %1</source>
      <translation>編輯 %1 的發展規劃</translation>
    </message>
    <message>
      <source>Close the development plan of %1?</source>
      <translation>要關閉 %1 的發展規劃嗎？</translation>
    </message>
    <message>
      <source>Close the plan of %1</source>
      <translation>關閉 %1 的發展規劃</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>進展記錄</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Open file</source>
      <translation>開啟檔案</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>開啟資料夾</translation>
    </message>
  </context>
  <context>
    <name>DutiesPanel</name>
    <message>
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>職責範圍</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>條目數</translation>
    </message>
    <message>
      <source>Duty line</source>
      <translation>職責條目</translation>
    </message>
    <message>
      <source>No areas of duty yet: add the first one.</source>
      <translation>還沒有職責範圍：請新增第一個。</translation>
    </message>
    <message>
      <source>No duty lines in this area yet.</source>
      <translation>這個職責範圍還沒有職責條目。</translation>
    </message>
    <message>
      <source>Add area %1</source>
      <translation>新增職責範圍 %1</translation>
    </message>
    <message>
      <source>Rename area %1</source>
      <translation>重新命名職責範圍 %1</translation>
    </message>
    <message>
      <source>Remove the area %1 with its %2 duty line(s)?</source>
      <translation>要刪除職責範圍 %1 及其 %2 條職責條目嗎？</translation>
    </message>
    <message>
      <source>Remove area %1</source>
      <translation>刪除職責範圍 %1</translation>
    </message>
    <message>
      <source>Move area %1</source>
      <translation>移動職責範圍 %1</translation>
    </message>
    <message>
      <source>Add duty line to %1</source>
      <translation>在 %1 新增職責條目</translation>
    </message>
    <message>
      <source>Edit duty line %1</source>
      <translation>編輯職責條目 %1</translation>
    </message>
    <message>
      <source>Remove this duty line?

%1</source>
      <translation>要刪除這條職責條目嗎？

%1</translation>
    </message>
    <message>
      <source>Remove duty line %1</source>
      <translation>刪除職責條目 %1</translation>
    </message>
    <message>
      <source>Move duty line %1</source>
      <translation>移動職責條目 %1</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Edit %1</source>
      <translation>編輯 %1</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>新增 %1</translation>
    </message>
    <message>
      <source>The punctuation of draft %1 needs no change.</source>
      <translation>草稿 %1 的標點符號不需修改。</translation>
    </message>
    <message numerus="yes">
      <source>Make %n punctuation mark(s) of draft %1 full-width? The half-width , : ; ? ! between Chinese characters become ，：；？！ in every title and clause, in both scripts (1,000 and 12:30 stay). Ctrl+Z undoes it.</source>
      <translation>
        <numerusform>要把草稿 %1 的 %n 個標點符號改為全形嗎？中文字之間的半形 , : ; ? ! 會在每個標題與條款、繁簡兩種文字中改為 ，：；？！（1,000 與 12:30 不變）。可按 Ctrl+Z 復原。</numerusform>
      </translation>
    </message>
    <message>
      <source>Normalise punctuation</source>
      <translation>統一標點符號</translation>
    </message>
    <message>
      <source>Delete this clause?

%1</source>
      <translation>要刪除這個條款嗎？

%1</translation>
    </message>
    <message>
      <source>Delete the section %1 with its %2 sub-item(s)?</source>
      <translation>要刪除節 %1 及其下 %2 個項目嗎？</translation>
    </message>
    <message>
      <source>Delete the chapter %1 with its %2 section(s) and clause(s)?</source>
      <translation>要刪除章 %1 及其下 %2 個節與條款嗎？</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>刪除 %1</translation>
    </message>
    <message>
      <source>Move %1</source>
      <translation>移動 %1</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Clear the search</source>
      <translation>清除搜尋</translation>
    </message>
    <message>
      <source>No rows match the search.</source>
      <translation>沒有符合搜尋的資料列。</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>Written: %1</source>
      <translation>已寫入：%1</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>正在寫入活頁簿…</translation>
    </message>
    <message>
      <source>Export the score sheet</source>
      <translation>匯出績效考核表</translation>
    </message>
    <message>
      <source>Export the annual sheet</source>
      <translation>匯出年度考核表</translation>
    </message>
    <message>
      <source>Export the staff roster</source>
      <translation>匯出員工名冊</translation>
    </message>
    <message>
      <source>Export training records</source>
      <translation>匯出培訓記錄</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>匯出稽核記錄</translation>
    </message>
    <message>
      <source>%1 forms written</source>
      <translation>已寫入 %1 份評價表</translation>
    </message>
    <message>
      <source>Folder for the evaluator forms</source>
      <translation>評價表存放的資料夾</translation>
    </message>
    <message>
      <source>Writing evaluator forms</source>
      <translation>正在產生評價表</translation>
    </message>
  </context>
  <context>
    <name>FilesView</name>
    <message>
      <source>Name</source>
      <translation>檔案名稱</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>路徑</translation>
    </message>
    <message>
      <source>No files attached to this run.</source>
      <translation>這次執行沒有附加檔案。</translation>
    </message>
    <message>
      <source>Attach a file…</source>
      <translation>附加檔案…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>附加檔案</translation>
    </message>
    <message>
      <source>Attach %1</source>
      <translation>附加 %1</translation>
    </message>
    <message>
      <source>Remove %1 from this run? The file itself stays.</source>
      <translation>要從此項目移除 %1 嗎？檔案本身會保留。</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>移除 %1</translation>
    </message>
  </context>
  <context>
    <name>FirstStartGuide</name>
    <message>
      <source>Your name, for the audit log</source>
      <translation>您的姓名（記入稽核記錄）</translation>
    </message>
    <message>
      <source>Enter name…</source>
      <translation>輸入姓名…</translation>
    </message>
    <message>
      <source>The department's name: %1</source>
      <translation>部門名稱：%1</translation>
    </message>
    <message>
      <source>Open Settings</source>
      <translation>開啟設定</translation>
    </message>
    <message>
      <source>Check the positions and their duties</source>
      <translation>核對崗位及其職責</translation>
    </message>
    <message>
      <source>Open Positions</source>
      <translation>開啟崗位職責</translation>
    </message>
    <message>
      <source>Enter or import the staff roster</source>
      <translation>輸入或匯入員工名冊</translation>
    </message>
    <message>
      <source>Open Staff</source>
      <translation>開啟員工</translation>
    </message>
    <message>
      <source>Approve the regulation</source>
      <translation>核准制度</translation>
    </message>
    <message>
      <source>Open Regulation</source>
      <translation>開啟制度</translation>
    </message>
    <message>
      <source>Open the first appraisal month</source>
      <translation>開啟第一個考核月份</translation>
    </message>
    <message>
      <source>Open Appraisals</source>
      <translation>開啟績效考核</translation>
    </message>
    <message>
      <source>First start</source>
      <translation>初次使用</translation>
    </message>
    <message>
      <source>&amp;First-start guide</source>
      <translation>初次使用指引(&amp;F)</translation>
    </message>
    <message>
      <source>The name is right</source>
      <translation>名稱無誤</translation>
    </message>
    <message>
      <source>Positions checked</source>
      <translation>崗位已核對</translation>
    </message>
    <message>
      <source>Set up the department: %1 of %2 steps done.</source>
      <translation>設定部門：已完成 %1／%2 步。</translation>
    </message>
  </context>
  <context>
    <name>GuideWindow</name>
    <message>
      <source>%1 — User guide</source>
      <translation>%1 — 使用手冊</translation>
    </message>
  </context>
  <context>
    <name>ImportReportDialog</name>
    <message>
      <source>Import of evaluator forms</source>
      <translation>匯入評價表</translation>
    </message>
    <message>
      <source>%1: refused — %2</source>
      <translation>%1：被拒絕 — %2</translation>
    </message>
    <message>
      <source>File</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>儲存格</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Import only the valid rows</source>
      <translation>只匯入沒有問題的部分</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>Item (bullet)</source>
      <translation>項目（項目符號）</translation>
    </message>
    <message>
      <source>Paragraph</source>
      <translation>段落</translation>
    </message>
    <message>
      <source>Put the conversion of the Traditional text into the Simplified field, to check it before saving</source>
      <translation>把繁體文字轉換成簡體填入簡體欄，核對後再儲存</translation>
    </message>
    <message>
      <source>Chapter title</source>
      <translation>章標題</translation>
    </message>
    <message>
      <source>Section title</source>
      <translation>節標題</translation>
    </message>
    <message>
      <source>Select a chapter, section or clause.</source>
      <translation>請選擇章、節或條款。</translation>
    </message>
    <message>
      <source>Chapter</source>
      <translation>章</translation>
    </message>
    <message>
      <source>Sub-section</source>
      <translation>小節</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>節</translation>
    </message>
    <message>
      <source>Clause %1 of %2</source>
      <translation>第 %1 條（共 %2 條）</translation>
    </message>
    <message>
      <source>New chapter</source>
      <translation>新增章</translation>
    </message>
    <message>
      <source>New section in %1</source>
      <translation>在 %1 新增節</translation>
    </message>
    <message>
      <source>New sub-section in %1</source>
      <translation>在 %1 新增小節</translation>
    </message>
    <message>
      <source>New clause in %1</source>
      <translation>在 %1 新增條款</translation>
    </message>
    <message>
      <source>It was written for: %1</source>
      <translation>簡體文字當時依據的繁體文字：%1</translation>
    </message>
  </context>
  <context>
    <name>ListBox</name>
    <message>
      <source>Search…</source>
      <translation>搜尋…</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>這裡還沒有資料。</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <source>Lock %1</source>
      <translation>鎖定 %1</translation>
    </message>
    <message>
      <source>%1 of the people of %2 are not complete:</source>
      <translation>%2 有 %1 人的評分尚未完整：</translation>
    </message>
    <message>
      <source>Everyone of %1 is complete.</source>
      <translation>%1 所有人的評分均已完整。</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺少</translation>
    </message>
    <message>
      <source>Waiting for</source>
      <translation>待評分人</translation>
    </message>
    <message>
      <source>Lock although %1 people are incomplete</source>
      <translation>儘管 %1 人評分未完整，仍要鎖定</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>鎖定</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>This database was written by an older version of ops-desktop and has been brought up to date (schema %1 → %2).</source>
      <translation>此資料庫由舊版 ops-desktop 建立，已更新為目前的格式（結構版本 %1 → %2）。</translation>
    </message>
    <message>
      <source>A copy of it as it was is kept at:
%1</source>
      <translation>更新前的資料庫副本保存在：
%1</translation>
    </message>
    <message>
      <source>Backup written: %1</source>
      <translation>已寫入備份：%1</translation>
    </message>
    <message>
      <source>ops-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation>ops-desktop 資料庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>New &amp;database…</source>
      <translation>新增資料庫(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
      <source>%1 (not found)</source>
      <translation>%1（找不到）</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>清除清單</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>（尚無）</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>新增資料庫</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>開啟資料庫</translation>
    </message>
    <message>
      <source>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</source>
      <translation>%1 已不在原處（已移動、改名或刪除），已從清單中移除。</translation>
    </message>
    <message>
      <source>Database in use: %1</source>
      <translation>使用中的資料庫：%1</translation>
    </message>
    <message>
      <source>Opening %1</source>
      <translation>正在開啟 %1</translation>
    </message>
    <message>
      <source>%1 has changes that are not saved.</source>
      <translation>「%1」有尚未儲存的修改。</translation>
    </message>
    <message>
      <source>Save them?</source>
      <translation>要儲存嗎？</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <source>User &amp;guide</source>
      <translation>使用手冊(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;About ops-desktop</source>
      <translation>關於 ops-desktop(&amp;A)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>處理中…</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>正在開啟資料庫…</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>新增(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>儲存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>刪除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>搜尋(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>列印(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Back up…</source>
      <translation>備份(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>還原(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>復原(&amp;U)</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>復原</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>編輯(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>跟隨系統</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>主工具列</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>前往(&amp;G)</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>上一頁</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>下一頁</translation>
    </message>
    <message>
      <source>%1: not on this page</source>
      <translation>%1：本頁不提供</translation>
    </message>
    <message>
      <source>%1: choose a record first</source>
      <translation>%1：請先選擇一筆記錄</translation>
    </message>
    <message>
      <source>%1: nothing changed yet</source>
      <translation>%1：尚未修改任何內容</translation>
    </message>
    <message>
      <source>%1: nothing to act on yet</source>
      <translation>%1：目前沒有可處理的內容</translation>
    </message>
    <message>
      <source>Still working; try again in a moment.</source>
      <translation>仍在處理中，請稍後再試。</translation>
    </message>
    <message>
      <source>Not available on this page.</source>
      <translation>此頁面不提供這項功能。</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <source>Your name, as the audit log should record who made each change:</source>
      <translation>您的姓名（稽核記錄以此記下每項變更由誰所做）：</translation>
    </message>
    <message>
      <source>Backups are made of SQLite files; back up a PostgreSQL server with its own tools.</source>
      <translation>備份只適用於 SQLite 檔案；PostgreSQL 伺服器請用其自帶的工具備份。</translation>
    </message>
    <message>
      <source>Back up the database</source>
      <translation>備份資料庫</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>正在備份</translation>
    </message>
    <message>
      <source>Restoring works on SQLite files.</source>
      <translation>還原只適用於 SQLite 檔案。</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>從備份還原</translation>
    </message>
    <message>
      <source>Checking the backup</source>
      <translation>正在檢查備份</translation>
    </message>
    <message>
      <source>Replace the data in use by the backup %1? The data in use is kept in a copy beside it.</source>
      <translation>要以備份 %1 取代目前使用中的資料嗎？目前的資料會另存一份副本放在旁邊。</translation>
    </message>
    <message>
      <source>Restored; the replaced data is in %1</source>
      <translation>已還原；被取代的資料保存在 %1</translation>
    </message>
    <message>
      <source>Restoring</source>
      <translation>正在還原</translation>
    </message>
  </context>
  <context>
    <name>MeetingActionForm</name>
    <message>
      <source>Task</source>
      <translation>工作任務</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Clear the form</source>
      <translation>清空表單</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>儲存修改</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>新增任務</translation>
    </message>
  </context>
  <context>
    <name>MeetingForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>出席人員</translation>
    </message>
    <message>
      <source>Last week's summary</source>
      <translation>上週工作總結</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>會議紀錄</translation>
    </message>
    <message>
      <source>Print minutes…</source>
      <translation>列印會議紀錄…</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meetings</source>
      <translation>部門例會</translation>
    </message>
    <message>
      <source>No meetings yet. Add a meeting to keep its minutes, attendees and action items.</source>
      <translation>尚無會議。新增會議以保存會議記錄、出席者與待辦事項。</translation>
    </message>
    <message>
      <source>Add a meeting</source>
      <translation>新增會議</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>出席人員</translation>
    </message>
    <message>
      <source>Open items</source>
      <translation>未完成任務</translation>
    </message>
    <message>
      <source>Left empty: %1</source>
      <translation>未填寫：%1</translation>
    </message>
    <message>
      <source>No staff to take part: add people on the Staff page.</source>
      <translation>沒有可出席的員工：請在「員工」頁新增人員。</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>例會</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>工作任務</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
    <message>
      <source>Attendees (%1 of %2)</source>
      <translation>出席人員（%1 / %2）</translation>
    </message>
    <message>
      <source>New meeting %1</source>
      <translation>新增例會 %1</translation>
    </message>
    <message>
      <source>Edit meeting %1</source>
      <translation>編輯例會 %1</translation>
    </message>
    <message>
      <source>The meeting of %1 has action items and is kept as the record.</source>
      <translation>%1 的例會已有工作任務，將保留作為記錄。</translation>
    </message>
    <message>
      <source>Delete the meeting of %1? Its attendance is deleted with it.</source>
      <translation>要刪除 %1 的例會嗎？其出席記錄將一併刪除。</translation>
    </message>
    <message>
      <source>Delete meeting %1</source>
      <translation>刪除例會 %1</translation>
    </message>
    <message>
      <source>Print minutes</source>
      <translation>列印會議紀錄</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message numerus="yes">
      <source>Minutes written to %1 (%n page(s)).</source>
      <translation>
        <numerusform>會議紀錄已寫入 %1（共 %n 頁）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Printing minutes…</source>
      <translation>正在列印會議紀錄…</translation>
    </message>
  </context>
  <context>
    <name>OutcomeView</name>
    <message>
      <source>⚠ Over budget by %1 (budget %2, spent %3).</source>
      <translation>⚠ 超出預算 %1（預算 %2，實際支出 %3）。</translation>
    </message>
    <message>
      <source>Budget, actual spend and outcome are kept for event runs (活動運營).</source>
      <translation>預算、實際支出與活動成效只記錄於活動運營項目。</translation>
    </message>
    <message>
      <source>Spend and outcome of %1</source>
      <translation>%1 的支出與成效</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Dashboard</source>
      <translation>總覽</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>崗位職責</translation>
    </message>
    <message>
      <source>Regulation</source>
      <translation>制度</translation>
    </message>
    <message>
      <source>Posters</source>
      <translation>上墻海報</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>績效考核</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培訓與發展</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>部門例會</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>意見箱</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>稽核記錄</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
  </context>
  <context>
    <name>PeerPanel</name>
    <message>
      <source>Peers</source>
      <translation>同事評價人</translation>
    </message>
    <message>
      <source>Add peer</source>
      <translation>新增同事</translation>
    </message>
    <message>
      <source>Remove peer</source>
      <translation>移除同事</translation>
    </message>
    <message>
      <source>Peers: select a person</source>
      <translation>同事評價人：請先選擇一位員工</translation>
    </message>
    <message>
      <source>No peers rate this person this month: add one below.</source>
      <translation>本月沒有同事為這位員工評分：請在下方新增。</translation>
    </message>
    <message>
      <source>Peers of %1</source>
      <translation>%1 的同事評價人</translation>
    </message>
    <message>
      <source>The month is locked: unlock it to change its peers.</source>
      <translation>本月已鎖定；如需變更同事評價人，請先解鎖。</translation>
    </message>
    <message>
      <source>Select a person in the grid to see who rates them as a peer.</source>
      <translation>在表格中選擇一位員工，即可查看哪些同事為他評分。</translation>
    </message>
    <message>
      <source>Peer score</source>
      <translation>同事評分</translation>
    </message>
    <message numerus="yes">
      <source>%1 has given %n score(s) to %2; remove %1 and the scores?</source>
      <translation>
        <numerusform>%1 已為%2評了 %n 項分數；要移除%1及這些分數嗎？</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove peer %1</source>
      <translation>移除同事 %1</translation>
    </message>
  </context>
  <context>
    <name>PeriodStatus</name>
    <message>
      <source>Open</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>審核中</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>已鎖定</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>Type part of a name (Traditional or Simplified) or a staff number</source>
      <translation>輸入姓名的一部分（繁體或簡體）或員工編號</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Course</source>
      <translation>課程</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>大類</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培訓方式</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培訓講師</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>時數</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>費用</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>出席人次</translation>
    </message>
    <message>
      <source>Search the plan… (Ctrl+F)</source>
      <translation>搜尋培訓計劃…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No courses planned for this year: add them under Courses.</source>
      <translation>本年度尚未規劃課程：請在「課程」中新增。</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Appraisal</source>
      <translation>考核週期</translation>
    </message>
    <message>
      <source>Below the threshold in</source>
      <translation>低於門檻的維度</translation>
    </message>
    <message>
      <source>Search training needs…</source>
      <translation>搜尋培訓需求…</translation>
    </message>
    <message>
      <source>No training needs: nobody's appraisal is below a threshold.</source>
      <translation>沒有培訓需求：無人的考核低於門檻。</translation>
    </message>
    <message>
      <source>Budget of the plan</source>
      <translation>計劃預算</translation>
    </message>
    <message>
      <source>empty: no budget</source>
      <translation>留空表示不設預算</translation>
    </message>
    <message>
      <source>Training needs from the latest appraisal</source>
      <translation>最近一次考核得出的培訓需求</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>年度：</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;: %2 course(s), %3 hours, cost %4, budget %5, %6 attendance(s)</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;：%2 門課程，%3 小時，費用 %4，預算 %5，出席 %6 人次</translation>
    </message>
    <message>
      <source>⚠ The plan's courses cost %1 more than its budget.</source>
      <translation>⚠ 計劃中課程的費用超出預算 %1。</translation>
    </message>
    <message>
      <source>Budget of the %1 plan</source>
      <translation>%1 年度計劃的預算</translation>
    </message>
  </context>
  <context>
    <name>PlanStatus</name>
    <message>
      <source>Active</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>已達成</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已關閉</translation>
    </message>
  </context>
  <context>
    <name>PositionDuties</name>
    <message>
      <source>Responsibility areas</source>
      <translation>職責範圍</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Add area</source>
      <translation>新增職責範圍</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>重新命名</translation>
    </message>
    <message>
      <source>Remove area</source>
      <translation>刪除職責範圍</translation>
    </message>
    <message>
      <source>Area up</source>
      <translation>範圍上移</translation>
    </message>
    <message>
      <source>Area down</source>
      <translation>範圍下移</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>職責條目</translation>
    </message>
    <message>
      <source>Find a duty line…</source>
      <translation>搜尋職責條目…</translation>
    </message>
    <message>
      <source>Text of the duty line</source>
      <translation>職責條目內容</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>新增條目</translation>
    </message>
    <message>
      <source>Save line</source>
      <translation>儲存條目</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>刪除條目</translation>
    </message>
    <message>
      <source>Line up</source>
      <translation>條目上移</translation>
    </message>
    <message>
      <source>Line down</source>
      <translation>條目下移</translation>
    </message>
  </context>
  <context>
    <name>PositionForm</name>
    <message>
      <source>Name</source>
      <translation>崗位名稱</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代碼</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名稱</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新啟用</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>PositionsPage</name>
    <message>
      <source>Positions</source>
      <translation>崗位職責</translation>
    </message>
    <message>
      <source>No positions yet. Add the department's positions: staff are given one of them.</source>
      <translation>尚無職位。請新增部門的職位：每位員工都會被指派其中之一。</translation>
    </message>
    <message>
      <source>Add a position</source>
      <translation>新增職位</translation>
    </message>
    <message>
      <source>Show retired</source>
      <translation>顯示已停用</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>崗位名稱</translation>
    </message>
    <message>
      <source>Holders</source>
      <translation>在崗人數</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>職責範圍</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>職責條目</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>使用中</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名稱</translation>
    </message>
    <message>
      <source>(automatic)</source>
      <translation>（自動產生）</translation>
    </message>
    <message>
      <source>New position %1</source>
      <translation>新增崗位 %1</translation>
    </message>
    <message>
      <source>Edit position %1</source>
      <translation>編輯崗位 %1</translation>
    </message>
    <message>
      <source>New position</source>
      <translation>新增崗位</translation>
    </message>
    <message numerus="yes">
      <source>%n active holder(s)</source>
      <translation>
        <numerusform>%n 名在職人員</numerusform>
      </translation>
    </message>
    <message>
      <source>Retired: not offered for new assignments</source>
      <translation>已停用：不再供新的人員安排選用</translation>
    </message>
    <message>
      <source>Retire the position %1? It is no longer offered for new assignments; its areas, duty lines and history are kept.</source>
      <translation>要停用崗位 %1 嗎？停用後不再供新的人員安排選用；其職責範圍、職責條目與歷史記錄都會保留。</translation>
    </message>
    <message>
      <source>%1 retired</source>
      <translation>%1 已停用</translation>
    </message>
    <message>
      <source>Retire %1</source>
      <translation>停用 %1</translation>
    </message>
    <message>
      <source>Reactivate position</source>
      <translation>重新啟用崗位</translation>
    </message>
  </context>
  <context>
    <name>PostersPage</name>
    <message>
      <source>Posters</source>
      <translation>上墻海報</translation>
    </message>
    <message>
      <source>Whole regulation</source>
      <translation>整份制度</translation>
    </message>
    <message>
      <source>One chapter</source>
      <translation>單一章節</translation>
    </message>
    <message>
      <source>Responsibilities of a position</source>
      <translation>崗位職責</translation>
    </message>
    <message>
      <source>Workflow flowchart</source>
      <translation>工作流程圖</translation>
    </message>
    <message>
      <source>Change notice</source>
      <translation>修訂公告</translation>
    </message>
    <message>
      <source>An approved version prints the weights and values it was approved with.</source>
      <translation>已核准的版本會印出核准時的權重與數值。</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>橫向</translation>
    </message>
    <message>
      <source>Traditional Chinese</source>
      <translation>繁體中文</translation>
    </message>
    <message>
      <source>Simplified Chinese</source>
      <translation>簡體中文</translation>
    </message>
    <message>
      <source>(no logo)</source>
      <translation>（無標誌）</translation>
    </message>
    <message>
      <source>Logo…</source>
      <translation>標誌…</translation>
    </message>
    <message>
      <source>One sheet</source>
      <translation>單張</translation>
    </message>
    <message>
      <source>Tiles on A4</source>
      <translation>A4 分塊拼貼</translation>
    </message>
    <message>
      <source>Tiles on A3</source>
      <translation>A3 分塊拼貼</translation>
    </message>
    <message>
      <source>Print shop: bleed, CMYK</source>
      <translation>交印刷廠：出血、CMYK</translation>
    </message>
    <message>
      <source>3 mm bleed with the trim and bleed boxes, and CMYK colours, as a print shop asks for (not with tiles).</source>
      <translation>依印刷廠要求加上 3 mm 出血、裁切框與出血框，並使用 CMYK 色彩（分塊拼貼時不適用）。</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>儲存 PDF…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>列印…</translation>
    </message>
    <message>
      <source>Poster:</source>
      <translation>海報：</translation>
    </message>
    <message>
      <source>Which:</source>
      <translation>內容：</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>版本：</translation>
    </message>
    <message>
      <source>Paper:</source>
      <translation>紙張：</translation>
    </message>
    <message>
      <source>Script:</source>
      <translation>文字版本：</translation>
    </message>
    <message>
      <source>Theme colour:</source>
      <translation>主題顏色：</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>標誌：</translation>
    </message>
    <message>
      <source>Printing:</source>
      <translation>列印方式：</translation>
    </message>
    <message>
      <source>Reading distance:</source>
      <translation>閱讀距離：</translation>
    </message>
    <message>
      <source>Arrangement:</source>
      <translation>排版方式：</translation>
    </message>
    <message>
      <source>%1, approved</source>
      <translation>%1，已核准</translation>
    </message>
    <message>
      <source>%1, draft</source>
      <translation>%1，草稿</translation>
    </message>
    <message numerus="yes">
      <source>%n sheet(s), text at %1 pt</source>
      <translation>
        <numerusform>%n 張，字級 %1 pt</numerusform>
      </translation>
    </message>
    <message>
      <source>Theme colour</source>
      <translation>主題顏色</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>標誌</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>The Simplified text of these parts is older than their Traditional text, and the poster prints them as they were:
%1

Print the poster anyway?</source>
      <translation>以下各處的簡體文字比繁體文字舊，海報會印出舊的內容：
%1

仍要印出海報嗎？</translation>
    </message>
    <message>
      <source>There is no poster to save yet.</source>
      <translation>尚無可儲存的海報。</translation>
    </message>
    <message>
      <source>Save poster</source>
      <translation>儲存海報</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>ReadingPanel</name>
    <message>
      <source>Reading distance</source>
      <translation>閱讀距離</translation>
    </message>
    <message>
      <source>One sheet: the largest text that fits it. One sheet per chapter: every chapter on a sheet of its own, at one size. Sheets: the text at the size the reading distance needs, on as many sheets as it takes.</source>
      <translation>一張：取能容納的最大字級。每章一張：每章各占一張，字級一致。多張：依閱讀距離所需的字級，需要幾張就印幾張。</translation>
    </message>
    <message>
      <source>One sheet, text to fit</source>
      <translation>一張，字級取最大</translation>
    </message>
    <message>
      <source>One sheet per chapter</source>
      <translation>每章一張</translation>
    </message>
    <message>
      <source>Sheets, text for the distance</source>
      <translation>多張，字級依閱讀距離</translation>
    </message>
    <message>
      <source>Working out the layouts that fit…</source>
      <translation>正在計算適合的版面…</translation>
    </message>
    <message>
      <source>Use this layout</source>
      <translation>使用此排版</translation>
    </message>
    <message>
      <source>Layouts that read from %1 m:</source>
      <translation>在 %1 公尺外可閱讀的排版：</translation>
    </message>
    <message>
      <source>One %1 sheet</source>
      <translation>一張 %1</translation>
    </message>
    <message>
      <source>One %1 sheet per chapter (%2 sheets)</source>
      <translation>每章一張 %1（共 %2 張）</translation>
    </message>
    <message>
      <source>%2 sheets of %1</source>
      <translation>%2 張 %1</translation>
    </message>
    <message>
      <source>%1: text at %2 pt, reads from %3 m</source>
      <translation>%1：字級 %2 pt，%3 公尺外可閱讀</translation>
    </message>
    <message>
      <source>Does not reach the distance; the closest there is</source>
      <translation>達不到所選距離；這是最接近的排版</translation>
    </message>
    <message>
      <source>(a flowchart sets each box's text itself)</source>
      <translation>（流程圖的字級由各方框自行決定）</translation>
    </message>
    <message>
      <source>reads comfortably from %1 m</source>
      <translation>%1 公尺外可舒適閱讀</translation>
    </message>
    <message>
      <source> (closer than the %1 m asked for)</source>
      <translation>（比所選的 %1 公尺近）</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <source>Search… (Ctrl+F)</source>
      <translation>搜尋…（Ctrl+F）</translation>
    </message>
    <message>
      <source>Nothing recorded yet.</source>
      <translation>尚無記錄。</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n 筆記錄</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegulationApprove</name>
    <message>
      <source>Approve the regulation</source>
      <translation>批准制度</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
  </context>
  <context>
    <name>RegulationItemForm</name>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Simplified</source>
      <translation>簡體</translation>
    </message>
    <message>
      <source>Outdated: the Traditional text has changed since this Simplified text was written. Check it, or convert it again.</source>
      <translation>已過時：寫下這段簡體文字之後，繁體文字已有修改。請核對，或重新轉換。</translation>
    </message>
    <message>
      <source>Text (Traditional)</source>
      <translation>內容（繁體）</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Leave Simplified empty to convert it from the Traditional text. Placeholders such as {{weight.supervisor}} stay as they are here; the preview shows them filled with the current settings.</source>
      <translation>簡體留空時將由繁體內容自動轉換。此處的佔位符（如 {{weight.supervisor}}）保持原樣；預覽會以目前的設定填入實際數值。</translation>
    </message>
    <message>
      <source>Convert to Simplified</source>
      <translation>轉換為簡體</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>RegulationPage</name>
    <message>
      <source>Text</source>
      <translation>條文</translation>
    </message>
    <message>
      <source>Acknowledgements</source>
      <translation>閱知確認</translation>
    </message>
    <message>
      <source>Regulation</source>
      <translation>制度</translation>
    </message>
    <message>
      <source>Find text… (Ctrl+F)</source>
      <translation>搜尋文字…（Ctrl+F）</translation>
    </message>
    <message>
      <source>The regulation has no chapters yet: add the first one.</source>
      <translation>制度還沒有任何章：請新增第一章。</translation>
    </message>
    <message>
      <source>Add chapter</source>
      <translation>新增章</translation>
    </message>
    <message>
      <source>Add section</source>
      <translation>新增節</translation>
    </message>
    <message>
      <source>Add sub-section</source>
      <translation>新增小節</translation>
    </message>
    <message>
      <source>Add clause</source>
      <translation>新增條款</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>刪除…</translation>
    </message>
    <message>
      <source>Punctuation…</source>
      <translation>標點符號…</translation>
    </message>
    <message>
      <source>Make the draft's punctuation full-width (，：；？！)</source>
      <translation>把草稿的標點符號改為全形（，：；？！）</translation>
    </message>
    <message>
      <source>Preview with the current settings</source>
      <translation>以目前設定預覽</translation>
    </message>
    <message>
      <source>Traditional</source>
      <translation>繁體</translation>
    </message>
    <message>
      <source>Simplified</source>
      <translation>簡體</translation>
    </message>
    <message numerus="yes">
      <source>Regulation %1: %n clause(s)</source>
      <translation>
        <numerusform>制度 %1：共 %n 條</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegulationTreeModel</name>
    <message>
      <source>The Simplified text is outdated.</source>
      <translation>簡體文字已過時。</translation>
    </message>
  </context>
  <context>
    <name>ReplyPanel</name>
    <message>
      <source>e.g. 運營經理</source>
      <translation>例如 運營經理</translation>
    </message>
    <message>
      <source>Save the suggestion first; then set its status here.</source>
      <translation>請先儲存意見，再於此處設定其狀態。</translation>
    </message>
    <message>
      <source>Answered by %1 on %2.</source>
      <translation>由 %1 於 %2 回覆。</translation>
    </message>
    <message>
      <source>Save a reply: that answers the suggestion.</source>
      <translation>儲存回覆：該意見即標記為已回覆。</translation>
    </message>
    <message>
      <source>Status of %1</source>
      <translation>%1 的狀態</translation>
    </message>
    <message>
      <source>Reply to %1</source>
      <translation>回覆 %1</translation>
    </message>
  </context>
  <context>
    <name>RunEditor</name>
    <message>
      <source>Details</source>
      <translation>詳細資料</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>步驟</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>審批</translation>
    </message>
    <message>
      <source>Budget &amp;&amp; outcome</source>
      <translation>預算與成效</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>標記為完成</translation>
    </message>
    <message>
      <source>Cancel run</source>
      <translation>取消項目</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新開啟</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <translation>列印活動總結報告…</translation>
    </message>
    <message>
      <source>&lt;b&gt;New run&lt;/b&gt; — fill in the details and save.</source>
      <translation>&lt;b&gt;新項目&lt;/b&gt; — 請填寫詳細資料後儲存。</translation>
    </message>
    <message>
      <source>Choose a run, or start a new one (Ctrl+N).</source>
      <translation>請選擇一個項目，或開始新項目（Ctrl+N）。</translation>
    </message>
    <message>
      <source>waiting in %1</source>
      <translation>停留在 %1</translation>
    </message>
    <message>
      <source>all stages complete</source>
      <translation>所有階段已完成</translation>
    </message>
    <message>
      <source>Cancel %1? It stays in the list of cancelled runs.</source>
      <translation>要取消 %1 嗎？它會保留在已取消的項目清單中。</translation>
    </message>
    <message>
      <source>%1 still has unchecked steps or approvals. Mark it done anyway?</source>
      <translation>%1 仍有未勾選的步驟或未完成的審批。仍要標記為完成嗎？</translation>
    </message>
    <message>
      <source>%1 done</source>
      <translation>%1 已完成</translation>
    </message>
    <message>
      <source>%1 cancelled</source>
      <translation>%1 已取消</translation>
    </message>
    <message>
      <source>%1 reopened</source>
      <translation>%1 已重新開啟</translation>
    </message>
    <message>
      <source>Save the event summary</source>
      <translation>儲存活動總結報告</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
      <source>Event summary written to %1 (%2 page(s)).</source>
      <translation>活動總結報告已寫入 %1（共 %2 頁）。</translation>
    </message>
    <message>
      <source>Writing the event summary…</source>
      <translation>正在產生活動總結報告…</translation>
    </message>
  </context>
  <context>
    <name>RunForm</name>
    <message>
      <source>event runs only, e.g. 15000</source>
      <translation>僅限活動運營項目，例如 15000</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
    <message>
      <source>Start %1</source>
      <translation>開始 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>編輯 %1</translation>
    </message>
    <message>
      <source>Started %1.</source>
      <translation>已開始 %1。</translation>
    </message>
  </context>
  <context>
    <name>RunStatus</name>
    <message>
      <source>Active</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
  </context>
  <context>
    <name>RunsPanel</name>
    <message>
      <source>Run</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Workflow</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Waiting in</source>
      <translation>目前階段</translation>
    </message>
    <message>
      <source>(complete)</source>
      <translation>（已完成）</translation>
    </message>
    <message>
      <source>Over budget</source>
      <translation>超出預算</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <source>Search runs… (Ctrl+F)</source>
      <translation>搜尋項目…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No workflow runs to show. Start a run, or choose another workflow or status.</source>
      <translation>沒有可顯示的流程執行。請開始一次執行，或選擇其他流程或狀態。</translation>
    </message>
    <message>
      <source>New run</source>
      <translation>新執行</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>所有狀態</translation>
    </message>
    <message>
      <source>List</source>
      <translation>清單</translation>
    </message>
    <message>
      <source>Board</source>
      <translation>看板</translation>
    </message>
    <message>
      <source>Workflow:</source>
      <translation>工作流程：</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message numerus="yes">
      <source>%n run(s)</source>
      <translation>
        <numerusform>%n 個項目</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SchemeAppliesTo</name>
    <message>
      <source>the months not yet locked</source>
      <translation>尚未鎖定的月份</translation>
    </message>
    <message>
      <source>the months opened from now on</source>
      <translation>今後開啟的月份</translation>
    </message>
  </context>
  <context>
    <name>SchemeFields</name>
    <message>
      <source>Grade</source>
      <translation>等級</translation>
    </message>
    <message>
      <source>From score</source>
      <translation>起始分數</translation>
    </message>
    <message>
      <source>Bonus coefficient</source>
      <translation>獎金係數</translation>
    </message>
    <message>
      <source>Max share %</source>
      <translation>人數上限 %</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>不設上限</translation>
    </message>
    <message>
      <source>Total: ?</source>
      <translation>合計：?</translation>
    </message>
    <message>
      <source>Total: 100 ✓</source>
      <translation>合計：100 ✓</translation>
    </message>
    <message>
      <source>Total: %1 — must be 100</source>
      <translation>合計：%1 — 必須為 100</translation>
    </message>
  </context>
  <context>
    <name>SchemeImpactDialog</name>
    <message>
      <source>Save the appraisal settings</source>
      <translation>儲存考核設定</translation>
    </message>
    <message>
      <source>These months are not locked yet and use the settings being changed. Applied to them, the new settings change:</source>
      <translation>以下月份尚未鎖定，使用的正是要修改的設定。若套用於這些月份，新設定將改變：</translation>
    </message>
    <message>
      <source>Locked months keep their results in either case.</source>
      <translation>已鎖定的月份無論如何都保留原有結果。</translation>
    </message>
    <message>
      <source>Apply to %1 now: re-score them with the new settings</source>
      <translation>立即套用於 %1：以新設定重新計算其成績</translation>
    </message>
    <message>
      <source>Apply from the next month opened: %1 keep the settings they were opened with</source>
      <translation>自下一個開啟的月份起套用：%1 保留開啟時的設定</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>考核週期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Totals</source>
      <translation>總分</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等級</translation>
    </message>
    <message>
      <source>Bonuses</source>
      <translation>獎金</translation>
    </message>
    <message>
      <source>Training needs</source>
      <translation>培訓需求</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>進行中</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>審核中</translation>
    </message>
    <message numerus="yes">
      <source>%n total(s)</source>
      <translation>
        <numerusform>%n 人總分</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n grade(s)</source>
      <translation>
        <numerusform>%n 人等級</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bonus(es)</source>
      <translation>
        <numerusform>%n 人獎金</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person's training needs</source>
      <translation>
        <numerusform>%n 人培訓需求</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: no result changes</source>
      <translation>%1：結果沒有變動</translation>
    </message>
    <message>
      <source>%1: %2 change</source>
      <translation>%1：%2 有變動</translation>
    </message>
  </context>
  <context>
    <name>SessionsView</name>
    <message>
      <source>(choose)</source>
      <translation>（請選擇）</translation>
    </message>
    <message>
      <source>Choose a session on the Sessions tab.</source>
      <translation>請在「場次」分頁選擇一個培訓場次。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Session of %1&lt;/b&gt; %2</source>
      <translation>&lt;b&gt;%1 的培訓場次&lt;/b&gt; %2</translation>
    </message>
    <message>
      <source>Attendance of %1</source>
      <translation>%1 的出勤</translation>
    </message>
    <message>
      <source>Take %1 off this session's list?</source>
      <translation>要將 %1 從本場次名單中移除嗎？</translation>
    </message>
    <message>
      <source>Take %1 off the list</source>
      <translation>將 %1 從名單中移除</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通過</translation>
    </message>
    <message>
      <source>Not passed</source>
      <translation>未通過</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>時數</translation>
    </message>
    <message>
      <source>On the list</source>
      <translation>名單人數</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>出席</translation>
    </message>
    <message>
      <source>No sessions of this course yet.</source>
      <translation>這門課程尚無場次。</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>新場次</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>成績分數</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>成績</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Search attendees…</source>
      <translation>搜尋參加人員…</translation>
    </message>
    <message>
      <source>Nobody is on this session's list yet: register people below.</source>
      <translation>這個場次的名單上還沒有人：請在下方登記。</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>培訓場次</translation>
    </message>
    <message>
      <source>Attendance and result</source>
      <translation>出勤與成績</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>新增場次</translation>
    </message>
    <message>
      <source>Add a session on %1</source>
      <translation>新增 %1 的場次</translation>
    </message>
    <message>
      <source>Edit the session of %1</source>
      <translation>編輯 %1 的場次</translation>
    </message>
  </context>
  <context>
    <name>SettingsForm</name>
    <message>
      <source>This workstation</source>
      <translation>本機</translation>
    </message>
    <message>
      <source>Operator name</source>
      <translation>操作人姓名</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>備份資料夾</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <source>Backups kept</source>
      <translation>保留備份份數</translation>
    </message>
    <message>
      <source>PDF font</source>
      <translation>PDF 字型</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <source>Bundled font</source>
      <translation>內建字型</translation>
    </message>
    <message>
      <source>The operator name is written in the audit log beside every change made on this workstation. A backup is taken each time the program opens a database file; only the newest ones are kept.</source>
      <translation>操作人姓名會與本機上的每項修改一併寫入稽核記錄。每次程式開啟資料庫檔案時都會自動備份，只保留最新的幾份。</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部門</translation>
    </message>
    <message>
      <source>Department name</source>
      <translation>部門名稱</translation>
    </message>
    <message>
      <source>Days to appeal a result</source>
      <translation>結果申訴期限（天）</translation>
    </message>
    <message>
      <source>Result letters show the rank</source>
      <translation>結果通知書列出排名</translation>
    </message>
    <message>
      <source>Result letters show the bonus amount</source>
      <translation>結果通知書列出獎金金額</translation>
    </message>
    <message>
      <source>Calibration flags a rater at |z| of</source>
      <translation>校準標記評分人：|z| 達</translation>
    </message>
    <message>
      <source>… or lenient above this % of top grades</source>
      <translation>… 或給最高等級超過此百分比即為偏寬</translation>
    </message>
    <message>
      <source>Days to acknowledge the regulation</source>
      <translation>制度閱知期限（天）</translation>
    </message>
    <message>
      <source>Database in use</source>
      <translation>使用中的資料庫</translation>
    </message>
    <message>
      <source>To work in another database file, use File → Open database… or File → New database…; File → Open recent lists the last ones. A PostgreSQL server is chosen when the program starts (see Help → User guide).</source>
      <translation>要改用另一個資料庫檔案，請用 檔案 → 開啟資料庫… 或 檔案 → 新增資料庫…；檔案 → 最近開啟 列出最近用過的檔案。PostgreSQL 伺服器在程式啟動時指定（見 說明 → 使用手冊）。</translation>
    </message>
    <message>
      <source>Sources (weight %)</source>
      <translation>評價來源（權重 %）</translation>
    </message>
    <message>
      <source>Dimensions (weight %)</source>
      <translation>考核維度（權重 %）</translation>
    </message>
    <message>
      <source>Grades and use of results</source>
      <translation>等級與考核結果應用</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>規則</translation>
    </message>
    <message>
      <source>Training need below</source>
      <translation>培訓需求門檻（低於）</translation>
    </message>
    <message>
      <source>Annual result needs at least (months)</source>
      <translation>年度結果至少需要（月數）</translation>
    </message>
    <message>
      <source>Drop the highest and lowest peer score</source>
      <translation>去掉同事評分的最高分與最低分</translation>
    </message>
    <message>
      <source>… when there are at least</source>
      <translation>… 當評分人數至少為</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>跟隨系統</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>語言：</translation>
    </message>
    <message>
      <source>Bundled: %1</source>
      <translation>內建：%1</translation>
    </message>
    <message>
      <source>The name is longer than %1 characters.</source>
      <translation>名稱超過 %1 個字元。</translation>
    </message>
    <message>
      <source>That is a file, not a folder.</source>
      <translation>這是檔案，不是資料夾。</translation>
    </message>
    <message>
      <source>Neither this folder nor the one above it exists.</source>
      <translation>此資料夾及其上層資料夾都不存在。</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>備份資料夾</translation>
    </message>
    <message>
      <source>PDF font</source>
      <translation>PDF 字型</translation>
    </message>
    <message>
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字型 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <source>Settings not saved: correct the marked fields.</source>
      <translation>設定未儲存：請修正標示的欄位。</translation>
    </message>
    <message>
      <source>Settings not saved.</source>
      <translation>設定未儲存。</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>設定已儲存。</translation>
    </message>
    <message>
      <source>Change settings</source>
      <translation>修改設定</translation>
    </message>
  </context>
  <context>
    <name>StaffForm</name>
    <message>
      <source>Staff number</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>崗位</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>直接上級</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入職日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>在職狀態</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <source>Base bonus</source>
      <translation>績效獎金基數</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Export roster…</source>
      <translation>匯出員工名冊…</translation>
    </message>
    <message>
      <source>Show departed</source>
      <translation>顯示已離職</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>No staff yet. Add each person here: their staff number, name and position.</source>
      <translation>尚無員工。請在這裡逐一新增：工號、姓名與職位。</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>新增員工</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>崗位</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>直接上級</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入職日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>在職狀態</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>基本資料</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>考核週期</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>總分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等級</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>課程</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分數</translation>
    </message>
    <message>
      <source>Regulation version</source>
      <translation>制度版本</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>閱知日期</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>績效考核</translation>
    </message>
    <message>
      <source>No appraisal results for this person yet.</source>
      <translation>這位員工還沒有考核結果。</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培訓</translation>
    </message>
    <message>
      <source>No training recorded for this person yet.</source>
      <translation>這位員工還沒有培訓記錄。</translation>
    </message>
    <message>
      <source>Regulation acknowledged</source>
      <translation>已閱知的制度</translation>
    </message>
    <message>
      <source>This person has not acknowledged any version of the regulation yet.</source>
      <translation>此人尚未閱知任何版本的制度。</translation>
    </message>
    <message>
      <source>History</source>
      <translation>歷史記錄</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
    <message>
      <source>New staff %1</source>
      <translation>新增員工 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>編輯 %1</translation>
    </message>
    <message>
      <source>Departed %1</source>
      <translation>離職 %1</translation>
    </message>
    <message>
      <source>%1 departed</source>
      <translation>%1 已離職</translation>
    </message>
  </context>
  <context>
    <name>StaffStatus</name>
    <message>
      <source>Active</source>
      <translation>在職</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>休假</translation>
    </message>
    <message>
      <source>Departed</source>
      <translation>離職</translation>
    </message>
  </context>
  <context>
    <name>StepsView</name>
    <message>
      <source>Select a run to tick off its steps.</source>
      <translation>選擇一個項目，即可勾選完成的步驟。</translation>
    </message>
    <message>
      <source>This run's workflow has no stages.</source>
      <translation>這個項目的流程沒有任何階段。</translation>
    </message>
    <message>
      <source>Stage / step</source>
      <translation>階段／步驟</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <source>Check off each step as it is done. ▶ marks the stage the run waits in.</source>
      <translation>每完成一個步驟就勾選。▶ 標示項目目前所在的階段。</translation>
    </message>
    <message>
      <source>This run is closed; reopen it to change its steps.</source>
      <translation>此項目已結束；如需修改步驟，請先重新開啟。</translation>
    </message>
    <message>
      <source>%1 (retired)</source>
      <translation>%1（已停用）</translation>
    </message>
    <message>
      <source>Approval: %1 — %2</source>
      <translation>審批：%1 — %2</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>已駁回</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>待審批</translation>
    </message>
    <message>
      <source>Check off %1</source>
      <translation>勾選 %1</translation>
    </message>
    <message>
      <source>Uncheck %1</source>
      <translation>取消勾選 %1</translation>
    </message>
  </context>
  <context>
    <name>SuggestionForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Submitted without a name</source>
      <translation>不具名提交</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>內容</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>SuggestionReplyForm</name>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>回覆</translation>
    </message>
    <message>
      <source>Replied by</source>
      <translation>回覆人</translation>
    </message>
    <message>
      <source>Set status</source>
      <translation>設定狀態</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save reply</source>
      <translation>儲存回覆</translation>
    </message>
  </context>
  <context>
    <name>SuggestionStatus</name>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>處理中</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已回覆</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPage</name>
    <message>
      <source>Suggestions</source>
      <translation>意見箱</translation>
    </message>
    <message>
      <source>No suggestions yet. Record one when a colleague hands it in.</source>
      <translation>尚無建議。同事提交建議時請在此記錄。</translation>
    </message>
    <message>
      <source>Record a suggestion</source>
      <translation>記錄建議</translation>
    </message>
    <message>
      <source>Show answered</source>
      <translation>顯示已回覆</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>e.g. 流程, 培訓, 行政</source>
      <translation>例如 流程、培訓、行政</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>意見</translation>
    </message>
    <message>
      <source>Status and reply</source>
      <translation>狀態與回覆</translation>
    </message>
    <message>
      <source>(choose the author)</source>
      <translation>（請選擇提出人）</translation>
    </message>
    <message>
      <source>New suggestion %1</source>
      <translation>新增意見 %1</translation>
    </message>
    <message>
      <source>Edit suggestion %1</source>
      <translation>編輯意見 %1</translation>
    </message>
    <message>
      <source>“%1” is being handled and is kept.</source>
      <translation>「%1」正在處理中，將予保留。</translation>
    </message>
    <message>
      <source>Remove the suggestion “%1”?</source>
      <translation>要刪除意見「%1」嗎？</translation>
    </message>
    <message>
      <source>Remove suggestion %1</source>
      <translation>刪除意見 %1</translation>
    </message>
  </context>
  <context>
    <name>SummaryBox</name>
    <message>
      <source>Summary</source>
      <translation>彙總</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>The end of the range is before its start.</source>
      <translation>結束日期早於開始日期。</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 suggestion(s)&lt;/b&gt;: %2&lt;br&gt;Anonymous %3 · unanswered %4&lt;br&gt;By category: %5</source>
      <translation>&lt;b&gt;共 %1 條意見&lt;/b&gt;：%2&lt;br&gt;匿名 %3 · 未回覆 %4&lt;br&gt;按類別：%5</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Unexpected error: %1</source>
      <translation>發生未預期的錯誤：%1</translation>
    </message>
    <message>
      <source>The details are in the log: %1</source>
      <translation>詳細資訊記錄在日誌中：%1</translation>
    </message>
  </context>
  <context>
    <name>TemplatesPanel</name>
    <message>
      <source>New step of this stage</source>
      <translation>本階段的新步驟</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步驟</translation>
    </message>
    <message>
      <source>Step %1</source>
      <translation>步驟 %1</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新啟用</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>新增步驟</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
    <message>
      <source>Add a step to %1</source>
      <translation>在 %1 新增步驟</translation>
    </message>
    <message>
      <source>Edit step %1</source>
      <translation>編輯步驟 %1</translation>
    </message>
    <message>
      <source>Deactivate this step? Runs will no longer wait for it; runs that checked it off keep it.</source>
      <translation>要停用這個步驟嗎？項目將不再等待此步驟；已勾選此步驟的項目會保留其記錄。</translation>
    </message>
    <message>
      <source>Reactivate a step</source>
      <translation>重新啟用步驟</translation>
    </message>
    <message>
      <source>Deactivate a step</source>
      <translation>停用步驟</translation>
    </message>
    <message>
      <source>Search stages and steps… (Ctrl+F)</source>
      <translation>搜尋階段與步驟…（Ctrl+F）</translation>
    </message>
    <message>
      <source>This workflow has no stages yet: add the first one.</source>
      <translation>這個流程還沒有階段：請新增第一個階段。</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>階段</translation>
    </message>
    <message>
      <source>empty: no approval; e.g. 運營經理審核</source>
      <translation>留空表示無需審批；例如 運營經理審核</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（無）</translation>
    </message>
    <message>
      <source>Workflow / stage / step</source>
      <translation>工作流程／階段／步驟</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>負責崗位</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>審批</translation>
    </message>
    <message>
      <source>%1 (inactive)</source>
      <translation>%1（已停用）</translation>
    </message>
    <message>
      <source>Edit stage %1</source>
      <translation>編輯階段 %1</translation>
    </message>
  </context>
  <context>
    <name>TrainingAttendanceForm</name>
    <message>
      <source>Person</source>
      <translation>人員</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>成績分數</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通過</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Take off the list</source>
      <translation>從名單中移除</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>記錄</translation>
    </message>
  </context>
  <context>
    <name>TrainingDevelopmentForm</name>
    <message>
      <source>Person</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>發展目標</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>目標崗位</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>崗位輪換</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次回顧</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>TrainingNoteForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>進展記錄</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>新增記錄</translation>
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <source>Courses</source>
      <translation>課程</translation>
    </message>
    <message>
      <source>Yearly plan</source>
      <translation>年度培訓計劃</translation>
    </message>
    <message>
      <source>Development plans</source>
      <translation>員工發展規劃</translation>
    </message>
    <message>
      <source>Export training records…</source>
      <translation>匯出培訓記錄…</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培訓與發展</translation>
    </message>
  </context>
  <context>
    <name>TrainingPlanForm</name>
    <message>
      <source>Plan budget</source>
      <translation>計劃預算</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Set budget</source>
      <translation>設定預算</translation>
    </message>
  </context>
  <context>
    <name>TrainingSessionForm</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>時數</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>新場次</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Unlock %1</source>
      <translation>解鎖 %1</translation>
    </message>
    <message>
      <source>Why must %1 change? The audit log keeps the reason.</source>
      <translation>%1 為何需要修改？原因將記入稽核記錄。</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解鎖</translation>
    </message>
    <message>
      <source>Give a reason: it is kept with the unlock.</source>
      <translation>請填寫原因：原因會與解鎖一併保存。</translation>
    </message>
  </context>
  <context>
    <name>VersionActions</name>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>依據版本</translation>
    </message>
    <message>
      <source>Approve…</source>
      <translation>批准…</translation>
    </message>
    <message>
      <source>New draft</source>
      <translation>新草稿</translation>
    </message>
    <message>
      <source>Discard draft…</source>
      <translation>捨棄草稿…</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>比較版本…</translation>
    </message>
    <message>
      <source>&amp;Version</source>
      <translation>版本(&amp;V)</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>Draft — being edited, not yet in effect</source>
      <translation>草稿 — 編輯中，尚未生效</translation>
    </message>
    <message>
      <source>What you type in the form is stored when you choose Save (Ctrl+S); moving and deleting take effect at once. Ctrl+Z undoes each step. Approve the draft to put it into effect.</source>
      <translation>表單中輸入的內容在按「儲存」（Ctrl+S）後才會存入；移動與刪除則立即生效。每一步都可按 Ctrl+Z 復原。批准草稿後即正式生效。</translation>
    </message>
    <message>
      <source>Approved — effective %1, approved by %2</source>
      <translation>已批准 — %1 生效，批准人 %2</translation>
    </message>
    <message>
      <source>Version %1 is approved and read-only: it stays as it was put into effect. To change the regulation, start a new draft.</source>
      <translation>版本 %1 已批准且為唯讀：將保持生效時的內容。如需修改制度，請另起新草稿。</translation>
    </message>
    <message>
      <source>Its appraisal weights are those it was approved with: new weights saved in Settings do not change it.</source>
      <translation>其考核權重為核准時的權重：在「設定」中儲存新權重不會改變此版本。</translation>
    </message>
    <message>
      <source>%1 %2% (approved: %3%)</source>
      <translation>%1 %2%（已核准：%3%）</translation>
    </message>
    <message>
      <source>The weights shown are the current settings; they differ from approved version %1: %2.</source>
      <translation>此處顯示的權重為目前的設定，與已核准的 %1 版不同：%2。</translation>
    </message>
    <message>
      <source>Version %1 approved</source>
      <translation>版本 %1 已批准</translation>
    </message>
    <message>
      <source>Draft %1 started</source>
      <translation>已建立草稿 %1</translation>
    </message>
    <message>
      <source>New draft %1</source>
      <translation>新草稿 %1</translation>
    </message>
    <message>
      <source>Discard draft %1 and all its changes?</source>
      <translation>要捨棄草稿 %1 及其所有修改嗎？</translation>
    </message>
    <message>
      <source>Discard draft %1</source>
      <translation>捨棄草稿 %1</translation>
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
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
  </context>
  <context>
    <name>WorkflowApprovalForm</name>
    <message>
      <source>Stage</source>
      <translation>階段</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>審批人</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>審批結果</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意見</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>記錄</translation>
    </message>
  </context>
  <context>
    <name>WorkflowOutcomeForm</name>
    <message>
      <source>Budget</source>
      <translation>預算</translation>
    </message>
    <message>
      <source>Actual spend</source>
      <translation>實際支出</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>參與人數</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>互動次數</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>傳播人數</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>活動成效</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowRunForm</name>
    <message>
      <source>Title</source>
      <translation>項目名稱</translation>
    </message>
    <message>
      <source>Workflow</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>預算</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowStageForm</name>
    <message>
      <source>Stage name</source>
      <translation>階段名稱</translation>
    </message>
    <message>
      <source>Responsible position</source>
      <translation>負責崗位</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>審批</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>審批人</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowStepForm</name>
    <message>
      <source>Step</source>
      <translation>步驟內容</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>新步驟</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowsPage</name>
    <message>
      <source>Runs</source>
      <translation>項目</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>流程範本</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Choose an event run to print its summary.</source>
      <translation>請選擇一個活動運營項目以列印其活動總結報告。</translation>
    </message>
  </context>
  <context>
    <name>YesNo</name>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>ZoomBar</name>
    <message>
      <source>Fit page</source>
      <translation>整頁</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>頁寬</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>整頁顯示</translation>
    </message>
    <message>
      <source>Page width</source>
      <translation>依頁寬顯示</translation>
    </message>
  </context>
  <context>
    <name>_Column</name>
    <message>
      <source>No run at this stage.</source>
      <translation>沒有項目處於此階段。</translation>
    </message>
  </context>
  <context>
    <name>DomainError</name>
    <message>
      <source>There is no staff member {staff}.</source>
      <translation>沒有工號為 {staff} 的員工。</translation>
    </message>
    <message>
      <source>{refused} Give --incomplete to lock it as it is.</source>
      <translation>{refused} 如仍要照現況鎖定，請加上 --incomplete。</translation>
    </message>
    <message>
      <source>Unknown staff number among {numbers}.</source>
      <translation>以下員工編號中有不存在的編號：{numbers}。</translation>
    </message>
    <message>
      <source>--version chooses a version of the regulation; a position's or a workflow's poster prints what is recorded now.</source>
      <translation>--version 用於選擇制度的版本；崗位或流程海報印出的是目前記錄的內容。</translation>
    </message>
    <message>
      <source>{path} must end in .pdf.</source>
      <translation>{path} 的副檔名必須是 .pdf。</translation>
    </message>
    <message>
      <source>There is no meeting on {date}.</source>
      <translation>{date} 沒有例會。</translation>
    </message>
    <message>
      <source>{path} must end in .pdf or .xlsx.</source>
      <translation>{path} 的副檔名必須是 .pdf 或 .xlsx。</translation>
    </message>
    <message>
      <source>--date goes with --staff: the workbook has a date per person.</source>
      <translation>--date 只能與 --staff 一起使用：活頁簿中每人各有日期。</translation>
    </message>
    <message>
      <source>Backup and restore work on SQLite files; back up a PostgreSQL server with its own tools (pg_dump).</source>
      <translation>備份與還原只適用於 SQLite 檔案；PostgreSQL 伺服器請用其自帶的工具（pg_dump）備份。</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
    </message>
    <message>
      <source>{staff} is not appraised in {period}.</source>
      <translation>{staff} 不在 {period} 的考核名單中。</translation>
    </message>
    <message>
      <source>{field} cannot be in the future.</source>
      <translation>{field}不能晚於今天。</translation>
    </message>
    <message>
      <source>The period {period} has not been locked yet: give the date of the result letter.</source>
      <translation>考核期間 {period} 尚未鎖定：請填寫結果通知書的日期。</translation>
    </message>
    <message>
      <source>The appeal is dated {filed}, before the result letter of {letter}.</source>
      <translation>申訴日期 {filed} 早於 {letter} 的結果通知書。</translation>
    </message>
    <message>
      <source>The appeal of {filed} is late: the deadline was {deadline} ({days} days from the letter of {letter}). Give the reason it is accepted late to record it.</source>
      <translation>{filed} 的申訴已逾期：申訴期限為 {deadline}（自 {letter} 的通知書起 {days} 日）。請填寫逾期受理的原因後再登記。</translation>
    </message>
    <message>
      <source>The appeal is within its deadline ({deadline}): it needs no reason for lateness.</source>
      <translation>此申訴未逾期限（{deadline}），不需填寫逾期原因。</translation>
    </message>
    <message>
      <source>{period} has no dimension {code}.</source>
      <translation>{period} 沒有考核內容 {code}。</translation>
    </message>
    <message>
      <source>Appeal #{id} was already decided on {date} ({decision}).</source>
      <translation>申訴 #{id} 已於 {date} 決定（{decision}）。</translation>
    </message>
    <message>
      <source>The decision is dated {date}, before the appeal was filed ({filed}).</source>
      <translation>決定日期 {date} 早於申訴提出日期（{filed}）。</translation>
    </message>
    <message>
      <source>Appeal #{id} is not upheld: the scores stay as they are.</source>
      <translation>申訴 #{id} 未成立：分數維持不變。</translation>
    </message>
    <message>
      <source>Appeal #{id} did not unlock {period}: lock it on the Appraisals page instead.</source>
      <translation>申訴 #{id} 並未解鎖 {period}：請改在「績效考核」頁鎖定。</translation>
    </message>
    <message>
      <source>Appeal #{id} is about the year {year}: say which month's scores to change.</source>
      <translation>申訴 #{id} 針對 {year} 年度：請指明要更正哪個月份的分數。</translation>
    </message>
    <message>
      <source>There is no appraisal month in {year}.</source>
      <translation>{year} 年沒有考核月份。</translation>
    </message>
    <message>
      <source>{field} holds a character that cannot be stored (U+{code}); remove it.</source>
      <translation>{field}含有無法儲存的字元(U+{code})；請刪除。</translation>
    </message>
    <message>
      <source>'{source}' is not a rated source.</source>
      <translation>「{source}」不是可評分的評價來源。</translation>
    </message>
    <message>
      <source>A comment on {name} was changed by someone else since; it was left as it is now.</source>
      <translation>{name} 的評語已被他人修改；已保留目前的內容。</translation>
    </message>
    <message>
      <source>No one of {period} has a complete result: no letter written.</source>
      <translation>{period} 沒有人的結果完整，未寫入任何通知書。</translation>
    </message>
    <message>
      <source>incomplete: {missing}</source>
      <translation>未完成：{missing}</translation>
    </message>
    <message>
      <source>{months} complete month(s) in {year}; the annual result needs {least}</source>
      <translation>{year} 年完整的月份有 {months} 個，年度結果至少需要 {least} 個</translation>
    </message>
    <message>
      <source>The scores {evaluator} gives {name} were changed after they were shown; nothing was removed: look at them again.</source>
      <translation>{evaluator}給{name}的分數在顯示後已被修改，未移除任何資料；請重新檢視這些分數。</translation>
    </message>
    <message>
      <source>There is no appraisal period {period}.</source>
      <translation>沒有考核週期 {period}。</translation>
    </message>
    <message>
      <source>{year} is not a plausible year.</source>
      <translation>{year} 不是合理的年份。</translation>
    </message>
    <message>
      <source>{month} is not a month.</source>
      <translation>{month} 不是有效的月份。</translation>
    </message>
    <message>
      <source>The period {period} already exists.</source>
      <translation>考核週期 {period} 已存在。</translation>
    </message>
    <message>
      <source>A person cannot be their own peer evaluator.</source>
      <translation>員工不能擔任自己的同事評價人。</translation>
    </message>
    <message>
      <source>The period {period} is locked; unlock it (with a reason) to change it.</source>
      <translation>考核週期 {period} 已鎖定；如需修改，請先解鎖（須說明原因）。</translation>
    </message>
    <message>
      <source>{count} people of {period} are not complete: {people}.</source>
      <translation>{period} 有 {count} 人的評分尚未完整：{people}。</translation>
    </message>
    <message>
      <source>The period {period} is not locked.</source>
      <translation>考核週期 {period} 未鎖定。</translation>
    </message>
    <message>
      <source>Give a reason for unlocking the period.</source>
      <translation>請說明解鎖此考核週期的原因。</translation>
    </message>
    <message>
      <source>The appraisal dimension {code} is no longer in the scheme of {period}; the scores cannot be put back.</source>
      <translation>考核維度 {code} 已不在 {period} 的考核方案中；這些分數無法放回。</translation>
    </message>
    <message>
      <source>'{value}' is not a score.</source>
      <translation>「{value}」不是有效的分數。</translation>
    </message>
    <message>
      <source>That dimension belongs to another appraisal scheme.</source>
      <translation>此考核維度屬於另一套考核方案。</translation>
    </message>
    <message>
      <source>A self evaluation must be by {name} themself.</source>
      <translation>自我評價必須由{name}本人填寫。</translation>
    </message>
    <message>
      <source>There is no KPI metric with the code {code}.</source>
      <translation>沒有代碼為 {code} 的業務指標。</translation>
    </message>
    <message>
      <source>'{value}' is not a score: type it with digits, e.g. 90.</source>
      <translation>「{value}」不是有效的分數：請以數字輸入，例如 90。</translation>
    </message>
    <message>
      <source>{name} cannot be their own peer evaluator.</source>
      <translation>{name}不能擔任自己的同事評價人。</translation>
    </message>
    <message>
      <source>A peer score needs its evaluator.</source>
      <translation>同事評分必須指明評價人。</translation>
    </message>
    <message>
      <source>Name who gave the supervisor score.</source>
      <translation>請指明給出上級評分的人。</translation>
    </message>
    <message>
      <source>{name} cannot be their own supervisor.</source>
      <translation>{name}不能是自己的直接上級。</translation>
    </message>
    <message>
      <source>A score of {name} was changed by someone else at {at} (it is now {value}); the grid now shows the stored scores.</source>
      <translation>{name}的一項分數已於 {at} 被他人修改（現為 {value}）；表格已改為顯示資料庫中的分數。</translation>
    </message>
    <message>
      <source>A score of {name} was removed by someone else after this grid was loaded; the grid now shows the stored scores.</source>
      <translation>{name}的一項分數在表格載入後已被他人刪除；表格已改為顯示資料庫中的分數。</translation>
    </message>
    <message>
      <source>The Traditional and Simplified regulation texts differ in structure.</source>
      <translation>繁體與簡體制度文本的結構不一致。</translation>
    </message>
    <message>
      <source>A demo department needs at least 4 staff.</source>
      <translation>示範部門至少需要 4 名員工。</translation>
    </message>
    <message>
      <source>Months must be between 0 and 120.</source>
      <translation>月數必須介於 0 到 120 之間。</translation>
    </message>
    <message>
      <source>This database already holds staff; build the demo in a new file.</source>
      <translation>此資料庫已有員工資料；請在新檔案中建立示範資料。</translation>
    </message>
    <message>
      <source>{path} is the database in use, not a file to read; choose another file.</source>
      <translation>{path} 是正在使用的資料庫，不是要讀取的檔案；請選擇其他檔案。</translation>
    </message>
    <message>
      <source>{path} is the database in use; choose another file name.</source>
      <translation>{path} 是正在使用的資料庫，請另選檔名。</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} 是資料夾，請輸入檔名。</translation>
    </message>
    <message>
      <source>{path} is not a regular file (a device, pipe or socket); nothing was written.</source>
      <translation>{path} 不是一般檔案（而是裝置、管道或通訊端），未寫入任何內容。</translation>
    </message>
    <message>
      <source>{path} is a database, perhaps open in another program; it was left as it is. Choose another file name.</source>
      <translation>{path} 是一個資料庫，可能正由其他程式開啟；已保留原狀。請選擇其他檔名。</translation>
    </message>
    <message>
      <source>{path} is read-only; it was left as it is. Choose another file name.</source>
      <translation>{path} 是唯讀檔案，已保持原狀。請另選檔名。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
      <source>Cannot write in {folder}: {reason}</source>
      <translation>無法在 {folder} 中寫入：{reason}</translation>
    </message>
    <message>
      <source>{folder} is a file, not a folder.</source>
      <translation>{folder} 是檔案，不是資料夾。</translation>
    </message>
    <message>
      <source>Cannot make the folder {folder}: {reason}</source>
      <translation>無法建立資料夾 {folder}：{reason}</translation>
    </message>
    <message>
      <source>The regulation text has no title or no chapters.</source>
      <translation>制度文本缺少標題或沒有任何章。</translation>
    </message>
    <message>
      <source>Line {line}: text outside any section.</source>
      <translation>第 {line} 行：文字不在任何節之內。</translation>
    </message>
    <message>
      <source>Line {line}: a heading is outside its chapter.</source>
      <translation>第 {line} 行：標題不在其所屬的章之內。</translation>
    </message>
    <message>
      <source>'{script}' is not a script; use hant (Traditional) or hans (Simplified).</source>
      <translation>「{script}」不是有效的文字版本；請使用 hant（繁體）或 hans（簡體）。</translation>
    </message>
    <message>
      <source>Simplified Chinese needs the opencc package.</source>
      <translation>簡體中文需要安裝 opencc 套件。</translation>
    </message>
    <message>
      <source>That action item is already closed.</source>
      <translation>該工作任務已關閉。</translation>
    </message>
    <message>
      <source>Choose a category.</source>
      <translation>請選擇類別。</translation>
    </message>
    <message>
      <source>Choose a method.</source>
      <translation>請選擇培訓方式。</translation>
    </message>
    <message>
      <source>{title} already has sessions and is kept.</source>
      <translation>{title}已有培訓場次，將予保留。</translation>
    </message>
    <message>
      <source>Choose the person this plan is for.</source>
      <translation>請選擇此發展規劃所屬的員工。</translation>
    </message>
    <message>
      <source>{name} has left the department.</source>
      <translation>{name}已離開本部門。</translation>
    </message>
    <message>
      <source>The next review cannot be before the start date.</source>
      <translation>下次回顧日期不能早於開始日期。</translation>
    </message>
    <message>
      <source>This plan already has progress notes; close it instead.</source>
      <translation>此發展規劃已有進展記錄；請改為關閉。</translation>
    </message>
    <message>
      <source>{name} was changed by someone else at {at}; reopen it and try again.</source>
      <translation>{name}已於 {at} 被他人修改；請重新開啟後再試一次。</translation>
    </message>
    <message>
      <source>The record was deleted by someone else meanwhile; nothing was saved.</source>
      <translation>這筆記錄已在此期間被他人刪除；未儲存任何變更。</translation>
    </message>
    <message>
      <source>{name} was deleted by someone else meanwhile; nothing was saved.</source>
      <translation>{name}已在此期間被他人刪除；未儲存任何變更。</translation>
    </message>
    <message>
      <source>{title} was changed by someone else; reopen it and try again.</source>
      <translation>{title}已被他人修改；請重新開啟後再試一次。</translation>
    </message>
    <message>
      <source>The {what} is longer than {max} characters.</source>
      <translation>{what} 超過 {max} 個字元。</translation>
    </message>
    <message>
      <source>{title} has action items and is kept as the department's record.</source>
      <translation>{title}已有工作任務，將保留作為部門記錄。</translation>
    </message>
    <message>
      <source>An action item of this meeting is due on {due}, before that date.</source>
      <translation>此例會有一項工作任務的截止日期為 {due}，早於該日期。</translation>
    </message>
    <message>
      <source>{position} already has an area named {title}.</source>
      <translation>{position}已有名為{title}的職責範圍。</translation>
    </message>
    <message>
      <source>There is no position with the code {code}.</source>
      <translation>沒有代碼為 {code} 的崗位。</translation>
    </message>
    <message>
      <source>The position {name} is already retired.</source>
      <translation>崗位{name}已停用。</translation>
    </message>
    <message>
      <source>{count} people still hold the position {name}.</source>
      <translation>仍有 {count} 人在崗位{name}任職。</translation>
    </message>
    <message>
      <source>A position named {name} already exists.</source>
      <translation>名為{name}的崗位已存在。</translation>
    </message>
    <message>
      <source>{field} may only use the letters A–Z, digits, '.', '_' and '-'.</source>
      <translation>{field}只能使用字母 A–Z、數字及「.」「_」「-」。</translation>
    </message>
    <message>
      <source>A position with the code {code} already exists.</source>
      <translation>代碼為 {code} 的崗位已存在。</translation>
    </message>
    <message>
      <source>The position {name} is already in use and cannot be removed; retire it instead.</source>
      <translation>崗位{name}已在使用中，不能刪除；請改為停用。</translation>
    </message>
    <message>
      <source>This text is longer than {max} characters.</source>
      <translation>此文字超過 {max} 個字元。</translation>
    </message>
    <message>
      <source>There is no regulation version {label}; the versions are {labels}.</source>
      <translation>沒有 {label} 版的制度；現有版本為 {labels}。</translation>
    </message>
    <message>
      <source>This database holds no regulation.</source>
      <translation>此資料庫沒有制度。</translation>
    </message>
    <message>
      <source>Version {label} is approved and read-only; start a new draft to change the regulation.</source>
      <translation>版本 {label} 已批准且為唯讀；如需修改制度，請另起新草稿。</translation>
    </message>
    <message>
      <source>A draft already exists; approve or discard it first.</source>
      <translation>已有一份草稿；請先批准或捨棄該草稿。</translation>
    </message>
    <message>
      <source>A version labelled {label} already exists.</source>
      <translation>版本號為 {label} 的版本已存在。</translation>
    </message>
    <message>
      <source>Draft {label} is the only version of the regulation and cannot be discarded.</source>
      <translation>草稿 {label} 是制度唯一的版本，不能捨棄。</translation>
    </message>
    <message>
      <source>{field} cannot be before {date}, when version {label} took effect.</source>
      <translation>{field}不能早於版本 {label} 生效的日期 {date}。</translation>
    </message>
    <message>
      <source>The regulation has chapters 1 to {count}; there is no chapter {chapter}.</source>
      <translation>制度只有第 1 至第 {count} 章；沒有第 {chapter} 章。</translation>
    </message>
    <message>
      <source>A sub-section must be in the same chapter as its parent.</source>
      <translation>小節必須與其上層位於同一章。</translation>
    </message>
    <message>
      <source>A heading is one line.</source>
      <translation>標題只能有一行。</translation>
    </message>
    <message>
      <source>Write the title after the number.</source>
      <translation>請在編號之後填寫標題。</translation>
    </message>
    <message>
      <source>Unknown placeholder {{{{{name}}}}}; known: {known}.</source>
      <translation>未知的佔位符 {{{{{name}}}}}；可用的有：{known}。</translation>
    </message>
    <message>
      <source>Version {label} is a draft: only an approved version can be acknowledged.</source>
      <translation>版本 {label} 是草案：只有已核准的版本才能閱知確認。</translation>
    </message>
    <message>
      <source>{date} is before version {label} was approved ({approved}).</source>
      <translation>{date} 早於版本 {label} 的核准日期（{approved}）。</translation>
    </message>
    <message>
      <source>{staff} {name} has already acknowledged version {label}.</source>
      <translation>{staff} {name} 已閱知版本 {label}。</translation>
    </message>
    <message>
      <source>{staff} {name} has not acknowledged version {label}.</source>
      <translation>{staff} {name} 尚未閱知版本 {label}。</translation>
    </message>
    <message>
      <source>Version {label} is the first version: there is nothing before it to compare it with.</source>
      <translation>版本 {label} 是第一個版本，沒有更早的版本可以比較。</translation>
    </message>
    <message>
      <source>The {kind} weights must add up to 100; they add up to {total} ({detail}).</source>
      <translation>{kind} 權重合計必須為 100；目前合計為 {total}（{detail}）。</translation>
    </message>
    <message>
      <source>Grade bands must go from the highest minimum score to the lowest, each lower than the one before.</source>
      <translation>等級須按最低分數由高至低排列，每一級都要低於上一級。</translation>
    </message>
    <message>
      <source>The lowest grade must start at 0 so that every total has a grade.</source>
      <translation>最低等級必須從 0 分起，使每個總分都有對應的等級。</translation>
    </message>
    <message>
      <source>This database has no active appraisal scheme.</source>
      <translation>此資料庫沒有生效中的考核方案。</translation>
    </message>
    <message>
      <source>Unknown code(s): {codes}.</source>
      <translation>未知的代碼：{codes}。</translation>
    </message>
    <message>
      <source>Unknown grade(s): {codes}.</source>
      <translation>未知的等級：{codes}。</translation>
    </message>
    <message>
      <source>Unknown choice of months: {value}.</source>
      <translation>未知的月份選項：{value}。</translation>
    </message>
    <message>
      <source>The minimum number of months must be 1 to 12.</source>
      <translation>最少月數必須介於 1 到 12 之間。</translation>
    </message>
    <message>
      <source>Dropping extremes needs at least 3 peer scores.</source>
      <translation>去掉最高分與最低分至少需要 3 個同事評分。</translation>
    </message>
    <message>
      <source>The department name was changed by someone else to {value}; reopen the settings and try again.</source>
      <translation>部門名稱已被他人改為「{value}」；請重新開啟設定後再試一次。</translation>
    </message>
    <message>
      <source>{field} must be a whole number of days from 1 to 365.</source>
      <translation>{field}必須是 1 至 365 的整數天數。</translation>
    </message>
    <message>
      <source>{field} must be a number from 0.1 to 5.</source>
      <translation>{field}必須是 0.1 到 5 之間的數字。</translation>
    </message>
    <message>
      <source>{field} must be a percentage from 0 to 100.</source>
      <translation>{field}必須是 0 到 100 之間的百分比。</translation>
    </message>
    <message>
      <source>{field} must be yes or no.</source>
      <translation>{field}必須是 yes 或 no。</translation>
    </message>
    <message>
      <source>Staff number {no} is already used by another person.</source>
      <translation>員工編號 {no} 已被其他人使用。</translation>
    </message>
    <message>
      <source>A person cannot be their own supervisor.</source>
      <translation>員工不能是自己的直接上級。</translation>
    </message>
    <message>
      <source>{name} has left the department and cannot be a supervisor.</source>
      <translation>{name}已離開本部門，不能擔任直接上級。</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address.</source>
      <translation>「{value}」不是有效的電子郵件地址。</translation>
    </message>
    <message>
      <source>{name} has already left the department.</source>
      <translation>{name}已經離開本部門。</translation>
    </message>
    <message>
      <source>{name} still supervises {people}; give them another supervisor first.</source>
      <translation>{name} 仍是 {people} 的主管；請先為他們指定其他主管。</translation>
    </message>
    <message>
      <source>This supervisor would report to this person: a cycle.</source>
      <translation>此上級會反過來隸屬於此員工，形成循環。</translation>
    </message>
    <message>
      <source>{name} already has history and cannot be removed; mark them as departed instead.</source>
      <translation>{name}已有歷史記錄，不能刪除；請改為標記離職。</translation>
    </message>
    <message>
      <source>Write the reply before marking the suggestion answered.</source>
      <translation>請先填寫回覆，再將意見標記為已回覆。</translation>
    </message>
    <message>
      <source>Name the author, or mark the suggestion anonymous.</source>
      <translation>請填寫提出人，或將意見標記為匿名。</translation>
    </message>
    <message>
      <source>{title} is being handled and is kept.</source>
      <translation>{title}正在處理中，將予保留。</translation>
    </message>
    <message>
      <source>An anonymous suggestion cannot name its author.</source>
      <translation>匿名意見不能填寫提出人。</translation>
    </message>
    <message>
      <source>Write the reply first.</source>
      <translation>請先填寫回覆。</translation>
    </message>
    <message>
      <source>Say who replies.</source>
      <translation>請填寫回覆人。</translation>
    </message>
    <message>
      <source>The name is longer than {max} characters.</source>
      <translation>名稱超過 {max} 個字元。</translation>
    </message>
    <message>
      <source>This session already has attendance and is kept.</source>
      <translation>此場次已有出勤記錄，將予保留。</translation>
    </message>
    <message>
      <source>That person is not on this session's list.</source>
      <translation>此人不在本場次的名單中。</translation>
    </message>
    <message>
      <source>Choose a person.</source>
      <translation>請選擇一位人員。</translation>
    </message>
    <message>
      <source>{field} contains a character that cannot be saved in a document (U+{code}); remove it.</source>
      <translation>{field}含有無法存入文件的字元（U+{code}），請刪除。</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>{field}為必填。</translation>
    </message>
    <message>
      <source>{field} is longer than {max} characters.</source>
      <translation>{field}超過 {max} 個字元。</translation>
    </message>
    <message>
      <source>{field} cannot be before the start date.</source>
      <translation>{field}不能早於開始日期。</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a number.</source>
      <translation>{field}：「{value}」不是數字。</translation>
    </message>
    <message>
      <source>{field} cannot be less than {min}.</source>
      <translation>{field}不能小於 {min}。</translation>
    </message>
    <message>
      <source>{field} cannot be more than {max}.</source>
      <translation>{field}不能大於 {max}。</translation>
    </message>
    <message>
      <source>{field} may have at most {places} digit(s) after the decimal point.</source>
      <translation>{field}小數點後最多只能有 {places} 位。</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not one of {allowed}.</source>
      <translation>{field}：「{value}」不是 {allowed} 之一。</translation>
    </message>
    <message>
      <source>{what} #{id} does not exist.</source>
      <translation>{what} #{id} 不存在。</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a date (YYYY-MM-DD).</source>
      <translation>{field}：「{value}」不是有效的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
      <source>Choose a workflow template.</source>
      <translation>請選擇工作流程範本。</translation>
    </message>
    <message>
      <source>Steps of this run are already checked off; its workflow cannot change.</source>
      <translation>此項目已有勾選的步驟；不能再更換工作流程。</translation>
    </message>
    <message>
      <source>{title} already has history; cancel it instead.</source>
      <translation>{title}已有歷史記錄；請改為取消。</translation>
    </message>
    <message>
      <source>Only event runs (活動運營) carry a budget.</source>
      <translation>只有活動運營項目才有預算。</translation>
    </message>
    <message>
      <source>Another stage of this workflow is already called {name}.</source>
      <translation>此工作流程已有另一個名為{name}的階段。</translation>
    </message>
    <message>
      <source>Describe the approval (e.g. 運營經理審核) before choosing who approves.</source>
      <translation>請先填寫審批內容（例如 運營經理審核），再選擇審批人。</translation>
    </message>
    <message>
      <source>Runs have checked this step off; deactivate it instead.</source>
      <translation>已有項目勾選了此步驟；請改為停用。</translation>
    </message>
    <message>
      <source>That step is already active.</source>
      <translation>該步驟已是啟用狀態。</translation>
    </message>
    <message>
      <source>That step is already inactive.</source>
      <translation>該步驟已停用。</translation>
    </message>
    <message>
      <source>There is no workflow template with the code {code}.</source>
      <translation>沒有代碼為 {code} 的工作流程範本。</translation>
    </message>
    <message>
      <source>{title} is closed; reopen it to change it.</source>
      <translation>{title}已結束；如需修改，請先重新開啟。</translation>
    </message>
    <message>
      <source>That step belongs to another workflow.</source>
      <translation>該步驟屬於另一個工作流程。</translation>
    </message>
    <message>
      <source>That step is already checked off.</source>
      <translation>該步驟已勾選。</translation>
    </message>
    <message>
      <source>That step is not checked off.</source>
      <translation>該步驟尚未勾選。</translation>
    </message>
    <message>
      <source>That stage belongs to another workflow.</source>
      <translation>該階段屬於另一個工作流程。</translation>
    </message>
    <message>
      <source>The stage {stage} needs no approval.</source>
      <translation>階段{stage}無需審批。</translation>
    </message>
    <message>
      <source>Participants must be a whole number, 0 or more.</source>
      <translation>參與人數必須是 0 或以上的整數。</translation>
    </message>
    <message>
      <source>Interactions must be a whole number, 0 or more.</source>
      <translation>互動次數必須是 0 或以上的整數。</translation>
    </message>
    <message>
      <source>Reach must be a whole number, 0 or more.</source>
      <translation>傳播人數必須是 0 或以上的整數。</translation>
    </message>
    <message>
      <source>Cannot find a free file name in {folder}.</source>
      <translation>在 {folder} 中找不到可用的檔名。</translation>
    </message>
    <message>
      <source>The database is damaged ({reason}); no backup was kept. Restore the newest good backup (File → Restore, or “ops-desktop restore”).</source>
      <translation>資料庫已損壞（{reason}），未保留這份備份。請還原最新的完好備份（檔案 → 還原，或「ops-desktop restore」）。</translation>
    </message>
    <message>
      <source>The backup to {path} failed: {reason}</source>
      <translation>備份至 {path} 失敗：{reason}</translation>
    </message>
    <message>
      <source>Cannot create the database {path}: {reason}</source>
      <translation>無法建立資料庫 {path}：{reason}</translation>
    </message>
    <message>
      <source>The change conflicts with the data already stored and was not saved ({reason}).</source>
      <translation>此修改與已儲存的資料衝突，未予儲存（{reason}）。</translation>
    </message>
    <message>
      <source>A record was changed by someone else while this change was being saved; nothing was saved. Reopen it and try again.</source>
      <translation>儲存時有記錄同時被他人修改；未儲存任何變更。請重新開啟後再試一次。</translation>
    </message>
    <message>
      <source>The database could not complete the change ({reason}); nothing was saved.</source>
      <translation>資料庫無法完成此修改（{reason}）；沒有儲存任何內容。</translation>
    </message>
    <message>
      <source>Cannot open the database {where}: {reason}</source>
      <translation>無法開啟資料庫 {where}：{reason}</translation>
    </message>
    <message>
      <source>The appraisal period is locked; unlock it (with a reason) to change its scores. Nothing was saved.</source>
      <translation>此考核期間已鎖定；須先解鎖（並說明原因）才能修改其分數。未儲存任何內容。</translation>
    </message>
    <message>
      <source>{path} is damaged ({reason}). Nothing was changed. Keep a copy of it with “ops-desktop backup --db {path} -o COPY”, then restore the newest good backup (File → Restore, or “ops-desktop restore”).</source>
      <translation>{path} 已損壞（{reason}）。未做任何變更。請先以「ops-desktop backup --db {path} -o COPY」保留一份副本，再還原最新的完好備份（檔案 → 還原，或「ops-desktop restore」）。</translation>
    </message>
    <message>
      <source>{path} is the database this window or command has open; choose another file.</source>
      <translation>{path} 是這個視窗或命令正在使用的資料庫；請選擇其他檔案。</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
      <source>{path} is an empty file, not an ops-desktop database. It was left unchanged; to start a new database, choose a file name that does not exist yet.</source>
      <translation>{path} 是空檔案，不是 ops-desktop 資料庫，已保持原狀。若要建立新資料庫，請選擇一個尚不存在的檔名。</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop database (it is not a SQLite file). It was left unchanged.</source>
      <translation>{path} 不是 ops-desktop 資料庫（不是 SQLite 檔案）。檔案未被更動。</translation>
    </message>
    <message>
      <source>{path} is being written by another ops-desktop window or command ({reason}); try again when it has finished.</source>
      <translation>另一個 ops-desktop 視窗或命令正在寫入 {path}（{reason}）；請待它完成後再試。</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
      <source>{path} is a SQLite database of another program (or an empty one), not an ops-desktop database. It was left unchanged.</source>
      <translation>{path} 是其他程式的（或空的）SQLite 資料庫，不是 ops-desktop 資料庫，已保持原狀。</translation>
    </message>
    <message>
      <source>{path} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
      <translation>{path} 由較新版本的 ops-desktop 寫入（結構版本 {revision}）。請安裝較新版本以開啟；檔案已保持原狀。</translation>
    </message>
    <message>
      <source>Cannot open {path}: {reason}</source>
      <translation>無法開啟 {path}：{reason}</translation>
    </message>
    <message>
      <source>Give either --db or --database-url, not both.</source>
      <translation>請只指定 --db 或 --database-url 其中之一，不能同時指定。</translation>
    </message>
    <message>
      <source>Not a database URL: {url}</source>
      <translation>不是有效的資料庫 URL：{url}</translation>
    </message>
    <message>
      <source>{where} already holds tables of another program; it is not an ops-desktop database and was left unchanged.</source>
      <translation>{where} 已含有其他程式的資料表；不是 ops-desktop 資料庫，未被更動。</translation>
    </message>
    <message>
      <source>{where} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
      <translation>{where} 由較新版本的 ops-desktop 寫入（結構版本 {revision}）。請安裝較新版本後再開啟；檔案未被更動。</translation>
    </message>
    <message>
      <source>The backup was restored into {path}, but then: {reason} The replaced data is kept in {kept}.</source>
      <translation>備份已還原到 {path}，但隨後：{reason} 被取代的資料保存在 {kept}。</translation>
    </message>
    <message>
      <source>{path} is damaged ({reason}); it was not restored.</source>
      <translation>{path} 已損壞（{reason}）；未予還原。</translation>
    </message>
    <message>
      <source>{path} is the database itself.</source>
      <translation>{path} 就是資料庫本身。</translation>
    </message>
    <message>
      <source>Restoring works on SQLite files.</source>
      <translation>還原僅適用於 SQLite 檔案。</translation>
    </message>
    <message>
      <source>{path} is open in another ops-desktop window or command; close it there, then restore. Nothing was changed.</source>
      <translation>{path} 正由另一個 ops-desktop 視窗或命令開啟；請先在那裡關閉，再還原。未做任何變更。</translation>
    </message>
    <message>
      <source>The restore of {path} failed: {reason}; nothing was changed.</source>
      <translation>還原 {path} 失敗：{reason}；未做任何變更。</translation>
    </message>
    <message>
      <source>Evaluator forms are for monthly periods.</source>
      <translation>評價表只適用於月度考核週期。</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop evaluator form.</source>
      <translation>{path} 不是 ops-desktop 的評價表。</translation>
    </message>
    <message>
      <source>{path} is a form of an earlier version of the program (without the columns 未評 and 評語); generate the forms again.</source>
      <translation>{path} 是舊版程式產生的評分表（沒有「未評」與「評語」欄）；請重新產生評分表。</translation>
    </message>
    <message>
      <source>{path} is a form for the period {other}, not {period}.</source>
      <translation>{path} 是考核週期 {other} 的評價表，不是 {period} 的。</translation>
    </message>
    <message>
      <source>{path} names an evaluator ({no}) who is not on the staff list.</source>
      <translation>{path} 所列的評價人（{no}）不在員工名單中。</translation>
    </message>
    <message>
      <source>{path} is the form of {name}, not of the evaluator chosen.</source>
      <translation>{path} 是{name}的評價表，不是所選評價人的。</translation>
    </message>
    <message>
      <source>{path} was made for other appraisal dimensions; generate the forms again.</source>
      <translation>{path} 是按其他考核維度產生的；請重新產生評價表。</translation>
    </message>
    <message>
      <source>a form of an earlier version: generate the forms again</source>
      <translation>舊版的評分表：請重新產生評分表</translation>
    </message>
    <message>
      <source>the header row was changed; expected {expected}</source>
      <translation>標題列已被修改；應為 {expected}</translation>
    </message>
    <message>
      <source>unknown kind of evaluation</source>
      <translation>不明的評價類別</translation>
    </message>
    <message>
      <source>this evaluator does not score {number} as {kind}</source>
      <translation>這位評分人不以「{kind}」為 {number} 評分</translation>
    </message>
    <message>
      <source>this person appears twice</source>
      <translation>此人出現了兩次</translation>
    </message>
    <message>
      <source>{n} not evaluated (未評)</source>
      <translation>未評 {n}</translation>
    </message>
    <message>
      <source>{n} comment(s)</source>
      <translation>評語 {n}</translation>
    </message>
    <message>
      <source>this row is hidden: show it (the evaluator must see what is sent) and send it again</source>
      <translation>此列已隱藏：請取消隱藏（評分人須看得到送出的內容）後再送一次</translation>
    </message>
    <message>
      <source>a formula, not a score: type the number</source>
      <translation>這是公式，不是分數：請直接輸入數字</translation>
    </message>
    <message>
      <source>a formula: type the text itself</source>
      <translation>這是公式：請直接輸入文字</translation>
    </message>
    <message>
      <source>the row is marked {mark} (not evaluated) but has a score: clear the score or the mark</source>
      <translation>此列標為 {mark}（未評價）卻有分數：請清除分數或標記</translation>
    </message>
    <message>
      <source>no score: type one, or mark the row {mark} (not evaluated)</source>
      <translation>沒有分數：請輸入分數，或將此列標為 {mark}（未評價）</translation>
    </message>
    <message>
      <source>merged cells: unmerge them, one value per cell</source>
      <translation>合併儲存格：請取消合併，每格一個值</translation>
    </message>
    <message>
      <source>{path}: the sheet {sheet} is hidden; show it, check what it holds and send the form again.</source>
      <translation>{path}：工作表 {sheet} 已被隱藏；請取消隱藏、核對內容後再交回。</translation>
    </message>
    <message>
      <source>{path} holds a hidden sheet {sheet} beside {form}: delete it, or fill in {form} only, and send the form again.</source>
      <translation>{path} 在 {form} 之外還有隱藏的工作表 {sheet}：請刪除它，只填寫 {form}，然後再交回。</translation>
    </message>
    <message>
      <source>this column is hidden: show it and send the form again</source>
      <translation>此欄已隱藏：請取消隱藏後再送一次評分表</translation>
    </message>
    <message>
      <source>{file}: {state}; {counts}</source>
      <translation>{file}：{state}；{counts}</translation>
    </message>
    <message>
      <source>{path} is too large ({size} MB) to be a form or a roster.</source>
      <translation>{path} 太大（{size} MB），不可能是評價表或員工名冊。</translation>
    </message>
    <message>
      <source>{path} is not an Excel workbook (.xlsx).</source>
      <translation>{path} 不是 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
      <source>{path} unpacks to {size} MB: too large to be a form or a roster.</source>
      <translation>{path} 解壓後達 {size} MB：太大，不可能是評價表或員工名冊。</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>新增 {n}</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>變更 {n}</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>未變 {n}</translation>
    </message>
    <message>
      <source>{n} problem(s)</source>
      <translation>問題 {n} 個</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>已匯入</translation>
    </message>
    <message>
      <source>NOT imported</source>
      <translation>未匯入</translation>
    </message>
    <message>
      <source>{path} is damaged (not a readable .xlsx).</source>
      <translation>{path} 已損壞（不是可讀取的 .xlsx）。</translation>
    </message>
    <message>
      <source>{path} is damaged or not an .xlsx workbook ({reason}).</source>
      <translation>{path} 已損壞或不是 .xlsx 活頁簿（{reason}）。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>not a date: use a date cell or YYYY-MM-DD</source>
      <translation>不是日期：請用日期格式的儲存格或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>expected text, found {kind}</source>
      <translation>應為文字，卻是 {kind}</translation>
    </message>
    <message>
      <source>staff number is required</source>
      <translation>工號為必填</translation>
    </message>
    <message>
      <source>name is required</source>
      <translation>姓名為必填</translation>
    </message>
    <message>
      <source>not an e-mail address</source>
      <translation>不是電子郵件地址</translation>
    </message>
    <message>
      <source>no {columns} column in the first 10 rows</source>
      <translation>前 10 列中沒有「{columns}」欄</translation>
    </message>
    <message>
      <source>the workbook has no worksheet</source>
      <translation>活頁簿中沒有工作表</translation>
    </message>
    <message>
      <source>unknown position</source>
      <translation>不明的職位</translation>
    </message>
    <message>
      <source>unknown status: use 在職, 休假 or 離職</source>
      <translation>不明的狀態：請用 在職、休假 或 離職</translation>
    </message>
    <message>
      <source>duplicate staff number (first in row {row})</source>
      <translation>工號重複（第一次出現在第 {row} 列）</translation>
    </message>
    <message>
      <source>Supervisor {no} was not imported: their row has problems.</source>
      <translation>直接上級 {no} 未匯入：其資料有問題。</translation>
    </message>
    <message>
      <source>{count} people are called {name}: use the staff number</source>
      <translation>有 {count} 人名叫 {name}：請改用工號</translation>
    </message>
    <message>
      <source>supervisor not found</source>
      <translation>找不到上級</translation>
    </message>
    <message>
      <source>supervisor {number} is {boss}, not {name}</source>
      <translation>上級 {number} 是 {boss}，不是 {name}</translation>
    </message>
    <message>
      <source>the cell holds an Excel error</source>
      <translation>儲存格中是 Excel 錯誤值</translation>
    </message>
    <message>
      <source>{path} {cell}: '{value}' is not a date; use a date cell or YYYY-MM-DD.</source>
      <translation>{path} {cell}：「{value}」不是日期；請使用日期儲存格或 YYYY-MM-DD。</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop sign-off workbook.</source>
      <translation>{path} 不是 ops-desktop 的簽收活頁簿。</translation>
    </message>
    <message>
      <source>{path} is the sign-off workbook of version {other}, not {label}.</source>
      <translation>{path} 是版本 {other} 的簽收活頁簿，不是版本 {label} 的。</translation>
    </message>
    <message>
      <source>{path} {cell}: a date without a staff number.</source>
      <translation>{path} {cell}：有日期但沒有工號。</translation>
    </message>
    <message>
      <source>There is no position {name}; the positions are {known}.</source>
      <translation>沒有崗位{name}；現有崗位為 {known}。</translation>
    </message>
    <message>
      <source>The text does not fit on {pages} pages even at {size} pt.</source>
      <translation>即使縮小到 {size} pt，文字仍無法容納在 {pages} 頁內。</translation>
    </message>
    <message>
      <source>The flowchart does not fit even A0 with its text at {least} pt or larger; shorten the steps of its stages.</source>
      <translation>即使用 A0 紙張，文字在 {least} pt 以上時流程圖仍無法容納；請縮短各階段的步驟。</translation>
    </message>
    <message>
      <source>There is no workflow template {name}; the templates are {names}.</source>
      <translation>沒有工作流程範本{name}；現有範本為 {names}。</translation>
    </message>
    <message>
      <source>{title} has no stages to draw.</source>
      <translation>{title}沒有可繪製的階段。</translation>
    </message>
    <message>
      <source>The font has no glyphs for {chars}.</source>
      <translation>此字型缺少以下字元的字形：{chars}。</translation>
    </message>
    <message>
      <source>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} landscape or larger.</source>
      <translation>文字在 {least} pt 以上時，流程圖無法容納在 {size} 上；請選擇 {paper} 橫向或更大的紙張。</translation>
    </message>
    <message>
      <source>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} portrait or larger.</source>
      <translation>文字在 {least} pt 以上時，流程圖無法容納在 {size} 上；請選擇 {paper} 直向或更大的紙張。</translation>
    </message>
    <message>
      <source>The font file {path} does not exist.</source>
      <translation>字型檔 {path} 不存在。</translation>
    </message>
    <message>
      <source>The font {path} has no glyphs for {chars}: text would vanish from the poster. Choose a font with Chinese and Latin letters.</source>
      <translation>字型 {path} 缺少以下字元的字形：{chars}；這些文字將從海報上消失。請選擇同時包含中文與拉丁字母的字型。</translation>
    </message>
    <message>
      <source>{path} cannot be used as a font ({reason}).</source>
      <translation>{path} 無法作為字型使用（{reason}）。</translation>
    </message>
    <message>
      <source>{path} is an OpenType font with PostScript (CFF) outlines, which PDF posters cannot embed; choose a TrueType (.ttf/.ttc) font such as WenQuanYi Micro Hei.</source>
      <translation>{path} 是採用 PostScript（CFF）外框的 OpenType 字型，PDF 海報無法嵌入；請選擇 TrueType（.ttf/.ttc）字型，例如文泉驛微米黑。</translation>
    </message>
    <message>
      <source>'{color}' is not a colour like #1F4E79.</source>
      <translation>「{color}」不是有效的顏色，格式如 #1F4E79。</translation>
    </message>
    <message>
      <source>'{spec}' is not a paper size: use A4, A3, A2, A1, A0 or WIDTHxHEIGHTmm such as 500x700mm.</source>
      <translation>「{spec}」不是有效的紙張尺寸：請使用 A4、A3、A2、A1、A0，或「寬x高mm」，例如 500x700mm。</translation>
    </message>
    <message>
      <source>A poster must be between 90 and 5000 mm on each side.</source>
      <translation>海報每邊長度必須介於 90 到 5000 mm 之間。</translation>
    </message>
    <message>
      <source>The logo {path} cannot be read as an image (PNG or JPEG).</source>
      <translation>標誌 {path} 無法作為圖片（PNG 或 JPEG）讀取。</translation>
    </message>
    <message>
      <source>The logo prints at {ppi} ppi at this size, below the {least} ppi that looks sharp: it will look blurred. Use a larger image for a sharp print.</source>
      <translation>標誌在此尺寸下的解析度只有 {ppi} ppi，低於清晰列印所需的 {least} ppi，印出來會模糊。請使用較大的圖片以求清晰。</translation>
    </message>
    <message>
      <source>The font has no glyphs for {chars}; choose another font so that no text is lost.</source>
      <translation>此字型缺少以下字元的字形：{chars}；請選擇其他字型，以免文字遺失。</translation>
    </message>
    <message>
      <source>'{arrangement}' is not an arrangement; use sheet, chapters or sheets.</source>
      <translation>「{arrangement}」不是排版方式；請用 sheet、chapters 或 sheets。</translation>
    </message>
    <message>
      <source>The Simplified text of {count} part(s) is older than its Traditional text, and prints as it was: {parts}. Review it in the regulation editor (Convert to Simplified) before printing.</source>
      <translation>有 {count} 處的簡體文字比繁體文字舊，會照舊印出：{parts}。請先在制度編輯中檢查（轉換為簡體）再列印。</translation>
    </message>
    <message>
      <source>Tiles are trimmed and pasted together at the office, so they have no bleed: choose either tiles or print-shop bleed.</source>
      <translation>分塊拼貼是在辦公室裁切並黏貼的，沒有出血：請在分塊拼貼與印刷廠出血之間擇一。</translation>
    </message>
    <message>
      <source>Tiles are printed on A4 or A3 paper, not {paper}.</source>
      <translation>分塊拼貼只能列印在 A4 或 A3 紙張上，不能用 {paper}。</translation>
    </message>
    <message>
      <source>Staff number</source>
      <translation>員工編號</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>崗位</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>直接上級</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入職日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Base bonus</source>
      <translation>績效獎金基數</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>電子郵件</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>電話</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>內容</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>審批人</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>權重</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>預算</translation>
    </message>
    <message>
      <source>Actual spend</source>
      <translation>實際支出</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>結束日期</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>時數</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>費用</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分數</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>發展目標</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>回覆</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Version label</source>
      <translation>版本號</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>類別</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培訓方式</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>負責人</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Minimum score</source>
      <translation>最低分數</translation>
    </message>
    <message>
      <source>Maximum share</source>
      <translation>人數上限比例</translation>
    </message>
    <message>
      <source>Training threshold</source>
      <translation>培訓需求門檻</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代碼</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>路徑</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培訓講師</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>審批結果</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Leaving date</source>
      <translation>離職日期</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>審批</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地點</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次檢視日期</translation>
    </message>
    <message>
      <source>Replied by</source>
      <translation>回覆人</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>崗位輪換</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>員工</translation>
    </message>
    <message>
      <source>Workflow template</source>
      <translation>工作流程範本</translation>
    </message>
    <message>
      <source>Bonus coefficient</source>
      <translation>獎金係數</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>備註</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>評分人</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意見</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>成效</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>使用中</translation>
    </message>
    <message>
      <source>Minimum months for the year</source>
      <translation>年度最少月數</translation>
    </message>
    <message>
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <source>Applied to months</source>
      <translation>套用的月份</translation>
    </message>
    <message>
      <source>Applies to</source>
      <translation>套用於</translation>
    </message>
    <message>
      <source>Approval step</source>
      <translation>核准步驟</translation>
    </message>
    <message>
      <source>Approving position</source>
      <translation>核准職位</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>依據</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建議內容</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>關閉日期</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>Moved by</source>
      <translation>移動</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>說明</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>維度</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>職責條目</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>生效</translation>
    </message>
    <message>
      <source>Grade band</source>
      <translation>等級區間</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>互動數</translation>
    </message>
    <message>
      <source>KPI weight</source>
      <translation>業務指標權重</translation>
    </message>
    <message>
      <source>Last week's summary</source>
      <translation>上週總結</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>會議</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>會議記錄</translation>
    </message>
    <message>
      <source>Months keeping their version</source>
      <translation>保留原版本的月份</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名稱</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>參與人數</translation>
    </message>
    <message>
      <source>Leave out the extremes of peer scores</source>
      <translation>去掉同事評分的最高分與最低分</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>同事評分人</translation>
    </message>
    <message>
      <source>Training plan</source>
      <translation>培訓計畫</translation>
    </message>
    <message>
      <source>Punctuation marks</source>
      <translation>標點符號</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>觸及人數</translation>
    </message>
    <message>
      <source>Replaced data kept in</source>
      <translation>被取代的資料保存在</translation>
    </message>
    <message>
      <source>Replied on</source>
      <translation>回覆日期</translation>
    </message>
    <message>
      <source>Responsible position</source>
      <translation>負責職位</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>考核方案</translation>
    </message>
    <message>
      <source>Source weight</source>
      <translation>來源權重</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>階段</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>開始日期</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出席情況</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步驟</translation>
    </message>
    <message>
      <source>Person evaluated</source>
      <translation>被評價人</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>提交日期</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>目標職位</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>權重</translation>
    </message>
    <message>
      <source>Previous state</source>
      <translation>先前狀態</translation>
    </message>
    <message>
      <source>Incomplete</source>
      <translation>未完成人數</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人員</translation>
    </message>
    <message>
      <source>Decision on the appeal</source>
      <translation>申訴決定</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>通知書日期</translation>
    </message>
    <message>
      <source>Contested</source>
      <translation>申訴事項</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>申訴期限</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>決定日期</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Reason accepted late</source>
      <translation>逾期受理原因</translation>
    </message>
    <message>
      <source>Locked at</source>
      <translation>鎖定時間</translation>
    </message>
    <message>
      <source>Period number</source>
      <translation>考核期間編號</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>考核期間</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Source contested</source>
      <translation>申訴的考核方式</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>閱知日期</translation>
    </message>
    <message>
      <source>Recorded from</source>
      <translation>記錄來源</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
  </context>
</TS>
