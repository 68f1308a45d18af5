// Users for tests, made through the same use cases as the CLI, each with an API token and a session cookie.
import type { RoleName } from "@/lib/core/auth/roles";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { createSession } from "@/lib/server/auth/create-session";
import { createUser } from "@/lib/server/auth/create-user";
import { SESSION_COOKIE } from "@/lib/server/auth/session-cookie";
import { testDb, uniqueName } from "./db";

export const TEST_PASSWORD = "a long enough test password";

export interface TestUser {
  id: number;
  email: string;
  role: RoleName;
  password: string;
  token: string;
  sessionToken: string;
  /** Authorization: Bearer <API token>. */
  bearer: Record<string, string>;
  /** Cookie: <session>. */
  cookie: Record<string, string>;
}

export async function createTestUser(role: RoleName, password = TEST_PASSWORD): Promise<TestUser> {
  const db = await testDb();
  const user = await createUser(db, { email: `${uniqueName(role)}@test.local`, role, password });
  const { token } = await createApiToken(db, { userId: user.id, name: "tests" });
  const session = await createSession(db, { userId: user.id });
  return {
    id: user.id,
    email: user.email,
    role,
    password,
    token,
    sessionToken: session.token,
    bearer: { authorization: `Bearer ${token}` },
    cookie: { cookie: `${SESSION_COOKIE}=${session.token}` },
  };
}

/** The same request, sent with `user`'s API token: for calling route handlers directly. */
export function as(user: TestUser, request: Request): Request {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(user.bearer)) headers.set(name, value);
  return new Request(request, { headers, ...(request.body ? { duplex: "half" } : {}) } as RequestInit);
}
