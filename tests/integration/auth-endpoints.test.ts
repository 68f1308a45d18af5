// Every endpoint under app/api refuses a request without credentials, and each role gets exactly what the
// permission table grants it. New route files are picked up by themselves: an endpoint added without
// requireUser() fails here.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchRow } from "@/app/api/rows/[id]/route";
import { GET as listUsersRoute, POST as createUserRoute } from "@/app/api/users/route";
import { PATCH as patchUser } from "@/app/api/users/[id]/route";
import { POST as signInRoute } from "@/app/api/auth/sign-in/route";
import { importDocument } from "@/lib/server/document/import-document";
import { setUserRole } from "@/lib/server/auth/set-user-role";
import { createTestUser, TEST_PASSWORD, type TestUser } from "../support/auth";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

const API = join(process.cwd(), "app", "api");
const OPEN = new Set(["auth/sign-in", "auth/sign-out"]);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir = API): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [relative(API, dir).split(sep).join("/")] : [];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a handler as Next would for /api/<path>; a numeric last segment is the route's [id]. */
const call = (handler: Handler, method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
  handler(
    new Request(`http://127.0.0.1:3000/api/${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined || method === "GET" ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: /\/(\d+)(?:\/|$)/.exec(path)?.[1] ?? "" }) },
  );

describe("without credentials", () => {
  const routes = routeFiles().filter((r) => !OPEN.has(r));

  it("finds the endpoints", () => {
    expect(routes).toEqual(expect.arrayContaining(["documents", "documents/[id]", "documents/[id]/realign", "paragraphs/[id]", "rows/[id]", "account", "users"]));
  });

  it.each(routes)("/api/%s answers 401 for every method", async (route) => {
    const module = (await import(/* @vite-ignore */ join(API, route, "route.ts"))) as Partial<Record<(typeof METHODS)[number], Handler>>;
    const methods = METHODS.filter((m) => module[m]);
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      const response = await call(module[method]!, method, route.replace("[id]", "1"), {}, {});
      expect({ method, status: response.status }).toEqual({ method, status: 401 });
      expect(((await response.json()) as { error: { messageKey: string } }).error.messageKey).toBe("auth.required");
    }
  });
});

describe("roles", () => {
  let translator: TestUser, reviewer: TestUser, admin: TestUser;
  let row: { id: number; version: number };

  beforeAll(async () => {
    // One after another: the embedded database's socket server mixes up concurrent plain queries and transactions.
    translator = await createTestUser("translator");
    reviewer = await createTestUser("reviewer");
    admin = await createTestUser("admin");
    const db = await testDb();
    const { documentId } = await importDocument(db, {
      title: uniqueName("roles"),
      texts: [
        { lang: "en", role: "translation", format: "plain", content: { kind: "text", text: "The first paragraph.\n\nThe second paragraph." } },
        { lang: "fa", role: "original", format: "plain", content: { kind: "text", text: "بند نخست.\n\nبند دوم." } },
      ],
    });
    row = await db.alignmentRow.findFirstOrThrow({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, version: true } });
  });

  const decide = (user: TestUser, status: string, version: number) => call(patchRow as Handler, "PATCH", `rows/${row.id}`, user.bearer, { status, version }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

  it("a translator may not confirm or reject a row (403), and nothing changes", async () => {
    for (const status of ["confirmed", "rejected", "auto"]) {
      const answer = await decide(translator, status, row.version);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: { code: "forbidden", messageKey: "auth.forbidden", params: { permission: "row.decide" } } });
    }
    const stored = await (await testDb()).alignmentRow.findUniqueOrThrow({ where: { id: row.id } });
    expect([stored.status, stored.version, stored.decidedById]).toEqual(["AUTO", row.version, null]);
  });

  it("a reviewer's decision records who and when", async () => {
    const before = Date.now();
    const answer = await decide(reviewer, "confirmed", row.version);
    expect(answer.status).toBe(200);
    const db = await testDb();
    const stored = await db.alignmentRow.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("CONFIRMED");
    expect(stored.decidedById).toBe(reviewer.id);
    expect(stored.decidedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "row.status", data: { path: ["rows"], array_contains: [row.id] } }, orderBy: { id: "desc" } });
    expect(audit.userId).toBe(reviewer.id);
    row = { id: row.id, version: stored.version };
  });

  it("a change of role applies to the user's next request", async () => {
    const db = await testDb();
    await setUserRole(db, { userId: translator.id, role: "reviewer" });
    const promoted = await decide(translator, "auto", row.version);
    expect(promoted.status).toBe(200);
    row = { id: row.id, version: row.version + 1 };
    await setUserRole(db, { userId: translator.id, role: "translator" });
    expect((await decide(translator, "confirmed", row.version)).status).toBe(403);
  });

  it("only an admin manages users", async () => {
    expect((await call(listUsersRoute as Handler, "GET", "users", reviewer.bearer)).status).toBe(403);
    expect((await call(createUserRoute as Handler, "POST", "users", translator.bearer, { email: "x@test.local", role: "admin", password: TEST_PASSWORD })).status).toBe(403);
    expect((await call(patchUser as Handler, "PATCH", `users/${translator.id}`, reviewer.bearer, { role: "admin" })).status).toBe(403);
    const listed = await call(listUsersRoute as Handler, "GET", "users", admin.bearer);
    expect(listed.status).toBe(200);
    const { users } = (await listed.json()) as { users: Array<{ email: string; role: string; isDisabled: boolean }> };
    expect(users.find((u) => u.email === reviewer.email)).toMatchObject({ role: "reviewer", isDisabled: false });
    expect(JSON.stringify(users)).not.toMatch(/passwordHash|bcrypt/);
  });

  it("an admin creates a user, changes their role, resets their password and disables them", async () => {
    const email = `${uniqueName("new")}@test.local`;
    const created = await call(createUserRoute as Handler, "POST", "users", admin.bearer, { email: email.toUpperCase(), name: "Nasrin", role: "translator", password: TEST_PASSWORD });
    expect(created.status).toBe(201);
    const { user } = (await created.json()) as { user: { id: number; email: string; name: string; role: string } };
    expect(user).toMatchObject({ email, name: "Nasrin", role: "translator" });

    const again = await call(createUserRoute as Handler, "POST", "users", admin.bearer, { email, role: "translator", password: TEST_PASSWORD });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { messageKey: string } }).error.messageKey).toBe("users.emailTaken");
    expect((await call(createUserRoute as Handler, "POST", "users", admin.bearer, { email: "not an email", role: "translator", password: TEST_PASSWORD })).status).toBe(422);
    expect((await call(createUserRoute as Handler, "POST", "users", admin.bearer, { email: `${uniqueName("x")}@test.local`, role: "owner", password: TEST_PASSWORD })).status).toBe(422);

    const patch = (body: unknown) => call(patchUser as Handler, "PATCH", `users/${user.id}`, admin.bearer, body);
    expect(((await (await patch({ role: "reviewer" })).json()) as { user: { role: string } }).user.role).toBe("reviewer");
    expect((await patch({ password: "a password set by the admin" })).status).toBe(200);
    const signIn = (password: string) =>
      signInRoute(new Request("http://127.0.0.1/api/auth/sign-in", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })).then((r) => r.status);
    expect(await signIn(TEST_PASSWORD)).toBe(401);
    expect(await signIn("a password set by the admin")).toBe(200);
    expect(((await (await patch({ isDisabled: true })).json()) as { user: { isDisabled: boolean } }).user.isDisabled).toBe(true);
    expect(await signIn("a password set by the admin")).toBe(403);
    expect((await patch({})).status).toBe(422);
    expect((await call(patchUser as Handler, "PATCH", "users/99999999", admin.bearer, { role: "admin" })).status).toBe(404);

    const audit = await (await testDb()).auditLog.findMany({ where: { entity: "users", entityId: String(user.id) }, orderBy: { id: "asc" }, select: { action: true, userId: true } });
    expect(audit).toEqual(["user.create", "user.role", "user.password-reset", "user.disable"].map((action) => ({ action, userId: admin.id })));
  });
});
