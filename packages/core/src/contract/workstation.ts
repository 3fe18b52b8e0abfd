/** 委员工作站 — member workstations in villages, communities, streets and sectors. */
import * as z from 'zod/mini';
import {
  Attachment,
  Code,
  Count,
  DivisionCode,
  GeoPoint,
  Id,
  LocalDate,
  OfficePhone,
  TenantCode,
  Timestamp,
  text,
  Version,
} from './common.js';

/** Kinds of workstations: 界别, 街道(乡镇), 村(社区), 园区·楼宇, 两代表一委员. */
export const WorkstationType = z.enum(['sector', 'street', 'village', 'park', 'joint']);
export type WorkstationType = z.infer<typeof WorkstationType>;

/** A time slot on duty (接待日), weekday 1 = Monday … 7 = Sunday, times `HH:MM` in Beijing time. */
export const DutySlot = z.object({
  weekday: z.int().check(z.gte(1), z.lte(7)),
  start: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  end: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
});

const fields = {
  name: text(100, 1),
  type: WorkstationType,
  /** Where it is: a 12-digit village/community code (or 6-digit for county-level stations). */
  divisionCode: DivisionCode,
  address: text(200, 1),
  /** Coordinates with their declared CRS; stored as given, converted only for display. */
  location: z.optional(GeoPoint),
  /** Host organisation (承建单位). */
  host: z.optional(text(100)),
  /** The office's phone — never a member's personal number. */
  officePhone: z.optional(OfficePhone),
  /** Sectors served (for sector stations). */
  sectorCodes: z.array(Code),
  /** Stationed members (public profile only). */
  members: z.array(z.object({ memberId: z.optional(Id), name: text(64, 1), sectorCode: z.optional(Code) })).check(z.maxLength(200)),
  duty: z.object({ slots: z.array(DutySlot).check(z.maxLength(21)), note: z.optional(text(200)) }),
  services: z.array(text(100, 1)).check(z.maxLength(30)),
  activities: z.array(z.object({ date: LocalDate, title: text(200, 1), summary: z.optional(text(2000)) })).check(z.maxLength(100)),
};

/** A workstation as the server returns it (public data). */
export const Workstation = z.object({
  id: Id,
  tenant: TenantCode,
  ...fields,
  photos: z.array(Attachment),
  /** 社情民意 items collected through this station. */
  opinionCount: Count,
  updatedAt: Timestamp,
  version: Version,
});
export type Workstation = z.infer<typeof Workstation>;

/** Creating or replacing a workstation (staff). */
export const WorkstationInput = z.object({
  ...fields,
  photoIds: z.optional(z.array(Id).check(z.maxLength(12))),
});
export type WorkstationInput = z.infer<typeof WorkstationInput>;
