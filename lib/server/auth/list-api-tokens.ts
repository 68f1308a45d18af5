// A user's API tokens (never the tokens themselves: only their names and dates).
import "server-only";
import type { Db } from "@/lib/db/client";

export interface ApiTokenSummary {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function listApiTokens(db: Db, { userId }: { userId: number }): Promise<ApiTokenSummary[]> {
  const tokens = await db.apiToken.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true } });
  return tokens.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}
