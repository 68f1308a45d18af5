// The database of this test run (see global-setup.ts), reached through the app's own client module.
import { inject } from "vitest";
import { closeDb, getDb, type Db } from "@/lib/db/client";

export async function testDb(): Promise<Db> {
  process.env.DATABASE_URL = inject("databaseUrl");
  return getDb();
}

export { closeDb };

/** A unique suffix so that tests sharing the database never see each other's rows. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}
