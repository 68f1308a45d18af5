import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SignInForm } from "@/components/sign-in-form";
import { safeReturnPath } from "@/lib/core/auth/return-path";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/settings";
import { getPageUser } from "@/lib/server/auth/require-page-user";
import { firstParam } from "@/lib/http/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerT(await getRequestLocale());
  return { title: t("auth.signInTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(firstParam(next));
  if (await getPageUser()) redirect(returnTo);
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  return (
    <section className="panel narrow" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t("auth.signInTitle")}</h1>
      <p className="hint">{t("auth.signInIntro")}</p>
      <SignInForm next={returnTo} />
      <LocaleSwitcher locales={LOCALES} current={locale} />
    </section>
  );
}
