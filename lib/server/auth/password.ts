// Password hashing. bcrypt through bcryptjs (pure JavaScript: argon2 and native bcrypt need install scripts or
// prebuilt binaries, which are blocked here). bcrypt reads only the first 72 bytes of its input, and a Persian
// passphrase reaches that in 36 letters, so the password is first reduced to its SHA-256 (base64, 44 bytes, no
// NUL byte); the stored hash carries a scheme prefix so that a later move to another scheme can tell them apart.
import "server-only";
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { AppError } from "@/lib/server/errors";

const SCHEME = "bcrypt-sha256$";
/** About 0.3 s per hash on one core here: slow for a guesser, unnoticed at sign-in. */
const COST = 11;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 1000;

// NIST SP 800-63B: passwords are compared after Unicode normalization (NFKC), so that the same letters typed on two
// keyboards (composed or not, Arabic presentation forms) are the same password. ZWNJ survives NFKC.
function prehash(password: string): string {
  return createHash("sha256").update(password.normalize("NFKC"), "utf8").digest("base64");
}

export function checkPasswordRules(password: string, field = "password"): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw new AppError("validation", `The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.`, {
      messageKey: "auth.passwordRules",
      params: { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH },
      problems: [
        {
          field,
          messageKey: "auth.passwordRules",
          params: { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH },
          message: `${field}: must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long`,
        },
      ],
    });
  }
}

export async function hashPassword(password: string): Promise<string> {
  checkPasswordRules(password);
  return SCHEME + (await bcrypt.hash(prehash(password), COST));
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (!stored.startsWith(SCHEME)) return false;
  return bcrypt.compare(prehash(password), stored.slice(SCHEME.length));
}

// Compared against when the email is unknown, so that an unknown email costs as much time as a wrong password.
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("decoy password, never a real one");
  await verifyPassword(password, await decoy);
  return false;
}
