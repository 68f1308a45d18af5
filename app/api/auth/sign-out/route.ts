import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { clearedSessionCookieHeader, isSecureCookie, readCookie, requestOrigin, SESSION_COOKIE } from "@/lib/server/auth/session-cookie";
import { signOut } from "@/lib/server/auth/sign-out";
import { handle } from "@/lib/server/http";

export const dynamic = "force-dynamic";

// Needs no credentials: signing out with an ended session (or twice) still clears the cookie. The header's
// form posts here without JavaScript and is sent on to the sign-in page; scripts get 204.
export const POST = handle(async (request: Request) => {
  await signOut(await getDb(), { token: readCookie(request.headers.get("cookie"), SESSION_COOKIE) });
  const isPage = (request.headers.get("accept") ?? "").includes("text/html");
  const response = isPage ? new NextResponse(null, { status: 303, headers: { Location: "/sign-in" } }) : new NextResponse(null, { status: 204 });
  response.headers.append("Set-Cookie", clearedSessionCookieHeader(isSecureCookie(requestOrigin(request))));
  return response;
});
