// Repeated sign-in failures are slowed down per email and per client address, counted in the database so that
// several app instances agree. Every attempt is counted before its password is checked, in one atomic statement,
// so that guesses sent in parallel cannot slip past the limit while the slow hash runs; an attempt that succeeds
// gives its count back. The window is fixed: once over the limit, a key waits until its window ends.
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";

export interface SignInLimits {
  perEmail: number;
  perClient: number;
  windowMs: number;
}

export const SIGN_IN_LIMITS: SignInLimits = { perEmail: 5, perClient: 30, windowMs: 15 * 60_000 };

export interface ThrottleKeys {
  email: string;
  /** Null when the request says nothing about where it comes from (never the case behind `next start`). */
  clientAddress: string | null;
}

function keysOf({ email, clientAddress }: ThrottleKeys, limits: SignInLimits): Array<{ key: string; limit: number }> {
  const keys = [{ key: `email:${email}`, limit: limits.perEmail }];
  if (clientAddress) keys.push({ key: `client:${clientAddress}`, limit: limits.perClient });
  return keys;
}

/** Counts one attempt under every key; throws `rate_limited` (429) when any key is past its limit. */
export async function countSignInAttempt(db: Db, keys: ThrottleKeys, now: Date, limits: SignInLimits = SIGN_IN_LIMITS): Promise<void> {
  let waitMs = 0;
  for (const { key, limit } of keysOf(keys, limits)) {
    const { failures, windowStartMs } = await bump(db, key, now.getTime(), limits.windowMs);
    if (failures > limit) waitMs = Math.max(waitMs, windowStartMs + limits.windowMs - now.getTime());
  }
  if (waitMs > 0) {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute(s).`, {
      messageKey: "auth.rateLimited",
      params: { count: minutes },
      retryAfterSeconds,
    });
  }
}

/** A successful sign-in (or a disabled account with the right password): its attempt was not a guess. */
export async function releaseSignInAttempt(db: Db, keys: ThrottleKeys, limits: SignInLimits = SIGN_IN_LIMITS): Promise<void> {
  const [email, client] = keysOf(keys, limits);
  await db.signInThrottle.deleteMany({ where: { key: email.key } });
  // The address keeps its other failures: one good password must not wipe out a spray of guesses from it.
  if (client) await db.$executeRaw`UPDATE sign_in_throttles SET failures = GREATEST(failures - 1, 0) WHERE key = ${client.key}`;
}

// Times go in and out as epoch milliseconds, converted to UTC in SQL: the column has no time zone (Prisma's
// convention is UTC), and neither the server's TimeZone setting nor the driver's Date handling may shift it.
async function bump(db: Db, key: string, nowMs: number, windowMs: number): Promise<{ failures: number; windowStartMs: number }> {
  const rows = await db.$queryRaw<Array<{ failures: number; window_start_ms: number }>>`
    INSERT INTO sign_in_throttles AS t (key, failures, window_start)
    VALUES (${key}, 1, to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC')
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_start <= to_timestamp(${nowMs - windowMs}::float8 / 1000) AT TIME ZONE 'UTC' THEN 1 ELSE t.failures + 1 END,
      window_start = CASE WHEN t.window_start <= to_timestamp(${nowMs - windowMs}::float8 / 1000) AT TIME ZONE 'UTC' THEN EXCLUDED.window_start ELSE t.window_start END
    RETURNING t.failures, (EXTRACT(EPOCH FROM t.window_start) * 1000)::float8 AS window_start_ms`;
  return { failures: Number(rows[0].failures), windowStartMs: Number(rows[0].window_start_ms) };
}
