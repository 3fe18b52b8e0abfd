/** Form definitions: read the published version, save new versions, publish. */
import * as z from 'zod/mini';
import { Code } from '../common.js';
import { FormDefinition, FormSummary, FormVersion } from '../form.js';
import { define, intParam, staff } from './define.js';

export const listForms = define({
  method: 'GET',
  path: '/v1/{tenant}/forms',
  tag: 'forms',
  auth: staff,
  response: z.array(FormSummary),
  status: 200,
  idempotent: false,
});
export const getForm = define({
  method: 'GET',
  path: '/v1/{tenant}/forms/{formId}',
  tag: 'forms',
  auth: 'public',
  params: z.object({ formId: Code }),
  query: z.object({ version: z.optional(intParam(1, 1_000_000)) }),
  response: FormVersion,
  status: 200,
  idempotent: false,
});
export const saveForm = define({
  method: 'POST',
  path: '/v1/{tenant}/forms',
  tag: 'forms',
  auth: staff,
  body: FormDefinition,
  response: FormVersion,
  status: 201,
  idempotent: true,
});
export const publishForm = define({
  method: 'POST',
  path: '/v1/{tenant}/forms/{formId}/versions/{version}/publish',
  tag: 'forms',
  auth: staff,
  params: z.object({ formId: Code, version: intParam(1, 1_000_000) }),
  response: FormVersion,
  status: 200,
  idempotent: false,
});
