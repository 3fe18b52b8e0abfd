/** Attachments: raw uploads (anyone may attach photos to an opinion), downloads for who may see them. */
import { createHash } from 'node:crypto';
import type { Proposal, Routes } from '@tongxin/core';
import { mayReadProposalAttachment } from '@tongxin/core/workflow';
import type { Ctx, Handler } from '../context.js';
import { ProblemError, problems } from '../problem.js';
import { newId } from '../repo.js';

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
  // Staff, units and the uploader may read any attachment; others what is linked publicly, and
  // members the files of proposals they put or co-signed (a reply letter's scan included).
  const insider = ctx.principal?.roles.some((r) => r === 'staff' || r === 'admin' || r === 'unit');
  if (!insider && row.owner !== (ctx.principal?.id ?? '\u0000')) {
    const [linked] = await ctx.sql.query(
      `select 1 from workstations where tenant = $1 and doc->'photos' @> jsonb_build_array(jsonb_build_object('id', $2::text))
       union all select 1 from tasks where tenant = $1 and (doc->>'public')::boolean and doc->'updates' @> jsonb_build_array(jsonb_build_object('public', true, 'attachments', jsonb_build_array(jsonb_build_object('id', $2::text))))
       limit 1`,
      [ctx.tenant, ctx.params.id],
    );
    if (!linked && !(await linkedToProposal(ctx, ctx.params.id))) throw problems.notFound();
  }
  return { binary: new Uint8Array(row.data), type: row.type, name: row.name };
};

/** Whether the caller may read the file through a proposal they may see (its own files, or its replies' letters). */
async function linkedToProposal(ctx: Ctx, id: string): Promise<boolean> {
  const memberId = ctx.principal?.memberId;
  if (!memberId) return false;
  const rows = await ctx.sql.query<{ doc: Proposal }>(
    `select doc from proposals where tenant = $1
       and (proposer_member_id = $3 or doc->'cosigners' @> jsonb_build_array(jsonb_build_object('memberId', $3::text)))
       and (doc->'attachments' @> jsonb_build_array(jsonb_build_object('id', $2::text))
         or doc->'replies' @> jsonb_build_array(jsonb_build_object('attachments', jsonb_build_array(jsonb_build_object('id', $2::text)))))
     limit 20`,
    [ctx.tenant, id, memberId],
  );
  return rows.some((r) => mayReadProposalAttachment(r.doc, id, ctx));
}
