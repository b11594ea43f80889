import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createPlanJsonSchema } from "@ivp/model/json-schema";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SCREENSHOTS } from "../scripts/lib/screenshots.ts";
import { DOCS, handWrittenPages, readDocs } from "./helpers.ts";

/** The fenced code blocks of a Markdown page: language and text. */
function codeBlocks(markdown: string): { lang: string; text: string }[] {
  return [...markdown.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? "",
    text: m[2] ?? "",
  }));
}

const pages = handWrittenPages();
const schema = createPlanJsonSchema() as { properties: Record<string, unknown> };
const ajv = new Ajv2020({ strict: false, validateFormats: false });

/** A minimal valid plan to put a documentation fragment into. */
const BASE_PLAN = {
  schemaVersion: 1,
  id: "fragment",
  title: "Fragment",
  municipality: { name: "Voorbeeldstad", code: "GM9999" },
  period: { start: 2023, end: 2026 },
  mission: "m",
};

/** Fragments that are one field of an indicator table row. */
const ROW_FIELDS = new Set(["baseline", "target"]);

describe("the hand-written pages", () => {
  it("are found", () => {
    expect(pages).toContain("concepts/percentage-change.md");
    expect(pages).toContain("glossary.md");
  });

  it.each(pages)("%s has no inline TypeScript: code is imported from tested files", (page) => {
    const inline = codeBlocks(readDocs(page)).filter((b) =>
      ["ts", "js", "typescript"].includes(b.lang),
    );
    expect(inline).toEqual([]);
  });

  const yamlBlocks = pages.flatMap((page) =>
    codeBlocks(readDocs(page))
      .filter((b) => b.lang === "yaml")
      .map((b, i) => [`${page} #${i + 1}`, b.text] as const),
  );

  it.each(yamlBlocks)("%s is valid plan YAML", (_at, text) => {
    const value = parse(text) as Record<string, unknown> | null;
    if (value === null) return; // only a comment, such as the schema line
    const keys = Object.keys(value);
    if (keys.every((k) => k in schema.properties)) {
      const validate = ajv.compile(schema);
      expect(validate({ ...BASE_PLAN, ...value }), JSON.stringify(validate.errors)).toBe(true);
    } else if (keys.every((k) => ROW_FIELDS.has(k))) {
      const row = {
        indicator: "x",
        ...value,
      };
      const plan = { ...BASE_PLAN, indicatorTables: [{ id: "t", title: "T", rows: [row] }] };
      const validate = ajv.compile(schema);
      expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    } else {
      throw new Error(`a YAML block with keys ${keys.join(", ")} that the test cannot check`);
    }
  });

  it.each(pages)("%s includes only fragments the generator writes", (page) => {
    const includes = [
      ...readDocs(page).matchAll(/<!--@include: \.\.?\/(?:\.\.\/)?\.generated\/([\w-]+)\.md-->/g),
    ];
    const generate = readFileSync(join(DOCS, "scripts/generate.ts"), "utf8");
    for (const [, name] of includes) {
      // The screenshots' fragments come from scripts/lib/screenshots.ts, the others from generate.ts.
      if (name && name.replace(/-nl$/, "") in SCREENSHOTS) continue;
      expect(generate).toMatch(new RegExp(`"?${name}"?: render`));
    }
  });
});
