/**
 * 社情民意 rules: the county's policy on who may report (real name, anonymous or either, with
 * consent to the privacy notice), the staff steps from 收到 to 采用/批示 and what each requires,
 * who sees an opinion, and what the reporter sees by tracking code + password.
 */
import { addWorkingDays, chinaToday } from '../calendar.js';
import type {
  Attachment,
  Opinion,
  OpinionAction,
  OpinionInput,
  OpinionPublicView,
  OpinionStatus,
  OpinionSummary,
} from '../contract/index.js';
import { checkVersion, isoChina, isStaff, nextVersion, type Refusal, refusals, statusChange, type WorkflowEnv } from './common.js';
import { OPINION_ACTION_NAMES, OPINION_STATUS_NAMES } from './names.js';

type ActionName = OpinionAction['action'];
type Body<A extends ActionName> = Extract<OpinionAction, { action: A }>;

/** An opinion to store: the reporter's input with resolved attachments, its first status and an optional note. */
export type NewOpinion = Omit<OpinionInput, 'attachmentIds'> & { attachments: Attachment[]; status: OpinionStatus; note?: string };

/**
 * Checks a submission against the county's reporting policy: real name or anonymous, consent to the
 * current privacy notice whenever personal data is given (PIPL), a category from the county's list.
 * @example checkOpinionInput({ ...input, reporter: { anonymous: true } }, realNameCounty);
 * // → { code: 'validation_failed', issues: [{ path: ['body', 'reporter', 'anonymous'], … }] }
 */
export function checkOpinionInput(input: OpinionInput, env: Pick<WorkflowEnv, 'config'>): Refusal | undefined {
  const { config } = env;
  const { reporter } = input;
  if (config.opinionPolicy.identity === 'real_name') {
    if (reporter.anonymous)
      return refusals.invalid(['body', 'reporter', 'anonymous'], 'invalid_value', '本县（区）要求实名反映，请填写姓名和手机号码');
    if (!reporter.phone) return refusals.invalid(['body', 'reporter', 'phone'], 'required', '请填写手机号码');
  }
  if (config.opinionPolicy.identity === 'anonymous' && !reporter.anonymous)
    return refusals.invalid(['body', 'reporter', 'anonymous'], 'invalid_value', '本县（区）只受理匿名反映，请不要填写个人信息');
  const personal = !reporter.anonymous || reporter.phone !== undefined;
  if (personal && input.privacyConsent?.version !== config.privacy.version)
    return refusals.invalid(['body', 'privacyConsent'], 'required', '请阅读并同意个人信息处理说明');
  if (input.categoryCode && !config.opinionCategories.some((c) => c.code === input.categoryCode))
    return refusals.invalid(['body', 'categoryCode'], 'invalid_value', '没有这个分类');
  return undefined;
}

/**
 * What a checked submission stores: a member who is signed in is recorded as the reporter's member.
 * @example submittedOpinion(input, memberEnv, []); // → { …input, reporter: { …, memberId: 'm_1', identity: 'member' }, status: 'submitted' }
 */
export function submittedOpinion(input: OpinionInput, env: Pick<WorkflowEnv, 'principal'>, attachments: Attachment[]): NewOpinion {
  const { attachmentIds: _ids, ...content } = input;
  const reporter = { ...input.reporter };
  if (env.principal?.memberId) {
    reporter.memberId = env.principal.memberId;
    reporter.identity ??= 'member';
  }
  return { ...content, reporter, attachments, status: 'submitted' };
}

/**
 * A new opinion record, due the county's reply deadline in working days from today.
 * @example newOpinion(submittedOpinion(input, env, []), env, { id: 'o_1', trackingCode: 'ABCD-EFGH-JKMN' });
 */
