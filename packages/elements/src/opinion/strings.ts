/** Strings of `<tx-opinion-box>` and `<tx-opinion-status>`, zh-Hans first. */
import type { Locale, OpinionStatus } from '@tongxin/core';

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

const zhHans: OpinionStrings = {
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
  status: {
    submitted: '已提交',
    received: '已受理',
    not_accepted: '不予受理',
    editing: '编辑中',
    edited: '已编辑',
    reported: '已报送',
    adopted: '已采用',
    instructed: '领导已批示',
    archived: '已存档',
    closed: '已办结',
  },
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

const zhHant: OpinionStrings = {
  ...zhHans,
  heading: '社情民意',
  acceptance: '受理須知',
  sending: '正在提交…',
  queued: '已保存在本機。目前網路不可用，連網後會自動提交，提交成功後在這裡顯示查詢碼。',
  sentTitle: '提交成功',
  sentIntro: '請記下查詢碼和查詢密碼，憑它們查詢辦理進度。它們也已保存在本機的「我的反映」中。',
  trackingCode: '查詢碼',
  password: '查詢密碼',
  copy: (what) => `複製${what}`,
  copied: (what) => `已複製${what}`,
  copyFailed: '無法自動複製，請手動抄寫。',
  qr: '查詢碼二維碼（掃碼開啟查詢頁面；查詢密碼需另行輸入）',
  dueBy: (date) => `我們將在 ${date} 前答覆。`,
  keepSafe: '查詢密碼只顯示這一次，請妥善保存，不要告訴他人。',
  another: '再反映一條',
  rejected: '提交未被接受',
  fixAndResend: '修改後重新提交',
  discard: '放棄這條',
  toStation: '反映給委員工作站：',
  mySubmissions: '我的反映（本機保存）',
  noSaved: '本機還沒有保存的查詢碼。',
  lookupHeading: '查詢辦理進度',
  lookup: '查詢',
  lookupHelp: '查詢碼形如 7K3M-9QX2-BD4H，不區分大小寫。',
  notFound: '查詢碼或查詢密碼不正確，請核對後再試。',
  rateLimited: (s) => `查詢次數過多，請 ${s} 秒後再試。`,
  submittedAt: '提交時間',
  category: '類別',
  status: {
    submitted: '已提交',
    received: '已受理',
    not_accepted: '不予受理',
    editing: '編輯中',
    edited: '已編輯',
    reported: '已報送',
    adopted: '已採用',
    instructed: '領導已批示',
    archived: '已存檔',
    closed: '已辦結',
  },
  timeline: '辦理進度',
  replies: '答覆',
  replyFrom: (from) => `答覆單位：${from}`,
  noReplies: '暫無答覆。',
  uptake: '採用情況',
  adopted: '已採用',
  instructed: '有領導批示',
  overdue: (days) => `已超過答覆期限 ${days} 個工作日`,
  dueSoon: '即將到答覆期限',
  onTime: '在答覆期限內',
  answered: '已答覆',
  check: '查看進度',
  forget: (code) => `從本機刪除 ${code}`,
};

const en: OpinionStrings = {
  heading: 'Public opinion',
  acceptance: 'What we accept',
  sending: 'Sending…',
  queued: 'Saved on this device. There is no connection now; it will be sent automatically, and the tracking code will appear here.',
  sentTitle: 'Sent',
  sentIntro: 'Note the tracking code and password to check progress. They are also kept under "My submissions" on this device.',
  trackingCode: 'Tracking code',
  password: 'Password',
  copy: (what) => `Copy ${what.toLowerCase()}`,
  copied: (what) => `${what} copied`,
  copyFailed: 'Could not copy; please write it down.',
  qr: 'QR code of the tracking code (opens the status page; the password is entered separately)',
  dueBy: (date) => `We will reply by ${date}.`,
  keepSafe: 'The password is shown only once. Keep it safe and do not share it.',
  another: 'Send another',
  rejected: 'Not accepted',
  fixAndResend: 'Edit and send again',
  discard: 'Discard it',
  toStation: 'To the members’ workstation: ',
  mySubmissions: 'My submissions (on this device)',
  noSaved: 'No tracking codes saved on this device yet.',
  lookupHeading: 'Check progress',
  lookup: 'Check',
  lookupHelp: 'A tracking code looks like 7K3M-9QX2-BD4H (any case).',
  notFound: 'The tracking code or password is wrong. Please check them and try again.',
  rateLimited: (s) => `Too many attempts. Try again in ${s} seconds.`,
  submittedAt: 'Submitted',
  category: 'Category',
  status: {
    submitted: 'Submitted',
    received: 'Received',
    not_accepted: 'Not accepted',
    editing: 'Being edited',
    edited: 'Edited',
    reported: 'Reported',
    adopted: 'Adopted',
    instructed: 'Instructed by leaders',
    archived: 'Archived',
    closed: 'Closed',
  },
  timeline: 'Progress',
  replies: 'Replies',
  replyFrom: (from) => `From: ${from}`,
  noReplies: 'No reply yet.',
  uptake: 'Uptake',
  adopted: 'Adopted',
  instructed: 'Leaders gave instructions',
  overdue: (days) => `${days} working days past the reply deadline`,
  dueSoon: 'The reply deadline is near',
  onTime: 'Within the reply deadline',
  answered: 'Answered',
  check: 'Check progress',
  forget: (code) => `Remove ${code} from this device`,
};

export const OPINION_STRINGS: Record<Locale, OpinionStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
