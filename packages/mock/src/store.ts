/**
 * The mock's in-memory database: one county per tenant code, seeded from `@tongxin/core/demo`,
 * plus the idempotency keys. Handlers work through a {@link Tx}: their writes land only when the
 * request succeeds, so a refused request leaves nothing half-done (as the server's transactions).
 */
import type {
  Attachment,
  AuditEntry,
  CountyConfig,
  Division,
  FormDefinition,
  FormVersion,
  Member,
  Opinion,
  Proposal,
  Task,
  Workstation,
} from '@tongxin/core';
import type { DemoData, DemoUser } from '@tongxin/core/demo';

/** An opinion with the query password its reporter was given (kept in plain text: this is a mock). */
export interface StoredOpinion {
  opinion: Opinion;
  queryPassword: string;
}

/** An uploaded file: its description, its bytes and who uploaded it (`anonymous` without a token). */
export interface StoredAttachment {
  attachment: Omit<Attachment, 'url'>;
  data: Uint8Array;
  owner: string;
}

/** One saved version of a form. */
export interface StoredForm {
  definition: FormDefinition;
  status: FormVersion['status'];
  createdAt: string;
  publishedAt?: string;
}

/** The records of one county, by id (forms by `id@version`, users by account). */
export interface Collections {
  members: Member;
  users: DemoUser;
  workstations: Workstation;
  tasks: Task;
  proposals: Proposal;
  opinions: StoredOpinion;
  attachments: StoredAttachment;
  forms: StoredForm;
}
export type CollectionName = keyof Collections;

/** Everything the mock holds about one county. Treat records as immutable: replace them, never edit in place. */
export interface County {
  config: CountyConfig;
  divisions: Division[];
  tables: { [C in CollectionName]: Map<string, Collections[C]> };
  /** The audit log, oldest first. */
  audit: AuditEntry[];
  /** Per-county counters (proposal numbers per session). */
  counters: Map<string, number>;
}

/** A county from a demo data set: every record by id, proposal numbers continuing after the seeded ones. */
export function countyFrom(data: DemoData): County {
  const byKey = <T>(items: readonly T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));
  const session = data.config.currentSession;
  const highest = Math.max(
    0,
    ...data.proposals
      .filter((p) => p.number && p.session?.term === session.term && p.session.meeting === session.meeting)
      .map((p) => Number(p.number)),
  );
  return {
    config: data.config,
    divisions: data.divisions,
    tables: {
      members: byKey(data.members, (m) => m.id),
      users: byKey(data.users, (u) => u.account),
      workstations: byKey(data.workstations, (w) => w.id),
      tasks: byKey(data.tasks, (t) => t.id),
      proposals: byKey(data.proposals, (p) => p.id),
      opinions: byKey(data.opinions, (o) => o.opinion.id),
      attachments: new Map(),
      forms: new Map(),
    },
    audit: [],
    counters: new Map([[`proposal:${session.term}:${session.meeting}`, highest]]),
  };
}

/**
 * A request's view of one county: reads see the request's own writes, and the writes are applied
 * by {@link Tx.commit} once the handler has succeeded.
 */
export class Tx {
  readonly #county: County;
  readonly #writes = new Map<CollectionName, Map<string, unknown>>();
  readonly #counters = new Map<string, number>();
  #config: CountyConfig | undefined;
  readonly #audit: Omit<AuditEntry, 'id'>[] = [];

  constructor(county: County) {
    this.#county = county;
  }

  /** The county's configuration (as this request last set it). */
  get config(): CountyConfig {
    return this.#config ?? this.#county.config;
  }
  set config(config: CountyConfig) {
    this.#config = config;
  }

  /** The county's division tree. */
  get divisions(): readonly Division[] {
    return this.#county.divisions;
  }

  /** The audit log as committed (oldest first). */
  get audit(): readonly AuditEntry[] {
    return this.#county.audit;
  }

  /** One record, or undefined. */
  get<C extends CollectionName>(collection: C, key: string): Collections[C] | undefined {
    const written = this.#writes.get(collection);
    return (written?.has(key) ? written.get(key) : this.#county.tables[collection].get(key)) as Collections[C] | undefined;
  }

  /** Every record of a collection (insertion order, this request's new records last). */
  all<C extends CollectionName>(collection: C): Collections[C][] {
    const written = this.#writes.get(collection);
    const stored = [...this.#county.tables[collection].entries()].map(([key, value]) => (written?.has(key) ? written.get(key) : value));
    const added = written ? [...written.entries()].filter(([key]) => !this.#county.tables[collection].has(key)).map(([, v]) => v) : [];
    return [...stored, ...added] as Collections[C][];
  }

  /** Stores a record (on commit). */
  put<C extends CollectionName>(collection: C, key: string, value: Collections[C]): void {
    const written = this.#writes.get(collection) ?? new Map<string, unknown>();
    this.#writes.set(collection, written);
    written.set(key, value);
  }

  /** The next value of a county counter (1 for a new one). */
  next(counter: string): number {
    const value = (this.#counters.get(counter) ?? this.#county.counters.get(counter) ?? 0) + 1;
    this.#counters.set(counter, value);
    return value;
  }

  /** Records an audit entry (on commit). */
  log(entry: Omit<AuditEntry, 'id'>): void {
    this.#audit.push(entry);
  }

  /** Applies the request's writes to the county. */
  commit(): void {
    const county = this.#county;
    for (const [collection, written] of this.#writes) {
      const table = county.tables[collection] as Map<string, unknown>;
      for (const [key, value] of written) table.set(key, value);
    }
    for (const [name, value] of this.#counters) county.counters.set(name, value);
    if (this.#config) county.config = this.#config;
    for (const entry of this.#audit) county.audit.push({ id: `a${county.audit.length + 1}`, ...entry });
  }
}
