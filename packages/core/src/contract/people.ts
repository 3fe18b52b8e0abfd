/** People and organisations: signed-in users, CPPCC members, handling units. */
import * as z from 'zod/mini';
import { Code, DivisionCode, Id, LocalizedText, Role, TenantCode, text } from './common.js';

/** A CPPCC member's public profile (never their personal phone or ID number). */
export const Member = z.object({
  id: Id,
  name: text(64, 1),
  /** 界别 — the member's sector, a code from the county's sector list. */
  sectorCode: z.optional(Code),
  /** 组别 — the member's group within the committee. */
  group: z.optional(text(64)),
  /** Party or group affiliation as shown publicly (中共, 民革, 无党派…). */
  affiliation: z.optional(text(64)),
  /** Where the member is stationed (12-digit village/community or 6-digit county code). */
  divisionCode: z.optional(DivisionCode),
  /** Workstations the member serves in. */
  workstationIds: z.optional(z.array(Id)),
});
export type Member = z.infer<typeof Member>;

/** Kinds of handling units (承办单位). */
export const UnitKind = z.enum(['party', 'government', 'npc', 'cppcc', 'court', 'procuratorate', 'organization', 'other']);

/** A handling unit (承办单位): a department that answers proposals and carries out tasks. */
export const HandlingUnit = z.object({
  id: Id,
  name: text(100, 1),
  kind: UnitKind,
  /** Short name used in lists (e.g. 市住建局). */
  shortName: z.optional(text(30)),
  /** Whether the unit still receives new assignments. */
  active: z.boolean(),
});
export type HandlingUnit = z.infer<typeof HandlingUnit>;

/** The signed-in user as the server sees them (from the verified token). */
export const User = z.object({
  id: Id,
  name: text(64, 1),
  tenant: TenantCode,
  roles: z.array(Role),
  /** Set when the user is a CPPCC member. */
  memberId: z.optional(Id),
  /** Set when the user is a handling unit's officer (`unit` role). */
  unitId: z.optional(Id),
});
export type User = z.infer<typeof User>;

/** One division in the county's tree (for the division picker). */
export const Division = z.object({
  code: DivisionCode,
  name: text(64, 1),
  /** The parent's code; absent for the county itself. */
  parent: z.optional(DivisionCode),
  level: z.enum(['province', 'prefecture', 'county', 'town', 'village']),
});
export type Division = z.infer<typeof Division>;

/** Kinds of people the dev login can impersonate (seeded demo accounts). */
export const DemoAccount = z.object({
  account: z.string().check(z.minLength(1), z.maxLength(64)),
  label: LocalizedText,
  roles: z.array(Role),
});
export type DemoAccount = z.infer<typeof DemoAccount>;
