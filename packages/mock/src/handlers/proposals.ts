/**
 * 提案: drafts, submission with co-signers, 立案审查, 交办 to lead and assisting units, replies with
 * the county's answer categories, countersigning, supervision review, member ratings and rework.
 * Each action is a transition of a state machine; an action the caller may not take in the current
 * state is answered with 409 and the actions that are allowed (the reference server's rules).
 */
import {
  addWorkingDays,
  chinaToday,
  type Proposal,
  type ProposalAction,
  type ProposalInput,
  type ProposalStatus,
  type ProposalSummary,
  type Routes,
  type Task,
  workingDaysBetween,
} from '@tongxin/core';
import type { MockCtx, MockHandler } from '../context.js';
import { byUpdatedDesc, found, isoChina, MockProblem, newId, page, pageArgs, problems } from '../util.js';
import { createOpinionRecord } from './opinions.js';
import { change, hasRole, isStaff, matches, resolveAttachments } from './shared.js';

const HANDLING: ProposalStatus[] = ['assigned', 'handling', 'countersigning', 'reviewing', 'rework'];

const memberOf = (ctx: MockCtx) => ctx.principal?.memberId;
const isProposer = (ctx: MockCtx, p: Proposal) => memberOf(ctx) !== undefined && p.proposer.memberId === memberOf(ctx);
const cosignerOf = (ctx: MockCtx, p: Proposal) => p.cosigners.find((c) => c.memberId === memberOf(ctx));
const unitOf = (ctx: MockCtx, p: Proposal) =>
  hasRole(ctx, 'unit') ? p.handling?.units.find((u) => u.unitId === ctx.principal?.unitId) : undefined;

/** Whether the caller may see this proposal at all (others get 404, not 403: nothing leaks). */
const canSee = (ctx: MockCtx, p: Proposal) =>
  isStaff(ctx) || isProposer(ctx, p) || cosignerOf(ctx, p) !== undefined || unitOf(ctx, p) !== undefined;

function load(ctx: MockCtx, id: string): Proposal {
  const p = found(ctx.db.get('proposals', id), `proposal ${id}`);
  if (!canSee(ctx, p)) throw problems.notFound(`proposal ${id}`);
  return p;
}

const toSummary = (p: Proposal): ProposalSummary => ({
  id: p.id,
  ...(p.number !== undefined && { number: p.number }),
  title: p.title,
  status: p.status,
  proposerName: p.proposer.name,
  proposerType: p.proposerType,
  ...(p.categoryCode !== undefined && { categoryCode: p.categoryCode }),
  key: p.key,
  ...(p.handling && { deadline: p.handling.deadline }),
  ...(p.submittedAt !== undefined && { submittedAt: p.submittedAt }),
  updatedAt: p.updatedAt,
});

/** Checks county codes in the input against the configuration. */
function checkCodes(
  ctx: MockCtx,
  input: Pick<ProposalInput, 'categoryCode' | 'sectorCode' | 'suggestedLeadUnitId' | 'suggestedAssistingUnitIds'>,
) {
  const { config } = ctx;
  if (input.categoryCode && !config.proposalCategories.some((c) => c.code === input.categoryCode))
    throw problems.invalid(['body', 'categoryCode'], 'invalid_value', '没有这个提案分类');
  if (input.sectorCode && !config.sectors.some((c) => c.code === input.sectorCode))
    throw problems.invalid(['body', 'sectorCode'], 'invalid_value', '没有这个界别');
  for (const [i, unit] of [input.suggestedLeadUnitId, ...(input.suggestedAssistingUnitIds ?? [])].entries()) {
    if (unit && !config.units.some((u) => u.id === unit))
      throw problems.invalid(['body', i === 0 ? 'suggestedLeadUnitId' : 'suggestedAssistingUnitIds'], 'invalid_value', '没有这个承办单位');
  }
}

