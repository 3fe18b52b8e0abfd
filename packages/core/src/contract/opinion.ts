/** 社情民意 — opinions from citizens and members, tracked by code + query password. */
import * as z from 'zod/mini';
import {
  Actor,
  Attachment,
  Code,
  ConsentRecord,
  DivisionCode,
  ExtraAnswers,
  evenWithIssues,
  FormRef,
  GeoPoint,
  Id,
  LocalDate,
  MobileNumber,
  PublishConsent,
  StatusChange,
  TenantCode,
  Timestamp,
  text,
  Version,
} from './common.js';

/**
 * Where an opinion is: submitted (待受理) → received (已受理) | not_accepted (不予受理) → editing →
 * edited (编入《社情民意》) → reported (报送) → adopted (采用) | instructed (获领导批示); archived (留存)
 * when not used. Closed when handling ends.
 */
export const OpinionStatus = z.enum([
  'submitted',
  'received',
  'not_accepted',
  'editing',
  'edited',
  'reported',
  'adopted',
  'instructed',
  'archived',
  'closed',
]);
export type OpinionStatus = z.infer<typeof OpinionStatus>;

/** 追踪码: 12 characters of Crockford base32 in three groups (60 random bits), e.g. `7K3M-9QX2-BD4H`. */
export const TrackingCode = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/));
/**
 * Normalises a tracking code as people type it: full-width characters, lower case, spaces, missing
 * dashes, and the letters Crockford base32 leaves out (I, L → 1; O → 0).
 * @example normalizeTrackingCode('7k3m 9qx2 bd4h') // '7K3M-9QX2-BD4H'
 */
