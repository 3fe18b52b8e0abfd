/**
 * 提案 rules: drafts and their co-signers, submission, 立案审查, 交办 to lead and assisting units,
 * replies with the county's answer categories, countersigning, supervision review, member ratings,
 * rework, extensions and key proposals. Each action is a transition of a state machine: who may
 * take it in which state, what its body must satisfy, and the proposal it leads to.
 *
 * A handler checks first ({@link checkProposalAction}), then does what needs storage (a number, a
 * new opinion, the merge target, attachments, a supervision task), then applies
 * ({@link applyProposalAction}).
 */
import { addWorkingDays, chinaToday, workingDaysBetween } from '../calendar.js';
import type {
  Attachment,
  Member,
  Opinion,
  Proposal,
  ProposalAction,
  ProposalInput,
  ProposalStatus,
  ProposalSummary,
  Task,
} from '../contract/index.js';
import { checkVersion, hasRole, isoChina, isStaff, nextVersion, type Refusal, refusals, statusChange, type WorkflowEnv } from './common.js';
import { PROPOSAL_ACTION_NAMES, PROPOSAL_STATUS_NAMES } from './names.js';
import type { NewOpinion } from './opinions.js';

type ActionName = ProposalAction['action'];
type Body<A extends ActionName> = Extract<ProposalAction, { action: A }>;

/** Refused in this state (`edit`: changing the proposal's text, which is not an action). */
const illegal = (action: ActionName | 'edit', state: ProposalStatus, allowed: string[]) =>
  refusals.illegal(action === 'edit' ? '修改提案' : PROPOSAL_ACTION_NAMES[action], PROPOSAL_STATUS_NAMES[state], allowed);
type Env = WorkflowEnv;

/** The states in which units are handling the proposal (its deadline counts). */
export const HANDLING_STATES: readonly ProposalStatus[] = ['assigned', 'handling', 'countersigning', 'reviewing', 'rework'];

const memberOf = (env: Env) => env.principal?.memberId;
const isProposer = (env: Env, p: Proposal) => memberOf(env) !== undefined && p.proposer.memberId === memberOf(env);
const cosignerOf = (env: Env, p: Proposal) => p.cosigners.find((c) => c.memberId === memberOf(env));
const unitOf = (env: Env, p: Proposal) =>
  hasRole(env, 'unit') ? p.handling?.units.find((u) => u.unitId === env.principal?.unitId) : undefined;

/**
 * Whether the caller may see this proposal at all: staff, its proposer and co-signers, and the
 * units it was assigned to (others get 404, not 403: nothing leaks).
 * @example canSeeProposal(proposal, { principal: { roles: ['citizen'] } }); // → false
 */
export function canSeeProposal(p: Proposal, env: Env): boolean {
  return isStaff(env) || isProposer(env, p) || cosignerOf(env, p) !== undefined || unitOf(env, p) !== undefined;
}

/**
 * Whether the caller may download attachment `id` because of this proposal: they may see the
 * proposal ({@link canSeeProposal}: staff, proposer, co-signers, and the lead and assisting units it
 * is assigned to), and the file is one of its own or of its replies (a reply letter's scan reaches
 * the proposer and co-signers, also of the proposals merged into it, which carry its replies, and
 * every unit handling it). A unit not assigned to the proposal gets 404 like everyone else.
 * @example mayReadProposalAttachment(answered, answered.replies[0].attachments[0].id, proposerEnv); // → true
 */
export function mayReadProposalAttachment(p: Proposal, id: string, env: Env): boolean {
  const has = (files: readonly Attachment[]) => files.some((a) => a.id === id);
  const read = proposalForReader(p, env);
  return (has(read.attachments) || read.replies.some((r) => has(r.attachments))) && canSeeProposal(p, env);
}

/**
 * A proposal as its proposer and co-signers may read it: a unit's reply (and its files) once
 * supervision approved it (督办审核), not while it is under review or being reworked. Staff and the
 * proposal's units read everything.
 * @example proposalForReader(reviewing, proposerEnv).replies; // → [] until approve_reply
 */
export function proposalForReader(p: Proposal, env: Env): Proposal {
  if (isStaff(env) || unitOf(env, p) !== undefined) return p;
  const replies = p.replies.filter((r) => r.approved !== undefined);
  return replies.length === p.replies.length ? p : { ...p, replies };
}

/**
 * One row of a proposal list.
 * @example proposalSummary(proposal).deadline; // → the handling deadline, once assigned
 */
