/** Strings of `<tx-proposal-form>`, zh-Hans first. */
import { localized, type ProposalStatus, type Satisfaction } from '@tongxin/core';
import { PROPOSAL_STATUS_NAMES } from '@tongxin/core/workflow';

export type ProposalStrings = {
  mine: string;
  cosign: string;
  write: string;
  signIn: string;
  proposer: (name: string) => string;
  noMine: string;
  noCosign: string;
  open: (title: string) => string;
  openButton: string;
  statusColumn: string;
  actions: string;
  back: string;
  saveDraft: string;
  draftSaved: string;
  preview: string;
  previewIntro: string;
  edit: string;
  confirm: string;
  queued: string;
  submitted: (number: string | undefined) => string;
  number: string;
  status: Record<ProposalStatus, string>;
  history: string;
  cosigners: string;
  cosignState: Record<'pending' | 'confirmed' | 'declined', string>;
  confirmCosign: string;
  declineCosign: string;
  declineNote: string;
  replies: string;
  noReplies: string;
  replyFrom: (unit: string, docNo: string) => string;
  answerCategory: string;
  /** The list of a reply's files (答复函扫描件 and the like). */
  replyFiles: string;
  fileFailed: (name: string) => string;
  /** The proposal a merged one joined: by number when it has one. */
  mergedTarget: (number: string | undefined, title: string) => string;
  mergedInto: (target: string, status: string) => string;
  /** A merged proposal whose target the server did not name (an old record). */
  mergedSomewhere: string;
  mergedReplyPending: string;
  mergedReplyFrom: (target: string) => string;
  rating: string;
  rate: string;
  satisfaction: Record<Satisfaction, string>;
  comment: string;
  rated: (by: string, what: string) => string;
  sections: { title: string; situation: string; reasons: string; suggestions: string; category: string; units: string; publish: string };
  publishYes: string;
  publishNo: (reason: string) => string;
  rejected: string;
};

export const zhHans: ProposalStrings = {
  mine: '我的提案',
  cosign: '待我联名',
  write: '撰写提案',
  signIn: '请先以委员身份登录，再撰写或查看提案。',
  proposer: (name) => `提案人：${name}`,
  noMine: '还没有提案。',
  noCosign: '没有等待您确认的联名提案。',
  open: (title) => `查看：${title}`,
  openButton: '查看',
  statusColumn: '状态',
  actions: '操作',
  back: '返回列表',
  saveDraft: '存为草稿',
  draftSaved: '草稿已保存（联网后同步到服务器）。',
  preview: '核对提案',
  previewIntro: '请核对以下内容，确认无误后提交。',
  edit: '返回修改',
  confirm: '确认提交',
  queued: '已保存在本机，联网后自动提交。',
  submitted: (n) => (n ? `提案已提交，提案号 ${n}。` : '提案已提交。有联名委员时，全部确认后正式提交。'),
  number: '提案号',
  status: PROPOSAL_STATUS_NAMES,
  history: '办理过程',
  cosigners: '联名委员',
  cosignState: { pending: '待确认', confirmed: '已确认', declined: '已拒绝' },
  confirmCosign: '确认联名',
  declineCosign: '拒绝联名',
  declineNote: '拒绝理由（可不填）',
  replies: '答复',
  noReplies: '暂无答复。',
  replyFrom: (unit, docNo) => `${unit}（${docNo}）`,
  answerCategory: '答复分类',
  replyFiles: '答复附件',
  fileFailed: (name) => `附件“${name}”下载失败，请联网后重试。`,
  mergedTarget: (number, title) => (number ? `第${number}号提案《${title}》` : `提案《${title}》`),
  mergedInto: (target, status) => `本提案已与${target}并案办理（该提案目前：${status}）。`,
  mergedSomewhere: '本提案已与其他提案并案办理。',
  mergedReplyPending: '该提案的答复审核通过后即为对本提案的答复，届时可在此查看并评价。',
  mergedReplyFrom: (target) => `以下是${target}的答复，一并答复本提案。`,
  rating: '评价答复',
  rate: '提交评价',
  satisfaction: { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' },
  comment: '意见（可不填）',
  rated: (by, what) => `${by}：${what}`,
  sections: {
    title: '案由',
    situation: '情况',
    reasons: '分析',
    suggestions: '建议',
    category: '分类',
    units: '建议承办单位',
    publish: '公开',
  },
  publishYes: '同意公开',
  publishNo: (reason) => `不同意公开（${reason}）`,
  rejected: '提交未被接受',
};

export const PROPOSAL_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
