// The term base laid over a document: where each rendering occurs (marks, for highlighting), which rows' English
// renders a source term in a way the term base flags, and the English with the preferred renderings applied.
//
// Flags are a property of the whole document ("inconsistent" looks at the rows around), so they are computed for
// the document at once and kept in memory under a fingerprint of its rows, paragraphs and term base, read from the
// database on every call: any change anywhere shows at the next request, and the cache only saves recomputing.
// Accepted flags are read afresh each time (they are few, and a reviewer expects to see their own at once).
// Tombstone rows (a rejected grouping a re-align replaced) and boilerplate paragraphs get no flags.
import "server-only";
import { computeTermFlags, matchTerms, suggestPreferredRenderings, type RowTerms, type TermFlag, type TermFlagKind, type TermMatch } from "@/lib/core/terms";
import type { Db } from "@/lib/db/client";
import type { TermFlagKind as DbTermFlagKind } from "@/lib/generated/prisma/client";
import type { AuthUser } from "@/lib/server/auth/auth-user";
import { recordAudit } from "@/lib/server/audit";
import { loadRows } from "@/lib/server/document/load-rows";
import { documentOfRow } from "@/lib/server/document/locate";
import type { RowView } from "@/lib/server/document/views";
import { AppError, notFound } from "@/lib/server/errors";
import { loadTermBase, type LoadedTermBase } from "./load-term-base";

export interface TermMark {
  paragraphId: number;
  /** UTF-16 offsets in the stored text: the whole words of the occurrence, clitics and endings included. */
  start: number;
  end: number;
  conceptId: number;
  concept: string;
  rendering: string;
  status: "preferred" | "admitted" | "deprecated";
  /** 0..7, stable per concept. */
  colour: number;
}

export interface RowTermFlag {
  rowId: number;
  conceptId: number;
  concept: string;
  lang: string;
  found: string | null;
  expected: string | null;
  kind: TermFlagKind;
  accepted: { by: string; at: string; reason: string } | null;
}

export interface TermSuggestionDto {
  rowId: number;
  /** The English (target-language) paragraph and the version the suggestion was made from. */
  paragraphId: number;
  version: number;
  before: string;
  /** The paragraph with the preferred renderings applied. */
  after: string;
}

export type { TermFlagKind };

export const TERM_FLAG_KINDS: readonly TermFlagKind[] = ["deprecated", "not-preferred", "missing", "inconsistent"];

const KIND_TO_DB: Record<TermFlagKind, DbTermFlagKind> = {
  deprecated: "DEPRECATED",
  "not-preferred": "NOT_PREFERRED",
  missing: "MISSING",
  inconsistent: "INCONSISTENT",
};
const KIND_FROM_DB: Record<DbTermFlagKind, TermFlagKind> = {
  DEPRECATED: "deprecated",
  NOT_PREFERRED: "not-preferred",
  MISSING: "missing",
  INCONSISTENT: "inconsistent",
};

export const COLOURS = 8;

interface AnnotatedParagraph {
  rowId: number;
  lang: string;
  text: string;
  version: number;
  matches: readonly TermMatch[];
}

interface AnnotatedDocument {
  fingerprint: string;
  termBase: LoadedTermBase;
  target: string;
  /** Row ids in document order. */
  rowOrder: number[];
  /** The paragraphs each row shows (a tombstone shows its old grouping), boilerplate left out. */
  paragraphsOfRow: Map<number, number[]>;
  paragraphs: Map<number, AnnotatedParagraph>;
  marks: Map<number, TermMark[]>;
  flags: TermFlag[];
}

const MAX_CACHED = 16;
const cache = new Map<number, AnnotatedDocument>();

