/** 委员工作站: the public list and detail, staff editing. */
import type { Routes, Workstation } from '@tongxin/core';
import type { Handler } from '../context.js';
import { problems } from '../problem.js';
import { getDoc, isoChina, likePattern, newId, page, pageArgs } from '../repo.js';
import { resolveAttachments } from './shared.js';

export const listWorkstations: Handler<Routes['listWorkstations']> = async (ctx) => {
  const q = ctx.query ?? {};
  const args = pageArgs({ ...q, limit: q.limit ?? 200 });
  const params = [
    ctx.tenant,
    q.division ? `${q.division.replace(/0+$/, '')}%` : null,
    q.type ?? null,
    q.sector ?? null,
    q.q ? likePattern(q.q) : null,
  ];
  const where = `tenant = $1 and ($2::text is null or division_code like $2) and ($3::text is null or type = $3)
    and ($4::text is null or doc->'sectorCodes' ? $4 or doc->'members' @> jsonb_build_array(jsonb_build_object('sectorCode', $4::text)))
    and ($5::text is null or doc->>'name' like $5 or doc->>'address' like $5)`;
  const rows = await ctx.sql.query<{ doc: Workstation }>(
    `select doc from workstations where ${where} order by division_code, id limit $6 offset $7`,
    [...params, args.limit + 1, args.offset],
  );
  const [count] = await ctx.sql.query<{ n: number }>(`select count(*)::int as n from workstations where ${where}`, params);
  return page(
    rows.map((r) => r.doc),
    args,
    Number(count?.n ?? 0),
  );
};

export const getWorkstation: Handler<Routes['getWorkstation']> = async (ctx) =>
  getDoc<Workstation>(ctx.sql, 'workstations', ctx.tenant, ctx.params.id);

async function save(
  ctx: Parameters<Handler<Routes['createWorkstation']>>[0] | Parameters<Handler<Routes['replaceWorkstation']>>[0],
  doc: Workstation,
  insert: boolean,
) {
  await ctx.sql.query(
    insert
      ? 'insert into workstations (tenant, id, division_code, type, doc, version, updated_at) values ($1, $2, $3, $4, $5::jsonb, $6, $7)'
      : 'update workstations set division_code = $3, type = $4, doc = $5::jsonb, version = $6, updated_at = $7 where tenant = $1 and id = $2',
    [ctx.tenant, doc.id, doc.divisionCode, doc.type, doc, doc.version, ctx.now],
  );
}

export const createWorkstation: Handler<Routes['createWorkstation']> = async (ctx) => {
  const { photoIds, ...fields } = ctx.body;
  const doc: Workstation = {
    ...fields,
    id: newId('ws'),
    tenant: ctx.tenant,
    photos: await resolveAttachments(ctx, photoIds, ['body', 'photoIds']),
    opinionCount: 0,
    updatedAt: isoChina(ctx.now),
    version: 1,
  };
  await save(ctx, doc, true);
  await ctx.audit({ entity: 'workstation', entityId: doc.id, action: 'create' });
  return doc;
};

export const replaceWorkstation: Handler<Routes['replaceWorkstation']> = async (ctx) => {
  const current = await getDoc<Workstation>(ctx.sql, 'workstations', ctx.tenant, ctx.params.id, true);
  if (current.version !== ctx.body.version) throw problems.conflict(current);
  const { photoIds, ...fields } = ctx.body.station;
  const doc: Workstation = {
    ...fields,
    id: current.id,
    tenant: ctx.tenant,
    photos: photoIds ? await resolveAttachments(ctx, photoIds, ['body', 'station', 'photoIds']) : current.photos,
    opinionCount: current.opinionCount,
    updatedAt: isoChina(ctx.now),
    version: current.version + 1,
  };
  await save(ctx, doc, false);
  await ctx.audit({ entity: 'workstation', entityId: doc.id, action: 'update' });
  return doc;
};
