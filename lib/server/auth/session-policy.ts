// How long a session lives. It slides: each use pushes its end IDLE further, but never past MAX after sign-in.
// The cookie itself lasts MAX, so it never needs re-sending (pages cannot set cookies); the database says when
// the session really ends.
export const SESSION_IDLE_MS = 7 * 24 * 3600_000;
export const SESSION_MAX_MS = 30 * 24 * 3600_000;
/** lastSeenAt is written at most this often, so that reading pages does not turn into a write per request. */
export const SESSION_TOUCH_MS = 5 * 60_000;

export function slidExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_MAX_MS));
}
