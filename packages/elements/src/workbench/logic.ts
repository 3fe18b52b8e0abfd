/**
 * The workbench's decisions that need no DOM: who the signed-in user is to the workflow, which
 * actions to offer (the same rules the server applies, from `@tongxin/core/workflow`), and the
 * supervision buckets (督办: overdue, due soon, awaiting countersign, awaiting rating) and the same
 * per handling unit.
 */
import { type CountyConfig, chinaToday, dueStatus, type Proposal, type ProposalSummary, type User } from '@tongxin/core';
import { allowedProposalActions, HANDLING_STATES, type WorkflowEnv } from '@tongxin/core/workflow';
import type { Bucket } from './strings.js';

/** What the workbench shows the user: the office's views, a unit's, or nothing. */
export type Desk = 'staff' | 'unit' | 'none';

/**
 * @example deskOf({ roles: ['unit'], unitId: 'u_edu' }); // → 'unit'
 */
export function deskOf(me: Pick<User, 'roles' | 'unitId'>): Desk {
  if (me.roles.includes('staff') || me.roles.includes('admin')) return 'staff';
  if (me.roles.includes('unit') && me.unitId) return 'unit';
  return 'none';
}

/** The rules' view of the signed-in user, to ask them which actions to offer. */
export function envFor(me: User, config: CountyConfig, now = new Date()): WorkflowEnv {
  return { tenant: me.tenant, config, principal: me, actor: { id: me.id, name: me.name, role: me.roles[0] ?? 'staff' }, now };
}

/** Actions the workbench offers; the member's own (submit, cosign, withdraw) stay in `<tx-proposal-form>`. */
const OFFERED = new Set([
  'file',
  'not_file',
  'return',
  'merge',
  'convert_to_opinion',
  'assign',
  'accept',
  'hand_back',
  'reply',
  'countersign',
  'approve_reply',
  'rate',
  'rework',
  'extend',
  'mark_key',
  'close',
]);

/**
 * The buttons to show for this proposal: what the rules allow this user now, minus member actions.
 * @example offeredProposalActions(submitted, me, config); // → ['file', 'not_file', 'return', 'merge'] for staff
 */
export function offeredProposalActions(p: Proposal, me: User, config: CountyConfig): string[] {
  return allowedProposalActions(p, envFor(me, config)).filter((a) => OFFERED.has(a));
}

/** A row's deadline state: overdue / due soon (working days, the county's calendar) while units handle it. */
export function deadlineOf(row: ProposalSummary, config: CountyConfig, today = chinaToday()) {
  if (!row.deadline || !HANDLING_STATES.includes(row.status)) return undefined;
  return dueStatus(row.deadline, today, config.calendar, config.deadlines.dueSoonWorkingDays);
}

/** The supervision dashboard's lists, in the order they are shown. */
export const BUCKETS: readonly Bucket[] = ['overdue', 'dueSoon', 'countersigning', 'rating'];

/**
 * The supervision list: proposals in each bucket (one proposal may be in two, e.g. overdue and
 * awaiting countersign), most urgent first.
 */
export function supervisionBuckets(rows: ProposalSummary[], config: CountyConfig, today = chinaToday()): Record<Bucket, ProposalSummary[]> {
  const byDeadline = (a: ProposalSummary, b: ProposalSummary) => (a.deadline ?? '').localeCompare(b.deadline ?? '');
  const due = (row: ProposalSummary) => deadlineOf(row, config, today)?.status;
  return {
    overdue: rows.filter((r) => due(r) === 'overdue').sort(byDeadline),
    dueSoon: rows.filter((r) => due(r) === 'due_soon').sort(byDeadline),
    countersigning: rows.filter((r) => r.status === 'countersigning').sort(byDeadline),
    rating: rows.filter((r) => r.status === 'answered').sort(byDeadline),
  };
}

/** A unit's part is still open: it has not replied (lead) or countersigned (assisting), nor been relieved of it. */
const OWING: ReadonlySet<string> = new Set(['assigned', 'accepted', 'handback_requested']);

/** One handling unit's late and nearly late proposals (督办 per unit). */
export interface UnitLoad {
  unitId: string;
  overdue: ProposalSummary[];
  dueSoon: ProposalSummary[];
}

/**
 * Per handling unit, the overdue and due-soon proposals whose part is still open with it (a lead
 * unit that has not replied, an assisting unit that has not countersigned); proposals waiting for
 * the office's review count for no unit. Units with most overdue first.
 * @example unitWorkload(rows, config)[0]; // → { unitId: 'u_housing', overdue: [p], dueSoon: [] }
 */
export function unitWorkload(rows: ProposalSummary[], config: CountyConfig, today = chinaToday()): UnitLoad[] {
  const buckets = supervisionBuckets(rows, config, today);
  const loads = new Map<string, UnitLoad>();
  for (const kind of ['overdue', 'dueSoon'] as const)
    for (const p of buckets[kind])
      for (const u of p.units ?? []) {
        if (!OWING.has(u.state)) continue;
        const load = loads.get(u.unitId) ?? { unitId: u.unitId, overdue: [], dueSoon: [] };
        // A unit listed twice on one proposal (never in practice) still counts it once.
        if (!load[kind].includes(p)) load[kind].push(p);
        loads.set(u.unitId, load);
      }
  return [...loads.values()].sort(
    (a, b) => b.overdue.length - a.overdue.length || b.dueSoon.length - a.dueSoon.length || a.unitId.localeCompare(b.unitId),
  );
}
