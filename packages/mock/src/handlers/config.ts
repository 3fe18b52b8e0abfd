/** County configuration and the lists widgets pick from. */
import type { Routes } from '@tongxin/core';
import type { MockHandler } from '../context.js';
import { MockProblem, page, pageArgs } from '../util.js';
import { matches } from './shared.js';

export const getConfig: MockHandler<Routes['getConfig']> = (ctx) => ctx.config;

export const putConfig: MockHandler<Routes['putConfig']> = (ctx) => {
  if (ctx.body.tenant !== ctx.tenant)
    throw new MockProblem('validation_failed', 422, {
      issues: [{ path: ['body', 'tenant'], code: 'invalid_value', message: 'tenant must match the path' }],
    });
  ctx.db.config = ctx.body;
  ctx.audit({ entity: 'config', entityId: ctx.tenant, action: 'update' });
  return ctx.body;
};

export const listDivisions: MockHandler<Routes['listDivisions']> = (ctx) => {
  const parent = ctx.query?.parent;
  return ctx.db.divisions
    .filter((d) => (parent ? d.parent === parent : d.level === 'prefecture' || d.level === 'county'))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
};

export const listMembers: MockHandler<Routes['listMembers']> = (ctx) => {
  const q = ctx.query ?? {};
  const members = ctx.db
    .all('members')
    .filter((m) => matches(m.name, q.q) && (q.sector === undefined || m.sectorCode === q.sector))
    .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
  return page(members, pageArgs(q));
};

export const listUnits: MockHandler<Routes['listUnits']> = (ctx) => ctx.config.units;
