// Gives the test run its own database and hands its URL to every test file (inject("databaseUrl")):
// with DATABASE_URL, a scratch database created on that (local) server and dropped afterwards; without it,
// an in-memory PGlite served over the Postgres protocol, exactly as the app reaches the embedded database.
import type { TestProject } from "vitest/node";
import { serveEmbedded } from "@/lib/db/embedded";
import { createScratchDatabase } from "./scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, "tarjuman_test");
    project.provide("databaseUrl", scratch.url);
    project.provide("databaseKind", "server");
    return () => scratch.drop();
  }
  const embedded = await serveEmbedded(null, "vitest");
  project.provide("databaseUrl", embedded.url);
  project.provide("databaseKind", "embedded");
  return () => embedded.close();
}
