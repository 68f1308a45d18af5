// The embedded database: one process opens the PGlite folder and serves it over the Postgres protocol on a
// loopback port (pglite-socket multiplexes connections and keeps each transaction's queries together), so the
// app, the CLIs and the tests all talk to it through the same `pg` adapter as to a real server.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { applyMigrations } from "./migrations";
import { isProcessAlive, lockPathFor, readOwner, releaseLock, tryCreateLock, updateLock, type OwnerRecord } from "./owner-lock";

export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    readonly owner: OwnerRecord,
    message: string,
  ) {
    super(message);
  }
}

export interface EmbeddedHandle {
  url: string;
  /** True when this process opened the folder and must close it. */
  isOwner: boolean;
  close(): Promise<void>;
}

export function urlForPort(port: number): string {
  return `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** Opens the folder (or memory, with dir null) in this process and serves it; the caller owns it until close(). */
export async function serveEmbedded(dir: string | null, role: string): Promise<EmbeddedHandle> {
  const lockPath = dir ? lockPathFor(resolve(dir)) : null;
  const record: OwnerRecord = { pid: process.pid, port: null, role, startedAt: new Date().toISOString() };
  if (dir && lockPath) {
    mkdirSync(dirname(resolve(dir)), { recursive: true });
    if (!tryCreateLock(lockPath, record)) {
      const owner = readOwner(lockPath);
      throw new EmbeddedDatabaseBusyError(owner ?? record, describeOwner(owner, dir));
    }
    mkdirSync(dir, { recursive: true }); // PGlite creates only the last path segment
  }
  let lite: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    lite = dir ? new PGlite(dir) : new PGlite();
    await lite.waitReady;
    const db = lite;
    await applyMigrations({ query: (sql, params) => db.query(sql, params), exec: (sql) => db.exec(sql) });
    server = new PGLiteSocketServer({ db: lite, host: "127.0.0.1", port: 0, maxConnections: 64 });
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    if (lockPath) updateLock(lockPath, { ...record, port });
    const openServer = server;
    let closed = false;
    return {
      url: urlForPort(port),
      isOwner: true,
      async close() {
        if (closed) return;
        closed = true;
        await waitForOtherClients(openServer);
        await openServer.stop();
        await db.close();
        if (lockPath) releaseLock(lockPath);
      },
    };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    if (lite && !lite.closed) await lite.close().catch(() => undefined);
    if (lockPath) releaseLock(lockPath);
    throw error;
  }
}

// Other processes may be connected through us (a CLI run while another CLI owned the folder): let them finish.
// pg pools drop idle connections after 10 s, so an idle client does not hold us for long.
async function waitForOtherClients(server: PGLiteSocketServer): Promise<void> {
  // Our own pool's sockets close a moment after $disconnect(); only announce a wait that is really for others.
  const announceAfter = Date.now() + 2_000;
  let announced = false;
  while (server.getStats().activeConnections > 0) {
    if (!announced && Date.now() > announceAfter) {
      process.stderr.write("Waiting for other processes using the embedded database to finish...\n");
      announced = true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The URL of the live owner of `dir`, waiting while it starts up; null when nobody owns it. */
export async function findOwnerUrl(dir: string, waitMs = 60_000): Promise<{ url: string; owner: OwnerRecord } | null> {
  const lockPath = lockPathFor(resolve(dir));
  const deadline = Date.now() + waitMs;
  for (;;) {
    const owner = readOwner(lockPath);
    if (!owner || !isProcessAlive(owner.pid)) return null;
    if (owner.port !== null) return { url: urlForPort(owner.port), owner };
    if (Date.now() > deadline) throw new EmbeddedDatabaseBusyError(owner, `${describeOwner(owner, dir)} It has been starting for over ${waitMs / 1000} s.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * For every process but the app launcher: connect through the live owner, or become the owner for this
 * process's lifetime when there is none.
 */
export async function connectEmbedded(dir: string, role: string): Promise<EmbeddedHandle> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const live = await findOwnerUrl(dir);
    if (live) return { url: live.url, isOwner: false, close: async () => undefined };
    try {
      return await serveEmbedded(dir, role);
    } catch (error) {
      if (!(error instanceof EmbeddedDatabaseBusyError)) throw error;
      // Somebody else became the owner between our two looks: connect through them instead.
    }
  }
  throw new Error(`Could not open or connect to the embedded database in ${dir}.`);
}

export function describeOwner(owner: OwnerRecord | null, dir: string): string {
  if (!owner) return `The embedded database in ${dir} is in use by another process.`;
  return `The embedded database in ${dir} is in use by ${owner.role} (pid ${owner.pid}, since ${owner.startedAt}).`;
}
