// Runs once as a server starts (Next.js calls register before it takes requests). It starts the import's worker
// threads priming themselves and connects to the database, without waiting for either: a script that posts a
// document as soon as the server answers then waits for one priming step at most, and one that posts later finds
// them ready (see lib/server/document/prime-import.ts). Once connected, it fills the search keys a migration reset
// (lib/server/search/search-keys.ts), then aligns the sentence links that imports left waiting on an instance that
// stopped before aligning them (lib/server/alignment/pending-sentences.ts). Node only: the edge runtime has no worker
// threads.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ primeImportThreads }, { warmUpDatabase }, { fillSearchKeysAtStart }, { alignEveryPendingSentence }] = await Promise.all([
    import("@/lib/server/document/prime-import"),
    import("@/lib/server/warm-up-database"),
    import("@/lib/server/search/search-keys"),
    import("@/lib/server/alignment/pending-sentences"),
  ]);
  void primeImportThreads();
  // Then the missing search keys, and the sentence links that an instance which stopped left waiting.
  void warmUpDatabase().then(fillSearchKeysAtStart).then(alignEveryPendingSentence);
}
