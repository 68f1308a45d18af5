// The migration runner refuses to guess: no folder, an edited migration or one it does not know is an error.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError } from "@/lib/db/migrations";

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// One in-memory database for the file (starting one takes seconds); each test works in a schema of its own.
const lite = new PGlite();
afterAll(() => lite.close());
let schemas = 0;

function migrationsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tarjuman-migrations-"));
  folders.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function database() {
  const schema = `t${++schemas}`;
  await lite.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
  return { lite, runner: { query: (sql: string, params?: unknown[]) => lite.query<Record<string, unknown>>(sql, params), exec: (sql: string) => lite.exec(sql) } };
}

describe("applyMigrations", () => {
  it("applies what is new, once", async () => {
    const { runner, lite } = await database();
    const dir = migrationsFolder({ "1_a": "CREATE TABLE a (id int);", "2_b": "CREATE TABLE b (id int);" });
    expect(await applyMigrations(runner, dir)).toEqual(["1_a", "2_b"]);
    expect(await applyMigrations(runner, dir)).toEqual([]);
    expect((await lite.query("SELECT count(*)::int AS n FROM _prisma_migrations")).rows).toEqual([{ n: 2 }]);
  });

  it("fails loudly when the folder is missing or empty", async () => {
    const runner = { query: () => Promise.reject(new Error("no database needed")), exec: () => Promise.reject(new Error("no database needed")) };
    await expect(applyMigrations(runner, join(tmpdir(), "no-such-folder-tarjuman"))).rejects.toThrow(MigrationError);
    await expect(applyMigrations(runner, migrationsFolder({}))).rejects.toThrow(/holds no migration/);
  });

  it("refuses a migration edited after it was applied", async () => {
    const { runner } = await database();
    const dir = migrationsFolder({ "1_a": "CREATE TABLE a (id int);" });
    await applyMigrations(runner, dir);
    writeFileSync(join(dir, "1_a", "migration.sql"), "CREATE TABLE a (id bigint);");
    await expect(applyMigrations(runner, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("refuses a database migrated by code newer than this", async () => {
    const { runner } = await database();
    await applyMigrations(runner, migrationsFolder({ "1_a": "CREATE TABLE a (id int);", "2_b": "CREATE TABLE b (id int);" }));
    await expect(applyMigrations(runner, migrationsFolder({ "1_a": "CREATE TABLE a (id int);" }))).rejects.toThrow(/not in/);
  });
});
