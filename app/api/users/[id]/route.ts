import { NextResponse } from "next/server";
import { z } from "zod";
import { ROLES } from "@/lib/core/auth/roles";
import { getDb } from "@/lib/db/client";
import { getUser } from "@/lib/server/auth/get-user";
import { MAX_PASSWORD_LENGTH } from "@/lib/server/auth/password";
import { requireUser } from "@/lib/server/auth/require-user";
import { setUserDisabled } from "@/lib/server/auth/set-user-disabled";
import { setUserPassword } from "@/lib/server/auth/set-user-password";
import { setUserRole } from "@/lib/server/auth/set-user-role";
import { handle, parseId, parseOrThrow } from "@/lib/server/http";

export const dynamic = "force-dynamic";

const ZUpdateUserSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    isDisabled: z.boolean().optional(),
    password: z.string().max(MAX_PASSWORD_LENGTH * 4).optional(),
  })
  .refine((b) => b.role !== undefined || b.isDisabled !== undefined || b.password !== undefined, "give role, isDisabled or password");

// One change per field, each its own use case (and audit entry); the answer is the user as they now are.
export const PATCH = handle(async (request: Request, { params }: RouteContext<"/api/users/[id]">) => {
  const admin = await requireUser(request, "users.manage");
  const userId = parseId((await params).id, "user");
  const body = parseOrThrow(ZUpdateUserSchema, await request.json().catch(() => null));
  const db = await getDb();
  if (body.password !== undefined) await setUserPassword(db, { userId, password: body.password, actorId: admin.id });
  let user = body.role !== undefined ? await setUserRole(db, { userId, role: body.role, actorId: admin.id }) : undefined;
  if (body.isDisabled !== undefined) user = await setUserDisabled(db, { userId, isDisabled: body.isDisabled, actorId: admin.id });
  user ??= await getUser(db, userId);
  return NextResponse.json({ user });
});
