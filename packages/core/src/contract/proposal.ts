/** 提案 — proposals by members and organisations, through review, assignment, reply and rating. */
import * as z from 'zod/mini';
import {
  Actor,
  Attachment,
  Code,
  Count,
  ExtraAnswers,
  evenWithIssues,
  FormRef,
  Id,
  LocalDate,
  OfficePhone,
  PositiveInt,
  PublishConsent,
  Satisfaction,
  Session,
  StatusChange,
  TenantCode,
  Timestamp,
  text,
  Version,
} from './common.js';

/**
 * Where a proposal is in its life. Proposer side: draft → cosigning → submitted → filed | not_filed |
 * returned | withdrawn. Handling side: assigned → handling → countersigning → reviewing → answered →
 * closed, with rework when the rating is dissatisfied. `merged` and `converted` end a proposal that
 * was joined with another or turned into a 社情民意 item.
 */
export const ProposalStatus = z.enum([
  'draft',
  'cosigning',
  'submitted',
  'filed',
  'not_filed',
  'returned',
  'withdrawn',
  'assigned',
  'handling',
  'countersigning',
  'reviewing',
  'answered',
  'rework',
  'closed',
  'merged',
  'converted',
]);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** Who puts the proposal: one member, members jointly, a party, a people's organisation, a special committee, a sector, or a member panel. */
export const ProposerType = z.enum(['member', 'joint', 'party', 'organization', 'committee', 'sector', 'panel']);
export type ProposerType = z.infer<typeof ProposerType>;

/** Contact block for proposals from organisations (party, organisation, committee, sector, panel). */
export const OrganizationContact = z.object({
  /** Full name of the organisation (its seal must match). */
  name: text(100, 1),
  contactName: text(64, 1),
  phone: OfficePhone,
  address: z.optional(text(200)),
  postcode: z.optional(z.string().check(z.regex(/^\d{6}$/))),
});

/** The proposer as recorded. */
export const Proposer = z.object({
  memberId: z.optional(Id),
  name: text(100, 1),
  /** 界别, from the member profile. */
  sectorCode: z.optional(Code),
  organization: z.optional(OrganizationContact),
});

/** A co-signer of a joint proposal and whether they confirmed (会签). */
export const Cosigner = z.object({
  memberId: Id,
  name: text(64, 1),
  sectorCode: z.optional(Code),
  state: z.enum(['pending', 'confirmed', 'declined']),
  respondedAt: z.optional(Timestamp),
});
export type Cosigner = z.infer<typeof Cosigner>;

/** 单办 one unit, 分办 several units reply separately, 会办 a lead unit with assisting units. */
export const HandlingMode = z.enum(['single', 'split', 'joint']);

/** One unit's assignment (交办) and where it stands. */
export const UnitAssignment = z.object({
  unitId: Id,
  role: z.enum(['lead', 'assisting']),
  state: z.enum(['assigned', 'accepted', 'handback_requested', 'handed_back', 'replied', 'countersigned']),
  assignedAt: Timestamp,
  /** Reply deadline (working days from assignment, county configuration). */
  deadline: LocalDate,
  acceptedAt: z.optional(Timestamp),
  handbackReason: z.optional(text(1000)),
});
export type UnitAssignment = z.infer<typeof UnitAssignment>;

/** A handling unit's reply letter (答复). */
export const ProposalReply = z.object({
  id: Id,
  unitId: Id,
  /** 文号 of the reply letter. */
  docNo: text(60, 1),
  contactName: text(64, 1),
  contactPhone: OfficePhone,
  /** 答复分类 — a code from the county's answer categories. */
  answerCategory: Code,
  text: text(30000, 1),
  attachments: z.array(Attachment),
  submittedAt: Timestamp,
  /** Assisting units that countersigned (会签). */
  countersignedBy: z.array(z.object({ unitId: Id, at: Timestamp, note: z.optional(text(1000)) })),
  /** Supervision review (督办审核); may change the category. */
  approved: z.optional(z.object({ at: Timestamp, by: Actor, categoryChangedFrom: z.optional(Code) })),
});
export type ProposalReply = z.infer<typeof ProposalReply>;

