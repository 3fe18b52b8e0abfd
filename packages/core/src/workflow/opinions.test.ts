// 社情民意: the county's reporting policy, the staff steps and what each requires, who sees an
// opinion, and what a reporter sees by tracking code + password.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countyConfig, opinion as instructed, opinionInput } from '../contract/contract.fixtures.js';
import type { CountyConfig, Opinion, OpinionAction } from '../contract/index.js';
import {
  allowedOpinionActions,
  applyOpinionAction,
  canSeeOpinion,
  checkOpinionAction,
  checkOpinionInput,
  newOpinion,
  opinionLookupView,
  submittedOpinion,
} from './opinions.js';
import { callerWith, citizen, proposer, staff } from './workflow.fixtures.js';

const history = (...steps: [action: string, to: string, note?: string][]) =>
  steps.map(([action, to, note]) => ({ at: '2026-03-05T09:30:00+08:00', action, to, actor: staff.actor, ...(note && { note }) }));
const at = (status: Opinion['status'], changes: Partial<Opinion> = {}): Opinion => ({ ...instructed, status, uptake: [], ...changes });

/** Checks, then applies (the refusal when the rules say no). */
const take = (o: Opinion, body: OpinionAction, effects = {}) =>
  checkOpinionAction(o, body, staff) ?? applyOpinionAction(o, body, staff, effects);
const next = (o: Opinion, body: OpinionAction, effects = {}): Opinion => {
  const result = take(o, body, effects);
  assert.ok('id' in result, `refused: ${JSON.stringify(result)}`);
  return result as Opinion;
};
const withPolicy = (identity: CountyConfig['opinionPolicy']['identity']) => ({
  config: { ...countyConfig, opinionPolicy: { ...countyConfig.opinionPolicy, identity } },
});

