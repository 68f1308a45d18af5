// PGlite runs Postgres in single-user mode, where autovacuum never runs: the rows every re-alignment and edit
// replaces stay on disk as dead rows, and the planner never gets statistics. Three re-alignments of a 7,500 × 2
// document took its database from 32 to 53 MB, and one VACUUM (ANALYZE) made its first screen 25 % faster.
//
// So the process that serves the embedded database for the app does autovacuum's work: every table once as it opens
// (the statistics that say what needs it are lost when PGlite closes), then, every minute, the tables past
// autovacuum's default thresholds. It connects through the served socket like any client, so each VACUUM runs in a
// turn of its own between clients' transactions (see ./pglite-server.ts): clients wait for one table at most.
import pg from "pg";

const EVERY_MS = 60_000;

/** Every user table, quoted for SQL. */
const ALL_TABLES = `SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables ORDER BY relname`;

/** The tables autovacuum would take with its default settings: for dead rows, changes since ANALYZE, or inserts. */
const DUE_TABLES = `SELECT format('%I.%I', schemaname, relname) AS name FROM pg_stat_user_tables
  WHERE n_dead_tup > 50 + 0.2 * n_live_tup
     OR n_mod_since_analyze > 50 + 0.1 * n_live_tup
     OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup
  ORDER BY n_dead_tup DESC, relname`;

export interface Vacuumer {
  /** Stops the timer and waits for the pass under way to finish its current table. */
  stop(): Promise<void>;
}

export function startVacuuming(url: string): Vacuumer {
  let isStopped = false;
  let running: Promise<unknown> | null = null;
  const pass = (which: "all" | "due") => {
    if (running || isStopped) return; // a pass over a large database may outlast the interval
    running = vacuumTables(url, which, () => isStopped)
      .catch((error: unknown) => process.stderr.write(`Vacuuming the embedded database failed: ${(error as Error).message}\n`))
      .finally(() => (running = null));
  };
  pass("all");
  const timer = setInterval(() => pass("due"), EVERY_MS);
  timer.unref();
  return {
    async stop() {
      isStopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Vacuums and analyzes every table, or those due, one statement each; returns the tables it did. */
export async function vacuumTables(url: string, which: "all" | "due", isStopped: () => boolean = () => false): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(which === "all" ? ALL_TABLES : DUE_TABLES);
    const done: string[] = [];
    for (const { name } of rows) {
      if (isStopped()) break;
      await client.query(`VACUUM (ANALYZE) ${name}`);
      done.push(name);
    }
    return done;
  } finally {
    await client.end();
  }
}
