import type { Metadata } from "next";
import { UserAdmin } from "@/components/user-admin";
import { ROLES } from "@/lib/core/auth/roles";
import { getDb } from "@/lib/db/client";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { listUsers } from "@/lib/server/auth/list-users";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/password";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  await requirePageUser("users.manage", "/admin/users");
  const t = await getServerT(await getRequestLocale());
  return { title: t("users.title") };
}

export default async function UsersPage() {
  const admin = await requirePageUser("users.manage", "/admin/users");
  const [locale, users] = await Promise.all([getRequestLocale(), getDb().then(listUsers)]);
  const t = await getServerT(locale);
  return (
    <section className="panel" aria-labelledby="users-heading">
      <h1 id="users-heading">{t("users.title")}</h1>
      <UserAdmin users={users} roles={ROLES} currentUserId={admin.id} locale={locale} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </section>
  );
}
