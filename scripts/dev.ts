// `npm run dev`: `next dev` with its database (see ./lib/launch-app.ts). The launcher, not the app, owns the
// embedded database: `next dev` kills its server process 100 ms after passing it a Ctrl-C, too soon to close PGlite.
import { EnvError } from "@/lib/env";
import { launchApp } from "./lib/launch-app";

launchApp("dev").then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
