// Connects to the database as the server starts (instrumentation.ts) and runs the lookup every request of a script
// begins with (whose token it carries), so that the first request does not also pay for Prisma's start and the first
// connection. No token has this value, and an unknown token changes nothing.
import "server-only";
import { getDb } from "@/lib/db/client";
import { findTokenUser } from "@/lib/server/auth/find-token-user";

/** Never rejects: a database that is not reachable yet is for the first request to report. */
export async function warmUpDatabase(): Promise<void> {
  try {
    await findTokenUser(await getDb(), "warm-up: not a token");
  } catch {
    // reported by the first request that needs the database
  }
}
