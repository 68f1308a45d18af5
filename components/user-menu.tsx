import Link from "next/link";
import { can } from "@/lib/core/auth/roles";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { getPageUser } from "@/lib/server/auth/require-page-user";

// Who is signed in, with their role, the account page, user management for admins, and sign-out (a plain form
// post, so it works before any script has loaded).
export async function UserMenu() {
  const user = await getPageUser();
  if (!user) return null;
  const t = await getServerT(await getRequestLocale());
  return (
    <nav className="user-menu" aria-label={t("nav.userMenu", { name: user.name })}>
      <span className="user-name" dir="auto" data-testid="user-name">
        {user.name}
      </span>
      <span className="role-badge" data-testid="user-role">
        {t(`roles.${user.role}`)}
      </span>
      <Link href="/account">{t("nav.account")}</Link>
      {can(user.role, "users.manage") && <Link href="/admin/users">{t("nav.users")}</Link>}
      <form method="post" action="/api/auth/sign-out">
        <button type="submit" className="button small">
          {t("nav.signOut")}
        </button>
      </form>
    </nav>
  );
}
