// Who owns the embedded database folder. PGlite is single-process: two processes opening one folder corrupt it.
// The owner writes `<dir>.owner.json` ({ pid, port, role }) before it opens the folder; every other process reads
// it and connects through the owner's Postgres-protocol socket, or is refused with a message naming the owner.
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";

export interface OwnerRecord {
  pid: number;
  /** null while the owner is still opening the database. */
  port: number | null;
  /** What the owner is: "app" (npm start), or the command line of a CLI, shown in messages. */
  role: string;
  startedAt: string;
}

export function lockPathFor(dir: string): string {
  return `${dir.replace(/(?<!\/)\/+$/, "")}.owner.json`;
}

export function readOwner(lockPath: string): OwnerRecord | null {
  try {
    return JSON.parse(readFileSync(lockPath, "utf8")) as OwnerRecord;
  } catch {
    return null; // missing, or half-written by a crashed process: both mean "no owner"
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Creates the lock if nobody holds it; returns false when another live process does. */
export function tryCreateLock(lockPath: string, record: OwnerRecord): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeFileSync(fd, JSON.stringify(record));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const current = readOwner(lockPath);
      if (current && isProcessAlive(current.pid)) return false;
      // A crashed owner left its lock behind: take it over once.
      try {
        unlinkSync(lockPath);
      } catch {
        /* another process removed it first */
      }
    }
  }
  return false;
}

/** Rewrites our own lock (e.g. to publish the port) without a moment where the file is absent. */
export function updateLock(lockPath: string, record: OwnerRecord): void {
  const tmp = `${lockPath}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, lockPath);
}

export function releaseLock(lockPath: string): void {
  const current = readOwner(lockPath);
  if (current?.pid !== process.pid) return;
  try {
    unlinkSync(lockPath);
  } catch {
    /* already gone */
  }
}
