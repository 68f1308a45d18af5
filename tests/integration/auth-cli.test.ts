// `npm run user -- ...` as a child process against the test database, as an operator would run it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listDocuments } from "@/app/api/documents/route";
import { closeDb, testDb, uniqueName } from "../support/db";
import { runScript } from "../support/run-script";

beforeAll(testDb); // this process checks the CLI's tokens against the same database
afterAll(closeDb);

const runCli = (args: string[], options: { input?: string } = {}) => runScript("user.ts", args, { ...options, timeout: 60_000 });

const lines = (text: string) => text.trim().split("\n");

// Each run compiles TypeScript and connects: seconds each on a loaded machine.
describe("npm run user", { timeout: 120_000 }, () => {
  const email = `${uniqueName("cli")}@test.local`;

  it("adds a user, refuses the same email twice, and lists it", async () => {
    const added = await runCli(["add", "--email", email, "--role", "translator", "--name", "Leila Ahmadi", "--password", "a password from the cli"]);
    expect(added).toMatchObject({ status: 0, stderr: "" });
    expect(added.stdout).toBe(`Created ${email} (translator).\n`);

    const again = await runCli(["add", "--email", email.toUpperCase(), "--role", "reviewer", "--password", "another password"]);
    expect(again.status).toBe(1);
    expect(lines(again.stderr)).toEqual([`user: A user with the email ${email} already exists.`]);
    // Said before the password would be asked for (here there is no terminal to ask on), so none is typed in vain.
    const unasked = await runCli(["add", "--email", email, "--role", "reviewer"]);
    expect(lines(unasked.stderr)).toEqual([`user: A user with the email ${email} already exists.`]);

    const listed = await runCli(["list"]);
    expect(listed.status).toBe(0);
    expect(lines(listed.stdout)[0]).toMatch(/^id\s+email\s+role\s+state\s+last sign-in \(UTC\)\s+name$/);
    expect(lines(listed.stdout).find((l) => l.includes(email))).toMatch(new RegExp(`^\\d+\\s+${email.replace(/\./g, "\\.")}\\s+translator\\s+active\\s+never\\s+Leila Ahmadi$`));
  });

  it("changes the role, and creates a token printed alone on the last line that works as Bearer", async () => {
    expect((await runCli(["set-role", "--email", email, "--role", "reviewer"])).stdout).toBe(`${email} is now reviewer.\n`);
    const created = await runCli(["token", "--email", email, "--name", "nightly export"]);
    expect(created.status).toBe(0);
    const token = lines(created.stdout).at(-1)!;
    expect(token).toMatch(/^trj_[\w-]{43}$/);
    expect(lines(created.stdout)[0]).toContain(`"nightly export" for ${email} (reviewer)`);

    const response = await listDocuments(new Request("http://test/api/documents", { headers: { authorization: `Bearer ${token}` } }));
    expect(response.status).toBe(200);

    const tokens = await runCli(["tokens", "--email", email]);
    expect(tokens.stdout).toMatch(/^\d+ {2}nightly export {2}created \d{4}-\d\d-\d\d {2}last used \d{4}-\d\d-\d\d \d\d:\d\d\n$/);
    expect(tokens.stdout).not.toContain(token);

    const tokenId = tokens.stdout.split(" ")[0];
    expect((await runCli(["revoke-token", "--id", tokenId])).stdout).toBe(`Revoked API token ${tokenId}.\n`);
    expect((await listDocuments(new Request("http://test/api/documents", { headers: { authorization: `Bearer ${token}` } }))).status).toBe(401);
  });

  it("resets a password, disables and enables", async () => {
    expect((await runCli(["reset-password", "--email", email, "--password", "a second cli password"])).stdout).toBe(`Set a new password for ${email}; their sessions have ended.\n`);
    expect((await runCli(["disable", "--email", email])).stdout).toBe(`Disabled ${email}.\n`);
    expect(lines((await runCli(["list"])).stdout).find((l) => l.includes(email))).toMatch(/\sreviewer\s+disabled\s/);
    expect((await runCli(["enable", "--email", email])).stdout).toBe(`Enabled ${email}.\n`);
  });

  it.each([
    [["add", "--email", "nobody-without-password@test.local", "--role", "translator"], "user: no --password given, and no terminal to ask for one on: pass --password P"],
    [["add", "--email", "x@test.local", "--role", "owner", "--password", "long enough"], 'user: --role must be translator, reviewer, admin, not "owner"'],
    [["add", "--role", "admin", "--password", "long enough"], "user: missing --email"],
    [["add", "--email", "not-an-email", "--role", "admin"], "user: email: Invalid email address"],
    [["add", "--email", "y@test.local", "--role", "admin", "--password", "short"], "user: The password must be 8 to 1000 characters long."],
    [["set-role", "--email", "nobody-at-all@test.local", "--role", "admin"], "user: No user has the email nobody-at-all@test.local."],
    [["frobnicate"], 'user: unknown command "frobnicate" (commands: add, list, set-role, reset-password, disable, enable, token, tokens, revoke-token)'],
    [["list", "--bogus"], "user: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\""],
  ])("exits 1 with one line on stderr: %j", async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(lines(run.stderr)).toEqual([message]);
  });
});
