<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About %1</source>
      <translation>关于 %1</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>程序</translation>
    </message>
    <message>
      <source>Font</source>
      <translation>字体</translation>
    </message>
    <message>
      <source>Icons</source>
      <translation>图标</translation>
    </message>
    <message>
      <source>The Operations Department's regulation, records, appraisals and posters, offline.</source>
      <translation>运营部的制度、记录、绩效考核与上墙海报，脱机使用。</translation>
    </message>
    <message>
      <source>(none open)</source>
      <translation>（未打开）</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Database in use</source>
      <translation>使用中的数据库</translation>
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
      <translation>授权</translation>
    </message>
    <message>
      <source>MIT (the program)</source>
      <translation>MIT（本程序）</translation>
    </message>
    <message>
      <source>The licences of what it ships from others (the font of posters and printouts, the icons) are in the next tabs.</source>
      <translation>随附的他人作品（海报和打印用的字体、图标）的授权条款，请见后面的标签页。</translation>
    </message>
    <message>
      <source>Cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>AckDateDialog</name>
    <message>
      <source>Record acknowledgement</source>
      <translation>记录阅知</translation>
    </message>
    <message>
      <source>%1 acknowledged version %2:</source>
      <translation>%1 已阅知版本 %2：</translation>
    </message>
    <message>
      <source>&amp;Acknowledged on</source>
      <translation>阅知日期(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>AcksPanel</name>
    <message>
      <source>Acknowledged</source>
      <translation>已阅知</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>待阅知</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>阅知日期</translation>
    </message>
    <message>
      <source>Due since</source>
      <translation>应阅知起始日</translation>
    </message>
    <message>
      <source>Days since due</source>
      <translation>应阅知天数</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Record acknowledgement…</source>
      <translation>记录阅知…</translation>
    </message>
    <message>
      <source>Import signed workbook…</source>
      <translation>导入已签收工作簿…</translation>
    </message>
    <message>
      <source>Print sign-off sheet…</source>
      <translation>打印签收表…</translation>
    </message>
    <message>
      <source>Export sign-off workbook…</source>
      <translation>导出签收工作簿…</translation>
    </message>
    <message>
      <source>Version %1 is a draft: people acknowledge a version once it is approved.</source>
      <translation>版本 %1 是草案：版本核准后才由员工阅知确认。</translation>
    </message>
    <message>
      <source>Version %1: %2 of %3 people acknowledged; %4 overdue</source>
      <translation>版本 %1：%3 人中已有 %2 人阅知；%4 人逾期</translation>
    </message>
    <message>
      <source>No active employees: add people on the Staff page.</source>
      <translation>没有在职员工：请在“员工”页添加人员。</translation>
    </message>
    <message numerus="yes">
      <source>Acknowledgement of %1 by %n people</source>
      <translation>
        <numerusform>%n 人阅知 %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Print sign-off sheet</source>
      <translation>打印签收表</translation>
    </message>
    <message>
      <source>Export sign-off workbook</source>
      <translation>导出签收工作簿</translation>
    </message>
    <message>
      <source>Signed sign-off workbook</source>
      <translation>已签收的签收工作簿</translation>
    </message>
    <message numerus="yes">
      <source>%n acknowledgement(s) recorded from the workbook</source>
      <translation>
        <numerusform>已从工作簿记录 %n 笔阅知</numerusform>
      </translation>
    </message>
    <message>
      <source>Import signed workbook of %1</source>
      <translation>导入 %1 的已签收工作簿</translation>
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
      <translation>工作任务</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>关闭日期</translation>
    </message>
    <message>
      <source>Set on</source>
      <translation>布置日期</translation>
    </message>
    <message>
      <source>Filter tasks…</source>
      <translation>筛选任务…</translation>
    </message>
    <message>
      <source>No tasks were set at this meeting: type one below and add it.</source>
      <translation>这次会议没有定下任务：在下方输入并添加。</translation>
    </message>
    <message>
      <source>No open tasks from earlier meetings.</source>
      <translation>以前的会议没有未完成的任务。</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>This week's tasks</source>
      <translation>本周工作任务</translation>
    </message>
    <message>
      <source>Carried over from earlier meetings</source>
      <translation>以往例会延续的任务</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>This week's tasks (%1 open, %2 overdue)</source>
      <translation>本周工作任务（%1 项进行中，%2 项逾期）</translation>
    </message>
    <message>
      <source>Carried over from earlier meetings (%1)</source>
      <translation>以往例会延续的任务（%1）</translation>
    </message>
    <message>
      <source>New task %1</source>
      <translation>添加任务 %1</translation>
    </message>
    <message>
      <source>Edit task %1</source>
      <translation>编辑任务 %1</translation>
    </message>
    <message>
      <source>Drop %1</source>
      <translation>作废 %1</translation>
    </message>
    <message>
      <source>Close %1</source>
      <translation>完成 %1</translation>
    </message>
    <message>
      <source>Reopen %1</source>
      <translation>重新打开 %1</translation>
    </message>
  </context>
  <context>
    <name>ActionStatus</name>
    <message>
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>已作废</translation>
    </message>
  </context>
  <context>
    <name>AddAppealDialog</name>
    <message>
      <source>Record an appeal of %1</source>
      <translation>登记 %1 的申诉</translation>
    </message>
    <message>
      <source>e.g. the supervisor's score for performance</source>
      <translation>例如：上级评价的工作业绩分数</translation>
    </message>
    <message>
      <source>Empty: the day the month was first locked (when the letters go out).</source>
      <translation>留空：该月首次锁定之日（结果通知书发出之日）。</translation>
    </message>
    <message>
      <source>Only for an appeal after its deadline</source>
      <translation>仅限逾期提出的申诉</translation>
    </message>
    <message>
      <source>Person:</source>
      <translation>员工：</translation>
    </message>
    <message>
      <source>Filed on:</source>
      <translation>提出日期：</translation>
    </message>
    <message>
      <source>Contested:</source>
      <translation>申诉事项：</translation>
    </message>
    <message>
      <source>Employee's reason:</source>
      <translation>员工理由：</translation>
    </message>
    <message>
      <source>Letter dated:</source>
      <translation>通知书日期：</translation>
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
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>年度结果</translation>
    </message>
    <message>
      <source>insufficient data</source>
      <translation>数据不足</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>晋升</translation>
    </message>
    <message>
      <source>priority</source>
      <translation>优先</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>考核维度</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分数</translation>
    </message>
    <message>
      <source>Promotion priority (annual top grade)</source>
      <translation>晋升优先（年度考核优秀）</translation>
    </message>
    <message>
      <source>No one has the year's top grade.</source>
      <translation>今年没有人获得最高等级。</translation>
    </message>
    <message>
      <source>Training needs (latest month)</source>
      <translation>培训需求（最近一个月）</translation>
    </message>
    <message>
      <source>No training needs in the year's latest month.</source>
      <translation>今年最近一个月没有培训需求。</translation>
    </message>
    <message>
      <source>No month of this year has results yet: open one on the Month tab.</source>
      <translation>今年还没有月份有考核结果：请在“月度”标签页添加月份。</translation>
    </message>
    <message>
      <source>Export annual sheet…</source>
      <translation>导出年度考核表…</translation>
    </message>
    <message>
      <source>No month is open yet.</source>
      <translation>还没有打开任何月份。</translation>
    </message>
    <message>
      <source>%1: mean of the monthly totals, at least %2 months</source>
      <translation>%1：月度总分的平均值，至少需 %2 个月</translation>
    </message>
  </context>
  <context>
    <name>AppealDecision</name>
    <message>
      <source>Upheld</source>
      <translation>申诉成立</translation>
    </message>
    <message>
      <source>Partly upheld</source>
      <translation>部分成立</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>驳回</translation>
    </message>
  </context>
  <context>
    <name>AppealsPanel</name>
    <message>
      <source>Appeals</source>
      <translation>绩效申诉</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Filed on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>申诉期限</translation>
    </message>
    <message>
      <source>Contested</source>
      <translation>申诉事项</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>决定</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Decide…</source>
      <translation>决定…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Unlock for the appeal</source>
      <translation>为此申诉解锁</translation>
    </message>
    <message>
      <source>Lock again</source>
      <translation>重新锁定</translation>
    </message>
    <message>
      <source>A decision changes no score: for an upheld appeal, unlock the month for it, correct the scores in the grid, then lock it again.</source>
      <translation>决定不会修改任何分数：申诉成立时，请为此申诉解锁该月，在表格中更正分数，然后重新锁定。</translation>
    </message>
    <message>
      <source>Appeals of %1</source>
      <translation>%1 的绩效申诉</translation>
    </message>
    <message>
      <source>late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>待决定</translation>
    </message>
    <message>
      <source>Unlock %1 for appeal #%2? The audit log names the appeal as the reason.</source>
      <translation>为申诉 #%2 解锁 %1？审核纪录会以此申诉为解锁原因。</translation>
    </message>
    <message>
      <source>Print the appeal</source>
      <translation>打印申诉决定书</translation>
    </message>
  </context>
  <context>
    <name>AppraisalsPage</name>
    <message>
      <source>Clear score %1</source>
      <translation>清除 %1 的分数</translation>
    </message>
    <message>
      <source>Score %1</source>
      <translation>评分 %1</translation>
    </message>
    <message>
      <source>Cleared: %1 scores, %2 refused</source>
      <translation>已清除：%1 项分数，%2 项被拒绝</translation>
    </message>
    <message>
      <source>Clear %1 scores</source>
      <translation>清除 %1 项分数</translation>
    </message>
    <message>
      <source>Pasted: %1 stored, %2 refused</source>
      <translation>已粘贴：%1 项已保存，%2 项被拒绝</translation>
    </message>
    <message>
      <source>Paste scores</source>
      <translation>粘贴评分</translation>
    </message>
    <message>
      <source>%1 is locked: its scores cannot change. To change them, choose Unlock… and give a reason.</source>
      <translation>%1 已锁定：分数不能再修改。如需修改，请按“解锁…”并填写原因。</translation>
    </message>
    <message>
      <source>Peer scores are typed per evaluator in the peers panel on the right; this cell shows their average.</source>
      <translation>同事评价请在右侧的同事评价面板中逐位评价人输入；此格显示其平均分。</translation>
    </message>
    <message>
      <source>Computed from the scores: it cannot be typed.</source>
      <translation>由各项分数计算得出，不能直接输入。</translation>
    </message>
    <message>
      <source>No month is open yet: open one with New month…</source>
      <translation>尚未有任何月份：请先以“添加月份…”创建。</translation>
    </message>
    <message>
      <source>Filled-in evaluator forms</source>
      <translation>已填写的评价表</translation>
    </message>
    <message>
      <source>Importing forms</source>
      <translation>正在导入评价表</translation>
    </message>
    <message>
      <source>Import %1 evaluator form(s)</source>
      <translation>导入 %1 份评价表</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Missing: %1; the total once they are in</source>
      <translation>缺少：%1；补齐后计算总分</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>完整</translation>
    </message>
    <message>
      <source>appeal open</source>
      <translation>申诉中</translation>
    </message>
    <message>
      <source>Print result letters…</source>
      <translation>打印结果通知书…</translation>
    </message>
    <message>
      <source>One PDF, a page per person…</source>
      <translation>一个 PDF，每人一页…</translation>
    </message>
    <message>
      <source>One PDF per person, in a folder…</source>
      <translation>每人一个 PDF，存入文件夹…</translation>
    </message>
    <message>
      <source>Writing the letters…</source>
      <translation>正在写入通知书…</translation>
    </message>
    <message>
      <source>%1 letter(s) written</source>
      <translation>已写入 %1 份通知书</translation>
    </message>
    <message>
      <source>No letter: %1</source>
      <translation>未出通知书：%1</translation>
    </message>
    <message>
      <source>Print result letters</source>
      <translation>打印绩效考核结果通知书</translation>
    </message>
    <message>
      <source>Scores are being entered.</source>
      <translation>评分输入中。</translation>
    </message>
    <message>
      <source>Complete, waiting for the manager's check.</source>
      <translation>评分已齐全，待主管审核。</translation>
    </message>
    <message>
      <source>Final: the results go to HR; unlock to change them.</source>
      <translation>定案：结果交人资；如需修改请先解锁。</translation>
    </message>
    <message>
      <source>New month…</source>
      <translation>添加月份…</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
    <message>
      <source>Export score sheet…</source>
      <translation>导出绩效考核表…</translation>
    </message>
    <message>
      <source>Evaluator forms…</source>
      <translation>评价表…</translation>
    </message>
    <message>
      <source>Import forms…</source>
      <translation>导入评价表…</translation>
    </message>
    <message>
      <source>Appeals…</source>
      <translation>绩效申诉…</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>考核周期：</translation>
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
      <translation>校准</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <source>No one was on the staff in this month: add people on the Staff page.</source>
      <translation>这个月没有在职员工：请在“员工”页添加人员。</translation>
    </message>
    <message>
      <source>Unlock…</source>
      <translation>解锁…</translation>
    </message>
    <message>
      <source>No month is open yet: open the first one with New month… above.</source>
      <translation>还没有打开任何月份：请用上方的“添加月份…”打开第一个月。</translation>
    </message>
    <message>
      <source>open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>in review</source>
      <translation>审核中</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>已锁定</translation>
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
      <translation>超出强制分布比例：%1</translation>
    </message>
    <message>
      <source>New month</source>
      <translation>添加月份</translation>
    </message>
    <message>
      <source>Month (YYYY-MM):</source>
      <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
      <source>'%1' is not a month like 2026-11.</source>
      <translation>“%1”不是有效的月份，格式如 2026-11。</translation>
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
      <translation>已驳回</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>审批人</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>审批结果</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <source>No approvals recorded for this run yet: record one below.</source>
      <translation>这次运行尚无核准记录：请在下方记录。</translation>
    </message>
    <message>
      <source>No stage of this workflow needs an approval.</source>
      <translation>此工作流程没有需要审批的阶段。</translation>
    </message>
    <message>
      <source>This run is closed; reopen it to record approvals.</source>
      <translation>此项目已结束；如需记录审批，请先重新打开。</translation>
    </message>
    <message>
      <source>Record the approval (or rejection) of a stage:</source>
      <translation>记录某个阶段的审批（批准或驳回）：</translation>
    </message>
    <message>
      <source>Approval of %1</source>
      <translation>%1 的审批</translation>
    </message>
  </context>
  <context>
    <name>ApproveDialog</name>
    <message>
      <source>Approve draft %1. An approved version is kept for ever and cannot be changed; later changes go into a new draft. Approval cannot be undone.</source>
      <translation>批准草稿 %1。批准后的版本将永久保存且不能再修改；之后的修改须另起新草稿。批准后无法撤销。</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <source>Registered</source>
      <translation>已报名</translation>
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
      <translation>请假</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Responsibility area</source>
      <translation>职责范围</translation>
    </message>
    <message>
      <source>Duty line</source>
      <translation>职责条目</translation>
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
      <translation>制度节</translation>
    </message>
    <message>
      <source>Regulation clause</source>
      <translation>制度条款</translation>
    </message>
    <message>
      <source>Workflow run</source>
      <translation>工作流程项目</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Appraisal period</source>
      <translation>考核周期</translation>
    </message>
    <message>
      <source>Appraisal scheme</source>
      <translation>考核方案</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <source>Evaluator's comment</source>
      <translation>评分人评语</translation>
    </message>
    <message>
      <source>Appeal</source>
      <translation>绩效申诉</translation>
    </message>
    <message>
      <source>Result letters</source>
      <translation>考核结果通知书</translation>
    </message>
    <message>
      <source>Data analysis score</source>
      <translation>数据分析分数</translation>
    </message>
    <message>
      <source>KPI figure</source>
      <translation>业务指标数据</translation>
    </message>
    <message>
      <source>Course</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>Training session</source>
      <translation>培训场次</translation>
    </message>
    <message>
      <source>Training plan</source>
      <translation>培训计划</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Development plan</source>
      <translation>发展规划</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>进度记录</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>工作任务</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>意见</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>created</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>reactivated</source>
      <translation>重新启用</translation>
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
      <translation>锁定</translation>
    </message>
    <message>
      <source>unlocked</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>opened</source>
      <translation>开立</translation>
    </message>
    <message>
      <source>put in review</source>
      <translation>送审</translation>
    </message>
    <message>
      <source>score entered</source>
      <translation>评分录入</translation>
    </message>
    <message>
      <source>score removed</source>
      <translation>评分删除</translation>
    </message>
    <message>
      <source>comment written</source>
      <translation>已写评语</translation>
    </message>
    <message>
      <source>comment removed</source>
      <translation>已删除评语</translation>
    </message>
    <message>
      <source>KPI figure entered</source>
      <translation>业务指标录入</translation>
    </message>
    <message>
      <source>peers set</source>
      <translation>设置同事评价人</translation>
    </message>
    <message>
      <source>scheme changed</source>
      <translation>考核方案修改</translation>
    </message>
    <message>
      <source>step checked off</source>
      <translation>步骤完成</translation>
    </message>
    <message>
      <source>step unchecked</source>
      <translation>步骤取消完成</translation>
    </message>
    <message>
      <source>file attached</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <source>file removed</source>
      <translation>移除文件</translation>
    </message>
    <message>
      <source>status set</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <source>replied</source>
      <translation>回复</translation>
    </message>
    <message>
      <source>reply undone</source>
      <translation>回复已撤销</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>还原</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>dropped</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>移动</translation>
    </message>
    <message>
      <source>attendance recorded</source>
      <translation>出勤记录</translation>
    </message>
    <message>
      <source>setting changed</source>
      <translation>设置修改</translation>
    </message>
    <message>
      <source>filed</source>
      <translation>已提出</translation>
    </message>
    <message>
      <source>decided</source>
      <translation>已决定</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>已打印</translation>
    </message>
    <message>
      <source>its period unlocked</source>
      <translation>考核期间已为此解锁</translation>
    </message>
    <message>
      <source>its period locked again</source>
      <translation>考核期间已重新锁定</translation>
    </message>
    <message>
      <source>(every kind)</source>
      <translation>（所有类型）</translation>
    </message>
    <message>
      <source>action code, e.g. unlock</source>
      <translation>动作代码，例如 unlock</translation>
    </message>
    <message>
      <source>Search… (Ctrl+F)</source>
      <translation>搜索…（Ctrl+F）</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出至 Excel…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
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
      <translation>记录类型</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详细内容</translation>
    </message>
    <message>
      <source>No entries for this record kind and action since that day. Every change made in the program is written here.</source>
      <translation>自该日起没有这类记录与动作的条目。程序中的每一项变更都会记在这里。</translation>
    </message>
    <message>
      <source>Record:</source>
      <translation>记录类型：</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>操作：</translation>
    </message>
    <message>
      <source>Since:</source>
      <translation>起始时间：</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message numerus="yes">
      <source>%n entries</source>
      <translation>
        <numerusform>%n 条记录</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BoardView</name>
    <message>
      <source>Choose a workflow above to see its board.</source>
      <translation>请在上方选择一个工作流程以查看其看板。</translation>
    </message>
    <message>
      <source>All stages complete</source>
      <translation>所有阶段已完成</translation>
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
      <translation>评分人</translation>
    </message>
    <message>
      <source>Flag</source>
      <translation>标记</translation>
    </message>
    <message>
      <source>As</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Rated</source>
      <translation>评分人数</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>平均</translation>
    </message>
    <message>
      <source>Spread (SD)</source>
      <translation>标准差</translation>
    </message>
    <message>
      <source>z</source>
      <translation>z</translation>
    </message>
    <message>
      <source>Top grade %</source>
      <translation>最高等级 %</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Stored total</source>
      <translation>已存总分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>上级评分</translation>
    </message>
    <message>
      <source>Supervisor, standardised</source>
      <translation>上级（校准）</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>同事</translation>
    </message>
    <message>
      <source>Peers, standardised</source>
      <translation>同事（校准）</translation>
    </message>
    <message>
      <source>Alpha</source>
      <translation>α</translation>
    </message>
    <message>
      <source>Save report…</source>
      <translation>保存报告…</translation>
    </message>
    <message>
      <source>A4 PDF…</source>
      <translation>A4 PDF…</translation>
    </message>
    <message>
      <source>Excel workbook…</source>
      <translation>Excel 工作簿…</translation>
    </message>
    <message>
      <source>No evaluator has scored anyone in this period yet.</source>
      <translation>这段期间还没有评分人评过任何人。</translation>
    </message>
    <message>
      <source>No one has a rating to calibrate in this period yet.</source>
      <translation>这段期间还没有可校准的评分。</translation>
    </message>
    <message>
      <source>No one was rated by two or more peers.</source>
      <translation>没有人由两位以上同事评分。</translation>
    </message>
    <message>
      <source>supervisor</source>
      <translation>上级</translation>
    </message>
    <message>
      <source>peer</source>
      <translation>同事</translation>
    </message>
    <message>
      <source>lenient</source>
      <translation>偏宽</translation>
    </message>
    <message>
      <source>severe</source>
      <translation>偏严</translation>
    </message>
    <message>
      <source>No month is open yet.</source>
      <translation>还没有打开任何月份。</translation>
    </message>
    <message>
      <source>%1: all ratings' mean %2, SD %3. Flagged: |z| at least %4, or more than %5% of the top grade (lenient). %6 flagged. No score is changed here.</source>
      <translation>%1：全部评分平均 %2，标准差 %3。标记条件：|z| 至少 %4，或给最高等级超过 %5%（偏宽）。共标记 %6 位。此处不改动任何分数。</translation>
    </message>
    <message>
      <source>Peers' agreement (Krippendorff's alpha, interval), all peers: %1</source>
      <translation>同事评分一致性（Krippendorff α，区间尺度），全部同事：%1</translation>
    </message>
    <message>
      <source>Over the forced distribution: %1</source>
      <translation>超出强制分布：%1</translation>
    </message>
    <message>
      <source>Within the forced-distribution limits (%1 graded).</source>
      <translation>未超出强制分布上限（已评 %1 人）。</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等级分布</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Supervisors' z-scores</source>
      <translation>上级评分人的 z 值</translation>
    </message>
    <message>
      <source>Save the calibration report</source>
      <translation>保存考核校准报告</translation>
    </message>
  </context>
  <context>
    <name>CommentsPanel</name>
    <message>
      <source>Comments</source>
      <translation>评语</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>评价类型</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>评分人</translation>
    </message>
    <message>
      <source>(outside)</source>
      <translation>（外部评分人）</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>评语</translation>
    </message>
    <message>
      <source>Select a person in the grid to read the comments on them.</source>
      <translation>在表格中选择一位员工，即可阅读对他的评语。</translation>
    </message>
    <message>
      <source>Comments: select a person</source>
      <translation>评语：请选择一位人员</translation>
    </message>
    <message>
      <source>No evaluator wrote a comment on this person this month.</source>
      <translation>本月没有评分人对这位员工写评语。</translation>
    </message>
    <message numerus="yes">
      <source>Comments (%n)</source>
      <translation>
        <numerusform>评语(%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>No comments</source>
      <translation>没有评语</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Compare versions</source>
      <translation>比较版本</translation>
    </message>
    <message>
      <source>&amp;From</source>
      <translation>原版本(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;To</source>
      <translation>修订版本(&amp;T)</translation>
    </message>
    <message>
      <source>Clause</source>
      <translation>条款</translation>
    </message>
    <message>
      <source>Old text</source>
      <translation>原条文</translation>
    </message>
    <message>
      <source>New text</source>
      <translation>修订后条文</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>No changes.</source>
      <translation>没有修订。</translation>
    </message>
    <message>
      <source>Removed characters are struck through on the old side, added ones underlined on the new side.</source>
      <translation>删除的文字在原条文一侧加删除线，添加的文字在修订后一侧加底线。</translation>
    </message>
    <message>
      <source>Print revision table…</source>
      <translation>打印修订对照表…</translation>
    </message>
    <message>
      <source>Export revision workbook…</source>
      <translation>导出修订对照工作簿…</translation>
    </message>
    <message>
      <source>Print revision table</source>
      <translation>打印修订对照表</translation>
    </message>
    <message>
      <source>Export revision workbook</source>
      <translation>导出修订对照工作簿</translation>
    </message>
    <message>
      <source>%1 → %2: %3 changed · %4 added · %5 removed · %6 moved</source>
      <translation>%1 → %2：修改 %3 · 添加 %4 · 删除 %5 · 移动 %6</translation>
    </message>
  </context>
  <context>
    <name>CourseForm</name>
    <message>
      <source>Title</source>
      <translation>课程名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培训方式</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培训讲师</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>时数</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>Plan year</source>
      <translation>计划年度</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>CoursesPanel</name>
    <message>
      <source>Course</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培训方式</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培训讲师</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>时数</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>计划年度</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>出席人次</translation>
    </message>
    <message>
      <source>Search courses… (Ctrl+F)</source>
      <translation>搜索课程…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No courses to show. Add a course, or choose another year.</source>
      <translation>没有可显示的课程。请添加课程，或选择其他年度。</translation>
    </message>
    <message>
      <source>New course</source>
      <translation>新课程</translation>
    </message>
    <message>
      <source>e.g. %1</source>
      <translation>例如 %1</translation>
    </message>
    <message>
      <source>Attendance &amp;&amp; results</source>
      <translation>出勤与成绩</translation>
    </message>
    <message>
      <source>Plan year:</source>
      <translation>计划年度：</translation>
    </message>
    <message>
      <source>Courses</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>所有年度</translation>
    </message>
    <message numerus="yes">
      <source>%n course(s)</source>
      <translation>
        <numerusform>%n 门课程</numerusform>
      </translation>
    </message>
    <message>
      <source>New course %1</source>
      <translation>添加课程 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <source>%1 has sessions and is kept as history.</source>
      <translation>%1 已有培训场次，将保留作为历史记录。</translation>
    </message>
    <message>
      <source>Remove the course %1?</source>
      <translation>要删除课程 %1 吗？</translation>
    </message>
    <message>
      <source>Remove %1</source>
      <translation>删除 %1</translation>
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
      <translation>今天没有需要处理的事项。</translation>
    </message>
    <message>
      <source>Alerts (double-click or Enter to open)</source>
      <translation>提醒（双击或按 Enter 打开）</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>总览</translation>
    </message>
    <message>
      <source>%1 people in the department · %2 alerts</source>
      <translation>部门共 %1 人 · %2 项提醒</translation>
    </message>
    <message>
      <source>%1: %v of %m complete</source>
      <translation>%1：已完成 %v / %m</translation>
    </message>
    <message>
      <source>No appraisal month is open yet</source>
      <translation>还没有打开考核月份</translation>
    </message>
    <message>
      <source>Staff by position</source>
      <translation>各岗位人数</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>No staff yet</source>
      <translation>还没有员工</translation>
    </message>
    <message>
      <source>%1 of %2 complete</source>
      <translation>已完成 %1 / %2</translation>
    </message>
    <message>
      <source>Grades %1</source>
      <translation>等级分布 %1</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等级分布</translation>
    </message>
    <message>
      <source>Department mean by month</source>
      <translation>部门各月平均分</translation>
    </message>
    <message>
      <source>complete people only</source>
      <translation>仅计已完成者</translation>
    </message>
    <message>
      <source>No month has complete results yet</source>
      <translation>还没有月份有完整的考核结果</translation>
    </message>
    <message>
      <source>%1: %2 of %3 complete</source>
      <translation>%1：已完成 %2 / %3</translation>
    </message>
    <message>
      <source>%period: %count people's scores are still incomplete</source>
      <translation>%period：仍有 %count 人的评分未完成</translation>
    </message>
    <message>
      <source>%period has ended and is not locked yet</source>
      <translation>%period 已结束，尚未锁定</translation>
    </message>
    <message>
      <source>%period has ended and is not locked yet; %count people's scores are still incomplete</source>
      <translation>%period 已结束，尚未锁定；仍有 %count 人的评分未完成</translation>
    </message>
    <message>
      <source>%period: %grade has %count of %graded graded people (%share%), above the %limit% limit</source>
      <translation>%period：%grade 有 %count 人，占已评 %graded 人的 %share%，超过 %limit% 的上限</translation>
    </message>
    <message>
      <source>Overdue action item: %text (%owner, due %due)</source>
      <translation>逾期的工作任务：%text（%owner，截止 %due）</translation>
    </message>
    <message>
      <source>Unanswered suggestion: %title (%date)</source>
      <translation>未回复的意见：%title（%date）</translation>
    </message>
    <message>
      <source>Over budget: %title (by %over)</source>
      <translation>超出预算：%title（超出 %over）</translation>
    </message>
    <message>
      <source>%name: %metric fell from %before% to %after%</source>
      <translation>%name：%metric 由 %before% 降至 %after%</translation>
    </message>
    <message>
      <source>Appeal #%id of %staff on %period, filed %date, awaits a decision</source>
      <translation>%staff 对 %period 的申诉 #%id（%date 提出）待决定</translation>
    </message>
    <message>
      <source>%count people have not acknowledged regulation %version after %days days (in force since %since)</source>
      <translation>%count 人在 %days 天后仍未阅知制度 %version 版（%since 起生效）</translation>
    </message>
  </context>
  <context>
    <name>DecideDialog</name>
    <message>
      <source>Decide appeal %1</source>
      <translation>决定申诉 %1</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>决定：</translation>
    </message>
    <message>
      <source>Reasons:</source>
      <translation>理由：</translation>
    </message>
    <message>
      <source>Decided on:</source>
      <translation>决定日期：</translation>
    </message>
  </context>
  <context>
    <name>DepartureDialog</name>
    <message>
      <source>Departure</source>
      <translation>离职</translation>
    </message>
    <message>
      <source>%1 leaves the department. Their history is kept.</source>
      <translation>%1 离职，其历史纪录会保留。</translation>
    </message>
    <message>
      <source>Leave date</source>
      <translation>离职日期</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentPanel</name>
    <message>
      <source>Staff no.</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>目标岗位</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次回顾</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>发展目标</translation>
    </message>
    <message>
      <source>Search plans… (Ctrl+F)</source>
      <translation>搜索发展规划…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No development plans to show.</source>
      <translation>没有可显示的发展计划。</translation>
    </message>
    <message>
      <source>New plan</source>
      <translation>新计划</translation>
    </message>
    <message>
      <source>Show achieved and closed</source>
      <translation>显示已达成及已关闭</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>No progress notes yet: write one below.</source>
      <translation>尚无进度记录：请在下方填写。</translation>
    </message>
    <message>
      <source>Progress notes</source>
      <translation>进展记录</translation>
    </message>
    <message>
      <source>Development plans</source>
      <translation>员工发展规划</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message numerus="yes">
      <source>%n development plan(s)</source>
      <translation>
        <numerusform>%n 份发展规划</numerusform>
      </translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>Development plan of %1</source>
      <translation>%1 的发展规划</translation>
    </message>
    <message>
      <source>Edit the plan of %1</source>
      <translation>编辑 %1 的发展规划</translation>
    </message>
    <message>
      <source>Close the development plan of %1?</source>
      <translation>要关闭 %1 的发展规划吗？</translation>
    </message>
    <message>
      <source>Close the plan of %1</source>
      <translation>关闭 %1 的发展规划</translation>
    </message>
    <message>
      <source>Progress note</source>
      <translation>进展记录</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Open file</source>
      <translation>打开文件</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
  </context>
  <context>
    <name>DutiesPanel</name>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>职责范围</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>条目数</translation>
    </message>
    <message>
      <source>Duty line</source>
      <translation>职责条目</translation>
    </message>
    <message>
      <source>No areas of duty yet: add the first one.</source>
      <translation>还没有职责范围：请添加第一个。</translation>
    </message>
    <message>
      <source>No duty lines in this area yet.</source>
      <translation>这个职责范围还没有职责条目。</translation>
    </message>
    <message>
      <source>Add area %1</source>
      <translation>添加职责范围 %1</translation>
    </message>
    <message>
      <source>Rename area %1</source>
      <translation>重命名职责范围 %1</translation>
    </message>
    <message>
      <source>Remove the area %1 with its %2 duty line(s)?</source>
      <translation>要删除职责范围 %1 及其 %2 条职责条目吗？</translation>
    </message>
    <message>
      <source>Remove area %1</source>
      <translation>删除职责范围 %1</translation>
    </message>
    <message>
      <source>Move area %1</source>
      <translation>移动职责范围 %1</translation>
    </message>
    <message>
      <source>Add duty line to %1</source>
      <translation>在 %1 添加职责条目</translation>
    </message>
    <message>
      <source>Edit duty line %1</source>
      <translation>编辑职责条目 %1</translation>
    </message>
    <message>
      <source>Remove this duty line?

%1</source>
      <translation>要删除这条职责条目吗？

%1</translation>
    </message>
    <message>
      <source>Remove duty line %1</source>
      <translation>删除职责条目 %1</translation>
    </message>
    <message>
      <source>Move duty line %1</source>
      <translation>移动职责条目 %1</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>添加 %1</translation>
    </message>
    <message>
      <source>The punctuation of draft %1 needs no change.</source>
      <translation>草稿 %1 的标点符号不需修改。</translation>
    </message>
    <message numerus="yes">
      <source>Make %n punctuation mark(s) of draft %1 full-width? The half-width , : ; ? ! between Chinese characters become ，：；？！ in every title and clause, in both scripts (1,000 and 12:30 stay). Ctrl+Z undoes it.</source>
      <translation>
        <numerusform>要把草稿 %1 的 %n 个标点符号改为全角吗？中文字之间的半角 , : ; ? ! 会在每个标题与条款、繁简两种文字中改为 ，：；？！（1,000 与 12:30 不变）。可按 Ctrl+Z 撤销。</numerusform>
      </translation>
    </message>
    <message>
      <source>Normalise punctuation</source>
      <translation>统一标点符号</translation>
    </message>
    <message>
      <source>Delete this clause?

%1</source>
      <translation>要删除这个条款吗？

%1</translation>
    </message>
    <message>
      <source>Delete the section %1 with its %2 sub-item(s)?</source>
      <translation>要删除节 %1 及其下 %2 个项目吗？</translation>
    </message>
    <message>
      <source>Delete the chapter %1 with its %2 section(s) and clause(s)?</source>
      <translation>要删除章 %1 及其下 %2 个节与条款吗？</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>删除 %1</translation>
    </message>
    <message>
      <source>Move %1</source>
      <translation>移动 %1</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <source>Clear the search</source>
      <translation>清除搜索</translation>
    </message>
    <message>
      <source>No rows match the search.</source>
      <translation>没有符合搜索的数据列。</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>Written: %1</source>
      <translation>已写入：%1</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>正在写入工作簿…</translation>
    </message>
    <message>
      <source>Export the score sheet</source>
      <translation>导出绩效考核表</translation>
    </message>
    <message>
      <source>Export the annual sheet</source>
      <translation>导出年度考核表</translation>
    </message>
    <message>
      <source>Export the staff roster</source>
      <translation>导出员工名册</translation>
    </message>
    <message>
      <source>Export training records</source>
      <translation>导出培训记录</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <source>%1 forms written</source>
      <translation>已写入 %1 份评价表</translation>
    </message>
    <message>
      <source>Folder for the evaluator forms</source>
      <translation>评价表存放的文件夹</translation>
    </message>
    <message>
      <source>Writing evaluator forms</source>
      <translation>正在生成评价表</translation>
    </message>
  </context>
  <context>
    <name>FilesView</name>
    <message>
      <source>Name</source>
      <translation>文件名称</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>路径</translation>
    </message>
    <message>
      <source>No files attached to this run.</source>
      <translation>这次运行没有附加文件。</translation>
    </message>
    <message>
      <source>Attach a file…</source>
      <translation>附加文件…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <source>Attach %1</source>
      <translation>附加 %1</translation>
    </message>
    <message>
      <source>Remove %1 from this run? The file itself stays.</source>
      <translation>要从此项目移除 %1 吗？文件本身会保留。</translation>
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
      <translation>您的姓名（记入审计日志）</translation>
    </message>
    <message>
      <source>Enter name…</source>
      <translation>输入姓名…</translation>
    </message>
    <message>
      <source>The department's name: %1</source>
      <translation>部门名称：%1</translation>
    </message>
    <message>
      <source>Open Settings</source>
      <translation>打开设置</translation>
    </message>
    <message>
      <source>Check the positions and their duties</source>
      <translation>核对岗位及其职责</translation>
    </message>
    <message>
      <source>Open Positions</source>
      <translation>打开岗位职责</translation>
    </message>
    <message>
      <source>Enter or import the staff roster</source>
      <translation>输入或导入员工名册</translation>
    </message>
    <message>
      <source>Open Staff</source>
      <translation>打开员工</translation>
    </message>
    <message>
      <source>Approve the regulation</source>
      <translation>核准制度</translation>
    </message>
    <message>
      <source>Open Regulation</source>
      <translation>打开制度</translation>
    </message>
    <message>
      <source>Open the first appraisal month</source>
      <translation>打开第一个考核月份</translation>
    </message>
    <message>
      <source>Open Appraisals</source>
      <translation>打开绩效考核</translation>
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
      <translation>名称无误</translation>
    </message>
    <message>
      <source>Positions checked</source>
      <translation>岗位已核对</translation>
    </message>
    <message>
      <source>Set up the department: %1 of %2 steps done.</source>
      <translation>设置部门：已完成 %1／%2 步。</translation>
    </message>
  </context>
  <context>
    <name>GuideWindow</name>
    <message>
      <source>%1 — User guide</source>
      <translation>%1 — 使用手册</translation>
    </message>
  </context>
  <context>
    <name>ImportReportDialog</name>
    <message>
      <source>Import of evaluator forms</source>
      <translation>导入评价表</translation>
    </message>
    <message>
      <source>%1: refused — %2</source>
      <translation>%1：被拒绝 — %2</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>工作表</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>单元格</translation>
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
      <translation>只导入没有问题的部分</translation>
    </message>
  </context>
  <context>
    <name>ItemEditor</name>
    <message>
      <source>Item (bullet)</source>
      <translation>项目（项目符号）</translation>
    </message>
    <message>
      <source>Paragraph</source>
      <translation>段落</translation>
    </message>
    <message>
      <source>Put the conversion of the Traditional text into the Simplified field, to check it before saving</source>
      <translation>把繁体文字转换成简体填入简体栏，核对后再保存</translation>
    </message>
    <message>
      <source>Chapter title</source>
      <translation>章标题</translation>
    </message>
    <message>
      <source>Section title</source>
      <translation>节标题</translation>
    </message>
    <message>
      <source>Select a chapter, section or clause.</source>
      <translation>请选择章、节或条款。</translation>
    </message>
    <message>
      <source>Chapter</source>
      <translation>章</translation>
    </message>
    <message>
      <source>Sub-section</source>
      <translation>小节</translation>
    </message>
    <message>
      <source>Section</source>
      <translation>节</translation>
    </message>
    <message>
      <source>Clause %1 of %2</source>
      <translation>第 %1 条（共 %2 条）</translation>
    </message>
    <message>
      <source>New chapter</source>
      <translation>添加章</translation>
    </message>
    <message>
      <source>New section in %1</source>
      <translation>在 %1 添加节</translation>
    </message>
    <message>
      <source>New sub-section in %1</source>
      <translation>在 %1 添加小节</translation>
    </message>
    <message>
      <source>New clause in %1</source>
      <translation>在 %1 添加条款</translation>
    </message>
    <message>
      <source>It was written for: %1</source>
      <translation>简体文字当时依据的繁体文字：%1</translation>
    </message>
  </context>
  <context>
    <name>ListBox</name>
    <message>
      <source>Search…</source>
      <translation>搜索…</translation>
    </message>
    <message>
      <source>Nothing here yet.</source>
      <translation>这里还没有数据。</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <source>Lock %1</source>
      <translation>锁定 %1</translation>
    </message>
    <message>
      <source>%1 of the people of %2 are not complete:</source>
      <translation>%2 有 %1 人的评分尚未完整：</translation>
    </message>
    <message>
      <source>Everyone of %1 is complete.</source>
      <translation>%1 所有人的评分均已完整。</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>缺少</translation>
    </message>
    <message>
      <source>Waiting for</source>
      <translation>待评分人</translation>
    </message>
    <message>
      <source>Lock although %1 people are incomplete</source>
      <translation>尽管 %1 人评分未完整，仍要锁定</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>锁定</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>This database was written by an older version of ops-desktop and has been brought up to date (schema %1 → %2).</source>
      <translation>此数据库由旧版 ops-desktop 创建，已更新为目前的格式（结构版本 %1 → %2）。</translation>
    </message>
    <message>
      <source>A copy of it as it was is kept at:
%1</source>
      <translation>更新前的数据库副本保存在：
%1</translation>
    </message>
    <message>
      <source>Backup written: %1</source>
      <translation>已写入备份：%1</translation>
    </message>
    <message>
      <source>ops-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
      <translation>ops-desktop 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>New &amp;database…</source>
      <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>%1 (not found)</source>
      <translation>%1（找不到）</translation>
    </message>
    <message>
      <source>Clear the list</source>
      <translation>清除列表</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>（尚无）</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>新建数据库</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>打开数据库</translation>
    </message>
    <message>
      <source>%1 is no longer there (moved, renamed or deleted); it is taken off the list.</source>
      <translation>%1 已不在原处（已移动、改名或删除），已从列表中移除。</translation>
    </message>
    <message>
      <source>Database in use: %1</source>
      <translation>使用中的数据库：%1</translation>
    </message>
    <message>
      <source>Opening %1</source>
      <translation>正在打开 %1</translation>
    </message>
    <message>
      <source>%1 has changes that are not saved.</source>
      <translation>“%1”有尚未保存的修改。</translation>
    </message>
    <message>
      <source>Save them?</source>
      <translation>要保存吗？</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>User &amp;guide</source>
      <translation>使用手册(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;About ops-desktop</source>
      <translation>关于 ops-desktop(&amp;A)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>处理中…</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>搜索(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Back up…</source>
      <translation>备份(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>还原(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
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
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>前往(&amp;G)</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>上一页</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>下一页</translation>
    </message>
    <message>
      <source>%1: not on this page</source>
      <translation>%1：本页不提供</translation>
    </message>
    <message>
      <source>%1: choose a record first</source>
      <translation>%1：请先选择一条记录</translation>
    </message>
    <message>
      <source>%1: nothing changed yet</source>
      <translation>%1：尚未修改任何内容</translation>
    </message>
    <message>
      <source>%1: nothing to act on yet</source>
      <translation>%1：目前没有可处理的内容</translation>
    </message>
    <message>
      <source>Still working; try again in a moment.</source>
      <translation>仍在处理中，请稍后再试。</translation>
    </message>
    <message>
      <source>Not available on this page.</source>
      <translation>此页面不提供这项功能。</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>您的姓名</translation>
    </message>
    <message>
      <source>Your name, as the audit log should record who made each change:</source>
      <translation>您的姓名（审计日志以此记下每项变更由谁所做）：</translation>
    </message>
    <message>
      <source>Backups are made of SQLite files; back up a PostgreSQL server with its own tools.</source>
      <translation>备份只适用于 SQLite 文件；PostgreSQL 服务器请用其自带的工具备份。</translation>
    </message>
    <message>
      <source>Back up the database</source>
      <translation>备份数据库</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>正在备份</translation>
    </message>
    <message>
      <source>Restoring works on SQLite files.</source>
      <translation>还原只适用于 SQLite 文件。</translation>
    </message>
    <message>
      <source>Restore from a backup</source>
      <translation>从备份还原</translation>
    </message>
    <message>
      <source>Checking the backup</source>
      <translation>正在检查备份</translation>
    </message>
    <message>
      <source>Replace the data in use by the backup %1? The data in use is kept in a copy beside it.</source>
      <translation>要以备份 %1 取代目前使用中的数据吗？目前的数据会另存一份副本放在旁边。</translation>
    </message>
    <message>
      <source>Restored; the replaced data is in %1</source>
      <translation>已还原；被取代的数据保存在 %1</translation>
    </message>
    <message>
      <source>Restoring</source>
      <translation>正在还原</translation>
    </message>
  </context>
  <context>
    <name>MeetingActionForm</name>
    <message>
      <source>Task</source>
      <translation>工作任务</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Clear the form</source>
      <translation>清空表单</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>保存修改</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>添加任务</translation>
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
      <translation>主题</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>出席人员</translation>
    </message>
    <message>
      <source>Last week's summary</source>
      <translation>上周工作总结</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议记录</translation>
    </message>
    <message>
      <source>Print minutes…</source>
      <translation>打印会议记录…</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Meetings</source>
      <translation>部门例会</translation>
    </message>
    <message>
      <source>No meetings yet. Add a meeting to keep its minutes, attendees and action items.</source>
      <translation>尚无会议。添加会议以保存会议记录、出席者与待办事项。</translation>
    </message>
    <message>
      <source>Add a meeting</source>
      <translation>添加会议</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>出席人员</translation>
    </message>
    <message>
      <source>Open items</source>
      <translation>未完成任务</translation>
    </message>
    <message>
      <source>Left empty: %1</source>
      <translation>未填写：%1</translation>
    </message>
    <message>
      <source>No staff to take part: add people on the Staff page.</source>
      <translation>没有可出席的员工：请在“员工”页添加人员。</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>例会</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>工作任务</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Attendees (%1 of %2)</source>
      <translation>出席人员（%1 / %2）</translation>
    </message>
    <message>
      <source>New meeting %1</source>
      <translation>添加例会 %1</translation>
    </message>
    <message>
      <source>Edit meeting %1</source>
      <translation>编辑例会 %1</translation>
    </message>
    <message>
      <source>The meeting of %1 has action items and is kept as the record.</source>
      <translation>%1 的例会已有工作任务，将保留作为记录。</translation>
    </message>
    <message>
      <source>Delete the meeting of %1? Its attendance is deleted with it.</source>
      <translation>要删除 %1 的例会吗？其出席记录将一并删除。</translation>
    </message>
    <message>
      <source>Delete meeting %1</source>
      <translation>删除例会 %1</translation>
    </message>
    <message>
      <source>Print minutes</source>
      <translation>打印会议记录</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
      <source>Minutes written to %1 (%n page(s)).</source>
      <translation>
        <numerusform>会议记录已写入 %1（共 %n 页）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Printing minutes…</source>
      <translation>正在打印会议记录…</translation>
    </message>
  </context>
  <context>
    <name>OutcomeView</name>
    <message>
      <source>⚠ Over budget by %1 (budget %2, spent %3).</source>
      <translation>⚠ 超出预算 %1（预算 %2，实际支出 %3）。</translation>
    </message>
    <message>
      <source>Budget, actual spend and outcome are kept for event runs (活動運營).</source>
      <translation>预算、实际支出与活动成效只记录于活动运营项目。</translation>
    </message>
    <message>
      <source>Spend and outcome of %1</source>
      <translation>%1 的支出与成效</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Dashboard</source>
      <translation>总览</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation>岗位职责</translation>
    </message>
    <message>
      <source>Regulation</source>
      <translation>制度</translation>
    </message>
    <message>
      <source>Posters</source>
      <translation>上墙海报</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训与发展</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>部门例会</translation>
    </message>
    <message>
      <source>Suggestions</source>
      <translation>意见箱</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
  </context>
  <context>
    <name>PeerPanel</name>
    <message>
      <source>Peers</source>
      <translation>同事评价人</translation>
    </message>
    <message>
      <source>Add peer</source>
      <translation>添加同事</translation>
    </message>
    <message>
      <source>Remove peer</source>
      <translation>移除同事</translation>
    </message>
    <message>
      <source>Peers: select a person</source>
      <translation>同事评价人：请先选择一位员工</translation>
    </message>
    <message>
      <source>No peers rate this person this month: add one below.</source>
      <translation>本月没有同事为这位员工评分：请在下方添加。</translation>
    </message>
    <message>
      <source>Peers of %1</source>
      <translation>%1 的同事评价人</translation>
    </message>
    <message>
      <source>The month is locked: unlock it to change its peers.</source>
      <translation>本月已锁定；如需变更同事评价人，请先解锁。</translation>
    </message>
    <message>
      <source>Select a person in the grid to see who rates them as a peer.</source>
      <translation>在表格中选择一位员工，即可查看哪些同事为他评分。</translation>
    </message>
    <message>
      <source>Peer score</source>
      <translation>同事评分</translation>
    </message>
    <message numerus="yes">
      <source>%1 has given %n score(s) to %2; remove %1 and the scores?</source>
      <translation>
        <numerusform>%1 已为%2评了 %n 项分数；要移除%1及这些分数吗？</numerusform>
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
      <translation>进行中</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>审核中</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>已锁定</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>Type part of a name (Traditional or Simplified) or a staff number</source>
      <translation>输入姓名的一部分（繁体或简体）或员工编号</translation>
    </message>
  </context>
  <context>
    <name>PlanPanel</name>
    <message>
      <source>Course</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>大类</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培训方式</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培训讲师</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>时数</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>出席人次</translation>
    </message>
    <message>
      <source>Search the plan… (Ctrl+F)</source>
      <translation>搜索培训计划…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No courses planned for this year: add them under Courses.</source>
      <translation>本年度尚未规划课程：请在“课程”中添加。</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Appraisal</source>
      <translation>考核周期</translation>
    </message>
    <message>
      <source>Below the threshold in</source>
      <translation>低于门槛的维度</translation>
    </message>
    <message>
      <source>Search training needs…</source>
      <translation>搜索培训需求…</translation>
    </message>
    <message>
      <source>No training needs: nobody's appraisal is below a threshold.</source>
      <translation>没有培训需求：无人的考核低于门槛。</translation>
    </message>
    <message>
      <source>Budget of the plan</source>
      <translation>计划预算</translation>
    </message>
    <message>
      <source>empty: no budget</source>
      <translation>留空表示不设预算</translation>
    </message>
    <message>
      <source>Training needs from the latest appraisal</source>
      <translation>最近一次考核得出的培训需求</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>年度：</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;: %2 course(s), %3 hours, cost %4, budget %5, %6 attendance(s)</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;：%2 门课程，%3 小时，费用 %4，预算 %5，出席 %6 人次</translation>
    </message>
    <message>
      <source>⚠ The plan's courses cost %1 more than its budget.</source>
      <translation>⚠ 计划中课程的费用超出预算 %1。</translation>
    </message>
    <message>
      <source>Budget of the %1 plan</source>
      <translation>%1 年度计划的预算</translation>
    </message>
  </context>
  <context>
    <name>PlanStatus</name>
    <message>
      <source>Active</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>已达成</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已关闭</translation>
    </message>
  </context>
  <context>
    <name>PositionDuties</name>
    <message>
      <source>Responsibility areas</source>
      <translation>职责范围</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Add area</source>
      <translation>添加职责范围</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>重命名</translation>
    </message>
    <message>
      <source>Remove area</source>
      <translation>删除职责范围</translation>
    </message>
    <message>
      <source>Area up</source>
      <translation>范围上移</translation>
    </message>
    <message>
      <source>Area down</source>
      <translation>范围下移</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>职责条目</translation>
    </message>
    <message>
      <source>Find a duty line…</source>
      <translation>搜索职责条目…</translation>
    </message>
    <message>
      <source>Text of the duty line</source>
      <translation>职责条目内容</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>添加条目</translation>
    </message>
    <message>
      <source>Save line</source>
      <translation>保存条目</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>删除条目</translation>
    </message>
    <message>
      <source>Line up</source>
      <translation>条目上移</translation>
    </message>
    <message>
      <source>Line down</source>
      <translation>条目下移</translation>
    </message>
  </context>
  <context>
    <name>PositionForm</name>
    <message>
      <source>Name</source>
      <translation>岗位名称</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>PositionsPage</name>
    <message>
      <source>Positions</source>
      <translation>岗位职责</translation>
    </message>
    <message>
      <source>No positions yet. Add the department's positions: staff are given one of them.</source>
      <translation>尚无职位。请添加部门的职位：每位员工都会被指派其中之一。</translation>
    </message>
    <message>
      <source>Add a position</source>
      <translation>添加职位</translation>
    </message>
    <message>
      <source>Show retired</source>
      <translation>显示已停用</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>岗位名称</translation>
    </message>
    <message>
      <source>Holders</source>
      <translation>在岗人数</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>职责范围</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>职责条目</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
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
      <translation>英文名称</translation>
    </message>
    <message>
      <source>(automatic)</source>
      <translation>（自动生成）</translation>
    </message>
    <message>
      <source>New position %1</source>
      <translation>添加岗位 %1</translation>
    </message>
    <message>
      <source>Edit position %1</source>
      <translation>编辑岗位 %1</translation>
    </message>
    <message>
      <source>New position</source>
      <translation>添加岗位</translation>
    </message>
    <message numerus="yes">
      <source>%n active holder(s)</source>
      <translation>
        <numerusform>%n 名在职人员</numerusform>
      </translation>
    </message>
    <message>
      <source>Retired: not offered for new assignments</source>
      <translation>已停用：不再供新的人员安排选用</translation>
    </message>
    <message>
      <source>Retire the position %1? It is no longer offered for new assignments; its areas, duty lines and history are kept.</source>
      <translation>要停用岗位 %1 吗？停用后不再供新的人员安排选用；其职责范围、职责条目与历史记录都会保留。</translation>
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
      <translation>重新启用岗位</translation>
    </message>
  </context>
  <context>
    <name>PostersPage</name>
    <message>
      <source>Posters</source>
      <translation>上墙海报</translation>
    </message>
    <message>
      <source>Whole regulation</source>
      <translation>整份制度</translation>
    </message>
    <message>
      <source>One chapter</source>
      <translation>单一章节</translation>
    </message>
    <message>
      <source>Responsibilities of a position</source>
      <translation>岗位职责</translation>
    </message>
    <message>
      <source>Workflow flowchart</source>
      <translation>工作流程图</translation>
    </message>
    <message>
      <source>Change notice</source>
      <translation>修订公告</translation>
    </message>
    <message>
      <source>An approved version prints the weights and values it was approved with.</source>
      <translation>已核准的版本会印出核准时的权重与数值。</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>横向</translation>
    </message>
    <message>
      <source>Traditional Chinese</source>
      <translation>繁体中文</translation>
    </message>
    <message>
      <source>Simplified Chinese</source>
      <translation>简体中文</translation>
    </message>
    <message>
      <source>(no logo)</source>
      <translation>（无标志）</translation>
    </message>
    <message>
      <source>Logo…</source>
      <translation>标志…</translation>
    </message>
    <message>
      <source>One sheet</source>
      <translation>单张</translation>
    </message>
    <message>
      <source>Tiles on A4</source>
      <translation>A4 分块拼贴</translation>
    </message>
    <message>
      <source>Tiles on A3</source>
      <translation>A3 分块拼贴</translation>
    </message>
    <message>
      <source>Print shop: bleed, CMYK</source>
      <translation>交印刷厂：出血、CMYK</translation>
    </message>
    <message>
      <source>3 mm bleed with the trim and bleed boxes, and CMYK colours, as a print shop asks for (not with tiles).</source>
      <translation>依印刷厂要求加上 3 mm 出血、裁切框与出血框，并使用 CMYK 色彩（分块拼贴时不适用）。</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>保存 PDF…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Poster:</source>
      <translation>海报：</translation>
    </message>
    <message>
      <source>Which:</source>
      <translation>内容：</translation>
    </message>
    <message>
      <source>Version:</source>
      <translation>版本：</translation>
    </message>
    <message>
      <source>Paper:</source>
      <translation>纸张：</translation>
    </message>
    <message>
      <source>Script:</source>
      <translation>文字版本：</translation>
    </message>
    <message>
      <source>Theme colour:</source>
      <translation>主题颜色：</translation>
    </message>
    <message>
      <source>Logo:</source>
      <translation>标志：</translation>
    </message>
    <message>
      <source>Printing:</source>
      <translation>打印方式：</translation>
    </message>
    <message>
      <source>Reading distance:</source>
      <translation>阅读距离：</translation>
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
        <numerusform>%n 张，字级 %1 pt</numerusform>
      </translation>
    </message>
    <message>
      <source>Theme colour</source>
      <translation>主题颜色</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>标志</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>The Simplified text of these parts is older than their Traditional text, and the poster prints them as they were:
%1

Print the poster anyway?</source>
      <translation>以下各处的简体文字比繁体文字旧，海报会印出旧的内容：
%1

仍要印出海报吗？</translation>
    </message>
    <message>
      <source>There is no poster to save yet.</source>
      <translation>尚无可保存的海报。</translation>
    </message>
    <message>
      <source>Save poster</source>
      <translation>保存海报</translation>
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
      <translation>阅读距离</translation>
    </message>
    <message>
      <source>One sheet: the largest text that fits it. One sheet per chapter: every chapter on a sheet of its own, at one size. Sheets: the text at the size the reading distance needs, on as many sheets as it takes.</source>
      <translation>一张：取能容纳的最大字级。每章一张：每章各占一张，字级一致。多张：依阅读距离所需的字级，需要几张就印几张。</translation>
    </message>
    <message>
      <source>One sheet, text to fit</source>
      <translation>一张，字级取最大</translation>
    </message>
    <message>
      <source>One sheet per chapter</source>
      <translation>每章一张</translation>
    </message>
    <message>
      <source>Sheets, text for the distance</source>
      <translation>多张，字级依阅读距离</translation>
    </message>
    <message>
      <source>Working out the layouts that fit…</source>
      <translation>正在计算适合的版面…</translation>
    </message>
    <message>
      <source>Use this layout</source>
      <translation>使用此排版</translation>
    </message>
    <message>
      <source>Layouts that read from %1 m:</source>
      <translation>在 %1 米外可阅读的排版：</translation>
    </message>
    <message>
      <source>One %1 sheet</source>
      <translation>一张 %1</translation>
    </message>
    <message>
      <source>One %1 sheet per chapter (%2 sheets)</source>
      <translation>每章一张 %1（共 %2 张）</translation>
    </message>
    <message>
      <source>%2 sheets of %1</source>
      <translation>%2 张 %1</translation>
    </message>
    <message>
      <source>%1: text at %2 pt, reads from %3 m</source>
      <translation>%1：字级 %2 pt，%3 米外可阅读</translation>
    </message>
    <message>
      <source>Does not reach the distance; the closest there is</source>
      <translation>达不到所选距离；这是最接近的排版</translation>
    </message>
    <message>
      <source>(a flowchart sets each box's text itself)</source>
      <translation>（流程图的字级由各方框自行决定）</translation>
    </message>
    <message>
      <source>reads comfortably from %1 m</source>
      <translation>%1 米外可舒适阅读</translation>
    </message>
    <message>
      <source> (closer than the %1 m asked for)</source>
      <translation>（比所选的 %1 米近）</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <source>Search… (Ctrl+F)</source>
      <translation>搜索…（Ctrl+F）</translation>
    </message>
    <message>
      <source>Nothing recorded yet.</source>
      <translation>尚无记录。</translation>
    </message>
    <message>
      <source>New</source>
      <translation>添加</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n 条记录</numerusform>
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
      <translation>标题</translation>
    </message>
    <message>
      <source>Simplified</source>
      <translation>简体</translation>
    </message>
    <message>
      <source>Outdated: the Traditional text has changed since this Simplified text was written. Check it, or convert it again.</source>
      <translation>已过时：写下这段简体文字之后，繁体文字已有修改。请核对，或重新转换。</translation>
    </message>
    <message>
      <source>Text (Traditional)</source>
      <translation>内容（繁体）</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Leave Simplified empty to convert it from the Traditional text. Placeholders such as {{weight.supervisor}} stay as they are here; the preview shows them filled with the current settings.</source>
      <translation>简体留空时将由繁体内容自动转换。此处的占位符（如 {{weight.supervisor}}）保持原样；预览会以目前的设置填入实际数值。</translation>
    </message>
    <message>
      <source>Convert to Simplified</source>
      <translation>转换为简体</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>RegulationPage</name>
    <message>
      <source>Text</source>
      <translation>条文</translation>
    </message>
    <message>
      <source>Acknowledgements</source>
      <translation>阅知确认</translation>
    </message>
    <message>
      <source>Regulation</source>
      <translation>制度</translation>
    </message>
    <message>
      <source>Find text… (Ctrl+F)</source>
      <translation>搜索文字…（Ctrl+F）</translation>
    </message>
    <message>
      <source>The regulation has no chapters yet: add the first one.</source>
      <translation>制度还没有任何章：请添加第一章。</translation>
    </message>
    <message>
      <source>Add chapter</source>
      <translation>添加章</translation>
    </message>
    <message>
      <source>Add section</source>
      <translation>添加节</translation>
    </message>
    <message>
      <source>Add sub-section</source>
      <translation>添加小节</translation>
    </message>
    <message>
      <source>Add clause</source>
      <translation>添加条款</translation>
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
      <translation>删除…</translation>
    </message>
    <message>
      <source>Punctuation…</source>
      <translation>标点符号…</translation>
    </message>
    <message>
      <source>Make the draft's punctuation full-width (，：；？！)</source>
      <translation>把草稿的标点符号改为全角（，：；？！）</translation>
    </message>
    <message>
      <source>Preview with the current settings</source>
      <translation>以目前设置预览</translation>
    </message>
    <message>
      <source>Traditional</source>
      <translation>繁体</translation>
    </message>
    <message>
      <source>Simplified</source>
      <translation>简体</translation>
    </message>
    <message numerus="yes">
      <source>Regulation %1: %n clause(s)</source>
      <translation>
        <numerusform>制度 %1：共 %n 条</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegulationTreeModel</name>
    <message>
      <source>The Simplified text is outdated.</source>
      <translation>简体文字已过时。</translation>
    </message>
  </context>
  <context>
    <name>ReplyPanel</name>
    <message>
      <source>e.g. 運營經理</source>
      <translation>例如 运营经理</translation>
    </message>
    <message>
      <source>Save the suggestion first; then set its status here.</source>
      <translation>请先保存意见，再于此处设置其状态。</translation>
    </message>
    <message>
      <source>Answered by %1 on %2.</source>
      <translation>由 %1 于 %2 回复。</translation>
    </message>
    <message>
      <source>Save a reply: that answers the suggestion.</source>
      <translation>保存回复：该意见即标记为已回复。</translation>
    </message>
    <message>
      <source>Status of %1</source>
      <translation>%1 的状态</translation>
    </message>
    <message>
      <source>Reply to %1</source>
      <translation>回复 %1</translation>
    </message>
  </context>
  <context>
    <name>RunEditor</name>
    <message>
      <source>Details</source>
      <translation>详细信息</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>审批</translation>
    </message>
    <message>
      <source>Budget &amp;&amp; outcome</source>
      <translation>预算与成效</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>标记为完成</translation>
    </message>
    <message>
      <source>Cancel run</source>
      <translation>取消项目</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Print summary…</source>
      <translation>打印活动总结报告…</translation>
    </message>
    <message>
      <source>&lt;b&gt;New run&lt;/b&gt; — fill in the details and save.</source>
      <translation>&lt;b&gt;新项目&lt;/b&gt; — 请填写详细信息后保存。</translation>
    </message>
    <message>
      <source>Choose a run, or start a new one (Ctrl+N).</source>
      <translation>请选择一个项目，或开始新项目（Ctrl+N）。</translation>
    </message>
    <message>
      <source>waiting in %1</source>
      <translation>停留在 %1</translation>
    </message>
    <message>
      <source>all stages complete</source>
      <translation>所有阶段已完成</translation>
    </message>
    <message>
      <source>Cancel %1? It stays in the list of cancelled runs.</source>
      <translation>要取消 %1 吗？它会保留在已取消的项目列表中。</translation>
    </message>
    <message>
      <source>%1 still has unchecked steps or approvals. Mark it done anyway?</source>
      <translation>%1 仍有未勾选的步骤或未完成的审批。仍要标记为完成吗？</translation>
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
      <translation>%1 已重新打开</translation>
    </message>
    <message>
      <source>Save the event summary</source>
      <translation>保存活动总结报告</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Event summary written to %1 (%2 page(s)).</source>
      <translation>活动总结报告已写入 %1（共 %2 页）。</translation>
    </message>
    <message>
      <source>Writing the event summary…</source>
      <translation>正在生成活动总结报告…</translation>
    </message>
  </context>
  <context>
    <name>RunForm</name>
    <message>
      <source>event runs only, e.g. 15000</source>
      <translation>仅限活动运营项目，例如 15000</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Start %1</source>
      <translation>开始 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <source>Started %1.</source>
      <translation>已开始 %1。</translation>
    </message>
  </context>
  <context>
    <name>RunStatus</name>
    <message>
      <source>Active</source>
      <translation>进行中</translation>
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
      <translation>项目</translation>
    </message>
    <message>
      <source>Workflow</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Waiting in</source>
      <translation>目前阶段</translation>
    </message>
    <message>
      <source>(complete)</source>
      <translation>（已完成）</translation>
    </message>
    <message>
      <source>Over budget</source>
      <translation>超出预算</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Search runs… (Ctrl+F)</source>
      <translation>搜索项目…（Ctrl+F）</translation>
    </message>
    <message>
      <source>No workflow runs to show. Start a run, or choose another workflow or status.</source>
      <translation>没有可显示的流程运行。请开始一次运行，或选择其他流程或状态。</translation>
    </message>
    <message>
      <source>New run</source>
      <translation>新运行</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>进行中</translation>
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
      <translation>所有状态</translation>
    </message>
    <message>
      <source>List</source>
      <translation>列表</translation>
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
        <numerusform>%n 个项目</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SchemeAppliesTo</name>
    <message>
      <source>the months not yet locked</source>
      <translation>尚未锁定的月份</translation>
    </message>
    <message>
      <source>the months opened from now on</source>
      <translation>今后打开的月份</translation>
    </message>
  </context>
  <context>
    <name>SchemeFields</name>
    <message>
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>From score</source>
      <translation>起始分数</translation>
    </message>
    <message>
      <source>Bonus coefficient</source>
      <translation>奖金系数</translation>
    </message>
    <message>
      <source>Max share %</source>
      <translation>人数上限 %</translation>
    </message>
    <message>
      <source>no limit</source>
      <translation>不设上限</translation>
    </message>
    <message>
      <source>Total: ?</source>
      <translation>合计：?</translation>
    </message>
    <message>
      <source>Total: 100 ✓</source>
      <translation>合计：100 ✓</translation>
    </message>
    <message>
      <source>Total: %1 — must be 100</source>
      <translation>合计：%1 — 必须为 100</translation>
    </message>
  </context>
  <context>
    <name>SchemeImpactDialog</name>
    <message>
      <source>Save the appraisal settings</source>
      <translation>保存考核设置</translation>
    </message>
    <message>
      <source>These months are not locked yet and use the settings being changed. Applied to them, the new settings change:</source>
      <translation>以下月份尚未锁定，使用的正是要修改的设置。若套用于这些月份，新设置将改变：</translation>
    </message>
    <message>
      <source>Locked months keep their results in either case.</source>
      <translation>已锁定的月份无论如何都保留原有结果。</translation>
    </message>
    <message>
      <source>Apply to %1 now: re-score them with the new settings</source>
      <translation>立即套用于 %1：以新设置重新计算其成绩</translation>
    </message>
    <message>
      <source>Apply from the next month opened: %1 keep the settings they were opened with</source>
      <translation>自下一个打开的月份起套用：%1 保留打开时的设置</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>考核周期</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Totals</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Grades</source>
      <translation>等级</translation>
    </message>
    <message>
      <source>Bonuses</source>
      <translation>奖金</translation>
    </message>
    <message>
      <source>Training needs</source>
      <translation>培训需求</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>In review</source>
      <translation>审核中</translation>
    </message>
    <message numerus="yes">
      <source>%n total(s)</source>
      <translation>
        <numerusform>%n 人总分</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n grade(s)</source>
      <translation>
        <numerusform>%n 人等级</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n bonus(es)</source>
      <translation>
        <numerusform>%n 人奖金</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person's training needs</source>
      <translation>
        <numerusform>%n 人培训需求</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: no result changes</source>
      <translation>%1：结果没有变动</translation>
    </message>
    <message>
      <source>%1: %2 change</source>
      <translation>%1：%2 有变动</translation>
    </message>
  </context>
  <context>
    <name>SessionsView</name>
    <message>
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <source>Choose a session on the Sessions tab.</source>
      <translation>请在“场次”标签页选择一个培训场次。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Session of %1&lt;/b&gt; %2</source>
      <translation>&lt;b&gt;%1 的培训场次&lt;/b&gt; %2</translation>
    </message>
    <message>
      <source>Attendance of %1</source>
      <translation>%1 的出勤</translation>
    </message>
    <message>
      <source>Take %1 off this session's list?</source>
      <translation>要将 %1 从本场次名单中移除吗？</translation>
    </message>
    <message>
      <source>Take %1 off the list</source>
      <translation>将 %1 从名单中移除</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Not passed</source>
      <translation>未通过</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>时数</translation>
    </message>
    <message>
      <source>On the list</source>
      <translation>名单人数</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>出席</translation>
    </message>
    <message>
      <source>No sessions of this course yet.</source>
      <translation>这门课程尚无场次。</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>新场次</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>员工编号</translation>
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
      <translation>成绩分数</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>成绩</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Search attendees…</source>
      <translation>搜索参加人员…</translation>
    </message>
    <message>
      <source>Nobody is on this session's list yet: register people below.</source>
      <translation>这个场次的名单上还没有人：请在下方登记。</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>培训场次</translation>
    </message>
    <message>
      <source>Attendance and result</source>
      <translation>出勤与成绩</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Add session</source>
      <translation>添加场次</translation>
    </message>
    <message>
      <source>Add a session on %1</source>
      <translation>添加 %1 的场次</translation>
    </message>
    <message>
      <source>Edit the session of %1</source>
      <translation>编辑 %1 的场次</translation>
    </message>
  </context>
  <context>
    <name>SettingsForm</name>
    <message>
      <source>This workstation</source>
      <translation>本机</translation>
    </message>
    <message>
      <source>Operator name</source>
      <translation>操作人姓名</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Backups kept</source>
      <translation>保留备份份数</translation>
    </message>
    <message>
      <source>PDF font</source>
      <translation>PDF 字体</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Bundled font</source>
      <translation>内置字体</translation>
    </message>
    <message>
      <source>The operator name is written in the audit log beside every change made on this workstation. A backup is taken each time the program opens a database file; only the newest ones are kept.</source>
      <translation>操作人姓名会与本机上的每项修改一并写入审计日志。每次程序打开数据库文件时都会自动备份，只保留最新的几份。</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <source>Department name</source>
      <translation>部门名称</translation>
    </message>
    <message>
      <source>Days to appeal a result</source>
      <translation>结果申诉期限（天）</translation>
    </message>
    <message>
      <source>Result letters show the rank</source>
      <translation>结果通知书列出排名</translation>
    </message>
    <message>
      <source>Result letters show the bonus amount</source>
      <translation>结果通知书列出奖金金额</translation>
    </message>
    <message>
      <source>Calibration flags a rater at |z| of</source>
      <translation>校准标记评分人：|z| 达</translation>
    </message>
    <message>
      <source>… or lenient above this % of top grades</source>
      <translation>… 或给最高等级超过此百分比即为偏宽</translation>
    </message>
    <message>
      <source>Days to acknowledge the regulation</source>
      <translation>制度阅知期限（天）</translation>
    </message>
    <message>
      <source>Database in use</source>
      <translation>使用中的数据库</translation>
    </message>
    <message>
      <source>To work in another database file, use File → Open database… or File → New database…; File → Open recent lists the last ones. A PostgreSQL server is chosen when the program starts (see Help → User guide).</source>
      <translation>要改用另一个数据库文件，请用 文件 → 打开数据库… 或 文件 → 新建数据库…；文件 → 最近打开 列出最近用过的文件。PostgreSQL 服务器在程序启动时指定（见 帮助 → 使用手册）。</translation>
    </message>
    <message>
      <source>Sources (weight %)</source>
      <translation>评价来源（权重 %）</translation>
    </message>
    <message>
      <source>Dimensions (weight %)</source>
      <translation>考核维度（权重 %）</translation>
    </message>
    <message>
      <source>Grades and use of results</source>
      <translation>等级与考核结果应用</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Training need below</source>
      <translation>培训需求门槛（低于）</translation>
    </message>
    <message>
      <source>Annual result needs at least (months)</source>
      <translation>年度结果至少需要（月数）</translation>
    </message>
    <message>
      <source>Drop the highest and lowest peer score</source>
      <translation>去掉同事评分的最高分与最低分</translation>
    </message>
    <message>
      <source>… when there are at least</source>
      <translation>… 当评分人数至少为</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <source>Bundled: %1</source>
      <translation>内置：%1</translation>
    </message>
    <message>
      <source>The name is longer than %1 characters.</source>
      <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
      <source>That is a file, not a folder.</source>
      <translation>这是文件，不是文件夹。</translation>
    </message>
    <message>
      <source>Neither this folder nor the one above it exists.</source>
      <translation>此文件夹及其上层文件夹都不存在。</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <source>PDF font</source>
      <translation>PDF 字体</translation>
    </message>
    <message>
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <source>Settings not saved: correct the marked fields.</source>
      <translation>设置未保存：请修正标示的字段。</translation>
    </message>
    <message>
      <source>Settings not saved.</source>
      <translation>设置未保存。</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <source>Change settings</source>
      <translation>修改设置</translation>
    </message>
  </context>
  <context>
    <name>StaffForm</name>
    <message>
      <source>Staff number</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>直接上级</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>在职状态</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Base bonus</source>
      <translation>绩效奖金基数</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Export roster…</source>
      <translation>导出员工名册…</translation>
    </message>
    <message>
      <source>Show departed</source>
      <translation>显示已离职</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>No staff yet. Add each person here: their staff number, name and position.</source>
      <translation>尚无员工。请在这里逐一添加：工号、姓名与职位。</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>添加员工</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>直接上级</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>在职状态</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>考核周期</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等级</translation>
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
      <translation>课程</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分数</translation>
    </message>
    <message>
      <source>Regulation version</source>
      <translation>制度版本</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>阅知日期</translation>
    </message>
    <message>
      <source>Appraisals</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <source>No appraisal results for this person yet.</source>
      <translation>这位员工还没有考核结果。</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>No training recorded for this person yet.</source>
      <translation>这位员工还没有培训记录。</translation>
    </message>
    <message>
      <source>Regulation acknowledged</source>
      <translation>已阅知的制度</translation>
    </message>
    <message>
      <source>This person has not acknowledged any version of the regulation yet.</source>
      <translation>此人尚未阅知任何版本的制度。</translation>
    </message>
    <message>
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>New staff %1</source>
      <translation>添加员工 %1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <source>Departed %1</source>
      <translation>离职 %1</translation>
    </message>
    <message>
      <source>%1 departed</source>
      <translation>%1 已离职</translation>
    </message>
  </context>
  <context>
    <name>StaffStatus</name>
    <message>
      <source>Active</source>
      <translation>在职</translation>
    </message>
    <message>
      <source>On leave</source>
      <translation>休假</translation>
    </message>
    <message>
      <source>Departed</source>
      <translation>离职</translation>
    </message>
  </context>
  <context>
    <name>StepsView</name>
    <message>
      <source>Select a run to tick off its steps.</source>
      <translation>选择一个项目，即可勾选完成的步骤。</translation>
    </message>
    <message>
      <source>This run's workflow has no stages.</source>
      <translation>这个项目的流程没有任何阶段。</translation>
    </message>
    <message>
      <source>Stage / step</source>
      <translation>阶段／步骤</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <source>Check off each step as it is done. ▶ marks the stage the run waits in.</source>
      <translation>每完成一个步骤就勾选。▶ 标示项目目前所在的阶段。</translation>
    </message>
    <message>
      <source>This run is closed; reopen it to change its steps.</source>
      <translation>此项目已结束；如需修改步骤，请先重新打开。</translation>
    </message>
    <message>
      <source>%1 (retired)</source>
      <translation>%1（已停用）</translation>
    </message>
    <message>
      <source>Approval: %1 — %2</source>
      <translation>审批：%1 — %2</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>待审批</translation>
    </message>
    <message>
      <source>Check off %1</source>
      <translation>勾选 %1</translation>
    </message>
    <message>
      <source>Uncheck %1</source>
      <translation>取消勾选 %1</translation>
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
      <translation>标题</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
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
      <translation>内容</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>SuggestionReplyForm</name>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>回复</translation>
    </message>
    <message>
      <source>Replied by</source>
      <translation>回复人</translation>
    </message>
    <message>
      <source>Set status</source>
      <translation>设置状态</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save reply</source>
      <translation>保存回复</translation>
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
      <translation>处理中</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>已回复</translation>
    </message>
  </context>
  <context>
    <name>SuggestionsPage</name>
    <message>
      <source>Suggestions</source>
      <translation>意见箱</translation>
    </message>
    <message>
      <source>No suggestions yet. Record one when a colleague hands it in.</source>
      <translation>尚无建议。同事提交建议时请在此记录。</translation>
    </message>
    <message>
      <source>Record a suggestion</source>
      <translation>记录建议</translation>
    </message>
    <message>
      <source>Show answered</source>
      <translation>显示已回复</translation>
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
      <translation>标题</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>e.g. 流程, 培訓, 行政</source>
      <translation>例如 流程、培训、行政</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>意见</translation>
    </message>
    <message>
      <source>Status and reply</source>
      <translation>状态与回复</translation>
    </message>
    <message>
      <source>(choose the author)</source>
      <translation>（请选择提出人）</translation>
    </message>
    <message>
      <source>New suggestion %1</source>
      <translation>添加意见 %1</translation>
    </message>
    <message>
      <source>Edit suggestion %1</source>
      <translation>编辑意见 %1</translation>
    </message>
    <message>
      <source>“%1” is being handled and is kept.</source>
      <translation>“%1”正在处理中，将予保留。</translation>
    </message>
    <message>
      <source>Remove the suggestion “%1”?</source>
      <translation>要删除意见“%1”吗？</translation>
    </message>
    <message>
      <source>Remove suggestion %1</source>
      <translation>删除意见 %1</translation>
    </message>
  </context>
  <context>
    <name>SummaryBox</name>
    <message>
      <source>Summary</source>
      <translation>汇总</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>The end of the range is before its start.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 suggestion(s)&lt;/b&gt;: %2&lt;br&gt;Anonymous %3 · unanswered %4&lt;br&gt;By category: %5</source>
      <translation>&lt;b&gt;共 %1 条意见&lt;/b&gt;：%2&lt;br&gt;匿名 %3 · 未回复 %4&lt;br&gt;按类别：%5</translation>
    </message>
  </context>
  <context>
    <name>TaskRunner</name>
    <message>
      <source>Unexpected error: %1</source>
      <translation>发生未预期的错误：%1</translation>
    </message>
    <message>
      <source>The details are in the log: %1</source>
      <translation>详细信息记录在日志中：%1</translation>
    </message>
  </context>
  <context>
    <name>TemplatesPanel</name>
    <message>
      <source>New step of this stage</source>
      <translation>本阶段的新步骤</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Step %1</source>
      <translation>步骤 %1</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>添加步骤</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Add a step to %1</source>
      <translation>在 %1 添加步骤</translation>
    </message>
    <message>
      <source>Edit step %1</source>
      <translation>编辑步骤 %1</translation>
    </message>
    <message>
      <source>Deactivate this step? Runs will no longer wait for it; runs that checked it off keep it.</source>
      <translation>要停用这个步骤吗？项目将不再等待此步骤；已勾选此步骤的项目会保留其记录。</translation>
    </message>
    <message>
      <source>Reactivate a step</source>
      <translation>重新启用步骤</translation>
    </message>
    <message>
      <source>Deactivate a step</source>
      <translation>停用步骤</translation>
    </message>
    <message>
      <source>Search stages and steps… (Ctrl+F)</source>
      <translation>搜索阶段与步骤…（Ctrl+F）</translation>
    </message>
    <message>
      <source>This workflow has no stages yet: add the first one.</source>
      <translation>这个流程还没有阶段：请添加第一个阶段。</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>empty: no approval; e.g. 運營經理審核</source>
      <translation>留空表示无需审批；例如 运营经理审核</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Workflow / stage / step</source>
      <translation>工作流程／阶段／步骤</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>负责岗位</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>审批</translation>
    </message>
    <message>
      <source>%1 (inactive)</source>
      <translation>%1（已停用）</translation>
    </message>
    <message>
      <source>Edit stage %1</source>
      <translation>编辑阶段 %1</translation>
    </message>
  </context>
  <context>
    <name>TrainingAttendanceForm</name>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>成绩分数</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Take off the list</source>
      <translation>从名单中移除</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
  </context>
  <context>
    <name>TrainingDevelopmentForm</name>
    <message>
      <source>Person</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>发展目标</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>目标岗位</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>岗位轮换</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次回顾</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
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
      <translation>进展记录</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>添加记录</translation>
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <source>Courses</source>
      <translation>课程</translation>
    </message>
    <message>
      <source>Yearly plan</source>
      <translation>年度培训计划</translation>
    </message>
    <message>
      <source>Development plans</source>
      <translation>员工发展规划</translation>
    </message>
    <message>
      <source>Export training records…</source>
      <translation>导出培训记录…</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训与发展</translation>
    </message>
  </context>
  <context>
    <name>TrainingPlanForm</name>
    <message>
      <source>Plan budget</source>
      <translation>计划预算</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Set budget</source>
      <translation>设置预算</translation>
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
      <translation>地点</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>时数</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>新场次</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Unlock %1</source>
      <translation>解锁 %1</translation>
    </message>
    <message>
      <source>Why must %1 change? The audit log keeps the reason.</source>
      <translation>%1 为何需要修改？原因将记入审计日志。</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Give a reason: it is kept with the unlock.</source>
      <translation>请填写原因：原因会与解锁一并保存。</translation>
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
      <translation>状态</translation>
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
      <translation>依据版本</translation>
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
      <translation>放弃草稿…</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>比较版本…</translation>
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
      <translation>草稿 — 编辑中，尚未生效</translation>
    </message>
    <message>
      <source>What you type in the form is stored when you choose Save (Ctrl+S); moving and deleting take effect at once. Ctrl+Z undoes each step. Approve the draft to put it into effect.</source>
      <translation>表单中输入的内容在按“保存”（Ctrl+S）后才会存入；移动与删除则立即生效。每一步都可按 Ctrl+Z 撤销。批准草稿后即正式生效。</translation>
    </message>
    <message>
      <source>Approved — effective %1, approved by %2</source>
      <translation>已批准 — %1 生效，批准人 %2</translation>
    </message>
    <message>
      <source>Version %1 is approved and read-only: it stays as it was put into effect. To change the regulation, start a new draft.</source>
      <translation>版本 %1 已批准且为只读：将保持生效时的内容。如需修改制度，请另起新草稿。</translation>
    </message>
    <message>
      <source>Its appraisal weights are those it was approved with: new weights saved in Settings do not change it.</source>
      <translation>其考核权重为核准时的权重：在“设置”中保存新权重不会改变此版本。</translation>
    </message>
    <message>
      <source>%1 %2% (approved: %3%)</source>
      <translation>%1 %2%（已核准：%3%）</translation>
    </message>
    <message>
      <source>The weights shown are the current settings; they differ from approved version %1: %2.</source>
      <translation>此处显示的权重为目前的设置，与已核准的 %1 版不同：%2。</translation>
    </message>
    <message>
      <source>Version %1 approved</source>
      <translation>版本 %1 已批准</translation>
    </message>
    <message>
      <source>Draft %1 started</source>
      <translation>已创建草稿 %1</translation>
    </message>
    <message>
      <source>New draft %1</source>
      <translation>新草稿 %1</translation>
    </message>
    <message>
      <source>Discard draft %1 and all its changes?</source>
      <translation>要放弃草稿 %1 及其所有修改吗？</translation>
    </message>
    <message>
      <source>Discard draft %1</source>
      <translation>放弃草稿 %1</translation>
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
      <translation>阶段</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>审批人</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>审批结果</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
  </context>
  <context>
    <name>WorkflowOutcomeForm</name>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Actual spend</source>
      <translation>实际支出</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参与人数</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>互动次数</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>传播人数</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>活动成效</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowRunForm</name>
    <message>
      <source>Title</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <source>Workflow</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowStageForm</name>
    <message>
      <source>Stage name</source>
      <translation>阶段名称</translation>
    </message>
    <message>
      <source>Responsible position</source>
      <translation>负责岗位</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>审批</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>审批人</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>取消修改</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowStepForm</name>
    <message>
      <source>Step</source>
      <translation>步骤内容</translation>
    </message>
    <message>
      <source>New step</source>
      <translation>新步骤</translation>
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
      <translation>保存</translation>
    </message>
  </context>
  <context>
    <name>WorkflowsPage</name>
    <message>
      <source>Runs</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Templates</source>
      <translation>流程模板</translation>
    </message>
    <message>
      <source>Workflows</source>
      <translation>工作流程</translation>
    </message>
    <message>
      <source>Choose an event run to print its summary.</source>
      <translation>请选择一个活动运营项目以打印其活动总结报告。</translation>
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
      <translation>整页</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>页宽</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <source>Whole page</source>
      <translation>整页显示</translation>
    </message>
    <message>
      <source>Page width</source>
      <translation>依页宽显示</translation>
    </message>
  </context>
  <context>
    <name>_Column</name>
    <message>
      <source>No run at this stage.</source>
      <translation>没有项目处于此阶段。</translation>
    </message>
  </context>
  <context>
    <name>DomainError</name>
    <message>
      <source>There is no staff member {staff}.</source>
      <translation>没有工号为 {staff} 的员工。</translation>
    </message>
    <message>
      <source>{refused} Give --incomplete to lock it as it is.</source>
      <translation>{refused} 如仍要照现况锁定，请加上 --incomplete。</translation>
    </message>
    <message>
      <source>Unknown staff number among {numbers}.</source>
      <translation>以下员工编号中有不存在的编号：{numbers}。</translation>
    </message>
    <message>
      <source>--version chooses a version of the regulation; a position's or a workflow's poster prints what is recorded now.</source>
      <translation>--version 用于选择制度的版本；岗位或流程海报印出的是目前记录的内容。</translation>
    </message>
    <message>
      <source>{path} must end in .pdf.</source>
      <translation>{path} 的扩展名必须是 .pdf。</translation>
    </message>
    <message>
      <source>There is no meeting on {date}.</source>
      <translation>{date} 没有例会。</translation>
    </message>
    <message>
      <source>{path} must end in .pdf or .xlsx.</source>
      <translation>{path} 的扩展名必须是 .pdf 或 .xlsx。</translation>
    </message>
    <message>
      <source>--date goes with --staff: the workbook has a date per person.</source>
      <translation>--date 只能与 --staff 一起使用：工作簿中每人各有日期。</translation>
    </message>
    <message>
      <source>Backup and restore work on SQLite files; back up a PostgreSQL server with its own tools (pg_dump).</source>
      <translation>备份与还原只适用于 SQLite 文件；PostgreSQL 服务器请用其自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} 不存在。</translation>
    </message>
    <message>
      <source>{staff} is not appraised in {period}.</source>
      <translation>{staff} 不在 {period} 的考核名单中。</translation>
    </message>
    <message>
      <source>{field} cannot be in the future.</source>
      <translation>{field}不能晚于今天。</translation>
    </message>
    <message>
      <source>The period {period} has not been locked yet: give the date of the result letter.</source>
      <translation>考核期间 {period} 尚未锁定：请填写结果通知书的日期。</translation>
    </message>
    <message>
      <source>The appeal is dated {filed}, before the result letter of {letter}.</source>
      <translation>申诉日期 {filed} 早于 {letter} 的结果通知书。</translation>
    </message>
    <message>
      <source>The appeal of {filed} is late: the deadline was {deadline} ({days} days from the letter of {letter}). Give the reason it is accepted late to record it.</source>
      <translation>{filed} 的申诉已逾期：申诉期限为 {deadline}（自 {letter} 的通知书起 {days} 日）。请填写逾期受理的原因后再登记。</translation>
    </message>
    <message>
      <source>The appeal is within its deadline ({deadline}): it needs no reason for lateness.</source>
      <translation>此申诉未逾期限（{deadline}），不需填写逾期原因。</translation>
    </message>
    <message>
      <source>{period} has no dimension {code}.</source>
      <translation>{period} 没有考核内容 {code}。</translation>
    </message>
    <message>
      <source>Appeal #{id} was already decided on {date} ({decision}).</source>
      <translation>申诉 #{id} 已于 {date} 决定（{decision}）。</translation>
    </message>
    <message>
      <source>The decision is dated {date}, before the appeal was filed ({filed}).</source>
      <translation>决定日期 {date} 早于申诉提出日期（{filed}）。</translation>
    </message>
    <message>
      <source>Appeal #{id} is not upheld: the scores stay as they are.</source>
      <translation>申诉 #{id} 未成立：分数维持不变。</translation>
    </message>
    <message>
      <source>Appeal #{id} did not unlock {period}: lock it on the Appraisals page instead.</source>
      <translation>申诉 #{id} 并未解锁 {period}：请改在“绩效考核”页锁定。</translation>
    </message>
    <message>
      <source>Appeal #{id} is about the year {year}: say which month's scores to change.</source>
      <translation>申诉 #{id} 针对 {year} 年度：请指明要更正哪个月份的分数。</translation>
    </message>
    <message>
      <source>There is no appraisal month in {year}.</source>
      <translation>{year} 年没有考核月份。</translation>
    </message>
    <message>
      <source>{field} holds a character that cannot be stored (U+{code}); remove it.</source>
      <translation>{field}含有无法保存的字符(U+{code})；请删除。</translation>
    </message>
    <message>
      <source>'{source}' is not a rated source.</source>
      <translation>“{source}”不是可评分的评价来源。</translation>
    </message>
    <message>
      <source>A comment on {name} was changed by someone else since; it was left as it is now.</source>
      <translation>{name} 的评语已被他人修改；已保留目前的内容。</translation>
    </message>
    <message>
      <source>No one of {period} has a complete result: no letter written.</source>
      <translation>{period} 没有人的结果完整，未写入任何通知书。</translation>
    </message>
    <message>
      <source>incomplete: {missing}</source>
      <translation>未完成：{missing}</translation>
    </message>
    <message>
      <source>{months} complete month(s) in {year}; the annual result needs {least}</source>
      <translation>{year} 年完整的月份有 {months} 个，年度结果至少需要 {least} 个</translation>
    </message>
    <message>
      <source>The scores {evaluator} gives {name} were changed after they were shown; nothing was removed: look at them again.</source>
      <translation>{evaluator}给{name}的分数在显示后已被修改，未移除任何数据；请重新查看这些分数。</translation>
    </message>
    <message>
      <source>There is no appraisal period {period}.</source>
      <translation>没有考核周期 {period}。</translation>
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
      <translation>考核周期 {period} 已存在。</translation>
    </message>
    <message>
      <source>A person cannot be their own peer evaluator.</source>
      <translation>员工不能担任自己的同事评价人。</translation>
    </message>
    <message>
      <source>The period {period} is locked; unlock it (with a reason) to change it.</source>
      <translation>考核周期 {period} 已锁定；如需修改，请先解锁（须说明原因）。</translation>
    </message>
    <message>
      <source>{count} people of {period} are not complete: {people}.</source>
      <translation>{period} 有 {count} 人的评分尚未完整：{people}。</translation>
    </message>
    <message>
      <source>The period {period} is not locked.</source>
      <translation>考核周期 {period} 未锁定。</translation>
    </message>
    <message>
      <source>Give a reason for unlocking the period.</source>
      <translation>请说明解锁此考核周期的原因。</translation>
    </message>
    <message>
      <source>The appraisal dimension {code} is no longer in the scheme of {period}; the scores cannot be put back.</source>
      <translation>考核维度 {code} 已不在 {period} 的考核方案中；这些分数无法放回。</translation>
    </message>
    <message>
      <source>'{value}' is not a score.</source>
      <translation>“{value}”不是有效的分数。</translation>
    </message>
    <message>
      <source>That dimension belongs to another appraisal scheme.</source>
      <translation>此考核维度属于另一套考核方案。</translation>
    </message>
    <message>
      <source>A self evaluation must be by {name} themself.</source>
      <translation>自我评价必须由{name}本人填写。</translation>
    </message>
    <message>
      <source>There is no KPI metric with the code {code}.</source>
      <translation>没有代码为 {code} 的业务指标。</translation>
    </message>
    <message>
      <source>'{value}' is not a score: type it with digits, e.g. 90.</source>
      <translation>“{value}”不是有效的分数：请以数字输入，例如 90。</translation>
    </message>
    <message>
      <source>{name} cannot be their own peer evaluator.</source>
      <translation>{name}不能担任自己的同事评价人。</translation>
    </message>
    <message>
      <source>A peer score needs its evaluator.</source>
      <translation>同事评分必须指明评价人。</translation>
    </message>
    <message>
      <source>Name who gave the supervisor score.</source>
      <translation>请指明给出上级评分的人。</translation>
    </message>
    <message>
      <source>{name} cannot be their own supervisor.</source>
      <translation>{name}不能是自己的直接上级。</translation>
    </message>
    <message>
      <source>A score of {name} was changed by someone else at {at} (it is now {value}); the grid now shows the stored scores.</source>
      <translation>{name}的一项分数已于 {at} 被他人修改（现为 {value}）；表格已改为显示数据库中的分数。</translation>
    </message>
    <message>
      <source>A score of {name} was removed by someone else after this grid was loaded; the grid now shows the stored scores.</source>
      <translation>{name}的一项分数在表格加载后已被他人删除；表格已改为显示数据库中的分数。</translation>
    </message>
    <message>
      <source>The Traditional and Simplified regulation texts differ in structure.</source>
      <translation>繁体与简体制度文本的结构不一致。</translation>
    </message>
    <message>
      <source>A demo department needs at least 4 staff.</source>
      <translation>示范部门至少需要 4 名员工。</translation>
    </message>
    <message>
      <source>Months must be between 0 and 120.</source>
      <translation>月数必须介于 0 到 120 之间。</translation>
    </message>
    <message>
      <source>This database already holds staff; build the demo in a new file.</source>
      <translation>此数据库已有员工数据；请在新文件中创建示范数据。</translation>
    </message>
    <message>
      <source>{path} is the database in use, not a file to read; choose another file.</source>
      <translation>{path} 是正在使用的数据库，不是要读取的文件；请选择其他文件。</translation>
    </message>
    <message>
      <source>{path} is the database in use; choose another file name.</source>
      <translation>{path} 是正在使用的数据库，请另选文件名。</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} 是文件夹，请输入文件名。</translation>
    </message>
    <message>
      <source>{path} is not a regular file (a device, pipe or socket); nothing was written.</source>
      <translation>{path} 不是一般文件（而是设备、管道或通信端），未写入任何内容。</translation>
    </message>
    <message>
      <source>{path} is a database, perhaps open in another program; it was left as it is. Choose another file name.</source>
      <translation>{path} 是一个数据库，可能正由其他程序打开；已保留原状。请选择其他文件名。</translation>
    </message>
    <message>
      <source>{path} is read-only; it was left as it is. Choose another file name.</source>
      <translation>{path} 是只读文件，已保持原状。请另选文件名。</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <source>Cannot write in {folder}: {reason}</source>
      <translation>无法在 {folder} 中写入：{reason}</translation>
    </message>
    <message>
      <source>{folder} is a file, not a folder.</source>
      <translation>{folder} 是文件，不是文件夹。</translation>
    </message>
    <message>
      <source>Cannot make the folder {folder}: {reason}</source>
      <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
      <source>The regulation text has no title or no chapters.</source>
      <translation>制度文本缺少标题或没有任何章。</translation>
    </message>
    <message>
      <source>Line {line}: text outside any section.</source>
      <translation>第 {line} 行：文字不在任何节之内。</translation>
    </message>
    <message>
      <source>Line {line}: a heading is outside its chapter.</source>
      <translation>第 {line} 行：标题不在其所属的章之内。</translation>
    </message>
    <message>
      <source>'{script}' is not a script; use hant (Traditional) or hans (Simplified).</source>
      <translation>“{script}”不是有效的文字版本；请使用 hant（繁体）或 hans（简体）。</translation>
    </message>
    <message>
      <source>Simplified Chinese needs the opencc package.</source>
      <translation>简体中文需要安装 opencc 软件包。</translation>
    </message>
    <message>
      <source>That action item is already closed.</source>
      <translation>该工作任务已关闭。</translation>
    </message>
    <message>
      <source>Choose a category.</source>
      <translation>请选择类别。</translation>
    </message>
    <message>
      <source>Choose a method.</source>
      <translation>请选择培训方式。</translation>
    </message>
    <message>
      <source>{title} already has sessions and is kept.</source>
      <translation>{title}已有培训场次，将予保留。</translation>
    </message>
    <message>
      <source>Choose the person this plan is for.</source>
      <translation>请选择此发展规划所属的员工。</translation>
    </message>
    <message>
      <source>{name} has left the department.</source>
      <translation>{name}已离开本部门。</translation>
    </message>
    <message>
      <source>The next review cannot be before the start date.</source>
      <translation>下次回顾日期不能早于开始日期。</translation>
    </message>
    <message>
      <source>This plan already has progress notes; close it instead.</source>
      <translation>此发展规划已有进展记录；请改为关闭。</translation>
    </message>
    <message>
      <source>{name} was changed by someone else at {at}; reopen it and try again.</source>
      <translation>{name}已于 {at} 被他人修改；请重新打开后再试一次。</translation>
    </message>
    <message>
      <source>The record was deleted by someone else meanwhile; nothing was saved.</source>
      <translation>这条记录已在此期间被他人删除；未保存任何变更。</translation>
    </message>
    <message>
      <source>{name} was deleted by someone else meanwhile; nothing was saved.</source>
      <translation>{name}已在此期间被他人删除；未保存任何变更。</translation>
    </message>
    <message>
      <source>{title} was changed by someone else; reopen it and try again.</source>
      <translation>{title}已被他人修改；请重新打开后再试一次。</translation>
    </message>
    <message>
      <source>The {what} is longer than {max} characters.</source>
      <translation>{what} 超过 {max} 个字符。</translation>
    </message>
    <message>
      <source>{title} has action items and is kept as the department's record.</source>
      <translation>{title}已有工作任务，将保留作为部门记录。</translation>
    </message>
    <message>
      <source>An action item of this meeting is due on {due}, before that date.</source>
      <translation>此例会有一项工作任务的截止日期为 {due}，早于该日期。</translation>
    </message>
    <message>
      <source>{position} already has an area named {title}.</source>
      <translation>{position}已有名为{title}的职责范围。</translation>
    </message>
    <message>
      <source>There is no position with the code {code}.</source>
      <translation>没有代码为 {code} 的岗位。</translation>
    </message>
    <message>
      <source>The position {name} is already retired.</source>
      <translation>岗位{name}已停用。</translation>
    </message>
    <message>
      <source>{count} people still hold the position {name}.</source>
      <translation>仍有 {count} 人在岗位{name}任职。</translation>
    </message>
    <message>
      <source>A position named {name} already exists.</source>
      <translation>名为{name}的岗位已存在。</translation>
    </message>
    <message>
      <source>{field} may only use the letters A–Z, digits, '.', '_' and '-'.</source>
      <translation>{field}只能使用字母 A–Z、数字及“.”“_”“-”。</translation>
    </message>
    <message>
      <source>A position with the code {code} already exists.</source>
      <translation>代码为 {code} 的岗位已存在。</translation>
    </message>
    <message>
      <source>The position {name} is already in use and cannot be removed; retire it instead.</source>
      <translation>岗位{name}已在使用中，不能删除；请改为停用。</translation>
    </message>
    <message>
      <source>This text is longer than {max} characters.</source>
      <translation>此文字超过 {max} 个字符。</translation>
    </message>
    <message>
      <source>There is no regulation version {label}; the versions are {labels}.</source>
      <translation>没有 {label} 版的制度；现有版本为 {labels}。</translation>
    </message>
    <message>
      <source>This database holds no regulation.</source>
      <translation>此数据库没有制度。</translation>
    </message>
    <message>
      <source>Version {label} is approved and read-only; start a new draft to change the regulation.</source>
      <translation>版本 {label} 已批准且为只读；如需修改制度，请另起新草稿。</translation>
    </message>
    <message>
      <source>A draft already exists; approve or discard it first.</source>
      <translation>已有一份草稿；请先批准或放弃该草稿。</translation>
    </message>
    <message>
      <source>A version labelled {label} already exists.</source>
      <translation>版本号为 {label} 的版本已存在。</translation>
    </message>
    <message>
      <source>Draft {label} is the only version of the regulation and cannot be discarded.</source>
      <translation>草稿 {label} 是制度唯一的版本，不能放弃。</translation>
    </message>
    <message>
      <source>{field} cannot be before {date}, when version {label} took effect.</source>
      <translation>{field}不能早于版本 {label} 生效的日期 {date}。</translation>
    </message>
    <message>
      <source>The regulation has chapters 1 to {count}; there is no chapter {chapter}.</source>
      <translation>制度只有第 1 至第 {count} 章；没有第 {chapter} 章。</translation>
    </message>
    <message>
      <source>A sub-section must be in the same chapter as its parent.</source>
      <translation>小节必须与其上层位于同一章。</translation>
    </message>
    <message>
      <source>A heading is one line.</source>
      <translation>标题只能有一行。</translation>
    </message>
    <message>
      <source>Write the title after the number.</source>
      <translation>请在编号之后填写标题。</translation>
    </message>
    <message>
      <source>Unknown placeholder {{{{{name}}}}}; known: {known}.</source>
      <translation>未知的占位符 {{{{{name}}}}}；可用的有：{known}。</translation>
    </message>
    <message>
      <source>Version {label} is a draft: only an approved version can be acknowledged.</source>
      <translation>版本 {label} 是草案：只有已核准的版本才能阅知确认。</translation>
    </message>
    <message>
      <source>{date} is before version {label} was approved ({approved}).</source>
      <translation>{date} 早于版本 {label} 的核准日期（{approved}）。</translation>
    </message>
    <message>
      <source>{staff} {name} has already acknowledged version {label}.</source>
      <translation>{staff} {name} 已阅知版本 {label}。</translation>
    </message>
    <message>
      <source>{staff} {name} has not acknowledged version {label}.</source>
      <translation>{staff} {name} 尚未阅知版本 {label}。</translation>
    </message>
    <message>
      <source>Version {label} is the first version: there is nothing before it to compare it with.</source>
      <translation>版本 {label} 是第一个版本，没有更早的版本可以比较。</translation>
    </message>
    <message>
      <source>The {kind} weights must add up to 100; they add up to {total} ({detail}).</source>
      <translation>{kind} 权重合计必须为 100；目前合计为 {total}（{detail}）。</translation>
    </message>
    <message>
      <source>Grade bands must go from the highest minimum score to the lowest, each lower than the one before.</source>
      <translation>等级须按最低分数由高至低排列，每一级都要低于上一级。</translation>
    </message>
    <message>
      <source>The lowest grade must start at 0 so that every total has a grade.</source>
      <translation>最低等级必须从 0 分起，使每个总分都有对应的等级。</translation>
    </message>
    <message>
      <source>This database has no active appraisal scheme.</source>
      <translation>此数据库没有生效中的考核方案。</translation>
    </message>
    <message>
      <source>Unknown code(s): {codes}.</source>
      <translation>未知的代码：{codes}。</translation>
    </message>
    <message>
      <source>Unknown grade(s): {codes}.</source>
      <translation>未知的等级：{codes}。</translation>
    </message>
    <message>
      <source>Unknown choice of months: {value}.</source>
      <translation>未知的月份选项：{value}。</translation>
    </message>
    <message>
      <source>The minimum number of months must be 1 to 12.</source>
      <translation>最少月数必须介于 1 到 12 之间。</translation>
    </message>
    <message>
      <source>Dropping extremes needs at least 3 peer scores.</source>
      <translation>去掉最高分与最低分至少需要 3 个同事评分。</translation>
    </message>
    <message>
      <source>The department name was changed by someone else to {value}; reopen the settings and try again.</source>
      <translation>部门名称已被他人改为“{value}”；请重新打开设置后再试一次。</translation>
    </message>
    <message>
      <source>{field} must be a whole number of days from 1 to 365.</source>
      <translation>{field}必须是 1 至 365 的整数天数。</translation>
    </message>
    <message>
      <source>{field} must be a number from 0.1 to 5.</source>
      <translation>{field}必须是 0.1 到 5 之间的数字。</translation>
    </message>
    <message>
      <source>{field} must be a percentage from 0 to 100.</source>
      <translation>{field}必须是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
      <source>{field} must be yes or no.</source>
      <translation>{field}必须是 yes 或 no。</translation>
    </message>
    <message>
      <source>Staff number {no} is already used by another person.</source>
      <translation>员工编号 {no} 已被其他人使用。</translation>
    </message>
    <message>
      <source>A person cannot be their own supervisor.</source>
      <translation>员工不能是自己的直接上级。</translation>
    </message>
    <message>
      <source>{name} has left the department and cannot be a supervisor.</source>
      <translation>{name}已离开本部门，不能担任直接上级。</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address.</source>
      <translation>“{value}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
      <source>{name} has already left the department.</source>
      <translation>{name}已经离开本部门。</translation>
    </message>
    <message>
      <source>{name} still supervises {people}; give them another supervisor first.</source>
      <translation>{name} 仍是 {people} 的主管；请先为他们指定其他主管。</translation>
    </message>
    <message>
      <source>This supervisor would report to this person: a cycle.</source>
      <translation>此上级会反过来隶属于此员工，形成循环。</translation>
    </message>
    <message>
      <source>{name} already has history and cannot be removed; mark them as departed instead.</source>
      <translation>{name}已有历史记录，不能删除；请改为标记离职。</translation>
    </message>
    <message>
      <source>Write the reply before marking the suggestion answered.</source>
      <translation>请先填写回复，再将意见标记为已回复。</translation>
    </message>
    <message>
      <source>Name the author, or mark the suggestion anonymous.</source>
      <translation>请填写提出人，或将意见标记为匿名。</translation>
    </message>
    <message>
      <source>{title} is being handled and is kept.</source>
      <translation>{title}正在处理中，将予保留。</translation>
    </message>
    <message>
      <source>An anonymous suggestion cannot name its author.</source>
      <translation>匿名意见不能填写提出人。</translation>
    </message>
    <message>
      <source>Write the reply first.</source>
      <translation>请先填写回复。</translation>
    </message>
    <message>
      <source>Say who replies.</source>
      <translation>请填写回复人。</translation>
    </message>
    <message>
      <source>The name is longer than {max} characters.</source>
      <translation>名称超过 {max} 个字符。</translation>
    </message>
    <message>
      <source>This session already has attendance and is kept.</source>
      <translation>此场次已有出勤记录，将予保留。</translation>
    </message>
    <message>
      <source>That person is not on this session's list.</source>
      <translation>此人不在本场次的名单中。</translation>
    </message>
    <message>
      <source>Choose a person.</source>
      <translation>请选择一位人员。</translation>
    </message>
    <message>
      <source>{field} contains a character that cannot be saved in a document (U+{code}); remove it.</source>
      <translation>{field}含有无法存入文档的字符（U+{code}），请删除。</translation>
    </message>
    <message>
      <source>{field} is required.</source>
      <translation>{field}为必填。</translation>
    </message>
    <message>
      <source>{field} is longer than {max} characters.</source>
      <translation>{field}超过 {max} 个字符。</translation>
    </message>
    <message>
      <source>{field} cannot be before the start date.</source>
      <translation>{field}不能早于开始日期。</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a number.</source>
      <translation>{field}：“{value}”不是数字。</translation>
    </message>
    <message>
      <source>{field} cannot be less than {min}.</source>
      <translation>{field}不能小于 {min}。</translation>
    </message>
    <message>
      <source>{field} cannot be more than {max}.</source>
      <translation>{field}不能大于 {max}。</translation>
    </message>
    <message>
      <source>{field} may have at most {places} digit(s) after the decimal point.</source>
      <translation>{field}小数点后最多只能有 {places} 位。</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not one of {allowed}.</source>
      <translation>{field}：“{value}”不是 {allowed} 之一。</translation>
    </message>
    <message>
      <source>{what} #{id} does not exist.</source>
      <translation>{what} #{id} 不存在。</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a date (YYYY-MM-DD).</source>
      <translation>{field}：“{value}”不是有效的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
      <source>Choose a workflow template.</source>
      <translation>请选择工作流程模板。</translation>
    </message>
    <message>
      <source>Steps of this run are already checked off; its workflow cannot change.</source>
      <translation>此项目已有勾选的步骤；不能再更换工作流程。</translation>
    </message>
    <message>
      <source>{title} already has history; cancel it instead.</source>
      <translation>{title}已有历史记录；请改为取消。</translation>
    </message>
    <message>
      <source>Only event runs (活動運營) carry a budget.</source>
      <translation>只有活动运营项目才有预算。</translation>
    </message>
    <message>
      <source>Another stage of this workflow is already called {name}.</source>
      <translation>此工作流程已有另一个名为{name}的阶段。</translation>
    </message>
    <message>
      <source>Describe the approval (e.g. 運營經理審核) before choosing who approves.</source>
      <translation>请先填写审批内容（例如 运营经理审核），再选择审批人。</translation>
    </message>
    <message>
      <source>Runs have checked this step off; deactivate it instead.</source>
      <translation>已有项目勾选了此步骤；请改为停用。</translation>
    </message>
    <message>
      <source>That step is already active.</source>
      <translation>该步骤已是启用状态。</translation>
    </message>
    <message>
      <source>That step is already inactive.</source>
      <translation>该步骤已停用。</translation>
    </message>
    <message>
      <source>There is no workflow template with the code {code}.</source>
      <translation>没有代码为 {code} 的工作流程模板。</translation>
    </message>
    <message>
      <source>{title} is closed; reopen it to change it.</source>
      <translation>{title}已结束；如需修改，请先重新打开。</translation>
    </message>
    <message>
      <source>That step belongs to another workflow.</source>
      <translation>该步骤属于另一个工作流程。</translation>
    </message>
    <message>
      <source>That step is already checked off.</source>
      <translation>该步骤已勾选。</translation>
    </message>
    <message>
      <source>That step is not checked off.</source>
      <translation>该步骤尚未勾选。</translation>
    </message>
    <message>
      <source>That stage belongs to another workflow.</source>
      <translation>该阶段属于另一个工作流程。</translation>
    </message>
    <message>
      <source>The stage {stage} needs no approval.</source>
      <translation>阶段{stage}无需审批。</translation>
    </message>
    <message>
      <source>Participants must be a whole number, 0 or more.</source>
      <translation>参与人数必须是 0 或以上的整数。</translation>
    </message>
    <message>
      <source>Interactions must be a whole number, 0 or more.</source>
      <translation>互动次数必须是 0 或以上的整数。</translation>
    </message>
    <message>
      <source>Reach must be a whole number, 0 or more.</source>
      <translation>传播人数必须是 0 或以上的整数。</translation>
    </message>
    <message>
      <source>Cannot find a free file name in {folder}.</source>
      <translation>在 {folder} 中找不到可用的文件名。</translation>
    </message>
    <message>
      <source>The database is damaged ({reason}); no backup was kept. Restore the newest good backup (File → Restore, or “ops-desktop restore”).</source>
      <translation>数据库已损坏（{reason}），未保留这份备份。请还原最新的完好备份（文件 → 还原，或“ops-desktop restore”）。</translation>
    </message>
    <message>
      <source>The backup to {path} failed: {reason}</source>
      <translation>备份至 {path} 失败：{reason}</translation>
    </message>
    <message>
      <source>Cannot create the database {path}: {reason}</source>
      <translation>无法创建数据库 {path}：{reason}</translation>
    </message>
    <message>
      <source>The change conflicts with the data already stored and was not saved ({reason}).</source>
      <translation>此修改与已保存的数据冲突，未予保存（{reason}）。</translation>
    </message>
    <message>
      <source>A record was changed by someone else while this change was being saved; nothing was saved. Reopen it and try again.</source>
      <translation>保存时有记录同时被他人修改；未保存任何变更。请重新打开后再试一次。</translation>
    </message>
    <message>
      <source>The database could not complete the change ({reason}); nothing was saved.</source>
      <translation>数据库无法完成此修改（{reason}）；没有保存任何内容。</translation>
    </message>
    <message>
      <source>Cannot open the database {where}: {reason}</source>
      <translation>无法打开数据库 {where}：{reason}</translation>
    </message>
    <message>
      <source>The appraisal period is locked; unlock it (with a reason) to change its scores. Nothing was saved.</source>
      <translation>此考核期间已锁定；须先解锁（并说明原因）才能修改其分数。未保存任何内容。</translation>
    </message>
    <message>
      <source>{path} is damaged ({reason}). Nothing was changed. Keep a copy of it with “ops-desktop backup --db {path} -o COPY”, then restore the newest good backup (File → Restore, or “ops-desktop restore”).</source>
      <translation>{path} 已损坏（{reason}）。未做任何变更。请先以“ops-desktop backup --db {path} -o COPY”保留一份副本，再还原最新的完好备份（文件 → 还原，或“ops-desktop restore”）。</translation>
    </message>
    <message>
      <source>{path} is the database this window or command has open; choose another file.</source>
      <translation>{path} 是这个窗口或命令正在使用的数据库；请选择其他文件。</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
      <source>{path} is an empty file, not an ops-desktop database. It was left unchanged; to start a new database, choose a file name that does not exist yet.</source>
      <translation>{path} 是空文件，不是 ops-desktop 数据库，已保持原状。若要创建新数据库，请选择一个尚不存在的文件名。</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop database (it is not a SQLite file). It was left unchanged.</source>
      <translation>{path} 不是 ops-desktop 数据库（不是 SQLite 文件）。文件未被改动。</translation>
    </message>
    <message>
      <source>{path} is being written by another ops-desktop window or command ({reason}); try again when it has finished.</source>
      <translation>另一个 ops-desktop 窗口或命令正在写入 {path}（{reason}）；请待它完成后再试。</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <source>{path} is a SQLite database of another program (or an empty one), not an ops-desktop database. It was left unchanged.</source>
      <translation>{path} 是其他程序的（或空的）SQLite 数据库，不是 ops-desktop 数据库，已保持原状。</translation>
    </message>
    <message>
      <source>{path} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
      <translation>{path} 由较新版本的 ops-desktop 写入（结构版本 {revision}）。请安装较新版本以打开；文件已保持原状。</translation>
    </message>
    <message>
      <source>Cannot open {path}: {reason}</source>
      <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
      <source>Give either --db or --database-url, not both.</source>
      <translation>请只指定 --db 或 --database-url 其中之一，不能同时指定。</translation>
    </message>
    <message>
      <source>Not a database URL: {url}</source>
      <translation>不是有效的数据库 URL：{url}</translation>
    </message>
    <message>
      <source>{where} already holds tables of another program; it is not an ops-desktop database and was left unchanged.</source>
      <translation>{where} 已含有其他程序的数据表；不是 ops-desktop 数据库，未被改动。</translation>
    </message>
    <message>
      <source>{where} was written by a newer version of ops-desktop (schema {revision}). Install the newer version to open it; the file was left unchanged.</source>
      <translation>{where} 由较新版本的 ops-desktop 写入（结构版本 {revision}）。请安装较新版本后再打开；文件未被改动。</translation>
    </message>
    <message>
      <source>The backup was restored into {path}, but then: {reason} The replaced data is kept in {kept}.</source>
      <translation>备份已还原到 {path}，但随后：{reason} 被取代的数据保存在 {kept}。</translation>
    </message>
    <message>
      <source>{path} is damaged ({reason}); it was not restored.</source>
      <translation>{path} 已损坏（{reason}）；未予还原。</translation>
    </message>
    <message>
      <source>{path} is the database itself.</source>
      <translation>{path} 就是数据库本身。</translation>
    </message>
    <message>
      <source>Restoring works on SQLite files.</source>
      <translation>还原仅适用于 SQLite 文件。</translation>
    </message>
    <message>
      <source>{path} is open in another ops-desktop window or command; close it there, then restore. Nothing was changed.</source>
      <translation>{path} 正由另一个 ops-desktop 窗口或命令打开；请先在那里关闭，再还原。未做任何变更。</translation>
    </message>
    <message>
      <source>The restore of {path} failed: {reason}; nothing was changed.</source>
      <translation>还原 {path} 失败：{reason}；未做任何变更。</translation>
    </message>
    <message>
      <source>Evaluator forms are for monthly periods.</source>
      <translation>评价表只适用于月度考核周期。</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop evaluator form.</source>
      <translation>{path} 不是 ops-desktop 的评价表。</translation>
    </message>
    <message>
      <source>{path} is a form of an earlier version of the program (without the columns 未評 and 評語); generate the forms again.</source>
      <translation>{path} 是旧版程序生成的评分表（没有“未评”与“评语”栏）；请重新生成评分表。</translation>
    </message>
    <message>
      <source>{path} is a form for the period {other}, not {period}.</source>
      <translation>{path} 是考核周期 {other} 的评价表，不是 {period} 的。</translation>
    </message>
    <message>
      <source>{path} names an evaluator ({no}) who is not on the staff list.</source>
      <translation>{path} 所列的评价人（{no}）不在员工名单中。</translation>
    </message>
    <message>
      <source>{path} is the form of {name}, not of the evaluator chosen.</source>
      <translation>{path} 是{name}的评价表，不是所选评价人的。</translation>
    </message>
    <message>
      <source>{path} was made for other appraisal dimensions; generate the forms again.</source>
      <translation>{path} 是按其他考核维度生成的；请重新生成评价表。</translation>
    </message>
    <message>
      <source>a form of an earlier version: generate the forms again</source>
      <translation>旧版的评分表：请重新生成评分表</translation>
    </message>
    <message>
      <source>the header row was changed; expected {expected}</source>
      <translation>标题列已被修改；应为 {expected}</translation>
    </message>
    <message>
      <source>unknown kind of evaluation</source>
      <translation>不明的评价类别</translation>
    </message>
    <message>
      <source>this evaluator does not score {number} as {kind}</source>
      <translation>这位评分人不以“{kind}”为 {number} 评分</translation>
    </message>
    <message>
      <source>this person appears twice</source>
      <translation>此人出现了两次</translation>
    </message>
    <message>
      <source>{n} not evaluated (未評)</source>
      <translation>未评 {n}</translation>
    </message>
    <message>
      <source>{n} comment(s)</source>
      <translation>评语 {n}</translation>
    </message>
    <message>
      <source>this row is hidden: show it (the evaluator must see what is sent) and send it again</source>
      <translation>此列已隐藏：请取消隐藏（评分人须看得到送出的内容）后再送一次</translation>
    </message>
    <message>
      <source>a formula, not a score: type the number</source>
      <translation>这是公式，不是分数：请直接输入数字</translation>
    </message>
    <message>
      <source>a formula: type the text itself</source>
      <translation>这是公式：请直接输入文字</translation>
    </message>
    <message>
      <source>the row is marked {mark} (not evaluated) but has a score: clear the score or the mark</source>
      <translation>此列标为 {mark}（未评价）却有分数：请清除分数或标记</translation>
    </message>
    <message>
      <source>no score: type one, or mark the row {mark} (not evaluated)</source>
      <translation>没有分数：请输入分数，或将此列标为 {mark}（未评价）</translation>
    </message>
    <message>
      <source>merged cells: unmerge them, one value per cell</source>
      <translation>合并单元格：请取消合并，每格一个值</translation>
    </message>
    <message>
      <source>{path}: the sheet {sheet} is hidden; show it, check what it holds and send the form again.</source>
      <translation>{path}：工作表 {sheet} 已被隐藏；请取消隐藏、核对内容后再交回。</translation>
    </message>
    <message>
      <source>{path} holds a hidden sheet {sheet} beside {form}: delete it, or fill in {form} only, and send the form again.</source>
      <translation>{path} 在 {form} 之外还有隐藏的工作表 {sheet}：请删除它，只填写 {form}，然后再交回。</translation>
    </message>
    <message>
      <source>this column is hidden: show it and send the form again</source>
      <translation>此栏已隐藏：请取消隐藏后再送一次评分表</translation>
    </message>
    <message>
      <source>{file}: {state}; {counts}</source>
      <translation>{file}：{state}；{counts}</translation>
    </message>
    <message>
      <source>{path} is too large ({size} MB) to be a form or a roster.</source>
      <translation>{path} 太大（{size} MB），不可能是评价表或员工名册。</translation>
    </message>
    <message>
      <source>{path} is not an Excel workbook (.xlsx).</source>
      <translation>{path} 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
      <source>{path} unpacks to {size} MB: too large to be a form or a roster.</source>
      <translation>{path} 解压后达 {size} MB：太大，不可能是评价表或员工名册。</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>添加 {n}</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>变更 {n}</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>未变 {n}</translation>
    </message>
    <message>
      <source>{n} problem(s)</source>
      <translation>问题 {n} 个</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <source>NOT imported</source>
      <translation>未导入</translation>
    </message>
    <message>
      <source>{path} is damaged (not a readable .xlsx).</source>
      <translation>{path} 已损坏（不是可读取的 .xlsx）。</translation>
    </message>
    <message>
      <source>{path} is damaged or not an .xlsx workbook ({reason}).</source>
      <translation>{path} 已损坏或不是 .xlsx 工作簿（{reason}）。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>not a date: use a date cell or YYYY-MM-DD</source>
      <translation>不是日期：请用日期格式的单元格或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>expected text, found {kind}</source>
      <translation>应为文字，却是 {kind}</translation>
    </message>
    <message>
      <source>staff number is required</source>
      <translation>工号为必填</translation>
    </message>
    <message>
      <source>name is required</source>
      <translation>姓名为必填</translation>
    </message>
    <message>
      <source>not an e-mail address</source>
      <translation>不是电子邮件地址</translation>
    </message>
    <message>
      <source>no {columns} column in the first 10 rows</source>
      <translation>前 10 列中没有“{columns}”栏</translation>
    </message>
    <message>
      <source>the workbook has no worksheet</source>
      <translation>工作簿中没有工作表</translation>
    </message>
    <message>
      <source>unknown position</source>
      <translation>不明的职位</translation>
    </message>
    <message>
      <source>unknown status: use 在職, 休假 or 離職</source>
      <translation>不明的状态：请用 在职、休假 或 离职</translation>
    </message>
    <message>
      <source>duplicate staff number (first in row {row})</source>
      <translation>工号重复（第一次出现在第 {row} 列）</translation>
    </message>
    <message>
      <source>Supervisor {no} was not imported: their row has problems.</source>
      <translation>直接上级 {no} 未导入：其数据有问题。</translation>
    </message>
    <message>
      <source>{count} people are called {name}: use the staff number</source>
      <translation>有 {count} 人名叫 {name}：请改用工号</translation>
    </message>
    <message>
      <source>supervisor not found</source>
      <translation>找不到上级</translation>
    </message>
    <message>
      <source>supervisor {number} is {boss}, not {name}</source>
      <translation>上级 {number} 是 {boss}，不是 {name}</translation>
    </message>
    <message>
      <source>the cell holds an Excel error</source>
      <translation>单元格中是 Excel 错误值</translation>
    </message>
    <message>
      <source>{path} {cell}: '{value}' is not a date; use a date cell or YYYY-MM-DD.</source>
      <translation>{path} {cell}：“{value}”不是日期；请使用日期单元格或 YYYY-MM-DD。</translation>
    </message>
    <message>
      <source>{path} is not an ops-desktop sign-off workbook.</source>
      <translation>{path} 不是 ops-desktop 的签收工作簿。</translation>
    </message>
    <message>
      <source>{path} is the sign-off workbook of version {other}, not {label}.</source>
      <translation>{path} 是版本 {other} 的签收工作簿，不是版本 {label} 的。</translation>
    </message>
    <message>
      <source>{path} {cell}: a date without a staff number.</source>
      <translation>{path} {cell}：有日期但没有工号。</translation>
    </message>
    <message>
      <source>There is no position {name}; the positions are {known}.</source>
      <translation>没有岗位{name}；现有岗位为 {known}。</translation>
    </message>
    <message>
      <source>The text does not fit on {pages} pages even at {size} pt.</source>
      <translation>即使缩小到 {size} pt，文字仍无法容纳在 {pages} 页内。</translation>
    </message>
    <message>
      <source>The flowchart does not fit even A0 with its text at {least} pt or larger; shorten the steps of its stages.</source>
      <translation>即使用 A0 纸张，文字在 {least} pt 以上时流程图仍无法容纳；请缩短各阶段的步骤。</translation>
    </message>
    <message>
      <source>There is no workflow template {name}; the templates are {names}.</source>
      <translation>没有工作流程模板{name}；现有模板为 {names}。</translation>
    </message>
    <message>
      <source>{title} has no stages to draw.</source>
      <translation>{title}没有可绘制的阶段。</translation>
    </message>
    <message>
      <source>The font has no glyphs for {chars}.</source>
      <translation>此字体缺少以下字符的字形：{chars}。</translation>
    </message>
    <message>
      <source>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} landscape or larger.</source>
      <translation>文字在 {least} pt 以上时，流程图无法容纳在 {size} 上；请选择 {paper} 横向或更大的纸张。</translation>
    </message>
    <message>
      <source>The flowchart does not fit {size} with its text at {least} pt or larger; choose {paper} portrait or larger.</source>
      <translation>文字在 {least} pt 以上时，流程图无法容纳在 {size} 上；请选择 {paper} 直向或更大的纸张。</translation>
    </message>
    <message>
      <source>The font file {path} does not exist.</source>
      <translation>字体文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>The font {path} has no glyphs for {chars}: text would vanish from the poster. Choose a font with Chinese and Latin letters.</source>
      <translation>字体 {path} 缺少以下字符的字形：{chars}；这些文字将从海报上消失。请选择同时包含中文与拉丁字母的字体。</translation>
    </message>
    <message>
      <source>{path} cannot be used as a font ({reason}).</source>
      <translation>{path} 无法作为字体使用（{reason}）。</translation>
    </message>
    <message>
      <source>{path} is an OpenType font with PostScript (CFF) outlines, which PDF posters cannot embed; choose a TrueType (.ttf/.ttc) font such as WenQuanYi Micro Hei.</source>
      <translation>{path} 是采用 PostScript（CFF）轮廓的 OpenType 字体，PDF 海报无法嵌入；请选择 TrueType（.ttf/.ttc）字体，例如文泉驿微米黑。</translation>
    </message>
    <message>
      <source>'{color}' is not a colour like #1F4E79.</source>
      <translation>“{color}”不是有效的颜色，格式如 #1F4E79。</translation>
    </message>
    <message>
      <source>'{spec}' is not a paper size: use A4, A3, A2, A1, A0 or WIDTHxHEIGHTmm such as 500x700mm.</source>
      <translation>“{spec}”不是有效的纸张尺寸：请使用 A4、A3、A2、A1、A0，或“宽x高mm”，例如 500x700mm。</translation>
    </message>
    <message>
      <source>A poster must be between 90 and 5000 mm on each side.</source>
      <translation>海报每边长度必须介于 90 到 5000 mm 之间。</translation>
    </message>
    <message>
      <source>The logo {path} cannot be read as an image (PNG or JPEG).</source>
      <translation>标志 {path} 无法作为图片（PNG 或 JPEG）读取。</translation>
    </message>
    <message>
      <source>The logo prints at {ppi} ppi at this size, below the {least} ppi that looks sharp: it will look blurred. Use a larger image for a sharp print.</source>
      <translation>标志在此尺寸下的分辨率只有 {ppi} ppi，低于清晰打印所需的 {least} ppi，印出来会模糊。请使用较大的图片以求清晰。</translation>
    </message>
    <message>
      <source>The font has no glyphs for {chars}; choose another font so that no text is lost.</source>
      <translation>此字体缺少以下字符的字形：{chars}；请选择其他字体，以免文字遗失。</translation>
    </message>
    <message>
      <source>'{arrangement}' is not an arrangement; use sheet, chapters or sheets.</source>
      <translation>“{arrangement}”不是排版方式；请用 sheet、chapters 或 sheets。</translation>
    </message>
    <message>
      <source>The Simplified text of {count} part(s) is older than its Traditional text, and prints as it was: {parts}. Review it in the regulation editor (Convert to Simplified) before printing.</source>
      <translation>有 {count} 处的简体文字比繁体文字旧，会照旧印出：{parts}。请先在制度编辑中检查（转换为简体）再打印。</translation>
    </message>
    <message>
      <source>Tiles are trimmed and pasted together at the office, so they have no bleed: choose either tiles or print-shop bleed.</source>
      <translation>分块拼贴是在办公室裁切并黏贴的，没有出血：请在分块拼贴与印刷厂出血之间择一。</translation>
    </message>
    <message>
      <source>Tiles are printed on A4 or A3 paper, not {paper}.</source>
      <translation>分块拼贴只能打印在 A4 或 A3 纸张上，不能用 {paper}。</translation>
    </message>
    <message>
      <source>Staff number</source>
      <translation>员工编号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>直接上级</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Base bonus</source>
      <translation>绩效奖金基数</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>审批人</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Actual spend</source>
      <translation>实际支出</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>时数</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分数</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>发展目标</translation>
    </message>
    <message>
      <source>Reply</source>
      <translation>回复</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Version label</source>
      <translation>版本号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>培训方式</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Minimum score</source>
      <translation>最低分数</translation>
    </message>
    <message>
      <source>Maximum share</source>
      <translation>人数上限比例</translation>
    </message>
    <message>
      <source>Training threshold</source>
      <translation>培训需求门槛</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>路径</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>培训讲师</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>审批结果</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Leaving date</source>
      <translation>离职日期</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <source>Approval</source>
      <translation>审批</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>下次查看日期</translation>
    </message>
    <message>
      <source>Replied by</source>
      <translation>回复人</translation>
    </message>
    <message>
      <source>Rotation</source>
      <translation>岗位轮换</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>员工</translation>
    </message>
    <message>
      <source>Workflow template</source>
      <translation>工作流程模板</translation>
    </message>
    <message>
      <source>Bonus coefficient</source>
      <translation>奖金系数</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Evaluator</source>
      <translation>评分人</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>意见</translation>
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
      <translation>年度最少月数</translation>
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
      <translation>套用于</translation>
    </message>
    <message>
      <source>Approval step</source>
      <translation>核准步骤</translation>
    </message>
    <message>
      <source>Approving position</source>
      <translation>核准职位</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>依据</translation>
    </message>
    <message>
      <source>Suggestion</source>
      <translation>建议内容</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>主持人</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>关闭日期</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Moved by</source>
      <translation>移动</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>维度</translation>
    </message>
    <message>
      <source>Duty lines</source>
      <translation>职责条目</translation>
    </message>
    <message>
      <source>Effective</source>
      <translation>生效</translation>
    </message>
    <message>
      <source>Grade band</source>
      <translation>等级区间</translation>
    </message>
    <message>
      <source>Interactions</source>
      <translation>互动数</translation>
    </message>
    <message>
      <source>KPI weight</source>
      <translation>业务指标权重</translation>
    </message>
    <message>
      <source>Last week's summary</source>
      <translation>上周总结</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>会议记录</translation>
    </message>
    <message>
      <source>Months keeping their version</source>
      <translation>保留原版本的月份</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>英文名称</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参与人数</translation>
    </message>
    <message>
      <source>Leave out the extremes of peer scores</source>
      <translation>去掉同事评分的最高分与最低分</translation>
    </message>
    <message>
      <source>Peers</source>
      <translation>同事评分人</translation>
    </message>
    <message>
      <source>Training plan</source>
      <translation>培训计划</translation>
    </message>
    <message>
      <source>Punctuation marks</source>
      <translation>标点符号</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>触及人数</translation>
    </message>
    <message>
      <source>Replaced data kept in</source>
      <translation>被取代的数据保存在</translation>
    </message>
    <message>
      <source>Replied on</source>
      <translation>回复日期</translation>
    </message>
    <message>
      <source>Responsible position</source>
      <translation>负责职位</translation>
    </message>
    <message>
      <source>Scheme</source>
      <translation>考核方案</translation>
    </message>
    <message>
      <source>Source weight</source>
      <translation>来源权重</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出席情况</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <source>Person evaluated</source>
      <translation>被评价人</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>提交日期</translation>
    </message>
    <message>
      <source>Target position</source>
      <translation>目标职位</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>权重</translation>
    </message>
    <message>
      <source>Previous state</source>
      <translation>先前状态</translation>
    </message>
    <message>
      <source>Incomplete</source>
      <translation>未完成人数</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Decision on the appeal</source>
      <translation>申诉决定</translation>
    </message>
    <message>
      <source>Letter date</source>
      <translation>通知书日期</translation>
    </message>
    <message>
      <source>Contested</source>
      <translation>申诉事项</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>申诉期限</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>决定日期</translation>
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
      <translation>锁定时间</translation>
    </message>
    <message>
      <source>Period number</source>
      <translation>考核期间编号</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>考核期间</translation>
    </message>
    <message>
      <source>Reasons</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Source contested</source>
      <translation>申诉的考核方式</translation>
    </message>
    <message>
      <source>Acknowledged on</source>
      <translation>阅知日期</translation>
    </message>
    <message>
      <source>Recorded from</source>
      <translation>记录来源</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
  </context>
</TS>
