// The one wrapper of every route handler: refuses cross-site writes and maps errors (handle), and resolves who is
// calling and whether their role may do this. Each handler then parses its input, calls one use case, returns.
import "server-only";
import { handle } from "./http";

export type Permission = "read" | "edit" | "decide" | "admin";

export interface Actor {
  id: number;
  name: string;
  role: "translator" | "reviewer" | "admin";
}

export function route<C>(permission: Permission, fn: (request: Request, context: C, actor: Actor | null) => Promise<Response>) {
  return handle(async (request: Request, context: C) => fn(request, context, await authorize(request, permission)));
}

// Sign-in arrives with the accounts work; until then every caller is anonymous.
async function authorize(_request: Request, _permission: Permission): Promise<Actor | null> {
  return null;
}
