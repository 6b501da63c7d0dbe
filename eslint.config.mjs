import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Dependencies point one way: app → components → lib, server → lib (docs/architecture.md). */
const layer = (group, message) => ({ "no-restricted-imports": ["error", { patterns: [{ group, message }] }] });

export default tseslint.config(
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["*.mjs"],
    languageOptions: { globals: { process: "readonly" } },
  },
  {
    // Playwright fixtures: `use` is Playwright's, not React's, and fixtures without dependencies take `{}`.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
  {
    files: ["lib/**/*.ts"],
    rules: layer(
      ["@/app/*", "@/components/*", "@/server/*", "**/app/*", "**/components/*", "**/server/*", "react", "react-dom"],
      "lib/ is the pure core: it must not import the UI, the routes or the sync server.",
    ),
  },
  {
    files: ["lib/workshop/**/*.ts", "lib/chart/**/*.ts"],
    rules: layer(["yjs", "y-*", "react", "@/components/*", "**/sync/*"], "The domain and chart geometry are pure: no Yjs, no React."),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: layer(["@/app/*", "**/app/*", "@/server/*", "**/server/*"], "components/ may use lib/, never routes or the sync server."),
  },
  {
    files: ["components/ui/**/*.{ts,tsx}", "components/chart/**/*.{ts,tsx}", "components/workshop/**/*.{ts,tsx}", "components/editor/**/*.{ts,tsx}"],
    ignores: ["components/editor/**"],
    rules: layer(["yjs", "y-websocket", "y-protocols/*", "@/app/*", "@/server/*"], "Only components/sync (and the editor's binding) see Yjs types; screens get plain values and callbacks."),
  },
  {
    files: ["server/**/*.ts"],
    rules: layer(["@/app/*", "@/components/*", "**/app/*", "**/components/*", "react", "next", "next/*"], "server/ imports lib/ only."),
  },
);
