/**
 * 提案: drafts, submission with co-signers, 立案审查, 交办 to lead and assisting units, replies with
 * the county's answer categories, countersigning, supervision review, member ratings and rework.
 * The rules (who may do what in which state, and what follows) are `@tongxin/core/workflow`'s;
 * these handlers load, number, resolve and store.
 */
import { chinaToday, type Member, type Proposal, type ProposalAction, type ProposalInput, type Routes, type Task } from '@tongxin/core';
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
import type { Ctx, Handler } from '../context.js';
import { problems, refuseIf } from '../problem.js';
import { getDoc, likePattern, newId, nextCounter, page, pageArgs } from '../repo.js';
import { checkAgainstForm } from './forms.js';
import { createOpinionRecord } from './opinions.js';
import { hasRole, isStaff, resolveAttachments } from './shared.js';
import { saveTask } from './tasks.js';

async function load(ctx: Ctx, id: string, lock = false): Promise<Proposal> {
  const p = await getDoc<Proposal>(ctx.sql, 'proposals', ctx.tenant, id, lock);
  // Others get 404, not 403: nothing leaks.
  if (!canSeeProposal(p, ctx)) throw problems.notFound(`proposal ${id}`);
  return p;
}

async function save(ctx: Ctx, p: Proposal, insert = false) {
  await ctx.sql.query(
    insert
      ? 'insert into proposals (tenant, id, status, proposer_member_id, number, doc, version, created_at, updated_at) values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $8)'
      : 'update proposals set status = $3, proposer_member_id = $4, number = $5, doc = $6::jsonb, version = $7, updated_at = $8 where tenant = $1 and id = $2',
    [ctx.tenant, p.id, p.status, p.proposer.memberId ?? null, p.number ?? null, p, p.version, ctx.now],
  );
}

/**
 * A proposal as returned to the caller: members read replies once approved (`proposalForReader`); a
 * merged one names the proposal it was merged into (see `withMergeTarget`).
 */
async function present(ctx: Ctx, stored: Proposal): Promise<Proposal> {
  const p = proposalForReader(stored, ctx);
  if (!p.mergedInto) return p;
  const [row] = await ctx.sql.query<{ doc: Proposal }>('select doc from proposals where tenant = $1 and id = $2', [
    ctx.tenant,
    p.mergedInto,
  ]);
  return withMergeTarget(p, row?.doc);
}

const members = async (ctx: Ctx, ids: readonly string[]) =>
  ids.length
    ? (await ctx.sql.query<{ doc: Member }>('select doc from members where tenant = $1 and id = any($2::text[])', [ctx.tenant, ids])).map(
        (r) => r.doc,
      )
    : [];

/** Checks a draft and resolves what it refers to: its co-signers' member records and its attachments. */
async function resolveInput(ctx: Ctx, input: ProposalInput) {
  const cosigners = await members(ctx, input.cosignerIds ?? []);
  refuseIf(checkProposalInput(input, ctx, cosigners));
  if (input.intent === 'submit') await checkAgainstForm(ctx, 'proposal', input);
  return { members: cosigners, attachments: await resolveAttachments(ctx, input.attachmentIds, ['body', 'attachmentIds']) };
}

export const listProposals: Handler<Routes['listProposals']> = async (ctx) => {
  const q = ctx.query ?? {};
  const args = pageArgs(q);
  const view = q.view ?? (isStaff(ctx) ? 'all' : hasRole(ctx, 'unit') ? 'assigned' : 'mine');
  if (view === 'all' && !isStaff(ctx)) throw problems.forbidden('only office staff see all proposals');
  const params: unknown[] = [ctx.tenant];
  const param = (value: unknown) => `$${params.push(value)}`;
  const member = () => param(ctx.principal?.memberId ?? '');
  const where = ['tenant = $1'];
  if (view === 'mine')
    where.push(
      `(proposer_member_id = ${member()} or doc->'cosigners' @> jsonb_build_array(jsonb_build_object('memberId', ${member()}::text)))`,
    );
  if (view === 'cosign')
    where.push(
      `status = 'cosigning' and doc->'cosigners' @> jsonb_build_array(jsonb_build_object('memberId', ${member()}::text, 'state', 'pending'))`,
    );
  if (view === 'assigned')
    where.push(`doc->'handling'->'units' @> jsonb_build_array(jsonb_build_object('unitId', ${param(ctx.principal?.unitId ?? '')}::text))`);
  if (q.status) where.push(`status = ${param(q.status)}`);
  if (q.key) where.push(`(doc->>'key')::boolean = ${param(q.key === 'true')}`);
  if (q.overdue) {
    const overdue = `(status = any(${param(HANDLING_STATES)}::text[]) and doc->'handling'->>'deadline' < ${param(chinaToday(ctx.now))})`;
    where.push(q.overdue === 'true' ? overdue : `not coalesce(${overdue}, false)`);
  }
  if (q.q) where.push(`doc->>'title' like ${param(likePattern(q.q))}`);
  const rows = await ctx.sql.query<{ doc: Proposal }>(
    `select doc from proposals where ${where.join(' and ')} order by updated_at desc, id limit ${param(args.limit + 1)} offset ${param(args.offset)}`,
    params,
  );
  return page(
    rows.map((r) => proposalSummary(r.doc)),
    args,
  );
};

