/** Strings of `<tx-opinion-box>` and `<tx-opinion-status>`, zh-Hans first. */
import { localized, type OpinionStatus } from '@tongxin/core';
import { OPINION_STATUS_NAMES } from '@tongxin/core/workflow';

export type OpinionStrings = {
  heading: string;
  acceptance: string;
  sending: string;
  queued: string;
  sentTitle: string;
  sentIntro: string;
  trackingCode: string;
  password: string;
  copy: (what: string) => string;
  copied: (what: string) => string;
  copyFailed: string;
  qr: string;
  dueBy: (date: string) => string;
  keepSafe: string;
  another: string;
  rejected: string;
  fixAndResend: string;
  discard: string;
  toStation: string;
  mySubmissions: string;
  noSaved: string;
  lookupHeading: string;
  lookup: string;
  lookupHelp: string;
  notFound: string;
  rateLimited: (seconds: number) => string;
  submittedAt: string;
  category: string;
  status: Record<OpinionStatus, string>;
  timeline: string;
  replies: string;
  replyFrom: (from: string) => string;
  noReplies: string;
  uptake: string;
  adopted: string;
  instructed: string;
  overdue: (days: number) => string;
  dueSoon: string;
  onTime: string;
  answered: string;
  check: string;
  forget: (code: string) => string;
};

export const zhHans: OpinionStrings = {
  heading: '社情民意',
  acceptance: '受理须知',
  sending: '正在提交…',
  queued: '已保存在本机。当前网络不可用，联网后会自动提交，提交成功后在这里显示查询码。',
  sentTitle: '提交成功',
  sentIntro: '请记下查询码和查询密码，凭它们查询办理进度。它们也已保存在本机的“我的反映”中。',
  trackingCode: '查询码',
  password: '查询密码',
  copy: (what) => `复制${what}`,
  copied: (what) => `已复制${what}`,
  copyFailed: '无法自动复制，请手动抄写。',
  qr: '查询码二维码（扫码打开查询页面；查询密码需另行输入）',
  dueBy: (date) => `我们将在 ${date} 前答复。`,
  keepSafe: '查询密码只显示这一次，请妥善保存，不要告诉他人。',
  another: '再反映一条',
  rejected: '提交未被接受',
  fixAndResend: '修改后重新提交',
  discard: '放弃这条',
  toStation: '反映给委员工作站：',
  mySubmissions: '我的反映（本机保存）',
  noSaved: '本机还没有保存的查询码。',
  lookupHeading: '查询办理进度',
  lookup: '查询',
  lookupHelp: '查询码形如 7K3M-9QX2-BD4H，不区分大小写。',
  notFound: '查询码或查询密码不正确，请核对后再试。',
  rateLimited: (s) => `查询次数过多，请 ${s} 秒后再试。`,
  submittedAt: '提交时间',
  category: '类别',
  status: OPINION_STATUS_NAMES,
  timeline: '办理进度',
  replies: '答复',
  replyFrom: (from) => `答复单位：${from}`,
  noReplies: '暂无答复。',
  uptake: '采用情况',
  adopted: '已采用',
  instructed: '有领导批示',
  overdue: (days) => `已超过答复期限 ${days} 个工作日`,
  dueSoon: '即将到答复期限',
  onTime: '在答复期限内',
  answered: '已答复',
  check: '查看进度',
  forget: (code) => `从本机删除 ${code}`,
};

export const OPINION_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