export function proposalSummary(p: Proposal): ProposalSummary {
  return {
    id: p.id,
    ...(p.number !== undefined && { number: p.number }),
    title: p.title,
    status: p.status,
    proposerName: p.proposer.name,
    proposerType: p.proposerType,
    ...(p.categoryCode !== undefined && { categoryCode: p.categoryCode }),
    key: p.key,
    ...(p.handling && {
      deadline: p.handling.deadline,
      units: p.handling.units.map((u) => ({ unitId: u.unitId, role: u.role, state: u.state })),
    }),
    ...(p.submittedAt !== undefined && { submittedAt: p.submittedAt }),
    updatedAt: p.updatedAt,
  };
}

type Codes = Partial<Pick<ProposalInput, 'categoryCode' | 'sectorCode' | 'suggestedLeadUnitId' | 'suggestedAssistingUnitIds'>>;

/** Refuses codes the county's configuration does not have. */
function checkCodes(input: Codes, env: Env): Refusal | undefined {
  const { config } = env;
  if (input.categoryCode && !config.proposalCategories.some((c) => c.code === input.categoryCode))
    return refusals.invalid(['body', 'categoryCode'], 'invalid_value', '没有这个提案分类');
  if (input.sectorCode && !config.sectors.some((c) => c.code === input.sectorCode))
    return refusals.invalid(['body', 'sectorCode'], 'invalid_value', '没有这个界别');
  for (const [i, unit] of [input.suggestedLeadUnitId, ...(input.suggestedAssistingUnitIds ?? [])].entries()) {
    if (unit && !config.units.some((u) => u.id === unit))
      return refusals.invalid(['body', i === 0 ? 'suggestedLeadUnitId' : 'suggestedAssistingUnitIds'], 'invalid_value', '没有这个承办单位');
  }
  return undefined;
}

/**
 * Why a draft cannot be saved as written: codes the county does not have, or co-signers repeated,
 * the proposer themself, or not members (`members` holds the records of the co-signer ids found).
 * @example checkProposalInput({ ...draft, cosignerIds: ['m_1', 'm_1'] }, env, members);
 * // → { code: 'validation_failed', issues: [{ path: ['body', 'cosignerIds'], message: '联名人不能重复，也不能是提案人本人', … }] }
 */
export function checkProposalInput(input: ProposalInput, env: Env, members: readonly Member[]): Refusal | undefined {
  const codes = checkCodes(input, env);
  if (codes) return codes;
  const ids = input.cosignerIds ?? [];
  if (new Set(ids).size !== ids.length || ids.includes(memberOf(env) ?? '\u0000'))
    return refusals.invalid(['body', 'cosignerIds'], 'invalid_value', '联名人不能重复，也不能是提案人本人');
  const known = new Set(members.map((m) => m.id));
  const i = ids.findIndex((id) => !known.has(id));
  return i >= 0 ? refusals.invalid(['body', 'cosignerIds', i], 'invalid_value', '没有这位委员') : undefined;
}

/** What a draft's input becomes (after {@link checkProposalInput}): co-signers who already answered keep their answer. */
function content(input: ProposalInput, env: Env, resolved: { members: readonly Member[]; attachments: Attachment[] }, previous?: Proposal) {
  const cosigners = (input.cosignerIds ?? []).map((id) => {
    const member = resolved.members.find((m) => m.id === id)!;
    return (
      previous?.cosigners.find((c) => c.memberId === id) ?? {
        memberId: id,
        name: member.name,
        ...(member.sectorCode && { sectorCode: member.sectorCode }),
        state: 'pending' as const,
      }
    );
  });
  const { cosignerIds: _c, attachmentIds: _a, intent: _i, organization, ...fields } = input;
  return {
    fields: { ...fields, session: input.session ?? env.config.currentSession, cosigners, attachments: resolved.attachments },
    organization,
  };
}

/** A proposal moved to `status` by `action`, with its history entry. */
const to = (p: Proposal, env: Env, action: string, status: ProposalStatus, extra: { note?: string; reasonCode?: string } = {}) => ({
  ...p,
  status,
  history: [...p.history, statusChange(env, action, p.status, status, extra)],
});

/** A history entry that leaves the status as it is. */
const note = (p: Proposal, env: Env, action: string, text: string): Proposal => ({
  ...p,
  history: [...p.history, statusChange(env, action, p.status, p.status, { note: text })],
});

/** Where a proposal goes when its proposer submits it: to co-signers first while any has not confirmed. */
function submit(p: Proposal, env: Env): Proposal {
  const status: ProposalStatus = p.cosigners.some((c) => c.state !== 'confirmed') ? 'cosigning' : 'submitted';
  return {
    ...to(p, env, 'submit', status),
    // Co-signers who declined an earlier round are asked again.
    cosigners: p.cosigners.map((c) =>
      c.state === 'declined'
        ? { memberId: c.memberId, name: c.name, ...(c.sectorCode && { sectorCode: c.sectorCode }), state: 'pending' }
        : c,
    ),
    ...(status === 'submitted' && { submittedAt: isoChina(env.now) }),
  };
}

