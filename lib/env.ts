// The environment, validated once: every entry point (app, launcher, CLIs, tests) reads it through here.
import { z } from "zod";

const ZEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (unset it to use the embedded database)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Session cookies: Secure unless the request is plain http to a loopback host (lib/server/auth/session-cookie.ts).
  COOKIE_SECURE: z.enum(["auto", "always", "never"]).default("auto"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

export class EnvError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
