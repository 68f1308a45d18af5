import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { LOCALE_COOKIE } from "@/lib/i18n/pick-locale";
import { publicUser } from "@/lib/server/auth/public-user";
import { requireUser } from "@/lib/server/auth/require-user";
import { setUserLocale } from "@/lib/server/auth/set-user-locale";
import { handle, parseOrThrow } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  return NextResponse.json({ user: publicUser(await requireUser(request)) });
});

const ZUpdateAccountSchema = z.object({ uiLocale: z.string().trim().min(1).max(20) });

export const PATCH = handle(async (request: Request) => {
  const user = await requireUser(request);
  const body = parseOrThrow(ZUpdateAccountSchema, await request.json().catch(() => null));
  const { uiLocale } = await setUserLocale(await getDb(), { userId: user.id, uiLocale: body.uiLocale });
  const response = NextResponse.json({ user: { ...publicUser(user), uiLocale } });
  // The sign-in page, after signing out, stays in the language the user chose.
  response.headers.append("Set-Cookie", `${LOCALE_COOKIE}=${uiLocale}; Path=/; Max-Age=31536000; SameSite=Lax`);
  return response;
});
