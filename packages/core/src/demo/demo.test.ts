// The demo data set: every record parses with its contract schema, the coverage the demo promises
// (every status, every stage, every station kind) is there, references resolve, and two builds are
// identical.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ZodMiniType } from 'zod/mini';
import {
  CountyConfig,
  Division,
  Member,
  Opinion,
  OpinionStatus,
  Proposal,
  ProposalStatus,
  QueryPassword,
  Task,
  TrackingCode,
  User,
  Workstation,
} from '../contract/index.js';
import { divisionParent } from '../validators/index.js';
import { addWorkingDays } from './calendar.js';
import { buildDemoData, DEMO_TODAY, demoDataFor } from './index.js';

const data = buildDemoData();
const { config } = data;
const proposals = data.proposals;
const opinions = data.opinions.map((o) => o.opinion);

/** Parses and checks the value is already in the schema's normalised form (nothing stripped or rewritten). */
const parsesToItself = (schema: ZodMiniType, value: unknown, what: string) => {
  const result = schema.safeParse(value);
  assert.ok(result.success, `${what}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`);
  assert.deepEqual(result.data, value, `${what} parses to itself`);
};
const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};
const assertUnique = (values: readonly string[], what: string) => {
  const dupes = values.filter((v, i) => values.indexOf(v) !== i);
  assert.deepEqual(dupes, [], `duplicate ${what}`);
};

describe('demo data parses with the contract', () => {
  it('config', () => parsesToItself(CountyConfig, config, 'config'));
  it('divisions', () => {
    for (const d of data.divisions) parsesToItself(Division, d, d.code);
  });
  it('members', () => {
    for (const m of data.members) parsesToItself(Member, m, m.id);
  });
  it('users', () => {
    for (const u of data.users) parsesToItself(User, u.user, u.account);
  });
  it('workstations', () => {
    for (const w of data.workstations) parsesToItself(Workstation, w, w.id);
  });
  it('tasks', () => {
    for (const t of data.tasks) parsesToItself(Task, t, t.id);
  });
  it('proposals', () => {
    for (const p of proposals) parsesToItself(Proposal, p, p.id);
  });
  it('opinions and their query passwords', () => {
    for (const { opinion, queryPassword } of data.opinions) {
      parsesToItself(Opinion, opinion, opinion.id);
      parsesToItself(QueryPassword, queryPassword, `${opinion.id} password`);
      assert.match(queryPassword, /^\d{8}$/);
    }
  });
});

describe('demo data is deterministic and consistent', () => {
  it('two builds are deep-equal', () => {
    assert.deepEqual(buildDemoData(), buildDemoData());
  });

  it('ids are unique and URL-safe, everything belongs to 211100', () => {
    const collections: [string, { id: string }[]][] = [
      ['member', data.members],
      ['user', data.users.map((u) => u.user)],
      ['workstation', data.workstations],
      ['task', data.tasks],
      ['proposal', proposals],
      ['opinion', opinions],
    ];
    for (const [what, items] of collections) {
      assertUnique(
        items.map((i) => i.id),
        `${what} id`,
      );
      for (const { id } of items) assert.match(id, /^[a-z]+_[a-z0-9_]+$/, `${what} id ${id}`);
    }
    assertUnique(
      data.users.map((u) => u.account),
      'account',
    );
    assertUnique(
      data.divisions.map((d) => d.code),
      'division code',
    );
    assert.equal(config.tenant, '211100');
    for (const record of [...data.workstations, ...data.tasks, ...proposals, ...opinions]) assert.equal(record.tenant, '211100', record.id);
    for (const { user } of data.users) assert.equal(user.tenant, '211100');
  });

  it('every timestamp is in Beijing time, in 2026 and before the demo day', () => {
    const stamps: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) stamps.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(data);
    assert.ok(stamps.length > 500);
    for (const s of stamps) {
      assert.match(s, /^2026-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      assert.ok(s.slice(0, 10) < DEMO_TODAY, `${s} is not before ${DEMO_TODAY}`);
    }
  });

  it('histories run forward in time and end in the current status', () => {
    const records: { id: string; status: string; history: { at: string; from?: string | undefined; to: string }[] }[] = [
      ...proposals,
      ...opinions,
    ];
    for (const record of records) {
      const { history } = record;
      assert.ok(history.length > 0, record.id);
      assert.equal(history[history.length - 1]!.to, record.status, `${record.id} history ends in its status`);
      history.forEach((h, i) => {
        if (i === 0) return;
        assert.ok(history[i - 1]!.at <= h.at, `${record.id} history ${i} goes back in time`);
        assert.equal(h.from, history[i - 1]!.to, `${record.id} history ${i} starts where the previous ended`);
      });
    }
    for (const task of data.tasks) {
      assert.equal(task.history[task.history.length - 1]!.to, task.stageCode, task.id);
    }
  });
});

