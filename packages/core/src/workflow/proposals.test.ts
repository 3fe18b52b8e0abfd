// The proposal state machine: who may take which action in which state, what the county's
// configuration refuses and why, and where each action leads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { proposal as answered } from '../contract/contract.fixtures.js';
import type { Proposal, ProposalAction, ProposalInput } from '../contract/index.js';
import {
  allowedProposalActions,
  answerMerged,
  applyProposalAction,
  canSeeProposal,
  checkMergeTarget,
  checkProposalAction,
  checkProposalEdit,
  checkProposalInput,
  editProposal,
  mayReadProposalAttachment,
  newProposal,
  proposalForReader,
  proposalSummary,
  supervisionTaskFor,
  withMergeTarget,
} from './proposals.js';
import { citizen, cosigner2, cosigner3, education, housing, proposer, staff } from './workflow.fixtures.js';

const assigned = (unitId: string, role: 'lead' | 'assisting', assignedAt = '2026-03-02T09:00:00+08:00') => ({
  unitId,
  role,
  state: 'assigned' as const,
  assignedAt,
  deadline: '2026-06-09',
});

/** The fixture proposal in another state, without its number, replies, ratings or supervision task. */
const { number: _number, taskId: _taskId, ...unnumbered } = answered;
const at = (status: Proposal['status'], changes: Partial<Proposal> = {}): Proposal => ({
  ...unnumbered,
  status,
  replies: [],
  ratings: [],
  key: false,
  ...changes,
});
const draft = at('draft', {
  cosigners: [
    { memberId: 'm_2', name: '赵红', state: 'confirmed' },
    { memberId: 'm_3', name: '孙𨟠', state: 'declined' },
  ],
});
const input: ProposalInput = {
  title: '关于增设社区养老服务站的建议',
  situation: '情况',
  reasons: '原因',
  suggestions: '建议',
  proposerType: 'joint',
  publish: { consent: true },
  cosignerIds: ['m_2'],
  intent: 'draft',
};
const jointlyAssigned = at('assigned', {
  handling: { mode: 'joint', units: [assigned('u_housing', 'lead'), assigned('u_edu', 'assisting')], deadline: '2026-06-09' },
});

/** Checks, then applies with `effects` (the refusal when the rules say no). */
const take = (p: Proposal, body: ProposalAction, env = staff, effects = {}) =>
  checkProposalAction(p, body, env) ?? applyProposalAction(p, body, env, effects);
const next = (p: Proposal, body: ProposalAction, env = staff, effects = {}): Proposal => {
  const result = take(p, body, env, effects);
  assert.ok('id' in result, `refused: ${JSON.stringify(result)}`);
  return result as Proposal;
};
const issue = (p: Proposal, body: ProposalAction, env = staff) => checkProposalAction(p, body, env)?.issues?.[0];

