import Link from "next/link";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { getPageUser } from "@/lib/server/auth/require-page-user";

// Rendered, with status 403, when requirePageUser() finds that the user's role lacks the page's permission.
export default async function Forbidden() {
  const [t, user] = await Promise.all([getRequestLocale().then(getServerT), getPageUser()]);
  return (
    <section className="panel">
      <h1>{t("auth.forbiddenTitle")}</h1>
      {user && <p>{t("auth.forbiddenText", { role: t(`roles.${user.role}`) })}</p>}
      <p>
        <Link href="/">{t("errors.backHome")}</Link>
      </p>
    </section>
  );
}
