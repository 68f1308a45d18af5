// The embedded database: one process opens the PGlite folder and serves it over the Postgres protocol
// (./pglite-server.ts gives each connection the one PGlite session in turns), so the app, the CLIs and
// the tests all talk to it through the same `pg` adapter as to a real server. PGlite lets anyone in as superuser
// without a password, so it is served on a unix socket inside a folder only this user can enter (the owner folder,
// see ./owner-lock.ts), never on a TCP port, which every local user can reach.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { closeBeforeExit } from "./close-before-exit";
import { startVacuuming, type Vacuumer } from "./embedded-vacuum";
import { applyMigrations } from "./migrations";
import { acquireOwnership, ownerFolderFor, readCurrentOwner, type OwnerRecord } from "./owner-lock";
import { servePglite, type PgliteServer } from "./pglite-server";

/** node-postgres (like libpq) connects to `<host>/.s.PGSQL.<port>` when `host` is a folder; the port stays 5432. */
const SOCKET_NAME = ".s.PGSQL.5432";
/** A unix socket path has 108 bytes including the terminating NUL; a longer one cannot be bound. */
const MAX_SOCKET_PATH_BYTES = 107;
/** How long closing waits for other processes' connections to end (a CLI finishing its import). */
const CLOSE_WAIT_MS = 15_000;
/** How long a process waits for another one that is still opening the database (initdb and migrations). */
const OPEN_WAIT_MS = 60_000;
/** Waits shorter than this pass without a word. */
const ANNOUNCE_AFTER_MS = 2_000;

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
  /** True once the owner this handle reaches the database through has stopped, crashed or been replaced. */
  isGone(): boolean;
  close(): Promise<void>;
  /** Tells the owner how many open connections are this process's own: closing waits only for the others. */
  setOwnConnections(count: () => number): void;
}

export interface ServeOptions {
  /** How long close() waits for other processes' connections before closing under them. */
  closeWaitMs?: number;
  /** Does autovacuum's work while open (./embedded-vacuum.ts): for a long-lived owner, the app's. */
  vacuum?: boolean;
}

export function urlForSocketFolder(folder: string): string {
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(folder)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the folder (or memory, with dir null) in this process and serves it; the caller owns it until close(),
 * which also runs if the process is asked to end first.
 */
export async function serveEmbedded(dir: string | null, role: string, options: ServeOptions = {}): Promise<EmbeddedHandle> {
  const closeWaitMs = options.closeWaitMs ?? CLOSE_WAIT_MS;
  if (dir === null) {
    const socketDir = mkdtempSync(join(tmpdir(), "tarjuman-db-"));
    const served = await openAndServe(null, socketDir).catch((error: unknown) => {
      rmSync(socketDir, { recursive: true, force: true });
      throw error;
    });
    let closed = false;
    let ownConnections = () => 0;
    const vacuumer = options.vacuum ? startVacuuming(urlForSocketFolder(socketDir)) : null;
    return {
      url: urlForSocketFolder(socketDir),
      isOwner: true,
      isGone: () => closed,
      async close() {
        if (closed) return;
        closed = true;
        await vacuumer?.stop();
        await shutDown(served, closeWaitMs, ownConnections);
        rmSync(socketDir, { recursive: true, force: true });
      },
      setOwnConnections(count) {
        ownConnections = count;
      },
    };
  }

  const dataDir = resolve(dir);
  mkdirSync(dirname(dataDir), { recursive: true });
  const claim = acquireOwnership(dataDir, role);
  if (claim.holder) throw new EmbeddedDatabaseBusyError(claim.holder, describeOwner(claim.holder, dir));
  const lease = claim.lease;

  const ownerFolder = ownerFolderFor(dataDir);
  // Deep checkouts can make the socket path too long to bind: then a fresh private folder in the temp dir.
  const isSocketBesideData = Buffer.byteLength(join(ownerFolder, SOCKET_NAME)) <= MAX_SOCKET_PATH_BYTES;
  const socketDir = isSocketBesideData ? ownerFolder : mkdtempSync(join(tmpdir(), "tarjuman-db-"));
  let served: Served | null = null;
  let vacuumer: Vacuumer | null = null;
  let ownConnections = () => 0;
  const opening = (async () => {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 }); // PGlite creates only the last path segment
    served = await openAndServe(dataDir, socketDir);
    lease.publish(socketDir);
  })();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      try {
        await opening.catch(() => undefined); // a signal during start-up waits for PGlite to be open, then closes it
        await vacuumer?.stop();
        if (served) await shutDown(served, closeWaitMs, ownConnections);
        if (!isSocketBesideData) rmSync(socketDir, { recursive: true, force: true });
        lease.release(); // not when closing failed: the folder stays ours until this process is gone
      } finally {
        forgetCloser();
      }
    })());
  const forgetCloser = closeBeforeExit(close);

  try {
    await opening;
  } catch (error) {
    await close();
    throw error;
  }
  if (options.vacuum && closing === null) vacuumer = startVacuuming(urlForSocketFolder(socketDir));
  return {
    url: urlForSocketFolder(socketDir),
    isOwner: true,
    isGone: () => closing !== null,
    close,
    setOwnConnections(count) {
      ownConnections = count;
    },
  };
}

