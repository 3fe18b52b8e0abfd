/**
 * 社情民意: anyone may submit (real name or anonymous, per county policy) and look their submission
 * up by tracking code + query password; staff receive, edit into the journal, report up to levels
 * and record adoption and leaders' instructions.
 */
import {
  type Attachment,
  addWorkingDays,
  chinaToday,
  type Opinion,
  type OpinionAction,
  type OpinionInput,
  OpinionStatus,
  type OpinionSummary,
  type Routes,
} from '@tongxin/core';
import type { MockCtx, MockHandler } from '../context.js';
import {
  byUpdatedDesc,
  found,
  isoChina,
  MockProblem,
  newId,
  newQueryPassword,
  newTrackingCode,
  page,
  pageArgs,
  problems,
} from '../util.js';
import { change, isStaff, matches, resolveAttachments } from './shared.js';

type NewOpinion = Omit<OpinionInput, 'attachmentIds'> & { attachments: Attachment[]; status: OpinionStatus; note?: string };

/** Stores a new opinion and returns it with its query password. */
export function createOpinionRecord(ctx: MockCtx, input: NewOpinion): Opinion & { queryPassword: string } {
  const { attachments, status, note, ...content } = input;
  const at = isoChina(ctx.now);
  const opinion: Opinion = {
    ...content,
    id: newId('o'),
    tenant: ctx.tenant,
    trackingCode: newTrackingCode(),
    attachments,
    status,
    history: [change(ctx, 'create', undefined, status, note ? { note } : {})],
    uptake: [],
    replies: [],
    dueDate: addWorkingDays(chinaToday(ctx.now), ctx.config.deadlines.opinionReplyWorkingDays, ctx.config.calendar),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const queryPassword = newQueryPassword();
  ctx.db.put('opinions', opinion.id, { opinion, queryPassword });
  ctx.audit({ entity: 'opinion', entityId: opinion.id, action: 'create', to: status });
  return { ...opinion, queryPassword };
}

export const createOpinion: MockHandler<Routes['createOpinion']> = (ctx) => {
  const { attachmentIds, ...input } = ctx.body;
  const { config } = ctx;
  const reporter = { ...input.reporter };
  const personal = !reporter.anonymous || reporter.phone !== undefined;
  if (config.opinionPolicy.identity === 'real_name') {
    if (reporter.anonymous)
      throw problems.invalid(['body', 'reporter', 'anonymous'], 'invalid_value', '本县（区）要求实名反映，请填写姓名和手机号码');
    if (!reporter.phone) throw problems.invalid(['body', 'reporter', 'phone'], 'required', '请填写手机号码');
  }
  if (config.opinionPolicy.identity === 'anonymous' && !reporter.anonymous) {
    throw problems.invalid(['body', 'reporter', 'anonymous'], 'invalid_value', '本县（区）只受理匿名反映，请不要填写个人信息');
  }
  // PIPL: personal data only with consent to the county's current notice.
  if (personal && input.privacyConsent?.version !== config.privacy.version) {
    throw problems.invalid(['body', 'privacyConsent'], 'required', '请阅读并同意个人信息处理说明');
  }
  if (input.categoryCode && !config.opinionCategories.some((c) => c.code === input.categoryCode)) {
    throw problems.invalid(['body', 'categoryCode'], 'invalid_value', '没有这个分类');
  }
  if (ctx.principal?.memberId) {
    reporter.memberId = ctx.principal.memberId;
    reporter.identity ??= 'member';
  }
  if (input.workstationId) {
    const station = ctx.db.get('workstations', input.workstationId);
    if (!station) throw problems.invalid(['body', 'workstationId'], 'invalid_value', '没有这个委员工作站');
    ctx.db.put('workstations', station.id, { ...station, opinionCount: station.opinionCount + 1 });
  }
  const attachments = resolveAttachments(ctx, attachmentIds, ['body', 'attachmentIds']);
  const created = createOpinionRecord(ctx, { ...input, reporter, attachments, status: 'submitted' });
  return {
    id: created.id,
    trackingCode: created.trackingCode,
    queryPassword: created.queryPassword,
    status: created.status,
    createdAt: created.createdAt,
    dueDate: created.dueDate,
  };
};

export const lookupOpinion: MockHandler<Routes['lookupOpinion']> = (ctx) => {
  const stored = ctx.db.all('opinions').find((o) => o.opinion.trackingCode === ctx.body.trackingCode);
  // One answer for a wrong code and a wrong password: the lookup reveals nothing to a guesser.
  if (!stored || stored.queryPassword !== ctx.body.password) throw new MockProblem('lookup_failed', 404);
  const o = stored.opinion;
  const shown: OpinionStatus[] = [];
  return {
    trackingCode: o.trackingCode,
    title: o.title,
    ...(o.categoryCode && { categoryCode: o.categoryCode }),
    status: o.status,
    submittedAt: o.createdAt,
    dueDate: o.dueDate,
    // Status changes only, with the reason when not accepted; internal notes stay internal.
    timeline: o.history
      .filter((h) => {
        const fresh = !shown.includes(h.to as OpinionStatus) || h.action === 'create';
        shown.push(h.to as OpinionStatus);
        return fresh;
      })
      .map((h) => ({ at: h.at, status: h.to as OpinionStatus, ...(h.action === 'not_accept' && h.note && { note: h.note }) })),
    replies: o.replies.filter((r) => r.public),
    uptake: o.uptake.map((u) => ({ level: u.level, adopted: u.adoption !== undefined, instructed: u.instructions.length > 0 })),
  };
};

/** An opinion the caller may see: staff see all, a member the ones they reported; others get 404. */
function load(ctx: MockCtx, id: string): Opinion {
  const o = found(ctx.db.get('opinions', id), `opinion ${id}`).opinion;
  if (!isStaff(ctx) && !(ctx.principal?.memberId && o.reporter.memberId === ctx.principal.memberId))
    throw problems.notFound(`opinion ${id}`);
  return o;
}

const toSummary = (o: Opinion): OpinionSummary => ({
  id: o.id,
  trackingCode: o.trackingCode,
  title: o.title,
  status: o.status,
  ...(o.categoryCode && { categoryCode: o.categoryCode }),
  anonymous: o.reporter.anonymous,
  dueDate: o.dueDate,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
});

export const listOpinions: MockHandler<Routes['listOpinions']> = (ctx) => {
  const q = ctx.query ?? {};
  const view = q.view ?? (isStaff(ctx) ? 'all' : 'mine');
  if (view === 'all' && !isStaff(ctx)) throw problems.forbidden('only office staff see all opinions');
  const member = ctx.principal?.memberId ?? '';
  const opinions = ctx.db
    .all('opinions')
    .map((s) => s.opinion)
    .filter(
      (o) =>
        (view === 'all' || o.reporter.memberId === member) &&
        (q.status === undefined || o.status === q.status) &&
        (q.category === undefined || o.categoryCode === q.category) &&
        matches(o.title, q.q),
    )
    .sort(byUpdatedDesc);
  return page(opinions.map(toSummary), pageArgs(q));
};

export const getOpinion: MockHandler<Routes['getOpinion']> = (ctx) => load(ctx, ctx.params.id);

type Step<A extends OpinionAction['action']> = {
  from: readonly OpinionStatus[];
  apply(ctx: MockCtx, o: Opinion, body: Extract<OpinionAction, { action: A }>): Opinion;
};

const move = (ctx: MockCtx, o: Opinion, action: string, status: OpinionStatus, note?: string): Opinion => ({
  ...o,
  status,
  history: [...o.history, change(ctx, action, o.status, status, note ? { note } : {})],
});
const level = (ctx: MockCtx, code: string) => {
  if (!ctx.config.reportLevels.some((l) => l.code === code)) throw problems.invalid(['body', 'level'], 'invalid_value', '没有这个报送层级');
  return code;
};
const uptakeAt = (o: Opinion, code: string) => o.uptake.find((u) => u.level === code) ?? { level: code, instructions: [] };
const withUptake = (o: Opinion, entry: Opinion['uptake'][number]) => [...o.uptake.filter((u) => u.level !== entry.level), entry];

/** Every state but closed: replies and closing are possible in all of them. */
const OPEN = OpinionStatus.options.filter((s) => s !== 'closed');
const steps: { [A in OpinionAction['action']]: Step<A> } = {
  receive: { from: ['submitted'], apply: (ctx, o) => move(ctx, o, 'receive', 'received') },
  not_accept: {
    from: ['submitted', 'received'],
    apply: (ctx, o, b) => {
      if (b.reasonCode && !ctx.config.notFiledReasons.some((r) => r.code === b.reasonCode))
        throw problems.invalid(['body', 'reasonCode'], 'invalid_value', '请从理由列表中选择');
      return move(ctx, o, 'not_accept', 'not_accepted', b.note);
    },
  },
  start_editing: { from: ['received'], apply: (ctx, o) => move(ctx, o, 'start_editing', 'editing') },
  edit: {
    from: ['received', 'editing', 'edited'],
    apply: (ctx, o, b) => ({
      ...move(ctx, o, 'edit', 'edited', b.journalIssue),
      edited: { title: b.title, body: b.body, by: ctx.actor, at: isoChina(ctx.now) },
      ...(b.journalIssue && { journalIssue: b.journalIssue }),
    }),
  },
  report: {
    from: ['edited', 'reported', 'adopted', 'instructed'],
    apply: (ctx, o, b) => ({
      ...move(ctx, o, 'report', o.status === 'edited' ? 'reported' : o.status, level(ctx, b.level)),
      uptake: withUptake(o, { ...uptakeAt(o, b.level), reportedAt: isoChina(ctx.now) }),
    }),
  },
  record_adoption: {
    from: ['reported', 'adopted', 'instructed'],
    apply: (ctx, o, b) => ({
      ...move(ctx, o, 'record_adoption', o.status === 'instructed' ? 'instructed' : 'adopted', level(ctx, b.level)),
      uptake: withUptake(o, { ...uptakeAt(o, b.level), adoption: b.adoption, adoptedAt: isoChina(ctx.now) }),
    }),
  },
  record_instruction: {
    from: ['reported', 'adopted', 'instructed'],
    apply: (ctx, o, b) => {
      const entry = uptakeAt(o, level(ctx, b.level));
      return {
        ...move(ctx, o, 'record_instruction', 'instructed', b.level),
        uptake: withUptake(o, { ...entry, instructions: [...entry.instructions, { by: b.by, text: b.text, at: b.at }] }),
      };
    },
  },
  reply: {
    from: OPEN,
    apply: (ctx, o, b) => ({
      ...o,
      replies: [
        ...o.replies,
        { id: newId('or'), at: isoChina(ctx.now), text: b.text, from: ctx.config.shortName['zh-Hans'], public: b.public },
      ],
      history: [...o.history, change(ctx, 'reply', o.status, o.status)],
    }),
  },
  archive: { from: ['received', 'editing', 'edited', 'reported'], apply: (ctx, o, b) => move(ctx, o, 'archive', 'archived', b.note) },
  close: { from: OPEN, apply: (ctx, o) => move(ctx, o, 'close', 'closed') },
};

export const opinionAction: MockHandler<Routes['opinionAction']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  const body = ctx.body;
  if (body.expectedVersion !== undefined && body.expectedVersion !== current.version) throw problems.conflict(current);
  const step = steps[body.action] as Step<typeof body.action>;
  if (!step.from.includes(current.status)) {
    const allowed = Object.entries(steps)
      .filter(([, s]) => s.from.includes(current.status))
      .map(([name]) => name);
    throw problems.illegal(body.action, current.status, allowed);
  }
  const saved: Opinion = { ...step.apply(ctx, current, body as never), updatedAt: isoChina(ctx.now), version: current.version + 1 };
  const stored = ctx.db.get('opinions', saved.id)!;
  ctx.db.put('opinions', saved.id, { ...stored, opinion: saved });
  ctx.audit({ entity: 'opinion', entityId: saved.id, action: body.action, from: current.status, to: saved.status });
  return saved;
};
