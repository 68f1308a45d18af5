"use client";
// Download approved alignments as a parallel corpus: TMX, XLIFF, Moses, TSV or JSONL, paragraphs or sentences,
// confirmed rows only or auto rows above a score too. The file streams from GET /api/export; the page shows its
// progress (the answer says how many rows it holds; the bytes received are counted as they arrive).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "@/lib/i18n/language-name";
import { errorMessage } from "./call-api";

const FORMATS = ["tmx", "xliff", "moses", "tsv", "jsonl"] as const;

interface Props {
  /** One document, or a selection; otherwise the whole corpus. */
  documents?: number[];
  corpus?: number;
  langs: string[];
}

type Phase = { kind: "idle" } | { kind: "downloading"; rows: number; bytes: number } | { kind: "done"; rows: number; name: string } | { kind: "error"; message: string };

export function ExportPanel({ documents, corpus, langs }: Props) {
  const { t, i18n } = useTranslation();
  const others = langs.filter((l) => l !== "en");
  const pairs = [...others.map((l) => `en,${l}`), ...(others.length > 1 ? ["all"] : [])];
  const [format, setFormat] = useState<(typeof FORMATS)[number]>("tmx");
  const [pair, setPair] = useState(pairs[0] ?? "all");
  const [unit, setUnit] = useState<"paragraph" | "sentence">("paragraph");
  const [status, setStatus] = useState<"confirmed" | "all">("confirmed");
  const [minScore, setMinScore] = useState(0.9);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const number = new Intl.NumberFormat(i18n.language);

  function url(): string {
    const query = new URLSearchParams({ format, langs: pair, unit, status });
    if (documents) query.set("documents", documents.join(","));
    else if (corpus !== undefined) query.set("corpus", String(corpus));
    if (status === "all") query.set("minScore", String(minScore));
    return `/api/export?${query}`;
  }

  async function download() {
    setPhase({ kind: "downloading", rows: 0, bytes: 0 });
    let response: Response;
    try {
      response = await fetch(url());
    } catch {
      return setPhase({ kind: "error", message: t("import.networkError") });
    }
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => ({}))) as { error?: Parameters<typeof errorMessage>[1] };
      return setPhase({ kind: "error", message: errorMessage(t, body.error ?? {}) });
    }
    const rows = Number(response.headers.get("x-export-rows") ?? 0);
    const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `export.${format}`;
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      setPhase({ kind: "downloading", rows, bytes });
    }
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setPhase({ kind: "done", rows, name });
  }

  return (
    <section className="panel export-panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t("export.title")}</h2>
      <div className="row-inline">
        <label>
          {t("export.format")}
          <select value={format} onChange={(e) => setFormat(e.target.value as (typeof FORMATS)[number])}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("export.languages")}
          <select value={pair} onChange={(e) => setPair(e.target.value)}>
            {pairs.map((p) => (
              <option key={p} value={p}>
                {p === "all" ? t("export.allLanguages") : p.split(",").map((l) => languageName(t, l)).join(" – ")}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("export.unit")}
          <select value={unit} onChange={(e) => setUnit(e.target.value as "paragraph" | "sentence")}>
            <option value="paragraph">{t("export.units.paragraph")}</option>
            <option value="sentence">{t("export.units.sentence")}</option>
          </select>
        </label>
        <label>
          {t("export.rows")}
          <select value={status} onChange={(e) => setStatus(e.target.value as "confirmed" | "all")}>
            <option value="confirmed">{t("export.statuses.confirmed")}</option>
            <option value="all">{t("export.statuses.all")}</option>
          </select>
        </label>
        {status === "all" && (
          <label>
            {t("export.minScore")}
            <input type="number" min={0} max={1} step={0.01} value={minScore} onChange={(e) => setMinScore(Number(e.target.value))} />
          </label>
        )}
        <button type="button" className="button primary" onClick={() => void download()} disabled={phase.kind === "downloading"} data-testid="export-download">
          {t("export.download")}
        </button>
      </div>
      <div aria-live="polite">
        {phase.kind === "downloading" && (
          <p className="hint" role="status">
            {t("export.progress", { rows: number.format(phase.rows), size: number.format(Math.round(phase.bytes / 1024)) })}
          </p>
        )}
        {phase.kind === "done" && <p className="alert info">{t("export.done", { rows: number.format(phase.rows), name: phase.name })}</p>}
        {phase.kind === "error" && <p className="alert error">{phase.message}</p>}
      </div>
    </section>
  );
}
