// `npm start` (scripts/start.ts) with real processes: the app listens on HOST (127.0.0.1 unless told otherwise),
// and however the launcher is stopped (SIGINT, SIGTERM, or SIGKILL, which it cannot pass on), no `next start`
// stays behind on the port, and the embedded database is closed or can be taken over.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { serveEmbedded } from "@/lib/db/embedded";
import { readCurrentOwner, readLatestRecord } from "@/lib/db/owner-lock";
import { readEnv } from "@/lib/env";

const root = mkdtempSync(join(tmpdir(), "tarjuman-launcher-"));
const dir = join(root, "pglite"); // shared by the launches below: the demo is loaded once
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The first launch may build the app (next build): minutes on a busy machine. */
const READY_BOUND_MS = 400_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** "connected", or the error code of a TCP connection to host:port. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, host)
      .once("connect", () => {
        socket.destroy();
        resolve("connected");
      })
      .once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Launches not yet stopped: a failed assertion must not leave an app holding the shared database folder. */
const running = new Set<Launch>();
afterEach(async () => {
  for (const app of running) {
    if (app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill("SIGTERM");
      const killer = setTimeout(() => app.child.kill("SIGKILL"), 30_000);
      await app.exited;
      clearTimeout(killer);
    }
  }
  running.clear();
});

function launch(env: Record<string, string>): Launch {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dir, HOST: "", NEXT_TELEMETRY_DISABLED: "1", MALLOC_ARENA_MAX: undefined, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const app = { child, output: () => output, exited };
  running.add(app);
  return app;
}

async function waitUntilServing(app: Launch, host: string, port: number): Promise<void> {
  const deadline = Date.now() + READY_BOUND_MS;
  for (;;) {
    if (app.child.exitCode !== null) throw new Error(`the launcher exited (${app.child.exitCode}):\n${app.output()}`);
    try {
      const response = await fetch(`http://${host}:${port}/`);
      if (response.status === 200) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`not serving on ${host}:${port} after ${READY_BOUND_MS / 1000} s:\n${app.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Pids of the processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
      return Number(fields[1]) === pid ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

/** The environment `pid` was started with, from /proc. */
function environmentOf(pid: number): string[] {
  return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
}

/**
 * The launcher's `next start` child: the one it told its own pid. Not simply its first child: with a cold tsx cache
 * the launcher also runs esbuild's service as a child, which started earlier.
 */
function appOf(app: Launch): number {
  const mark = `TARJUMAN_LAUNCHER_PID=${app.child.pid}`;
  const apps = childrenOf(app.child.pid!).filter((pid) => {
    try {
      return environmentOf(pid).includes(mark);
    } catch {
      return false;
    }
  });
  expect(apps).toHaveLength(1);
  return apps[0]!;
}

function isRunning(pid: number): boolean {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[0];
    return state !== "Z";
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, boundMs: number): Promise<boolean> {
  const deadline = Date.now() + boundMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function latestRecord(): { pid: number; released: boolean } | undefined {
  return readLatestRecord(dir)?.record;
}

describe("HOST", () => {
  it("defaults to loopback and takes addresses and host names, nothing else", () => {
    expect(readEnv({}).HOST).toBe("127.0.0.1");
    expect(readEnv({ HOST: "" }).HOST).toBe("127.0.0.1");
    expect(["0.0.0.0", "::", "::1", "localhost", "box.example.org"].map((HOST) => readEnv({ HOST }).HOST)).toEqual(["0.0.0.0", "::", "::1", "localhost", "box.example.org"]);
    for (const HOST of ["[::1]", "http://localhost", "my_box", "not a host"]) expect(() => readEnv({ HOST })).toThrow(/HOST: must be an address/);
  });
});

// Sequential: each launch starts the app and opens the shared folder.
describe("npm start", { timeout: READY_BOUND_MS + 120_000 }, () => {
  it("listens on 127.0.0.1 only, runs the app with one malloc arena, and on SIGINT stops the app and closes the database", async () => {
    const port = await freePort();
    const app = launch({ PORT: String(port) });
    await waitUntilServing(app, "127.0.0.1", port);
    expect(await tryConnect("127.0.0.2", port)).toBe("ECONNREFUSED"); // another loopback address: not 0.0.0.0
    const next = appOf(app);
    expect(environmentOf(next)).toContain("MALLOC_ARENA_MAX=1");

    app.child.kill("SIGINT");
    expect(await app.exited).toEqual({ code: 130, signal: null });
    expect(isRunning(next)).toBe(false);
    expect(await tryConnect("127.0.0.1", port)).toBe("ECONNREFUSED");
    expect(latestRecord()).toMatchObject({ pid: app.child.pid, released: true });
  });

  it("listens where HOST says, keeps the caller's MALLOC_ARENA_MAX, and on SIGTERM stops the app and closes the database", async () => {
    const port = await freePort();
    const app = launch({ PORT: String(port), HOST: "127.0.0.2", MALLOC_ARENA_MAX: "3" });
    await waitUntilServing(app, "127.0.0.2", port);
    expect(await tryConnect("127.0.0.1", port)).toBe("ECONNREFUSED");
    const next = appOf(app);
    expect(environmentOf(next)).toContain("MALLOC_ARENA_MAX=3");

    app.child.kill("SIGTERM");
    expect(await app.exited).toEqual({ code: 143, signal: null });
    expect(isRunning(next)).toBe(false);
    expect(await tryConnect("127.0.0.2", port)).toBe("ECONNREFUSED");
    expect(latestRecord()).toMatchObject({ pid: app.child.pid, released: true });
  });

  it("leaves no app on the port when the launcher is killed outright, and the database can be taken over", async () => {
    const port = await freePort();
    const app = launch({ PORT: String(port) });
    await waitUntilServing(app, "127.0.0.1", port);
    const next = appOf(app);

    app.child.kill("SIGKILL");
    await app.exited;
    expect(await waitUntilGone(next, 30_000)).toBe(true);
    expect(await tryConnect("127.0.0.1", port)).toBe("ECONNREFUSED");
    expect(latestRecord()).toMatchObject({ pid: app.child.pid, released: false });
    expect(readCurrentOwner(dir)).toBeNull();

    const successor = await serveEmbedded(dir, "successor");
    try {
      const client = new pg.Client({ connectionString: successor.url });
      await client.connect();
      const { rows } = await client.query<{ title: string }>("SELECT title FROM documents ORDER BY id LIMIT 1");
      await client.end();
      expect(rows).toHaveLength(1); // the demo document the first launch loaded
    } finally {
      await successor.close();
    }
  });

  it("refuses an invalid HOST before doing anything", async () => {
    const app = launch({ PORT: String(await freePort()), HOST: "not a host" });
    expect(await app.exited).toEqual({ code: 1, signal: null });
    expect(app.output()).toContain("HOST: must be an address");
  });
});
