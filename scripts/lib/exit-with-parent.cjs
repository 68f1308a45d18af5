// Preloaded into the app process by scripts/lib/launch-app.ts (`node --require`): the app stops when its launcher
// ends, however it ends. A launcher killed with SIGKILL cannot stop its child, but the kernel closes their IPC
// channel either way, and the child sees that as 'disconnect'.
"use strict";

/** After this long, a server still draining requests is ended anyway: the launcher is gone. */
const DRAIN_BOUND_MS = 10_000;

// `next dev` forks its server with our --require too, and talks to it over its own IPC channel: only the process
// the launcher started (named by the launcher, and the variable removed so its children do not inherit it) watches.
const launcherPid = process.env.TARJUMAN_LAUNCHER_PID;
delete process.env.TARJUMAN_LAUNCHER_PID;

if (process.channel && launcherPid === String(process.ppid)) {
  process.channel.unref(); // the channel must not keep the app alive, only tell it when the launcher is gone
  process.once("disconnect", () => {
    setTimeout(() => process.exit(143), DRAIN_BOUND_MS).unref();
    process.kill(process.pid, "SIGTERM"); // Next's own handler closes the server and exits
  });
}