async function documentScope(db: Db, documentId: number) {
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: { corpusId: true, pivotLang: true, texts: { select: { lang: true, role: true } } },
  });
  if (!document) throw notFound("document", documentId);
  const target = document.pivotLang;
  const others = document.texts.filter((t) => t.lang !== target);
  const originals = others.filter((t) => t.role === "ORIGINAL");
  const sources = (originals.length > 0 ? originals : others).map((t) => t.lang);
  return { corpusId: document.corpusId, target, sources };
}

function markOf(termBase: LoadedTermBase, renderingText: ReadonlyMap<unknown, string>, paragraphId: number, match: TermMatch): TermMark {
  const conceptId = match.conceptId as number;
  return {
    paragraphId,
    start: match.start,
    end: match.end,
    conceptId,
    concept: termBase.labels.get(conceptId) ?? "",
    rendering: renderingText.get(match.renderingId) ?? "",
    status: match.status,
    colour: conceptId % COLOURS,
  };
}

function annotate(rows: readonly RowView[], termBase: LoadedTermBase, target: string, sources: readonly string[], fingerprint: string): AnnotatedDocument {
  const renderingText = new Map(termBase.compiled.renderings.map((r) => [r.renderingId, r.text]));
  const paragraphs = new Map<number, AnnotatedParagraph>();
  const paragraphsOfRow = new Map<number, number[]>();
  const marks = new Map<number, TermMark[]>();
  const rowTerms: RowTerms[] = [];
  for (const row of rows) {
    const shown: number[] = [];
    const matchesByLang: Record<string, TermMatch[]> = {};
    for (const [lang, cell] of Object.entries(row.cells)) {
      for (const paragraph of cell) {
        if (paragraph.kind === "boilerplate") continue;
        shown.push(paragraph.id);
        let annotated = paragraphs.get(paragraph.id);
        if (!annotated) {
          const matches = matchTerms(termBase.compiled, paragraph.text, lang);
          annotated = { rowId: row.id, lang, text: paragraph.text, version: paragraph.version, matches };
          paragraphs.set(paragraph.id, annotated);
          marks.set(paragraph.id, matches.map((m) => markOf(termBase, renderingText, paragraph.id, m)));
        }
        if (row.replaced) continue;
        // A tombstone shows paragraphs that now belong to a live row: that row owns them, wherever it is.
        annotated.rowId = row.id;
        (matchesByLang[lang] ??= []).push(...annotated.matches);
      }
    }
    paragraphsOfRow.set(row.id, shown);
    if (!row.replaced) rowTerms.push({ rowId: row.id, matches: matchesByLang });
  }
  const flags = computeTermFlags(rowTerms, termBase.base, { target, sources });
  return { fingerprint, termBase, target, rowOrder: rows.map((r) => r.id), paragraphsOfRow, paragraphs, marks, flags };
}

/**
 * What the annotations depend on: the rows' order, which paragraphs each row holds, and every paragraph's kind and
 * version (writers bump it with its text). Not a row's status or version: a Confirm leaves the terms as they were,
 * and must not make a 7,500-row document be matched again.
 */
async function rowsFingerprint(db: Db, documentId: number): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ fingerprint: string }>>`
    SELECT md5(
      coalesce((SELECT string_agg(r.id || ':' || r.position || ':' || cardinality(r.rejected_grouping), ',' ORDER BY r.id)
                FROM alignment_rows r WHERE r.document_id = ${documentId}), '')
      || '|' ||
      coalesce((SELECT string_agg(c.row_id || ':' || c.paragraph_id, ',' ORDER BY c.paragraph_id)
                FROM alignment_cells c JOIN alignment_rows r ON r.id = c.row_id WHERE r.document_id = ${documentId}), '')
      || '|' ||
      coalesce((SELECT string_agg(p.id || ':' || p.kind || ':' || p.version, ',' ORDER BY p.id)
                FROM paragraphs p JOIN texts t ON t.id = p.text_id WHERE t.document_id = ${documentId}), '')
    ) AS fingerprint`;
  return row!.fingerprint;
}