export function normalizeTrackingCode(input: string): string {
  const raw = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return raw.length === 12 ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}` : raw;
}

/** 查询密码 given once on submission (stored hashed on the server). */
export const QueryPassword = z.string().check(z.regex(/^[0-9A-Za-z]{6,32}$/));

/** Who reports: anonymous, or named with contact details (per county policy). */
export const Reporter = z
  .object({
    anonymous: z.boolean(),
    name: z.optional(text(64)),
    phone: z.optional(MobileNumber),
    /** 单位 and 职务. */
    organization: z.optional(text(100)),
    position: z.optional(text(64)),
    /** 身份: CPPCC member, democratic party / federation member, or other. */
    identity: z.optional(z.enum(['member', 'party_or_federation', 'other'])),
    memberId: z.optional(Id),
  })
  .check(
    z.refine((r) => r.anonymous !== false || (typeof r.name === 'string' && r.name.length > 0), {
      message: 'required',
      path: ['name'],
      params: { code: 'required' },
      ...evenWithIssues,
    }),
  );
export type Reporter = z.infer<typeof Reporter>;

/** Where the matter is. */
export const OpinionLocation = z.object({
  divisionCode: z.optional(DivisionCode),
  address: z.optional(text(200)),
  point: z.optional(GeoPoint),
});

const content = {
  /** 标题. */
  title: text(100, 1),
  /** 情况反映. */
  situation: text(10000, 1),
  /** 原因分析. */
  analysis: z.optional(text(10000)),
  /** 意见建议. */
  suggestions: z.optional(text(10000)),
  categoryCode: z.optional(Code),
  /** 联名人 (names only). */
  cosignerNames: z.optional(z.array(text(64, 1)).check(z.maxLength(20))),
  location: z.optional(OpinionLocation),
  /** Set when sent to a specific workstation from the map. */
  workstationId: z.optional(Id),
  publish: PublishConsent,
  form: z.optional(FormRef),
  extra: z.optional(ExtraAnswers),
};

/** What a citizen or member submits. */
export const OpinionInput = z.object({
  ...content,
  reporter: Reporter,
  attachmentIds: z.optional(z.array(Id).check(z.maxLength(9))),
  /** Consent to the county's personal-data notice (required when personal data is given). */
  privacyConsent: z.optional(ConsentRecord),
});
export type OpinionInput = z.infer<typeof OpinionInput>;

/** Returned once on submission: keep the code and password to look the opinion up later. */
export const OpinionReceipt = z.object({
  id: Id,
  trackingCode: TrackingCode,
  queryPassword: QueryPassword,
  status: OpinionStatus,
  createdAt: Timestamp,
  /** When a first answer is promised (county's working-day limit). */
  dueDate: LocalDate,
});
export type OpinionReceipt = z.infer<typeof OpinionReceipt>;

/** Uptake of an opinion at one level (县/市/省/全国): reported, adopted, instructed. */
export const OpinionUptake = z.object({
  /** A code from the county's report levels. */
  level: Code,
  reportedAt: z.optional(Timestamp),
  /** 采用 as a single item or within a combined report. */
  adoption: z.optional(z.enum(['single', 'combined'])),
  adoptedAt: z.optional(Timestamp),
  /** 领导批示. */
  instructions: z.array(z.object({ by: text(64, 1), text: text(2000, 1), at: LocalDate })),
});
export type OpinionUptake = z.infer<typeof OpinionUptake>;

/** A reply to the reporter; only `public` ones are shown through the status lookup. */
export const OpinionReply = z.object({
  id: Id,
  at: Timestamp,
  text: text(10000, 1),
  /** Name of the office or unit that replied. */
  from: text(100, 1),
  public: z.boolean(),
});

/** The full opinion, for staff and for the member who reported it. */
export const Opinion = z.object({
  id: Id,
  tenant: TenantCode,
  trackingCode: TrackingCode,
  ...content,
  reporter: Reporter,
  attachments: z.array(Attachment),
  privacyConsent: z.optional(ConsentRecord),
  status: OpinionStatus,
  history: z.array(StatusChange),
  /** 核稿 — the edited text used in the journal. */
  edited: z.optional(z.object({ title: text(100, 1), body: text(20000, 1), by: Actor, at: Timestamp })),
  /** Issue of the county's 《社情民意》 journal it went into, e.g. 2026年第12期. */
  journalIssue: z.optional(text(40)),
  uptake: z.array(OpinionUptake),
  replies: z.array(OpinionReply),
  dueDate: LocalDate,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Opinion = z.infer<typeof Opinion>;

/** What the reporter sees by tracking code + password: no internal fields, no other people's data. */
export const OpinionPublicView = z.object({
  trackingCode: TrackingCode,
  title: text(100, 1),
  categoryCode: z.optional(Code),
  status: OpinionStatus,
  submittedAt: Timestamp,
  dueDate: LocalDate,
  timeline: z.array(z.object({ at: Timestamp, status: OpinionStatus, note: z.optional(text(2000)) })),
  replies: z.array(OpinionReply),
  uptake: z.array(z.object({ level: Code, adopted: z.boolean(), instructed: z.boolean() })),
});
export type OpinionPublicView = z.infer<typeof OpinionPublicView>;

/** One row of an opinion list (staff). */
export const OpinionSummary = z.object({
  id: Id,
  trackingCode: TrackingCode,
  title: text(100, 1),
  status: OpinionStatus,
  categoryCode: z.optional(Code),
  anonymous: z.boolean(),
  /** Issue of the 《社情民意》 journal it went into. */
  journalIssue: z.optional(text(40)),
  dueDate: LocalDate,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type OpinionSummary = z.infer<typeof OpinionSummary>;

/** Lookup request: both parts are needed (rate-limited on the server). */
export const OpinionLookup = z.object({
  trackingCode: z.pipe(z.string().check(z.maxLength(40), z.overwrite(normalizeTrackingCode)), TrackingCode),
  password: QueryPassword,
});

const expected = { expectedVersion: z.optional(Version) };

/** Staff steps for opinions; illegal ones get a 409 naming the allowed ones. */
export const OpinionAction = z.discriminatedUnion('action', [
  z.object({ ...expected, action: z.literal('receive') }),
  z.object({ ...expected, action: z.literal('not_accept'), reasonCode: z.optional(Code), note: text(2000, 1) }),
  z.object({ ...expected, action: z.literal('start_editing') }),
  z.object({ ...expected, action: z.literal('edit'), title: text(100, 1), body: text(20000, 1), journalIssue: z.optional(text(40)) }),
  /** 编入刊期: put an edited opinion into an issue of the journal (staff select several and compile them in one go). */
  z.object({ ...expected, action: z.literal('compile'), journalIssue: text(40, 1) }),
  z.object({ ...expected, action: z.literal('report'), level: Code }),
  z.object({ ...expected, action: z.literal('record_adoption'), level: Code, adoption: z.enum(['single', 'combined']) }),
  z.object({ ...expected, action: z.literal('record_instruction'), level: Code, by: text(64, 1), text: text(2000, 1), at: LocalDate }),
  z.object({ ...expected, action: z.literal('reply'), text: text(10000, 1), public: z.boolean() }),
  z.object({ ...expected, action: z.literal('archive'), note: z.optional(text(2000)) }),
  z.object({ ...expected, action: z.literal('close') }),
]);
export type OpinionAction = z.infer<typeof OpinionAction>;
