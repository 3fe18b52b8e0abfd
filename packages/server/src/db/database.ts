/**
 * One SQL layer over two drivers: embedded PGlite (PostgreSQL compiled to WebAssembly, persisted to a
 * folder) when nothing is configured, and a real PostgreSQL server through `postgres` when
 * `DATABASE_URL` is set. The same migrations and queries serve both.
 */
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';

/** Something that runs SQL: the database, or a transaction of it. */
export interface Sql {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/** A database connection (pool). */
export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens embedded PGlite; `dataDir` persists it (undefined = in memory, for tests).
 * @example const db = await openPglite('./.tongxin-data/pg');
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const run =
    (target: Pick<PGlite, 'query'>) =>
    async <T>(text: string, params: readonly unknown[] = []) =>
      (await target.query<T>(text, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query: run(pg),
    // PGlite has one connection: its transactions run one at a time, which also serialises writers.
    transaction: (fn) => pg.transaction((tx) => fn({ query: run(tx) })),
    close: () => pg.close(),
  };
}

/**
 * Connects to PostgreSQL.
 * @example const db = openPostgres(process.env.DATABASE_URL!, { max: 20 });
 */
export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const sql = postgres(url, { max: options.max ?? 40, onnotice: () => {}, prepare: true });
  const run =
    (target: postgres.Sql | postgres.TransactionSql) =>
    async <T>(text: string, params: readonly unknown[] = []) =>
      (await target.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  return {
    kind: 'postgres',
    query: run(sql),
    transaction: (fn) => sql.begin((tx) => fn({ query: run(tx) })) as Promise<never>,
    close: () => sql.end({ timeout: 5 }),
  };
}
