"use client";
// Edits one paragraph in place, in its own language and direction. Ctrl+Enter saves, Escape cancels, Alt+Enter
// splits the paragraph at the cursor.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ParagraphView } from "@/lib/server/document/views";
import { quranicClass } from "../quranic-class";
import { EDITOR_KEYS } from "./shortcuts";

interface Props {
  paragraph: ParagraphView;
  dir: "ltr" | "rtl";
  onSave(text: string): Promise<boolean>;
  onSplit(at: number): Promise<boolean>;
  onCancel(): void;
}

export function ParagraphEditor({ paragraph, dir, onSave, onSplit, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(paragraph.text);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
  }, []);

  async function run(action: () => Promise<boolean>) {
    setBusy(true);
    const done = await action();
    setBusy(false);
    if (done) onCancel();
  }
  const save = () => run(() => (text === paragraph.text ? Promise.resolve(true) : onSave(text)));
  const split = () => run(() => onSplit(area.current?.selectionStart ?? 0));

  return (
    <div className="paragraph-editor">
      <textarea
        ref={area}
        lang={paragraph.lang}
        dir={dir}
        className={quranicClass([text])}
        value={text}
        aria-label={t("editing.editLabel")}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation(); // the workbench's single-key shortcuts are off while typing
          if (e.key === "Escape") onCancel();
          else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void save();
          else if (e.key === "Enter" && e.altKey && text === paragraph.text) void split();
          else return;
          e.preventDefault();
        }}
        rows={Math.min(16, Math.max(3, Math.ceil(text.length / 70)))}
      />
      <div className="toolbar">
        <button type="button" className="button small primary" disabled={busy} onClick={() => void save()}>
          {t("editing.save")} <kbd>{EDITOR_KEYS.save}</kbd>
        </button>
        <button type="button" className="button small" disabled={busy || text !== paragraph.text} onClick={() => void split()} title={t("editing.splitHint")}>
          {t("editing.splitHere")} <kbd>{EDITOR_KEYS.split}</kbd>
        </button>
        <button type="button" className="button small" disabled={busy} onClick={onCancel}>
          {t("editing.cancel")} <kbd>{EDITOR_KEYS.cancel}</kbd>
        </button>
      </div>
    </div>
  );
}
