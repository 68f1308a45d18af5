// The first start of an installation creates one demo account per role, once. On a database of its own (an
// in-memory embedded one): the shared test database already has users.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveEmbedded, type EmbeddedHandle } from "@/lib/db/embedded";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createDemoUsers, formatDemoCredentials } from "@/lib/server/auth/create-demo-users";
import { signIn } from "@/lib/server/auth/sign-in";

let embedded: EmbeddedHandle;
let db: Db;

beforeAll(async () => {
  embedded = await serveEmbedded(null, "demo users test");
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: embedded.url, max: 2 }), omit: { user: { passwordHash: true } } });
});

afterAll(async () => {
  await db?.$disconnect();
  await embedded?.close();
});

describe("createDemoUsers", () => {
  it("creates a translator, a reviewer and an admin with random passwords that sign in, once", async () => {
    const created = await createDemoUsers(db);
    expect(created.map((c) => [c.email, c.role])).toEqual([
      ["translator@demo.local", "translator"],
      ["reviewer@demo.local", "reviewer"],
      ["admin@demo.local", "admin"],
    ]);
    expect(new Set(created.map((c) => c.password)).size).toBe(3);
    for (const c of created) expect(c.password).toMatch(/^[\w-]{16}$/);

    for (const c of created) {
      const { user } = await signIn(db, { email: c.email, password: c.password, clientAddress: null });
      expect(user.role).toBe(c.role);
    }
    const printed = formatDemoCredentials(created);
    expect(printed.split("\n")).toHaveLength(4);
    expect(printed).toContain(`admin      admin@demo.local       password: ${created[2].password}`);

    expect(await createDemoUsers(db)).toEqual([]);
  });

  it("never again, even when every user was deleted afterwards", async () => {
    await db.user.deleteMany({ where: { email: { endsWith: "@demo.local" } } });
    expect(await createDemoUsers(db)).toEqual([]);
    expect(await db.user.count({ where: { email: { endsWith: "@demo.local" } } })).toBe(0);
  });

  it("not in an installation that already has users", async () => {
    const other = await serveEmbedded(null, "demo users test, second database");
    const otherDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: other.url, max: 2 }), omit: { user: { passwordHash: true } } });
    try {
      await otherDb.user.create({ data: { email: "first@example.org", name: "First", role: "ADMIN", passwordHash: "bcrypt-sha256$unused" } });
      expect(await createDemoUsers(otherDb)).toEqual([]);
      expect(await otherDb.user.count()).toBe(1);
    } finally {
      await otherDb.$disconnect();
      await other.close();
    }
  });
});
