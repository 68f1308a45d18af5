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

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

/** The migration folders, oldest first; a missing or empty folder is an error, never "nothing to apply". */
export function listMigrations(dir: string): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) {
    throw new MigrationError(`No migrations folder at ${dir}: run Tarjuman from its own folder (the one holding prisma/).`);
  }
  const names = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0) throw new MigrationError(`The migrations folder ${dir} holds no migration.`);
  for (const name of names) {
    if (!existsSync(/*turbopackIgnore: true*/ join(dir, name, "migration.sql"))) throw new MigrationError(`Migration ${name} has no migration.sql.`);
  }
  return names;
}

export async function applyMigrations(db: SqlRunner, dir = migrationsDir()): Promise<string[]> {
  const names = listMigrations(dir);
  await db.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT, "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const recorded = (
      await db.query(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
    ).rows.map((row) => ({ name: String(row.migration_name), checksum: String(row.checksum) }));
    const sqlOf = new Map(names.map((name) => [name, readFileSync(/*turbopackIgnore: true*/ join(dir, name, "migration.sql"), "utf8")]));
    const checksumOf = (sql: string) => createHash("sha256").update(sql).digest("hex");
    // The database must be a prefix of this code's history: an edited or unknown migration means they disagree
    // about the schema, and carrying on would corrupt data or fail later with an obscure error.
    for (const { name, checksum } of recorded) {
      const sql = sqlOf.get(name);
      if (sql === undefined) {
        throw new MigrationError(`The database has migration ${name}, which is not in ${dir}: it was migrated by a newer version of Tarjuman.`);
      }
      if (checksumOf(sql) !== checksum) {
        throw new MigrationError(`Migration ${name} was changed after it was applied to this database (checksum differs); restore the original file.`);
      }
    }
    const done = new Set(recorded.map((r) => r.name));
    const applied: string[] = [];
    for (const name of names.filter((n) => !done.has(n))) {
      const sql = sqlOf.get(name)!;
      const id = randomUUID();
      const checksum = checksumOf(sql);
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
