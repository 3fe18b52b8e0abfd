/**
 * Loads the demo county (盘锦市, modelled on the seed article) into a database: configuration,
 * divisions, members, demo accounts, workstations, tasks, proposals and opinions in every state.
 * Idempotent: a county that already exists is left as it is.
 */

import { buildDemoData, type DemoData } from '@tongxin/core/demo';
import type { Database } from './db/database.js';

/** Inserts the demo data unless its county exists; returns whether it loaded anything. */
export async function loadDemoData(
  db: Database,
  hashPassword: (password: string) => Promise<string>,
  data: DemoData = buildDemoData(),
): Promise<boolean> {
  const tenant = data.config.tenant;
  const [exists] = await db.query('select 1 from tenants where code = $1', [tenant]);
  if (exists) return false;
  const hashes = await Promise.all(data.opinions.map((o) => hashPassword(o.queryPassword)));
  await db.transaction(async (tx) => {
    await tx.query('insert into tenants (code, config) values ($1, $2::jsonb)', [tenant, data.config]);
    for (const d of data.divisions) {
      await tx.query('insert into divisions (tenant, code, parent, level, name) values ($1, $2, $3, $4, $5)', [
        tenant,
        d.code,
        d.parent ?? null,
        d.level,
        d.name,
      ]);
    }
    for (const m of data.members) {
      await tx.query('insert into members (tenant, id, name, sector_code, doc) values ($1, $2, $3, $4, $5::jsonb)', [
        tenant,
        m.id,
        m.name,
        m.sectorCode ?? null,
        m,
      ]);
    }
    for (const u of data.users) {
      await tx.query('insert into users (tenant, id, account, doc) values ($1, $2, $3, $4::jsonb)', [
        tenant,
        u.user.id,
        u.account,
        { account: u.account, label: u.label, user: u.user },
      ]);
    }
    for (const w of data.workstations) {
      await tx.query(
        'insert into workstations (tenant, id, division_code, type, doc, version, updated_at) values ($1, $2, $3, $4, $5::jsonb, $6, $7)',
        [tenant, w.id, w.divisionCode, w.type, w, w.version, w.updatedAt],
      );
    }
    for (const t of data.tasks) {
      await tx.query(
        'insert into tasks (tenant, id, stage, type, year, doc, version, created_at, updated_at) values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)',
        [tenant, t.id, t.stageCode, t.type, t.year, t, t.version, t.createdAt, t.updatedAt],
      );
    }
    for (const p of data.proposals) {
      await tx.query(
        'insert into proposals (tenant, id, status, proposer_member_id, number, doc, version, created_at, updated_at) values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)',
        [tenant, p.id, p.status, p.proposer.memberId ?? null, p.number ?? null, p, p.version, p.createdAt, p.updatedAt],
      );
    }
    for (const [i, { opinion: o }] of data.opinions.entries()) {
      await tx.query(
        'insert into opinions (tenant, id, tracking_code, password_hash, status, reporter_member_id, doc, version, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10)',
        [tenant, o.id, o.trackingCode, hashes[i], o.status, o.reporter.memberId ?? null, o, o.version, o.createdAt, o.updatedAt],
      );
    }
    // Proposal numbers continue after the highest seeded one of the current session.
    const session = data.config.currentSession;
    const highest = Math.max(
      0,
      ...data.proposals
        .filter((p) => p.number && p.session?.term === session.term && p.session.meeting === session.meeting)
        .map((p) => Number(p.number)),
    );
    await tx.query('insert into counters (tenant, name, value) values ($1, $2, $3)', [
      tenant,
      `proposal:${session.term}:${session.meeting}`,
      highest,
    ]);
  });
  return true;
}
