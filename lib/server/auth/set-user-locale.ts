// A user's interface language, one of the languages the interface exists in (lib/i18n/settings.ts LOCALES).
import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/server/errors";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/settings";

export async function setUserLocale(db: Db, { userId, uiLocale }: { userId: number; uiLocale: string }): Promise<{ uiLocale: Locale }> {
  if (!isLocale(uiLocale)) {
    throw new AppError("validation", `The interface is not available in "${uiLocale}" (available: ${LOCALES.join(", ")}).`, {
      messageKey: "account.unknownLocale",
      params: { locale: uiLocale.slice(0, 20) },
    });
  }
  await db.user.update({ where: { id: userId }, data: { uiLocale } });
  return { uiLocale };
}
