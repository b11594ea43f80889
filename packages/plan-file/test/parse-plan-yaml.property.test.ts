/**
 * Property tests of parsePlanYaml: valid plans written in any YAML style read
 * back as the schema reads them; mutated plans never make it throw, and every
 * problem it reports has a place in the file; a value of the wrong type is
 * reported at its own field and line.
 */
import { planSchema } from "@ivp/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument, stringify } from "yaml";
import { formatPath } from "../src/format-issue.ts";
import { issueToJson } from "../src/issue-json.ts";
import { parsePlanYaml } from "../src/parse-plan-yaml.ts";
import { planData } from "./plan-arbitrary.ts";

interface StyleValue {
  readonly collectionStyle: "any" | "block" | "flow";
  readonly lineWidth: number;
  readonly indent: number;
  readonly crlf: boolean;
  readonly bom: boolean;
}

/** How a person or a tool might write the same plan. */
const style: fc.Arbitrary<StyleValue> = fc.record({
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  lineWidth: fc.constantFrom(0, 40, 80),
  indent: fc.constantFrom(2, 4),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

function write(data: unknown, options: StyleValue): string {
  const text = stringify(data, {
    collectionStyle: options.collectionStyle,
    lineWidth: options.lineWidth,
    indent: options.indent,
  });
  const lines = options.crlf ? text.replace(/\n/g, "\r\n") : text;
  return options.bom ? `\uFEFF${lines}` : lines;
}

/** Every path to a scalar in the data, such as ["indicators", 0, "baseline", "value"]. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path];
}

function replaceAt(
  data: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}

/** Line and column (1-based) where the yaml package finds the node at a path. */
function positionOf(text: string, path: readonly (string | number)[]) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter });
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  const { line, col } = lineCounter.linePos(node.range[0]);
  return { line, column: col };
}

type EditValue =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "swap-lines"; a: number; b: number }
  | { kind: "duplicate-line"; at: number };

/** Edits that break a plan the way typing does. */
const edit: fc.Arbitrary<EditValue> = fc.oneof(
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom(
      ":",
      "- ",
      "\n",
      "  ",
      "\t",
      '"',
      "'",
      "#",
      "{",
      "}",
      "[",
      "]",
      ",",
      "&a ",
      "*a",
      "!!str ",
      "? ",
      "|",
      "é",
      "\0",
      "x",
    ),
  }),
  fc.record({ kind: fc.constant("swap-lines" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
);

function apply(text: string, edits: readonly EditValue[]): string {
  let result = text;
  for (const e of edits) {
    if (e.kind === "delete") {
      const at = e.at % (result.length + 1);
      result = result.slice(0, at) + result.slice(at + e.length);
    } else if (e.kind === "insert") {
      const at = e.at % (result.length + 1);
      result = result.slice(0, at) + e.text + result.slice(at);
    } else {
      const lines = result.split("\n");
      if (e.kind === "swap-lines") {
        const a = e.a % lines.length;
        const b = e.b % lines.length;
        [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      } else {
        const at = e.at % lines.length;
        lines.splice(at, 0, lines[at] as string);
      }
      result = lines.join("\n");
    }
  }
  return result;
}

describe("parsePlanYaml on generated plans", () => {
  it("reads back every valid plan as the schema reads it, whatever the YAML style", () => {
    fc.assert(
      fc.property(planData, style, (data, options) => {
        const result = parsePlanYaml(write(data, options), "plan.yaml");
        if (!result.success) throw new Error(JSON.stringify(result.issues, null, 2));
        // Through JSON, because YAML's -0 reads back as 0 (the same figure).
        const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
        expect(asJson(result.plan)).toEqual(asJson(planSchema.parse(data)));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on a mutated plan, and every problem has a place inside the file", () => {
    fc.assert(
      fc.property(
        planData,
        style,
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (data, options, edits) => {
          const text = apply(write(data, options), edits as EditValue[]);
          const result = parsePlanYaml(text, "plan.yaml");
          if (result.success) {
            // Whatever still parses is a valid plan.
            expect(planSchema.safeParse(result.plan).success).toBe(true);
            return;
          }
          const lineCount = text.split("\n").length;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues.map(issueToJson)) {
            expect(issue.file).toBe("plan.yaml");
            expect(issue.line).toBeGreaterThanOrEqual(1);
            expect(issue.line).toBeLessThanOrEqual(lineCount);
            expect(issue.column).toBeGreaterThanOrEqual(1);
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it("reports a value of the wrong type at its field and line", () => {
    fc.assert(
      fc.property(
        planData.chain((data) => fc.tuple(fc.constant(data), fc.constantFrom(...leafPaths(data)))),
        style,
        // A nested list is never a valid scalar.
        ([data, path], options) => {
          const text = write(replaceAt(data, path, [[]]), { ...options, collectionStyle: "block" });
          const result = parsePlanYaml(text, "plan.yaml");
          expect(result.success).toBe(false);
          if (result.success) return;
          const field = formatPath(path);
          const issue = result.issues
            .map(issueToJson)
            .find(
              (i) =>
                i.field !== undefined &&
                (field === i.field ||
                  field.startsWith(`${i.field}.`) ||
                  field.startsWith(`${i.field}[`)),
            );
          expect(issue, `an issue for ${field} in ${JSON.stringify(result.issues)}`).toBeDefined();
          const segments = path.slice(0, (issue?.field ?? "").split(/[.[]/).length);
          expect({ line: issue?.line, column: issue?.column }).toEqual(positionOf(text, segments));
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (text) => {
        const result = parsePlanYaml(text, "plan.yaml");
        if (!result.success) {
          for (const issue of result.issues.map(issueToJson))
            expect(issue.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
