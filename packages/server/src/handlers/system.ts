/** Health, the dev login, the current user and the audit log. */
import type { AuditEntry, DemoAccount, Routes, User } from '@tongxin/core';
import type { Handler } from '../context.js';
import { ProblemError, problems } from '../problem.js';
import { isoChina, page, pageArgs } from '../repo.js';

type StoredUser = { account: string; label: DemoAccount['label']; user: User };

export const health: Handler<Routes['health']> = async (ctx) => ({
  status: 'ok',
  version: ctx.services.version,
  database: ctx.services.database,
});

export const listDemoAccounts: Handler<Routes['listDemoAccounts']> = async (ctx) => {
  if (!ctx.services.devLogin) return [];
  const rows = await ctx.sql.query<{ doc: StoredUser }>('select doc from users where tenant = $1 order by account', [ctx.tenant]);
  return rows.map(({ doc }) => ({ account: doc.account, label: doc.label, roles: doc.user.roles }));
};

export const devLogin: Handler<Routes['devLogin']> = async (ctx) => {
  if (!ctx.services.devLogin)
    throw new ProblemError('forbidden', 403, { detail: 'dev login is off; start the server with --dev-login (never in production)' });
  const [row] = await ctx.sql.query<{ doc: StoredUser }>('select doc from users where tenant = $1 and account = $2', [
    ctx.tenant,
    ctx.body.account,
  ]);
  if (!row) throw problems.notFound(`no demo account "${ctx.body.account}"`);
  const { token, expiresAt } = await ctx.services.signDevToken(row.doc.user);
  return { token, user: row.doc.user, expiresAt: isoChina(expiresAt) };
};

export const getMe: Handler<Routes['getMe']> = async (ctx) => ctx.principal!;

export const listAudit: Handler<Routes['listAudit']> = async (ctx) => {
  const args = pageArgs(ctx.query);
  const q = ctx.query ?? {};
  const rows = await ctx.sql.query<{
    id: string;
    at: Date;
    actor: AuditEntry['actor'];
    entity: AuditEntry['entity'];
    entity_id: string;
    action: string;
    from_state: string | null;
    to_state: string | null;
    note: string | null;
  }>(
    `select id, at, actor, entity, entity_id, action, from_state, to_state, note from audit_log
     where tenant = $1 and ($2::text is null or entity = $2) and ($3::text is null or entity_id = $3) and ($4::date is null or at >= $4::date)
     order by id desc limit $5 offset $6`,
    [ctx.tenant, q.entity ?? null, q.entityId ?? null, q.since ?? null, args.limit + 1, args.offset],
  );
  return page(
    rows.map((r) => ({
      id: `a${r.id}`,
      at: isoChina(new Date(r.at)),
      actor: r.actor,
      entity: r.entity,
      entityId: r.entity_id,
      action: r.action,
      ...(r.from_state !== null && { from: r.from_state }),
      ...(r.to_state !== null && { to: r.to_state }),
      ...(r.note !== null && { note: r.note }),
    })),
    args,
  );
};
