// A small document written straight into the database with every case the export must handle: an n-m bead, a
// boilerplate paragraph inside a row, rejected and low-scored rows, a row without Persian, a reviewer, and
// sentence links with known offsets. Also helpers to read an export's body and to unzip it.
import yauzl from "yauzl";
import type { Db } from "@/lib/db/client";
import type { ExportResult } from "@/lib/server/export/export-parallel";

type Paragraph = string | { text: string; boilerplate: true };

export const PARAGRAPHS: Record<"en" | "fa" | "ar", Paragraph[]> = {
  en: ["Dear friends,", "The fair opens on Monday.", "It closes on Friday.", { text: "Share this page", boilerplate: true }, "Thank you & goodbye.", "Rejected pairing.", "Low score.", "No Persian here."],
  fa: ["دوستان عزیز،", "نمایشگاه دوشنبه باز می‌شود و جمعه بسته می‌شود.", "سپاس و بدرود.", "جفت رد شده.", "امتیاز کم."],
  ar: ["أصدقائي الأعزاء،", "يفتح المعرض يوم الاثنين.", "ويغلق يوم الجمعة.", "شكرا ووداعا.", "لا فارسية هنا."],
};

interface SeedRow {
  cells: Partial<Record<"en" | "fa" | "ar", number[]>>;
  status: "CONFIRMED" | "AUTO" | "REJECTED";
  score: number;
  byReviewer?: boolean;
  /** Sentence links: per language, [paragraph index, start, end]. */
  links?: Array<{ score: number; spans: Partial<Record<"en" | "fa" | "ar", Array<[number, number, number]>>> }>;
}

const FA_SPLIT = "نمایشگاه دوشنبه باز می‌شود".length;

export const ROWS: SeedRow[] = [
  { cells: { en: [0], fa: [0], ar: [0] }, status: "CONFIRMED", score: 1, byReviewer: true },
  {
    cells: { en: [1, 2], fa: [1], ar: [1, 2] },
    status: "CONFIRMED",
    score: 0.95,
    byReviewer: true,
    links: [
      { score: 0.97, spans: { en: [[1, 0, 25]], fa: [[1, 0, FA_SPLIT]], ar: [[1, 0, 24]] } },
      { score: 0.91, spans: { en: [[2, 0, 20]], fa: [[1, FA_SPLIT + 1, PARAGRAPHS.fa[1]!.toString().length]], ar: [[2, 0, 17]] } },
    ],
  },
  { cells: { en: [3, 4], fa: [2], ar: [3] }, status: "AUTO", score: 0.92 },
  { cells: { en: [5], fa: [3] }, status: "REJECTED", score: 0.99 },
  { cells: { en: [6], fa: [4] }, status: "AUTO", score: 0.5 },
  { cells: { en: [7], ar: [4] }, status: "CONFIRMED", score: 1 },
];

export async function seedDocument(db: Db, options: { title: string; corpusSlug: string; reviewerId?: number }): Promise<number> {
  const corpus = await db.corpus.upsert({ where: { slug: options.corpusSlug }, create: { slug: options.corpusSlug, name: options.corpusSlug }, update: {}, select: { id: true } });
  const document = await db.document.create({ data: { corpusId: corpus.id, title: options.title }, select: { id: true } });
  const ids: Record<string, number[]> = {};
  for (const lang of ["en", "fa", "ar"] as const) {
    const text = await db.text.create({
      data: { documentId: document.id, lang, direction: lang === "en" ? "LTR" : "RTL", role: "ORIGINAL", format: "PLAIN", raw: new Uint8Array(), rawSha256: "" },
      select: { id: true },
    });
    ids[lang] = [];
    for (const [position, p] of PARAGRAPHS[lang].entries()) {
      const kind = typeof p === "string" ? "BODY" : "BOILERPLATE";
      const created = await db.paragraph.create({ data: { textId: text.id, position, kind, detectedKind: kind, text: typeof p === "string" ? p : p.text }, select: { id: true } });
      ids[lang].push(created.id);
    }
  }
  for (const [position, row] of ROWS.entries()) {
    const decided = row.status !== "AUTO";
    const created = await db.alignmentRow.create({
      data: {
        documentId: document.id,
        position,
        status: row.status,
        score: row.score,
        decidedById: decided && row.byReviewer ? (options.reviewerId ?? null) : null,
        decidedAt: decided ? new Date() : null,
      },
      select: { id: true },
    });
    for (const [lang, units] of Object.entries(row.cells)) {
      for (const unit of units) await db.alignmentCell.create({ data: { rowId: created.id, paragraphId: ids[lang]![unit]! } });
    }
    for (const [linkPosition, link] of (row.links ?? []).entries()) {
      const saved = await db.sentenceLink.create({ data: { rowId: created.id, position: linkPosition, score: link.score }, select: { id: true } });
      for (const [lang, spans] of Object.entries(link.spans)) {
        for (const [unit, start, end] of spans) {
          const paragraphId = ids[lang]![unit]!;
          const position = await db.sentence.count({ where: { paragraphId } });
          await db.sentence.create({ data: { paragraphId, position, start, end, linkId: saved.id } });
        }
      }
    }
  }
  return document.id;
}

export async function bodyOf(result: ExportResult): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of result.body) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function unzip(bytes: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files: Record<string, string> = {};
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            files[entry.fileName] = Buffer.concat(chunks).toString("utf8");
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(files));
      zip.readEntry();
    });
  });
}

/** TMX dates differ between two exports; everything else must not. */
export function withoutDates(tmx: string): string {
  return tmx.replace(/ (creationdate|changedate)="\d{8}T\d{6}Z"/g, "");
}
