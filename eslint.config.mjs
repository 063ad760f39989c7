import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextVitals from "eslint-config-next/core-web-vitals";
import convexPlugin from "@convex-dev/eslint-plugin";

const RAW_BUILDERS = [
  "query",
  "mutation",
  "action",
  "internalQuery",
  "internalMutation",
  "internalAction",
  "httpAction",
];

const NO_LOCAL = {
  group: ["**/local/**", "@/local/**"],
  message: "local/ is the offline stack; product code never imports it.",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "convex/_generated/**",
      "local/runtime/test/fixture/**",
      ".local-data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...nextVitals,
  ...convexPlugin.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  {
    // The one door: only convex/functions.ts may use Convex's raw builders.
    files: ["convex/**/*.ts"],
    ignores: ["convex/functions.ts", "convex/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "./_generated/server", importNames: RAW_BUILDERS, message: "Use the builders from convex/functions.ts (the one door)." },
            { name: "../_generated/server", importNames: RAW_BUILDERS, message: "Use the builders from convex/functions.ts (the one door)." },
            { name: "convex/server", importNames: ["queryGeneric", "mutationGeneric", "actionGeneric", "internalQueryGeneric", "internalMutationGeneric", "internalActionGeneric", "httpActionGeneric"], message: "Use the builders from convex/functions.ts (the one door)." },
          ],
          patterns: [NO_LOCAL],
        },
      ],
    },
  },
  {
    // The deployment's environment is read in exactly these two files (see docs/decisions.md, 6).
    files: ["convex/auth.config.ts", "convex/env.ts"],
    rules: { "@convex-dev/no-process-env": "off" },
  },
  {
    // The offline stack and scripts are command-line programs: they print what they serve.
    files: ["local/**/*.ts", "scripts/**/*.ts", "e2e/**/*.ts", "bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
  {
    // app/, components/ and lib/ never import the offline stack.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_LOCAL] }] },
  },
);
