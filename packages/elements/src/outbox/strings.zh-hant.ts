/** 繁體中文 strings, loaded only when a page asks for this language. */
import type { OutboxStrings } from './strings.js';

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

export default zhHant;
