import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { clientAddressOf } from "@/lib/server/auth/client-address";
import { MAX_PASSWORD_LENGTH } from "@/lib/server/auth/password";
import { publicUser } from "@/lib/server/auth/public-user";
import { isSecureCookie, requestOrigin, sessionCookieHeader, wouldDropSecureCookie } from "@/lib/server/auth/session-cookie";
import { signIn } from "@/lib/server/auth/sign-in";
import { AppError } from "@/lib/server/errors";
import { handle, parseOrThrow, readBodyWithin } from "@/lib/server/http";

export const dynamic = "force-dynamic";

const ZSignInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH * 4),
});

const MAX_BODY = 16 * 1024;

// The one endpoint without credentials, besides sign-out.
export const POST = handle(async (request: Request) => {
  const origin = requestOrigin(request);
  if (wouldDropSecureCookie(origin)) {
    throw new AppError(
      "forbidden",
      `This server is reached over plain http at ${origin.hostname}, and browsers drop secure session cookies sent that way. Use https (a proxy that sets X-Forwarded-Proto), or set COOKIE_SECURE=never on a trusted network.`,
      { messageKey: "auth.insecureTransport" },
    );
  }
  const raw = await readBodyWithin(request, MAX_BODY, (size) => new AppError("payload_too_large", `The request is over ${MAX_BODY} bytes (${size}).`));
  const body = parseOrThrow(ZSignInSchema, parseJson(raw));
  const { user, session } = await signIn(await getDb(), { ...body, clientAddress: clientAddressOf(request) });
  const response = NextResponse.json({ user: publicUser(user) });
  response.headers.append("Set-Cookie", sessionCookieHeader(session.token, isSecureCookie(origin)));
  return response;
});

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
