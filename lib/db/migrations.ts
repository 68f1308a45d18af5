// Applies prisma/migrations/*/migration.sql in order, recording them in Prisma's own _prisma_migrations table
// (so `prisma migrate status` agrees). The Prisma 7 CLI cannot run here without a native engine; see STACK-NOTES §1.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
  /** Runs a multi-statement script without parameters. */
  exec(sql: string): Promise<unknown>;
}

// Any constant: several app instances starting together against one server must not migrate concurrently.
const MIGRATION_LOCK_KEY = 7_242_611_001;

export function migrationsDir(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
}

export async function applyMigrations(db: SqlRunner, dir = migrationsDir()): Promise<string[]> {
  await db.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = new Set(
      (
        await db.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
      ).rows.map((row) => String(row.migration_name)),
    );
    const names = existsSync(/*turbopackIgnore: true*/ dir)
      ? readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort()
      : [];
    const applied: string[] = [];
    for (const name of names.filter((n) => !done.has(n))) {
      const sql = readFileSync(/*turbopackIgnore: true*/ join(dir, name, "migration.sql"), "utf8");
      const id = randomUUID();
      const checksum = createHash("sha256").update(sql).digest("hex");
      // The migration and its bookkeeping commit together: a failure leaves no half-applied schema behind.
      await db.exec(`BEGIN;\n${sql}\n;
        INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
        VALUES ('${id}', '${checksum}', '${name.replace(/'/g, "''")}', now(), 1);
        COMMIT;`).catch(async (error: unknown) => {
        await db.exec("ROLLBACK").catch(() => undefined);
        throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      });
      applied.push(name);
    }
    return applied;
  } finally {
    await db.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  }
}
