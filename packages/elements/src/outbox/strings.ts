/** Strings of `<tx-outbox>`, zh-Hans first. */
import type { Locale } from '@tongxin/core';
import type { OutboxState } from '@tongxin/core/outbox';

export type OutboxStrings = {
  heading: string;
  empty: string;
  count: (n: number) => string;
  state: Record<OutboxState, string>;
  nextAttempt: (time: string, attempts: number) => string;
  reason: string;
  retry: string;
  discard: string;
  edit: string;
  confirmDiscard: (label: string) => string;
  files: (n: number) => string;
  savedAt: (time: string) => string;
  routes: Record<string, string>;
};

const zhHans: OutboxStrings = {
  heading: '本机待发送',
  empty: '没有待发送的内容，全部已送达。',
  count: (n) => `还有 ${n} 项待发送`,
  state: {
    queued: '等待发送',
    sending: '正在发送',
    retrying: '发送失败，稍后自动重试',
    paused: '需要重新登录后发送',
    rejected: '被退回，需要修改',
    expired: '保存时间过长，未发送',
    sent: '已送达',
  },
  nextAttempt: (time, attempts) => `已尝试 ${attempts} 次，将于 ${time} 再试`,
  reason: '原因：',
  retry: '立即重试',
  discard: '放弃',
  edit: '修改',
  confirmDiscard: (label) => `确定放弃“${label}”吗？放弃后无法恢复。`,
  files: (n) => `${n} 个附件`,
  savedAt: (time) => `保存于 ${time}`,
  routes: {
    createOpinion: '社情民意',
    createProposal: '提案',
    proposalAction: '提案办理',
    opinionAction: '社情民意处理',
    postTaskUpdate: '工作进展',
    moveTaskStage: '工作阶段变更',
    updateTask: '工作信息修改',
    createTask: '新建工作',
  },
};

const zhHant: OutboxStrings = {
  heading: '本機待發送',
  empty: '沒有待發送的內容，全部已送達。',
  count: (n) => `還有 ${n} 項待發送`,
  state: {
    queued: '等待發送',
    sending: '正在發送',
    retrying: '發送失敗，稍後自動重試',
    paused: '需要重新登入後發送',
    rejected: '被退回，需要修改',
    expired: '保存時間過長，未發送',
    sent: '已送達',
  },
  nextAttempt: (time, attempts) => `已嘗試 ${attempts} 次，將於 ${time} 再試`,
  reason: '原因：',
  retry: '立即重試',
  discard: '放棄',
  edit: '修改',
  confirmDiscard: (label) => `確定放棄「${label}」嗎？放棄後無法恢復。`,
  files: (n) => `${n} 個附件`,
  savedAt: (time) => `保存於 ${time}`,
  routes: {
    createOpinion: '社情民意',
    createProposal: '提案',
    proposalAction: '提案辦理',
    opinionAction: '社情民意處理',
    postTaskUpdate: '工作進展',
    moveTaskStage: '工作階段變更',
    updateTask: '工作資訊修改',
    createTask: '新建工作',
  },
};

const en: OutboxStrings = {
  heading: 'Waiting to be sent from this device',
  empty: 'Nothing is waiting; everything was delivered.',
  count: (n) => (n === 1 ? '1 item waiting' : `${n} items waiting`),
  state: {
    queued: 'Waiting',
    sending: 'Sending',
    retrying: 'Failed; will retry automatically',
    paused: 'Sign in again to send',
    rejected: 'Returned; needs changes',
    expired: 'Kept too long; not sent',
    sent: 'Delivered',
  },
  nextAttempt: (time, attempts) => `${attempts} attempts; next at ${time}`,
  reason: 'Reason: ',
  retry: 'Retry now',
  discard: 'Discard',
  edit: 'Edit',
  confirmDiscard: (label) => `Discard “${label}”? This cannot be undone.`,
  files: (n) => (n === 1 ? '1 attachment' : `${n} attachments`),
  savedAt: (time) => `Saved ${time}`,
  routes: {
    createOpinion: 'Opinion',
    createProposal: 'Proposal',
    proposalAction: 'Proposal step',
    opinionAction: 'Opinion step',
    postTaskUpdate: 'Progress update',
    moveTaskStage: 'Stage change',
    updateTask: 'Task change',
    createTask: 'New task',
  },
};

export const OUTBOX_STRINGS: Record<Locale, OutboxStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