export function newOpinion(input: NewOpinion, env: WorkflowEnv, ids: { id: string; trackingCode: string }): Opinion {
  const { attachments, status, note, ...content } = input;
  const at = isoChina(env.now);
  return {
    ...content,
    id: ids.id,
    tenant: env.tenant,
    trackingCode: ids.trackingCode,
    attachments,
    status,
    history: [statusChange(env, 'create', undefined, status, note ? { note } : {})],
    uptake: [],
    replies: [],
    dueDate: addWorkingDays(chinaToday(env.now), env.config.deadlines.opinionReplyWorkingDays, env.config.calendar),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/**
 * Whether the caller may read this opinion: staff, and the member who reported it (others get 404).
 * @example canSeeOpinion(opinion, { principal: { roles: ['member'], memberId: opinion.reporter.memberId } }); // → true
 */
export function canSeeOpinion(o: Opinion, env: Pick<WorkflowEnv, 'principal'>): boolean {
  return isStaff(env) || Boolean(env.principal?.memberId && o.reporter.memberId === env.principal.memberId);
}

/**
 * One row of an opinion list.
 * @example opinionSummary(opinion).trackingCode; // → 'ABCD-EFGH-JKMN'
 */
export function opinionSummary(o: Opinion): OpinionSummary {
  return {
    id: o.id,
    trackingCode: o.trackingCode,
    title: o.title,
    status: o.status,
    ...(o.categoryCode && { categoryCode: o.categoryCode }),
    anonymous: o.reporter.anonymous,
    ...(o.journalIssue && { journalIssue: o.journalIssue }),
    dueDate: o.dueDate,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

/**
 * What the reporter sees after a lookup by tracking code + password: status changes only (with the
 * reason when not accepted), public replies, and whether each level adopted or instructed. Internal
 * notes, staff names and other people's data stay inside.
 * @example opinionLookupView(opinion).timeline; // → [{ at, status: 'submitted' }, { at, status: 'received' }]
 */
export function opinionLookupView(o: Opinion): OpinionPublicView {
  const shown: string[] = [];
  return {
    trackingCode: o.trackingCode,
    title: o.title,
    ...(o.categoryCode && { categoryCode: o.categoryCode }),
    status: o.status,
    submittedAt: o.createdAt,
    dueDate: o.dueDate,
    timeline: o.history
      .filter((h) => {
        const fresh = !shown.includes(h.to) || h.action === 'create';
        shown.push(h.to);
        return fresh;
      })
      .map((h) => ({ at: h.at, status: h.to as OpinionStatus, ...(h.action === 'not_accept' && h.note && { note: h.note }) })),
    replies: o.replies.filter((r) => r.public),
    uptake: o.uptake.map((u) => ({ level: u.level, adopted: u.adoption !== undefined, instructed: u.instructions.length > 0 })),
  };
}

/** What an action needs besides the opinion: the id of a new reply (`reply`). */
export interface OpinionEffects {
  replyId?: string;
}

interface Step<A extends ActionName> {
  /** The states the action may be taken in. */
  from: readonly OpinionStatus[];
  /** Why the body cannot be applied (a code not in the county's lists), if it cannot. */
  check?(body: Body<A>, env: WorkflowEnv): Refusal | undefined;
  apply(o: Opinion, body: Body<A>, env: WorkflowEnv, effects: OpinionEffects): Opinion;
}

const move = (o: Opinion, env: WorkflowEnv, action: string, status: OpinionStatus, note?: string): Opinion => ({
  ...o,
  status,
  history: [...o.history, statusChange(env, action, o.status, status, note ? { note } : {})],
});
const checkLevel = ({ level }: { level: string }, env: WorkflowEnv) =>
  env.config.reportLevels.some((l) => l.code === level)
    ? undefined
    : refusals.invalid(['body', 'level'], 'invalid_value', '没有这个报送层级');
const uptakeAt = (o: Opinion, level: string) => o.uptake.find((u) => u.level === level) ?? { level, instructions: [] };
const withUptake = (o: Opinion, entry: Opinion['uptake'][number]) => [...o.uptake.filter((u) => u.level !== entry.level), entry];

/** Every state but closed: replies and closing are possible in all of them. */
// Every status, as a record so that the compiler notices a new one (the schema's `.options` would
// bring zod into the workbench's bundle through this module).
const STATUSES: Record<OpinionStatus, true> = {
  submitted: true,
  received: true,
  not_accepted: true,
  editing: true,
  edited: true,
  reported: true,
  adopted: true,
  instructed: true,
  archived: true,
  closed: true,
};
const OPEN = (Object.keys(STATUSES) as OpinionStatus[]).filter((s) => s !== 'closed');
const UPTAKE: OpinionStatus[] = ['reported', 'adopted', 'instructed'];

const steps: { [A in ActionName]: Step<A> } = {
  receive: { from: ['submitted'], apply: (o, _b, env) => move(o, env, 'receive', 'received') },
  not_accept: {
    from: ['submitted', 'received'],
    check: (b, env) =>
      b.reasonCode && !env.config.notFiledReasons.some((r) => r.code === b.reasonCode)
        ? refusals.invalid(['body', 'reasonCode'], 'invalid_value', '请从理由列表中选择')
        : undefined,
    apply: (o, b, env) => move(o, env, 'not_accept', 'not_accepted', b.note),
  },
  start_editing: { from: ['received'], apply: (o, _b, env) => move(o, env, 'start_editing', 'editing') },
  edit: {
    from: ['received', 'editing', 'edited'],
    apply: (o, b, env) => ({
      ...move(o, env, 'edit', 'edited', b.journalIssue),
      edited: { title: b.title, body: b.body, by: env.actor, at: isoChina(env.now) },
      ...(b.journalIssue && { journalIssue: b.journalIssue }),
    }),
  },
  compile: {
    // The journal carries the edited text, so only edited opinions go into an issue (before 报送).
    from: ['edited'],
    apply: (o, b, env) => ({
      ...move(o, env, 'compile', 'edited', b.journalIssue),
      journalIssue: b.journalIssue,
    }),
  },
  report: {
    from: ['edited', ...UPTAKE],
    check: checkLevel,
    apply: (o, b, env) => ({
      ...move(o, env, 'report', o.status === 'edited' ? 'reported' : o.status, b.level),
      uptake: withUptake(o, { ...uptakeAt(o, b.level), reportedAt: isoChina(env.now) }),
    }),
  },
  record_adoption: {
    from: UPTAKE,
    check: checkLevel,
    apply: (o, b, env) => ({
      ...move(o, env, 'record_adoption', o.status === 'instructed' ? 'instructed' : 'adopted', b.level),
      uptake: withUptake(o, { ...uptakeAt(o, b.level), adoption: b.adoption, adoptedAt: isoChina(env.now) }),
    }),
  },
  record_instruction: {
    from: UPTAKE,
    check: checkLevel,
    apply: (o, b, env) => {
      const entry = uptakeAt(o, b.level);
      return {
        ...move(o, env, 'record_instruction', 'instructed', b.level),
        uptake: withUptake(o, { ...entry, instructions: [...entry.instructions, { by: b.by, text: b.text, at: b.at }] }),
      };
    },
  },
  reply: {
    from: OPEN,
    apply: (o, b, env, effects) => ({
      ...o,
      replies: [
        ...o.replies,
        { id: need(effects.replyId), at: isoChina(env.now), text: b.text, from: env.config.shortName['zh-Hans'], public: b.public },
      ],
      history: [...o.history, statusChange(env, 'reply', o.status, o.status)],
    }),
  },
  archive: { from: ['received', 'editing', 'edited', 'reported'], apply: (o, b, env) => move(o, env, 'archive', 'archived', b.note) },
  close: { from: OPEN, apply: (o, _b, env) => move(o, env, 'close', 'closed') },
};

function need(replyId: string | undefined): string {
  if (replyId === undefined)
    throw new Error('[tongxin] applyOpinionAction("reply") needs effects.replyId: give the new reply an id (`or_…`)');
  return replyId;
}

/**
 * The staff actions possible in the opinion's state.
 * @example allowedOpinionActions({ ...opinion, status: 'submitted' }); // → ['receive', 'not_accept', 'reply', 'close']
 */
export function allowedOpinionActions(o: Pick<Opinion, 'status'>): ActionName[] {
  return (Object.keys(steps) as ActionName[]).filter((name) => steps[name].from.includes(o.status));
}

/**
 * Why this action cannot be taken on this opinion now, or `undefined` when it can: a stale
 * `expectedVersion` (409), a state the action is not possible in (409, naming the allowed actions),
 * or a reason code or report level the county does not have (422).
 * @example checkOpinionAction({ ...opinion, status: 'closed' }, { action: 'receive' }, env);
 * // → { code: 'illegal_transition', status: 409, detail: '现在不能受理（当前状态：已办结）', allowed: [] }
 */
export function checkOpinionAction(o: Opinion, body: OpinionAction, env: WorkflowEnv): Refusal | undefined {
  const step = steps[body.action] as Step<ActionName>;
  return (
    checkVersion(o, body.expectedVersion) ??
    (step.from.includes(o.status)
      ? undefined
      : refusals.illegal(OPINION_ACTION_NAMES[body.action], OPINION_STATUS_NAMES[o.status], allowedOpinionActions(o))) ??
    step.check?.(body as never, env)
  );
}

/**
 * The opinion after a checked action (see {@link checkOpinionAction}): its new state, the history
 * entry, the uptake or reply it records, one version on.
 * @example applyOpinionAction(opinion, { action: 'receive' }, env, {}).status; // → 'received'
 */
export function applyOpinionAction(o: Opinion, body: OpinionAction, env: WorkflowEnv, effects: OpinionEffects = {}): Opinion {
  const step = steps[body.action] as Step<ActionName>;
  return nextVersion(step.apply(o, body as never, env, effects), env);
}
