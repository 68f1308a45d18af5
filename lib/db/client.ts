// The one Prisma client. A real server when DATABASE_URL is set; otherwise the embedded PGlite database,
// reached through its owning process (see ./embedded.ts). Either way Prisma talks `pg` to a URL.
import "server-only";
import { basename } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { connectEmbedded, type EmbeddedHandle } from "./embedded";
import { applyMigrations } from "./migrations";

function createClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 8 }),
    omit: { user: { passwordHash: true } }, // secrets are selected explicitly, never by default
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside `$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface Connection {
  prisma: Db;
  embedded: EmbeddedHandle | null;
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
  let embedded: EmbeddedHandle | null = null;
  let url = env.DATABASE_URL;
  if (url) {
    await migrateServer(url);
  } else {
    embedded = await connectEmbedded(env.PGLITE_DIR, describeThisProcess());
    url = embedded.url;
  }
  return { prisma: createClient(url), embedded };
}

export async function getDb(): Promise<Db> {
  cache.__tarjumanDb ??= connect().catch((error: unknown) => {
    cache.__tarjumanDb = undefined; // let the next request try again
    throw error;
  });
  return (await cache.__tarjumanDb).prisma;
}

/** For scripts and tests: closes the pool and, if this process owns the embedded database, the database. */
export async function closeDb(): Promise<void> {
  const pending = cache.__tarjumanDb;
  cache.__tarjumanDb = undefined;
  if (!pending) return;
  const { prisma, embedded } = await pending;
  await prisma.$disconnect();
  await embedded?.close();
}
