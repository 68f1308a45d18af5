// `npm start`: build if needed, then run the app with its database (see ./lib/launch-app.ts).
import { EnvError } from "@/lib/env";
import { ensureBuilt } from "./lib/build";
import { launchApp } from "./lib/launch-app";

launchApp("start", () => ensureBuilt()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
