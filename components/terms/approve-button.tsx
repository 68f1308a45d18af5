"use client";
// A reviewer approves a proposed concept (and its proposed renderings) from the list of proposals.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "../call-api";

export function ApproveButton({ conceptId }: { conceptId: number }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function approve() {
    setBusy(true);
    const result = await callApi(`/api/terms/${conceptId}/approve`, { method: "POST" });
    setBusy(false);
    if (!result.ok) return setError(result.message(t));
    router.refresh();
  }
  return (
    <>
      <button type="button" className="button small primary" disabled={isBusy} onClick={approve}>
        {t("terms.approve")}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
