"use client";
// The import form: one block per language, pasted text or a file, sent in one request so the server can check
// every text and store all or nothing. Upload progress comes from XMLHttpRequest (fetch has no upload events).
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { translatedParams } from "./call-api";
import { quranicClass } from "./quranic-class";
import { languageName } from "@/lib/i18n/language-name";
import type { EncodingChoice } from "@/lib/core/import/decode";
import { EncodingSelect } from "./encoding-select";

interface TextBlock {
  key: number;
  lang: string;
  role: "original" | "translation";
  format: "auto" | "plain" | "html";
  text: string;
  file: File | null;
  /** Of the file's bytes, for when detection cannot tell it (UTF-16 without a byte order mark). */
  encoding: EncodingChoice;
  /** Changed to reset the file input when the user removes the file. */
  fileInputKey: number;
  title: string;
  sourceUrl: string;
  publisher: string;
  publishedAt: string;
}

interface Problem {
  field: string;
  messageKey: string;
  params?: Record<string, string | number>;
  message: string;
}

interface ErrorBody {
  error?: { message?: string; messageKey?: string; params?: Record<string, string | number>; problems?: Problem[] };
}

type Phase = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "processing"; stage: string; percent: number };

let nextKey = 0;
const block = (lang: string, role: TextBlock["role"]): TextBlock => ({
  key: nextKey++,
  lang,
  role,
  format: "auto",
  text: "",
  file: null,
  encoding: "auto",
  fileInputKey: 0,
  title: "",
  sourceUrl: "",
  publisher: "",
  publishedAt: "",
});

