/**
 * Building blocks shared by every entity of the contract: identifiers, dates, localized text,
 * division codes, coordinates, attachments, paging. Everything here is `zod/mini` so that it can
 * reach a browser bundle at ~5 KB gzip (the classic `zod` entry would add ~90 KB).
 */
import * as z from 'zod/mini';
import { checkDivisionCode } from '../validators/division.js';
import { checkMobile } from '../validators/phone.js';
import type { CheckResult } from '../validators/result.js';
import { codePointLength, normalizeProse } from '../validators/text.js';

import { LOCALES } from './locales.js';

/** A UI / message language. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** A server-assigned identifier (URL-safe). */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
/**
 * JSON Schema `format`s of string schemas that check a format by themselves (kept apart so that
 * the heavier `z.iso.*` schemas stay out of browser bundles); the OpenAPI generator reads it.
 */
export const stringFormats = new WeakMap<object, string>();

/** Whether `YYYY-MM-DD` names a real calendar day (no 30 February). */
const realDate = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** An instant with its UTC offset (ISO 8601, e.g. `2026-03-05T09:30:00+08:00`). */
export const Timestamp = z.string().check(
  z.regex(/^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/, { abort: true }),
  z.refine((s) => realDate(s.slice(0, 10)), { message: 'format', params: { code: 'format' } }),
);
stringFormats.set(Timestamp, 'date-time');
/** A calendar date (ISO 8601 `YYYY-MM-DD`), used for deadlines and duty days. */
export const LocalDate = z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { abort: true }),
    z.refine(realDate, { message: 'format', params: { code: 'format' } }),
  );
stringFormats.set(LocalDate, 'date');
/** A positive whole number. */
export const PositiveInt = z.int().check(z.positive());
/** A non-negative whole number. */
export const Count = z.int().check(z.nonnegative());

/**
 * Code-point limits of text schemas made with {@link text}, keyed by schema. The OpenAPI
 * generator reads it so that `maxLength` in the published JSON Schema (which counts code points,
 * RFC 8259) matches what the runtime check counts.
 */
export const textLimits = new WeakMap<object, { min?: number; max: number }>();

/**
 * Free text, normalised (NFC, trimmed, LF line endings) and limited by **code points**, so a
 * name with a rare character outside the BMP (𣵦) counts as one. A `min` of 1 makes it required.
 * Issues carry `params.code` = `text.too_short` / `text.too_long` for the message catalog.
 */
export function text(max: number, min = 0) {
  const schema = z.string().check(
    z.overwrite(normalizeProse),
    z.refine((s) => codePointLength(s) >= min, {
      message: min === 1 ? 'required' : 'text.too_short',
      params: { code: min === 1 ? 'required' : 'text.too_short', min },
      abort: true,
    }),
    z.refine((s) => codePointLength(s) <= max, {
      message: 'text.too_long',
      params: { code: 'text.too_long', max },
    }),
  );
  textLimits.set(schema, min > 0 ? { min, max } : { max });
  return schema;
}

/**
 * A string schema backed by one of our validators: the value is replaced by the validator's
 * normalised form, and a failure is reported with the validator's code (e.g. `phone.format`) in
 * `params.code`. `pattern` documents the stored form for JSON Schema / OpenAPI.
 */
export function checked(check: (input: string) => CheckResult<string>, pattern: RegExp) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const result = check(value);
      if (!result.ok) ctx.issues.push({ code: 'custom', message: result.code, input: value, params: { code: result.code } });
    }),
    z.overwrite((value) => {
      const result = check(value);
      return result.ok ? result.value : value;
    }),
    // Documents the stored form; always true after the overwrite above.
    z.regex(pattern),
  );
}

/** A label in each supported language; `zh-Hans` is required, the others fall back to it. */
export const LocalizedText = z.object({
  'zh-Hans': text(2000, 1),
  'zh-Hant': z.optional(text(2000)),
  en: z.optional(text(2000)),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A county-configured code with its label (categories, sectors, answer categories…). */
export const CodedLabel = z.object({
  /** Stable code stored with records (e.g. `A`, `economy`). */
  code: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9_.-]+$/)),
  /** What users read. */
  label: LocalizedText,
});
export type CodedLabel = z.infer<typeof CodedLabel>;

/** A code from one of the county's lists (see {@link CodedLabel}). */
export const Code = z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9_.-]+$/));

/**
 * An administrative division code: 6 digits (GB/T 2260, down to county) or 12 digits (NBS
 * statistical code, down to village/community). The tenant of every record is a 6-digit one.
 */
export const DivisionCode = checked(checkDivisionCode, /^(\d{6}|\d{12})$/);
/** The county (tenant) a record belongs to: a 6-digit division code. */
export const TenantCode = z.string().check(z.regex(/^\d{6}$/));

/** Coordinate reference systems we accept. Tianditu uses CGCS2000 (≈ WGS-84). */
export const Crs = z.enum(['WGS84', 'CGCS2000', 'GCJ02', 'BD09']);
export type Crs = z.infer<typeof Crs>;

