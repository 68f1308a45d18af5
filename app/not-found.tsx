import Link from "next/link";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getServerT(await getRequestLocale());
  return (
    <section className="panel">
      <h1>{t("errors.pageNotFound")}</h1>
      <p>
        <Link href="/">{t("errors.backHome")}</Link>
      </p>
    </section>
  );
}
