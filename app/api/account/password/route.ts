import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { changeOwnPassword } from "@/lib/server/auth/change-own-password";
import { MAX_PASSWORD_LENGTH } from "@/lib/server/auth/password";
import { requireUser } from "@/lib/server/auth/require-user";
import { handle, parseOrThrow } from "@/lib/server/http";

export const dynamic = "force-dynamic";

const ZChangePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH * 4),
  newPassword: z.string().max(MAX_PASSWORD_LENGTH * 4),
});

export const POST = handle(async (request: Request) => {
  const user = await requireUser(request);
  const body = parseOrThrow(ZChangePasswordSchema, await request.json().catch(() => null));
  await changeOwnPassword(await getDb(), { userId: user.id, ...body, keepSessionId: user.sessionId });
  return new NextResponse(null, { status: 204 });
});
