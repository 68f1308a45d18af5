"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "./call-api";

export function RealignButton({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);

  async function realign() {
    setBusy(true);
    setMessage(null);
    const result = await callApi<{ kept: number; created: number; status: "ok" | "gave-up" }>(`/api/documents/${documentId}/realign`, { method: "POST" });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: "error", text: t("workbench.actionFailed", { message: result.message(t) }) });
      return;
    }
    const text = t("workbench.realigned", { count: result.data.kept, created: result.data.created });
    setMessage({ kind: "info", text: result.data.status === "gave-up" ? `${text} ${t("workbench.realignGaveUp")}` : text });
    router.refresh();
  }

  return (
    <span aria-live="polite">
      <button type="button" className="button" onClick={realign} disabled={busy}>
        {busy ? t("workbench.realigning") : t("workbench.realign")}
      </button>
      {message && <span className={`alert ${message.kind}`}>{message.text}</span>}
    </span>
  );
}
