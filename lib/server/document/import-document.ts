// Creates a document from one text per language: parse and check every text, align them, and store it all in
// one transaction, so a bad text leaves nothing behind. Parsing and alignment run on worker threads (lib/worker).
// The transaction opens once the rows are aligned and writes the paragraphs while the threads align the rows'
// sentences, on this thread, which would otherwise wait. It does not open before the rows are aligned: it would be
// held for the whole alignment, and on the embedded database every other request with it.
import "server-only";
import { bodyTexts, ImportProblem, type EncodingChoice, type ParsedText, type SourceFormat } from "@/lib/core/import";
import type { ProblemValue } from "@/lib/core/jobs";
import { parseLanguageTag, pivotOf, primaryLanguage, type LanguageTag } from "@/lib/core/lang/languages";
import type { Db } from "@/lib/db/client";
import { withConnection } from "@/lib/db/transaction-connection";
import { loadLexicon } from "@/lib/server/alignment/load-lexicon";
import { alignSentencesSoon } from "@/lib/server/alignment/pending-sentences";
import { ALIGNER_ORIGIN, WRITE_TRANSACTION } from "@/lib/server/alignment/realign-document";
import { insertParagraphs, reserveIds, withoutReferenceChecks } from "@/lib/server/alignment/bulk-write";
import { writeAlignment, type AlignedText } from "@/lib/server/alignment/write-alignment";
import { recordAudit } from "@/lib/server/audit";
import { AppError, type FieldProblem } from "@/lib/server/errors";
import { createText } from "./create-text";
import type { JobProgress } from "@/lib/worker/jobs";
import { planRowsOnThreads } from "@/lib/worker/plan";
import { runJob, warmUpPool } from "@/lib/worker/pool";

export type ImportContent = { kind: "bytes"; bytes: Uint8Array; fileName?: string } | { kind: "text"; text: string };

export interface ImportTextInput {
  /** Which box of the request this text came from, for problem fields (texts.<box>....); default: its index. */
  box?: number;
  lang: string;
  role: "original" | "translation";
  format: SourceFormat | "auto";
  content: ImportContent;
  /** The encoding of a file's bytes where detection cannot tell it (see decodeUpload); default "auto". */
  encoding?: EncodingChoice;
  title?: string;
  sourceUrl?: string;
  publisher?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
}

export interface ImportDocumentOptions {
  title?: string;
  corpusSlug?: string;
  texts: readonly ImportTextInput[];
  /** Problems the request reader already found (bad fields, a box without a text), reported with the others. */
  problems?: readonly FieldProblem[];
  actorId?: number | null;
  /** Stages as they pass: "parse", "align", "sentences" (with done/total), "write". */
  onProgress?: JobProgress;
  /**
   * "after": the rows whose sentence links cannot change them (one paragraph a language, or final once the seam pass
   * read them) are stored waiting for their links, which are aligned once the import has returned
   * (pending-sentences.ts); for a caller that answers a user. "now" (the default): every link is stored with the
   * rows, for a script that ends with the import.
   */
  sentences?: "now" | "after";
}

export interface ImportDocumentResult {
  documentId: number;
  rows: number;
  alignStatus: "ok" | "gave-up";
  /** Rows stored without their sentence links, aligned after the import (`sentences: "after"`). */
  sentencesPending: number;
}

export const MAX_TEXTS = 6;
export const DEFAULT_CORPUS = { slug: "documents", name: "Documents" } as const;

interface PreparedText {
  input: ImportTextInput;
  tag: LanguageTag;
  raw: Uint8Array;
  parsed: ParsedText;
  searchKeys: string[];
}