describe('divisions: 盘锦市 and its four districts and counties', () => {
  it('has the city, the four county-level divisions, 3–5 towns each and 4–8 villages per town', () => {
    const byLevel = countBy(data.divisions, (d) => d.level);
    assert.equal(byLevel.get('prefecture'), 1);
    const counties = data.divisions.filter((d) => d.level === 'county');
    assert.deepEqual(counties.map((c) => `${c.code}${c.name}`).sort(), [
      '211102双台子区',
      '211103兴隆台区',
      '211104大洼区',
      '211122盘山县',
    ]);
    for (const county of counties) {
      assert.equal(county.parent, '211100');
      const towns = data.divisions.filter((d) => d.parent === county.code);
      assert.ok(towns.length >= 3 && towns.length <= 5, `${county.name} has ${towns.length} towns`);
      for (const town of towns) {
        assert.equal(town.level, 'town');
        assert.match(town.code, new RegExp(`^${county.code}\\d{3}000$`));
        const villages = data.divisions.filter((d) => d.parent === town.code);
        assert.ok(villages.length >= 4 && villages.length <= 8, `${town.name} has ${villages.length} villages`);
        for (const village of villages) {
          assert.equal(village.level, 'village');
          assert.equal(divisionParent(village.code), town.code);
          assert.match(village.name, /(村|社区)$/);
        }
      }
    }
  });
});

describe('workstations: the three kinds, inside the city', () => {
  const divisions = new Map(data.divisions.map((d) => [d.code, d]));

  it('has about 150 stations of the three kinds, one street station per town, most in villages', () => {
    const kinds = countBy(data.workstations, (w) => w.type);
    assert.ok(data.workstations.length >= 140 && data.workstations.length <= 160);
    assert.deepEqual([...kinds.keys()].sort(), ['sector', 'street', 'village']);
    assert.equal(kinds.get('street'), data.divisions.filter((d) => d.level === 'town').length);
    assert.equal(kinds.get('sector'), config.sectors.length);
    assert.ok(kinds.get('village')! > data.workstations.length / 2);
  });

  it('every station is inside the configured map bounds and Panjin', () => {
    const { southWest, northEast } = config.map!.bounds;
    for (const w of data.workstations) {
      const p = w.location!;
      assert.equal(p.crs, 'WGS84');
      assert.ok(
        p.lng >= southWest.lng && p.lng <= northEast.lng && p.lat >= southWest.lat && p.lat <= northEast.lat,
        `${w.id} outside bounds`,
      );
      assert.ok(p.lng >= 121.5 && p.lng <= 122.5 && p.lat >= 40.7 && p.lat <= 41.4, `${w.id} outside Panjin`);
    }
  });

  it('stations stand on 12-digit divisions of their kind, with office phones and demo names', () => {
    for (const w of data.workstations) {
      const division = divisions.get(w.divisionCode);
      assert.ok(division, `${w.id} division ${w.divisionCode}`);
      assert.equal(division.level, w.type === 'street' ? 'town' : 'village', w.id);
      assert.match(w.officePhone ?? '', /^0427-28\d{5}$/);
      assert.match(w.name, /委员工作站（演示）$/);
      assert.ok(w.members.length > 0 && w.duty.slots.length > 0 && w.services.length > 0 && w.activities.length > 0, w.id);
      assert.deepEqual(w.photos, []);
      if (w.type === 'sector') assert.equal(w.sectorCodes.length, 1);
    }
    assertUnique(
      data.workstations.map((w) => w.officePhone ?? ''),
      'office phone',
    );
  });
});

