/**
 * 社情民意: anyone may submit (real name or anonymous, per county policy) and look their submission
 * up by tracking code + query password; staff receive, edit into the journal, report up to levels
 * and record adoption and leaders' instructions. The rules (policy, steps, what the reporter sees)
 * are `@tongxin/core/workflow`'s, as in the reference server; these handlers load and store.
 */
import type { Opinion, Routes } from '@tongxin/core';
import {
  applyOpinionAction,
  canSeeOpinion,
  checkOpinionAction,
  checkOpinionInput,
  type NewOpinion,
  newOpinion,
  opinionLookupView,
  opinionSummary,
  submittedOpinion,
} from '@tongxin/core/workflow';
import type { MockCtx, MockHandler } from '../context.js';
import {
  byUpdatedDesc,
  found,
  MockProblem,
  newId,
  newQueryPassword,
  newTrackingCode,
  page,
  pageArgs,
  problems,
  refuseIf,
} from '../util.js';
import { checkAgainstForm } from './forms.js';
import { isStaff, matches, resolveAttachments } from './shared.js';

/** Stores a new opinion and returns it with its query password. */
export function createOpinionRecord(ctx: MockCtx, input: NewOpinion): Opinion & { queryPassword: string } {
  const opinion = newOpinion(input, ctx, { id: newId('o'), trackingCode: newTrackingCode() });
  const queryPassword = newQueryPassword();
  ctx.db.put('opinions', opinion.id, { opinion, queryPassword });
  ctx.audit({ entity: 'opinion', entityId: opinion.id, action: 'create', to: opinion.status });
  return { ...opinion, queryPassword };
}

export const createOpinion: MockHandler<Routes['createOpinion']> = (ctx) => {
  const input = ctx.body;
  refuseIf(checkOpinionInput(input, ctx));
  checkAgainstForm(ctx, 'opinion', input);
  if (input.workstationId) {
    const station = ctx.db.get('workstations', input.workstationId);
    if (!station) throw problems.invalid(['body', 'workstationId'], 'invalid_value', '没有这个委员工作站');
    ctx.db.put('workstations', station.id, { ...station, opinionCount: station.opinionCount + 1 });
  }
  const attachments = resolveAttachments(ctx, input.attachmentIds, ['body', 'attachmentIds']);
  const created = createOpinionRecord(ctx, submittedOpinion(input, ctx, attachments));
  return {
    id: created.id,
    trackingCode: created.trackingCode,
    queryPassword: created.queryPassword,
    status: created.status,
    createdAt: created.createdAt,
    dueDate: created.dueDate,
  };
};

export const lookupOpinion: MockHandler<Routes['lookupOpinion']> = (ctx) => {
  const stored = ctx.db.all('opinions').find((o) => o.opinion.trackingCode === ctx.body.trackingCode);
  // One answer for a wrong code and a wrong password: the lookup reveals nothing to a guesser.
  if (!stored || stored.queryPassword !== ctx.body.password) throw new MockProblem('lookup_failed', 404);
  return opinionLookupView(stored.opinion);
};

/** An opinion the caller may see: staff see all, a member the ones they reported; others get 404. */
function load(ctx: MockCtx, id: string): Opinion {
  const o = found(ctx.db.get('opinions', id), `opinion ${id}`).opinion;
  if (!canSeeOpinion(o, ctx)) throw problems.notFound(`opinion ${id}`);
  return o;
}

export const listOpinions: MockHandler<Routes['listOpinions']> = (ctx) => {
  const q = ctx.query ?? {};
  const view = q.view ?? (isStaff(ctx) ? 'all' : 'mine');
  if (view === 'all' && !isStaff(ctx)) throw problems.forbidden('only office staff see all opinions');
  const member = ctx.principal?.memberId ?? '';
  const opinions = ctx.db
    .all('opinions')
    .map((s) => s.opinion)
    .filter(
      (o) =>
        (view === 'all' || o.reporter.memberId === member) &&
        (q.status === undefined || o.status === q.status) &&
        (q.category === undefined || o.categoryCode === q.category) &&
        (q.journalIssue === undefined || o.journalIssue === q.journalIssue) &&
        matches(o.title, q.q),
    )
    .sort(byUpdatedDesc);
  return page(opinions.map(opinionSummary), pageArgs(q));
};

export const getOpinion: MockHandler<Routes['getOpinion']> = (ctx) => load(ctx, ctx.params.id);

export const opinionAction: MockHandler<Routes['opinionAction']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  const body = ctx.body;
  refuseIf(checkOpinionAction(current, body, ctx));
  const saved = applyOpinionAction(current, body, ctx, body.action === 'reply' ? { replyId: newId('or') } : {});
  const stored = ctx.db.get('opinions', saved.id)!;
  ctx.db.put('opinions', saved.id, { ...stored, opinion: saved });
  ctx.audit({ entity: 'opinion', entityId: saved.id, action: body.action, from: current.status, to: saved.status });
  return saved;
};
