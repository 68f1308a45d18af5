// Who may change what in the term base: translators propose (new concepts, new renderings, edits of what is still a
// proposal); reviewers and admins approve, and change or delete what is approved.
import "server-only";
import { can } from "@/lib/core/auth/roles";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { AppError } from "@/lib/server/errors";

export const canApproveTerms = (user: AuthUser): boolean => can(user.role, "row.decide");

export function approvedTermsLocked(what: string): AppError {
  return new AppError("forbidden", `Only a reviewer or an admin may change ${what} once it is approved; propose a new rendering instead.`, {
    messageKey: "terms.errors.approvedLocked",
    params: { what },
  });
}
