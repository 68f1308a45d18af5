import { NextResponse } from "next/server";
import { z } from "zod";
import { ROLES } from "@/lib/core/auth/roles";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/server/auth/create-user";
import { listUsers } from "@/lib/server/auth/list-users";
import { MAX_PASSWORD_LENGTH } from "@/lib/server/auth/password";
import { requireUser } from "@/lib/server/auth/require-user";
import { handle, parseOrThrow } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  await requireUser(request, "users.manage");
  return NextResponse.json({ users: await listUsers(await getDb()) });
});

const ZCreateUserSchema = z.object({
  email: z.string().trim().min(1).max(254),
  name: z.string().trim().max(200).optional(),
  role: z.enum(ROLES),
  password: z.string().max(MAX_PASSWORD_LENGTH * 4),
});

export const POST = handle(async (request: Request) => {
  const admin = await requireUser(request, "users.manage");
  const body = parseOrThrow(ZCreateUserSchema, await request.json().catch(() => null));
  const user = await createUser(await getDb(), { ...body, actorId: admin.id });
  return NextResponse.json({ user }, { status: 201 });
});
