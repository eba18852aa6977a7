import { env } from 'cloudflare:workers';
import type { Timer } from '../../worker/dataset/timeout';

/** How the fake D1 answers: pass through to the real (migrated, seeded) D1, fail, or never answer. */
export type FakeD1Mode = 'pass' | 'fail' | 'hang';

/** A D1 binding that records every query it runs, and can be switched to fail or hang. */
export interface FakeD1 {
  readonly db: D1Database;
  /** SQL of every statement executed (alone or in a batch), in order. */
  readonly queries: string[];
  /** Number of batch calls. */
  batches: number;
  /** Session constraints requested. */
  readonly sessions: string[];
  mode: FakeD1Mode;
  /**
   * Time limits for the dataset store that run out only while this D1 hangs (at once, then), and
   * never while it answers: a slow machine cannot fail a normal load, and a simulated hang does not
   * wait for a real timer.
   */
  readonly timer: Timer;
}

/** What a failing fake D1 rejects with: internals that must never reach a client. */
export const INTERNAL_ERROR_TEXT = 'D1_ERROR: SQLITE_IOERR at /srv/d1/shard-7/clusters.sqlite (secret-internal)';

const never = <T>() => new Promise<T>(() => {});

// Statements handed to drizzle; `inner` is the real one a batch needs.
class RecordingStatement {
  constructor(
    private readonly fake: FakeD1,
    readonly sql: string,
    readonly inner: D1PreparedStatement,
  ) {}
  bind(...values: unknown[]) {
    return new RecordingStatement(this.fake, this.sql, this.inner.bind(...values));
  }
  first(column?: string) {
    return this.execute(() => (column === undefined ? this.inner.first() : this.inner.first(column)));
  }
  run() {
    return this.execute(() => this.inner.run());
  }
  all() {
    return this.execute(() => this.inner.all());
  }
  raw(options?: { columnNames?: false }) {
    return this.execute(() => this.inner.raw(options));
  }
  private execute<T>(call: () => Promise<T>): Promise<T> {
    this.fake.queries.push(this.sql);
    return settle(this.fake, call);
  }
}

function settle<T>(fake: FakeD1, call: () => Promise<T>): Promise<T> {
  if (fake.mode === 'hang') return never<T>();
  if (fake.mode === 'fail') return Promise.reject<T>(new Error(INTERNAL_ERROR_TEXT));
  return call();
}

/** Wraps the test's real D1 (`env.DB`) so tests can count queries and inject faults. */
export function fakeD1(real: D1Database = env.DB): FakeD1 {
  const waiting = new Set<() => void>();
  let mode: FakeD1Mode = 'pass';
  const expireIfHanging = () => {
    if (mode !== 'hang') return;
    for (const expire of [...waiting]) expire();
  };
  const fake: FakeD1 = {
    db: undefined as unknown as D1Database,
    queries: [],
    batches: 0,
    sessions: [],
    get mode() {
      return mode;
    },
    set mode(next) {
      mode = next;
      // A macrotask later, so a call made right after the switch is the one that hangs.
      setTimeout(expireIfHanging, 0);
    },
    timer: {
      start(_ms, onExpire) {
        const expire = () => {
          waiting.delete(expire);
          onExpire();
        };
        waiting.add(expire);
        setTimeout(expireIfHanging, 0);
        return () => waiting.delete(expire);
      },
    },
  };
  const session = (constraint: string) => {
    fake.sessions.push(constraint);
    const inner = real.withSession(constraint);
    return {
      prepare: (sql: string) => new RecordingStatement(fake, sql, inner.prepare(sql)),
      batch(statements: RecordingStatement[]) {
        fake.batches++;
        fake.queries.push(...statements.map((statement) => statement.sql));
        return settle(fake, () => inner.batch(statements.map((statement) => statement.inner)));
      },
      getBookmark: () => inner.getBookmark(),
    };
  };
  const db = {
    withSession: (constraint = 'first-unconstrained') => session(constraint),
    prepare(sql: string) {
      throw new Error(`the dataset must be read through a session, not db.prepare(${sql})`);
    },
    batch() {
      throw new Error('the dataset must be read through a session, not db.batch');
    },
  };
  (fake as { db: D1Database }).db = db as unknown as D1Database;
  return fake;
}

/** A clock tests move by hand. */
export function fakeClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance(seconds: number) {
      now += seconds * 1000;
    },
  };
}

/** The seeded dataset version (migrations/0001_seed_*). */
export async function seededVersion(): Promise<string> {
  const row = await env.DB.prepare('SELECT version FROM dataset_meta WHERE id = 1').first<{ version: string }>();
  if (!row) throw new Error('dataset_meta is empty: the seed migration did not run');
  return row.version;
}

/** Sets the dataset version in the test file's (isolated) D1, as a data release would. */
export async function setVersion(version: string): Promise<void> {
  await env.DB.prepare('UPDATE dataset_meta SET version = ? WHERE id = 1').bind(version).run();
}
