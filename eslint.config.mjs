import tseslint from "typescript-eslint";
import i18next from "eslint-plugin-i18next";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".data/", "lib/generated/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    // Every parser sees hostile text: a regex whose time grows faster than its input can freeze the server.
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain core is framework-free: the app, the server and the scripts call it, never the reverse.
    files: ["lib/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "lib/core is framework-free." },
          { group: ["@prisma/*", "prisma", "**/generated/prisma/**", "pg", "@electric-sql/*"], message: "lib/core does not touch the database." },
          { group: ["@/lib/server/*", "**/lib/server/**", "@/app/*", "@/components/*", "../server/*", "../../server/*"], message: "lib/core never imports the layers above it." },
        ],
      }],
    },
  },
  {
    // Every interface string comes from i18next resources (locales/*/*.json).
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { i18next },
    rules: { "i18next/no-literal-string": ["error", { mode: "jsx-text-only" }] },
  },
);