/** Builds the proposal content from the input: resolved co-signers and attachments, the session. */
function fromInput(ctx: MockCtx, input: ProposalInput, previous?: Proposal) {
  checkCodes(ctx, input);
  const ids = input.cosignerIds ?? [];
  if (new Set(ids).size !== ids.length || ids.includes(memberOf(ctx) ?? '\u0000'))
    throw problems.invalid(['body', 'cosignerIds'], 'invalid_value', '联名人不能重复，也不能是提案人本人');
  const cosigners = ids.map((id, i) => {
    const member = ctx.db.get('members', id);
    if (!member) throw problems.invalid(['body', 'cosignerIds', i], 'invalid_value', '没有这位委员');
    const before = previous?.cosigners.find((c) => c.memberId === id);
    return (
      before ?? { memberId: id, name: member.name, ...(member.sectorCode && { sectorCode: member.sectorCode }), state: 'pending' as const }
    );
  });
  const { cosignerIds: _c, attachmentIds, intent: _i, organization, ...content } = input;
  return {
    ...content,
    session: input.session ?? ctx.config.currentSession,
    cosigners,
    attachments: resolveAttachments(ctx, attachmentIds, ['body', 'attachmentIds']),
    organization,
  };
}

/** A proposal moved to `status` by `action`, with its history entry. */
const to = (ctx: MockCtx, p: Proposal, action: string, status: ProposalStatus, extra: { note?: string; reasonCode?: string } = {}) => ({
  ...p,
  status,
  history: [...p.history, change(ctx, action, p.status, status, extra)],
});

/** Where a proposal goes when its proposer submits it: co-signers first, when any has not confirmed. */
function submitted(ctx: MockCtx, p: Proposal): Proposal {
  const status: ProposalStatus = p.cosigners.some((c) => c.state !== 'confirmed') ? 'cosigning' : 'submitted';
  return {
    ...to(ctx, p, 'submit', status),
    cosigners: p.cosigners.map((c) =>
      c.state === 'declined'
        ? { memberId: c.memberId, name: c.name, ...(c.sectorCode && { sectorCode: c.sectorCode }), state: 'pending' }
        : c,
    ),
    ...(status === 'submitted' && { submittedAt: isoChina(ctx.now) }),
  };
}

export const listProposals: MockHandler<Routes['listProposals']> = (ctx) => {
  const q = ctx.query ?? {};
  const view = q.view ?? (isStaff(ctx) ? 'all' : hasRole(ctx, 'unit') ? 'assigned' : 'mine');
  if (view === 'all' && !isStaff(ctx)) throw problems.forbidden('only office staff see all proposals');
  const member = memberOf(ctx) ?? '';
  const today = chinaToday(ctx.now);
  const inView = (p: Proposal) =>
    view === 'all' ||
    (view === 'mine' && (p.proposer.memberId === member || p.cosigners.some((c) => c.memberId === member))) ||
    (view === 'cosign' && p.status === 'cosigning' && p.cosigners.some((c) => c.memberId === member && c.state === 'pending')) ||
    (view === 'assigned' && Boolean(p.handling?.units.some((u) => u.unitId === (ctx.principal?.unitId ?? ''))));
  const overdue = (p: Proposal) => HANDLING.includes(p.status) && p.handling !== undefined && p.handling.deadline < today;
  const proposals = ctx.db
    .all('proposals')
    .filter(
      (p) =>
        inView(p) &&
        (q.status === undefined || p.status === q.status) &&
        (q.key === undefined || p.key === (q.key === 'true')) &&
        (q.overdue === undefined || overdue(p) === (q.overdue === 'true')) &&
        matches(p.title, q.q),
    )
    .sort(byUpdatedDesc);
  return page(proposals.map(toSummary), pageArgs(q));
};

export const getProposal: MockHandler<Routes['getProposal']> = (ctx) => load(ctx, ctx.params.id);

/** Saves a proposal with a new version and timestamp. */
function save(ctx: MockCtx, p: Proposal, version: number): Proposal {
  const saved: Proposal = { ...p, updatedAt: isoChina(ctx.now), version };
  ctx.db.put('proposals', saved.id, saved);
  return saved;
}

