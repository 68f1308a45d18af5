// The environment, validated once: every entry point (app, launcher, CLIs, tests) reads it through here.
import { isIP } from "node:net";
import { z } from "zod";

const isHostName = (value: string) => z.hostname().safeParse(value).success;

const ZEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (unset it to use the embedded database)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Loopback unless told otherwise: the app serves one machine's users until someone decides to open it up.
  HOST: z
    .string()
    .trim()
    .default("")
    .transform((value) => value || "127.0.0.1")
    .refine((value) => isIP(value) !== 0 || isHostName(value), "must be an address to listen on (127.0.0.1, ::1, 0.0.0.0, ::) or a host name such as localhost"),
  // Session cookies: Secure unless the request is plain http to a loopback host (lib/server/auth/session-cookie.ts).
  COOKIE_SECURE: z.enum(["auto", "always", "never"]).default("auto"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

export class EnvError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const parsed = ZEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
