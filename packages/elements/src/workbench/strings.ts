/** Texts of `<tx-workbench>`, zh-Hans first. Status names come from the proposal and opinion widgets. */
import { localized, type OpinionAction, type ProposalAction } from '@tongxin/core';
import { OPINION_ACTION_NAMES, PROPOSAL_ACTION_NAMES } from '@tongxin/core/workflow';

export type WorkbenchTab = 'inbox' | 'filed' | 'supervision' | 'all' | 'assigned' | 'opinions';
export type Bucket = 'overdue' | 'dueSoon' | 'countersigning' | 'rating';

export type WorkbenchStrings = {
  title: string;
  /** Export or printout when the rest of the list could not be loaded. */
  partial: (n: number) => string;
  exportCsv: string;
  loadMore: (shown: number) => string;
  printSummary: string;
  /** Printing needs its module, which could not be loaded (offline before the first print). */
  printUnavailable: string;
  summaryTitle: (list: string) => string;
  asOf: (date: string) => string;
  totals: (parts: string) => string;
  bucket: string;
  tabs: Record<WorkbenchTab, string>;
  buckets: Record<Bucket, string>;
  empty: string;
  signIn: string;
  notAllowed: string;
  open: (title: string) => string;
  openButton: string;
  back: string;
  number: string;
  titleColumn: string;
  proposer: string;
  status: string;
  deadline: string;
  actions: string;
  overdue: (days: number) => string;
  dueSoon: (days: number) => string;
  units: string;
  unitRole: { lead: string; assisting: string };
  unitState: Record<'assigned' | 'accepted' | 'handback_requested' | 'handed_back' | 'replied' | 'countersigned', string>;
  modes: Record<'single' | 'split' | 'joint', string>;
  content: string;
  history: string;
  replies: string;
  reply: (unit: string, docNo: string, category: string) => string;
  countersignedBy: (units: string) => string;
  contact: (name: string, phone: string) => string;
  key: string;
  proposalActions: Record<ProposalAction['action'], string>;
  opinionActions: Record<OpinionAction['action'], string>;
  fields: Record<string, string>;
  adoption: { single: string; combined: string };
  cancel: string;
  send: string;
  sent: (action: string) => string;
  queued: string;
  refused: string;
  allowedNow: (actions: string) => string;
  noneAllowed: string;
  changed: string;
  noActions: string;
  trackingCode: string;
  anonymous: string;
  edited: string;
  uptake: string;
  levelState: (level: string, parts: string) => string;
  reported: string;
  adopted: string;
  instructed: string;
  public: string;
  internal: string;
  /** Under a reply form's file picker. */
  filesHint: (max: number) => string;
  tooManyFiles: (max: number) => string;
  fileTooLarge: (name: string, mb: number) => string;
  /** Opens the proposal a merged one joined. */
  openTarget: string;
  mergedFrom: string;
  mergedFromCount: (n: number) => string;
  /** 社情民意 journal issues: the filter, the column, selecting and compiling. */
  journal: {
    filter: string;
    show: string;
    all: string;
    column: string;
    caption: (issue: string, n: number) => string;
    select: string;
    selectOne: (title: string) => string;
    selectAll: string;
    compileTitle: string;
    compileHint: string;
    compileButton: (n: number) => string;
    noneSelected: string;
    compiled: (n: number, issue: string) => string;
    notCompiled: (n: number) => string;
  };
  /** 督办 per handling unit. */
  byUnit: {
    caption: string;
    unit: string;
    show: string;
    open: (unit: string) => string;
    none: string;
    title: (unit: string) => string;
    back: string;
    listName: (unit: string) => string;
  };
};