describe('members and users', () => {
  it('about 120 members, in every sector, some with names outside the BMP', () => {
    assert.ok(data.members.length >= 110 && data.members.length <= 130);
    const sectors = new Set(config.sectors.map((s) => s.code));
    assert.deepEqual(new Set(data.members.map((m) => m.sectorCode)), sectors);
    assert.ok(data.members.filter((m) => /[\u{20000}-\u{3FFFF}]/u.test(m.name)).length >= 3);
    const villages = new Set(data.divisions.filter((d) => d.level === 'village').map((d) => d.code));
    for (const m of data.members) {
      assert.ok(villages.has(m.divisionCode!), `${m.id} is stationed in a village or community`);
      assert.ok(m.group && m.affiliation, m.id);
    }
  });

  it('members and stations point at each other', () => {
    const stations = new Map(data.workstations.map((w) => [w.id, w]));
    for (const m of data.members) {
      assert.ok(m.workstationIds?.length, m.id);
      for (const id of m.workstationIds ?? []) {
        const station = stations.get(id);
        assert.ok(station, `${m.id} → ${id}`);
        assert.ok(
          station.members.some((s) => s.memberId === m.id && s.name === m.name && s.sectorCode === m.sectorCode),
          `${id} lists ${m.id}`,
        );
      }
    }
    for (const w of data.workstations) {
      for (const s of w.members) {
        if (!s.memberId) continue;
        const member = data.members.find((m) => m.id === s.memberId);
        assert.ok(member?.workstationIds?.includes(w.id), `${s.memberId} lists ${w.id}`);
      }
    }
  });

  it('has the demo accounts with resolving member and unit ids', () => {
    const accounts = new Map(data.users.map((u) => [u.account, u]));
    for (const name of ['staff', 'admin', 'member-li', 'unit-housing', 'unit-edu', 'citizen']) assert.ok(accounts.has(name), name);
    assert.deepEqual(accounts.get('staff')!.user.roles, ['staff']);
    assert.deepEqual(accounts.get('admin')!.user.roles, ['admin', 'staff']);
    assert.equal(accounts.get('unit-housing')!.user.unitId, 'u_housing');
    assert.equal(accounts.get('unit-edu')!.user.unitId, 'u_edu');
    assert.deepEqual(accounts.get('citizen')!.user.roles, ['citizen']);
    const memberUsers = data.users.filter((u) => u.user.roles.includes('member'));
    assert.ok(memberUsers.length >= 4);
    for (const { user, label } of data.users) {
      assert.ok(label['zh-Hans'].includes(user.name), `${user.id} label names the person`);
      if (user.roles.includes('member'))
        assert.ok(
          data.members.some((m) => m.id === user.memberId && m.name === user.name),
          user.id,
        );
      if (user.roles.includes('unit'))
        assert.ok(
          config.units.some((u) => u.id === user.unitId),
          user.id,
        );
    }
    const li = accounts.get('member-li')!.user;
    assert.ok(proposals.filter((p) => p.proposer.memberId === li.memberId).length >= 3, 'member-li owns proposals');
    assert.ok(
      memberUsers.some((u) => proposals.some((p) => p.cosigners.some((c) => c.memberId === u.user.memberId && c.state === 'pending'))),
      'a member user has a co-signature to give',
    );
  });
});

