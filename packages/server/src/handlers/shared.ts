/** Pieces several handlers use: attachments referenced by id, roles. */
import type { Attachment } from '@tongxin/core';
import type { Ctx } from '../context.js';
import { problems } from '../problem.js';

export { hasRole, isStaff } from '@tongxin/core/workflow';

/** Resolves uploaded attachment ids (in order); unknown ids or another user's files are refused. */
export async function resolveAttachments(ctx: Ctx, ids: readonly string[] | undefined, path: (string | number)[]): Promise<Attachment[]> {
  if (!ids || ids.length === 0) return [];
  const rows = await ctx.sql.query<Omit<Attachment, 'url'> & { owner: string }>(
    'select id, name, type, size, sha256, owner from attachments where tenant = $1 and id = any($2::text[])',
    [ctx.tenant, [...ids]],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const me = ctx.principal?.id ?? 'anonymous';
  return ids.map((id, i) => {
    const row = byId.get(id);
    if (!row || (row.owner !== me && row.owner !== 'anonymous'))
      throw problems.invalid([...path, i], 'invalid_value', `附件 ${id} 不存在或不属于您`);
    return {
      id: row.id,
      name: row.name,
      type: row.type,
      size: Number(row.size),
      sha256: row.sha256,
      url: `/v1/${ctx.tenant}/attachments/${row.id}`,
    };
  });
}