export const createProposal: MockHandler<Routes['createProposal']> = (ctx) => {
  const { organization, ...content } = fromInput(ctx, ctx.body);
  const memberId = memberOf(ctx);
  const member = memberId ? ctx.db.get('members', memberId) : undefined;
  const proposer: Proposal['proposer'] = memberId
    ? { memberId, name: member?.name ?? ctx.principal!.name, ...(member?.sectorCode && { sectorCode: member.sectorCode }) }
    : { name: organization?.name ?? ctx.principal!.name };
  if (organization) proposer.organization = organization;
  const at = isoChina(ctx.now);
  let p: Proposal = {
    ...content,
    id: newId('p'),
    tenant: ctx.tenant,
    proposer,
    status: 'draft',
    history: [change(ctx, 'create', undefined, 'draft')],
    replies: [],
    ratings: [],
    key: false,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  if (ctx.body.intent === 'submit') p = submitted(ctx, p);
  ctx.db.put('proposals', p.id, p);
  ctx.audit({ entity: 'proposal', entityId: p.id, action: 'create', to: p.status });
  return p;
};

export const updateProposal: MockHandler<Routes['updateProposal']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  if (!isProposer(ctx, current) && !isStaff(ctx)) throw problems.forbidden('only the proposer may edit a draft');
  if (current.version !== ctx.body.version) throw problems.conflict(current);
  if (current.status !== 'draft' && current.status !== 'returned')
    throw problems.illegal('edit', current.status, allowedActions(ctx, current));
  const { organization, ...content } = fromInput(ctx, ctx.body.draft, current);
  const submit = ctx.body.draft.intent === 'submit';
  const edited: Proposal = { ...current, ...content, proposer: organization ? { ...current.proposer, organization } : current.proposer };
  const saved = save(ctx, submit ? submitted(ctx, edited) : edited, current.version + 1);
  ctx.audit({ entity: 'proposal', entityId: saved.id, action: submit ? 'submit' : 'edit', from: current.status, to: saved.status });
  return saved;
};

type Step<A extends ProposalAction['action']> = {
  /** Whether the caller may take this action on this proposal now. */
  may(ctx: MockCtx, p: Proposal): boolean;
  apply(ctx: MockCtx, p: Proposal, body: Extract<ProposalAction, { action: A }>): Proposal;
};

/** Who rates a reply: the proposer and every co-signer who confirmed. */
const raterIds = (p: Proposal) =>
  [p.proposer.memberId, ...p.cosigners.filter((c) => c.state === 'confirmed').map((c) => c.memberId)].filter((id): id is string =>
    Boolean(id),
  );

/** A history entry that leaves the status as it is. */
const note = (ctx: MockCtx, p: Proposal, action: string, text: string): Proposal => ({
  ...p,
  history: [...p.history, change(ctx, action, p.status, p.status, { note: text })],
});