export const getProposal: Handler<Routes['getProposal']> = async (ctx) => present(ctx, await load(ctx, ctx.params.id));

export const createProposal: Handler<Routes['createProposal']> = async (ctx) => {
  const resolved = await resolveInput(ctx, ctx.body);
  const memberId = ctx.principal?.memberId;
  const [member] = memberId ? await members(ctx, [memberId]) : [];
  const p = newProposal(ctx.body, ctx, { ...resolved, id: newId('p'), member });
  await save(ctx, p, true);
  await ctx.audit({ entity: 'proposal', entityId: p.id, action: 'create', to: p.status });
  return p;
};

export const updateProposal: Handler<Routes['updateProposal']> = async (ctx) => {
  const current = await load(ctx, ctx.params.id, true);
  refuseIf(checkProposalEdit(current, ctx.body.version, ctx));
  const p = editProposal(current, ctx.body.draft, ctx, await resolveInput(ctx, ctx.body.draft));
  await save(ctx, p);
  const action = ctx.body.draft.intent === 'submit' ? 'submit' : 'edit';
  await ctx.audit({ entity: 'proposal', entityId: p.id, action, from: current.status, to: p.status });
  return p;
};

/** What an action needs from storage, once the rules allowed it: a number, records it creates or changes, attachments. */
async function effects(ctx: Ctx, p: Proposal, body: ProposalAction): Promise<ProposalEffects> {
  switch (body.action) {
    case 'file':
      return { number: await nextCounter(ctx.sql, ctx.tenant, proposalNumberSequence(p, ctx)) };
    case 'convert_to_opinion':
      return { opinion: await createOpinionRecord(ctx, proposalAsOpinion(p, ctx)) };
    case 'merge': {
      const target = await getDoc<Proposal>(ctx.sql, 'proposals', ctx.tenant, body.into, true);
      refuseIf(checkMergeTarget(target));
      await save(ctx, mergeInto(target, p, ctx));
      return { target };
    }
    case 'reply':
      return { reply: { id: newId('r'), attachments: await resolveAttachments(ctx, body.attachmentIds, ['body', 'attachmentIds']) } };
    case 'mark_key': {
      const task = supervisionTaskFor(p, body, ctx, newId('t'));
      if (!task) return {};
      await saveTask(ctx, task, true);
      await ctx.audit({ entity: 'task', entityId: task.id, action: 'create', to: task.stageCode, note: `key proposal ${p.id}` });
      return { taskId: task.id };
    }
    default:
      return {};
  }
}

export const proposalAction: Handler<Routes['proposalAction']> = async (ctx) => {
  const current = await load(ctx, ctx.params.id, true);
  const body = ctx.body;
  refuseIf(checkProposalAction(current, body, ctx));
  const saved = applyProposalAction(current, body, ctx, await effects(ctx, current, body));
  await save(ctx, saved);
  // A key proposal's 督办 task follows its handling units (it may have been marked before assignment).
  if (saved.taskId) {
    const task = taskWithProposalUnits(await getDoc<Task>(ctx.sql, 'tasks', ctx.tenant, saved.taskId, true), saved, ctx);
    if (task) {
      await saveTask(ctx, task);
      await ctx.audit({ entity: 'task', entityId: task.id, action: 'units', note: `proposal ${saved.id}` });
    }
  }
  // 并案: every proposal merged into this one is answered with its approved reply.
  for (const id of mergedToAnswer(saved, body.action)) {
    const merged = await getDoc<Proposal>(ctx.sql, 'proposals', ctx.tenant, id, true);
    if (merged.status !== 'merged') continue;
    const answered = answerMerged(merged, saved, ctx);
    await save(ctx, answered);
    await ctx.audit({ entity: 'proposal', entityId: id, action: 'approve_reply', from: merged.status, to: answered.status });
  }
  await ctx.audit({
    entity: 'proposal',
    entityId: saved.id,
    action: body.action,
    from: current.status,
    to: saved.status,
    ...('note' in body && body.note && { note: body.note }),
  });
  return present(ctx, saved);
};
