/** Callers for the workflow tests: the fixture county, Monday 2026-03-09 10:00 in Beijing. */
import { countyConfig } from '../contract/contract.fixtures.js';
import type { Role, User } from '../contract/index.js';
import type { WorkflowEnv } from './common.js';

/** 2026-03-09 (a Monday), 10:00 Beijing time. */
export const NOW = new Date('2026-03-09T02:00:00Z');

/** A signed-in caller with these roles (and member or unit ids) in the fixture county. */
export function callerWith(roles: Role[], ids: Pick<User, 'memberId' | 'unitId'> = {}): WorkflowEnv {
  const id = `u_${ids.memberId ?? ids.unitId ?? roles[0]}`;
  return {
    tenant: '211100',
    config: countyConfig,
    principal: { id, name: '测试', tenant: '211100', roles, ...ids },
    actor: { id, name: '测试', role: roles[0] ?? 'citizen' },
    now: NOW,
  };
}

export const staff = callerWith(['staff']);
/** 李明, the fixture proposal's proposer. */
export const proposer = callerWith(['member'], { memberId: 'm_1' });
/** 赵红 and 孙𨟠, its co-signers. */
export const cosigner2 = callerWith(['member'], { memberId: 'm_2' });
export const cosigner3 = callerWith(['member'], { memberId: 'm_3' });
/** The lead (住建局) and assisting (教育局) units. */
export const housing = callerWith(['unit'], { unitId: 'u_housing' });
export const education = callerWith(['unit'], { unitId: 'u_edu' });
export const citizen = callerWith(['citizen']);
