/** 委员工作站 routes: the public list and detail, and staff editing. */
import * as z from 'zod/mini';
import { Code, PageQuery, page, text, Version } from '../common.js';
import { Workstation, WorkstationInput, WorkstationType } from '../workstation.js';
import { byId, define, staff } from './define.js';

/** Replacing a workstation: the new content and the version last seen. */
export const WorkstationReplace = z.object({ version: Version, station: WorkstationInput });
export type WorkstationReplace = z.infer<typeof WorkstationReplace>;

export const listWorkstations = define({
  method: 'GET',
  path: '/v1/{tenant}/workstations',
  tag: 'workstations',
  auth: 'public',
  query: z.object({
    division: z.optional(z.string().check(z.regex(/^\d{2,12}$/))),
    type: z.optional(WorkstationType),
    sector: z.optional(Code),
    q: z.optional(text(64)),
    ...PageQuery,
  }),
  response: page(Workstation),
  status: 200,
  idempotent: false,
});
export const getWorkstation = define({
  method: 'GET',
  path: '/v1/{tenant}/workstations/{id}',
  tag: 'workstations',
  auth: 'public',
  params: byId,
  response: Workstation,
  status: 200,
  idempotent: false,
});
export const createWorkstation = define({
  method: 'POST',
  path: '/v1/{tenant}/workstations',
  tag: 'workstations',
  auth: staff,
  body: WorkstationInput,
  response: Workstation,
  status: 201,
  idempotent: true,
});
export const replaceWorkstation = define({
  method: 'PUT',
  path: '/v1/{tenant}/workstations/{id}',
  tag: 'workstations',
  auth: staff,
  params: byId,
  body: WorkstationReplace,
  response: Workstation,
  status: 200,
  idempotent: false,
});
