// Ends the session a cookie names. Unknown or already ended sessions are not an error: signing out twice is fine.
import "server-only";
import type { Db } from "@/lib/db/client";
import { hashSecretToken } from "./secret-token";

export async function signOut(db: Db, { token }: { token: string | null }): Promise<void> {
  if (!token) return;
  await db.session.deleteMany({ where: { id: hashSecretToken(token) } });
}
