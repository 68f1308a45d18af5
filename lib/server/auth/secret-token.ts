// Random bearer secrets (session cookies and API tokens): 32 random bytes, stored only as their SHA-256, so that a
// copy of the database gives nobody a way in.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export function createSecretToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