export function ImportForm({ languages, maxTextBytes }: { languages: string[]; maxTextBytes: number }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const formId = useId();
  const [title, setTitle] = useState("");
  const [blocks, setBlocks] = useState<TextBlock[]>(() => [block("en", "translation"), block("fa", "original"), block("ar", "original")]);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [summary, setSummary] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const bytes = new Intl.NumberFormat(i18n.language);

  const update = (key: number, patch: Partial<TextBlock>) => setBlocks((all) => all.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  const problemText = (p: Problem) => (p.messageKey && i18n.exists(p.messageKey) ? t(p.messageKey, translatedParams(t, p.params ?? {})) : p.message);
  const problemsFor = (index: number) => problems.filter((p) => p.field.startsWith(`texts.${index}.`) || p.field === `texts.${index}`);

  // Checks that need no server: a missing text, or one over the size limit (not worth uploading).
  function checkLocally(): Problem[] {
    return blocks.flatMap((b, index): Problem[] => {
      const size = b.file ? b.file.size : new Blob([b.text]).size;
      if (size === 0) return [{ field: `texts.${index}.content`, messageKey: "import.problems.missingContent", message: "" }];
      if (size > maxTextBytes) {
        return [{ field: `texts.${index}.content`, messageKey: "import.problems.too-large", params: { size: bytes.format(size), limit: bytes.format(maxTextBytes) }, message: "" }];
      }
      return [];
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = checkLocally();
    setProblems(local);
    if (local.length > 0) {
      setSummary(t("import.problems.summary"));
      return;
    }
    setSummary(null);
    const form = new FormData();
    form.set("title", title);
    blocks.forEach((b, n) => {
      for (const name of ["lang", "role", "format", "title", "sourceUrl", "publisher", "publishedAt"] as const) form.set(`text.${n}.${name}`, b[name]);
      if (b.file) {
        form.set(`text.${n}.file`, b.file);
        form.set(`text.${n}.encoding`, b.encoding);
      } else form.set(`text.${n}.text`, b.text);
    });
    setPhase({ kind: "uploading", percent: 0 });
    const response = await send(form, setPhase);
    if (response === null) {
      setPhase({ kind: "idle" });
      setSummary(t("import.networkError"));
      return;
    }
    if (response.status === 201) {
      const { documentId } = response.body as { documentId: number };
      router.push(`/documents/${documentId}`);
      return;
    }
    setPhase({ kind: "idle" });
    const error = (response.body as ErrorBody).error;
    setProblems(error?.problems ?? []);
    setSummary(
      [t("import.failed"), error?.messageKey && i18n.exists(error.messageKey) ? t(error.messageKey, translatedParams(t, error.params ?? {})) : error?.message]
        .filter(Boolean)
        .join(" "),
    );
  }

  const busy = phase.kind !== "idle";
  return (
    <form className="form-grid" onSubmit={submit} noValidate aria-describedby={summary ? `${formId}-summary` : undefined}>
      <label>
        {t("import.documentTitle")}
        <input type="text" value={title} dir="auto" maxLength={500} onChange={(e) => setTitle(e.target.value)} />
        <span className="hint">{t("import.documentTitleHint")}</span>
      </label>

      <div className="text-blocks">
        {blocks.map((b, index) => {
          const id = `${formId}-${b.key}`;
          const blockProblems = problemsFor(index);
          return (
            <fieldset key={b.key} className="text-block" aria-invalid={blockProblems.length > 0}>
              <legend>{t("import.textHeading", { n: index + 1 })}</legend>
              <div className="row-inline">
                <label>
                  {t("import.language")}
                  <select value={b.lang} onChange={(e) => update(b.key, { lang: e.target.value })} name={`text.${index}.lang`}>
                    {languages.map((code) => (
                      <option key={code} value={code}>
                        {languageName(t, code)} ({code})
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t("import.role")}
                  <select value={b.role} onChange={(e) => update(b.key, { role: e.target.value as TextBlock["role"] })}>
                    <option value="original">{t("import.roles.original")}</option>
                    <option value="translation">{t("import.roles.translation")}</option>
                  </select>
                </label>
                <label>
                  {t("import.format")}
                  <select value={b.format} onChange={(e) => update(b.key, { format: e.target.value as TextBlock["format"] })}>
                    <option value="auto">{t("import.formats.auto")}</option>
                    <option value="plain">{t("import.formats.plain")}</option>
                    <option value="html">{t("import.formats.html")}</option>
                  </select>
                </label>
              </div>
              <label htmlFor={`${id}-text`}>{t("import.content")}</label>
              <textarea
                id={`${id}-text`}
                name={`text.${index}.text`}
                dir="auto"
                lang={b.lang}
                className={quranicClass([b.text])}
                value={b.text}
                disabled={b.file !== null}
                onChange={(e) => update(b.key, { text: e.target.value })}
                aria-describedby={blockProblems.length > 0 ? `${id}-problems` : undefined}
              />
              <label>
                {t("import.file")}
                <input
                  key={b.fileInputKey}
                  type="file"
                  accept=".txt,.html,.htm,text/plain,text/html"
                  onChange={(e) => update(b.key, { file: e.target.files?.[0] ?? null })}
                />
              </label>
              {b.file && (
                <>
                  <p className="hint">
                    {t("import.fileChosen", { name: b.file.name, size: bytes.format(b.file.size) })}{" "}
                    <button type="button" className="button small" onClick={() => update(b.key, { file: null, encoding: "auto", fileInputKey: b.fileInputKey + 1 })}>
                      {t("import.clearFile")}
                    </button>
                  </p>
                  <div className="row-inline">
                    <EncodingSelect value={b.encoding} onChange={(encoding) => update(b.key, { encoding })} />
                  </div>
                </>
              )}
              <details>
                <summary>{t("import.details")}</summary>
                <div className="form-grid">
                  <label>
                    {t("import.textTitle")}
                    <input type="text" dir="auto" value={b.title} onChange={(e) => update(b.key, { title: e.target.value })} />
                  </label>
                  <label>
                    {t("import.sourceUrl")}
                    <input type="url" dir="ltr" value={b.sourceUrl} onChange={(e) => update(b.key, { sourceUrl: e.target.value })} />
                  </label>
                  <label>
                    {t("import.publisher")}
                    <input type="text" dir="auto" value={b.publisher} onChange={(e) => update(b.key, { publisher: e.target.value })} />
                  </label>
                  <label>
                    {t("import.publishedAt")}
                    <input type="date" value={b.publishedAt} onChange={(e) => update(b.key, { publishedAt: e.target.value })} />
                  </label>
                </div>
              </details>
              {blockProblems.length > 0 && (
                <div id={`${id}-problems`} role="alert">
                  {blockProblems.map((p, i) => (
                    <p key={i} className="field-error" data-testid="field-error">
                      {problemText(p)}
                    </p>
                  ))}
                </div>
              )}
              {blocks.length > 1 && (
                <button type="button" className="button small" onClick={() => setBlocks((all) => all.filter((x) => x.key !== b.key))}>
                  {t("import.removeText")}
                </button>
              )}
            </fieldset>
          );
        })}
      </div>

      <div className="row-inline">
        <button type="button" className="button" onClick={() => setBlocks((all) => [...all, block(languages.find((l) => !all.some((b) => b.lang === l)) ?? "en", "translation")])}>
          {t("import.addText")}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t("import.submit")}
        </button>
      </div>

      <div aria-live="polite">
        {phase.kind === "uploading" && (
          <>
            <progress max={100} value={phase.percent} />
            <p className="hint">{t("import.submitting", { percent: phase.percent })}</p>
          </>
        )}
        {phase.kind === "processing" && (
          <div role="status">
            <progress max={100} value={phase.percent} />
            <p className="hint">{t("import.stage", { stage: t(`import.stages.${phase.stage}`), percent: phase.percent })}</p>
          </div>
        )}
        {summary && (
          <p id={`${formId}-summary`} className="alert error" role="alert">
            {summary}
          </p>
        )}
      </div>
    </form>
  );
}

// The answer streams one JSON object per line (lib/server/progress-stream.ts): stages as they pass, then the result.
function send(form: FormData, onProgress: (phase: Phase) => void): Promise<{ status: number; body: unknown } | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/documents");
    xhr.setRequestHeader("accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    xhr.upload.onload = () => onProgress({ kind: "processing", stage: "parse", percent: 0 });
    let seen = 0;
    let final: { status: number; body: unknown } | null = null;
    const read = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n") + 1;
      for (const line of text.slice(seen, end).split("\n").filter(Boolean)) {
        const message = JSON.parse(line) as { progress?: { stage: string; done: number; total: number }; status?: number; result?: unknown; error?: unknown };
        if (message.progress) onProgress({ kind: "processing", stage: message.progress.stage, percent: overallPercent(message.progress) });
        else if (message.status !== undefined) final = { status: message.status, body: message.error ? { error: message.error } : message.result };
      }
      seen = end;
    };
    xhr.onprogress = read;
    xhr.onload = () => {
      read();
      // A proxy that refused the request answers plain JSON, not lines.
      if (!final && xhr.status !== 200) {
        try {
          final = { status: xhr.status, body: JSON.parse(xhr.responseText) };
        } catch {
          final = { status: xhr.status, body: {} };
        }
      }
      resolve(final);
    };
    xhr.onerror = () => resolve(null);
    xhr.send(form);
  });
}

// Stages weighted by the time they take on a 7,500-paragraph pair (npm run bench:import prints them): alignment and
// the write take the most; the sentence pass is short, since only rows of several sentences go through it.
const STAGES: Record<string, [number, number]> = { parse: [0, 20], align: [20, 50], sentences: [50, 60], write: [60, 100] };

function overallPercent({ stage, done, total }: { stage: string; done: number; total: number }): number {
  const [from, to] = STAGES[stage] ?? [0, 100];
  return Math.round(from + (to - from) * (total > 0 ? done / total : 0));
}
