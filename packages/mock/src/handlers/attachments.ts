/** Attachments: raw uploads (anyone may attach photos to an opinion), downloads for those who may see them. */
import type { Routes } from '@tongxin/core';
import { mayReadProposalAttachment, mayReadTaskAttachment } from '@tongxin/core/workflow';
import type { MockHandler } from '../context.js';
import { MockProblem, newId, problems } from '../util.js';
import { isStaff } from './shared.js';

/** File types the server accepts: photos and office documents. */
const ACCEPTED =
  /^(image\/(jpeg|png|webp|gif|heic|heif)|application\/pdf|application\/msword|application\/vnd\.openxmlformats-officedocument\.[a-z.]+|application\/vnd\.ms-excel|text\/plain|application\/ofd|application\/octet-stream)$/;

export const uploadAttachment: MockHandler<Routes['uploadAttachment']> = (ctx) => {
  const type = ctx.contentType.split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED.test(type)) throw new MockProblem('unsupported_media_type', 415, { detail: `files of type ${type} are not accepted` });
  const attachment = { id: newId('att'), name: ctx.query.name, type, size: ctx.body.byteLength, sha256: ctx.sha256 };
  ctx.db.put('attachments', attachment.id, { attachment, data: ctx.body, owner: ctx.principal?.id ?? 'anonymous' });
  ctx.audit({ entity: 'attachment', entityId: attachment.id, action: 'upload' });
  return { ...attachment, url: `/v1/${ctx.tenant}/attachments/${attachment.id}` };
};

export const getAttachment: MockHandler<Routes['getAttachment']> = (ctx) => {
  const id = ctx.params.id;
  const stored = ctx.db.get('attachments', id);
  if (!stored) throw problems.notFound();
  // Staff and the uploader may read any attachment; others what is linked publicly, and what they
  // see through a record: members the files of proposals they put or co-signed (a reply letter's
  // scan included), units those of the proposals and tasks they handle. An opinion's photos are
  // staff's alone. Everyone else gets 404, so that nothing says the file exists.
  const linked = () =>
    ctx.db.all('workstations').some((w) => w.photos.some((p) => p.id === id)) ||
    ctx.db.all('tasks').some((t) => mayReadTaskAttachment(t, id, ctx)) ||
    ctx.db.all('proposals').some((p) => mayReadProposalAttachment(p, id, ctx));
  if (!isStaff(ctx) && stored.owner !== ctx.principal?.id && !linked()) throw problems.notFound();
  return { binary: stored.data, type: stored.attachment.type, name: stored.attachment.name };
};
