/** County configuration and the lists widgets pick from. */
import type { Division, Member, Routes } from '@tongxin/core';
import type { Handler } from '../context.js';
import { ProblemError } from '../problem.js';
import { likePattern, page, pageArgs } from '../repo.js';

export const getConfig: Handler<Routes['getConfig']> = async (ctx) => ctx.config;

export const putConfig: Handler<Routes['putConfig']> = async (ctx) => {
  if (ctx.body.tenant !== ctx.tenant)
    throw new ProblemError('validation_failed', 422, {
      issues: [{ path: ['body', 'tenant'], code: 'invalid_value', message: 'tenant must match the path' }],
    });
  await ctx.sql.query('update tenants set config = $2::jsonb, updated_at = now() where code = $1', [ctx.tenant, ctx.body]);
  await ctx.audit({ entity: 'config', entityId: ctx.tenant, action: 'update' });
  ctx.services.invalidateConfig(ctx.tenant);
  return ctx.body;
};

export const listDivisions: Handler<Routes['listDivisions']> = async (ctx) => {
  const parent = ctx.query?.parent ?? null;
  const rows = await ctx.sql.query<{ code: string; name: string; parent: string | null; level: Division['level'] }>(
    `select code, name, parent, level from divisions where tenant = $1 and ${parent ? 'parent = $2' : "level in ('prefecture', 'county') and $2::text is null"} order by code`,
    [ctx.tenant, parent],
  );
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, ...(r.parent && { parent: r.parent }) }));
};

export const listMembers: Handler<Routes['listMembers']> = async (ctx) => {
  const args = pageArgs(ctx.query);
  const rows = await ctx.sql.query<{ doc: Member }>(
    `select doc from members where tenant = $1 and ($2::text is null or name like $2) and ($3::text is null or sector_code = $3)
     order by name, id limit $4 offset $5`,
    [ctx.tenant, ctx.query?.q ? likePattern(ctx.query.q) : null, ctx.query?.sector ?? null, args.limit + 1, args.offset],
  );
  return page(
    rows.map((r) => r.doc),
    args,
  );
};

export const listUnits: Handler<Routes['listUnits']> = async (ctx) => ctx.config.units;