/**
 * A new proposal from a checked input (see {@link checkProposalInput}): a draft, or submitted when
 * `input.intent` is `submit`. The proposer is the signed-in member (`member`, their record) or the
 * organisation named in the input.
 * @example newProposal({ ...draft, intent: 'submit' }, env, { id: 'p_1', member, members: [], attachments: [] }).status; // → 'submitted'
 */
export function newProposal(
  input: ProposalInput,
  env: Env,
  resolved: { id: string; member: Member | undefined; members: readonly Member[]; attachments: Attachment[] },
): Proposal {
  const { fields, organization } = content(input, env, resolved);
  const memberId = memberOf(env);
  const { member } = resolved;
  const name = env.principal?.name ?? '';
  const proposer: Proposal['proposer'] = memberId
    ? { memberId, name: member?.name ?? name, ...(member?.sectorCode && { sectorCode: member.sectorCode }) }
    : { name: organization?.name ?? name };
  if (organization) proposer.organization = organization;
  const at = isoChina(env.now);
  const p: Proposal = {
    ...fields,
    id: resolved.id,
    tenant: env.tenant,
    proposer,
    status: 'draft',
    history: [statusChange(env, 'create', undefined, 'draft')],
    replies: [],
    ratings: [],
    key: false,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  return input.intent === 'submit' ? submit(p, env) : p;
}

/**
 * Why the caller cannot edit this proposal: only its proposer or staff may (403), against the
 * version they read (409), while it is a draft or returned (409).
 * @example checkProposalEdit({ ...proposal, status: 'filed' }, proposal.version, proposerEnv);
 * // → { code: 'illegal_transition', detail: '现在不能修改提案（当前状态：已立案）', allowed: [] }
 */
export function checkProposalEdit(p: Proposal, version: number, env: Env): Refusal | undefined {
  if (!isProposer(env, p) && !isStaff(env)) return refusals.forbidden('只有提案人可以修改草稿');
  if (p.version !== version) return refusals.conflict(p);
  if (p.status !== 'draft' && p.status !== 'returned') return illegal('edit', p.status, allowedProposalActions(p, env));
  return undefined;
}

/**
 * The proposal with an edited draft (after {@link checkProposalEdit} and {@link checkProposalInput}),
 * submitted when `input.intent` is `submit`, one version on.
 * @example editProposal(proposal, { ...draft, title: '关于加快老旧小区改造的建议' }, env, { members, attachments: [] }).version; // → proposal.version + 1
 */
export function editProposal(
  p: Proposal,
  input: ProposalInput,
  env: Env,
  resolved: { members: readonly Member[]; attachments: Attachment[] },
): Proposal {
  const { fields, organization } = content(input, env, resolved, p);
  const edited: Proposal = { ...p, ...fields, proposer: organization ? { ...p.proposer, organization } : p.proposer };
  return nextVersion(input.intent === 'submit' ? submit(edited, env) : edited, env);
}

/** What an action needs from storage before it can be applied. */
export interface ProposalEffects {
  /** `file`: the next number of the proposal's sequence (see {@link proposalNumberSequence}). */
  number?: number;
  /** `convert_to_opinion`: the opinion created from the proposal (see {@link proposalAsOpinion}). */
  opinion?: Pick<Opinion, 'id' | 'trackingCode'>;
  /** `merge`: the proposal merged into (see {@link checkMergeTarget} and {@link mergeInto}). */
  target?: Pick<Proposal, 'id' | 'number'>;
  /** `reply`: the new reply's id and its attachments, resolved from `attachmentIds`. */
  reply?: { id: string; attachments: Attachment[] };
  /** `mark_key`: the supervision task created for the key proposal (see {@link supervisionTaskFor}). */
  taskId?: string;
}

interface Step<A extends ActionName> {
  /** Whether the caller may take this action on this proposal now. */
  may(p: Proposal, env: Env): boolean;
  /** Why the body cannot be applied (codes not in the county's lists, limits), if it cannot. */
  check?(p: Proposal, body: Body<A>, env: Env): Refusal | undefined;
  apply(p: Proposal, body: Body<A>, env: Env, effects: ProposalEffects): Proposal;
}

/** What an action takes from storage; a developer error when the handler did not supply it. */
function need<K extends keyof ProposalEffects>(effects: ProposalEffects, key: K, action: ActionName): NonNullable<ProposalEffects[K]> {
  const value = effects[key];
  if (value == null)
    throw new Error(`[tongxin] applyProposalAction("${action}") needs effects.${key}: get it from storage before applying`);
  return value;
}

const invalidAnswerCategory = (code: string | undefined, env: Env) =>
  code && !env.config.answerCategories.some((c) => c.code === code)
    ? refusals.invalid(['body', 'answerCategory'], 'invalid_value', '请从答复分类中选择')
    : undefined;

/** Who rates a reply: the proposer and every co-signer who confirmed. */
const raterIds = (p: Proposal) =>
  [p.proposer.memberId, ...p.cosigners.filter((c) => c.state === 'confirmed').map((c) => c.memberId)].filter((id): id is string =>
    Boolean(id),
  );

/** Whose rating this is: the caller's own, or (staff entering a paper rating) the member named in the body. */
function rater(p: Proposal, body: Body<'rate'>, env: Env) {
  const onBehalf = isStaff(env) && !isProposer(env, p) && cosignerOf(env, p) === undefined;
  return { onBehalf, memberId: onBehalf ? body.memberId : memberOf(env) };
}

const steps: { [A in ActionName]: Step<A> } = {
  submit: {
    may: (p, env) => isProposer(env, p) && (p.status === 'draft' || p.status === 'returned'),
    apply: (p, _b, env) => submit(p, env),
  },
  withdraw: {
    may: (p, env) => isProposer(env, p) && ['draft', 'cosigning', 'submitted', 'returned'].includes(p.status),
    apply: (p, b, env) => to(p, env, 'withdraw', 'withdrawn', b.note ? { note: b.note } : {}),
  },
  cosign: {
    may: (p, env) => p.status === 'cosigning' && cosignerOf(env, p)?.state === 'pending',
    apply: (p, b, env) => {
      const state = b.decision === 'confirm' ? ('confirmed' as const) : ('declined' as const);
      const cosigners = p.cosigners.map((c) => (c.memberId === memberOf(env) ? { ...c, state, respondedAt: isoChina(env.now) } : c));
      const next = { ...p, cosigners };
      const extra = b.note ? { note: b.note } : {};
      const action = `cosign_${b.decision}`;
      if (cosigners.some((c) => c.state === 'pending')) return to(next, env, action, p.status, extra);
      // Everyone answered: on to review with whoever confirmed, or back to the proposer if nobody did.
      return cosigners.some((c) => c.state === 'confirmed')
        ? { ...to(next, env, action, 'submitted', extra), submittedAt: isoChina(env.now) }
        : to(next, env, action, 'draft', { note: '所有联名人均未确认' });
    },
  },
  file: {
    may: (p, env) => isStaff(env) && p.status === 'submitted',
    check: (_p, b, env) => (b.categoryCode ? checkCodes({ categoryCode: b.categoryCode }, env) : undefined),
    apply: (p, b, env, effects) => ({
      ...to(p, env, 'file', 'filed'),
      number: String(need(effects, 'number', 'file')).padStart(4, '0'),
      ...(b.categoryCode && { categoryCode: b.categoryCode }),
    }),
  },
  not_file: {
    may: (p, env) => isStaff(env) && p.status === 'submitted',
    check: (_p, b, env) =>
      env.config.notFiledReasons.some((r) => r.code === b.reasonCode)
        ? undefined
        : refusals.invalid(['body', 'reasonCode'], 'invalid_value', '请从不予立案理由中选择'),
    apply: (p, b, env) => ({
      ...to(p, env, 'not_file', 'not_filed', { reasonCode: b.reasonCode, ...(b.note && { note: b.note }) }),
      notFiledReasonCode: b.reasonCode,
    }),
  },
  return: {
    may: (p, env) => isStaff(env) && p.status === 'submitted',
    apply: (p, b, env) => to(p, env, 'return', 'returned', { note: b.note }),
  },
  convert_to_opinion: {
    may: (p, env) => isStaff(env) && p.status === 'not_filed',
    apply: (p, _b, env, effects) => {
      const opinion = need(effects, 'opinion', 'convert_to_opinion');
      return {
        ...to(p, env, 'convert_to_opinion', 'converted', { note: `社情民意 ${opinion.trackingCode}` }),
        convertedToOpinionId: opinion.id,
      };
    },
  },
  merge: {
    may: (p, env) => isStaff(env) && (p.status === 'submitted' || p.status === 'filed'),
    check: (p, b) => (b.into === p.id ? refusals.invalid(['body', 'into'], 'invalid_value', '不能与自身并案') : undefined),
    apply: (p, _b, env, effects) => {
      const target = need(effects, 'target', 'merge');
      return { ...to(p, env, 'merge', 'merged', { note: `并入提案 ${target.number ?? target.id}` }), mergedInto: target.id };
    },
  },
  assign: {
    may: (p, env) => isStaff(env) && (p.status === 'filed' || p.status === 'assigned'),
    check: (_p, b, env) => {
      const units = [...b.leadUnitIds, ...b.assistingUnitIds];
      if (new Set(units).size !== units.length)
        return refusals.invalid(['body', 'assistingUnitIds'], 'invalid_value', '同一单位不能重复交办');
      const i = units.findIndex((id) => !env.config.units.some((u) => u.id === id && u.active));
      if (i >= 0)
        return refusals.invalid(
          ['body', i < b.leadUnitIds.length ? 'leadUnitIds' : 'assistingUnitIds'],
          'invalid_value',
          '没有这个承办单位',
        );
      if (b.mode === 'single' && (b.leadUnitIds.length !== 1 || b.assistingUnitIds.length))
        return refusals.invalid(['body', 'mode'], 'invalid_value', '单办只交一个单位');
      if (b.mode === 'joint' && (b.leadUnitIds.length !== 1 || !b.assistingUnitIds.length))
        return refusals.invalid(['body', 'mode'], 'invalid_value', '会办需要一个主办单位和至少一个协办单位');
      if (b.mode === 'split' && b.assistingUnitIds.length)
        return refusals.invalid(['body', 'mode'], 'invalid_value', '分办的各单位分别答复，没有协办单位');
      return undefined;
    },
    apply: (p, b, env) => {
      const { config } = env;
      const deadline = b.deadline ?? addWorkingDays(chinaToday(env.now), config.deadlines.replyWorkingDays, config.calendar);
      const assignedAt = isoChina(env.now);
      const entry = (unitId: string, role: 'lead' | 'assisting') => ({ unitId, role, state: 'assigned' as const, assignedAt, deadline });
      const names = [...b.leadUnitIds, ...b.assistingUnitIds].map((id) => config.units.find((u) => u.id === id)?.name);
      return {
        ...to(p, env, 'assign', 'assigned', { note: names.join('、') }),
        handling: {
          mode: b.mode,
          units: [...b.leadUnitIds.map((id) => entry(id, 'lead')), ...b.assistingUnitIds.map((id) => entry(id, 'assisting'))],
          deadline,
        },
      };
    },
  },
  accept: {
    may: (p, env) => (p.status === 'assigned' || p.status === 'handling') && unitOf(env, p)?.state === 'assigned',
    apply: (p, _b, env) => {
      const units = p.handling!.units.map((u) =>
        u.unitId === env.principal?.unitId ? { ...u, state: 'accepted' as const, acceptedAt: isoChina(env.now) } : u,
      );
      const all = units.every((u) => u.state !== 'assigned' && u.state !== 'handback_requested');
      return to({ ...p, handling: { ...p.handling!, units } }, env, 'accept', all ? 'handling' : p.status);
    },
  },
  hand_back: {
    may: (p, env) => p.status === 'assigned' && unitOf(env, p)?.state === 'assigned',
    check: (p, _b, env) => {
      const limit = env.config.deadlines.handbackWorkingDays;
      const used = workingDaysBetween(unitOf(env, p)!.assignedAt.slice(0, 10), chinaToday(env.now), env.config.calendar);
      if (used <= limit) return undefined;
      return {
        code: 'illegal_transition',
        status: 409,
        detail: `退回须在交办后 ${limit} 个工作日内提出（已过 ${used} 个）`,
        allowed: allowedProposalActions(p, env).filter((a) => a !== 'hand_back'),
      };
    },
    apply: (p, b, env) => {
      const mine = unitOf(env, p);
      const units = p.handling!.units.map((u) =>
        u === mine ? { ...u, state: 'handback_requested' as const, handbackReason: b.reason } : u,
      );
      return note({ ...p, handling: { ...p.handling!, units } }, env, 'hand_back', b.reason);
    },
  },
  reply: {
    may: (p, env) => {
      const mine = unitOf(env, p);
      return (
        ['assigned', 'handling', 'rework'].includes(p.status) &&
        mine?.role === 'lead' &&
        (mine.state === 'assigned' || mine.state === 'accepted')
      );
    },
    check: (_p, b, env) => invalidAnswerCategory(b.answerCategory, env),
    apply: (p, b, env, effects) => {
      const { id, attachments } = need(effects, 'reply', 'reply');
      const unitId = env.principal!.unitId!;
      const reply = {
        id,
        unitId,
        docNo: b.docNo,
        contactName: b.contactName,
        contactPhone: b.contactPhone,
        answerCategory: b.answerCategory,
        text: b.text,
        attachments,
        submittedAt: isoChina(env.now),
        countersignedBy: [],
      };
      const units = p.handling!.units.map((u) => (u.unitId === unitId ? { ...u, state: 'replied' as const } : u));
      const next: Proposal = {
        ...p,
        handling: { ...p.handling!, units },
        // In rework the unit's new reply replaces its earlier one.
        replies: [...p.replies.filter((r) => r.unitId !== unitId || p.status !== 'rework'), reply],
      };
      if (units.some((u) => u.role === 'assisting')) return to(next, env, 'reply', 'countersigning');
      // 分办: every lead unit answers on its own; review starts when all have.
      const all = units.filter((u) => u.role === 'lead').every((u) => u.state === 'replied');
      return to(next, env, 'reply', all ? 'reviewing' : 'handling');
    },
  },
  countersign: {
    may: (p, env) => p.status === 'countersigning' && unitOf(env, p)?.role === 'assisting' && unitOf(env, p)?.state !== 'countersigned',
    apply: (p, b, env) => {
      const unitId = env.principal!.unitId!;
      const units = p.handling!.units.map((u) => (u.unitId === unitId ? { ...u, state: 'countersigned' as const } : u));
      const replies = p.replies.map((r, i) =>
        i === p.replies.length - 1
          ? { ...r, countersignedBy: [...r.countersignedBy, { unitId, at: isoChina(env.now), ...(b.note && { note: b.note }) }] }
          : r,
      );
      const done = units.filter((u) => u.role === 'assisting').every((u) => u.state === 'countersigned');
      const next = { ...p, handling: { ...p.handling!, units }, replies };
      return to(next, env, 'countersign', done ? 'reviewing' : p.status, b.note ? { note: b.note } : {});
    },
  },
  approve_reply: {
    may: (p, env) => isStaff(env) && p.status === 'reviewing',
    check: (_p, b, env) => invalidAnswerCategory(b.answerCategory, env),
    apply: (p, b, env) => {
      const approved = { at: isoChina(env.now), by: env.actor };
      const replies = p.replies.map((r) =>
        r.approved
          ? r
          : {
              ...r,
              approved:
                b.answerCategory && b.answerCategory !== r.answerCategory
                  ? { ...approved, categoryChangedFrom: r.answerCategory }
                  : approved,
              ...(b.answerCategory && { answerCategory: b.answerCategory }),
            },
      );
      return { ...to(p, env, 'approve_reply', 'answered'), replies };
    },
  },
  rate: {
    may: (p, env) => p.status === 'answered' && (isStaff(env) || isProposer(env, p) || cosignerOf(env, p)?.state === 'confirmed'),
    check: (p, b, env) => {
      const { memberId } = rater(p, b, env);
      return memberId && raterIds(p).includes(memberId)
        ? undefined
        : refusals.invalid(['body', 'memberId'], 'invalid_value', '请选择要代为录入评价的提案人或联名人');
    },
    apply: (p, b, env) => {
      const who = rater(p, b, env);
      const memberId = who.memberId!;
      const name = memberId === p.proposer.memberId ? p.proposer.name : (p.cosigners.find((c) => c.memberId === memberId)?.name ?? '');
      const rating = {
        memberId,
        name,
        satisfaction: b.satisfaction,
        ...(b.comment && { comment: b.comment }),
        at: isoChina(env.now),
        ...(who.onBehalf && { enteredBy: env.actor }),
      };
      const ratings = [...p.ratings.filter((r) => r.memberId !== memberId), rating];
      // Closed once everyone rated and nobody is dissatisfied; a dissatisfied rating waits for staff (rework or close).
      const closed =
        raterIds(p).every((id) => ratings.some((r) => r.memberId === id)) && ratings.every((r) => r.satisfaction !== 'dissatisfied');
      return to({ ...p, ratings }, env, 'rate', closed ? 'closed' : p.status, { note: b.satisfaction });
    },
  },
  rework: {
    // A merged proposal was answered through the one it joined (it has no units of its own): that
    // one is sent back for rework, and its new reply answers this one again.
    may: (p, env) => isStaff(env) && (p.status === 'answered' || p.status === 'closed') && p.handling !== undefined,
    apply: (p, b, env) => {
      const units = p.handling!.units.map((u) =>
        u.role === 'lead' || u.state === 'countersigned' ? { ...u, state: 'accepted' as const } : u,
      );
      return { ...to(p, env, 'rework', 'rework', { note: b.note }), handling: { ...p.handling!, units }, ratings: [] };
    },
  },
  extend: {
    may: (p, env) => isStaff(env) && ['assigned', 'handling', 'rework'].includes(p.status),
    check: (p, b, env) => {
      const used = p.handling!.extendedWorkingDays ?? 0;
      const max = env.config.deadlines.maxExtensionWorkingDays;
      return used + b.workingDays > max
        ? refusals.invalid(['body', 'workingDays'], 'too_big', `最多还能延期 ${Math.max(0, max - used)} 个工作日`)
        : undefined;
    },
    apply: (p, b, env) => {
      const deadline = addWorkingDays(p.handling!.deadline, b.workingDays, env.config.calendar);
      const handling = {
        ...p.handling!,
        deadline,
        extendedWorkingDays: (p.handling!.extendedWorkingDays ?? 0) + b.workingDays,
        units: p.handling!.units.map((u) => ({ ...u, deadline })),
      };
      return note({ ...p, handling }, env, 'extend', `延期 ${b.workingDays} 个工作日：${b.reason}`);
    },
  },
  mark_key: {
    may: (p, env) => isStaff(env) && ['filed', ...HANDLING_STATES, 'answered', 'closed'].includes(p.status),
    apply: (p, b, env, effects) => {
      const taskId = p.taskId ?? effects.taskId;
      return note({ ...p, key: b.key, ...(taskId && { taskId }) }, env, 'mark_key', b.key ? '列为重点督办提案' : '取消重点督办');
    },
  },
  close: {
    may: (p, env) => isStaff(env) && p.status === 'answered',
    apply: (p, _b, env) => to(p, env, 'close', 'closed'),
  },
};

/**
 * The actions the caller may take on this proposal now (what clients show as buttons, and what a
 * refusal names).
 * @example allowedProposalActions(submittedProposal, staffEnv); // → ['file', 'not_file', 'return', 'merge']
 */
export function allowedProposalActions(p: Proposal, env: Env): ActionName[] {
  return (Object.keys(steps) as ActionName[]).filter((name) => steps[name].may(p, env));
}

/**
 * Why the caller cannot take this action on this proposal now, or `undefined` when they can: a
 * stale `expectedVersion` (409), an action their role may not take in this state (409, naming the
 * allowed actions), or a body the county's configuration does not allow (422; 409 for a hand-back
 * past its window).
 * @example checkProposalAction({ ...proposal, status: 'draft' }, { action: 'file' }, staffEnv);
 * // → { code: 'illegal_transition', status: 409, detail: '现在不能立案（当前状态：草稿）', allowed: [] }
 */
export function checkProposalAction(p: Proposal, body: ProposalAction, env: Env): Refusal | undefined {
  const step = steps[body.action] as Step<ActionName>;
  return (
    checkVersion(p, body.expectedVersion) ??
    (step.may(p, env) ? undefined : illegal(body.action, p.status, allowedProposalActions(p, env))) ??
    step.check?.(p, body as never, env)
  );
}

/**
 * The proposal after a checked action (see {@link checkProposalAction}), one version on. Actions
 * that need storage take what they need from `effects` (see {@link ProposalEffects}).
 * @example applyProposalAction(proposal, { action: 'file' }, staffEnv, { number: 12 }); // → { …, status: 'filed', number: '0012' }
 */
export function applyProposalAction(p: Proposal, body: ProposalAction, env: Env, effects: ProposalEffects = {}): Proposal {
  const step = steps[body.action] as Step<ActionName>;
  return nextVersion(step.apply(p, body as never, env, effects), env);
}

/**
 * The counter a filed proposal's number comes from: one sequence per session (届次 and 次会议).
 * @example proposalNumberSequence(proposal, env); // → 'proposal:10:5'
 */
export function proposalNumberSequence(p: Proposal, env: Pick<WorkflowEnv, 'config'>): string {
  const session = p.session ?? env.config.currentSession;
  return `proposal:${session.term}:${session.meeting}`;
}

/**
 * The opinion a proposal that was not filed becomes (`convert_to_opinion`, with the proposer's
 * consent): its text, the proposer as a named reporter, already received.
 * @example proposalAsOpinion(proposal, env).note; // → '由提案 p_1 转为社情民意（经提案人同意）'
 */
export function proposalAsOpinion(p: Proposal, env: Pick<WorkflowEnv, 'config'>): NewOpinion {
  return {
    title: p.title.slice(0, 100) || '（无标题）',
    situation: p.situation || p.title,
    ...(p.reasons && { analysis: p.reasons }),
    ...(p.suggestions && { suggestions: p.suggestions }),
    ...(p.categoryCode && env.config.opinionCategories.some((c) => c.code === p.categoryCode) && { categoryCode: p.categoryCode }),
    publish: p.publish,
    reporter: {
      anonymous: false,
      name: p.proposer.name,
      identity: 'member',
      ...(p.proposer.memberId && { memberId: p.proposer.memberId }),
    },
    attachments: p.attachments,
    status: 'received',
    note: `由提案 ${p.id} 转为社情民意（经提案人同意）`,
  };
}

/**
 * Refuses a merge into a proposal that is not filed or being handled.
 * @example checkMergeTarget({ ...target, status: 'closed' }); // → { code: 'illegal_transition', detail: '现在不能并案（当前状态：已办结）', allowed: [] }
 */
/** States a proposal may be merged into: filed and not yet answered. */
export const MERGE_TARGET_STATES: readonly ProposalStatus[] = ['filed', 'assigned', 'handling'];

export function checkMergeTarget(target: Proposal): Refusal | undefined {
  return MERGE_TARGET_STATES.includes(target.status) ? undefined : illegal('merge', target.status, []);
}

/**
 * The proposal merged into, after `p` joined it (并案): every proposer will get its reply.
 * @example mergeInto(target, p, env).mergedFrom; // → [...(target.mergedFrom ?? []), p.id]
 */
export function mergeInto(target: Proposal, p: Proposal, env: Env): Proposal {
  const merged = note(target, env, 'merge_in', `并入提案 ${p.id}（各提案人均将收到答复）`);
  return nextVersion({ ...merged, mergedFrom: [...(target.mergedFrom ?? []), p.id] }, env);
}

/**
 * A proposal merged into `target`, once the target's reply is approved: it gets the same replies and
 * is answered, so that its own proposer (and co-signers) read the reply and rate it.
 * @example answerMerged(merged, answeredTarget, env).status; // → 'answered'
 */
export function answerMerged(merged: Proposal, target: Proposal, env: Env): Proposal {
  const answered = to(merged, env, 'approve_reply', 'answered', { note: `并案办理：随提案 ${target.number ?? target.id} 答复` });
  // Answered again after the proposal it joined was reworked: earlier ratings were of the old reply.
  return nextVersion({ ...answered, replies: target.replies, ratings: [] }, env);
}

/**
 * A merged proposal as the server returns it: with the number, title and state of the proposal it
 * was merged into, which its proposer cannot open (see {@link canSeeProposal}) but must be able to
 * name. Stored proposals never hold this; it is added on the way out.
 * @example withMergeTarget(merged, target).mergedIntoProposal; // → { number: '0012', title: '关于…的建议', status: 'handling' }
 */
export function withMergeTarget(p: Proposal, target: Pick<Proposal, 'number' | 'title' | 'status'> | undefined): Proposal {
  const { mergedIntoProposal: _stale, ...rest } = p;
  if (!p.mergedInto || !target) return rest;
  return {
    ...rest,
    mergedIntoProposal: { ...(target.number !== undefined && { number: target.number }), title: target.title, status: target.status },
  };
}

/** The proposals merged into `p` that its approved reply now answers. */
export const mergedToAnswer = (p: Proposal, action: string): readonly string[] =>
  action === 'approve_reply' && p.status === 'answered' ? (p.mergedFrom ?? []) : [];

/**
 * The 督办 task of a key proposal once the proposal has (more) handling units than the task: marked
 * key before it was assigned, its task had none, and the units could neither see nor work on it.
 * `undefined` when the task already lists them all.
 * @example taskWithProposalUnits(taskWithoutUnits, assignedProposal, env)?.leadUnitIds; // → ['u_housing']
 */
export function taskWithProposalUnits(task: Task, p: Proposal, env: Env): Task | undefined {
  const units = (role: 'lead' | 'assisting', have: readonly string[]) => [
    ...new Set([...have, ...(p.handling?.units.filter((u) => u.role === role).map((u) => u.unitId) ?? [])]),
  ];
  const lead = units('lead', task.leadUnitIds);
  const assisting = units('assisting', task.assistingUnitIds).filter((u) => !lead.includes(u));
  if (lead.length === task.leadUnitIds.length && assisting.length === task.assistingUnitIds.length) return undefined;
  return nextVersion(
    {
      ...task,
      leadUnitIds: lead,
      assistingUnitIds: assisting,
      ...(p.handling && !task.plannedEnd && { plannedEnd: p.handling.deadline }),
      history: [...task.history, statusChange(env, 'units', task.stageCode, task.stageCode, { note: `随提案 ${p.number ?? p.id} 交办` })],
    },
    env,
  );
}

/**
 * The 督办 task to create when a proposal is marked key and has none yet, or `undefined`.
 * @example supervisionTaskFor(proposal, { action: 'mark_key', key: true }, env, 't_1')?.type; // → 'supervised_proposal'
 */
export function supervisionTaskFor(p: Proposal, body: ProposalAction, env: Env, id: string): Task | undefined {
  if (body.action !== 'mark_key' || !body.key || p.taskId) return undefined;
  const at = isoChina(env.now);
  const stage = env.config.taskStages[0];
  const units = (role: 'lead' | 'assisting') => p.handling?.units.filter((u) => u.role === role).map((u) => u.unitId) ?? [];
  return {
    id,
    tenant: env.tenant,
    title: `重点提案督办：${p.title}`.slice(0, 200),
    type: 'supervised_proposal',
    year: Number(chinaToday(env.now).slice(0, 4)),
    leadUnitIds: units('lead'),
    assistingUnitIds: units('assisting'),
    participants: [],
    ...(p.handling && { plannedEnd: p.handling.deadline }),
    public: false,
    proposalIds: [p.id],
    opinionIds: [],
    stageCode: stage?.code ?? 'planned',
    progress: stage?.progress ?? 0,
    updates: [],
    outcome: {},
    feedback: {},
    history: [statusChange(env, 'create', undefined, stage?.code ?? 'planned', { note: `由重点提案 ${p.number ?? p.id} 生成` })],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
