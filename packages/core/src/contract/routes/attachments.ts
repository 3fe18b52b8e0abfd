/** Attachments: uploaded once as raw bytes, then referenced by id from submissions. */
import * as z from 'zod/mini';
import { Attachment, text } from '../common.js';
import { byId, define } from './define.js';

export const uploadAttachment = define({
  method: 'POST',
  path: '/v1/{tenant}/attachments',
  tag: 'attachments',
  auth: 'public',
  query: z.object({ name: text(255, 1) }),
  body: 'binary',
  response: Attachment,
  status: 201,
  idempotent: true,
});
export const getAttachment = define({
  method: 'GET',
  path: '/v1/{tenant}/attachments/{id}',
  tag: 'attachments',
  auth: 'public',
  params: byId,
  response: 'binary',
  status: 200,
  idempotent: false,
});