export async function importDocument(db: Db, options: ImportDocumentOptions): Promise<ImportDocumentResult> {
  const progress = options.onProgress ?? (() => undefined);
  void warmUpPool(); // the threads start while the request is read and checked
  const corpusSlug = options.corpusSlug ?? DEFAULT_CORPUS.slug;
  // The term base is read while the texts are parsed (on a fresh process, the first query also starts Prisma).
  const lexicon = db.corpus
    .findUnique({ where: { slug: corpusSlug }, select: { id: true } })
    .then((corpus) => loadLexicon(db, corpus?.id ?? null));
  lexicon.catch(() => undefined); // awaited below, unless a text's problem ends the import first
  progress("parse", 0, options.texts.length);
  const prepared = await prepareTexts(options.texts, options.problems ?? []);
  progress("parse", options.texts.length, options.texts.length);
  const title = options.title?.trim() || prepared.map((p) => p.input.title?.trim() || p.parsed.title).find(Boolean) || "Untitled";
  const pivot = pivotOf(prepared.map((p) => p.tag.code))!;

  // Rows are planned on unit indices; the paragraphs get their ids when they are written.
  const planned = await planRowsOnThreads(
    // A line of page furniture that a row steps over is marked as clutter, as the detector's are (markFurniture).
    { texts: prepared.map((p) => ({ lang: p.tag.code, units: bodyTexts(p.parsed.paragraphs) })), pivot, lexicon: await lexicon, markFurniture: true },
    progress,
  );
  if (!planned.ok) throw new Error(`Alignment of a new document failed: ${planned.message}`); // no anchors: cannot happen
  const later = options.sentences === "after";
  const sentencePass = planned.withSentences({ later });
  // Awaited in the transaction, unless a write fails first.
  sentencePass.then(() => progress("write", 0, 1)).catch(() => undefined);

  const result = await withConnection<ImportDocumentResult>((body) => db.$transaction(body, WRITE_TRANSACTION), async (tx, connection) => {
    const corpus = await tx.corpus.upsert({
      where: { slug: corpusSlug },
      create: corpusSlug === DEFAULT_CORPUS.slug ? { ...DEFAULT_CORPUS } : { slug: corpusSlug, name: corpusSlug },
      update: {},
      select: { id: true },
    });
    const document = await tx.document.create({
      data: { corpusId: corpus.id, title: title.slice(0, 500), pivotLang: pivot, createdById: options.actorId ?? null },
      select: { id: true },
    });

    // Everything written from here on refers to rows this transaction has just created (see withoutReferenceChecks).
    const plan = await withoutReferenceChecks(tx, async () => {
      const texts: AlignedText[] = [];
      for (const p of prepared) {
        const { id: textId } = await createText(tx, connection, {
          documentId: document.id,
          lang: p.tag.code,
          direction: p.tag.dir === "rtl" ? "RTL" : "LTR",
          role: p.input.role === "original" ? "ORIGINAL" : "TRANSLATION",
          title: p.input.title?.trim() || p.parsed.title || "",
          sourceUrl: p.input.sourceUrl?.trim() || null,
          publisher: p.input.publisher?.trim() || null,
          publishedAt: p.input.publishedAt ? new Date(`${p.input.publishedAt}T00:00:00Z`) : null,
          format: p.parsed.format === "html" ? "HTML" : "PLAIN",
          raw: p.raw,
        });
        const ids = await reserveIds(tx, "paragraphs", p.parsed.paragraphs.length);
        const paragraphs = p.parsed.paragraphs.map((para, position) => {
          const kind = para.kind === "boilerplate" ? "BOILERPLATE" : para.kind === "heading" ? "HEADING" : "BODY";
          return { id: ids[position]!, position, kind, text: para.text, searchText: p.searchKeys[position]! } as const;
        });
        await insertParagraphs(tx, textId, paragraphs);
        texts.push({ lang: p.tag.code, paragraphs: paragraphs.filter((para) => para.kind !== "BOILERPLATE") });
      }

      const planned = await sentencePass;
      const furniture = (planned.furniture ?? []).map((line) => texts.find((text) => text.lang === line.lang)!.paragraphs[line.unit]!.id);
      if (furniture.length > 0) {
        await tx.paragraph.updateMany({ where: { id: { in: furniture } }, data: { kind: "BOILERPLATE", detectedKind: "BOILERPLATE" } });
      }
      const written = await writeAlignment(tx, { documentId: document.id, texts, rows: planned.rows, origin: ALIGNER_ORIGIN, isNewDocument: true });
      return { ...planned, pending: written.pending };
    });
    await tx.document.update({
      where: { id: document.id },
      data: {
        alignedAt: new Date(),
        alignInfo: {
          status: plan.status,
          origin: ALIGNER_ORIGIN,
          rows: plan.rows.length,
          sentenceRatios: plan.sentenceRatios,
          sentenceJoins: plan.sentenceJoins,
          letterRatios: plan.letterRatios,
        },
      },
    });
    await recordAudit(tx, {
      actorId: options.actorId,
      documentId: document.id,
      action: "document.import",
      entity: "documents",
      entityId: document.id,
      data: {
        texts: prepared.map((p) => ({ lang: p.tag.code, paragraphs: p.parsed.paragraphs.length, format: p.parsed.format })),
        furnitureMarked: plan.furniture?.length ?? 0,
      },
    });
    return { documentId: document.id, rows: plan.rows.length, alignStatus: plan.status, sentencesPending: plan.pending };
  });
  progress("write", 1, 1);
  if (later && result.sentencesPending > 0) alignSentencesSoon(result.documentId);
  return result;
}

