// Ctrl-C or a kill stops a command at once: its message on stderr, then process.exit, which first runs what
// lib/db/close-before-exit.ts holds (the embedded database closed, an unfinished file removed).

import { constants } from "node:os";

/** Installs the handlers; the function returned says whether the command was interrupted. */
export function exitOnInterrupt(message: string): () => boolean {
  let isInterrupted = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      isInterrupted = true;
      console.error(message);
      process.exit(128 + constants.signals[signal]);
    });
  }
  return () => isInterrupted;
}