describe('opinion workflow', () => {
  it('offers the steps of the current state, and nothing once closed', () => {
    assert.deepEqual(allowedOpinionActions({ status: 'submitted' }), ['receive', 'not_accept', 'reply', 'close']);
    assert.deepEqual(allowedOpinionActions({ status: 'edited' }), ['edit', 'compile', 'report', 'reply', 'archive', 'close']);
    assert.deepEqual(allowedOpinionActions({ status: 'closed' }), []);
  });

  it('refuses a step out of turn with 409 and the allowed steps', () => {
    assert.deepEqual(checkOpinionAction(at('submitted'), { action: 'report', level: 'city' }, staff), {
      code: 'illegal_transition',
      status: 409,
      detail: '现在不能报送（当前状态：已提交）',
      allowed: ['receive', 'not_accept', 'reply', 'close'],
    });
    assert.equal(checkOpinionAction(at('received'), { action: 'receive', expectedVersion: 1 }, staff)?.code, 'version_conflict');
  });

  it('receives, and does not accept only with a reason from the county’s list', () => {
    const received = next(at('submitted'), { action: 'receive' });
    assert.equal(received.status, 'received');
    assert.equal(received.version, instructed.version + 1);
    assert.deepEqual(received.history.at(-1), {
      at: '2026-03-09T10:00:00+08:00',
      action: 'receive',
      from: 'submitted',
      to: 'received',
      actor: staff.actor,
    });
    assert.deepEqual(take(received, { action: 'not_accept', reasonCode: 'whim', note: '理由' }), {
      code: 'validation_failed',
      status: 422,
      issues: [{ path: ['body', 'reasonCode'], code: 'invalid_value', message: '请从理由列表中选择' }],
    });
    const refused = next(received, { action: 'not_accept', reasonCode: 'litigation', note: '已进入诉讼程序' });
    assert.equal(refused.status, 'not_accepted');
    assert.equal(refused.history.at(-1)?.note, '已进入诉讼程序');
  });

  it('reports to the county’s levels only, and records adoption and instructions per level', () => {
    const edited = at('edited');
    assert.equal(checkOpinionAction(edited, { action: 'report', level: 'moon' }, staff)?.issues?.[0]?.message, '没有这个报送层级');
    const reported = next(edited, { action: 'report', level: 'city' });
    assert.equal(reported.status, 'reported');
    assert.deepEqual(reported.uptake, [{ level: 'city', instructions: [], reportedAt: '2026-03-09T10:00:00+08:00' }]);

    const adopted = next(reported, { action: 'record_adoption', level: 'city', adoption: 'single' });
    assert.equal(adopted.status, 'adopted');
    const instruction = { by: '市领导', text: '请市住建局研办。', at: '2026-03-09' };
    const withInstruction = next(adopted, { action: 'record_instruction', level: 'city', ...instruction });
    assert.equal(withInstruction.status, 'instructed');
    assert.deepEqual(withInstruction.uptake[0]?.instructions, [instruction]);
    // Reporting to another level keeps the furthest state.
    assert.equal(next(withInstruction, { action: 'report', level: 'province' }).status, 'instructed');
    assert.equal(next(withInstruction, { action: 'record_adoption', level: 'province', adoption: 'single' }).status, 'instructed');
  });

  it('compiles an edited opinion into an issue of the journal, and nothing before it is edited', () => {
    const compiled = next(at('edited'), { action: 'compile', journalIssue: '2026年第12期' });
    assert.equal(compiled.status, 'edited');
    assert.equal(compiled.journalIssue, '2026年第12期');
    assert.deepEqual(compiled.history.at(-1), {
      at: '2026-03-09T10:00:00+08:00',
      action: 'compile',
      from: 'edited',
      to: 'edited',
      actor: staff.actor,
      note: '2026年第12期',
    });
    // Moved to another issue before it is reported.
    assert.equal(next(compiled, { action: 'compile', journalIssue: '2026年第13期' }).journalIssue, '2026年第13期');
    assert.equal(
      checkOpinionAction(at('received'), { action: 'compile', journalIssue: '2026年第12期' }, staff)?.code,
      'illegal_transition',
    );
    assert.equal(
      checkOpinionAction(at('reported'), { action: 'compile', journalIssue: '2026年第12期' }, staff)?.code,
      'illegal_transition',
    );
  });

  it('replies in any open state without changing it', () => {
    const replied = next(at('received'), { action: 'reply', text: '已转有关部门。', public: true }, { replyId: 'or_9' });
    assert.equal(replied.status, 'received');
    assert.deepEqual(replied.replies.at(-1), {
      id: 'or_9',
      at: '2026-03-09T10:00:00+08:00',
      text: '已转有关部门。',
      from: '盘锦市政协',
      public: true,
    });
    assert.throws(() => applyOpinionAction(at('received'), { action: 'reply', text: '答复', public: true }, staff), /\[tongxin\].*replyId/);
  });

  it('applies the county’s reporting policy and asks for consent whenever personal data is given', () => {
    const { privacyConsent: _consent, ...withoutConsent } = opinionInput;
    assert.equal(checkOpinionInput(opinionInput, withPolicy('optional')), undefined);
    assert.equal(checkOpinionInput({ ...withoutConsent, reporter: { anonymous: true } }, withPolicy('optional')), undefined);
    assert.deepEqual(checkOpinionInput(withoutConsent, withPolicy('optional'))?.issues?.[0]?.path, ['body', 'privacyConsent']);
    // An anonymous reporter who leaves a phone number gives personal data too.
    assert.deepEqual(
      checkOpinionInput({ ...withoutConsent, reporter: { anonymous: true, phone: '13812341234' } }, withPolicy('optional'))?.issues?.[0]
        ?.path,
      ['body', 'privacyConsent'],
    );
    assert.equal(
      checkOpinionInput({ ...withoutConsent, reporter: { anonymous: true } }, withPolicy('real_name'))?.issues?.[0]?.message,
      '本县（区）要求实名反映，请填写姓名和手机号码',
    );
    assert.deepEqual(
      checkOpinionInput({ ...opinionInput, reporter: { anonymous: false, name: '张三' } }, withPolicy('real_name'))?.issues?.[0]?.path,
      ['body', 'reporter', 'phone'],
    );
    assert.equal(
      checkOpinionInput(opinionInput, withPolicy('anonymous'))?.issues?.[0]?.message,
      '本县（区）只受理匿名反映，请不要填写个人信息',
    );
    assert.equal(
      checkOpinionInput({ ...opinionInput, categoryCode: 'nope' }, withPolicy('optional'))?.issues?.[0]?.message,
      '没有这个分类',
    );
  });

  it('records a signed-in member as the reporter’s member, due in the county’s working days', () => {
    const input = submittedOpinion(opinionInput, proposer, []);
    assert.equal(input.reporter.memberId, 'm_1');
    assert.equal(input.reporter.identity, 'member');
    assert.equal(submittedOpinion(opinionInput, citizen, []).reporter.memberId, undefined);
    const o = newOpinion(input, proposer, { id: 'o_9', trackingCode: '7K3M-9QX2-BD4H' });
    assert.equal(o.status, 'submitted');
    // 10 working days after Monday 2026-03-09.
    assert.equal(o.dueDate, '2026-03-23');
    assert.equal('attachmentIds' in o, false);
  });

  it('shows an opinion to staff and to the member who reported it only', () => {
    const mine = at('received', { reporter: { anonymous: false, name: '李明', memberId: 'm_1' } });
    assert.equal(canSeeOpinion(mine, proposer), true);
    assert.equal(canSeeOpinion(mine, staff), true);
    assert.equal(canSeeOpinion(mine, callerWith(['member'], { memberId: 'm_2' })), false);
    assert.equal(canSeeOpinion(at('received'), citizen), false);
  });

  it('shows the reporter status changes once each, the reason only when not accepted, and public replies only', () => {
    const o = at('not_accepted', {
      history: history(
        ['create', 'submitted'],
        ['receive', 'received', '内部：转王科长'],
        ['reply', 'received'],
        ['not_accept', 'not_accepted', '属于信访事项'],
      ),
      replies: [
        { id: 'or_1', at: '2026-03-06T09:00:00+08:00', text: '已收到。', from: '盘锦市政协', public: true },
        { id: 'or_2', at: '2026-03-06T10:00:00+08:00', text: '内部答复', from: '盘锦市政协', public: false },
      ],
      uptake: [{ level: 'city', reportedAt: '2026-03-06T09:00:00+08:00', instructions: [] }],
    });
    const view = opinionLookupView(o);
    assert.deepEqual(view.timeline, [
      { at: '2026-03-05T09:30:00+08:00', status: 'submitted' },
      { at: '2026-03-05T09:30:00+08:00', status: 'received' },
      { at: '2026-03-05T09:30:00+08:00', status: 'not_accepted', note: '属于信访事项' },
    ]);
    assert.deepEqual(
      view.replies.map((r) => r.id),
      ['or_1'],
    );
    assert.deepEqual(view.uptake, [{ level: 'city', adopted: false, instructed: false }]);
    assert.equal('reporter' in view, false);
  });
});
