// Prisma 6.19.3 CLI ("prisma6"), only for writing and checking migration SQL: its Wasm schema engine runs on an
// in-memory PGlite, because the Prisma 7 CLI needs a native schema engine that cannot be downloaded here
// (see ../shared/STACK-NOTES.md §1).
import { defineConfig } from "prisma6/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { readFileSync, writeFileSync } from "node:fs";

// Prisma 6 needs `url` (Prisma 7 rejects it) and engineType="client" (else it tries to download the query engine).
const body = readFileSync("prisma/schema.prisma", "utf8")
  .replace(/generator\s+\w+\s*\{[^}]*\}/g, "")
  .replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"postgresql")/, '$1\n  url = env("DATABASE_URL")');
writeFileSync(
  "prisma/.schema6.prisma",
  body + '\ngenerator client {\n  provider = "prisma-client"\n  engineType = "client"\n  output = "./.unused-client"\n}\n',
);
process.env.DATABASE_URL = "postgresql://unused"; // unset -> the CLI tries to download engines
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/bin/false"; // any existing file -> no download

// Timers made from Wasm (PGlite, schema engine) keep the CLI alive for 10 s to forever.
const nativeSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = nativeSetTimeout(fn, ms, ...args);
  if (new Error().stack?.includes("wasm://")) timer.unref?.();
  return timer;
}) as typeof setTimeout;

async function connect(pg: PGlite) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Prisma 6 adapter interface is not exported
  const adapter: any = await new PrismaPGlite(pg).connect();
  const executeRaw = adapter.executeRaw.bind(adapter);
  // Whole migration scripts arrive here without params, and PGlite.query() rejects multi-statement SQL.
  adapter.executeRaw = async (q: { sql: string; args: unknown[] }) =>
    q.args.length === 0 ? (await pg.exec(q.sql), 0) : executeRaw(q);
  adapter.dispose = async () => {
    if (!pg.closed) await pg.close();
  };
  return adapter;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/.schema6.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () =>
    ({
      provider: "postgres",
      adapterName: "pglite-prisma-adapter",
      connect: () => connect(new PGlite()),
      connectToShadowDb: () => connect(new PGlite()),
    }) as any, // eslint-disable-line @typescript-eslint/no-explicit-any -- Prisma 6's adapter factory type is internal
});