export const zhHans: WorkbenchStrings = {
  title: '提案与社情民意办理',
  partial: (n) => `网络不可用，只包含已加载的 ${n} 项。`,
  exportCsv: '导出 CSV',
  loadMore: (n) => `加载更多（已显示 ${n} 项）`,
  printSummary: '打印办理汇总',
  printUnavailable: '打印功能还没有下载到本机，请联网后再试。',
  summaryTitle: (list) => `办理情况汇总表（${list}）`,
  asOf: (date) => `截至${date}`,
  totals: (parts) => `合计：${parts}`,
  bucket: '督办类别',
  tabs: { inbox: '待审查', filed: '待交办', supervision: '督办', all: '全部提案', assigned: '交办给本单位', opinions: '社情民意' },
  buckets: { overdue: '已超期', dueSoon: '即将到期', countersigning: '待会签', rating: '待委员评价' },
  empty: '暂无。',
  signIn: '请先以工作人员或承办单位账号登录。',
  notAllowed: '本账号不是政协工作人员或承办单位，无法使用办理工作台。',
  open: (t) => `打开：${t}`,
  openButton: '打开',
  back: '返回列表',
  number: '提案号',
  titleColumn: '标题',
  proposer: '提案人',
  status: '状态',
  deadline: '办理期限',
  actions: '操作',
  overdue: (d) => `超期 ${d} 个工作日`,
  dueSoon: (d) => `还剩 ${d} 个工作日`,
  units: '承办单位',
  unitRole: { lead: '主办', assisting: '协办' },
  unitState: {
    assigned: '待签收',
    accepted: '已签收',
    handback_requested: '申请退回',
    handed_back: '已退回',
    replied: '已答复',
    countersigned: '已会签',
  },
  modes: { single: '单办', split: '分办', joint: '会办（主办＋协办）' },
  content: '提案内容',
  history: '办理过程',
  replies: '答复',
  reply: (u, d, c) => `${u}　文号 ${d}　答复分类 ${c}`,
  countersignedBy: (u) => `已会签：${u}`,
  contact: (n, p) => `联系人 ${n}，办公电话 ${p}`,
  key: '重点提案',
  proposalActions: PROPOSAL_ACTION_NAMES,
  opinionActions: OPINION_ACTION_NAMES,
  fields: {
    categoryCode: '提案分类（可不改）',
    reasonCode: '不予立案理由',
    opinionReason: '理由（可不选）',
    note: '说明（可不填）',
    returnNote: '退回说明',
    mode: '办理方式',
    leadUnitIds: '主办单位',
    assistingUnitIds: '协办单位',
    deadline: '办理期限',
    reason: '理由',
    docNo: '文号',
    contactName: '联系人',
    contactPhone: '办公电话',
    answerCategory: '答复分类',
    text: '答复内容',
    workingDays: '延期工作日数',
    key: '列为重点督办提案',
    proposerConsent: '提案人已同意转为社情民意',
    into: '并入哪件提案（内容相同或相近）',
    satisfaction: '评价',
    memberId: '代哪位委员录入',
    comment: '意见（可不填）',
    title: '标题',
    body: '正文',
    journalIssue: '刊期（如 2026年第12期）',
    attachments: '答复函扫描件等附件（可不传）',
    level: '层级',
    adoption: '采用方式',
    by: '批示领导',
    instruction: '批示内容',
    at: '批示日期',
    replyText: '回复内容',
    public: '向反映人公开',
  },
  adoption: { single: '单篇采用', combined: '综合采用' },
  cancel: '取消',
  send: '确定',
  sent: (a) => `已${a}。`,
  queued: '已保存在本机，联网后自动发送。',
  refused: '服务器未接受这一操作',
  allowedNow: (a) => `当前可以：${a}`,
  noneAllowed: '当前状态下您没有可做的操作。',
  changed: '这条记录已被他人修改，已显示最新内容，请核对后再操作。',
  noActions: '当前状态下您没有可做的操作。',
  trackingCode: '查询码',
  anonymous: '匿名',
  edited: '核稿',
  uptake: '报送与采用',
  levelState: (l, p) => `${l}：${p}`,
  reported: '已报送',
  adopted: '已采用',
  instructed: '有领导批示',
  public: '公开',
  internal: '不公开',
  filesHint: (max) => `可选 PDF、OFD、图片、Word 或 Excel 文件，每个不超过 10 MB，最多 ${max} 个。没有网络时先保存在本机，联网后自动上传。`,
  tooManyFiles: (max) => `附件最多 ${max} 个，请减少后再发送。`,
  fileTooLarge: (name, mb) => `附件“${name}”超过 ${mb} MB，请压缩或拆分后再上传。`,
  openTarget: '打开该提案',
  mergedFrom: '并入本件的提案',
  mergedFromCount: (n) => `${n} 件（本件答复审核通过后，各提案人均收到同一答复）`,
  journal: {
    filter: '按刊期查看',
    show: '查看本期',
    all: '显示全部',
    column: '刊期',
    caption: (issue, n) => `《社情民意》${issue}（${n} 条）`,
    select: '选择',
    selectOne: (t) => `选择：${t}`,
    selectAll: '全选已核稿的社情民意',
    compileTitle: '编入《社情民意》刊期',
    compileHint: '勾选已核稿的社情民意，填写刊期，一次编入同一期。',
    compileButton: (n) => `编入所选（${n} 条）`,
    noneSelected: '请先勾选要编入的已核稿社情民意。',
    compiled: (n, issue) => `已将 ${n} 条社情民意编入《社情民意》${issue}。`,
    notCompiled: (n) => `以下 ${n} 条未能编入：`,
  },
  byUnit: {
    caption: '各承办单位超期情况',
    unit: '承办单位',
    show: '查看',
    open: (u) => `查看${u}的超期和即将到期提案`,
    none: '没有超期或即将到期的承办单位。',
    title: (u) => `${u}：超期和即将到期的提案`,
    back: '返回督办总览',
    listName: (u) => `督办（${u}）`,
  },
};

export const WORKBENCH_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
