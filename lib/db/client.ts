// The one Prisma client. A real server when DATABASE_URL is set; otherwise the embedded PGlite database,
// reached through its owning process (see ./embedded.ts). Either way Prisma talks `pg` to a URL.
import "server-only";
import { basename } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { closeBeforeExit } from "./close-before-exit";
import { connectEmbedded, type EmbeddedHandle } from "./embedded";
import { applyMigrations } from "./migrations";
import { trackConnections } from "./transaction-connection";

function createPrisma(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    omit: { user: { passwordHash: true } }, // secrets are selected explicitly, never by default
  });
}

// With the embedded database, idle connections are let go soon: an owner that is closing waits for other
// processes' connections to end, so a long-lived process (next dev) holding idle ones would keep it waiting.
function createPool(url: string, idleTimeoutMillis = 10_000): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 8, idleTimeoutMillis });
  trackConnections(pool); // see withConnection
  return pool;
}

export type Db = ReturnType<typeof createPrisma>;
/** The client inside `$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface Connection {
  prisma: Db;
  embedded: EmbeddedHandle | null;
  /** Set while this process owns the embedded database: unregisters closeDb from the closers run at exit. */
  forgetCloser: (() => void) | null;
}

const cache = globalThis as unknown as { __tarjumanDb?: Promise<Connection> };

function describeThisProcess(): string {
  const script = process.argv[1] ? basename(process.argv[1]) : "node";
  return [script, ...process.argv.slice(2)].join(" ").slice(0, 200);
}

async function migrateServer(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations({ query: (sql, params) => client.query(sql, params), exec: (sql) => client.query(sql) });
  } finally {
    await client.end();
  }
}

async function connect(): Promise<Connection> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    await migrateServer(env.DATABASE_URL);
    return { prisma: createPrisma(createPool(env.DATABASE_URL)), embedded: null, forgetCloser: null };
  }
  // The app's server may outlive a launcher that was killed, and then owns the database for as long as it runs.
  const embedded = await connectEmbedded(env.PGLITE_DIR, describeThisProcess(), { vacuum: process.env.NEXT_RUNTIME === "nodejs" });
  const pool = createPool(embedded.url, 2_000);
  // An owner ended by a signal (Ctrl-C on `npm run import`, Next stopping) does not wait for its own
  // connections, one of which may be in the transaction the signal interrupts: closing rolls it back.
  embedded.setOwnConnections(() => pool.totalCount);
  const forgetCloser = embedded.isOwner ? closeBeforeExit(closeDb) : null;
  return { prisma: createPrisma(pool), embedded, forgetCloser };
}

/** Reconnections in a row before giving up: each one means the owner changed while we connected. */
const MAX_RECONNECTS = 5;

export async function getDb(): Promise<Db> {
  for (let attempt = 0; attempt < MAX_RECONNECTS; attempt++) {
    const pending = (cache.__tarjumanDb ??= connect().catch((error: unknown) => {
      cache.__tarjumanDb = undefined; // let the next request try again
      throw error;
    }));
    const connection = await pending;
    if (!connection.embedded?.isGone()) return connection.prisma;
    // The process we reached the embedded database through has stopped, crashed or been replaced: find the
    // new owner, or become it. A query already sent through the old one fails; the next getDb() does not.
    if (cache.__tarjumanDb === pending) cache.__tarjumanDb = undefined;
    void connection.prisma.$disconnect().catch(() => undefined);
  }
  throw new Error("The embedded database kept changing owners while connecting; try again.");
}

/** How long closing waits for this process's own queries (a transaction still running) before closing under them. */
const DISCONNECT_WAIT_MS = 5_000;

/** For scripts and tests: closes the pool and, if this process owns the embedded database, the database. */
export async function closeDb(): Promise<void> {
  const pending = cache.__tarjumanDb;
  cache.__tarjumanDb = undefined;
  if (!pending) return;
  const connection = await pending.catch(() => null);
  if (!connection) return;
  const { prisma, embedded, forgetCloser } = connection;
  forgetCloser?.();
  // $disconnect() waits for checked-out connections: bounded, so that a signal during a long transaction still
  // ends the process (closing the database below rolls that transaction back).
  await Promise.race([prisma.$disconnect().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, DISCONNECT_WAIT_MS).unref())]);
  await embedded?.close();
}
