import { closestMatch, plural } from "@ivp/model";
import type { z } from "zod";
import { describeSchema, objectKeys, schemaAt } from "./schema-walk.ts";

/** A schema issue in ivp's words: code, path, message, what was expected and a hint. */
export interface DescribedIssue {
  readonly code: "missing-field" | "invalid-type" | "unknown-field" | "invalid-value";
  readonly path: readonly PropertyKey[];
  /** For an unknown field: its name (located at the key, not the value). */
  readonly key?: string;
  readonly message: string;
  readonly expected?: string;
  readonly hint?: string;
}

const TYPE_NAMES: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
  record: "a mapping",
  literal: "a fixed value",
};

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : "a number too large to store";
    case "boolean":
      return String(value);
    case "object":
      return "a mapping of fields";
    default:
      return typeof value;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (!value || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

/**
 * Of a union's failed options, the one with the fewest problems that are not
 * unknown fields (a field of the other option), then the fewest problems.
 */
function bestBranch(issue: z.core.$ZodIssue): readonly z.core.$ZodIssue[] | undefined {
  const errors = (issue as { errors?: z.core.$ZodIssue[][] }).errors;
  if (!errors || errors.length === 0) return undefined;
  const weight = (branch: readonly z.core.$ZodIssue[]) =>
    branch.filter((i) => i.code !== "unrecognized_keys").length * 100 + branch.length;
  let best: readonly z.core.$ZodIssue[] | undefined;
  for (const branch of errors) if (!best || weight(branch) < weight(best)) best = branch;
  return best;
}

/**
 * Turns zod's issues into messages a policy advisor can act on: what field,
 * what was expected, what was found, and a likely fix (a near-miss field name,
 * a decimal comma, a misspelt option).
 */
export function describeZodIssues(
  schema: z.core.$ZodType,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
): DescribedIssue[] {
  const result: DescribedIssue[] = [];
  // A misspelt field shows up twice: as an unknown field and as the missing
  // field it was meant to be. The unknown field, at the line of the typo and
  // with its "did you mean", says it all; these are the fields it meant.
  const meant = new Set<string>();
  const missing = new Map<DescribedIssue, string>();
  const at = (path: readonly PropertyKey[], field: string) =>
    JSON.stringify([...path.map(String), field]);
  for (const issue of issues) {
    const path = issue.path;
    const input = valueAt(data, path);
    const description = describeSchema(schemaAt(schema, data, path));
    switch (issue.code) {
      case "invalid_type": {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        if (input === undefined) {
          const field = String(path[path.length - 1] ?? "");
          const described: DescribedIssue = {
            code: "missing-field",
            path: path.slice(0, -1),
            message: `the required field "${field}" is missing`,
            expected: description ? `${field}: ${description}` : `${field}: ${expected}`,
          };
          result.push(described);
          missing.set(described, at(path.slice(0, -1), field));
          break;
        }
        let hint: string | undefined;
        if (
          (issue.expected === "number" || issue.expected === "int") &&
          typeof input === "string"
        ) {
          if (/^-?\d+,\d+%?$/.test(input.trim()))
            hint = `write decimals with a point: ${input.replace(",", ".").replace("%", "")}`;
          else if (/^-?[\d.]+\s*%$/.test(input.trim()))
            hint = `write the number without the % sign: ${input.replace("%", "").trim()}`;
          else if (/^-?\d+(\.\d+)?$/.test(input.trim()))
            hint = `remove the quotes: ${input.trim()}`;
        }
        if (issue.expected === "int" && typeof input === "number") {
          result.push({
            code: "invalid-type",
            path,
            message: `expected a whole number, got ${input}`,
            ...(description && { expected: description }),
          });
          break;
        }
        if (issue.expected === "object" && Array.isArray(input)) {
          const keys = objectKeys(schemaAt(schema, data, path), undefined);
          // `average: [2015, 2017]`: a range written as a list.
          if (input.length === 2 && keys.includes("from") && keys.includes("to"))
            hint = `write the range with from and to: { from: ${input[0]}, to: ${input[1]} }`;
        }
        result.push({
          code: "invalid-type",
          path,
          message: `expected ${expected}, got ${describeValue(input)}`,
          ...(issue.expected === "object" && description && { expected: description }),
          ...(hint && { hint }),
        });
        break;
      }
      case "unrecognized_keys": {
        const known = objectKeys(schemaAt(schema, data, path), input);
        for (const key of issue.keys) {
          const suggestion = closestMatch(key, known);
          if (suggestion) meant.add(at(path, suggestion));
          result.push({
            code: "unknown-field",
            path,
            key,
            message: `unknown field "${key}"`,
            ...(known.length > 0 && { expected: `one of the fields ${known.join(", ")}` }),
            ...(suggestion && { hint: `did you mean "${suggestion}"?` }),
          });
        }
        break;
      }
      case "invalid_value": {
        const suggestion =
          typeof input === "string"
            ? closestMatch(
                input,
                issue.values.map((v) => String(v)),
              )
            : undefined;
        result.push({
          code: "invalid-value",
          path,
          message: `${describeValue(input)} is not allowed`,
          expected: `one of ${quoteList(issue.values)}`,
          ...(suggestion && { hint: `did you mean "${suggestion}"?` }),
        });
        break;
      }
      case "invalid_union": {
        const options = (issue as { options?: unknown[] }).options;
        if (options) {
          const parentPath = path.slice(0, -1);
          const found = valueAt(data, path);
          const suggestion =
            typeof found === "string" ? closestMatch(found, options.map(String)) : undefined;
          result.push({
            code: found === undefined ? "missing-field" : "invalid-value",
            path: found === undefined ? parentPath : path,
            message:
              found === undefined
                ? `the required field "${String(path[path.length - 1])}" is missing`
                : `${describeValue(found)} is not allowed`,
            expected: `one of ${quoteList(options)}`,
            ...(suggestion && { hint: `did you mean "${suggestion}"?` }),
          });
        } else if (bestBranch(issue) && input && typeof input === "object") {
          // A union of objects (a baseline: value and period, or average):
          // the problems of the option the data comes closest to.
          const branch = bestBranch(issue) as readonly z.core.$ZodIssue[];
          const nested = describeZodIssues(
            schema,
            data,
            branch.map((inner) => ({ ...inner, path: [...path, ...inner.path] })),
          );
          result.push(...nested);
        } else {
          result.push({
            code: input === undefined ? "missing-field" : "invalid-type",
            path,
            message:
              input === undefined
                ? "a value is required"
                : `${describeValue(input)} is not valid here`,
            ...(description && { expected: description }),
          });
        }
        break;
      }
      case "too_small": {
        const what =
          issue.origin === "array"
            ? `at least ${issue.minimum} ${plural("en", Number(issue.minimum), { one: "entry", other: "entries" })}`
            : issue.origin === "string"
              ? "text that is not empty"
              : `at least ${issue.minimum}`;
        result.push({
          code: "invalid-value",
          path,
          message: `expected ${what}, got ${describeValue(input)}`,
          ...(description && { expected: description }),
        });
        break;
      }
      case "too_big":
        result.push({
          code: "invalid-value",
          path,
          message: `expected at most ${issue.maximum}, got ${describeValue(input)}`,
          ...(description && { expected: description }),
        });
        break;
      default: {
        const raw = issue.message;
        const message = issue.code === "invalid_format" && !raw.startsWith("Invalid") ? raw : raw;
        result.push({
          code: "invalid-value",
          path,
          message: input === undefined ? message : `${message} (got ${describeValue(input)})`,
          ...(description && issue.code === "invalid_format" && { expected: description }),
        });
      }
    }
  }
  return result.filter((described) => !meant.has(missing.get(described) ?? ""));
}
