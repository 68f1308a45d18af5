// The parsers that `npm run bench:hostile` attacks. Each entry point of the import core registers itself here; a
// new format reader (TMX, XLIFF, TSV, Moses, TBX, CSV) adds one module under bench/hostile/ that calls
// registerHostileEntry and is imported from bench/hostile/entries.ts. Every entry receives every shared input of
// inputs.ts (hostility to one parser is often hostility to another) plus the inputs it brings for its own syntax.

import type { HostileInput } from "./inputs";

export interface HostileEntry<Prepared = unknown> {
  /** Shown in the table: "text (plain)", "html", "tmx". */
  readonly name: string;
  /**
   * Untimed work that turns the input into what the timed call takes (bytes, paragraphs). The default hands the
   * string over as it is.
   */
  readonly prepare?: (text: string, input: HostileInput) => Prepared;
  /** The timed call. Throwing is fine: refusing hostile input quickly is a correct answer. */
  readonly run: (prepared: Prepared, input: HostileInput) => unknown;
  /** Inputs for this entry's own syntax, besides the shared ones. */
  readonly inputs?: readonly HostileInput[];
}

const entries: HostileEntry[] = [];

export function registerHostileEntry<Prepared>(entry: HostileEntry<Prepared>): void {
  if (entries.some((existing) => existing.name === entry.name)) throw new Error(`"${entry.name}" is registered twice`);
  entries.push(entry as HostileEntry);
}

export function hostileEntries(): readonly HostileEntry[] {
  return entries;
}
