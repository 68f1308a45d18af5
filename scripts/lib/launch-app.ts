// What `npm start` and `npm run dev` share: open the database (embedded unless DATABASE_URL is set), apply
// migrations, load the demo corpus into an empty database, and run `next start` or `next dev` on HOST:PORT as a
// child that never outlives us. With the embedded database this process owns the folder and serves it on a private
// unix socket; the app and any CLI run meanwhile connect through it.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { constants } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { closeDb, getDb } from "@/lib/db/client";
import { EmbeddedDatabaseBusyError, serveEmbedded, type EmbeddedHandle } from "@/lib/db/embedded";
import { readEnv } from "@/lib/env";
import { createDemoUsers, formatDemoCredentials } from "@/lib/server/auth/create-demo-users";
import { loadDemoIfEmpty } from "@/lib/server/demo/load-demo";
import { appProcessEnv } from "./app-process-env";

const EXIT_WITH_PARENT = fileURLToPath(new URL("./exit-with-parent.cjs", import.meta.url));
/** How long the app may take to finish its requests after a stop signal before it is killed. */
const APP_STOP_BOUND_MS = 15_000;
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type StopSignal = (typeof SIGNALS)[number];

/** Why `host:port` cannot be listened on ("EADDRINUSE", "EADDRNOTAVAIL", ...), or null when it can. */
function probeListen(port: number, host: string): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
      .once("listening", () => probe.close(() => resolve(null)))
      .listen(port, host);
  });
}

export async function launchApp(mode: "start" | "dev", prepare: () => void = () => undefined): Promise<number> {
  const env = readEnv();
  const problem = await probeListen(env.PORT, env.HOST);
  if (problem === "EADDRINUSE") {
    console.error(`Port ${env.PORT} is already in use (is Tarjuman already running?). Stop that process or set PORT to another port.`);
    return 1;
  }
  if (problem) {
    console.error(`Cannot listen on ${env.HOST}:${env.PORT} (${problem}). Check HOST: an address of this machine, or a name that resolves to one.`);
    return 1;
  }

  prepare();

  let embedded: EmbeddedHandle | null = null;
  if (!env.DATABASE_URL) {
    const command = mode === "start" ? "npm start" : "npm run dev";
    try {
      embedded = await serveEmbedded(env.PGLITE_DIR, `the Tarjuman app (${command}, port ${env.PORT})`, { vacuum: true });
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
  if (env.HOST !== "127.0.0.1" && env.HOST !== "::1" && env.HOST !== "localhost") {
    console.log(`Listening on ${env.HOST} (HOST): other machines may reach the app; use HTTPS in front of it (sessions need it).`);
  }
  const nextBin = join(process.cwd(), "node_modules/next/dist/bin/next");
  const app = spawn(process.execPath, ["--require", EXIT_WITH_PARENT, nextBin, mode, "-p", String(env.PORT), "-H", env.HOST], {
    stdio: ["inherit", "inherit", "inherit", "ipc"], // the IPC channel is how the app notices that we are gone
    env: { ...appProcessEnv(), NEXT_TELEMETRY_DISABLED: "1", TARJUMAN_LAUNCHER_PID: String(process.pid) },
  });
  const code = await superviseApp(app);
  await embedded?.close();
  return code;
}

/** Passes stop signals on to the app and resolves with its exit code once it is gone. */
function superviseApp(app: ChildProcess): Promise<number> {
  const exited = new Promise<number>((resolve) => {
    app.once("exit", (code, signal) => resolve(code ?? (signal ? 128 + constants.signals[signal] : 1)));
  });
  let killTimer: NodeJS.Timeout | undefined;
  const stop = (signal: StopSignal) => {
    app.kill(signal);
    killTimer ??= setTimeout(() => {
      console.error(`The app did not stop within ${APP_STOP_BOUND_MS / 1000} s; killing it.`);
      app.kill("SIGKILL");
    }, APP_STOP_BOUND_MS);
  };
  for (const signal of SIGNALS) process.on(signal, stop);
  // Started by npm: if npm itself is killed (SIGKILL, which it cannot pass on), we are re-parented; stop then too.
  const parent = process.ppid;
  const parentWatch = process.env.npm_lifecycle_event
    ? setInterval(() => {
        if (process.ppid === parent) return;
        clearInterval(parentWatch);
        stop("SIGTERM");
      }, 1_000)
    : undefined;
  return exited.finally(() => {
    clearTimeout(killTimer);
    clearInterval(parentWatch);
    for (const signal of SIGNALS) process.off(signal, stop);
  });
}