/** A proposer's or co-signer's rating of the reply (委员评价). */
export const ProposalRating = z.object({
  memberId: Id,
  name: text(64, 1),
  satisfaction: Satisfaction,
  comment: z.optional(text(2000)),
  at: Timestamp,
  /** Set when staff entered a paper rating on the member's behalf. */
  enteredBy: z.optional(Actor),
});
export type ProposalRating = z.infer<typeof ProposalRating>;

const content = {
  /** 案由 — the subject line, usually "关于……的建议". */
  title: text(100),
  /** 情况 — the facts. */
  situation: text(20000),
  /** 分析 — reasons and grounds. */
  reasons: text(20000),
  /** 建议 — concrete suggestions. */
  suggestions: text(20000),
  proposerType: ProposerType,
  /** Session (届/次); defaults to the county's current session. */
  session: z.optional(Session),
  /** 提案分类. */
  categoryCode: z.optional(Code),
  /** 界别 the proposal is filed under. */
  sectorCode: z.optional(Code),
  /** The proposer's suggested lead unit (建议主办单位). */
  suggestedLeadUnitId: z.optional(Id),
  /** Suggested assisting units (建议会办单位). */
  suggestedAssistingUnitIds: z.optional(z.array(Id).check(z.maxLength(10))),
  publish: PublishConsent,
  form: z.optional(FormRef),
  extra: z.optional(ExtraAnswers),
};

/** What a member sends to create or update a proposal. */
export const ProposalInput = z
  .object({
    ...content,
    /** For organisation proposals: the organisation's contact block. */
    organization: z.optional(OrganizationContact),
    /** Co-signers in order (joint proposals); each must confirm. */
    cosignerIds: z.optional(z.array(Id).check(z.maxLength(50))),
    /** Attachments uploaded beforehand. */
    attachmentIds: z.optional(z.array(Id).check(z.maxLength(20))),
    /** Save as a draft, or submit (co-signers are asked first when there are any). */
    intent: z.enum(['draft', 'submit']),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.intent !== 'submit') return;
      // Runs even when fields failed (see evenWithIssues): only compare, never assume types.
      const issue = (path: string) =>
        ctx.issues.push({ code: 'custom', message: 'required', path: [path], input: p, params: { code: 'required' } });
      if (p.title === '') issue('title');
      // "Body or attachment": the three parts are required unless the body comes as an attachment.
      if ((p.attachmentIds?.length ?? 0) === 0) {
        for (const key of ['situation', 'reasons', 'suggestions'] as const) if (p[key] === '') issue(key);
      }
      if (p.proposerType === 'joint' && (p.cosignerIds?.length ?? 0) === 0) issue('cosignerIds');
      if (p.proposerType !== 'member' && p.proposerType !== 'joint' && !p.organization) issue('organization');
    }, evenWithIssues),
  );
export type ProposalInput = z.infer<typeof ProposalInput>;

