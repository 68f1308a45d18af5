// A scripts/*.ts command run as a child process against the test database, as an operator runs it. Its stdin is a
// pipe (closed after `input`), as in CI or `echo | npm run user`, never a terminal.
import { execFile } from "node:child_process";
import { inject } from "vitest";

export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: readonly string[], options: { input?: string; timeout?: number } = {}): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", `scripts/${script}`, ...args],
      { cwd: process.cwd(), env: { ...process.env, DATABASE_URL: inject("databaseUrl") }, encoding: "utf8", timeout: options.timeout ?? 90_000 },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? "");
  });
}