// Every text is checked before anything is written, and every problem is reported at once, under its own box.
async function prepareTexts(inputs: readonly ImportTextInput[], found: readonly FieldProblem[]): Promise<PreparedText[]> {
  if (inputs.length === 0 && found.length === 0) {
    throw new AppError("validation", "Add at least one text.", { messageKey: "import.problems.noTexts" });
  }
  if (inputs.length > MAX_TEXTS) {
    throw new AppError("validation", `At most ${MAX_TEXTS} texts per document.`, { messageKey: "import.problems.tooManyTexts", params: { max: MAX_TEXTS } });
  }
  const problems: FieldProblem[] = [...found];
  const tagged: Array<{ box: number; input: ImportTextInput; tag: LanguageTag; raw: Uint8Array }> = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const box = input.box ?? index;
    const field = `texts.${box}`;
    const tag = parseLanguageTag(input.lang);
    if (!tag.ok) {
      const code = tag.reason === "malformed" ? "malformed-language" : "unsupported-language";
      problems.push(problem(field + ".lang", new ImportProblem(code, { lang: input.lang })));
      return;
    }
    const primary = primaryLanguage(tag.tag.code);
    if (seen.has(primary)) {
      problems.push({
        field: field + ".lang",
        messageKey: "import.problems.duplicate-language",
        params: { lang: tag.tag.code },
        message: `Two texts are in ${tag.tag.englishName}: a document holds one text per language.`,
      });
      return;
    }
    seen.set(primary, box);
    const raw = input.content.kind === "bytes" ? input.content.bytes : new TextEncoder().encode(input.content.text);
    tagged.push({ box, input, tag: tag.tag, raw });
  });

  // One job per text, so that the texts are parsed on several threads at once.
  const outcomes = await Promise.all(
    tagged.map(async (t) => {
      const content = t.input.content.kind === "bytes" ? { kind: "bytes" as const, bytes: t.raw } : { kind: "text" as const, text: t.input.content.text };
      const [outcome] = await runJob("parseTexts", [{ lang: t.tag.code, format: t.input.format, content, encoding: t.input.encoding }]);
      return outcome!;
    }),
  );
  const prepared: PreparedText[] = [];
  let tooLarge = false;
  outcomes.forEach((outcome, k) => {
    const t = tagged[k]!;
    if (outcome.ok) prepared.push({ input: t.input, tag: t.tag, raw: t.raw, parsed: outcome.parsed, searchKeys: outcome.searchKeys });
    else {
      if (outcome.problem.code === "too-large") tooLarge = true;
      problems.push(problem(`texts.${t.box}.content`, outcome.problem, t.tag));
    }
  });
  if (problems.length > 0) {
    problems.sort((a, b) => a.field.localeCompare(b.field, "en", { numeric: true }));
    throw new AppError(tooLarge ? "payload_too_large" : "validation", problems.map((p) => p.message).join(" "), {
      messageKey: "import.problems.summary",
      problems,
    });
  }
  return prepared;
}

// Languages travel as codes too (languageCode, detectedCode) so that the page names them in its own language.
function problem(field: string, error: ImportProblem | ProblemValue, tag?: LanguageTag): FieldProblem {
  const params: Record<string, string | number> = { ...error.params };
  if (tag) Object.assign(params, { language: tag.englishName, languageCode: tag.code });
  return { field, messageKey: `import.problems.${error.code}`, params, message: `${tag ? tag.englishName + ": " : ""}${error.message}` };
}
