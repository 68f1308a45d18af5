// A TBX or CSV term file into the term base of a corpus (or the shared one), in one transaction: a file with any
// error (broken XML, an unknown language, an empty term...) is refused whole with every problem and its line.
//
// Concepts are identified by label within their scope (the corpus, or the shared term base), case aside: a file
// concept whose label is already there is merged into it (its new renderings added), the others are created. A
// rendering already in the concept (same language, same matching key) is kept as stored; when the file gives it
// another status it is refused and reported, since which of the two is right is a reviewer's call, not an import's.
import "server-only";
import { decodeText, ImportProblem, type EncodingChoice } from "@/lib/core/import";
import { hasErrors, readTermFile, termKeyOf, type TermConcept, type TermProblem } from "@/lib/core/terms";
import type { Db } from "@/lib/db/client";
import type { TermState } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { statusFromDb, statusToDb } from "./concept-view";

export interface ImportTermsOptions {
  content: string;
  /** null: the shared term base. */
  corpusId: number | null;
  actorId: number | null;
  /** Reviewers' and admins' imports are approved at once; translators' are proposals. */
  approve: boolean;
  maxConcepts?: number;
}

export interface ImportTermsResult {
  format: "tbx" | "csv";
  /** Concepts created. */
  created: number;
  /** File concepts merged into a concept already stored (or into another of the file with the same label). */
  merged: number;
  /** Renderings not stored because the stored one of the same concept has another status. */
  refused: number;
  /** Renderings written (in new and in merged concepts). */
  renderingsCreated: number;
  /** Warnings (duplicates merged, statuses assumed, renderings refused), with line numbers where the file has them. */
  problems: TermProblem[];
}

/** 100,000 concepts of TBX with three languages each come to about 60 MB. */
export const MAX_TERM_FILE_BYTES = 64 * 1024 * 1024;

/** Rows per statement: bounds the size of one statement's arrays. */
const CHUNK = 20_000;
const TRANSACTION = { maxWait: 30_000, timeout: 10 * 60_000 } as const;

const labelKey = (label: string) => label.trim().toLocaleLowerCase("en");

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A term file's text, read as a document's upload is (lib/core/import/decode.ts): UTF-8, UTF-16 with a byte order
 * mark, or Windows-1256, in which Excel on a Persian or Arabic Windows saves "CSV (comma delimited)"; `encoding` names
 * it where detection cannot tell (UTF-16 without a byte order mark). Throws a validation AppError.
 */
export function decodeTermFile(bytes: Uint8Array, encoding: EncodingChoice = "auto"): string {
  let content: string;
  try {
    content = decodeText(bytes, { encoding });
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    throw new AppError("validation", `The term file: ${error.message}`, { messageKey: `import.problems.${error.code}`, params: error.params });
  }
  if (content.trim().length === 0) throw new AppError("validation", "The term file is empty.", { messageKey: "terms.errors.emptyFile" });
  return content;
}

/** Problems as the API's field problems, each naming its line, for a refused file. */
export function refusedFile(problems: readonly TermProblem[]): AppError {
  const errors = problems.filter((p) => p.severity === "error");
  return new AppError("validation", `The term file was refused: ${errors.map((p) => (p.line ? `line ${p.line}: ${p.message}` : p.message)).slice(0, 5).join(" ")}`, {
    messageKey: "terms.errors.fileRefused",
    params: { count: errors.length },
    problems: problems.map((p) => ({
      field: p.line ? `line ${p.line}${p.column ? `:${p.column}` : ""}` : "file",
      messageKey: `terms.problems.${p.code}`,
      params: { ...p.params, ...(p.line ? { line: p.line } : {}), ...(p.column ? { column: p.column } : {}), severity: p.severity },
      message: p.line ? `line ${p.line}: ${p.message}` : p.message,
    })),
  });
}

