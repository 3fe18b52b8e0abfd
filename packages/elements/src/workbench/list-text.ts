/**
 * The workbench's current list as text — a name, the column heads, the rows — for the CSV export
 * and the printed handling summary: the opinions (of one journal issue, when filtered), a proposal
 * view, the supervision lists, or one handling unit's overdue and due-soon items.
 */
import type { CountyConfig, OpinionSummary, ProposalSummary } from '@tongxin/core';
import { BUCKETS, deadlineOf, supervisionBuckets, type UnitLoad } from './logic.js';
import type { WorkbenchStrings, WorkbenchTab } from './strings.js';

export interface ListText {
  name: string;
  head: string[];
  rows: string[][];
  /** Each row's status name (for the summary's totals). */
  statuses: string[];
}

/** What the text is made of. */
export interface ListTextView {
  tab: WorkbenchTab;
  issue: string | undefined;
  opinionRows: readonly OpinionSummary[] | undefined;
  rows: readonly ProposalSummary[] | undefined;
  config: CountyConfig | undefined;
  /** The handling unit in focus on the supervision view. */
  focused: UnitLoad | undefined;
  s: WorkbenchStrings;
  opinionStatus: Record<string, string>;
  proposalStatus: Record<string, string>;
  unitName: (id: string) => string;
}

/** The list as text, or undefined while it is loading. */
export function listAsText(v: ListTextView): ListText | undefined {
  const { s } = v;
  if (v.tab === 'opinions') {
    if (!v.opinionRows) return undefined;
    const status = v.opinionStatus;
    return {
      name: v.issue ? `${s.tabs.opinions}（${v.issue}）` : s.tabs.opinions,
      head: [s.trackingCode, s.titleColumn, s.journal.column, s.status, s.deadline],
      rows: v.opinionRows.map((o) => [o.trackingCode, o.title, o.journalIssue ?? '', status[o.status] ?? o.status, o.dueDate]),
      statuses: v.opinionRows.map((o) => status[o.status] ?? o.status),
    };
  }
  if (!v.rows || !v.config) return undefined;
  const status = v.proposalStatus;
  const config = v.config;
  const line = (p: ProposalSummary) => {
    const due = p.deadline ? deadlineOf(p, config) : undefined;
    const dueText =
      !due || due.status === 'on_time'
        ? ''
        : due.status === 'overdue'
          ? s.overdue(Math.max(1, -due.workingDaysLeft))
          : s.dueSoon(due.workingDaysLeft);
    return [p.number ?? '', p.title, p.proposerName, status[p.status] ?? p.status, [p.deadline ?? '', dueText].filter(Boolean).join(' ')];
  };
  const head = [s.number, s.titleColumn, s.proposer, s.status, s.deadline];
  if (v.tab !== 'supervision')
    return { name: s.tabs[v.tab], head, rows: v.rows.map(line), statuses: v.rows.map((p) => status[p.status] ?? p.status) };
  const unit = v.focused;
  if (unit) {
    const kinds = ['overdue', 'dueSoon'] as const;
    return {
      name: s.byUnit.listName(v.unitName(unit.unitId)),
      head: [s.bucket, ...head],
      rows: kinds.flatMap((b) => unit[b].map((p) => [s.buckets[b], ...line(p)])),
      statuses: kinds.flatMap((b) => unit[b].map((p) => status[p.status] ?? p.status)),
    };
  }
  const buckets = supervisionBuckets([...v.rows], config);
  return {
    name: s.tabs.supervision,
    head: [s.bucket, ...head],
    rows: BUCKETS.flatMap((b) => buckets[b].map((p) => [s.buckets[b], ...line(p)])),
    statuses: BUCKETS.flatMap((b) => buckets[b].map((p) => status[p.status] ?? p.status)),
  };
}
