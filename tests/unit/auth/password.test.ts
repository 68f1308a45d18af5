import { describe, expect, it } from "vitest";
import { checkPasswordRules, hashPassword, verifyPassword } from "@/lib/server/auth/password";

describe("password hashing", () => {
  it("verifies the right password and refuses others", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^bcrypt-sha256\$\$2b\$11\$[./A-Za-z0-9]{53}$/);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery staplE", stored)).toBe(false);
    expect(await verifyPassword("correct horse battery staple", stored.replace("bcrypt-sha256$", ""))).toBe(false);
  });

  it("tells apart long Persian passphrases that differ past bcrypt's 72 bytes", async () => {
    const base = "این یک عبارت عبور بسیار طولانی فارسی است که از هفتاد و دو بایت می‌گذرد";
    expect(new TextEncoder().encode(base).length).toBeGreaterThan(72);
    const stored = await hashPassword(`${base} ۱`);
    expect(await verifyPassword(`${base} ۱`, stored)).toBe(true);
    expect(await verifyPassword(`${base} ۲`, stored)).toBe(false);
  });

  it("takes composed and decomposed letters as the same password, and keeps ZWNJ significant", async () => {
    const stored = await hashPassword("caf\u00e9 in Tehran می‌خواهم");
    expect(await verifyPassword("cafe\u0301 in Tehran می‌خواهم", stored)).toBe(true);
    expect(await verifyPassword("caf\u00e9 in Tehran میخواهم", stored)).toBe(false);
  });

  it("needs 8 to 1000 characters, counted as characters", () => {
    expect(() => checkPasswordRules("1234567")).toThrow(/8 to 1000 characters/);
    expect(() => checkPasswordRules("۱۲۳۴۵۶۷۸")).not.toThrow();
    expect(() => checkPasswordRules("x".repeat(1001))).toThrow(/8 to 1000 characters/);
  });
});
