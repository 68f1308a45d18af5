// The corpus a term belongs to or is looked for in: "shared" (every corpus) or one corpus by id, optionally "all".
// No hooks: the term pages' server form and their client forms both render it, each passing its own labels.
import type { SelectHTMLAttributes } from "react";

export interface CorpusOption {
  id: number;
  name: string;
}

interface Props extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  corpora: readonly CorpusOption[];
  sharedLabel: string;
  /** Adds a first option "" for no restriction. */
  allLabel?: string;
}

export function CorpusSelect({ label, corpora, sharedLabel, allLabel, ...select }: Props) {
  return (
    <label>
      {label}
      <select {...select}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        <option value="shared">{sharedLabel}</option>
        {corpora.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
