"use client";
// Reorders the language columns; the order lives in the URL (?cols=) so a view can be bookmarked and shared.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslation } from "react-i18next";
import { languageName } from "@/lib/i18n/language-name";

export function ColumnOrder({ columns }: { columns: string[] }) {
  const { t } = useTranslation();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();

  function move(index: number, by: -1 | 1) {
    const next = [...columns];
    const [lang] = next.splice(index, 1);
    next.splice(index + by, 0, lang!);
    const params = new URLSearchParams(search.toString());
    params.set("cols", next.join(","));
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  }

  return (
    <div className="column-order" role="group" aria-label={t("workbench.columnOrder")}>
      <span className="hint">{t("workbench.columnOrder")}:</span>
      {columns.map((lang, index) => {
        const language = languageName(t, lang);
        return (
          <span key={lang} className="lang-badge">
            <button type="button" className="button small" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("workbench.moveLeft", { language })}>
              ‹
            </button>
            {lang}
            <button type="button" className="button small" disabled={index === columns.length - 1} onClick={() => move(index, 1)} aria-label={t("workbench.moveRight", { language })}>
              ›
            </button>
          </span>
        );
      })}
    </div>
  );
}
