// `npm run user -- <command>`: accounts and API tokens from the command line, whether or not the app is running
// (getDb() reaches the embedded database through the running app when it owns it). Run with --help for the list.
import { parseArgs } from "node:util";
import { read } from "read";
import { isRoleName, ROLES, type RoleName } from "@/lib/core/auth/roles";
import { closeDb, getDb, type Db } from "@/lib/db/client";
import { createApiToken } from "@/lib/server/auth/create-api-token";
import { checkNewUserEmail, createUser } from "@/lib/server/auth/create-user";
import { findUserByEmail } from "@/lib/server/auth/find-user-by-email";
import { listApiTokens } from "@/lib/server/auth/list-api-tokens";
import { listUsers } from "@/lib/server/auth/list-users";
import { checkPasswordRules } from "@/lib/server/auth/password";
import { revokeApiToken } from "@/lib/server/auth/revoke-api-token";
import { setUserDisabled } from "@/lib/server/auth/set-user-disabled";
import { setUserPassword } from "@/lib/server/auth/set-user-password";
import { setUserRole } from "@/lib/server/auth/set-user-role";
import { AppError } from "@/lib/server/errors";

const USAGE = `usage: npm run user -- <command> [options]
  add --email E --role ${ROLES.join("|")} [--name N] [--password P]
                                  asks for the password (twice, hidden) when --password is not given
  list                            every user, with role and state
  set-role --email E --role R
  reset-password --email E [--password P]   ends the user's sessions
  disable --email E               ends the user's sessions; their API tokens are refused until enabled
  enable --email E
  token --email E [--name N]      creates an API token and prints it alone on the last line (shown once)
  tokens --email E                the user's API tokens (names and dates, never the tokens)
  revoke-token --id N`;

class UsageError extends Error {}

type Values = { email?: string; role?: string; name?: string; password?: string; id?: string; help?: boolean };

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      id: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(", ")})`);
  await run(await getDb(), values);
  return 0;
}

const COMMANDS: Record<string, (db: Db, values: Values) => Promise<void>> = {
  async add(db, values) {
    const email = required(values, "email");
    const role = roleOf(required(values, "role"));
    await checkNewUserEmail(db, email); // before the password is asked for
    const password = await passwordOf(values);
    const user = await createUser(db, { email, role, name: values.name, password });
    console.log(`Created ${user.email} (${user.role}).`);
  },
  async list(db) {
    const users = await listUsers(db);
    if (users.length === 0) {
      console.log("No users.");
      return;
    }
    const rows = users.map((u) => [String(u.id), u.email, u.role, u.isDisabled ? "disabled" : "active", u.lastSignInAt?.slice(0, 16).replace("T", " ") ?? "never", u.name]);
    const header = ["id", "email", "role", "state", "last sign-in (UTC)", "name"];
    const widths = header.map((h, n) => Math.max(h.length, ...rows.map((r) => r[n].length)));
    for (const row of [header, ...rows]) console.log(row.map((cell, n) => (n === row.length - 1 ? cell : cell.padEnd(widths[n]))).join("  "));
  },
  async "set-role"(db, values) {
    const { id } = await findUserByEmail(db, required(values, "email"));
    const user = await setUserRole(db, { userId: id, role: roleOf(required(values, "role")) });
    console.log(`${user.email} is now ${user.role}.`);
  },
  async "reset-password"(db, values) {
    const { id, email } = await findUserByEmail(db, required(values, "email"));
    await setUserPassword(db, { userId: id, password: await passwordOf(values) });
    console.log(`Set a new password for ${email}; their sessions have ended.`);
  },
  async disable(db, values) {
    const { id } = await findUserByEmail(db, required(values, "email"));
    const user = await setUserDisabled(db, { userId: id, isDisabled: true });
    console.log(`Disabled ${user.email}.`);
  },
  async enable(db, values) {
    const { id } = await findUserByEmail(db, required(values, "email"));
    const user = await setUserDisabled(db, { userId: id, isDisabled: false });
    console.log(`Enabled ${user.email}.`);
  },
  async token(db, values) {
    const user = await findUserByEmail(db, required(values, "email"));
    const created = await createApiToken(db, { userId: user.id, name: values.name });
    console.log(`API token ${created.id} "${created.name}" for ${user.email} (${user.role}). It is shown this once; send it as "Authorization: Bearer <token>":`);
    console.log(created.token);
  },
  async tokens(db, values) {
    const user = await findUserByEmail(db, required(values, "email"));
    const tokens = await listApiTokens(db, { userId: user.id });
    if (tokens.length === 0) console.log(`${user.email} has no API tokens.`);
    for (const t of tokens) {
      const state = t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : `last used ${t.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "never"}`;
      console.log(`${t.id}  ${t.name}  created ${t.createdAt.slice(0, 10)}  ${state}`);
    }
  },
  async "revoke-token"(db, values) {
    const id = Number(required(values, "id"));
    if (!Number.isSafeInteger(id) || id <= 0) throw new UsageError(`--id must be a token id from \`tokens\`, not "${values.id}"`);
    await revokeApiToken(db, { tokenId: id });
    console.log(`Revoked API token ${id}.`);
  },
};

function required(values: Values, name: "email" | "role" | "id"): string {
  const value = values[name]?.trim();
  if (!value) throw new UsageError(`missing --${name}`);
  return value;
}

function roleOf(value: string): RoleName {
  if (!isRoleName(value)) throw new UsageError(`--role must be ${ROLES.join(", ")}, not "${value}"`);
  return value;
}

// A password on the command line lands in the shell's history; asking keeps it out. Without a terminal there is
// nobody to ask, and reading a password from a pipe unasked would hide mistakes.
async function passwordOf(values: Values): Promise<string> {
  if (values.password !== undefined) return values.password;
  if (!process.stdin.isTTY) throw new UsageError("no --password given, and no terminal to ask for one on: pass --password P");
  const ask = (prompt: string) => read({ prompt, silent: true, replace: "", output: process.stderr });
  const first = await ask("Password: ");
  checkPasswordRules(first);
  if ((await ask("Password again: ")) !== first) throw new UsageError("the two passwords differ; nothing was changed");
  return first;
}

main()
  .catch((error: unknown) => {
    const isParseError = error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
    if (error instanceof UsageError || error instanceof AppError || isParseError) console.error(`user: ${(error as Error).message}`);
    else console.error(error);
    return 1;
  })
  .then(async (code) => {
    await closeDb().catch(() => undefined);
    process.exit(code);
  });