describe('tasks: the 18 key tasks of the year', () => {
  const stages = new Map(config.taskStages.map((s) => [s.code, s]));

  it('18 tasks, 7 led by democratic parties and the federation, every stage used', () => {
    assert.equal(data.tasks.length, 18);
    assert.equal(data.tasks.filter((t) => t.leadingParty).length, 7);
    assert.deepEqual(new Set(data.tasks.map((t) => t.stageCode)), new Set(stages.keys()));
    assert.ok(data.tasks.filter((t) => t.public).length >= 14);
  });

  it('progress, outcome and feedback match the stage', () => {
    for (const t of data.tasks) {
      const stage = stages.get(t.stageCode)!;
      assert.equal(t.progress, stage.progress, t.id);
      for (const id of [...t.leadUnitIds, ...t.assistingUnitIds])
        assert.ok(
          config.units.some((u) => u.id === id),
          `${t.id} unit ${id}`,
        );
      if (stage.bucket === 'answered' || stage.bucket === 'fed_back') assert.ok(t.outcome.resolution && t.outcome.adopted, t.id);
      if (stage.final) {
        assert.ok(t.feedback.satisfaction && t.feedback.text && t.actualEnd, t.id);
        assert.equal(t.outcome.carriedOut, true);
      } else {
        assert.deepEqual(t.feedback, {}, t.id);
        assert.equal(t.actualEnd, undefined, t.id);
      }
      if (stage.progress > 0) assert.ok(t.updates.length > 0, `${t.id} has progress updates`);
    }
  });

  it('some are overdue and some due soon on the demo day', () => {
    const open = data.tasks.filter((t) => !stages.get(t.stageCode)!.final);
    const soon = addWorkingDays(DEMO_TODAY, config.deadlines.dueSoonWorkingDays, config.calendar);
    assert.ok(open.filter((t) => t.plannedEnd! < DEMO_TODAY).length >= 2, 'overdue');
    assert.ok(open.filter((t) => t.plannedEnd! >= DEMO_TODAY && t.plannedEnd! <= soon).length >= 2, 'due soon');
  });

  it('linked proposals and opinions exist; key proposals point back', () => {
    for (const t of data.tasks) {
      for (const id of t.proposalIds)
        assert.ok(
          proposals.some((p) => p.id === id),
          `${t.id} → ${id}`,
        );
      for (const id of t.opinionIds)
        assert.ok(
          opinions.some((o) => o.id === id),
          `${t.id} → ${id}`,
        );
    }
  });
});

