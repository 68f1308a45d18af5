/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Loaded by Node at run time, not bundled: PGlite ships Wasm and data files, pg has optional native bits.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // forbidden() and app/forbidden.tsx: a page a role may not see answers 403 (lib/server/auth/require-page-user.ts).
  experimental: { authInterrupts: true },
};

export default nextConfig;
