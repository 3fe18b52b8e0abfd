/** Health, the dev login, the current user and the audit log. */
import type { Routes } from '@tongxin/core';
import type { MockHandler } from '../context.js';
import { isoChina, MockProblem, page, pageArgs, problems } from '../util.js';

export const health: MockHandler<Routes['health']> = () => ({ status: 'ok', version: 'mock', database: 'none' });

export const listDemoAccounts: MockHandler<Routes['listDemoAccounts']> = (ctx) =>
  ctx.auth.devLogin
    ? ctx.db
        .all('users')
        .map(({ account, label, user }) => ({ account, label, roles: user.roles }))
        .sort((a, b) => (a.account < b.account ? -1 : 1))
    : [];

export const devLogin: MockHandler<Routes['devLogin']> = (ctx) => {
  if (!ctx.auth.devLogin)
    throw new MockProblem('forbidden', 403, { detail: '模拟接口的开发登录已关闭（createMock({ devLogin: false })）' });
  const demo = ctx.db.get('users', ctx.body.account);
  if (!demo) throw problems.notFound(`no demo account "${ctx.body.account}"`);
  const { token, expiresAt } = ctx.auth.issueToken(demo.user, ctx.now);
  return { token, user: demo.user, expiresAt: isoChina(expiresAt) };
};

export const getMe: MockHandler<Routes['getMe']> = (ctx) => ctx.principal!;

export const listAudit: MockHandler<Routes['listAudit']> = (ctx) => {
  const q = ctx.query ?? {};
  const entries = ctx.db.audit
    .filter(
      (a) =>
        (q.entity === undefined || a.entity === q.entity) &&
        (q.entityId === undefined || a.entityId === q.entityId) &&
        (q.since === undefined || a.at.slice(0, 10) >= q.since),
    )
    .reverse();
  return page(entries, pageArgs(q));
};
