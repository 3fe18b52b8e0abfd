/** Attachments: raw uploads (anyone may attach photos to an opinion), downloads for who may see them. */
import { createHash } from 'node:crypto';
import type { Proposal, Routes, Task } from '@tongxin/core';
import { mayReadProposalAttachment, mayReadTaskAttachment } from '@tongxin/core/workflow';
import type { Ctx, Handler } from '../context.js';
import { ProblemError, problems } from '../problem.js';
import { newId } from '../repo.js';
import { hasRole, isStaff } from './shared.js';

/** File types we accept: photos and office documents. */
const ACCEPTED =
  /^(image\/(jpeg|png|webp|gif|heic|heif)|application\/pdf|application\/msword|application\/vnd\.openxmlformats-officedocument\.[a-z.]+|application\/vnd\.ms-excel|text\/plain|application\/ofd|application\/octet-stream)$/;

export const uploadAttachment: Handler<Routes['uploadAttachment']> = async (ctx) => {
  const type = ctx.contentType.split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED.test(type)) throw new ProblemError('unsupported_media_type', 415, { detail: `files of type ${type} are not accepted` });
  const data = ctx.body;
  const id = newId('att');
  const sha256 = createHash('sha256').update(data).digest('hex');
  const owner = ctx.principal?.id ?? 'anonymous';
  await ctx.sql.query(
    'insert into attachments (tenant, id, name, type, size, sha256, data, owner) values ($1, $2, $3, $4, $5, $6, $7, $8)',
    [ctx.tenant, id, ctx.query.name, type, data.byteLength, sha256, data, owner],
  );
  await ctx.audit({ entity: 'attachment', entityId: id, action: 'upload' });
  return { id, name: ctx.query.name, type, size: data.byteLength, sha256, url: `/v1/${ctx.tenant}/attachments/${id}` };
};

export const getAttachment: Handler<Routes['getAttachment']> = async (ctx) => {
  const [row] = await ctx.sql.query<{ name: string; type: string; data: Uint8Array; owner: string }>(
    'select name, type, data, owner from attachments where tenant = $1 and id = $2',
    [ctx.tenant, ctx.params.id],
  );
  if (!row) throw problems.notFound();
  // Staff and the uploader may read any attachment; others what is linked publicly, and what they
  // see through a record: members the files of proposals they put or co-signed (a reply letter's
  // scan included), units those of the proposals and tasks they handle. An opinion's photos are
  // staff's alone. Everyone else gets 404, so that nothing says the file exists.
  if (!isStaff(ctx) && row.owner !== (ctx.principal?.id ?? '\u0000')) {
    const id = ctx.params.id;
    const [photo] = await ctx.sql.query(
      `select 1 from workstations where tenant = $1 and doc->'photos' @> jsonb_build_array(jsonb_build_object('id', $2::text)) limit 1`,
      [ctx.tenant, id],
    );
    if (!photo && !(await linkedToTask(ctx, id)) && !(await linkedToProposal(ctx, id))) throw problems.notFound();
  }
  return { binary: new Uint8Array(row.data), type: row.type, name: row.name };
};

/** Whether the caller may read the file through a task's progress update (a public one, or as one of its units). */
async function linkedToTask(ctx: Ctx, id: string): Promise<boolean> {
  const unitId = hasRole(ctx, 'unit') ? (ctx.principal?.unitId ?? null) : null;
  // Narrowed to public tasks and the caller's unit's; the shared rule decides.
  const rows = await ctx.sql.query<{ doc: Task }>(
    `select doc from tasks where tenant = $1
       and ((doc->>'public')::boolean or ($3::text is not null and (doc->'leadUnitIds' ? $3 or doc->'assistingUnitIds' ? $3)))
       and doc->'updates' @> jsonb_build_array(jsonb_build_object('attachments', jsonb_build_array(jsonb_build_object('id', $2::text))))
     limit 20`,
    [ctx.tenant, id, unitId],
  );
  return rows.some((r) => mayReadTaskAttachment(r.doc, id, ctx));
}

/** Whether the caller may read the file through a proposal they may see (its own files, or its replies' letters). */
async function linkedToProposal(ctx: Ctx, id: string): Promise<boolean> {
  const memberId = ctx.principal?.memberId ?? null;
  const unitId = hasRole(ctx, 'unit') ? (ctx.principal?.unitId ?? null) : null;
  if (memberId === null && unitId === null) return false;
  // Narrowed to the caller's proposals here; the shared rule decides.
  const rows = await ctx.sql.query<{ doc: Proposal }>(
    `select doc from proposals where tenant = $1
       and (($3::text is not null and (proposer_member_id = $3
              or doc->'cosigners' @> jsonb_build_array(jsonb_build_object('memberId', $3::text))))
         or ($4::text is not null and doc->'handling'->'units' @> jsonb_build_array(jsonb_build_object('unitId', $4::text))))
       and (doc->'attachments' @> jsonb_build_array(jsonb_build_object('id', $2::text))
         or doc->'replies' @> jsonb_build_array(jsonb_build_object('attachments', jsonb_build_array(jsonb_build_object('id', $2::text)))))
     limit 20`,
    [ctx.tenant, id, memberId, unitId],
  );
  return rows.some((r) => mayReadProposalAttachment(r.doc, id, ctx));
}
