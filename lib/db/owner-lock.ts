// Who owns the embedded database folder. PGlite is single-process: two processes opening one folder corrupt it.
//
// Ownership is a sequence of generations kept in a private folder beside the database (`<dir>.owner/`, mode 0700):
// `owner.<n>.json` says who holds generation n. A process becomes the owner by creating generation top+1 with
// link(2), which fails when the name exists, so of any number of processes racing for one generation exactly one
// wins; and it races only after finding generation top released, or its process gone. Taking over never deletes
// anything: deleting a stale lock is where "read, unlink, create" schemes let two processes win (the slower one
// unlinks the faster one's fresh lock). A record is written whole to a temporary file before it is linked into
// place, so no reader ever sees a half-written one, and it never changes afterwards (a listing may miss a name
// that is being replaced): the owner announces its socket and its release in files of their own,
// `socket.<n>.json` and `released.<n>`. The winner then checks that no later generation appeared (one it could not
// see because it listed the folder before an older file was cleaned up) and only then removes the older files.
// A process counts as the holder only while its pid is alive *and* started at the recorded time, so a pid
// recycled by an unrelated process after a crash does not hold the database forever.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface OwnerRecord {
  pid: number;
  /** When the process started (field 22 of /proc/<pid>/stat); null where there is no /proc. */
  startTime: string | null;
  /** What the owner is ("the Tarjuman app (npm start, port 3000)", or a CLI's command line), shown in messages. */
  role: string;
  startedAt: string;
  /** The private folder holding the owner's Postgres socket; null while it is still opening the database. */
  socketDir: string | null;
  /** True once the owner has closed the database and let go. */
  released: boolean;
}

export interface CurrentOwner {
  generation: number;
  record: OwnerRecord;
}

export interface OwnerLease extends CurrentOwner {
  /** Announces where the database is served, once it is open. */
  publish(socketDir: string): void;
  /** Lets go of the folder; the next process to ask becomes the owner. */
  release(): void;
}

export type OwnershipClaim = { lease: OwnerLease; holder?: undefined } | { lease?: undefined; holder: OwnerRecord };

const RECORD_NAME = /^owner\.(\d+)\.json$/;
/** Every file that belongs to one generation. */
const GENERATION_FILE = /^(?:owner|socket|released)\.(\d+)(?:\.json)?$/;
const TEMP_PREFIX = "tmp.";
/** Retries when racing processes keep winning generations under us; each retry means somebody else progressed. */
const MAX_ATTEMPTS = 50;

export function ownerFolderFor(dir: string): string {
  let end = dir.length;
  while (end > 1 && dir[end - 1] === "/") end--; // a loop, not /\/+$/: that regex is quadratic on long runs
  return `${dir.slice(0, end)}.owner`;
}