const steps: { [A in ProposalAction['action']]: Step<A> } = {
  submit: {
    may: (ctx, p) => isProposer(ctx, p) && (p.status === 'draft' || p.status === 'returned'),
    apply: (ctx, p) => submitted(ctx, p),
  },
  withdraw: {
    may: (ctx, p) => isProposer(ctx, p) && ['draft', 'cosigning', 'submitted', 'returned'].includes(p.status),
    apply: (ctx, p, b) => to(ctx, p, 'withdraw', 'withdrawn', b.note ? { note: b.note } : {}),
  },
  cosign: {
    may: (ctx, p) => p.status === 'cosigning' && cosignerOf(ctx, p)?.state === 'pending',
    apply: (ctx, p, b) => {
      const cosigners = p.cosigners.map((c) =>
        c.memberId === memberOf(ctx)
          ? { ...c, state: b.decision === 'confirm' ? ('confirmed' as const) : ('declined' as const), respondedAt: isoChina(ctx.now) }
          : c,
      );
      const next = { ...p, cosigners };
      const extra = b.note ? { note: b.note } : {};
      const action = `cosign_${b.decision}`;
      if (cosigners.some((c) => c.state === 'pending')) return to(ctx, next, action, p.status, extra);
      // Everyone answered: on to review with whoever confirmed, or back to the proposer if nobody did.
      return cosigners.some((c) => c.state === 'confirmed')
        ? { ...to(ctx, next, action, 'submitted', extra), submittedAt: isoChina(ctx.now) }
        : to(ctx, next, action, 'draft', { note: '所有联名人均未确认' });
    },
  },
  file: {
    may: (ctx, p) => isStaff(ctx) && p.status === 'submitted',
    apply: (ctx, p, b) => {
      if (b.categoryCode) checkCodes(ctx, { categoryCode: b.categoryCode });
      const session = p.session ?? ctx.config.currentSession;
      const n = ctx.db.next(`proposal:${session.term}:${session.meeting}`);
      return {
        ...to(ctx, p, 'file', 'filed'),
        number: String(n).padStart(4, '0'),
        ...(b.categoryCode && { categoryCode: b.categoryCode }),
      };
    },
  },
  not_file: {
    may: (ctx, p) => isStaff(ctx) && p.status === 'submitted',
    apply: (ctx, p, b) => {
      if (!ctx.config.notFiledReasons.some((r) => r.code === b.reasonCode))
        throw problems.invalid(['body', 'reasonCode'], 'invalid_value', '请从不予立案理由中选择');
      return {
        ...to(ctx, p, 'not_file', 'not_filed', { reasonCode: b.reasonCode, ...(b.note && { note: b.note }) }),
        notFiledReasonCode: b.reasonCode,
      };
    },
  },
  return: {
    may: (ctx, p) => isStaff(ctx) && p.status === 'submitted',
    apply: (ctx, p, b) => to(ctx, p, 'return', 'returned', { note: b.note }),
  },
  convert_to_opinion: {
    may: (ctx, p) => isStaff(ctx) && p.status === 'not_filed',
    apply: (ctx, p) => {
      const opinion = createOpinionRecord(ctx, {
        title: p.title.slice(0, 100) || '（无标题）',
        situation: p.situation || p.title,
        ...(p.reasons && { analysis: p.reasons }),
        ...(p.suggestions && { suggestions: p.suggestions }),
        ...(p.categoryCode && ctx.config.opinionCategories.some((c) => c.code === p.categoryCode) && { categoryCode: p.categoryCode }),
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
      });
      return {
        ...to(ctx, p, 'convert_to_opinion', 'converted', { note: `社情民意 ${opinion.trackingCode}` }),
        convertedToOpinionId: opinion.id,
      };
    },
  },
  merge: {
    may: (ctx, p) => isStaff(ctx) && (p.status === 'submitted' || p.status === 'filed'),
    apply: (ctx, p, b) => {
      if (b.into === p.id) throw problems.invalid(['body', 'into'], 'invalid_value', '不能与自身并案');
      const target = found(ctx.db.get('proposals', b.into), `proposal ${b.into}`);
      if (!['filed', 'assigned', 'handling'].includes(target.status)) throw problems.illegal('merge', target.status, []);
      const merged = note(ctx, target, 'merge_in', `并入提案 ${p.id}（各提案人均将收到答复）`);
      save(ctx, { ...merged, mergedFrom: [...(target.mergedFrom ?? []), p.id] }, target.version + 1);
      return { ...to(ctx, p, 'merge', 'merged', { note: `并入提案 ${target.number ?? target.id}` }), mergedInto: target.id };
    },
  },
  assign: {
    may: (ctx, p) => isStaff(ctx) && (p.status === 'filed' || p.status === 'assigned'),
    apply: (ctx, p, b) => {
      const units = [...b.leadUnitIds, ...b.assistingUnitIds];
      if (new Set(units).size !== units.length)
        throw problems.invalid(['body', 'assistingUnitIds'], 'invalid_value', '同一单位不能重复交办');
      units.forEach((id, i) => {
        if (!ctx.config.units.some((u) => u.id === id && u.active))
          throw problems.invalid(
            ['body', i < b.leadUnitIds.length ? 'leadUnitIds' : 'assistingUnitIds'],
            'invalid_value',
            '没有这个承办单位',
          );
      });
      if (b.mode === 'single' && (b.leadUnitIds.length !== 1 || b.assistingUnitIds.length))
        throw problems.invalid(['body', 'mode'], 'invalid_value', '单办只交一个单位');
      if (b.mode === 'joint' && (b.leadUnitIds.length !== 1 || !b.assistingUnitIds.length))
        throw problems.invalid(['body', 'mode'], 'invalid_value', '会办需要一个主办单位和至少一个协办单位');
      if (b.mode === 'split' && b.assistingUnitIds.length)
        throw problems.invalid(['body', 'mode'], 'invalid_value', '分办的各单位分别答复，没有协办单位');
      const deadline = b.deadline ?? addWorkingDays(chinaToday(ctx.now), ctx.config.deadlines.replyWorkingDays, ctx.config.calendar);
      const assignedAt = isoChina(ctx.now);
      const entry = (unitId: string, role: 'lead' | 'assisting') => ({ unitId, role, state: 'assigned' as const, assignedAt, deadline });
      return {
        ...to(ctx, p, 'assign', 'assigned', { note: units.map((id) => ctx.config.units.find((u) => u.id === id)?.name).join('、') }),
        handling: {
          mode: b.mode,
          units: [...b.leadUnitIds.map((id) => entry(id, 'lead')), ...b.assistingUnitIds.map((id) => entry(id, 'assisting'))],
          deadline,
        },
      };
    },
  },
  accept: {
    may: (ctx, p) => (p.status === 'assigned' || p.status === 'handling') && unitOf(ctx, p)?.state === 'assigned',
    apply: (ctx, p) => {
      const units = p.handling!.units.map((u) =>
        u.unitId === ctx.principal?.unitId ? { ...u, state: 'accepted' as const, acceptedAt: isoChina(ctx.now) } : u,
      );
      const all = units.every((u) => u.state !== 'assigned' && u.state !== 'handback_requested');
      return to(ctx, { ...p, handling: { ...p.handling!, units } }, 'accept', all ? 'handling' : p.status);
    },
  },
  hand_back: {
    may: (ctx, p) => p.status === 'assigned' && unitOf(ctx, p)?.state === 'assigned',
    apply: (ctx, p, b) => {
      const mine = unitOf(ctx, p)!;
      const limit = ctx.config.deadlines.handbackWorkingDays;
      const used = workingDaysBetween(mine.assignedAt.slice(0, 10), chinaToday(ctx.now), ctx.config.calendar);
      if (used > limit)
        throw new MockProblem('illegal_transition', 409, {
          detail: `退回须在交办后 ${limit} 个工作日内提出（已过 ${used} 个）`,
          allowed: allowedActions(ctx, p).filter((a) => a !== 'hand_back'),
        });
      const units = p.handling!.units.map((u) =>
        u === mine ? { ...u, state: 'handback_requested' as const, handbackReason: b.reason } : u,
      );
      return note(ctx, { ...p, handling: { ...p.handling!, units } }, 'hand_back', b.reason);
    },
  },
  reply: {
    may: (ctx, p) => {
      const mine = unitOf(ctx, p);
      return (
        ['assigned', 'handling', 'rework'].includes(p.status) &&
        mine?.role === 'lead' &&
        (mine.state === 'assigned' || mine.state === 'accepted')
      );
    },
    apply: (ctx, p, b) => {
      if (!ctx.config.answerCategories.some((c) => c.code === b.answerCategory))
        throw problems.invalid(['body', 'answerCategory'], 'invalid_value', '请从答复分类中选择');
      const unitId = ctx.principal!.unitId!;
      const reply = {
        id: newId('r'),
        unitId,
        docNo: b.docNo,
        contactName: b.contactName,
        contactPhone: b.contactPhone,
        answerCategory: b.answerCategory,
        text: b.text,
        attachments: resolveAttachments(ctx, b.attachmentIds, ['body', 'attachmentIds']),
        submittedAt: isoChina(ctx.now),
        countersignedBy: [],
      };
      const units = p.handling!.units.map((u) => (u.unitId === unitId ? { ...u, state: 'replied' as const } : u));
      const next: Proposal = {
        ...p,
        handling: { ...p.handling!, units },
        replies: [...p.replies.filter((r) => r.unitId !== unitId || p.status !== 'rework'), reply],
      };
      if (units.some((u) => u.role === 'assisting')) return to(ctx, next, 'reply', 'countersigning');
      // 分办: every lead unit answers on its own; review starts when all have.
      const all = units.filter((u) => u.role === 'lead').every((u) => u.state === 'replied');
      return to(ctx, next, 'reply', all ? 'reviewing' : 'handling');
    },
  },
  countersign: {
    may: (ctx, p) => p.status === 'countersigning' && unitOf(ctx, p)?.role === 'assisting' && unitOf(ctx, p)?.state !== 'countersigned',
    apply: (ctx, p, b) => {
      const unitId = ctx.principal!.unitId!;
      const units = p.handling!.units.map((u) => (u.unitId === unitId ? { ...u, state: 'countersigned' as const } : u));
      const replies = p.replies.map((r, i) =>
        i === p.replies.length - 1
          ? { ...r, countersignedBy: [...r.countersignedBy, { unitId, at: isoChina(ctx.now), ...(b.note && { note: b.note }) }] }
          : r,
      );
      const done = units.filter((u) => u.role === 'assisting').every((u) => u.state === 'countersigned');
      const next = { ...p, handling: { ...p.handling!, units }, replies };
      return to(ctx, next, 'countersign', done ? 'reviewing' : p.status, b.note ? { note: b.note } : {});
    },
  },
  approve_reply: {
    may: (ctx, p) => isStaff(ctx) && p.status === 'reviewing',
    apply: (ctx, p, b) => {
      if (b.answerCategory && !ctx.config.answerCategories.some((c) => c.code === b.answerCategory))
        throw problems.invalid(['body', 'answerCategory'], 'invalid_value', '请从答复分类中选择');
      const approved = { at: isoChina(ctx.now), by: ctx.actor };
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
      return { ...to(ctx, p, 'approve_reply', 'answered'), replies };
    },
  },
  rate: {
    may: (ctx, p) => p.status === 'answered' && (isStaff(ctx) || isProposer(ctx, p) || cosignerOf(ctx, p)?.state === 'confirmed'),
    apply: (ctx, p, b) => {
      const onBehalf = isStaff(ctx) && !isProposer(ctx, p) && cosignerOf(ctx, p) === undefined;
      const memberId = onBehalf ? b.memberId : memberOf(ctx);
      const raters = raterIds(p);
      if (!memberId || !raters.includes(memberId))
        throw problems.invalid(['body', 'memberId'], 'invalid_value', '请选择要代为录入评价的提案人或联名人');
      const name = memberId === p.proposer.memberId ? p.proposer.name : (p.cosigners.find((c) => c.memberId === memberId)?.name ?? '');
      const rating = {
        memberId,
        name,
        satisfaction: b.satisfaction,
        ...(b.comment && { comment: b.comment }),
        at: isoChina(ctx.now),
        ...(onBehalf && { enteredBy: ctx.actor }),
      };
      const ratings = [...p.ratings.filter((r) => r.memberId !== memberId), rating];
      // Closed once everyone rated and nobody is dissatisfied; a dissatisfied rating waits for staff (rework or close).
      const closed =
        raters.every((id) => ratings.some((r) => r.memberId === id)) && ratings.every((r) => r.satisfaction !== 'dissatisfied');
      return to(ctx, { ...p, ratings }, 'rate', closed ? 'closed' : p.status, { note: b.satisfaction });
    },
  },
  rework: {
    may: (ctx, p) => isStaff(ctx) && (p.status === 'answered' || p.status === 'closed'),
    apply: (ctx, p, b) => {
      const units = p.handling!.units.map((u) =>
        u.role === 'lead' || u.state === 'countersigned' ? { ...u, state: 'accepted' as const } : u,
      );
      return { ...to(ctx, p, 'rework', 'rework', { note: b.note }), handling: { ...p.handling!, units }, ratings: [] };
    },
  },
  extend: {
    may: (ctx, p) => isStaff(ctx) && ['assigned', 'handling', 'rework'].includes(p.status),
    apply: (ctx, p, b) => {
      const used = p.handling!.extendedWorkingDays ?? 0;
      const max = ctx.config.deadlines.maxExtensionWorkingDays;
      if (used + b.workingDays > max)
        throw problems.invalid(['body', 'workingDays'], 'too_big', `最多还能延期 ${Math.max(0, max - used)} 个工作日`);
      const deadline = addWorkingDays(p.handling!.deadline, b.workingDays, ctx.config.calendar);
      const handling = {
        ...p.handling!,
        deadline,
        extendedWorkingDays: used + b.workingDays,
        units: p.handling!.units.map((u) => ({ ...u, deadline })),
      };
      return note(ctx, { ...p, handling }, 'extend', `延期 ${b.workingDays} 个工作日：${b.reason}`);
    },
  },
  mark_key: {
    may: (ctx, p) => isStaff(ctx) && ['filed', ...HANDLING, 'answered', 'closed'].includes(p.status),
    apply: (ctx, p, b) => {
      const taskId = p.taskId ?? (b.key ? createSupervisionTask(ctx, p).id : undefined);
      return note(ctx, { ...p, key: b.key, ...(taskId && { taskId }) }, 'mark_key', b.key ? '列为重点督办提案' : '取消重点督办');
    },
  },
  close: {
    may: (ctx, p) => isStaff(ctx) && p.status === 'answered',
    apply: (ctx, p) => to(ctx, p, 'close', 'closed'),
  },
};

