// Prisma 7 CLI config: used only by `prisma generate` (migrations: see prisma/migrate.config.ts).
import { defineConfig } from "prisma/config";

export default defineConfig({ schema: "prisma/schema.prisma" });
