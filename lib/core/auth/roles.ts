// Who may do what: the one permission table, read by the server (route handlers, pages) and by the interface
// (which only hides what the server would refuse anyway). Roles are cumulative: each one adds to the one before.
export const ROLES = ["translator", "reviewer", "admin"] as const;
export type RoleName = (typeof ROLES)[number];

export const PERMISSIONS = [
  "document.read",
  "document.import",
  // Texts and alignments: paragraph text and kind, row shapes, re-aligning what nobody has decided.
  "document.edit",
  // Confirming, rejecting, or taking back a decision on a row.
  "row.decide",
  "users.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TRANSLATOR: readonly Permission[] = ["document.read", "document.import", "document.edit"];
const REVIEWER: readonly Permission[] = [...TRANSLATOR, "row.decide"];
const ADMIN: readonly Permission[] = [...REVIEWER, "users.manage"];

const GRANTS: Record<RoleName, ReadonlySet<Permission>> = {
  translator: new Set(TRANSLATOR),
  reviewer: new Set(REVIEWER),
  admin: new Set(ADMIN),
};

export function can(role: RoleName, permission: Permission): boolean {
  return GRANTS[role].has(permission);
}

export function isRoleName(value: unknown): value is RoleName {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
