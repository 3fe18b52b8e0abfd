/**
 * `@tongxin/core/demo`: the demo county for the reference API server and the mock API
 * (`@tongxin/mock`), modelled on 盘锦市 (Panjin, Liaoning; tenant 211100) as
 * described in the seed article: four districts and counties, the three kinds of member
 * workstations, the year's 18 key consultation and inspection tasks, and proposals and opinions in
 * every status.
 *
 * `buildDemoData()` is pure and deterministic: a seeded generator and fixed 2026 dates (Beijing
 * time), no clock and no I/O, so two calls give deep-equal results; it runs in browsers and in
 * Node 20. Everything below county level and every person is invented (DEMO DATA).
 */

import { CountyConfig } from '../contract/config.js';
import type { Division, Member, Proposal, Task, Workstation } from '../contract/index.js';
import { DEMO_COUNTY_CONFIG } from './county-config.js';
import { buildGeography } from './geography.js';
import { buildOpinions, type DemoOpinion } from './opinions.js';
import { buildMembers, buildUsers, type DemoUser, NamePool } from './people.js';
import { buildProposals } from './proposals.js';
import { buildTasks } from './tasks.js';
import { buildWorkstations, planStations } from './workstations.js';

export { DEMO_TODAY } from './calendar.js';
export type { DemoOpinion } from './opinions.js';
export type { DemoUser } from './people.js';

/** Everything the server (or the mock) seeds for the demo tenant. */
export interface DemoData {
  config: CountyConfig;
  divisions: Division[];
  members: Member[];
  /** Dev-login accounts. */
  users: DemoUser[];
  workstations: Workstation[];
  tasks: Task[];
  proposals: Proposal[];
  /** Opinions with the plaintext query password each reporter was given (hash it when storing). */
  opinions: DemoOpinion[];
}

/**
 * Builds the demo data set (about 360 records; a few milliseconds).
 * @example const { config, proposals } = buildDemoData(); // config.tenant === '211100'
 */
export function buildDemoData(): DemoData {
  // Parsing checks the configuration against the contract (and gives a fresh copy every call).
  const config = CountyConfig.parse(DEMO_COUNTY_CONFIG);
  const geo = buildGeography();
  const stations = planStations(config, geo);
  const names = new NamePool(0x6e61);
  const members = buildMembers(config, geo, stations, names);
  const opinions = buildOpinions({ config, geo, stations, members });
  const perStation = new Map<string, number>();
  for (const { opinion } of opinions) {
    if (opinion.workstationId) perStation.set(opinion.workstationId, (perStation.get(opinion.workstationId) ?? 0) + 1);
  }
  const proposals = buildProposals({ config, members, opinions: opinions.map((o) => o.opinion) });
  return {
    config,
    divisions: geo.divisions,
    members,
    users: buildUsers(config, members),
    workstations: buildWorkstations(config, stations, members, names, perStation),
    tasks: buildTasks({ config, members, proposals }),
    proposals,
    opinions,
  };
}

/**
 * The demo data moved to another county code: the same accounts and records (with the same ids),
 * every `tenant` field set to `tenant`. Tests use it for a second county, to check isolation.
 * @example const other = demoDataFor('211200'); // other.config.tenant === '211200'
 */
export function demoDataFor(tenant: string, data: DemoData = buildDemoData()): DemoData {
  return JSON.parse(JSON.stringify(data).replaceAll(`"tenant":"${data.config.tenant}"`, `"tenant":"${tenant}"`));
}
