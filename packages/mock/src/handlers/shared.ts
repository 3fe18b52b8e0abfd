/** Pieces several handlers use: attachments referenced by id, roles, text search. */
import type { Attachment } from '@tongxin/core';
import type { MockCtx } from '../context.js';
import { problems } from '../util.js';

export { hasRole, isStaff } from '@tongxin/core/workflow';

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

/** Whether `text` contains `q` (the server's `LIKE '%q%'`, case-sensitive). */
export const matches = (text: string | undefined, q: string | undefined) => q === undefined || (text ?? '').includes(q);