describe('proposal workflow', () => {
  it('offers each caller only the actions of their role in the current state', () => {
    assert.deepEqual(allowedProposalActions(draft, proposer), ['submit', 'withdraw']);
    assert.deepEqual(allowedProposalActions(draft, staff), []);
    assert.deepEqual(allowedProposalActions(at('submitted'), staff), ['file', 'not_file', 'return', 'merge']);
    assert.deepEqual(allowedProposalActions(jointlyAssigned, housing), ['accept', 'hand_back', 'reply']);
    assert.deepEqual(allowedProposalActions(jointlyAssigned, education), ['accept', 'hand_back']);
    assert.deepEqual(allowedProposalActions(answered, proposer), ['rate']);
  });

  it('refuses an action out of turn with 409, naming what the caller may do instead', () => {
    assert.deepEqual(checkProposalAction(draft, { action: 'file' }, proposer), {
      code: 'illegal_transition',
      status: 409,
      detail: '现在不能立案（当前状态：草稿）',
      allowed: ['submit', 'withdraw'],
    });
    // A co-signer cannot submit for the proposer.
    assert.equal(checkProposalAction(draft, { action: 'submit' }, cosigner2)?.code, 'illegal_transition');
  });

  it('refuses a stale expectedVersion with the current record', () => {
    const refusal = checkProposalAction(draft, { action: 'submit', expectedVersion: draft.version - 1 }, proposer);
    assert.equal(refusal?.code, 'version_conflict');
    assert.equal(refusal?.status, 409);
    assert.equal(refusal?.current, draft);
  });

  it('sends a submitted draft to its co-signers first, asking those who declined again', () => {
    const p = next(draft, { action: 'submit' }, proposer);
    assert.equal(p.status, 'cosigning');
    assert.deepEqual(
      p.cosigners.map((c) => c.state),
      ['confirmed', 'pending'],
    );
    assert.equal(p.version, draft.version + 1);
    assert.equal(p.updatedAt, '2026-03-09T10:00:00+08:00');
    assert.deepEqual(p.history.at(-1), {
      at: '2026-03-09T10:00:00+08:00',
      action: 'submit',
      from: 'draft',
      to: 'cosigning',
      actor: proposer.actor,
    });
  });

  it('moves on once every co-signer answered: to review if anyone confirmed, back to the draft if nobody did', () => {
    const cosigning = next(draft, { action: 'submit' }, proposer);
    const confirmed = next(cosigning, { action: 'cosign', decision: 'confirm' }, cosigner3);
    assert.equal(confirmed.status, 'submitted');
    assert.equal(confirmed.submittedAt, '2026-03-09T10:00:00+08:00');

    const nobody = at('cosigning', { cosigners: [{ memberId: 'm_3', name: '孙𨟠', state: 'pending' }] });
    const declined = next(nobody, { action: 'cosign', decision: 'decline' }, cosigner3);
    assert.equal(declined.status, 'draft');
    assert.equal(declined.history.at(-1)?.note, '所有联名人均未确认');
  });

  it('numbers a filed proposal from its sequence, and refuses a category the county does not have', () => {
    const submitted = at('submitted');
    assert.deepEqual(issue(submitted, { action: 'file', categoryCode: 'space' })?.path, ['body', 'categoryCode']);
    const filed = next(submitted, { action: 'file', categoryCode: 'economy' }, staff, { number: 7 });
    assert.equal(filed.status, 'filed');
    assert.equal(filed.number, '0007');
    assert.equal(filed.categoryCode, 'economy');
    assert.throws(() => applyProposalAction(submitted, { action: 'file' }, staff), /\[tongxin\].*effects\.number/);
  });

  it('does not file with a reason outside the county’s list', () => {
    assert.equal(issue(at('submitted'), { action: 'not_file', reasonCode: 'whim' })?.message, '请从不予立案理由中选择');
    const p = next(at('submitted'), { action: 'not_file', reasonCode: 'personal', note: '个人诉求' });
    assert.equal(p.status, 'not_filed');
    assert.equal(p.notFiledReasonCode, 'personal');
    assert.equal(p.history.at(-1)?.reasonCode, 'personal');
  });

  it('does not merge a proposal into itself or into one that is past handling', () => {
    const submitted = at('submitted');
    assert.equal(issue(submitted, { action: 'merge', into: submitted.id })?.message, '不能与自身并案');
    assert.deepEqual(checkMergeTarget(answered), {
      code: 'illegal_transition',
      status: 409,
      detail: '现在不能并案（当前状态：已答复）',
      allowed: [],
    });
  });

  it('answers a merged proposal with the reply of the one it joined; rework goes through that one', () => {
    const { handling: _h, ...merged } = at('merged', { mergedInto: answered.id });
    const reply = answerMerged(merged, answered, staff);
    assert.equal(reply.status, 'answered');
    assert.deepEqual(reply.replies, answered.replies);
    // Staff enter paper ratings and close it; no rework of its own.
    assert.equal(allowedProposalActions(reply, staff).includes('rework'), false);
    assert.ok(allowedProposalActions(reply, staff).includes('close'));
    assert.equal(
      checkProposalAction(reply, { action: 'rework', note: '不满意', expectedVersion: reply.version }, staff)?.code,
      'illegal_transition',
    );
    assert.ok(allowedProposalActions(answered, staff).includes('rework'));
    // Answered again after that one was reworked: the old rating is of the old reply.
    const rated = { ...reply, ratings: [{ memberId: 'm_1', name: '李明', satisfaction: 'dissatisfied' as const, at: reply.updatedAt }] };
    assert.deepEqual(answerMerged(rated, answered, staff).ratings, []);
  });

  it('names the proposal a merged one joined, as its proposer may read it, and nothing for others', () => {
    const merged = at('merged', { mergedInto: answered.id });
    assert.deepEqual(withMergeTarget(merged, answered).mergedIntoProposal, {
      number: answered.number,
      title: answered.title,
      status: 'answered',
    });
    // A stale copy is never passed on; a proposal that was not merged gets none.
    assert.equal(withMergeTarget({ ...merged, mergedInto: 'p_gone' }, undefined).mergedIntoProposal, undefined);
    assert.equal(
      withMergeTarget(at('filed', { mergedIntoProposal: { title: 'x', status: 'filed' } }), answered).mergedIntoProposal,
      undefined,
    );
  });

  it('shows the proposer a reply once supervision approved it; its units and staff see it at once', () => {
    const reviewing = at('reviewing', { replies: answered.replies.map(({ approved: _a, ...r }) => r) });
    assert.deepEqual(proposalForReader(reviewing, proposer).replies, []);
    assert.deepEqual(proposalForReader(reviewing, cosigner2).replies, []);
    assert.equal(proposalForReader(reviewing, housing).replies.length, reviewing.replies.length);
    assert.equal(proposalForReader(reviewing, staff).replies.length, reviewing.replies.length);
    assert.deepEqual(proposalForReader(answered, proposer).replies, answered.replies);
    const scan = { id: 'att_draft', name: '答复函.pdf', type: 'application/pdf', size: 10, sha256: 'a'.repeat(64) };
    const withScan = { ...reviewing, replies: reviewing.replies.map((r) => ({ ...r, attachments: [scan] })) };
    assert.equal(mayReadProposalAttachment(withScan, 'att_draft', proposer), false);
    assert.equal(mayReadProposalAttachment(withScan, 'att_draft', housing), true);
  });

  it('lets a proposal’s proposer and co-signers read its reply letters’ files, and no one else', () => {
    const scan = { id: 'att_scan', name: '答复函.pdf', type: 'application/pdf', size: 10, sha256: 'a'.repeat(64) };
    const withScan: Proposal = { ...answered, replies: answered.replies.map((r) => ({ ...r, attachments: [scan] })) };
    assert.equal(mayReadProposalAttachment(withScan, 'att_scan', proposer), true);
    assert.equal(mayReadProposalAttachment(withScan, 'att_scan', cosigner2), true);
    assert.equal(mayReadProposalAttachment(withScan, 'att_scan', citizen), false);
    assert.equal(mayReadProposalAttachment(withScan, 'att_other', proposer), false);
    const stranger = { ...proposer, principal: { ...proposer.principal!, memberId: 'm_9' } };
    assert.equal(mayReadProposalAttachment(withScan, 'att_scan', stranger), false);
  });

  it('lets the units a proposal is assigned to read its files and its replies’ letters, and no other unit', () => {
    const scan = { id: 'att_scan', name: '答复函.pdf', type: 'application/pdf', size: 10, sha256: 'a'.repeat(64) };
    const withScan: Proposal = { ...answered, replies: answered.replies.map((r) => ({ ...r, attachments: [scan] })) };
    const own = answered.attachments[0]!.id;
    for (const unit of [housing, education]) {
      assert.equal(mayReadProposalAttachment(withScan, 'att_scan', unit), true);
      assert.equal(mayReadProposalAttachment(withScan, own, unit), true);
    }
    const other = { ...housing, principal: { ...housing.principal!, unitId: 'u_other' } };
    assert.equal(mayReadProposalAttachment(withScan, 'att_scan', other), false);
    assert.equal(mayReadProposalAttachment(withScan, own, other), false);
    // Before it is assigned, no unit handles it.
    const { handling: _h, ...unassigned } = at('filed', { attachments: answered.attachments });
    assert.equal(mayReadProposalAttachment(unassigned, own, housing), false);
    assert.equal(mayReadProposalAttachment(unassigned, own, staff), true);
  });

  it('lists the units of a proposal and where each stands', () => {
    assert.deepEqual(proposalSummary(jointlyAssigned).units, [
      { unitId: 'u_housing', role: 'lead', state: 'assigned' },
      { unitId: 'u_edu', role: 'assisting', state: 'assigned' },
    ]);
    const { handling: _h, ...unassigned } = at('submitted');
    assert.equal(proposalSummary(unassigned).units, undefined);
  });

  it('assigns by the handling mode’s rules, with the county’s reply deadline in working days', () => {
    const filed = at('filed');
    const assign = (mode: 'single' | 'joint' | 'split', lead: string[], assisting: string[] = []) =>
      ({ action: 'assign', mode, leadUnitIds: lead, assistingUnitIds: assisting }) as const;
    assert.equal(issue(filed, assign('single', ['u_housing', 'u_edu']))?.message, '单办只交一个单位');
    assert.equal(issue(filed, assign('joint', ['u_housing']))?.message, '会办需要一个主办单位和至少一个协办单位');
    assert.equal(issue(filed, assign('split', ['u_housing'], ['u_edu']))?.message, '分办的各单位分别答复，没有协办单位');
    assert.equal(issue(filed, assign('joint', ['u_housing'], ['u_housing']))?.message, '同一单位不能重复交办');
    assert.deepEqual(issue(filed, assign('joint', ['u_housing'], ['u_gone']))?.path, ['body', 'assistingUnitIds']);

    const p = next(filed, assign('joint', ['u_housing'], ['u_edu']));
    assert.equal(p.status, 'assigned');
    // 66 working days after Monday 2026-03-09, no holidays in between.
    assert.equal(p.handling?.deadline, '2026-06-09');
    assert.deepEqual(
      p.handling?.units.map((u) => [u.unitId, u.role, u.state]),
      [
        ['u_housing', 'lead', 'assigned'],
        ['u_edu', 'assisting', 'assigned'],
      ],
    );
    assert.equal(p.history.at(-1)?.note, '盘锦市住房和城乡建设局、盘锦市教育局');
  });

  it('lets a unit hand a proposal back only within the county’s window', () => {
    const body = { action: 'hand_back', reason: '不属于本单位职责' } as const;
    // Assigned Monday 2026-03-02: 5 working days by today, the limit.
    assert.equal(next(jointlyAssigned, body, housing).handling?.units[0]?.state, 'handback_requested');
    const late = at('assigned', {
      handling: { mode: 'single', units: [assigned('u_housing', 'lead', '2026-02-27T09:00:00+08:00')], deadline: '2026-06-09' },
    });
    assert.deepEqual(checkProposalAction(late, body, housing), {
      code: 'illegal_transition',
      status: 409,
      detail: '退回须在交办后 5 个工作日内提出（已过 6 个）',
      allowed: ['accept', 'reply'],
    });
  });

  it('goes from a lead unit’s reply through countersigning to review', () => {
    const reply = {
      action: 'reply',
      docNo: '盘住建提〔2026〕3号',
      contactName: '周强',
      contactPhone: '0427-2826000',
      answerCategory: 'A',
      text: '已列入年度计划。',
    } as const;
    assert.equal(issue(jointlyAssigned, { ...reply, answerCategory: 'Z' }, housing)?.message, '请从答复分类中选择');
    const replied = next(jointlyAssigned, reply, housing, { reply: { id: 'r_9', attachments: [] } });
    assert.equal(replied.status, 'countersigning');
    assert.equal(replied.replies.at(-1)?.id, 'r_9');
    assert.deepEqual(allowedProposalActions(replied, housing), []);
    const countersigned = next(replied, { action: 'countersign', note: '同意' }, education);
    assert.equal(countersigned.status, 'reviewing');
    assert.deepEqual(countersigned.replies.at(-1)?.countersignedBy, [{ unitId: 'u_edu', at: '2026-03-09T10:00:00+08:00', note: '同意' }]);
  });

  it('in 分办 starts review only when every lead unit has replied', () => {
    const split = at('handling', {
      handling: { mode: 'split', units: [assigned('u_housing', 'lead'), assigned('u_edu', 'lead')], deadline: '2026-06-09' },
    });
    const reply = {
      action: 'reply',
      docNo: '1号',
      contactName: '周强',
      contactPhone: '0427-2826000',
      answerCategory: 'B',
      text: '答复',
    } as const;
    const first = next(split, reply, housing, { reply: { id: 'r_1', attachments: [] } });
    assert.equal(first.status, 'handling');
    assert.equal(next(first, reply, education, { reply: { id: 'r_2', attachments: [] } }).status, 'reviewing');
  });

  it('closes once every rater is satisfied; a dissatisfied rating waits for staff', () => {
    const fresh = at('answered');
    // The proposer and the co-signer who confirmed (赵红) rate; 孙𨟠 declined and does not.
    const one = next(fresh, { action: 'rate', satisfaction: 'satisfied' }, proposer);
    assert.equal(one.status, 'answered');
    assert.equal(next(one, { action: 'rate', satisfaction: 'basically_satisfied' }, cosigner2).status, 'closed');
    assert.equal(next(one, { action: 'rate', satisfaction: 'dissatisfied' }, cosigner2).status, 'answered');
    assert.equal(checkProposalAction(fresh, { action: 'rate', satisfaction: 'satisfied' }, cosigner3)?.code, 'illegal_transition');
  });

  it('lets staff enter a paper rating only for a proposer or confirmed co-signer', () => {
    const fresh = at('answered');
    assert.equal(
      issue(fresh, { action: 'rate', satisfaction: 'satisfied', memberId: 'm_3' })?.message,
      '请选择要代为录入评价的提案人或联名人',
    );
    const p = next(fresh, { action: 'rate', satisfaction: 'satisfied', memberId: 'm_1' });
    assert.deepEqual(p.ratings[0]?.enteredBy, staff.actor);
    assert.equal(p.ratings[0]?.name, '李明');
  });

  it('extends a deadline up to the county’s maximum, moving every unit’s deadline', () => {
    const handling = { ...jointlyAssigned.handling!, extendedWorkingDays: 40 };
    const p = at('handling', { handling });
    const refusal = issue(p, { action: 'extend', workingDays: 5, reason: '需要调研' });
    assert.deepEqual(refusal, { path: ['body', 'workingDays'], code: 'too_big', message: '最多还能延期 4 个工作日' });
    const extended = next(p, { action: 'extend', workingDays: 4, reason: '需要调研' });
    assert.equal(extended.handling?.deadline, '2026-06-15');
    assert.deepEqual(
      extended.handling?.units.map((u) => u.deadline),
      ['2026-06-15', '2026-06-15'],
    );
    assert.equal(extended.status, 'handling');
  });

  it('creates a supervision task only when a proposal first becomes key', () => {
    const filed = at('filed');
    const task = supervisionTaskFor(filed, { action: 'mark_key', key: true }, staff, 't_9');
    assert.equal(task?.type, 'supervised_proposal');
    assert.equal(task?.stageCode, 'planned');
    assert.deepEqual(task?.proposalIds, [filed.id]);
    assert.equal(supervisionTaskFor(filed, { action: 'mark_key', key: false }, staff, 't_9'), undefined);
    assert.equal(supervisionTaskFor(answered, { action: 'mark_key', key: true }, staff, 't_9'), undefined);
    const key = next(filed, { action: 'mark_key', key: true }, staff, { taskId: 't_9' });
    assert.equal(key.key, true);
    assert.equal(key.taskId, 't_9');
  });

  it('shows a proposal only to staff, its proposer and co-signers, and its units', () => {
    assert.equal(canSeeProposal(answered, citizen), false);
    assert.equal(canSeeProposal(answered, staff), true);
    assert.equal(canSeeProposal(answered, cosigner3), true);
    assert.equal(canSeeProposal(answered, education), true);
    assert.equal(canSeeProposal(draft, { ...housing, principal: { ...housing.principal!, unitId: 'u_other' } }), false);
  });

  it('lets only the proposer or staff edit, and only a draft or returned proposal', () => {
    assert.equal(checkProposalEdit(draft, draft.version, cosigner2)?.code, 'forbidden');
    assert.equal(checkProposalEdit(draft, draft.version - 1, proposer)?.code, 'version_conflict');
    assert.equal(checkProposalEdit(at('returned'), draft.version, proposer), undefined);
    assert.equal(checkProposalEdit(at('filed'), draft.version, proposer)?.detail, '现在不能修改提案（当前状态：已立案）');
  });

  it('refuses co-signers that repeat, are the proposer, or are not members', () => {
    const m2 = { id: 'm_2', name: '赵红' };
    assert.equal(
      checkProposalInput({ ...input, cosignerIds: ['m_1'] }, proposer, [])?.issues?.[0]?.message,
      '联名人不能重复，也不能是提案人本人',
    );
    assert.deepEqual(checkProposalInput({ ...input, cosignerIds: ['m_2', 'm_9'] }, proposer, [m2])?.issues?.[0]?.path, [
      'body',
      'cosignerIds',
      1,
    ]);
    assert.equal(
      checkProposalInput({ ...input, cosignerIds: ['m_2'], sectorCode: 'nope' }, proposer, [m2])?.issues?.[0]?.message,
      '没有这个界别',
    );
    assert.equal(checkProposalInput({ ...input, cosignerIds: ['m_2'] }, proposer, [m2]), undefined);
  });

  it('creates a draft or submits it at once, with the signed-in member as proposer', () => {
    const m1 = { id: 'm_1', name: '李明', sectorCode: 'agri' };
    const m2 = { id: 'm_2', name: '赵红' };
    const resolved = { id: 'p_9', member: m1, members: [m2], attachments: [] };
    const saved = newProposal({ ...input, intent: 'draft' }, proposer, resolved);
    assert.equal(saved.status, 'draft');
    assert.deepEqual(saved.proposer, { memberId: 'm_1', name: '李明', sectorCode: 'agri' });
    assert.deepEqual(saved.session, { term: 9, meeting: 5 });
    assert.deepEqual(saved.cosigners, [{ memberId: 'm_2', name: '赵红', state: 'pending' }]);
    assert.equal(newProposal({ ...input, intent: 'submit' }, proposer, resolved).status, 'cosigning');

    // Editing keeps the answers co-signers already gave.
    const answeredBy2 = { ...saved, cosigners: [{ memberId: 'm_2', name: '赵红', state: 'confirmed' as const }] };
    const edited = editProposal(answeredBy2, { ...input, title: '新标题', intent: 'submit' }, proposer, { members: [m2], attachments: [] });
    assert.equal(edited.title, '新标题');
    assert.equal(edited.status, 'submitted');
    assert.equal(edited.version, saved.version + 1);
  });
});
