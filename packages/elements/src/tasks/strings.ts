/** Words of `<tx-task-tracker>` in zh-Hans (first), zh-Hant and en. Stage names come from the county. */
import type { Locale, Role, Satisfaction, TaskStage, TaskType } from '@tongxin/core';

type Requirement = NonNullable<TaskStage['requires']>[number];
type ItemState = 'queued' | 'sending' | 'retrying' | 'paused' | 'rejected' | 'expired' | 'sent';

export interface TaskStrings {
  heading: string;
  publicHeading: string;
  views: { list: string; board: string; summary: string };
  viewsLabel: string;
  types: Record<TaskType, string>;
  buckets: Record<TaskStage['bucket'], string>;
  roles: Record<Role | 'anonymous' | 'system', string>;
  satisfaction: Record<Satisfaction, string>;
  requirements: Record<Requirement, string>;
  itemStates: Record<ItemState, string>;
  filters: {
    label: string;
    type: string;
    stage: string;
    unit: string;
    year: string;
    due: string;
    q: string;
    any: string;
    overdue: string;
    dueSoon: string;
    clear: string;
  };
  counts: { label: string; total: string; overdue: string; dueSoon: string; byStage: string };
  shown: (shown: number, total: number) => string;
  none: string;
  columns: { title: string; type: string; stage: string; lead: string; due: string; progress: string };
  due: {
    overdue: (days: number) => string;
    dueSoon: (days: number) => string;
    onTime: (days: number) => string;
    done: string;
    doneLate: string;
    none: string;
  };
  pendingBadge: (n: number) => string;
  cachedAt: (when: string) => string;
  back: string;
  fields: {
    type: string;
    year: string;
    lead: string;
    assisting: string;
    party: string;
    leader: string;
    participants: string;
    planned: string;
    actual: string;
    summary: string;
    publicSummary: string;
    visibility: string;
    isPublic: string;
    notPublic: string;
    proposals: string;
    opinions: string;
    progress: string;
    stage: string;
    version: string;
    updatedAt: string;
  };
  stagesLabel: string;
  outcome: {
    heading: string;
    resolution: string;
    adopted: string;
    adoptionNote: string;
    carriedOut: string;
    carriedOutNote: string;
    feedback: string;
    satisfaction: string;
    feedbackAt: string;
    yes: string;
    no: string;
    unset: string;
    edit: string;
    save: string;
    cancel: string;
    saved: string;
    needsOnline: string;
  };
  timeline: {
    heading: string;
    empty: string;
    moved: (from: string, to: string) => string;
    created: string;
    public: string;
    internal: string;
  };
  update: {
    heading: string;
    text: string;
    progress: string;
    progressHelp: string;
    files: string;
    isPublic: string;
    submit: string;
    counter: (n: number, max: number) => string;
    tooLong: (max: number) => string;
    required: string;
    queued: string;
  };
  move: {
    heading: string;
    to: string;
    note: string;
    submit: string;
    requires: (what: string) => string;
    none: string;
    queued: (stage: string) => string;
  };
  pending: { update: string; move: (stage: string) => string };
  refused: {
    heading: string;
    move: (stage: string) => string;
    allowed: (stages: string) => string;
    resubmit: string;
    discard: string;
    discarded: string;
  };
  conflict: {
    heading: string;
    intro: string;
    field: string;
    mine: (version: number) => string;
    theirs: (version: number) => string;
    lastChange: (who: string, when: string) => string;
    keepMine: string;
    keepTheirs: string;
    moveMine: (stage: string, version: number) => string;
    moveTheirs: (stage: string, version: number) => string;
    resubmitMove: string;
  };
  rejectedNotice: (n: number) => string;
  print: {
    sheet: string;
    summary: string;
    sheetTitle: string;
    summaryTitle: (year: string) => string;
    number: string;
    issued: string;
    asOf: (date: string) => string;
    latest: string;
    request: string;
    requestText: (days: number, date: string) => string;
    requestDone: string;
    receipt: string;
    receiptLine: string;
    totals: string;
    overdueList: string;
    dueSoonList: string;
    allList: string;
    overdueDays: string;
    noneListed: string;
  };
  summaryIntro: string;
  loadingTask: string;
  notFound: string;
  yearValue: (y: number) => string;
  progressValue: (p: number) => string;
}

