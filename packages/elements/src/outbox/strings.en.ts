/** English strings, loaded only when a page asks for this language. */
import type { OutboxStrings } from './strings.js';

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

export default en;
