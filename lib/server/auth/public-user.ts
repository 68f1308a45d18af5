// The signed-in user as the API shows it to its owner.
import "server-only";
import type { AuthUser } from "./auth-user";

export function publicUser(user: AuthUser) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, uiLocale: user.uiLocale };
}
