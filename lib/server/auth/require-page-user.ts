// For server components (pages, layouts): the signed-in user, read once per request from the session cookie.
// A page without one redirects to /sign-in?next=<where it was>; a role without the permission gets the 403 page
// (app/forbidden.tsx). Pages cannot set cookies, which is why sessions never need their cookie re-sent.
import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission } from "@/lib/core/auth/roles";
import { safeReturnPath } from "@/lib/core/auth/return-path";
import { getDb } from "@/lib/db/client";
import type { AuthUser } from "./auth-user";
import { findSessionUser } from "./find-session-user";
import { SESSION_COOKIE } from "./session-cookie";

/** The signed-in user or null, without redirecting: for the layout's user menu and the interface language. */
export const getPageUser = cache(async (): Promise<AuthUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findSessionUser(await getDb(), token) : null;
});

/** `returnTo` is the page's own path (with its query), where sign-in brings the user back. */
export async function requirePageUser(permission?: Permission, returnTo = "/"): Promise<AuthUser> {
  const user = await getPageUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  if (permission && !can(user.role, permission)) forbidden();
  return user;
}
