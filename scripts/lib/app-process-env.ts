// The environment the app's server process runs in, shared by the launcher (`npm start`, `npm run dev`) and the
// benchmarks that measure the app's side (`bench:import`, `bench:export`), so that they measure what users run.
//
// One malloc arena. The worker threads that parse and align allocate their typed arrays outside V8's heap, through
// glibc's malloc, which gives every thread an arena of its own (up to eight a core) and keeps what was freed in each
// for that thread. With one arena shared by all, a fresh server's first import of 7,500 paragraphs a side peaked at
// 484-503 MB instead of 534-554, in the same time (docs/performance.md). A value set by whoever starts us wins.
export function appProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "1" };
}