/** A point with its declared CRS: data is stored as declared and converted only for display. */
export const GeoPoint = z.object({
  lng: z.number().check(z.gte(-180), z.lte(180)),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  crs: Crs,
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/**
 * A mainland mobile number. Accepts what people type (`+86 138-1234-1234`, full-width digits) and
 * stores the normalised 11 digits.
 */
export const MobileNumber = checked(checkMobile, /^1[3-9]\d{9}$/);
/** An office (landline or mobile) phone number as shown publicly, e.g. `0427-2826000`. */
export const OfficePhone = z.string().check(z.regex(/^[0-9+()\- ]{5,24}$/));

/** A stored file: uploaded once through `POST /attachments`, then referenced by id. */
export const Attachment = z.object({
  id: Id,
  /** The file name as the user chose it. */
  name: text(255, 1),
  /** MIME type, e.g. `image/jpeg`. */
  type: z.string().check(z.regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/)),
  /** Size in bytes. */
  size: Count,
  /** Lower-case hex SHA-256 of the bytes (lets clients verify byte-identical delivery). */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Where to download it (relative to the API base), when the caller may read it. */
  url: z.optional(z.string().check(z.maxLength(2048))),
});
export type Attachment = z.infer<typeof Attachment>;

/** A reference to a person by id (when they have an account) and the name shown. */
export const PersonRef = z.object({
  id: z.optional(Id),
  name: text(64, 1),
});
export type PersonRef = z.infer<typeof PersonRef>;

/** Roles of a signed-in user within one county (tenant). */
export const Role = z.enum(['citizen', 'member', 'staff', 'unit', 'admin']);
export type Role = z.infer<typeof Role>;

/** Who did something, as recorded in histories and the audit log. */
export const Actor = z.object({
  id: z.optional(Id),
  name: z.optional(text(64)),
  /** `anonymous` for citizens who submit without an account. */
  role: z.union([Role, z.literal('anonymous'), z.literal('system')]),
  /** Set when staff entered something on someone's behalf (e.g. a paper rating). */
  onBehalfOf: z.optional(PersonRef),
});
export type Actor = z.infer<typeof Actor>;

/** One state change of a record: who, when, from, to, why. */
export const StatusChange = z.object({
  at: Timestamp,
  action: z.string().check(z.minLength(1), z.maxLength(40)),
  from: z.optional(z.string().check(z.maxLength(40))),
  to: z.string().check(z.maxLength(40)),
  actor: Actor,
  /** A reason code from the county's list (e.g. a not-filed ground). */
  reasonCode: z.optional(Code),
  /** Free-text explanation. */
  note: z.optional(text(2000)),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** Session of the committee: 届 (term) and 次 (meeting), e.g. 十四届三次会议. */
export const Session = z.object({
  term: PositiveInt,
  meeting: PositiveInt,
});
export type Session = z.infer<typeof Session>;

/** A form and version a submission was made with (submissions keep pointing at it). */
export const FormRef = z.object({
  id: Code,
  version: PositiveInt,
});
export type FormRef = z.infer<typeof FormRef>;

/**
 * Answers to fields a county added to a form, keyed by field key. Values arrive as JSON, so they
 * are JSON by construction; the form's own compiled validator checks their shape.
 */
export const ExtraAnswers = z.record(z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/)), z.unknown());

/** Record of consent given to a personal-data notice (PIPL): which version, when. */
export const ConsentRecord = z.object({
  /** Version string of the notice the user agreed to. */
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  at: Timestamp,
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/**
 * Lets a cross-field check run even when some fields already failed, so that the user sees every
 * problem at once instead of one more after each fix. The check itself must tolerate bad fields.
 */
export const evenWithIssues = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

/** Consent to publish a submission; a reason is required when it is declined. */
export const PublishConsent = z
  .object({
    consent: z.boolean(),
    reason: z.optional(text(500)),
  })
  .check(
    z.refine((p) => p.consent !== false || (typeof p.reason === 'string' && p.reason.length > 0), {
      message: 'required',
      path: ['reason'],
      params: { code: 'required' },
      ...evenWithIssues,
    }),
  );
export type PublishConsent = z.infer<typeof PublishConsent>;

/** A page of results with an opaque cursor for the next one. */
export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Pass as `cursor` to get the next page; absent on the last page. */
    nextCursor: z.optional(z.string().check(z.maxLength(512))),
    /** Total matching items, when cheap to count. */
    total: z.optional(Count),
  });
}

/** Query parameters for paging through a list. */
export const PageQuery = {
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(z.coerce.number<number>().check(z.gte(1), z.lte(200), z.refine(Number.isInteger))),
};

/** Optimistic concurrency: the version the client last saw; a mismatch is answered with 409. */
export const Version = Count;

/** Satisfaction of a member or citizen with a reply: 满意 / 基本满意 / 不满意. */
export const Satisfaction = z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']);
export type Satisfaction = z.infer<typeof Satisfaction>;

/** A yes/no query parameter (`?overdue=true`). */
export const QueryFlag = z.optional(z.enum(['true', 'false']));
