import { describe, expect, it } from "vitest";
import { can, isRoleName, PERMISSIONS, ROLES } from "@/lib/core/auth/roles";

describe("the permission table", () => {
  it("grants each role what the one before has, and more", () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, PERMISSIONS.filter((p) => can(role, p))]));
    expect(table).toEqual({
      translator: ["document.read", "document.import", "document.edit"],
      reviewer: ["document.read", "document.import", "document.edit", "row.decide"],
      admin: ["document.read", "document.import", "document.edit", "row.decide", "users.manage"],
    });
  });

  it("knows the role names and nothing else", () => {
    expect(["translator", "reviewer", "admin"].every(isRoleName)).toBe(true);
    expect(["TRANSLATOR", "owner", "", undefined, 1].some(isRoleName)).toBe(false);
  });
});
