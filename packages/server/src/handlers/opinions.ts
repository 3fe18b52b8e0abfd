/**
 * 社情民意: anyone may submit (real name or anonymous, per county policy) and look their submission
 * up by tracking code + query password (stored hashed with scrypt); staff receive, edit into the
 * journal, report up to levels and record adoption and leaders' instructions. The rules (policy,
 * steps, what the reporter sees) are `@tongxin/core/workflow`'s; these handlers load, hash and store.
 */
import type { Opinion, Routes, Workstation } from '@tongxin/core';
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
import type { Ctx, Handler } from '../context.js';
import { ProblemError, problems, refuseIf } from '../problem.js';
import { getDoc, likePattern, newId, newTrackingCode, page, pageArgs } from '../repo.js';
import { checkAgainstForm } from './forms.js';
import { isStaff, resolveAttachments } from './shared.js';

async function save(ctx: Ctx, o: Opinion, passwordHash?: string) {
  if (passwordHash) {
    await ctx.sql.query(
      'insert into opinions (tenant, id, tracking_code, password_hash, status, reporter_member_id, doc, version, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $9)',
      [ctx.tenant, o.id, o.trackingCode, passwordHash, o.status, o.reporter.memberId ?? null, o, o.version, ctx.now],
    );
  } else {
    await ctx.sql.query('update opinions set status = $3, doc = $4::jsonb, version = $5, updated_at = $6 where tenant = $1 and id = $2', [
      ctx.tenant,
      o.id,
      o.status,
      o,
      o.version,
      ctx.now,
    ]);
  }
}

/** Stores a new opinion and returns it with its (plain) query password, which is never stored. */
export async function createOpinionRecord(ctx: Ctx, input: NewOpinion): Promise<Opinion & { queryPassword: string }> {
  const opinion = newOpinion(input, ctx, { id: newId('o'), trackingCode: newTrackingCode() });
  const { password: queryPassword, hash } = await ctx.services.newQueryPassword();
  await save(ctx, opinion, hash);
  await ctx.audit({ entity: 'opinion', entityId: opinion.id, action: 'create', to: opinion.status });
  return { ...opinion, queryPassword };
}

export const createOpinion: Handler<Routes['createOpinion']> = async (ctx) => {
  const input = ctx.body;
  refuseIf(checkOpinionInput(input, ctx));
  await checkAgainstForm(ctx, 'opinion', input);
  if (input.workstationId) {
    const station = await getDoc<Workstation>(ctx.sql, 'workstations', ctx.tenant, input.workstationId, true).catch(() => undefined);
    if (!station) throw problems.invalid(['body', 'workstationId'], 'invalid_value', '没有这个委员工作站');
    await ctx.sql.query('update workstations set doc = $3::jsonb where tenant = $1 and id = $2', [
      ctx.tenant,
      station.id,
      { ...station, opinionCount: station.opinionCount + 1 },
    ]);
  }
  const attachments = await resolveAttachments(ctx, input.attachmentIds, ['body', 'attachmentIds']);
  const created = await createOpinionRecord(ctx, submittedOpinion(input, ctx, attachments));
  return {
    id: created.id,
    trackingCode: created.trackingCode,
    queryPassword: created.queryPassword,
    status: created.status,
    createdAt: created.createdAt,
    dueDate: created.dueDate,
  };
};

export const lookupOpinion: Handler<Routes['lookupOpinion']> = async (ctx) => {
  const [row] = await ctx.sql.query<{ doc: Opinion; password_hash: string }>(
    'select doc, password_hash from opinions where tenant = $1 and tracking_code = $2',
    [ctx.tenant, ctx.body.trackingCode],
  );
  // One answer for a wrong code and a wrong password: the lookup reveals nothing to a guesser.
  if (!row || !(await ctx.services.verifyPassword(ctx.body.password, row.password_hash))) throw new ProblemError('lookup_failed', 404);
  return opinionLookupView(row.doc);
};

async function load(ctx: Ctx, id: string, lock = false) {
  const o = await getDoc<Opinion>(ctx.sql, 'opinions', ctx.tenant, id, lock);
  // Others get 404, not 403: nothing leaks.
  if (!canSeeOpinion(o, ctx)) throw problems.notFound(`opinion ${id}`);
  return o;
}

export const listOpinions: Handler<Routes['listOpinions']> = async (ctx) => {
  const q = ctx.query ?? {};
  const args = pageArgs(q);
  const view = q.view ?? (isStaff(ctx) ? 'all' : 'mine');
  if (view === 'all' && !isStaff(ctx)) throw problems.forbidden('only office staff see all opinions');
  const rows = await ctx.sql.query<{ doc: Opinion }>(
    `select doc from opinions where tenant = $1 and ($2::boolean or reporter_member_id = $3::text) and ($4::text is null or status = $4)
       and ($5::text is null or doc->>'categoryCode' = $5) and ($6::text is null or doc->>'title' like $6)
       and ($9::text is null or doc->>'journalIssue' = $9)
     order by updated_at desc, id limit $7 offset $8`,
    [
      ctx.tenant,
      view === 'all',
      ctx.principal?.memberId ?? '',
      q.status ?? null,
      q.category ?? null,
      q.q ? likePattern(q.q) : null,
      args.limit + 1,
      args.offset,
      q.journalIssue ?? null,
    ],
  );
  return page(
    rows.map((r) => opinionSummary(r.doc)),
    args,
  );
};

export const getOpinion: Handler<Routes['getOpinion']> = async (ctx) => load(ctx, ctx.params.id);

export const opinionAction: Handler<Routes['opinionAction']> = async (ctx) => {
  const current = await load(ctx, ctx.params.id, true);
  const body = ctx.body;
  refuseIf(checkOpinionAction(current, body, ctx));
  const saved = applyOpinionAction(current, body, ctx, body.action === 'reply' ? { replyId: newId('or') } : {});
  await save(ctx, saved);
  await ctx.audit({ entity: 'opinion', entityId: saved.id, action: body.action, from: current.status, to: saved.status });
  return saved;
};
