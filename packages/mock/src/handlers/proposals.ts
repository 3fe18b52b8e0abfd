/**
 * 提案: drafts, submission with co-signers, 立案审查, 交办 to lead and assisting units, replies with
 * the county's answer categories, countersigning, supervision review, member ratings and rework.
 * The rules (who may do what in which state, and what follows) are `@tongxin/core/workflow`'s, as
 * in the reference server; these handlers load, number, resolve and store.
 */
import { chinaToday, type Proposal, type ProposalAction, type ProposalInput, type Routes } from '@tongxin/core';
import {
  answerMerged,
  applyProposalAction,
  canSeeProposal,
  checkMergeTarget,
  checkProposalAction,
  checkProposalEdit,
  checkProposalInput,
  editProposal,
  HANDLING_STATES,
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
} from '@tongxin/core/workflow';
import type { MockCtx, MockHandler } from '../context.js';
import { byUpdatedDesc, found, newId, page, pageArgs, problems, refuseIf } from '../util.js';
import { checkAgainstForm } from './forms.js';
import { createOpinionRecord } from './opinions.js';
import { hasRole, isStaff, matches, resolveAttachments } from './shared.js';

function load(ctx: MockCtx, id: string): Proposal {
  const p = found(ctx.db.get('proposals', id), `proposal ${id}`);
  // Others get 404, not 403: nothing leaks.
  if (!canSeeProposal(p, ctx)) throw problems.notFound(`proposal ${id}`);
  return p;
}

/** A proposal as returned to the caller: members read approved replies; a merged one names its target. */
const present = (ctx: MockCtx, stored: Proposal): Proposal => {
  const p = proposalForReader(stored, ctx);
  return p.mergedInto ? withMergeTarget(p, ctx.db.get('proposals', p.mergedInto)) : p;
};

const members = (ctx: MockCtx, ids: readonly string[]) => ids.flatMap((id) => ctx.db.get('members', id) ?? []);

/**
 * Checks a draft (and a submission against its form) and resolves what it refers to: its
 * co-signers' member records and its attachments.
 */
function resolveInput(ctx: MockCtx, input: ProposalInput) {
  const cosigners = members(ctx, input.cosignerIds ?? []);
  refuseIf(checkProposalInput(input, ctx, cosigners));
  if (input.intent === 'submit') checkAgainstForm(ctx, 'proposal', input);
  return { members: cosigners, attachments: resolveAttachments(ctx, input.attachmentIds, ['body', 'attachmentIds']) };
}

export const listProposals: MockHandler<Routes['listProposals']> = (ctx) => {
  const q = ctx.query ?? {};
  const view = q.view ?? (isStaff(ctx) ? 'all' : hasRole(ctx, 'unit') ? 'assigned' : 'mine');
  if (view === 'all' && !isStaff(ctx)) throw problems.forbidden('only office staff see all proposals');
  const member = ctx.principal?.memberId ?? '';
  const today = chinaToday(ctx.now);
  const inView = (p: Proposal) =>
    view === 'all' ||
    (view === 'mine' && (p.proposer.memberId === member || p.cosigners.some((c) => c.memberId === member))) ||
    (view === 'cosign' && p.status === 'cosigning' && p.cosigners.some((c) => c.memberId === member && c.state === 'pending')) ||
    (view === 'assigned' && Boolean(p.handling?.units.some((u) => u.unitId === (ctx.principal?.unitId ?? ''))));
  const overdue = (p: Proposal) => HANDLING_STATES.includes(p.status) && p.handling !== undefined && p.handling.deadline < today;
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
  return page(proposals.map(proposalSummary), pageArgs(q));
};

export const getProposal: MockHandler<Routes['getProposal']> = (ctx) => present(ctx, load(ctx, ctx.params.id));

export const createProposal: MockHandler<Routes['createProposal']> = (ctx) => {
  const resolved = resolveInput(ctx, ctx.body);
  const memberId = ctx.principal?.memberId;
  const member = memberId ? ctx.db.get('members', memberId) : undefined;
  const p = newProposal(ctx.body, ctx, { ...resolved, id: newId('p'), member });
  ctx.db.put('proposals', p.id, p);
  ctx.audit({ entity: 'proposal', entityId: p.id, action: 'create', to: p.status });
  return p;
};

export const updateProposal: MockHandler<Routes['updateProposal']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  refuseIf(checkProposalEdit(current, ctx.body.version, ctx));
  const p = editProposal(current, ctx.body.draft, ctx, resolveInput(ctx, ctx.body.draft));
  ctx.db.put('proposals', p.id, p);
  const action = ctx.body.draft.intent === 'submit' ? 'submit' : 'edit';
  ctx.audit({ entity: 'proposal', entityId: p.id, action, from: current.status, to: p.status });
  return p;
};

/** What an action needs from the store, once the rules allowed it: a number, records it creates or changes, attachments. */
function effects(ctx: MockCtx, p: Proposal, body: ProposalAction): ProposalEffects {
  switch (body.action) {
    case 'file':
      return { number: ctx.db.next(proposalNumberSequence(p, ctx)) };
    case 'convert_to_opinion':
      return { opinion: createOpinionRecord(ctx, proposalAsOpinion(p, ctx)) };
    case 'merge': {
      const target = found(ctx.db.get('proposals', body.into), `proposal ${body.into}`);
      refuseIf(checkMergeTarget(target));
      ctx.db.put('proposals', target.id, mergeInto(target, p, ctx));
      return { target };
    }
    case 'reply':
      return { reply: { id: newId('r'), attachments: resolveAttachments(ctx, body.attachmentIds, ['body', 'attachmentIds']) } };
    case 'mark_key': {
      const task = supervisionTaskFor(p, body, ctx, newId('t'));
      if (!task) return {};
      ctx.db.put('tasks', task.id, task);
      ctx.audit({ entity: 'task', entityId: task.id, action: 'create', to: task.stageCode, note: `key proposal ${p.id}` });
      return { taskId: task.id };
    }
    default:
      return {};
  }
}

export const proposalAction: MockHandler<Routes['proposalAction']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  const body = ctx.body;
  refuseIf(checkProposalAction(current, body, ctx));
  const saved = applyProposalAction(current, body, ctx, effects(ctx, current, body));
  ctx.db.put('proposals', saved.id, saved);
  // A key proposal's 督办 task follows its handling units (it may have been marked before assignment).
  const linked = saved.taskId ? ctx.db.get('tasks', saved.taskId) : undefined;
  const task = linked && taskWithProposalUnits(linked, saved, ctx);
  if (task) {
    ctx.db.put('tasks', task.id, task);
    ctx.audit({ entity: 'task', entityId: task.id, action: 'units', note: `proposal ${saved.id}` });
  }
  // 并案: every proposal merged into this one is answered with its approved reply.
  for (const id of mergedToAnswer(saved, body.action)) {
    const merged = ctx.db.get('proposals', id);
    if (merged?.status !== 'merged') continue;
    const answered = answerMerged(merged, saved, ctx);
    ctx.db.put('proposals', id, answered);
    ctx.audit({ entity: 'proposal', entityId: id, action: 'approve_reply', from: merged.status, to: answered.status });
  }
  ctx.audit({
    entity: 'proposal',
    entityId: saved.id,
    action: body.action,
    from: current.status,
    to: saved.status,
    ...('note' in body && body.note && { note: body.note }),
  });
  return present(ctx, saved);
};
