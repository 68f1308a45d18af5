// A throwaway database on the PostgreSQL server named by a URL, with the migrations applied. Tests refuse to
// run against a server that is not on this machine: they create and drop databases.
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export function assertLocalDatabase(url: string): void {
  const { hostname } = new URL(url);
  if (!LOCAL_HOSTS.has(hostname) && !hostname.startsWith("/") && process.env.TARJUMAN_ALLOW_REMOTE_TEST_DB !== "1") {
    throw new Error(`Refusing to run tests against ${hostname}: DATABASE_URL must point at this machine (or set TARJUMAN_ALLOW_REMOTE_TEST_DB=1).`);
  }
}

export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  assertLocalDatabase(serverUrl);
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await applyMigrations({ query: (sql, params) => client.query(sql, params), exec: (sql) => client.query(sql) });
  } finally {
    await client.end();
  }
  return {
    url: url.toString(),
    async drop() {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
