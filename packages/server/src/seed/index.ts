/**
 * Demo data for the reference API server, modelled on 盘锦市 (Panjin, Liaoning; tenant 211100) as
 * described in the seed article: four districts and counties, the three kinds of member
 * workstations, the year's 18 key consultation and inspection tasks, and proposals and opinions in
 * every status.
 *
 * `buildDemoData()` is pure and deterministic: a seeded generator and fixed 2026 dates (Beijing
 * time), no clock and no I/O, so two calls give deep-equal results. Everything below county level
 * and every person is invented (DEMO DATA).
 */

import { readFileSync } from 'node:fs';
import { CountyConfig, type Division, type Member, type Proposal, type Task, type Workstation } from '@tongxin/core';
import { buildGeography } from './geography.js';
import { buildOpinions, type DemoOpinion } from './opinions.js';
import { buildMembers, buildUsers, type DemoUser, NamePool } from './people.js';
import { buildProposals } from './proposals.js';
import { buildTasks } from './tasks.js';
import { buildWorkstations, planStations } from './workstations.js';

export { DEMO_TODAY } from './calendar.js';
export type { DemoOpinion } from './opinions.js';
export type { DemoUser } from './people.js';

/** Everything the server seeds into an empty database for the demo tenant. */
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
  // Parsing checks the JSON against the contract and gives it the contract's types.
  // Read rather than imported: JSON modules still print an experimental warning on Node 20.
  const config = CountyConfig.parse(JSON.parse(readFileSync(new URL('./county-config.json', import.meta.url), 'utf8')));
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
