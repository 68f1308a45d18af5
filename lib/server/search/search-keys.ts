// Search keys are derived from a paragraph's text (lib/core/text/search-key.ts) and stored beside it, so that a search
// compares keys without computing them. Every writer stores the key with the text (imports, edits); an empty key is
// one still to compute: paragraphs written before keys existed, and those whose key a migration reset because the
// key's definition changed. They are filled once per process, as the server starts (instrumentation.ts) or at the
// first search, whichever comes first: migrations run before a server starts, so no key goes missing later, and a
// search no longer scans the table for missing keys each time.
import "server-only";
import { searchKey } from "@/lib/core/text/search-key";
import { getDb, type Db } from "@/lib/db/client";

const BATCH = 2_000;

let filling: Promise<number> | null = null;

/** Fills the missing keys the first time it is called in this process; later calls wait for that, then return. */
export async function ensureSearchKeys(db: Db): Promise<void> {
  filling ??= fillSearchKeys(db).catch((error: unknown) => {
    filling = null; // the next search tries again
    throw error;
  });
  await filling;
}

/** As the server starts: never rejects, since a search that finds the database again fills the keys itself. */
export async function fillSearchKeysAtStart(): Promise<void> {
  try {
    await ensureSearchKeys(await getDb());
  } catch (error) {
    console.error(`Missing search keys were not filled at start: ${(error as Error).message}`);
  }
}

/** Computes and stores every missing key; returns how many paragraphs got one. */
export async function fillSearchKeys(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const missing = await db.paragraph.findMany({ where: { searchText: "", NOT: { text: "" } }, select: { id: true, text: true }, take: BATCH });
    if (missing.length === 0) return filled;
    // A text of only tatweel or vowel marks keys to "": it is stored as " ", which no search of two letters
    // matches, so that it is not taken for missing again.
    await db.$executeRaw`UPDATE paragraphs AS p SET search_text = v.key
      FROM unnest(${missing.map((m) => m.id)}::int[], ${missing.map((m) => searchKey(m.text) || " ")}::text[]) AS v(id, key)
      WHERE p.id = v.id`;
    filled += missing.length;
  }
}
