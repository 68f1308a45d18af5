// The owner lock of the embedded database folder, raced by real processes: one owner, always.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireOwnership, isHolderAlive, ownerFolderFor, ownStartTime, readCurrentOwner } from "@/lib/db/owner-lock";

const root = mkdtempSync(join(tmpdir(), "tarjuman-lock-"));
/** Above the largest pid Linux hands out (pid_max is at most 2^22): no process can have it. */
const DEAD_PID = 2 ** 22 + 12_345;
const WORKERS = 6;
const TRIALS = 60;

interface Outcome {
  worker: number;
  won: boolean;
  holderPid: number | null;
}

// A worker takes part in one race per message: it spins until the agreed instant so that all six call
// acquireOwnership together, reports whether it won, and holds what it won until told to let go.
const WORKER_SOURCE = `
import { acquireOwnership } from ${JSON.stringify(join(process.cwd(), "lib/db/owner-lock.ts"))};
const leases = new Map();
process.on("message", (message) => {
  if (message.type === "race") {
    while (Date.now() < message.at) { /* spin: start together */ }
    const claim = acquireOwnership(message.dir, "worker " + process.pid);
    if (claim.lease) leases.set(message.dir, claim.lease);
    process.send({ type: "outcome", won: Boolean(claim.lease), holderPid: claim.holder ? claim.holder.pid : null });
  } else if (message.type === "release") {
    for (const lease of leases.values()) lease.release();
    leases.clear();
    process.send({ type: "released" });
  } else if (message.type === "exit") {
    process.exit(0);
  }
});
process.send({ type: "ready" });
`;

function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`worker exited (${code}) before sending "${type}"`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** What a process that owned `dir` and died would have left: its record, unreleased. */
function leaveRecord(dir: string, generation: number, record: Record<string, unknown>): void {
  const folder = ownerFolderFor(dir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(join(folder, `owner.${generation}.json`), JSON.stringify({ role: "crashed", startedAt: "2020-01-01T00:00:00Z", ...record }));
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("racing for a stale lock", { timeout: 180_000 }, () => {
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    const script = join(root, "worker.mts");
    writeFileSync(script, WORKER_SOURCE);
    for (let n = 0; n < WORKERS; n++) {
      const child = fork(script, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
      workers.push(child);
    }
    await Promise.all(workers.map((child) => nextMessage(child, "ready")));
  });

  afterAll(() => {
    for (const child of workers) child.send({ type: "exit" });
  });

  it(`leaves exactly one owner in each of ${TRIALS} races of ${WORKERS} processes`, async () => {
    const winnersPerTrial: number[] = [];
    const problems: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = join(root, `race-${trial}`);
      // Half the trials: the owner died. The other half: it died and its pid now belongs to a live process
      // (this test's own), which must not count as the owner.
      if (trial % 2 === 0) leaveRecord(dir, 1, { pid: DEAD_PID, startTime: "1" });
      else leaveRecord(dir, 1, { pid: process.pid, startTime: "1" });

      const outcomes = workers.map((child, worker) => nextMessage<Omit<Outcome, "worker">>(child, "outcome").then((o) => ({ ...o, worker })));
      const at = Date.now() + 50;
      for (const child of workers) child.send({ type: "race", dir, at });
      const results = await Promise.all(outcomes);

      const winners = results.filter((r) => r.won);
      winnersPerTrial.push(winners.length);
      const winnerPid = winners.length === 1 ? workers[winners[0].worker].pid : null;
      const current = readCurrentOwner(dir);
      if (current?.record.pid !== winnerPid) problems.push(`trial ${trial}: the lock names pid ${current?.record.pid}, the winner is ${winnerPid}`);
      for (const loser of results.filter((r) => !r.won)) {
        if (loser.holderPid !== winnerPid) problems.push(`trial ${trial}: worker ${loser.worker} was told pid ${loser.holderPid} holds it`);
      }

      await Promise.all(workers.map((child) => {
        const released = nextMessage(child, "released");
        child.send({ type: "release" });
        return released;
      }));
      expect(readCurrentOwner(dir)).toBeNull();
    }
    expect(winnersPerTrial).toEqual(Array.from({ length: TRIALS }, () => 1));
    expect(problems).toEqual([]);
  });
});

describe("the owner lock", () => {
  it("takes over a record left empty, and keeps its own files private to this user", () => {
    const dir = join(root, "empty");
    const folder = ownerFolderFor(dir);
    mkdirSync(folder, { mode: 0o700 });
    writeFileSync(join(folder, "owner.1.json"), "");

    const claim = acquireOwnership(dir, "successor");
    expect(claim.holder).toBeUndefined();
    expect(claim.lease?.generation).toBe(2);
    expect(readdirSync(folder)).toEqual(["owner.2.json"]);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, "owner.2.json")).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(folder, "owner.2.json"), "utf8"))).toMatchObject({ pid: process.pid, role: "successor" });
    claim.lease?.publish("/somewhere");
    claim.lease?.release();
    expect(readdirSync(folder).sort()).toEqual(["owner.2.json", "released.2", "socket.2.json"]);
    for (const name of readdirSync(folder)) expect(statSync(join(folder, name)).mode & 0o777).toBe(0o600);
  });

  it("takes over from a dead owner whose pid another process now has", async () => {
    const unrelated = spawn("sleep", ["60"]);
    try {
      const dir = join(root, "recycled");
      leaveRecord(dir, 7, { pid: unrelated.pid, startTime: "12" });
      expect(isHolderAlive({ pid: unrelated.pid!, startTime: "12" })).toBe(false);
      const claim = acquireOwnership(dir, "successor");
      expect(claim.lease?.generation).toBe(8);
      claim.lease?.release();
    } finally {
      unrelated.kill();
    }
  });

  it("does not take over from a live owner, and names it", () => {
    const dir = join(root, "live");
    leaveRecord(dir, 3, { pid: process.pid, startTime: ownStartTime(), role: "the live owner" });
    const claim = acquireOwnership(dir, "intruder");
    expect(claim.lease).toBeUndefined();
    expect(claim.holder).toMatchObject({ pid: process.pid, role: "the live owner" });
    expect(readCurrentOwner(dir)?.generation).toBe(3);
  });

  it("does not count a process that died and is not yet reaped", async () => {
    // The child exits a moment after its parent has exec'd into a `sleep 30` that never reaps it: a zombie. (With
    // `sleep 0` the shell sometimes reaped the child before its exec, and the test found no process at all.)
    const parent = spawn("sh", ["-c", "sleep 0.3 & echo $!; exec sleep 30"]);
    try {
      const pid = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString()))));
      const stat = async () => readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      while ((await stat())[0] !== "Z") await new Promise((resolve) => setTimeout(resolve, 20));
      expect(() => process.kill(pid, 0)).not.toThrow(); // the pid alone would say "alive"
      expect(isHolderAlive({ pid, startTime: (await stat())[19] })).toBe(false);
    } finally {
      parent.kill();
    }
  });

  it("lets the next process in once the owner has released", () => {
    const dir = join(root, "released");
    const first = acquireOwnership(dir, "first");
    first.lease?.publish("/somewhere");
    expect(readCurrentOwner(dir)?.record.socketDir).toBe("/somewhere");
    first.lease?.release();
    expect(readCurrentOwner(dir)).toBeNull();
    const second = acquireOwnership(dir, "second");
    expect(second.lease?.generation).toBe(2);
    second.lease?.release();
  });
});
