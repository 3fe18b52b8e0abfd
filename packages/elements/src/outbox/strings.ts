/** Strings of `<tx-outbox>`, zh-Hans first. */
import { localized } from '@tongxin/core';
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

export const OUTBOX_STRINGS = localized(zhHans, (locale) =>
  (locale === 'en' ? import('./strings.en.js') : import('./strings.zh-hant.js')).then((m) => m.default),
);
