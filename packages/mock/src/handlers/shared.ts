/** Pieces several handlers use: attachments referenced by id, histories, roles. */
import type { Attachment, StatusChange } from '@tongxin/core';
import type { MockCtx } from '../context.js';
import { isoChina, problems } from '../util.js';

/** Resolves uploaded attachment ids (in order); unknown ids and other users' files are refused. */
export function resolveAttachments(ctx: MockCtx, ids: readonly string[] | undefined, path: (string | number)[]): Attachment[] {
  const me = ctx.principal?.id ?? 'anonymous';
  return (ids ?? []).map((id, i) => {
    const stored = ctx.db.get('attachments', id);
    if (!stored || (stored.owner !== me && stored.owner !== 'anonymous'))
      throw problems.invalid([...path, i], 'invalid_value', `附件 ${id} 不存在或不属于您`);
    return { ...stored.attachment, url: `/v1/${ctx.tenant}/attachments/${id}` };
  });
}

/** A history entry for a state change by the caller. */
export function change(
  ctx: MockCtx,
  action: string,
  from: string | undefined,
  to: string,
  extra: Pick<StatusChange, 'note' | 'reasonCode'> = {},
): StatusChange {
  return {
    at: isoChina(ctx.now),
    action,
    ...(from !== undefined && { from }),
    to,
    actor: ctx.actor,
    ...(extra.note !== undefined && { note: extra.note }),
    ...(extra.reasonCode !== undefined && { reasonCode: extra.reasonCode }),
  };
}

/** Whether the caller has one of these roles. */
export const hasRole = (ctx: MockCtx, ...roles: string[]) => Boolean(ctx.principal?.roles.some((r) => roles.includes(r)));
/** Office staff or an administrator. */
export const isStaff = (ctx: MockCtx) => hasRole(ctx, 'staff', 'admin');
/** Whether `text` contains `q` (the server's `LIKE '%q%'`, case-sensitive). */
export const matches = (text: string | undefined, q: string | undefined) => q === undefined || (text ?? '').includes(q);