describe('proposals: every status, consistent with it', () => {
  const numbered: ProposalStatus[] = ['filed', 'assigned', 'handling', 'countersigning', 'reviewing', 'answered', 'rework', 'closed'];
  const handled: ProposalStatus[] = ['assigned', 'handling', 'countersigning', 'reviewing', 'answered', 'rework', 'closed'];
  const replied: ProposalStatus[] = ['countersigning', 'reviewing', 'answered', 'rework', 'closed'];

  it('every status at least twice', () => {
    const counts = countBy(proposals, (p) => p.status);
    for (const status of ProposalStatus.options) assert.ok((counts.get(status) ?? 0) >= 2, `${status}: ${counts.get(status) ?? 0}`);
  });

  it('numbers, handling, replies and ratings fit the status', () => {
    const units = new Set(config.units.map((u) => u.id));
    for (const p of proposals) {
      assert.equal(p.number !== undefined, numbered.includes(p.status), `${p.id} number`);
      assert.equal(p.handling !== undefined, handled.includes(p.status), `${p.id} handling`);
      assert.equal(p.replies.length > 0, replied.includes(p.status), `${p.id} replies`);
      assert.match(p.title, /^关于.+的建议$/);
      assert.ok(
        config.proposalCategories.some((c) => c.code === p.categoryCode),
        p.id,
      );
      if (p.handling) {
        for (const u of p.handling.units) assert.ok(units.has(u.unitId), `${p.id} unit ${u.unitId}`);
        if (p.handling.mode === 'joint')
          assert.ok(
            p.handling.units.some((u) => u.role === 'assisting'),
            p.id,
          );
        if (p.handling.mode === 'split') assert.ok(p.handling.units.filter((u) => u.role === 'lead').length >= 2, p.id);
      }
      for (const r of p.replies) {
        assert.ok(units.has(r.unitId) && config.answerCategories.some((c) => c.code === r.answerCategory), `${p.id} reply`);
        assert.equal(r.approved !== undefined, ['answered', 'rework', 'closed'].includes(p.status), `${p.id} reply approval`);
      }
      if (p.status === 'countersigning')
        assert.ok(
          p.handling!.units.some((u) => u.role === 'assisting' && u.state === 'accepted'),
          p.id,
        );
      if (p.status === 'closed' || p.status === 'rework') assert.ok(p.ratings.length > 0, `${p.id} is rated`);
      if (p.status === 'rework')
        assert.ok(
          p.ratings.some((r) => r.satisfaction === 'dissatisfied'),
          p.id,
        );
      if (p.status === 'not_filed')
        assert.ok(
          config.notFiledReasons.some((r) => r.code === p.notFiledReasonCode),
          p.id,
        );
      if (p.status === 'cosigning')
        assert.ok(
          p.cosigners.some((c) => c.state === 'pending'),
          p.id,
        );
      if (p.proposerType === 'joint') assert.ok(p.cosigners.length > 0, p.id);
      if (p.proposerType === 'party') assert.ok(p.proposer.organization && !p.proposer.memberId, p.id);
    }
    const closedRatings = new Set(proposals.filter((p) => p.status === 'closed').flatMap((p) => p.ratings.map((r) => r.satisfaction)));
    assert.deepEqual(closedRatings, new Set(['satisfied', 'basically_satisfied', 'dissatisfied']));
    const modes = new Set(proposals.flatMap((p) => (p.handling ? [p.handling.mode] : [])));
    assert.deepEqual(modes, new Set(['single', 'split', 'joint']));
    assertUnique(
      proposals.flatMap((p) => (p.number ? [p.number] : [])),
      'proposal number',
    );
  });

  it('people, merges, conversions and key tasks resolve', () => {
    const memberIds = new Set(data.members.map((m) => m.id));
    for (const p of proposals) {
      if (p.proposer.memberId) assert.ok(memberIds.has(p.proposer.memberId), p.id);
      for (const c of p.cosigners) assert.ok(memberIds.has(c.memberId), `${p.id} cosigner`);
      for (const r of p.ratings) assert.ok(memberIds.has(r.memberId), `${p.id} rating`);
      assert.equal(p.key, p.taskId !== undefined, `${p.id} key ⇔ task`);
      if (p.taskId) {
        const task = data.tasks.find((t) => t.id === p.taskId);
        assert.equal(task?.type, 'supervised_proposal', `${p.id} task`);
        assert.ok(task.proposalIds.includes(p.id));
      }
      assert.equal(p.mergedInto !== undefined, p.status === 'merged', `${p.id} mergedInto`);
      if (p.mergedInto) assert.ok(proposals.find((q) => q.id === p.mergedInto)?.mergedFrom?.includes(p.id), `${p.id} merged`);
      // Still merged, so the proposal it joined has no approved reply yet (that reply would answer it too).
      if (p.mergedInto)
        assert.equal(
          proposals.find((q) => q.id === p.mergedInto)?.history.some((h) => h.action === 'approve_reply'),
          false,
          `${p.id} waits for ${p.mergedInto}'s reply`,
        );
      for (const id of p.mergedFrom ?? []) assert.equal(proposals.find((q) => q.id === id)?.mergedInto, p.id);
      assert.equal(p.convertedToOpinionId !== undefined, p.status === 'converted', `${p.id} converted`);
      if (p.convertedToOpinionId) {
        const opinion = opinions.find((o) => o.id === p.convertedToOpinionId);
        assert.ok(opinion, `${p.id} → ${p.convertedToOpinionId}`);
        assert.equal(opinion.reporter.memberId, p.proposer.memberId);
      }
    }
    assert.ok(proposals.filter((p) => p.key).length >= 3);
  });
});

