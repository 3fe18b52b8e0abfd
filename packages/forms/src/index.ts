/**
 * `@tongxin/forms`: low-code forms on top of core's form-definition contract — checking a
 * definition in plain language, evaluating its rules, a validator compiled from it (the same in
 * browsers and on the server) and a JSON Schema export. zod/mini only; no `eval` (strict CSP).
 */
export { checkDefinition, type DefinitionProblem, definitionIssues, type ParseResult, parseDefinition } from './check.js';
export { compileValidator, type ValidationResult, type Validator, type ValidatorContext } from './compile.js';
export { isEmptyAnswer } from './conditions.js';
export { TxDraftRestoredEvent } from './drafts/events.js';
export { draftAnswers, isDraftable } from './drafts/filter.js';
export { type DraftContent, type DraftField, type RestoredDraft, restoreDraft } from './drafts/restore.js';
export {
  createDraftStore,
  DEFAULT_DRAFT_TTL_DAYS,
  type DraftKey,
  type DraftOperation,
  type DraftRecord,
  type DraftStore,
  type DraftStoreOptions,
} from './drafts/store.js';
export { type Answers, type ChosenFiles, TxChangeEvent, TxSubmitEvent } from './element/events.js';
// Type only: the element (and Lit) load from the define module, so validator users do not pay for them.
export type { TxForm } from './element/form.js';
export { allowedValues, DEFAULT_MAX_LENGTH, type OptionLists } from './fields.js';
export { type JsonSchema, toJsonSchema } from './json-schema.js';
export { type DefinitionCode, definitionMessage, ensureDefinitionLocale } from './messages.js';
export {
  defaultOpinionForm,
  OPINION_BUILTIN,
  OPINION_FIELDS,
  OPINION_KEYS,
  opinionAnswers,
  toOpinionBodyIssue,
  toOpinionFieldIssue,
  toOpinionInput,
} from './purposes/opinion.js';
export { bodyIssueMapper, type FieldPaths, fieldIssueMapper } from './purposes/paths.js';
export {
  defaultProposalForm,
  PROPOSAL_BUILTIN,
  PROPOSAL_FIELDS,
  PROPOSAL_KEYS,
  proposalAnswers,
  toProposalBodyIssue,
  toProposalFieldIssue,
  toProposalInput,
} from './purposes/proposal.js';
export { builtinForm, checkSubmission } from './purposes/submission.js';
export { evaluate, type FieldState, type FormState } from './rules.js';
