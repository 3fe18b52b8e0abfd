/** 委员工作站: the public list and detail, staff editing. */
import type { Routes, Workstation } from '@tongxin/core';
import type { MockCtx, MockHandler } from '../context.js';
import { found, isoChina, newId, page, pageArgs, problems } from '../util.js';
import { matches, resolveAttachments } from './shared.js';

const load = (ctx: MockCtx, id: string) => found(ctx.db.get('workstations', id), `workstation ${id}`);

export const listWorkstations: MockHandler<Routes['listWorkstations']> = (ctx) => {
  const q = ctx.query ?? {};
  // A division code matches the stations below it: 211103 (a district), 211103001 (a town)…
  const prefix = q.division?.replace(/0+$/, '');
  const stations = ctx.db
    .all('workstations')
    .filter(
      (w) =>
        (prefix === undefined || w.divisionCode.startsWith(prefix)) &&
        (q.type === undefined || w.type === q.type) &&
        (q.sector === undefined || w.sectorCodes.includes(q.sector) || w.members.some((m) => m.sectorCode === q.sector)) &&
        (q.q === undefined || matches(w.name, q.q) || matches(w.address, q.q)),
    )
    .sort((a, b) => (a.divisionCode === b.divisionCode ? (a.id < b.id ? -1 : 1) : a.divisionCode < b.divisionCode ? -1 : 1));
  return page(stations, pageArgs(q, 200), true);
};

export const getWorkstation: MockHandler<Routes['getWorkstation']> = (ctx) => load(ctx, ctx.params.id);

export const createWorkstation: MockHandler<Routes['createWorkstation']> = (ctx) => {
  const { photoIds, ...fields } = ctx.body;
  const station: Workstation = {
    ...fields,
    id: newId('ws'),
    tenant: ctx.tenant,
    photos: resolveAttachments(ctx, photoIds, ['body', 'photoIds']),
    opinionCount: 0,
    updatedAt: isoChina(ctx.now),
    version: 1,
  };
  ctx.db.put('workstations', station.id, station);
  ctx.audit({ entity: 'workstation', entityId: station.id, action: 'create' });
  return station;
};

export const replaceWorkstation: MockHandler<Routes['replaceWorkstation']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  if (current.version !== ctx.body.version) throw problems.conflict(current);
  const { photoIds, ...fields } = ctx.body.station;
  const station: Workstation = {
    ...fields,
    id: current.id,
    tenant: ctx.tenant,
    photos: photoIds ? resolveAttachments(ctx, photoIds, ['body', 'station', 'photoIds']) : current.photos,
    opinionCount: current.opinionCount,
    updatedAt: isoChina(ctx.now),
    version: current.version + 1,
  };
  ctx.db.put('workstations', station.id, station);
  ctx.audit({ entity: 'workstation', entityId: station.id, action: 'update' });
  return station;
};