/** A proposal as the server returns it. */
export const Proposal = z.object({
  id: Id,
  tenant: TenantCode,
  /** 提案号, given when filed. */
  number: z.optional(z.string().check(z.maxLength(20))),
  ...content,
  proposer: Proposer,
  cosigners: z.array(Cosigner),
  attachments: z.array(Attachment),
  status: ProposalStatus,
  history: z.array(StatusChange),
  handling: z.optional(
    z.object({
      mode: HandlingMode,
      units: z.array(UnitAssignment),
      /** Overall deadline, after any extension. */
      deadline: LocalDate,
      /** Working days the deadline was extended by, in all. */
      extendedWorkingDays: z.optional(Count),
    }),
  ),
  replies: z.array(ProposalReply),
  ratings: z.array(ProposalRating),
  /** 重点提案 — selected for supervision. */
  key: z.boolean(),
  /** Linked supervision task, when marked key. */
  taskId: z.optional(Id),
  /** 并案 — the proposal this one was merged into; its reply answers this one too. */
  mergedInto: z.optional(Id),
  /**
   * The proposal merged into as this one's proposer may see it (they cannot open it): its number,
   * title and where it stands. Filled in by the server when it returns a merged proposal.
   */
  mergedIntoProposal: z.optional(
    z.object({ number: z.optional(z.string().check(z.maxLength(20))), title: text(100), status: ProposalStatus }),
  ),
  mergedFrom: z.optional(z.array(Id)),
  /** 不予立案 ground, from the county's list. */
  notFiledReasonCode: z.optional(Code),
  convertedToOpinionId: z.optional(Id),
  submittedAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Proposal = z.infer<typeof Proposal>;

/** One row of a proposal list. */
export const ProposalSummary = z.object({
  id: Id,
  number: z.optional(z.string().check(z.maxLength(20))),
  title: text(100),
  status: ProposalStatus,
  proposerName: text(100),
  proposerType: ProposerType,
  categoryCode: z.optional(Code),
  key: z.boolean(),
  deadline: z.optional(LocalDate),
  /** The units it is assigned to and where each stands (督办 per unit). */
  units: z.optional(z.array(z.object({ unitId: Id, role: UnitAssignment.shape.role, state: UnitAssignment.shape.state }))),
  submittedAt: z.optional(Timestamp),
  updatedAt: Timestamp,
});
export type ProposalSummary = z.infer<typeof ProposalSummary>;

const expected = { expectedVersion: z.optional(Version) };

/** Every step of the proposal workflow, as one action per request; illegal ones get a 409 naming the allowed ones. */
export const ProposalAction = z.discriminatedUnion('action', [
  z.object({ ...expected, action: z.literal('submit') }),
  z.object({ ...expected, action: z.literal('withdraw'), note: z.optional(text(1000)) }),
  z.object({ ...expected, action: z.literal('cosign'), decision: z.enum(['confirm', 'decline']), note: z.optional(text(1000)) }),
  z.object({ ...expected, action: z.literal('file'), categoryCode: z.optional(Code) }),
  z.object({ ...expected, action: z.literal('not_file'), reasonCode: Code, note: z.optional(text(1000)) }),
  z.object({ ...expected, action: z.literal('return'), note: text(1000, 1) }),
  z.object({ ...expected, action: z.literal('convert_to_opinion'), proposerConsent: z.literal(true) }),
  z.object({ ...expected, action: z.literal('merge'), into: Id }),
  z.object({
    ...expected,
    action: z.literal('assign'),
    mode: HandlingMode,
    leadUnitIds: z.array(Id).check(z.minLength(1), z.maxLength(10)),
    assistingUnitIds: z.array(Id).check(z.maxLength(10)),
    /** Overrides the county's default deadline. */
    deadline: z.optional(LocalDate),
  }),
  z.object({ ...expected, action: z.literal('accept') }),
  z.object({ ...expected, action: z.literal('hand_back'), reason: text(1000, 1) }),
  z.object({
    ...expected,
    action: z.literal('reply'),
    docNo: text(60, 1),
    contactName: text(64, 1),
    contactPhone: OfficePhone,
    answerCategory: Code,
    text: text(30000, 1),
    attachmentIds: z.optional(z.array(Id).check(z.maxLength(20))),
  }),
  z.object({ ...expected, action: z.literal('countersign'), note: z.optional(text(1000)) }),
  z.object({ ...expected, action: z.literal('approve_reply'), answerCategory: z.optional(Code) }),
  z.object({
    ...expected,
    action: z.literal('rate'),
    satisfaction: Satisfaction,
    comment: z.optional(text(2000)),
    /** Staff entering a paper rating name the member. */
    memberId: z.optional(Id),
  }),
  z.object({ ...expected, action: z.literal('rework'), note: text(1000, 1) }),
  z.object({ ...expected, action: z.literal('extend'), workingDays: PositiveInt, reason: text(1000, 1) }),
  z.object({ ...expected, action: z.literal('mark_key'), key: z.boolean() }),
  z.object({ ...expected, action: z.literal('close') }),
]);
export type ProposalAction = z.infer<typeof ProposalAction>;
export type ProposalActionName = ProposalAction['action'];
