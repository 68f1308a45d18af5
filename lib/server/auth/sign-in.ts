// Email and password in, a new session out. An unknown email costs the same hash as a wrong password and gets the
// same answer, so that neither the time nor the message tells whether an account exists. A disabled account is
// named as such only to someone who gave its right password.
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { AUTH_USER_SELECT, normalizeEmail, toAuthUser, type AuthUser } from "./auth-user";
import { createSession, type NewSession } from "./create-session";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { countSignInAttempt, releaseSignInAttempt, SIGN_IN_LIMITS, type SignInLimits } from "./sign-in-throttle";

export interface SignInOptions {
  email: string;
  password: string;
  clientAddress: string | null;
  now?: Date;
  limits?: SignInLimits;
}

export interface SignInResult {
  user: AuthUser;
  session: NewSession;
}

export async function signIn(db: Db, options: SignInOptions): Promise<SignInResult> {
  const { password, clientAddress, now = new Date(), limits = SIGN_IN_LIMITS } = options;
  const email = normalizeEmail(options.email);
  const keys = { email, clientAddress };

  await countSignInAttempt(db, keys, now, limits);

  const user = await db.user.findUnique({ where: { email }, select: { ...AUTH_USER_SELECT, passwordHash: true } });
  const isRight = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDecoy(password);
  if (!user || !isRight) {
    throw new AppError("unauthorized", "Wrong email or password.", { messageKey: "auth.wrongPassword" });
  }
  await releaseSignInAttempt(db, keys, limits);
  if (user.disabledAt) {
    throw new AppError("forbidden", "This account is disabled. Ask an administrator to enable it.", { messageKey: "auth.accountDisabled" });
  }

  const session = await db.$transaction(async (tx) => {
    // Each sign-in sweeps the user's own dead sessions: the table never grows with abandoned ones.
    await tx.session.deleteMany({ where: { userId: user.id, expiresAt: { lte: now } } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    return createSession(tx, { userId: user.id, now });
  });
  return { user: toAuthUser(user, "session", session.sessionId), session };
}
