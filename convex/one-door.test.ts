import { describe, expect, test } from "vitest";
import { ESLint } from "eslint";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

async function lint(code: string, file: string) {
  // Type-aware rules are off here: the probe files do not exist on disk.
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => m.message);
}

describe("the one door (lint)", () => {
  test("a Convex module importing a raw builder fails the lint", async () => {
    const messages = await lint('import { query } from "./_generated/server";\nexport const q = query({ args: {}, handler: async () => 1 });\n', "convex/probe.ts");
    expect(messages).toEqual([expect.stringContaining("the one door")]);
  });

  test("convex/functions.ts may import them", async () => {
    expect(await lint('import { query } from "./_generated/server";\nexport const q = query;\n', "convex/functions.ts")).toEqual([]);
  });

  test("product code never imports the offline stack", async () => {
    expect(await lint('import { startIdp } from "../local/idp/server";\nexport const s = startIdp;\n', "lib/probe.ts")).toEqual([
      expect.stringContaining("offline stack"),
    ]);
  });
});
