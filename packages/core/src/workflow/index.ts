/**
 * `@tongxin/core/workflow`: the domain rules of proposals, opinions and tasks as pure functions of
 * (record, action, caller, county configuration, now) → the next record, or a refusal (a problem
 * code, its status and the reason). No storage and no HTTP: the reference server and the mock API
 * both decide with these, so that each rule is written once.
 *
 * A handler loads the record, asks `check…` (and answers a refusal as a problem), does what needs
 * storage (numbers, ids, attachments, related records), then stores what `apply…` / `new…` returns.
 */
export {
  checkVersion,
  hasRole,
  isoChina,
  isStaff,
  type Refusal,
  refusals,
  statusChange,
  type WorkflowEnv,
} from './common.js';
export { OPINION_ACTION_NAMES, OPINION_STATUS_NAMES, PROPOSAL_ACTION_NAMES, PROPOSAL_STATUS_NAMES } from './names.js';
export {
  allowedOpinionActions,
  applyOpinionAction,
  canSeeOpinion,
  checkOpinionAction,
  checkOpinionInput,
  type NewOpinion,
  newOpinion,
  type OpinionEffects,
  opinionLookupView,
  opinionSummary,
  submittedOpinion,
} from './opinions.js';
export {
  allowedProposalActions,
  answerMerged,
  applyProposalAction,
  canSeeProposal,
  checkMergeTarget,
  checkProposalAction,
  checkProposalEdit,
  checkProposalInput,
  editProposal,
  HANDLING_STATES,
  MERGE_TARGET_STATES,
  mayReadProposalAttachment,
  mergedToAnswer,
  mergeInto,
  newProposal,
  type ProposalEffects,
  proposalAsOpinion,
  proposalForReader,
  proposalNumberSequence,
  proposalSummary,
  supervisionTaskFor,
  taskWithProposalUnits,
  withMergeTarget,
} from './proposals.js';
export {
  addTaskUpdate,
  canSeeTask,
  checkNewTask,
  checkTaskEdit,
  checkTaskMove,
  checkTaskUnits,
  checkTaskUpdate,
  editTask,
  mayReadTaskAttachment,
  mayWorkOnTask,
  missingRequirements,
  moveTask,
  newTask,
  publicTask,
  type StageRequirement,
  taskListUnit,
  taskSummary,
} from './tasks.js';
