// `npm start`: build if needed, open the database (embedded unless DATABASE_URL is set), apply migrations, load
// the demo corpus into an empty database, and serve the app. With the embedded database this process owns the
// folder and serves it on a loopback port; the app and any CLI run meanwhile connect through it.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { closeDb, getDb } from "@/lib/db/client";
import { EmbeddedDatabaseBusyError, serveEmbedded, type EmbeddedHandle } from "@/lib/db/embedded";
import { EnvError, readEnv } from "@/lib/env";
import { createDemoUsers, formatDemoCredentials } from "@/lib/server/auth/create-demo-users";
import { loadDemoIfEmpty } from "@/lib/server/demo/load-demo";
import { ensureBuilt } from "./lib/build";

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

async function main(): Promise<number> {
  const env = readEnv();
  if (!(await portIsFree(env.PORT))) {
    console.error(`Port ${env.PORT} is already in use (is Tarjuman already running?). Stop that process or set PORT to another port.`);
    return 1;
  }

  ensureBuilt();

  let embedded: EmbeddedHandle | null = null;
  if (!env.DATABASE_URL) {
    try {
      embedded = await serveEmbedded(env.PGLITE_DIR, `the Tarjuman app (npm start, port ${env.PORT})`);
    } catch (error) {
      if (!(error instanceof EmbeddedDatabaseBusyError)) throw error;
      console.error(`${error.message}\nStop it first, or point DATABASE_URL at a PostgreSQL server to run several instances.`);
      return 1;
    }
    process.env.DATABASE_URL = embedded.url; // the app below, and getDb() here, reach the database through us
  }

  const db = await getDb();
  const demo = await loadDemoIfEmpty(db);
  if (demo.loaded) console.log(`Loaded the demo document (/documents/${demo.documentId}).`);
  const demoUsers = await createDemoUsers(db);
  if (demoUsers.length > 0) console.log(formatDemoCredentials(demoUsers));
  await closeDb();

  console.log(`Database: ${env.DATABASE_URL ? "PostgreSQL server from DATABASE_URL" : `embedded, in ${env.PGLITE_DIR}`}`);
  const app = spawn(process.execPath, [join(process.cwd(), "node_modules/next/dist/bin/next"), "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => app.kill(signal));
  const code = await new Promise<number>((resolve) => app.on("exit", (c, s) => resolve(c ?? (s ? 0 : 1))));
  await embedded?.close();
  return code;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
