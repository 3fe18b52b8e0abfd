/** Words of `<tx-task-tracker>` in zh-Hans (first), zh-Hant and en. Stage names come from the county. */
import { localized, type Role, type Satisfaction, type TaskStage, type TaskType } from '@tongxin/core';

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
    /** Printing needs its module, which could not be loaded (offline before the first print). */
    unavailable: string;
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

export const zhHans: TaskStrings = {
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
    unavailable: '打印功能还没有下载到本机，请联网后再试。',
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

export const TASK_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
