import type { Issue, Language } from "@ivp/model";
import { type Document, isScalar, type LineCounter, visit } from "yaml";
import { planFileSay } from "./messages/say.ts";

/**
 * Numbers as Dutch people write them, in plans whose `language` is `nl`.
 *
 * A quoted decimal comma (`"7,3"`) where the format expects a number is read as
 * that number (7.3). Unquoted, YAML reads a comma inside `[ ]` and `{ }` as a
 * separator, so `{ value: 131,0 }` is the value 131 and a field named "0", and
 * `[1,7, 1,6]` is four values: the reader then explains what happened and how
 * to write it, next to the messages of the schema. Plans in other languages
 * are read as before. Hand-written (no library reads YAML flow collections
 * for decimal commas); tested in `dutch-numbers.test.ts`.
 */

const DUTCH_DECIMAL = /^\s*([+-]?\d+),(\d+)\s*$/;

/**
 * A quoted Dutch decimal as a number, or `undefined` for any other text.
 *
 * @example
 * dutchDecimal("7,3") //=> 7.3
 * dutchDecimal("-0,25") //=> -0.25
 * dutchDecimal("1.234,5") //=> undefined (no thousands separators)
 */
function dutchDecimal(text: string): number | undefined {
  const match = DUTCH_DECIMAL.exec(text);
  return match ? Number(`${match[1]}.${match[2]}`) : undefined;
}

/** The part of a zod issue this module reads. */
interface NumberIssue {
  readonly code: string;
  readonly expected?: unknown;
  readonly path: readonly PropertyKey[];
}

/**
 * A copy of `data` in which every quoted Dutch decimal that the schema refused
 * because it expected a number is that number; `undefined` when there is none.
 *
 * @param data - the plan as read from YAML
 * @param issues - the schema's issues for it
 * @example
 * acceptDutchDecimals({ v: "7,3" }, [{ code: "invalid_type", expected: "number", path: ["v"] }]) //=> { v: 7.3 }
 */
export function acceptDutchDecimals(
  data: unknown,
  issues: readonly NumberIssue[],
): unknown | undefined {
  let copy: unknown;
  for (const issue of withUnionBranches(issues)) {
    if (issue.code !== "invalid_type" || issue.expected !== "number") continue;
    const value = valueAt(data, issue.path);
    if (typeof value !== "string") continue;
    const number = dutchDecimal(value);
    if (number === undefined) continue;
    copy ??= structuredClone(data);
    setAt(copy, issue.path, number);
  }
  return copy;
}

/**
 * The issues with those of every option of a failed union (a baseline is
 * `value` and `period`, or `average`), their paths made whole.
 */
function withUnionBranches(issues: readonly NumberIssue[]): NumberIssue[] {
  return issues.flatMap((issue) => {
    const branches = (issue as { errors?: readonly (readonly NumberIssue[])[] }).errors;
    if (issue.code !== "invalid_union" || !branches) return [issue];
    return withUnionBranches(
      branches.flat().map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
    );
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function setAt(data: unknown, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path.at(-1) as PropertyKey] = value;
}

/** `131,0` not preceded or followed by more of a comma-separated list of numbers. */
const FLOW_DECIMAL = /(?<![\d.,])([+-]?\d+),(\d{1,2})(?![\d.]|,\d)/g;

/**
 * Where a flow collection (`[ ]` or `{ }`) of a YAML document holds a number
 * written with an unquoted decimal comma (`131,0`, `1,7`), which YAML reads
 * as two values. One issue per place, with what happened and how to write it.
 * Quoted text is left alone, and so is a list such as `[1,2,3]` or
 * `[2022,2023]` (three or more items, or more than two digits after the
 * comma, are not a decimal).
 *
 * @example
 * flowDecimalCommaIssues(doc, lineCounter, "plan.yaml", source)[0].message
 * //=> '131,0 is read as two values, 131 and 0: in [ ] and { } YAML separates values with a comma'
 */
export function flowDecimalCommaIssues(
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  source: string,
  lang: Language = "en",
): Issue[] {
  const say = planFileSay(lang);
  const flows: [number, number][] = [];
  const quoted: [number, number][] = [];
  visit(doc, {
    Map(_, node) {
      if (node.flow && node.range) flows.push([node.range[0], node.range[1]]);
    },
    Seq(_, node) {
      if (node.flow && node.range) flows.push([node.range[0], node.range[1]]);
    },
    Scalar(_, node) {
      if (isScalar(node) && node.range && node.type !== "PLAIN")
        quoted.push([node.range[0], node.range[1]]);
    },
  });
  const seen = new Set<number>();
  const issues: Issue[] = [];
  for (const [start, end] of flows) {
    const text = source.slice(start, end);
    for (const match of text.matchAll(FLOW_DECIMAL)) {
      const offset = start + (match.index ?? 0);
      if (seen.has(offset) || quoted.some(([a, b]) => offset >= a && offset < b)) continue;
      seen.add(offset);
      const { line, col } = lineCounter.linePos(offset);
      const [written, whole, fraction] = match as unknown as [string, string, string];
      issues.push({
        code: "decimal-comma",
        severity: "error",
        location: { file, line, column: col },
        message: say("yaml", "decimal-comma", { written, whole, fraction }),
        hint: say("yaml", "decimal-comma-hint", { written, whole, fraction }),
      });
    }
  }
  return issues;
}
