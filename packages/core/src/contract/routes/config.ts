/** County configuration and the lists widgets pick from (divisions, members, units). */
import * as z from 'zod/mini';
import { Code, PageQuery, page, text } from '../common.js';
import { CountyConfig } from '../config.js';
import { Division, HandlingUnit, Member } from '../people.js';
import { define, insiders, staff } from './define.js';

export const getConfig = define({
  method: 'GET',
  path: '/v1/{tenant}/config',
  tag: 'config',
  auth: 'public',
  response: CountyConfig,
  status: 200,
  idempotent: false,
});
export const putConfig = define({
  method: 'PUT',
  path: '/v1/{tenant}/config',
  tag: 'config',
  auth: staff,
  body: CountyConfig,
  response: CountyConfig,
  status: 200,
  idempotent: false,
});
export const listDivisions = define({
  method: 'GET',
  path: '/v1/{tenant}/divisions',
  tag: 'people',
  auth: 'public',
  query: z.object({ parent: z.optional(z.string().check(z.regex(/^(\d{6}|\d{12})$/))) }),
  response: z.array(Division),
  status: 200,
  idempotent: false,
});
export const listMembers = define({
  method: 'GET',
  path: '/v1/{tenant}/members',
  tag: 'people',
  auth: insiders,
  query: z.object({ q: z.optional(text(64)), sector: z.optional(Code), ...PageQuery }),
  response: page(Member),
  status: 200,
  idempotent: false,
});
export const listUnits = define({
  method: 'GET',
  path: '/v1/{tenant}/units',
  tag: 'people',
  auth: 'public',
  response: z.array(HandlingUnit),
  status: 200,
  idempotent: false,
});