async function annotated(db: Db, documentId: number): Promise<AnnotatedDocument> {
  const scope = await documentScope(db, documentId);
  const [termBase, rows] = await Promise.all([loadTermBase(db, scope.corpusId), rowsFingerprint(db, documentId)]);
  const fingerprint = `${rows}|${termBase.fingerprint}|${scope.target}|${scope.sources.join(",")}`;
  const cached = cache.get(documentId);
  if (cached && cached.fingerprint === fingerprint) {
    cache.delete(documentId);
    cache.set(documentId, cached);
    return cached;
  }
  const ids = await db.alignmentRow.findMany({ where: { documentId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
  const result = annotate(await loadRows(db, documentId, ids.map((r) => r.id)), termBase, scope.target, scope.sources, fingerprint);
  cache.delete(documentId);
  cache.set(documentId, result);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return result;
}

type Acceptance = { by: string; at: string; reason: string };

const acceptanceKey = (rowId: number, conceptId: number, kind: TermFlagKind, lang: string) => `${rowId}\u0000${conceptId}\u0000${kind}\u0000${lang}`;

async function acceptancesOf(db: Db, where: { documentId: number } | { rowIds: readonly number[] }): Promise<Map<string, Acceptance>> {
  const rows = await db.termFlagAcceptance.findMany({
    where: "documentId" in where ? { row: { documentId: where.documentId } } : { rowId: { in: [...where.rowIds] } },
    select: { rowId: true, conceptId: true, kind: true, lang: true, reason: true, acceptedAt: true, acceptedBy: { select: { name: true } } },
  });
  return new Map(
    rows.map((a) => [
      acceptanceKey(a.rowId, a.conceptId, KIND_FROM_DB[a.kind], a.lang),
      { by: a.acceptedBy?.name ?? "", at: a.acceptedAt.toISOString(), reason: a.reason },
    ]),
  );
}

function toRowFlag(flag: TermFlag, accepted: ReadonlyMap<string, Acceptance>): RowTermFlag {
  const rowId = flag.rowId as number;
  const conceptId = flag.conceptId as number;
  return {
    rowId,
    conceptId,
    concept: flag.concept,
    lang: flag.lang,
    found: flag.found,
    expected: flag.expected,
    kind: flag.kind,
    accepted: accepted.get(acceptanceKey(rowId, conceptId, flag.kind, flag.lang)) ?? null,
  };
}

function marksOf(doc: AnnotatedDocument, rowIds: Iterable<number>): TermMark[] {
  const seen = new Set<number>();
  const out: TermMark[] = [];
  for (const rowId of rowIds) {
    for (const paragraphId of doc.paragraphsOfRow.get(rowId) ?? []) {
      if (seen.has(paragraphId)) continue;
      seen.add(paragraphId);
      out.push(...(doc.marks.get(paragraphId) ?? []));
    }
  }
  return out;
}

/** Every mark and flag of a document's rows, in document order. */
export async function annotateDocument(db: Db, documentId: number): Promise<{ marks: TermMark[]; flags: RowTermFlag[] }> {
  const doc = await annotated(db, documentId);
  const accepted = await acceptancesOf(db, { documentId });
  return { marks: marksOf(doc, doc.rowOrder), flags: doc.flags.map((f) => toRowFlag(f, accepted)) };
}

/** The marks and flags of some rows of a document (rows of other documents are ignored). */
export async function annotateRows(db: Db, documentId: number, rowIds: readonly number[]): Promise<{ marks: TermMark[]; flags: RowTermFlag[] }> {
  const doc = await annotated(db, documentId);
  const wanted = new Set(rowIds);
  const accepted = await acceptancesOf(db, { rowIds: [...wanted] });
  return {
    marks: marksOf(doc, doc.rowOrder.filter((id) => wanted.has(id))),
    flags: doc.flags.filter((f) => wanted.has(f.rowId as number)).map((f) => toRowFlag(f, accepted)),
  };
}

/** For each English paragraph of the row that its flags would change: the text now and with the preferred renderings. */
export async function suggestForRow(db: Db, rowId: number): Promise<TermSuggestionDto[]> {
  const documentId = await documentOfRow(db, rowId);
  const doc = await annotated(db, documentId);
  const accepted = await acceptancesOf(db, { rowIds: [rowId] });
  // A flag kept as intended is not to be "fixed".
  const flags = doc.flags.filter((f) => f.rowId === rowId && !accepted.has(acceptanceKey(rowId, f.conceptId as number, f.kind, f.lang)));
  if (flags.length === 0) return [];
  const out: TermSuggestionDto[] = [];
  for (const paragraphId of doc.paragraphsOfRow.get(rowId) ?? []) {
    const paragraph = doc.paragraphs.get(paragraphId)!;
    if (paragraph.lang !== doc.target || paragraph.rowId !== rowId) continue;
    const suggestion = suggestPreferredRenderings({ text: paragraph.text, lang: paragraph.lang, matches: paragraph.matches, flags, compiled: doc.termBase.compiled });
    if (suggestion.text !== paragraph.text) out.push({ rowId, paragraphId, version: paragraph.version, before: paragraph.text, after: suggestion.text });
  }
  return out;
}

export interface AcceptTermFlagInput {
  rowId: number;
  conceptId: number;
  kind: TermFlagKind;
  lang: string;
  reason: string;
}

/** A reviewer keeps a flag as intended: who and why are stored, and the flag comes back with `accepted`. */
export async function acceptTermFlag(db: Db, user: AuthUser, input: AcceptTermFlagInput): Promise<RowTermFlag> {
  const documentId = await documentOfRow(db, input.rowId);
  const doc = await annotated(db, documentId);
  const flag = doc.flags.find((f) => f.rowId === input.rowId && f.conceptId === input.conceptId && f.kind === input.kind && f.lang === input.lang);
  if (!flag) {
    throw new AppError("conflict", "The row has no such term flag (any more): reload it and try again.", {
      messageKey: "terms.errors.flagGone",
      params: { rowId: input.rowId },
    });
  }
  const reason = input.reason.trim();
  const stored = await db.$transaction(async (tx) => {
    const key = { rowId: input.rowId, conceptId: input.conceptId, kind: KIND_TO_DB[input.kind], lang: input.lang };
    const acceptance = await tx.termFlagAcceptance.upsert({
      where: { rowId_conceptId_kind_lang: key },
      create: { ...key, reason, acceptedById: user.id },
      update: { reason, acceptedById: user.id, acceptedAt: new Date() },
      select: { id: true, acceptedAt: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      documentId,
      action: "term.flag.accept",
      entity: "term_flag_acceptances",
      entityId: acceptance.id,
      data: { rowId: input.rowId, conceptId: input.conceptId, kind: input.kind, lang: input.lang, reason },
    });
    return acceptance;
  });
  const accepted = new Map([[acceptanceKey(input.rowId, input.conceptId, input.kind, input.lang), { by: user.name, at: stored.acceptedAt.toISOString(), reason }]]);
  return toRowFlag(flag, accepted);
}

export interface TermOccurrence {
  rowId: number;
  paragraphId: number;
  lang: string;
  renderingId: number;
}

/** Where a concept's renderings occur in a document's rows (the corpus view counts these). */
export async function conceptOccurrences(db: Db, documentId: number, conceptId: number): Promise<TermOccurrence[]> {
  const doc = await annotated(db, documentId);
  const out: TermOccurrence[] = [];
  for (const [paragraphId, paragraph] of doc.paragraphs) {
    for (const match of paragraph.matches) {
      if (match.conceptId === conceptId) out.push({ rowId: paragraph.rowId, paragraphId, lang: paragraph.lang, renderingId: match.renderingId as number });
    }
  }
  return out;
}
