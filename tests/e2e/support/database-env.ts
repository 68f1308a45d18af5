// The database the browser tests' app runs on, for the app (playwright.config.ts) and for the processes that seed
// it (auth.setup.ts): E2E_DATABASE_URL (a scratch database on a local server) or an embedded folder.
export function e2eDatabaseEnv(): Record<string, string> {
  if (process.env.E2E_DATABASE_URL) return { DATABASE_URL: process.env.E2E_DATABASE_URL };
  return { DATABASE_URL: "", PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite" };
}
