/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Loaded by Node at run time, not bundled: PGlite ships Wasm and data files, pg has optional native bits.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@prisma/adapter-pg"],
  experimental: {
    // Imports are validated by our own size limit (8 MiB a text, three texts); let the body reach it.
    serverActions: { bodySizeLimit: "30mb" },
  },
  poweredByHeader: false,
};

export default nextConfig;
