// A process that owns the embedded database must close it before it ends, however it is asked to end: its own code
// calling process.exit, a SIGINT/SIGTERM/SIGHUP nobody else handles (Node's default would kill it on the spot), or
// one that Next's server handles (start-server.js drains pending requests and then calls process.exit, which would
// cut an asynchronous close short). So while something is registered here, process.exit first runs the closers,
// and a signal with no other handler ends the process through it.
import { constants } from "node:os";

type Closer = () => Promise<void>;

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** How long an exit waits for the closers; each closer bounds its own waits, this is the backstop. */
const CLOSE_BOUND_MS = 45_000;
/** How long a signal another handler took care of may go without that handler exiting. */
const OTHER_HANDLER_BOUND_MS = 20_000;

type Exit = (code?: number | string | null) => void;

const closers = new Set<Closer>();
let originalExit: typeof process.exit | null = null;
let realExit: Exit | null = null;
let closing: Promise<void> | null = null;

export function closeBeforeExit(close: Closer): () => void {
  closers.add(close);
  if (closers.size === 1) install();
  return () => {
    closers.delete(close);
    if (closers.size === 0) uninstall();
  };
}

function closeAll(): Promise<void> {
  closing ??= Promise.race([
    Promise.allSettled([...closers].map((close) => close())).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, CLOSE_BOUND_MS).unref()),
  ]);
  return closing;
}

function exitAfterClosing(exit: Exit, code: number | string | null | undefined): void {
  void closeAll().finally(() => exit(code));
}

function onSignal(signal: (typeof SIGNALS)[number]): void {
  const code = 128 + constants.signals[signal];
  const exit = realExit;
  if (!exit) return;
  if (process.listenerCount(signal) > 1) {
    // Someone else (Next) handles it and exits when done; that exit closes us first. Unless it never comes.
    setTimeout(() => exitAfterClosing(exit, code), OTHER_HANDLER_BOUND_MS).unref();
    return;
  }
  exitAfterClosing(exit, code);
}

function install(): void {
  const original = process.exit;
  const exit: Exit = (code) => original.call(process, code);
  originalExit = original;
  realExit = exit;
  // Returns instead of ending at once: callers' code after process.exit() may run while the database closes.
  process.exit = ((code?: number | string | null) => exitAfterClosing(exit, code)) as typeof process.exit;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  if (originalExit) process.exit = originalExit;
  originalExit = null;
  realExit = null;
  closing = null;
  for (const signal of SIGNALS) process.off(signal, onSignal);
}