/** Creates `path` as a folder only this user can enter, or checks that an existing one is such a folder. */
export function ensurePrivateFolder(path: string): void {
  try {
    mkdirSync(path, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const stat = lstatSync(path);
  if (!stat.isDirectory()) throw new Error(`${path} should be a folder (it holds the embedded database's lock and socket).`);
  if (typeof process.getuid === "function" && stat.uid !== process.getuid()) {
    throw new Error(`${path} belongs to another user: it would let them reach the embedded database. Remove it.`);
  }
  if ((stat.mode & 0o077) !== 0) chmodSync(path, 0o700);
}

interface ProcStat {
  state: string;
  startTime: string;
}

const hasProcfs = existsSync("/proc/self/stat");

function readProcStat(pid: number): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may itself hold spaces and parentheses: the fields after it start at the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

export function ownStartTime(): string | null {
  return readProcStat(process.pid)?.startTime ?? null;
}

/** Whether the process that wrote `record` is still running (not merely some process with its pid). */
export function isHolderAlive(record: Pick<OwnerRecord, "pid" | "startTime">): boolean {
  if (!isPidAlive(record.pid)) return false;
  if (!hasProcfs) return true; // macOS and the like: the pid alone has to do
  const stat = readProcStat(record.pid);
  if (!stat) return isPidAlive(record.pid); // hidden from us (another user, hidepid), or gone since the first look
  if (stat.state === "Z") return false; // dead, waiting for its parent to reap it
  return record.startTime === null || stat.startTime === record.startTime;
}

function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function generations(folder: string): number[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = RECORD_NAME.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

function latestGeneration(folder: string): number {
  return Math.max(0, ...generations(folder));
}

const recordPath = (folder: string, generation: number) => join(folder, `owner.${generation}.json`);
const socketPath = (folder: string, generation: number) => join(folder, `socket.${generation}.json`);
const releasedPath = (folder: string, generation: number) => join(folder, `released.${generation}`);

function readJson(path: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null; // missing, or not ours (an empty or garbled file)
  }
}

function readRecord(folder: string, generation: number): OwnerRecord | null {
  const record = readJson(recordPath(folder, generation));
  if (!record || typeof record.pid !== "number" || !Number.isInteger(record.pid) || record.pid <= 0) return null;
  const socket = readJson(socketPath(folder, generation));
  return {
    pid: record.pid,
    startTime: typeof record.startTime === "string" ? record.startTime : null,
    role: typeof record.role === "string" ? record.role : "another process",
    startedAt: typeof record.startedAt === "string" ? record.startedAt : "an unknown time",
    socketDir: typeof socket?.socketDir === "string" ? socket.socketDir : null,
    released: existsSync(releasedPath(folder, generation)),
  };
}

function writeTemp(folder: string, content: object): string {
  const path = join(folder, `${TEMP_PREFIX}${process.pid}.${randomBytes(6).toString("hex")}`);
  writeFileSync(path, JSON.stringify(content), { mode: 0o600, flag: "wx" });
  return path;
}

/** The latest generation's record, whatever its state (released, or its process gone); null when there is none. */
export function readLatestRecord(dir: string): CurrentOwner | null {
  const folder = ownerFolderFor(dir);
  const generation = latestGeneration(folder);
  const record = generation > 0 ? readRecord(folder, generation) : null;
  return record ? { generation, record } : null;
}

/** The live holder of `dir`, if any: the latest generation, unless released or its process is gone. */
export function readCurrentOwner(dir: string): CurrentOwner | null {
  const folder = ownerFolderFor(dir);
  const generation = latestGeneration(folder);
  if (generation === 0) return null;
  const record = readRecord(folder, generation);
  if (!record || record.released || !isHolderAlive(record)) return null;
  return { generation, record };
}

/** Makes this process the owner of `dir`, or names the live process that already is. */
export function acquireOwnership(dir: string, role: string): OwnershipClaim {
  const folder = ownerFolderFor(dir);
  ensurePrivateFolder(folder);
  const record: OwnerRecord = { pid: process.pid, startTime: ownStartTime(), role, startedAt: new Date().toISOString(), socketDir: null, released: false };
  const stored = { pid: record.pid, startTime: record.startTime, role: record.role, startedAt: record.startedAt };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const top = latestGeneration(folder);
    if (top > 0) {
      const holder = readRecord(folder, top);
      if (holder && !holder.released && isHolderAlive(holder)) return { holder };
    }

    const generation = top + 1;
    const temp = writeTemp(folder, stored);
    try {
      linkSync(temp, recordPath(folder, generation));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue; // another process took this generation
      throw error;
    } finally {
      unlinkSync(temp);
    }

    if (latestGeneration(folder) > generation) {
      unlinkSync(recordPath(folder, generation)); // we listed the folder too early: a later owner exists
      continue;
    }
    removeOlderFiles(folder, generation);
    return { lease: createLease(folder, generation, record) };
  }
  throw new Error(`Could not take ownership of the embedded database in ${dir}: other processes kept taking it over.`);
}

function removeOlderFiles(folder: string, generation: number): void {
  for (const name of readdirSync(folder)) {
    const match = GENERATION_FILE.exec(name);
    const isOlderRecord = match !== null && Number(match[1]) < generation;
    // A temporary file outlives its writer only when that process died between writing and linking it.
    const isOrphanTemp = name.startsWith(TEMP_PREFIX) && !isPidAlive(Number(name.split(".")[1]));
    if (!isOlderRecord && !isOrphanTemp) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      /* removed by someone else */
    }
  }
}

function createLease(folder: string, generation: number, initial: OwnerRecord): OwnerLease {
  const lease: OwnerLease = {
    generation,
    record: initial,
    publish(socketDir) {
      renameSync(writeTemp(folder, { socketDir }), socketPath(folder, generation));
      lease.record = { ...lease.record, socketDir };
    },
    release() {
      if (lease.record.released) return;
      writeFileSync(releasedPath(folder, generation), "", { mode: 0o600 });
      lease.record = { ...lease.record, released: true };
    },
  };
  return lease;
}