interface Served {
  lite: PGlite;
  server: PgliteServer;
}

async function openAndServe(dataDir: string | null, socketDir: string): Promise<Served> {
  let lite: PGlite | undefined;
  let server: PgliteServer | undefined;
  try {
    lite = dataDir ? new PGlite(dataDir) : new PGlite();
    await lite.waitReady;
    const db = lite;
    await applyMigrations({ query: (sql, params) => db.query(sql, params), exec: (sql) => db.exec(sql) });
    const socketPath = join(socketDir, SOCKET_NAME);
    rmSync(socketPath, { force: true }); // left by an owner that crashed; the folder is ours now
    server = await servePglite(lite, { path: socketPath, maxConnections: 64 });
    chmodSync(socketPath, 0o600);
    return { lite, server };
  } catch (error) {
    await server?.stop().catch(() => undefined);
    if (lite && !lite.closed) await lite.close().catch(() => undefined);
    throw error;
  }
}

async function shutDown({ lite, server }: Served, waitMs: number, ownConnections: () => number): Promise<void> {
  await waitForOtherClients(server, waitMs, ownConnections);
  await server.stop(); // rolls back any transaction a remaining client left open
  await lite.close();
}

// Other processes may be connected through us (a CLI run while another process owned the folder): let them
// finish, within a bound. Our own pool's sockets close a moment after $disconnect(): only announce a real wait.
async function waitForOtherClients(server: PgliteServer, waitMs: number, ownConnections: () => number): Promise<void> {
  const started = Date.now();
  const others = () => server.connectionCount() - ownConnections();
  let isAnnounced = false;
  while (others() > 0) {
    const waited = Date.now() - started;
    if (waited >= waitMs) {
      const count = others();
      process.stderr.write(`Closing the embedded database with ${count} connection(s) still open after ${Math.round(waitMs / 1000)} s; those processes will reconnect to the next owner.\n`);
      return;
    }
    if (!isAnnounced && waited >= ANNOUNCE_AFTER_MS) {
      process.stderr.write(`Waiting up to ${Math.round(waitMs / 1000)} s for other processes using the embedded database to finish...\n`);
      isAnnounced = true;
    }
    await sleep(100);
  }
}

export interface LiveOwner {
  url: string;
  owner: OwnerRecord;
  generation: number;
}

/** The live owner of `dir`, waiting (up to waitMs) while it opens the database; null when nobody owns it. */
export async function findOwnerUrl(dir: string, waitMs = OPEN_WAIT_MS): Promise<LiveOwner | null> {
  const dataDir = resolve(dir);
  const started = Date.now();
  let isAnnounced = false;
  for (;;) {
    const current = readCurrentOwner(dataDir);
    if (!current) return null;
    const { record, generation } = current;
    if (record.socketDir !== null) return { url: urlForSocketFolder(record.socketDir), owner: record, generation };
    const waited = Date.now() - started;
    if (waited >= waitMs) {
      throw new EmbeddedDatabaseBusyError(record, `${describeOwner(record, dir)} It has been opening it for over ${Math.round(waitMs / 1000)} s; stop it, or try again later.`);
    }
    if (!isAnnounced && waited >= ANNOUNCE_AFTER_MS) {
      process.stderr.write(`${describeOwner(record, dir)} Waiting up to ${Math.round(waitMs / 1000)} s for it to finish opening it...\n`);
      isAnnounced = true;
    }
    await sleep(100);
  }
}

/**
 * For every process but the app launcher: connect through the live owner, or become the owner for this
 * process's lifetime when there is none (with `vacuum`, vacuuming it as the launcher does: for the app's server,
 * which takes over when its launcher was killed).
 */
export async function connectEmbedded(dir: string, role: string, options: { waitMs?: number; vacuum?: boolean } = {}): Promise<EmbeddedHandle> {
  const dataDir = resolve(dir);
  const deadline = Date.now() + (options.waitMs ?? OPEN_WAIT_MS);
  for (;;) {
    const live = await findOwnerUrl(dir, Math.max(0, deadline - Date.now()));
    if (live) {
      return {
        url: live.url,
        isOwner: false,
        isGone() {
          const current = readCurrentOwner(dataDir);
          return current?.generation !== live.generation || current.record.socketDir !== live.owner.socketDir;
        },
        close: async () => undefined,
        setOwnConnections: () => undefined,
      };
    }
    try {
      return await serveEmbedded(dir, role, { vacuum: options.vacuum });
    } catch (error) {
      // Somebody else became the owner between our two looks: connect through them instead.
      if (!(error instanceof EmbeddedDatabaseBusyError) || Date.now() > deadline) throw error;
    }
  }
}

export function describeOwner(owner: OwnerRecord | null, dir: string): string {
  if (!owner) return `The embedded database in ${dir} is in use by another process.`;
  return `The embedded database in ${dir} is in use by ${owner.role} (pid ${owner.pid}, since ${owner.startedAt}).`;
}
