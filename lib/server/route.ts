// The one wrapper of every route handler: refuses cross-site writes and maps errors (handle), and resolves who is
// calling (session cookie or API token) and whether their role may do this (lib/core/auth/roles.ts). Each handler
// then parses its input, calls one use case, returns.
import "server-only";
import type { Permission } from "@/lib/core/auth/roles";
import type { AuthUser } from "./auth/auth-user";
import { requireUser } from "./auth/require-user";
import { handle } from "./http";

export type { Permission };

export function route<C>(permission: Permission, fn: (request: Request, context: C, user: AuthUser) => Promise<Response>) {
  // Next always passes the context; scripts and tests calling a handler of a route without params may leave it out.
  return handle(async (request: Request, context?: C) => fn(request, context as C, await requireUser(request, permission)));
}