describe('opinions: every status, tracking codes, privacy', () => {
  it('every status at least twice, anonymous and named reporters', () => {
    const counts = countBy(opinions, (o) => o.status);
    for (const status of OpinionStatus.options) assert.ok((counts.get(status) ?? 0) >= 2, `${status}: ${counts.get(status) ?? 0}`);
    assert.ok(opinions.filter((o) => o.reporter.anonymous).length >= 3);
    const named = opinions.filter((o) => !o.reporter.anonymous && o.reporter.identity === 'other');
    assert.ok(named.length >= 3);
    for (const o of named) {
      assert.match(o.reporter.phone ?? '', /^139\d{8}$/, o.id);
      assert.ok(o.privacyConsent, `${o.id} has consent for the personal data`);
    }
  });

  it('tracking codes are unique and well formed; due dates follow the reply limit', () => {
    assertUnique(
      opinions.map((o) => o.trackingCode),
      'tracking code',
    );
    assertUnique(
      data.opinions.map((o) => o.queryPassword),
      'query password',
    );
    for (const o of opinions) {
      assert.ok(TrackingCode.safeParse(o.trackingCode).success, o.trackingCode);
      assert.equal(o.dueDate, addWorkingDays(o.createdAt.slice(0, 10), config.deadlines.opinionReplyWorkingDays, config.calendar), o.id);
      assert.ok(
        config.opinionCategories.some((c) => c.code === o.categoryCode),
        o.id,
      );
    }
  });

  it('uptake, editing and replies fit the status', () => {
    for (const o of opinions) {
      const reported = ['reported', 'adopted', 'instructed'].includes(o.status);
      if (reported) assert.ok(o.uptake.length > 0 && o.edited && o.journalIssue, o.id);
      if (o.status === 'adopted' || o.status === 'instructed') assert.ok(o.uptake[0]!.adoption && o.uptake[0]!.adoptedAt, o.id);
      if (o.status === 'instructed') assert.ok(o.uptake[0]!.instructions.length > 0, o.id);
      if (o.status === 'edited') assert.ok(o.edited && o.journalIssue, o.id);
      if (o.status === 'not_accepted')
        assert.ok(
          o.replies.some((r) => r.public),
          `${o.id} tells the reporter why`,
        );
      if (o.status === 'submitted') assert.deepEqual(o.replies, []);
      for (const u of o.uptake)
        assert.ok(
          config.reportLevels.some((l) => l.code === u.level),
          o.id,
        );
    }
    assert.ok(opinions.some((o) => o.replies.some((r) => r.public)));
    assert.ok(opinions.some((o) => o.location?.divisionCode));
  });

  it('stations that received opinions exist and count them', () => {
    const linked = opinions.filter((o) => o.workstationId);
    assert.ok(linked.length >= 3);
    for (const o of linked) {
      const station = data.workstations.find((w) => w.id === o.workstationId);
      assert.ok(station, `${o.id} → ${o.workstationId}`);
      assert.ok(station.opinionCount >= linked.filter((l) => l.workstationId === station.id).length);
      assert.equal(station.divisionCode, o.location?.divisionCode, `${o.id} came in where it happened`);
    }
  });
});

describe('the demo data for another county', () => {
  it('has the same records and accounts, each belonging to the other county; divisions keep their codes', () => {
    const other = demoDataFor('211200', data);
    assert.equal(other.config.tenant, '211200');
    assert.deepEqual(
      other.proposals.map((p) => [p.id, p.tenant]),
      proposals.map((p) => [p.id, '211200']),
    );
    assert.ok(other.users.every((u) => u.user.tenant === '211200'));
    assert.ok([...other.opinions.map((o) => o.opinion), ...other.tasks, ...other.workstations].every((r) => r.tenant === '211200'));
    assert.deepEqual(other.divisions, data.divisions);
    assert.equal(data.config.tenant, '211100', 'the original is left as it was');
  });
});
