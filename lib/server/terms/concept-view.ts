// The shape the API and the pages show a concept in (enum values lowercase), and the select that reads it.
import "server-only";
import type { TermStatus } from "@/lib/core/terms";
import type { Prisma, RenderingStatus, TermState } from "@/lib/generated/prisma/client";

export type TermStateView = "proposed" | "approved";

export interface RenderingView {
  id: number;
  lang: string;
  text: string;
  status: TermStatus;
  note: string;
  state: TermStateView;
  proposedBy: string | null;
}

export interface ConceptView {
  id: number;
  /** null: shared by every corpus. */
  corpusId: number | null;
  label: string;
  note: string;
  domain: string;
  state: TermStateView;
  proposedBy: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  renderings: RenderingView[];
}

export const CONCEPT_SELECT = {
  id: true,
  corpusId: true,
  label: true,
  note: true,
  domain: true,
  state: true,
  approvedAt: true,
  createdAt: true,
  updatedAt: true,
  proposedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  renderings: {
    orderBy: [{ lang: "asc" }, { id: "asc" }],
    select: { id: true, lang: true, text: true, status: true, note: true, state: true, proposedBy: { select: { name: true } } },
  },
} satisfies Prisma.TermConceptSelect;

interface ConceptRow {
  id: number;
  corpusId: number | null;
  label: string;
  note: string;
  domain: string;
  state: TermState;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  proposedBy: { name: string } | null;
  approvedBy: { name: string } | null;
  renderings: Array<{ id: number; lang: string; text: string; status: RenderingStatus; note: string; state: TermState; proposedBy: { name: string } | null }>;
}

export const statusToDb = (status: TermStatus): RenderingStatus => status.toUpperCase() as RenderingStatus;
export const statusFromDb = (status: RenderingStatus): TermStatus => status.toLowerCase() as TermStatus;
const stateFromDb = (state: TermState): TermStateView => state.toLowerCase() as TermStateView;

export function toConceptView(row: ConceptRow): ConceptView {
  return {
    id: row.id,
    corpusId: row.corpusId,
    label: row.label,
    note: row.note,
    domain: row.domain,
    state: stateFromDb(row.state),
    proposedBy: row.proposedBy?.name ?? null,
    approvedBy: row.approvedBy?.name ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    renderings: row.renderings.map((r) => ({
      id: r.id,
      lang: r.lang,
      text: r.text,
      status: statusFromDb(r.status),
      note: r.note,
      state: stateFromDb(r.state),
      proposedBy: r.proposedBy?.name ?? null,
    })),
  };
}