export async function importTerms(db: Db, options: ImportTermsOptions): Promise<ImportTermsResult> {
  const file = readTermFile(options.content, { maxConcepts: options.maxConcepts });
  if (hasErrors(file.problems)) throw refusedFile(file.problems);
  const problems = [...file.problems];
  const state: TermState = options.approve ? "APPROVED" : "PROPOSED";
  const now = new Date();
  const approval = options.approve ? { approvedById: options.actorId, approvedAt: now } : { approvedById: null, approvedAt: null };
  // Timestamps go to SQL as UTC text: the columns are timestamp without zone, holding UTC as Prisma writes them.
  const nowUtc = now.toISOString();
  const approvedAtUtc = options.approve ? nowUtc : null;

  // File concepts with the same label are one concept, as they would be once stored.
  const groups = new Map<string, TermConcept[]>();
  for (const concept of file.concepts) {
    const key = labelKey(concept.label);
    const group = groups.get(key);
    if (group) group.push(concept);
    else groups.set(key, [concept]);
  }

  return db.$transaction(async (tx) => {
    const existing = await tx.termConcept.findMany({
      where: { corpusId: options.corpusId },
      orderBy: { id: "asc" },
      select: { id: true, label: true, renderings: { select: { lang: true, text: true, status: true } } },
    });
    const byLabel = new Map<string, (typeof existing)[number]>();
    for (const concept of existing) if (!byLabel.has(labelKey(concept.label))) byLabel.set(labelKey(concept.label), concept);

    let merged = 0;
    let refused = 0;
    const toCreate: Array<{ key: string; first: TermConcept; rest: TermConcept[] }> = [];
    const targetOf = new Map<string, number>();
    for (const [key, [first, ...rest]] of groups) {
      merged += rest.length;
      const stored = byLabel.get(key);
      if (stored) {
        merged += 1;
        targetOf.set(key, stored.id);
      } else {
        toCreate.push({ key, first: first!, rest });
      }
    }

    // Plain INSERT ... SELECT FROM unnest(arrays): a handful of parameters per statement, where a VALUES list of
    // this size spends most of its time binding them (100,000 concepts: minutes through createMany, seconds here).
    for (const part of chunks(toCreate)) {
      const created = await tx.$queryRaw<Array<{ id: number; label: string }>>`
        INSERT INTO term_concepts (corpus_id, label, note, domain, state, proposed_by_id, approved_by_id, approved_at, updated_at)
        SELECT ${options.corpusId}::int, u.label, u.note, u.domain, ${state}::"TermState", ${options.actorId}::int,
               ${approval.approvedById}::int, (${approvedAtUtc}::timestamptz AT TIME ZONE 'UTC'), (${nowUtc}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${part.map((c) => c.first.label)}::text[],
                    ${part.map(({ first, rest }) => [first, ...rest].map((c) => c.note?.trim()).filter(Boolean).join("; "))}::text[],
                    ${part.map(({ first, rest }) => [first, ...rest].map((c) => c.domain?.trim()).find(Boolean) ?? "")}::text[]) AS u(label, note, domain)
        RETURNING id, label`;
      // Labels are unique among the concepts created (they were grouped by label), so they say which id is whose.
      for (const row of created) targetOf.set(labelKey(row.label), row.id);
    }

    // Renderings per target concept, each (language, key) once: stored ones win; a different status is refused.
    const seen = new Map<number, Map<string, string>>();
    for (const concept of existing) {
      if (!targetOf.has(labelKey(concept.label)) || targetOf.get(labelKey(concept.label)) !== concept.id) continue;
      seen.set(concept.id, new Map(concept.renderings.map((r) => [`${r.lang}\u0000${termKeyOf(r.text)}`, statusFromDb(r.status)])));
    }
    const renderings: Array<{ conceptId: number; lang: string; text: string; status: ReturnType<typeof statusToDb>; note: string }> = [];
    for (const [key, concepts] of groups) {
      const conceptId = targetOf.get(key)!;
      let known = seen.get(conceptId);
      if (!known) seen.set(conceptId, (known = new Map()));
      for (const concept of concepts) {
        for (const rendering of concept.renderings) {
          const renderingKey = `${rendering.lang}\u0000${termKeyOf(rendering.text)}`;
          const status = known.get(renderingKey);
          if (status === undefined) {
            known.set(renderingKey, rendering.status);
            renderings.push({ conceptId, lang: rendering.lang, text: rendering.text, status: statusToDb(rendering.status), note: rendering.note ?? "" });
          } else if (status !== rendering.status) {
            refused++;
            problems.push({
              code: "conflicting-status",
              severity: "warning",
              params: { term: rendering.text, lang: rendering.lang, concept: concept.label, first: status, second: rendering.status },
              message: `"${rendering.text}" (${rendering.lang}) is already in concept "${concept.label}" as ${status}; the file's ${rendering.status} was refused.`,
            });
          }
        }
      }
    }
    for (const part of chunks(renderings)) {
      await tx.$executeRaw`
        INSERT INTO term_renderings (concept_id, lang, text, status, note, state, proposed_by_id, approved_by_id, approved_at, updated_at)
        SELECT u.concept_id, u.lang, u.text, u.status::"RenderingStatus", u.note, ${state}::"TermState", ${options.actorId}::int,
               ${approval.approvedById}::int, (${approvedAtUtc}::timestamptz AT TIME ZONE 'UTC'), (${nowUtc}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${part.map((r) => r.conceptId)}::int[], ${part.map((r) => r.lang)}::text[], ${part.map((r) => r.text)}::text[],
                    ${part.map((r) => r.status)}::text[], ${part.map((r) => r.note)}::text[]) AS u(concept_id, lang, text, status, note)`;
    }
    // Merged concepts changed too: touching them keeps the term base's fingerprint honest and the lists in order.
    const mergedIds = [...new Set(existing.filter((c) => targetOf.get(labelKey(c.label)) === c.id).map((c) => c.id))];
    for (const part of chunks(mergedIds)) await tx.termConcept.updateMany({ where: { id: { in: part } }, data: { updatedAt: now } });

    const result: ImportTermsResult = { format: file.format, created: toCreate.length, merged, refused, renderingsCreated: renderings.length, problems };
    await recordAudit(tx, {
      actorId: options.actorId,
      action: "terms.import",
      entity: "term_concepts",
      entityId: options.corpusId ?? "shared",
      data: { format: file.format, created: result.created, merged, refused, renderingsCreated: renderings.length, approved: options.approve },
    });
    return result;
  }, TRANSACTION);
}