/** Actions the caller may take on this proposal now. */
export function allowedActions(ctx: MockCtx, p: Proposal): string[] {
  return Object.entries(steps)
    .filter(([, step]) => step.may(ctx, p))
    .map(([name]) => name);
}

/** Creates the 督办 task that follows a key proposal. */
function createSupervisionTask(ctx: MockCtx, p: Proposal): Task {
  const at = isoChina(ctx.now);
  const stage = ctx.config.taskStages[0];
  const units = (role: 'lead' | 'assisting') => p.handling?.units.filter((u) => u.role === role).map((u) => u.unitId) ?? [];
  const task: Task = {
    id: newId('t'),
    tenant: ctx.tenant,
    title: `重点提案督办：${p.title}`.slice(0, 200),
    type: 'supervised_proposal',
    year: Number(chinaToday(ctx.now).slice(0, 4)),
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
    history: [change(ctx, 'create', undefined, stage?.code ?? 'planned', { note: `由重点提案 ${p.number ?? p.id} 生成` })],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  ctx.db.put('tasks', task.id, task);
  ctx.audit({ entity: 'task', entityId: task.id, action: 'create', to: task.stageCode, note: `key proposal ${p.id}` });
  return task;
}

export const proposalAction: MockHandler<Routes['proposalAction']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  const body = ctx.body;
  if (body.expectedVersion !== undefined && body.expectedVersion !== current.version) throw problems.conflict(current);
  const step = steps[body.action] as Step<typeof body.action>;
  if (!step.may(ctx, current)) throw problems.illegal(body.action, current.status, allowedActions(ctx, current));
  const saved = save(ctx, step.apply(ctx, current, body as never), current.version + 1);
  ctx.audit({
    entity: 'proposal',
    entityId: saved.id,
    action: body.action,
    from: current.status,
    to: saved.status,
    ...('note' in body && body.note && { note: body.note }),
  });
  return saved;
};
