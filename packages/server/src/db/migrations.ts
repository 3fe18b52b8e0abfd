/**
 * SQL migrations, applied in order on start (each in its own transaction, under an advisory lock so
 * that several instances starting together apply each one once). Never edit an applied migration:
 * add a new one.
 */
import type { Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
create table tenants (
  code text primary key,
  config jsonb not null,
  updated_at timestamptz not null default now()
);
create table settings (key text primary key, value text not null);
create table users (
  tenant text not null references tenants(code),
  id text not null,
  account text not null,
  doc jsonb not null,
  primary key (tenant, id),
  unique (tenant, account)
);
create table members (
  tenant text not null references tenants(code),
  id text not null,
  name text not null,
  sector_code text,
  doc jsonb not null,
  primary key (tenant, id)
);
create table divisions (
  tenant text not null references tenants(code),
  code text not null,
  parent text,
  level text not null,
  name text not null,
  primary key (tenant, code)
);
create index divisions_parent on divisions (tenant, parent);
create table proposals (
  tenant text not null references tenants(code),
  id text not null,
  status text not null,
  proposer_member_id text,
  number text,
  doc jsonb not null,
  version integer not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (tenant, id)
);
create index proposals_status on proposals (tenant, status, updated_at desc);
create table opinions (
  tenant text not null references tenants(code),
  id text not null,
  tracking_code text not null,
  password_hash text not null,
  status text not null,
  reporter_member_id text,
  doc jsonb not null,
  version integer not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (tenant, id),
  unique (tenant, tracking_code)
);
create index opinions_status on opinions (tenant, status, updated_at desc);
create table tasks (
  tenant text not null references tenants(code),
  id text not null,
  stage text not null,
  type text not null,
  year integer not null,
  doc jsonb not null,
  version integer not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (tenant, id)
);
create table workstations (
  tenant text not null references tenants(code),
  id text not null,
  division_code text not null,
  type text not null,
  doc jsonb not null,
  version integer not null,
  updated_at timestamptz not null,
  primary key (tenant, id)
);
create index workstations_division on workstations (tenant, division_code);
create table forms (
  tenant text not null references tenants(code),
  form_id text not null,
  version integer not null,
  status text not null,
  doc jsonb not null,
  created_at timestamptz not null,
  published_at timestamptz,
  primary key (tenant, form_id, version)
);
create table attachments (
  tenant text not null references tenants(code),
  id text not null,
  name text not null,
  type text not null,
  size integer not null,
  sha256 text not null,
  data bytea not null,
  owner text not null,
  created_at timestamptz not null default now(),
  primary key (tenant, id)
);
create table audit_log (
  id bigserial primary key,
  tenant text not null,
  at timestamptz not null default now(),
  actor jsonb not null,
  entity text not null,
  entity_id text not null,
  action text not null,
  from_state text,
  to_state text,
  note text
);
create index audit_entity on audit_log (tenant, entity, entity_id, id);
create table idempotency_keys (
  tenant text not null,
  principal text not null,
  key text not null,
  request_hash text not null,
  status integer not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (tenant, principal, key)
);
create index idempotency_created on idempotency_keys (created_at);
create table counters (
  tenant text not null,
  name text not null,
  value integer not null,
  primary key (tenant, name)
);
`,
  },
];

/** Applies the migrations that are not yet applied; returns the versions it applied. */
export async function migrate(db: Database): Promise<number[]> {
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    // One instance migrates at a time; the others wait here and then find nothing to do.
    await tx.query('select pg_advisory_xact_lock(727100)');
    await tx.query(
      'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
    );
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => Number(r.version)));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql
        .split(/;\s*\n/)
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
  });
  return applied;
}
