// Sign-in, sessions, API tokens, throttling and disabled accounts, through the route handlers and the use cases,
// against the test database.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { GET as getAccount, PATCH as patchAccount } from "@/app/api/account/route";
import { POST as changePassword } from "@/app/api/account/password/route";
import { POST as signInRoute } from "@/app/api/auth/sign-in/route";
import { POST as signOutRoute } from "@/app/api/auth/sign-out/route";
import { GET as listDocuments } from "@/app/api/documents/route";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";
import { findSessionUser } from "@/lib/server/auth/find-session-user";
import { hashSecretToken } from "@/lib/server/auth/secret-token";
import { SESSION_IDLE_MS, SESSION_MAX_MS } from "@/lib/server/auth/session-policy";
import { setUserDisabled } from "@/lib/server/auth/set-user-disabled";
import { signIn } from "@/lib/server/auth/sign-in";
import { createTestUser, TEST_PASSWORD } from "../support/auth";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);
afterEach(() => {
  delete process.env.COOKIE_SECURE;
});

const json = (body: unknown, headers: Record<string, string> = {}, url = "http://127.0.0.1:3000/api/auth/sign-in") =>
  new Request(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** A client address of its own per test: address counts are shared by everything that sends the same one. */
const fromClient = () => ({ "x-forwarded-for": `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

async function errorOf(response: Response): Promise<{ code: string; messageKey?: string; retryAfterSeconds?: number }> {
  return ((await response.json()) as { error: { code: string; messageKey?: string } }).error;
}

function sessionFrom(response: Response): string {
  const cookie = response.headers.get("set-cookie") ?? "";
  const match = /tarjuman_session=([^;]*)/.exec(cookie);
  if (!match) throw new Error(`no session cookie in ${cookie}`);
  return match[1];
}

describe("POST /api/auth/sign-in", () => {
  it("sets an http-only, SameSite=Lax session cookie that the API accepts", async () => {
    const user = await createTestUser("translator");
    const response = await signInRoute(json({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, fromClient()));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { user: { email: string; role: string } }).user).toMatchObject({ email: user.email, role: "translator" });
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^tarjuman_session=[\w-]{43}; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax$/); // no Secure on http://127.0.0.1

    const session = sessionFrom(response);
    const stored = await (await testDb()).session.findUnique({ where: { id: hashSecretToken(session) }, select: { userId: true } });
    expect(stored?.userId).toBe(user.id);
    expect(await (await testDb()).session.findUnique({ where: { id: session } })).toBeNull(); // never the token itself

    const me = await getAccount(new Request("http://127.0.0.1:3000/api/account", { headers: { cookie: `tarjuman_session=${session}` } }));
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { id: number } }).user.id).toBe(user.id);
  });

  it("marks the cookie Secure over https and on other hosts; COOKIE_SECURE overrides", async () => {
    const user = await createTestUser("translator");
    const https = await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, { ...fromClient(), "x-forwarded-proto": "https" }, "http://tarjuman.example/api/auth/sign-in"));
    expect(https.headers.get("set-cookie")).toMatch(/; Secure$/);

    // Plain http to a host that is not this machine: the browser would drop a Secure cookie, so it is refused, saying why.
    const lan = await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient(), "http://192.168.1.20:3000/api/auth/sign-in"));
    expect(lan.status).toBe(403);
    expect((await errorOf(lan)).messageKey).toBe("auth.insecureTransport");

    process.env.COOKIE_SECURE = "never";
    const allowed = await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient(), "http://192.168.1.20:3000/api/auth/sign-in"));
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("set-cookie")).not.toMatch(/Secure/);

    process.env.COOKIE_SECURE = "always";
    const local = await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient()));
    expect(local.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("answers a wrong password and an unknown email alike: 401, same message", async () => {
    const user = await createTestUser("reviewer");
    const wrong = await signInRoute(json({ email: user.email, password: "not the password" }, fromClient()));
    const unknown = await signInRoute(json({ email: `${uniqueName("nobody")}@test.local`, password: "whatever it is" }, fromClient()));
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    const [a, b] = [await errorOf(wrong), await errorOf(unknown)];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ code: "unauthorized", messageKey: "auth.wrongPassword" });
  });

  it("answers 422 for a body without email or password", async () => {
    expect((await signInRoute(json({ email: "someone@test.local" }, fromClient()))).status).toBe(422);
    expect((await signInRoute(new Request("http://127.0.0.1/api/auth/sign-in", { method: "POST", body: "{" }))).status).toBe(422);
  });

  it("refuses a sign-in posted from another site", async () => {
    const user = await createTestUser("translator");
    const response = await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, { origin: "https://evil.example", host: "127.0.0.1:3000" }));
    expect(response.status).toBe(403);
    expect((await errorOf(response)).messageKey).toBe("errors.crossSite");
  });
});

describe("repeated failures", () => {
  it("answer 429 with Retry-After after 5 wrong passwords for one email, even for the right one", async () => {
    const user = await createTestUser("translator");
    for (let n = 0; n < 5; n++) {
      expect((await signInRoute(json({ email: user.email, password: `guess ${n}` }, fromClient()))).status).toBe(401);
    }
    const blocked = await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient()));
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await errorOf(blocked)).toMatchObject({ code: "rate_limited", messageKey: "auth.rateLimited", retryAfterSeconds: retryAfter });

    // Once the window has passed, the right password works again.
    const db = await testDb();
    await db.signInThrottle.update({ where: { key: `email:${user.email}` }, data: { windowStart: new Date(Date.now() - 16 * 60_000) } });
    expect((await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient()))).status).toBe(200);
  });

  it("are forgiven by a successful sign-in", async () => {
    const user = await createTestUser("translator");
    const attempt = (password: string) => signInRoute(json({ email: user.email, password }, fromClient())).then((r) => r.status);
    for (let n = 0; n < 4; n++) expect(await attempt(`guess ${n}`)).toBe(401);
    expect(await attempt(TEST_PASSWORD)).toBe(200);
    for (let n = 0; n < 5; n++) expect(await attempt(`guess ${n}`)).toBe(401);
    expect(await attempt(`guess 6`)).toBe(429);
  });

  it("are counted per client address too, across emails", async () => {
    const db = await testDb();
    const clientAddress = `192.0.2.${Math.floor(Math.random() * 250)}-${uniqueName("c")}`;
    const limits = { perEmail: 100, perClient: 3, windowMs: 60_000 };
    const attempt = (email: string, password: string) => signIn(db, { email, password, clientAddress, limits }).then(
      () => "ok",
      (e: { code: string }) => e.code,
    );
    const user = await createTestUser("translator");
    expect(await attempt(user.email, TEST_PASSWORD)).toBe("ok"); // a success is not counted against the address
    for (let n = 0; n < 3; n++) expect(await attempt(`${uniqueName("spray")}@test.local`, "spray password")).toBe("unauthorized");
    expect(await attempt(user.email, TEST_PASSWORD)).toBe("rate_limited");
    expect(await signIn(db, { email: user.email, password: TEST_PASSWORD, clientAddress: "198.51.100.7", limits }).then(() => "ok")).toBe("ok");
  });

  it("cannot be outrun by guesses sent in parallel", async () => {
    const db = await testDb();
    const user = await createTestUser("translator");
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, n) => signIn(db, { email: user.email, password: `parallel ${n}`, clientAddress: null }).catch((e: { code: string }) => e.code)),
    );
    expect(results.filter((r) => r === "unauthorized")).toHaveLength(5);
    expect(results.filter((r) => r === "rate_limited")).toHaveLength(3);
  });
});

describe("sessions", () => {
  it("an expired session gets 401 and is deleted", async () => {
    const db = await testDb();
    const user = await createTestUser("reviewer");
    await db.session.update({ where: { id: hashSecretToken(user.sessionToken) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await listDocuments(new Request("http://test/api/documents", { headers: user.cookie }));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="tarjuman"');
    expect(await errorOf(response)).toMatchObject({ code: "unauthorized", messageKey: "auth.sessionEnded" });
    expect(await db.session.findUnique({ where: { id: hashSecretToken(user.sessionToken) } })).toBeNull();
  });

  it("slides forward with use, never past its absolute lifetime", async () => {
    const db = await testDb();
    const user = await createTestUser("translator");
    const id = hashSecretToken(user.sessionToken);
    const { createdAt } = await db.session.findUniqueOrThrow({ where: { id } });

    const inTwoDays = new Date(createdAt.getTime() + 2 * 24 * 3600_000);
    expect((await findSessionUser(db, user.sessionToken, inTwoDays))?.id).toBe(user.id);
    expect((await db.session.findUniqueOrThrow({ where: { id } })).expiresAt.getTime()).toBe(inTwoDays.getTime() + SESSION_IDLE_MS);

    const lateButAlive = new Date(createdAt.getTime() + SESSION_MAX_MS - 3600_000);
    await db.session.update({ where: { id }, data: { expiresAt: new Date(lateButAlive.getTime() + 1) } });
    expect((await findSessionUser(db, user.sessionToken, lateButAlive))?.id).toBe(user.id);
    expect((await db.session.findUniqueOrThrow({ where: { id } })).expiresAt.getTime()).toBe(createdAt.getTime() + SESSION_MAX_MS);
    expect(await findSessionUser(db, user.sessionToken, new Date(createdAt.getTime() + SESSION_MAX_MS))).toBeNull();
  });

  it("sign-out ends the session and clears the cookie", async () => {
    const user = await createTestUser("translator");
    const out = await signOutRoute(new Request("http://127.0.0.1/api/auth/sign-out", { method: "POST", headers: user.cookie }));
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/^tarjuman_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax$/);
    expect((await listDocuments(new Request("http://test/api/documents", { headers: user.cookie }))).status).toBe(401);

    const fromPage = await signOutRoute(new Request("http://127.0.0.1/api/auth/sign-out", { method: "POST", headers: { accept: "text/html,*/*" } }));
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get("location")).toBe("/sign-in");
  });
});

describe("API tokens", () => {
  it("work as Authorization: Bearer; unknown, malformed or revoked ones get 401", async () => {
    const user = await createTestUser("translator");
    const list = (headers: Record<string, string>) => listDocuments(new Request("http://test/api/documents", { headers }));
    expect((await list(user.bearer)).status).toBe(200);
    expect((await list({ authorization: `Bearer ${user.token}x` })).status).toBe(401);
    expect((await list({ authorization: `Basic ${Buffer.from(`${user.email}:${TEST_PASSWORD}`).toString("base64")}` })).status).toBe(401);
    // A bad Authorization header is not rescued by a good cookie riding along.
    const mixed = await list({ authorization: "Bearer nope", ...user.cookie });
    expect(mixed.status).toBe(401);
    expect((await errorOf(mixed)).messageKey).toBe("auth.invalidToken");

    const db = await testDb();
    const stored = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(user.token) }, select: { id: true, lastUsedAt: true } });
    expect(stored.lastUsedAt).not.toBeNull();
    await revokeApiToken(db, { tokenId: stored.id });
    expect((await list(user.bearer)).status).toBe(401);
  });
});

describe("disabled accounts", () => {
  it("cannot sign in, and lose their sessions and tokens until enabled", async () => {
    const db = await testDb();
    const user = await createTestUser("reviewer");
    await setUserDisabled(db, { userId: user.id, isDisabled: true });

    const signedIn = await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient()));
    expect(signedIn.status).toBe(403);
    expect((await errorOf(signedIn)).messageKey).toBe("auth.accountDisabled");
    // Without the right password, a disabled account looks like any other failure.
    expect((await errorOf(await signInRoute(json({ email: user.email, password: "wrong one" }, fromClient())))).messageKey).toBe("auth.wrongPassword");

    const list = (headers: Record<string, string>) => listDocuments(new Request("http://test/api/documents", { headers })).then((r) => r.status);
    expect(await list(user.cookie)).toBe(401);
    expect(await list(user.bearer)).toBe(401);

    await setUserDisabled(db, { userId: user.id, isDisabled: false });
    expect(await list(user.bearer)).toBe(200);
    expect(await list(user.cookie)).toBe(401); // disabling ended the session for good
  });
});

describe("the account", () => {
  it("changing one's password needs the current one and ends the other sessions", async () => {
    const user = await createTestUser("translator");
    const other = sessionFrom(await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient())));
    const change = (body: unknown) =>
      changePassword(new Request("http://127.0.0.1/api/account/password", { method: "POST", headers: { "content-type": "application/json", ...user.cookie }, body: JSON.stringify(body) }));

    const wrong = await change({ currentPassword: "not it at all", newPassword: "a brand new password" });
    expect(wrong.status).toBe(422);
    expect((await errorOf(wrong)).messageKey).toBe("account.wrongCurrentPassword");
    const short = await change({ currentPassword: TEST_PASSWORD, newPassword: "short" });
    expect(short.status).toBe(422);
    expect((await errorOf(short)).messageKey).toBe("auth.passwordRules");

    expect((await change({ currentPassword: TEST_PASSWORD, newPassword: "a brand new password" })).status).toBe(204);
    const list = (headers: Record<string, string>) => listDocuments(new Request("http://test/api/documents", { headers })).then((r) => r.status);
    expect(await list(user.cookie)).toBe(200);
    expect(await list({ cookie: `tarjuman_session=${other}` })).toBe(401);
    expect((await signInRoute(json({ email: user.email, password: TEST_PASSWORD }, fromClient()))).status).toBe(401);
    expect((await signInRoute(json({ email: user.email, password: "a brand new password" }, fromClient()))).status).toBe(200);
  });

  it("stores the interface language, only one the interface has, and sets the language cookie", async () => {
    const user = await createTestUser("translator");
    const patch = (uiLocale: string) =>
      patchAccount(new Request("http://127.0.0.1/api/account", { method: "PATCH", headers: { "content-type": "application/json", ...user.bearer }, body: JSON.stringify({ uiLocale }) }));
    const bad = await patch("xx");
    expect(bad.status).toBe(422);
    expect((await errorOf(bad)).messageKey).toBe("account.unknownLocale");
    const good = await patch("en");
    expect(good.status).toBe(200);
    expect(good.headers.get("set-cookie")).toBe("tarjuman_locale=en; Path=/; Max-Age=31536000; SameSite=Lax");
    expect((await (await testDb()).user.findUniqueOrThrow({ where: { id: user.id } })).uiLocale).toBe("en");
  });
});
