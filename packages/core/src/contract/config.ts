/**
 * County configuration: everything that differs between counties is data (low code), served by
 * `GET /v1/{tenant}/config` or given inline to the widgets.
 */
import * as z from 'zod/mini';
import {
  Code,
  CodedLabel,
  Count,
  Crs,
  GeoPoint,
  LocalDate,
  LocalizedText,
  PositiveInt,
  Role,
  Session,
  TenantCode,
  text,
} from './common.js';
import { HandlingUnit } from './people.js';

/** A task-tracker stage (重点协商/督办), configured per county. */
export const TaskStage = z.object({
  code: Code,
  label: LocalizedText,
  /** Roles that may move a task **into** this stage. */
  roles: z.array(Role),
  /** What a task must have before it can enter this stage. */
  requires: z.optional(z.array(z.enum(['reply_document', 'outcome', 'feedback', 'progress_update']))),
  /** Progress percentage a task shows when it reaches this stage (0–100). */
  progress: z.int().check(z.gte(0), z.lte(100)),
  /** The stage ends the task (its due date no longer counts as overdue). */
  final: z.optional(z.boolean()),
  /** Grouping for the counts shown on lists: 待办 / 在办 / 已答复 / 已反馈. */
  bucket: z.enum(['todo', 'doing', 'answered', 'fed_back']),
});
export type TaskStage = z.infer<typeof TaskStage>;

/** Tile providers the workstation map can use; keys and 审图号 are configuration, never code. */
export const TileProvider = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('tianditu'),
    /** `vec` vector or `img` imagery, each drawn with its label layer. */
    layer: z.enum(['vec', 'img']),
    /** The county's Tianditu **browser** key (`tk`). */
    key: z.string().check(z.minLength(8), z.maxLength(64), z.regex(/^[A-Za-z0-9]+$/)),
  }),
  z.object({
    kind: z.literal('xyz'),
    /** `https://…/{z}/{x}/{y}.png`, optionally with `{s}`. */
    url: z.string().check(z.regex(/^https:\/\/[^\s]+$/), z.maxLength(512)),
    subdomains: z.optional(z.array(z.string().check(z.maxLength(8)))),
    /** The CRS the tiles are drawn in (decides how our points are converted). */
    crs: Crs,
  }),
  z.object({ kind: z.literal('none') }),
]);
export type TileProvider = z.infer<typeof TileProvider>;

/** Map settings for the workstation map. */
export const MapConfig = z.object({
  provider: TileProvider,
  /** Attribution shown at the lower left, e.g. "© 天地图". */
  attribution: z.optional(text(200)),
  /** 审图号 of the provider's basemap, e.g. "GS(2024)0650号" — shown at the lower left. */
  reviewNumber: z.optional(text(60)),
  center: GeoPoint,
  /** Corners of the area the map may not leave (the county). */
  bounds: z.object({ southWest: GeoPoint, northEast: GeoPoint }),
  minZoom: z.int().check(z.gte(1), z.lte(20)),
  maxZoom: z.int().check(z.gte(1), z.lte(20)),
});
export type MapConfig = z.infer<typeof MapConfig>;

/** Personal-data notice (PIPL Art. 17): who processes what, why, for how long, and rights. */
export const PrivacyNotice = z.object({
  /** Version recorded with every consent. */
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  text: LocalizedText,
  /** Link to the county's full privacy policy (https only). */
  policyUrl: z.optional(z.string().check(z.regex(/^https:\/\/[^\s]+$/), z.maxLength(512))),
});
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;

/** Working-day calendar: holidays and make-up working days (调休) for deadline counting. */
export const WorkCalendar = z.object({
  holidays: z.array(LocalDate),
  /** Weekend days that are working days (调休上班). */
  workdays: z.array(LocalDate),
});
export type WorkCalendar = z.infer<typeof WorkCalendar>;

/** Everything configurable about one county. */
export const CountyConfig = z.object({
  /** The county's 6-digit division code — the tenant key of every record. */
  tenant: TenantCode,
  /** Full name of the committee, e.g. 政协盘锦市委员会. */
  name: LocalizedText,
  /** Short name for headers, e.g. 盘锦市政协. */
  shortName: LocalizedText,
  /** The current session (届/次) proposals default to. */
  currentSession: Session,
  /** 提案分类 (and 社情民意 categories unless `opinionCategories` is set). */
  proposalCategories: z.array(CodedLabel),
  /** 社情民意 categories. */
  opinionCategories: z.array(CodedLabel),
  /** 界别 — sectors of the committee. */
  sectors: z.array(CodedLabel),
  /** 承办单位 — handling units. */
  units: z.array(HandlingUnit),
  /** 答复分类 — answer categories (A/B/C or A/B/C/D, labels differ by county). */
  answerCategories: z.array(CodedLabel),
  /** 不予立案 grounds staff choose from. */
  notFiledReasons: z.array(CodedLabel),
  /** Deadlines, in working days unless named otherwise. */
  deadlines: z.object({
    /** From assignment to reply (usually three months ≈ 66 working days). */
    replyWorkingDays: PositiveInt,
    /** Window in which a unit may hand an assignment back (5–10 working days). */
    handbackWorkingDays: PositiveInt,
    /** Longest extension that may be granted, in working days. */
    maxExtensionWorkingDays: Count,
    /** Promised time for the first answer to a citizen's opinion. */
    opinionReplyWorkingDays: PositiveInt,
    /** Days before a deadline at which items count as "due soon". */
    dueSoonWorkingDays: PositiveInt,
  }),
  calendar: WorkCalendar,
  /** Stages of the task tracker, in order. */
  taskStages: z.array(TaskStage),
  /** 社情民意 opinion-box policy. */
  opinionPolicy: z.object({
    /** Whether citizens must give their real name and phone, or may stay anonymous. */
    identity: z.enum(['real_name', 'optional', 'anonymous']),
    /** Acceptance notice shown first: what is not accepted (信访, 涉诉…), reply time. */
    notice: LocalizedText,
    /** Soft length limit for the body, in characters (Guangzhou: 1500). */
    softLengthLimit: PositiveInt,
  }),
  privacy: PrivacyNotice,
  /** Form definitions the widgets use, by purpose. */
  forms: z.object({
    proposal: z.optional(Code),
    opinion: z.optional(Code),
  }),
  map: z.optional(MapConfig),
  /** Sites allowed to call the API from a browser (CORS), e.g. `https://zx.panjin.gov.cn`. */
  embedding: z.optional(z.object({ allowedOrigins: z.array(z.string().check(z.regex(/^https?:\/\/[^\s/]+$/))) })),
  /** Levels opinions may be reported to (县/市/省/全国). */
  reportLevels: z.array(CodedLabel),
});
export type CountyConfig = z.infer<typeof CountyConfig>;
