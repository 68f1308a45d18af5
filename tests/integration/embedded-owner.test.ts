// One process owns an embedded database folder; others connect through it or are refused, never open it twice.
// When the owner goes away (closed or killed), its clients carry on through the next owner, or become it.
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseBusyError, findOwnerUrl, serveEmbedded } from "@/lib/db/embedded";
import { ownerFolderFor, readCurrentOwner, readLatestRecord } from "@/lib/db/owner-lock";

const root = mkdtempSync(join(tmpdir(), "tarjuman-owner-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DEAD_PID = 2 ** 22 + 12_345; // above Linux's largest pid: no process has it

// A separate Node process using the app's own client module, as `npm run import` would. On "add" it stores a
// corpus and answers with how many there are; "own" makes it serve the folder itself, as `npm start` does.
const WORKER_SOURCE = `
import { closeDb, getDb } from ${JSON.stringify(join(process.cwd(), "lib/db/client.ts"))};
import { serveEmbedded } from ${JSON.stringify(join(process.cwd(), "lib/db/embedded.ts"))};
process.on("message", async (message) => {
  try {
    if (message.type === "add") {
      const db = await getDb();
      await db.corpus.create({ data: { slug: "worker-" + process.pid + "-" + Date.now(), name: "w" } });
      process.send({ type: "added", count: await db.corpus.count() });
    } else if (message.type === "own") {
      await serveEmbedded(process.env.PGLITE_DIR, "owner worker " + process.pid);
      process.send({ type: "owning" });
    } else if (message.type === "quit") {
      await closeDb();
      process.exit(0);
    }
  } catch (error) {
    process.send({ type: "failed", message: String(error && error.stack || error) });
  }
});
process.send({ type: "ready" });
`;

interface Worker {
  child: ChildProcess;
  request<T extends { type: string }>(message: { type: string }, answer: string): Promise<T>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  quit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startWorker(dir: string): Promise<Worker> {
  const script = join(root, "worker.mts");
  writeFileSync(script, WORKER_SOURCE);
  const child = fork(script, [], {
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dir, TSX_TSCONFIG_PATH: join(process.cwd(), "tsconfig.json") },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const next = <T,>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type: string; message?: string }) => {
        if (message.type === "failed") reject(new Error(message.message));
        else if (message.type === type) resolve(message as T);
        else return;
        child.off("message", onMessage);
      };
      child.on("message", onMessage);
      void exited.then(({ code, signal }) => reject(new Error(`worker exited (${code ?? signal}) before "${type}"`)));
    });
  await next("ready");
  return {
    child,
    exited,
    quit() {
      if (child.connected) child.send({ type: "quit" });
      return exited;
    },
    request: <T extends { type: string }>(message: { type: string }, answer: string) => {
      const reply = next<T>(answer);
      child.send(message);
      return reply;
    },
  };
}

const add = async (worker: Worker) => (await worker.request<{ type: string; count: number }>({ type: "add" }, "added")).count;

async function countCorpora(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM corpora");
    return rows[0].n;
  } finally {
    await client.end();
  }
}

// Each child process compiles TypeScript and opens PGlite: seconds each, more on a loaded CI machine.
describe("the embedded database owner", { timeout: 240_000 }, () => {
  it("serves the folder to other processes and refuses a second opener", async () => {
    const dir = join(root, "db1");
    const owner = await serveEmbedded(dir, "test owner");
    try {
      const live = await findOwnerUrl(dir);
      expect(live?.owner.pid).toBe(process.pid);
      expect(live?.url).toBe(owner.url);

      const worker = await startWorker(dir);
      expect(await add(worker)).toBe(1);
      await worker.quit();
      expect(await countCorpora(owner.url)).toBe(1);

      const second = await serveEmbedded(dir, "intruder").catch((e: unknown) => e);
      expect(second).toBeInstanceOf(EmbeddedDatabaseBusyError);
      expect((second as Error).message).toContain(`test owner (pid ${process.pid}`);
    } finally {
      await owner.close();
    }
    expect(await findOwnerUrl(dir)).toBeNull();
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = join(root, "db2");
    mkdirSync(ownerFolderFor(dir), { recursive: true, mode: 0o700 });
    writeFileSync(join(ownerFolderFor(dir), "owner.1.json"), JSON.stringify({ pid: DEAD_PID, startTime: "1", role: "crashed", startedAt: "2020-01-01" }));
    writeFileSync(join(ownerFolderFor(dir), "socket.1.json"), JSON.stringify({ socketDir: "/nowhere" }));
    expect(await findOwnerUrl(dir)).toBeNull();
    const owner = await serveEmbedded(dir, "successor");
    expect((await findOwnerUrl(dir))?.owner.role).toBe("successor");
    await owner.close();
  });

  it("a process with no owner around becomes the owner, and its data survives", async () => {
    const dir = join(root, "db3");
    for (const expected of [1, 2]) {
      const worker = await startWorker(dir);
      expect(await add(worker)).toBe(expected);
      expect(readCurrentOwner(dir)?.record.pid).toBe(worker.child.pid);
      expect((await worker.quit()).code).toBe(0);
    }
    expect(await findOwnerUrl(dir)).toBeNull();
  });

  it("a client whose owner closed carries on as the new owner", async () => {
    const dir = join(root, "db4");
    const first = await serveEmbedded(dir, "first owner");
    const worker = await startWorker(dir);
    try {
      expect(await add(worker)).toBe(1);
      expect(readCurrentOwner(dir)?.record.pid).toBe(process.pid);
      await first.close(); // waits for the worker's idle connection to be let go, then closes

      expect(await add(worker)).toBe(2);
      expect(readCurrentOwner(dir)?.record.pid).toBe(worker.child.pid);
      const intruder = await serveEmbedded(dir, "intruder").catch((e: unknown) => e);
      expect((intruder as Error).message).toContain(`(pid ${worker.child.pid},`);
    } finally {
      await worker.quit();
    }
    expect(readCurrentOwner(dir)).toBeNull();
  });

  it("a client whose owner was killed carries on as the new owner, with the data", async () => {
    const dir = join(root, "db5");
    const owner = await startWorker(dir);
    await owner.request({ type: "own" }, "owning");
    const worker = await startWorker(dir);
    try {
      expect(await add(worker)).toBe(1);
      owner.child.kill("SIGKILL");
      await owner.exited;

      expect(await add(worker)).toBe(2);
      expect(readCurrentOwner(dir)?.record.pid).toBe(worker.child.pid);
    } finally {
      await worker.quit();
    }
  });

  it("an owner stopped by SIGINT or SIGTERM closes the database before it exits", async () => {
    const dir = join(root, "db6");
    for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
      const worker = await startWorker(dir);
      await add(worker);
      const generation = readCurrentOwner(dir)?.generation;
      expect(readCurrentOwner(dir)?.record.pid).toBe(worker.child.pid);
      worker.child.kill(signal);
      expect(await worker.exited).toEqual({ code, signal: null });
      // The release is written after PGlite has closed: a process killed outright would leave it unwritten.
      expect(readLatestRecord(dir)).toMatchObject({ generation, record: { pid: worker.child.pid, released: true } });
    }
    const last = await serveEmbedded(dir, "checker");
    expect(await countCorpora(last.url)).toBe(2);
    await last.close();
  });
});