const zhHans: TaskStrings = {
  heading: '重点协商和督办任务',
  publicHeading: '重点协商和督办任务公开',
  views: { list: '列表', board: '看板', summary: '汇总' },
  viewsLabel: '视图',
  types: {
    key_consultation: '重点协商',
    inspection: '专题视察',
    supervised_proposal: '重点提案督办',
    research: '专题调研',
    democratic_supervision: '民主监督',
  },
  buckets: { todo: '待办', doing: '在办', answered: '已答复', fed_back: '已反馈' },
  roles: {
    citizen: '群众',
    member: '委员',
    staff: '机关工作人员',
    unit: '承办单位',
    admin: '管理员',
    anonymous: '匿名',
    system: '系统',
  },
  satisfaction: { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' },
  requirements: {
    reply_document: '答复文件（带附件的进展）',
    outcome: '办理结果（采纳情况或解决程度）',
    feedback: '反馈意见或满意度',
    progress_update: '至少一条进展',
  },
  itemStates: {
    queued: '待发送',
    sending: '正在发送',
    retrying: '等待重试',
    paused: '需要重新登录',
    rejected: '被退回',
    expired: '已过期未发送',
    sent: '已发送',
  },
  filters: {
    label: '筛选',
    type: '类型',
    stage: '阶段',
    unit: '牵头单位',
    year: '年度',
    due: '办理时限',
    q: '搜索标题',
    any: '全部',
    overdue: '已逾期',
    dueSoon: '临近到期',
    clear: '清除筛选',
  },
  counts: { label: '统计', total: '总数', overdue: '逾期', dueSoon: '临近到期', byStage: '各阶段' },
  shown: (shown, total) => `显示 ${shown} 项，共 ${total} 项`,
  none: '没有符合条件的任务。',
  columns: { title: '任务', type: '类型', stage: '阶段', lead: '牵头单位', due: '计划完成', progress: '进度' },
  due: {
    overdue: (d) => (d > 0 ? `已逾期 ${d} 个工作日` : '已逾期'),
    dueSoon: (d) => (d > 0 ? `还剩 ${d} 个工作日` : '今天到期'),
    onTime: (d) => `还剩 ${d} 个工作日`,
    done: '已办结',
    doneLate: '已办结（超期）',
    none: '未定时限',
  },
  pendingBadge: (n) => `${n} 条待发送`,
  cachedAt: (when) => `当前无法连接服务器，显示的是 ${when} 保存在本机的数据。`,
  back: '返回',
  fields: {
    type: '类型',
    year: '年度',
    lead: '牵头单位',
    assisting: '协办单位',
    party: '牵头党派团体',
    leader: '责任领导',
    participants: '参加人员',
    planned: '计划时间',
    actual: '实际时间',
    summary: '工作内容',
    publicSummary: '公开说明',
    visibility: '公开范围',
    isPublic: '在公开页面显示',
    notPublic: '不公开',
    proposals: '来源提案',
    opinions: '来源社情民意',
    progress: '进度',
    stage: '当前阶段',
    version: '版本',
    updatedAt: '更新时间',
  },
  stagesLabel: '办理阶段',
  outcome: {
    heading: '办理结果和反馈',
    resolution: '解决程度',
    adopted: '是否采纳',
    adoptionNote: '采纳情况说明',
    carriedOut: '是否落实',
    carriedOutNote: '落实情况说明',
    feedback: '反馈意见',
    satisfaction: '满意度',
    feedbackAt: '反馈时间',
    yes: '是',
    no: '否',
    unset: '未填写',
    edit: '填写办理结果和反馈',
    save: '保存',
    cancel: '取消',
    saved: '已保存。',
    needsOnline: '保存办理结果需要联网。',
  },
  timeline: {
    heading: '进展时间线',
    empty: '还没有进展。',
    moved: (from, to) => `阶段：${from} → ${to}`,
    created: '创建任务',
    public: '公开',
    internal: '内部',
  },
  update: {
    heading: '报送进展',
    text: '进展情况',
    progress: '进度（%）',
    progressHelp: '可不填，0 到 100。',
    files: '附件（如答复文件）',
    isPublic: '在公开页面显示这条进展',
    submit: '保存进展',
    counter: (n, max) => `${n}/${max} 字`,
    tooLong: (max) => `最多 ${max} 字。`,
    required: '请填写进展情况。',
    queued: '进展已保存，正在发送。',
  },
  move: {
    heading: '推进阶段',
    to: '推进到',
    note: '说明（可不填）',
    submit: '推进',
    requires: (what) => `进入这个阶段需要：${what}`,
    none: '您的角色不能推进这项任务的阶段。',
    queued: (stage) => `已申请推进到“${stage}”，正在发送。`,
  },
  pending: { update: '进展', move: (stage) => `推进到“${stage}”` },
  refused: {
    heading: '服务器没有接受这项更改',
    move: (stage) => `推进到“${stage}”被拒绝`,
    allowed: (stages) => `您现在可以推进到：${stages}`,
    resubmit: '按最新版本重新提交',
    discard: '放弃这项更改',
    discarded: '已放弃。',
  },
  conflict: {
    heading: '别人已修改了这项任务',
    intro: '您的修改没有覆盖别人的修改。请对照两个版本，选择保留哪一个。',
    field: '项目',
    mine: (v) => `我的修改（基于第 ${v} 版）`,
    theirs: (v) => `服务器上的第 ${v} 版`,
    lastChange: (who, when) => `最近由${who}于 ${when} 修改`,
    keepMine: '用我的修改覆盖',
    keepTheirs: '放弃我的修改，采用服务器版本',
    moveMine: (stage, v) => `推进到“${stage}”（基于第 ${v} 版）`,
    moveTheirs: (stage, v) => `现在处于“${stage}”（第 ${v} 版）`,
    resubmitMove: '按最新版本重新推进',
  },
  rejectedNotice: (n) => `有 ${n} 项更改被服务器退回，请查看。`,
  print: {
    sheet: '打印督办单',
    summary: '打印汇总',
    sheetTitle: '重点工作督办单',
    summaryTitle: (year) => `${year}重点协商和督办任务进展汇总`,
    number: '编号',
    issued: '印发日期',
    asOf: (date) => `截至${date}`,
    latest: '最新进展',
    request: '督办要求',
    requestText: (days, date) => `请于${days}个工作日内（${date}前）书面报送办理进展和下一步措施。`,
    requestDone: '已办结，请做好成果巩固和“回头看”。',
    receipt: '签收',
    receiptLine: '承办单位（盖章）：　　　　　签收人：　　　　　日期：',
    totals: '总体情况',
    overdueList: '逾期任务',
    dueSoonList: '临近到期任务',
    allList: '全部任务',
    overdueDays: '逾期工作日',
    noneListed: '无',
  },
  summaryIntro: '供领导会议使用：按当前筛选统计。',
  loadingTask: '正在加载任务…',
  notFound: '没有找到这项任务。',
  yearValue: (y) => `${y}年`,
  progressValue: (p) => `${p}%`,
};

const zhHant: TaskStrings = {
  ...zhHans,
  heading: '重點協商和督辦任務',
  publicHeading: '重點協商和督辦任務公開',
  views: { list: '列表', board: '看板', summary: '彙總' },
  viewsLabel: '檢視',
  types: {
    key_consultation: '重點協商',
    inspection: '專題視察',
    supervised_proposal: '重點提案督辦',
    research: '專題調研',
    democratic_supervision: '民主監督',
  },
  buckets: { todo: '待辦', doing: '在辦', answered: '已答覆', fed_back: '已回饋' },
  roles: {
    citizen: '群眾',
    member: '委員',
    staff: '機關工作人員',
    unit: '承辦單位',
    admin: '管理員',
    anonymous: '匿名',
    system: '系統',
  },
  satisfaction: { satisfied: '滿意', basically_satisfied: '基本滿意', dissatisfied: '不滿意' },
  requirements: {
    reply_document: '答覆文件（帶附件的進展）',
    outcome: '辦理結果（採納情況或解決程度）',
    feedback: '回饋意見或滿意度',
    progress_update: '至少一條進展',
  },
  itemStates: {
    queued: '待發送',
    sending: '正在發送',
    retrying: '等待重試',
    paused: '需要重新登入',
    rejected: '被退回',
    expired: '已過期未發送',
    sent: '已發送',
  },
  filters: {
    label: '篩選',
    type: '類型',
    stage: '階段',
    unit: '牽頭單位',
    year: '年度',
    due: '辦理時限',
    q: '搜尋標題',
    any: '全部',
    overdue: '已逾期',
    dueSoon: '臨近到期',
    clear: '清除篩選',
  },
  counts: { label: '統計', total: '總數', overdue: '逾期', dueSoon: '臨近到期', byStage: '各階段' },
  shown: (shown, total) => `顯示 ${shown} 項，共 ${total} 項`,
  none: '沒有符合條件的任務。',
  columns: { title: '任務', type: '類型', stage: '階段', lead: '牽頭單位', due: '計劃完成', progress: '進度' },
  due: {
    overdue: (d) => (d > 0 ? `已逾期 ${d} 個工作日` : '已逾期'),
    dueSoon: (d) => (d > 0 ? `還剩 ${d} 個工作日` : '今天到期'),
    onTime: (d) => `還剩 ${d} 個工作日`,
    done: '已辦結',
    doneLate: '已辦結（超期）',
    none: '未定時限',
  },
  pendingBadge: (n) => `${n} 條待發送`,
  cachedAt: (when) => `目前無法連接伺服器，顯示的是 ${when} 保存在本機的資料。`,
  back: '返回',
  fields: {
    type: '類型',
    year: '年度',
    lead: '牽頭單位',
    assisting: '協辦單位',
    party: '牽頭黨派團體',
    leader: '責任領導',
    participants: '參加人員',
    planned: '計劃時間',
    actual: '實際時間',
    summary: '工作內容',
    publicSummary: '公開說明',
    visibility: '公開範圍',
    isPublic: '在公開頁面顯示',
    notPublic: '不公開',
    proposals: '來源提案',
    opinions: '來源社情民意',
    progress: '進度',
    stage: '目前階段',
    version: '版本',
    updatedAt: '更新時間',
  },
  stagesLabel: '辦理階段',
  outcome: {
    heading: '辦理結果和回饋',
    resolution: '解決程度',
    adopted: '是否採納',
    adoptionNote: '採納情況說明',
    carriedOut: '是否落實',
    carriedOutNote: '落實情況說明',
    feedback: '回饋意見',
    satisfaction: '滿意度',
    feedbackAt: '回饋時間',
    yes: '是',
    no: '否',
    unset: '未填寫',
    edit: '填寫辦理結果和回饋',
    save: '保存',
    cancel: '取消',
    saved: '已保存。',
    needsOnline: '保存辦理結果需要連網。',
  },
  timeline: {
    heading: '進展時間線',
    empty: '還沒有進展。',
    moved: (from, to) => `階段：${from} → ${to}`,
    created: '建立任務',
    public: '公開',
    internal: '內部',
  },
  update: {
    heading: '報送進展',
    text: '進展情況',
    progress: '進度（%）',
    progressHelp: '可不填，0 到 100。',
    files: '附件（如答覆文件）',
    isPublic: '在公開頁面顯示這條進展',
    submit: '保存進展',
    counter: (n, max) => `${n}/${max} 字`,
    tooLong: (max) => `最多 ${max} 字。`,
    required: '請填寫進展情況。',
    queued: '進展已保存，正在發送。',
  },
  move: {
    heading: '推進階段',
    to: '推進到',
    note: '說明（可不填）',
    submit: '推進',
    requires: (what) => `進入這個階段需要：${what}`,
    none: '您的角色不能推進這項任務的階段。',
    queued: (stage) => `已申請推進到「${stage}」，正在發送。`,
  },
  pending: { update: '進展', move: (stage) => `推進到「${stage}」` },
  refused: {
    heading: '伺服器沒有接受這項更改',
    move: (stage) => `推進到「${stage}」被拒絕`,
    allowed: (stages) => `您現在可以推進到：${stages}`,
    resubmit: '按最新版本重新提交',
    discard: '放棄這項更改',
    discarded: '已放棄。',
  },
  conflict: {
    heading: '別人已修改了這項任務',
    intro: '您的修改沒有覆蓋別人的修改。請對照兩個版本，選擇保留哪一個。',
    field: '項目',
    mine: (v) => `我的修改（基於第 ${v} 版）`,
    theirs: (v) => `伺服器上的第 ${v} 版`,
    lastChange: (who, when) => `最近由${who}於 ${when} 修改`,
    keepMine: '用我的修改覆蓋',
    keepTheirs: '放棄我的修改，採用伺服器版本',
    moveMine: (stage, v) => `推進到「${stage}」（基於第 ${v} 版）`,
    moveTheirs: (stage, v) => `現在處於「${stage}」（第 ${v} 版）`,
    resubmitMove: '按最新版本重新推進',
  },
  rejectedNotice: (n) => `有 ${n} 項更改被伺服器退回，請查看。`,
  print: {
    sheet: '列印督辦單',
    summary: '列印彙總',
    sheetTitle: '重點工作督辦單',
    summaryTitle: (year) => `${year}重點協商和督辦任務進展彙總`,
    number: '編號',
    issued: '印發日期',
    asOf: (date) => `截至${date}`,
    latest: '最新進展',
    request: '督辦要求',
    requestText: (days, date) => `請於${days}個工作日內（${date}前）書面報送辦理進展和下一步措施。`,
    requestDone: '已辦結，請做好成果鞏固和「回頭看」。',
    receipt: '簽收',
    receiptLine: '承辦單位（蓋章）：　　　　　簽收人：　　　　　日期：',
    totals: '總體情況',
    overdueList: '逾期任務',
    dueSoonList: '臨近到期任務',
    allList: '全部任務',
    overdueDays: '逾期工作日',
    noneListed: '無',
  },
  summaryIntro: '供領導會議使用：按目前篩選統計。',
  loadingTask: '正在載入任務…',
  notFound: '沒有找到這項任務。',
};

const en: TaskStrings = {
  heading: 'Key consultation and supervision tasks',
  publicHeading: 'Key consultation and supervision tasks',
  views: { list: 'List', board: 'Board', summary: 'Summary' },
  viewsLabel: 'Views',
  types: {
    key_consultation: 'Key consultation',
    inspection: 'Inspection',
    supervised_proposal: 'Supervised proposal',
    research: 'Research',
    democratic_supervision: 'Democratic supervision',
  },
  buckets: { todo: 'To do', doing: 'In progress', answered: 'Answered', fed_back: 'Fed back' },
  roles: {
    citizen: 'Citizen',
    member: 'Member',
    staff: 'Staff',
    unit: 'Handling unit',
    admin: 'Administrator',
    anonymous: 'Anonymous',
    system: 'System',
  },
  satisfaction: { satisfied: 'Satisfied', basically_satisfied: 'Basically satisfied', dissatisfied: 'Dissatisfied' },
  requirements: {
    reply_document: 'a reply document (an update with an attachment)',
    outcome: 'an outcome (adoption or resolution)',
    feedback: 'feedback or a satisfaction rating',
    progress_update: 'at least one progress update',
  },
  itemStates: {
    queued: 'Waiting to send',
    sending: 'Sending',
    retrying: 'Will retry',
    paused: 'Sign in again',
    rejected: 'Returned',
    expired: 'Expired, not sent',
    sent: 'Sent',
  },
  filters: {
    label: 'Filters',
    type: 'Type',
    stage: 'Stage',
    unit: 'Lead unit',
    year: 'Year',
    due: 'Deadline',
    q: 'Search titles',
    any: 'All',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    clear: 'Clear filters',
  },
  counts: { label: 'Counts', total: 'Total', overdue: 'Overdue', dueSoon: 'Due soon', byStage: 'By stage' },
  shown: (shown, total) => `Showing ${shown} of ${total}`,
  none: 'No tasks match.',
  columns: { title: 'Task', type: 'Type', stage: 'Stage', lead: 'Lead unit', due: 'Planned end', progress: 'Progress' },
  due: {
    overdue: (d) => (d > 0 ? `Overdue by ${d} working day${d === 1 ? '' : 's'}` : 'Overdue'),
    dueSoon: (d) => (d > 0 ? `${d} working day${d === 1 ? '' : 's'} left` : 'Due today'),
    onTime: (d) => `${d} working days left`,
    done: 'Done',
    doneLate: 'Done (late)',
    none: 'No deadline',
  },
  pendingBadge: (n) => `${n} waiting to send`,
  cachedAt: (when) => `The server cannot be reached: showing the copy saved on this device at ${when}.`,
  back: 'Back',
  fields: {
    type: 'Type',
    year: 'Year',
    lead: 'Lead units',
    assisting: 'Assisting units',
    party: 'Leading party or group',
    leader: 'Responsible leader',
    participants: 'Participants',
    planned: 'Planned',
    actual: 'Actual',
    summary: 'Work',
    publicSummary: 'Public note',
    visibility: 'Visibility',
    isPublic: 'Shown on the public page',
    notPublic: 'Not public',
    proposals: 'Source proposals',
    opinions: 'Source opinions',
    progress: 'Progress',
    stage: 'Stage',
    version: 'Version',
    updatedAt: 'Updated',
  },
  stagesLabel: 'Stages',
  outcome: {
    heading: 'Outcome and feedback',
    resolution: 'Resolution',
    adopted: 'Adopted',
    adoptionNote: 'Adoption note',
    carriedOut: 'Carried out',
    carriedOutNote: 'Implementation note',
    feedback: 'Feedback',
    satisfaction: 'Satisfaction',
    feedbackAt: 'Feedback date',
    yes: 'Yes',
    no: 'No',
    unset: 'Not given',
    edit: 'Record outcome and feedback',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved.',
    needsOnline: 'Saving the outcome needs a connection.',
  },
  timeline: {
    heading: 'Timeline',
    empty: 'No progress yet.',
    moved: (from, to) => `Stage: ${from} → ${to}`,
    created: 'Task created',
    public: 'Public',
    internal: 'Internal',
  },
  update: {
    heading: 'Post progress',
    text: 'Progress',
    progress: 'Progress (%)',
    progressHelp: 'Optional, 0 to 100.',
    files: 'Attachments (such as the reply document)',
    isPublic: 'Show this update on the public page',
    submit: 'Save progress',
    counter: (n, max) => `${n}/${max} characters`,
    tooLong: (max) => `At most ${max} characters.`,
    required: 'Describe the progress.',
    queued: 'Progress saved; sending.',
  },
  move: {
    heading: 'Move stage',
    to: 'Move to',
    note: 'Note (optional)',
    submit: 'Move',
    requires: (what) => `This stage needs ${what}.`,
    none: 'Your role cannot move this task.',
    queued: (stage) => `Move to “${stage}” saved; sending.`,
  },
  pending: { update: 'Progress', move: (stage) => `Move to “${stage}”` },
  refused: {
    heading: 'The server did not accept this change',
    move: (stage) => `Moving to “${stage}” was refused`,
    allowed: (stages) => `You may now move it to: ${stages}`,
    resubmit: 'Send again on the latest version',
    discard: 'Discard this change',
    discarded: 'Discarded.',
  },
  conflict: {
    heading: 'Someone else changed this task',
    intro: 'Your change did not overwrite theirs. Compare both versions and choose which to keep.',
    field: 'Field',
    mine: (v) => `My change (based on version ${v})`,
    theirs: (v) => `Version ${v} on the server`,
    lastChange: (who, when) => `Last changed by ${who} at ${when}`,
    keepMine: 'Overwrite with my change',
    keepTheirs: 'Discard mine, keep the server version',
    moveMine: (stage, v) => `Move to “${stage}” (based on version ${v})`,
    moveTheirs: (stage, v) => `Now in “${stage}” (version ${v})`,
    resubmitMove: 'Move again on the latest version',
  },
  rejectedNotice: (n) => `${n} change${n === 1 ? ' was' : 's were'} returned by the server.`,
  print: {
    sheet: 'Print supervision sheet',
    summary: 'Print summary',
    sheetTitle: 'Supervision sheet',
    summaryTitle: (year) => `Key tasks progress summary ${year}`,
    number: 'No.',
    issued: 'Issued',
    asOf: (date) => `As of ${date}`,
    latest: 'Latest progress',
    request: 'Request',
    requestText: (days, date) => `Report progress and next steps in writing within ${days} working days (by ${date}).`,
    requestDone: 'Completed: keep the results and review them later.',
    receipt: 'Receipt',
    receiptLine: 'Unit (seal):            Received by:            Date:',
    totals: 'Overview',
    overdueList: 'Overdue',
    dueSoonList: 'Due soon',
    allList: 'All tasks',
    overdueDays: 'Working days overdue',
    noneListed: 'None',
  },
  summaryIntro: 'For the leadership meeting: counts under the current filters.',
  loadingTask: 'Loading the task…',
  notFound: 'This task was not found.',
  yearValue: (y) => String(y),
  progressValue: (p) => `${p}%`,
};

export const TASK_STRINGS: Record<Locale, TaskStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
