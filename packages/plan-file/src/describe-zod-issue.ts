import { closestMatch, type ErrorData, type Language, type PeriodError } from "@ivp/model";
import type { z } from "zod";
import { formatPath } from "./format-issue.ts";
import { en } from "./messages/en.ts";
import { type PlanFileSay, planFileSay } from "./messages/say.ts";
import { periodErrorText } from "./messages/word-error.ts";
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

/**
 * The field a described issue is in, as `indicators[0].label`: its path, and
 * for an unknown field the field's name; empty for the plan as a whole.
 *
 * @example
 * describedField({ code: "unknown-field", path: ["indicators", 0], key: "lable", message: "" }) //=> "indicators[0].lable"
 */
export function describedField(issue: Pick<DescribedIssue, "path" | "key">): string {
  const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
  return formatPath(issue.key !== undefined ? [...path, issue.key] : path);
}

/** zod's names of the types whose words the catalogue has (group `types`). */
const TYPE_NAMES = new Set([
  "number",
  "int",
  "string",
  "boolean",
  "array",
  "object",
  "record",
  "literal",
]);

function typeName(say: PlanFileSay, type: string): string {
  return TYPE_NAMES.has(type) ? say("types", type as "number") : type;
}

function describeValue(say: PlanFileSay, value: unknown): string {
  if (value === null) return say("values", "null");
  if (Array.isArray(value)) return say("values", "list");
  switch (typeof value) {
    case "string":
      return say("values", "text", {
        text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value),
      });
    case "number":
      return Number.isFinite(value)
        ? say("values", "number", { number: value })
        : say("values", "too-large");
    case "boolean":
      return say("values", "written", { value: String(value) });
    case "object":
      return say("values", "mapping");
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
  lang: Language = "en",
): DescribedIssue[] {
  const say = planFileSay(lang);
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
    const description = schemaDescription(say, describeSchema(schemaAt(schema, data, path)));
    switch (issue.code) {
      case "invalid_type": {
        const expected = typeName(say, issue.expected);
        if (input === undefined) {
          const field = String(path[path.length - 1] ?? "");
          const described: DescribedIssue = {
            code: "missing-field",
            path: path.slice(0, -1),
            message: say("schema", "missing-field", { field }),
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
            hint = say("schema", "decimal-point", {
              number: input.replace(",", ".").replace("%", ""),
            });
          else if (/^-?[\d.]+\s*%$/.test(input.trim()))
            hint = say("schema", "no-percent-sign", { number: input.replace("%", "").trim() });
          else if (/^-?\d+(\.\d+)?$/.test(input.trim()))
            hint = say("schema", "no-quotes", { number: input.trim() });
        }
        if (issue.expected === "int" && typeof input === "number") {
          result.push({
            code: "invalid-type",
            path,
            message: say("schema", "wrong-type", {
              expected: say("types", "int"),
              value: String(input),
            }),
            ...(description && { expected: description }),
          });
          break;
        }
        if (issue.expected === "object" && Array.isArray(input)) {
          const keys = objectKeys(schemaAt(schema, data, path), undefined);
          // `average: [2015, 2017]`: a range written as a list.
          if (input.length === 2 && keys.includes("from") && keys.includes("to"))
            hint = say("schema", "range-from-to", { from: String(input[0]), to: String(input[1]) });
        }
        result.push({
          code: "invalid-type",
          path,
          message: say("schema", "wrong-type", { expected, value: describeValue(say, input) }),
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
            message: say("schema", "unknown-field", { key }),
            ...(known.length > 0 && {
              expected: say("schema", "expected-fields", { fields: known.join(", ") }),
            }),
            ...(suggestion && { hint: say("schema", "did-you-mean", { suggestion }) }),
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
          message: say("schema", "not-allowed", { value: describeValue(say, input) }),
          expected: say("schema", "one-of", { values: quoteList(issue.values) }),
          ...(suggestion && { hint: say("schema", "did-you-mean", { suggestion }) }),
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
                ? say("schema", "missing-field", { field: String(path[path.length - 1]) })
                : say("schema", "not-allowed", { value: describeValue(say, found) }),
            expected: say("schema", "one-of", { values: quoteList(options) }),
            ...(suggestion && { hint: say("schema", "did-you-mean", { suggestion }) }),
          });
        } else if (bestBranch(issue) && input && typeof input === "object") {
          // A union of objects (a baseline: value and period, or average):
          // the problems of the option the data comes closest to.
          const branch = bestBranch(issue) as readonly z.core.$ZodIssue[];
          const nested = describeZodIssues(
            schema,
            data,
            branch.map((inner) => ({ ...inner, path: [...path, ...inner.path] })),
            lang,
          );
          result.push(...nested);
        } else {
          result.push({
            code: input === undefined ? "missing-field" : "invalid-type",
            path,
            message:
              input === undefined
                ? say("schema", "value-required")
                : say("schema", "not-valid-here", { value: describeValue(say, input) }),
            ...(description && { expected: description }),
          });
        }
        break;
      }
      case "too_small": {
        const what =
          issue.origin === "array"
            ? say("schema", "at-least-entries", { count: Number(issue.minimum) })
            : issue.origin === "string"
              ? say("schema", "non-empty-text")
              : say("schema", "at-least", { minimum: String(issue.minimum) });
        result.push({
          code: "invalid-value",
          path,
          message: say("schema", "wrong-type", {
            expected: what,
            value: describeValue(say, input),
          }),
          ...(description && { expected: description }),
        });
        break;
      }
      case "too_big":
        result.push({
          code: "invalid-value",
          path,
          message: say("schema", "wrong-type", {
            expected: say("schema", "at-most", { maximum: String(issue.maximum) }),
            value: describeValue(say, input),
          }),
          ...(description && { expected: description }),
        });
        break;
      default: {
        const message = customMessage(issue, lang);
        result.push({
          code: "invalid-value",
          path,
          message:
            input === undefined
              ? message
              : say("schema", "with-value", { message, value: describeValue(say, input) }),
          ...(description && issue.code === "invalid_format" && { expected: description }),
        });
      }
    }
  }
  return result.filter((described) => !meant.has(missing.get(described) ?? ""));
}

type Rules = typeof en.messages.rules;
type Descriptions = typeof en.messages.descriptions;

/** The id of each fixed text of a catalogue group, by its English words. */
function idsByText<T extends object>(group: T): ReadonlyMap<string, keyof T & string> {
  const ids = new Map<string, keyof T & string>();
  for (const [id, text] of Object.entries(group))
    if (typeof text === "string") ids.set(text, id as keyof T & string);
  return ids;
}

let ruleIds: ReadonlyMap<string, keyof Rules & string> | undefined;
let descriptionIds: ReadonlyMap<string, keyof Descriptions & string> | undefined;

/**
 * A schema's description (the model's English, as its JSON Schema publishes
 * it) in the reader's language: found by its English words in `en.ts`, group
 * `descriptions`; a description the catalogue lacks as it is.
 */
function schemaDescription(say: PlanFileSay, description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  descriptionIds ??= idsByText(en.messages.descriptions);
  const id = descriptionIds.get(description);
  return id === undefined ? description : say("descriptions", id);
}

/**
 * The message of a rule of the plan format (a check or refinement of the
 * model's schemas) in the reader's language: a period's problem from the
 * data the period schema gives in `params`; a rule with values by the
 * `messageId` and `data` in `params`; a fixed text by its English words
 * (group `rules`); any other in the schema's own words.
 */
function customMessage(issue: z.core.$ZodIssue, lang: Language): string {
  const params = (issue as { params?: { messageId?: unknown; data?: ErrorData } }).params;
  const messageId = params?.messageId;
  if (issue.code === "invalid_format" && issue.format === "date" && !params)
    return planFileSay(lang)("schema", "invalid-date");
  if (messageId === "invalid-period" && params?.data)
    return periodErrorText({ data: params.data as PeriodError["data"] }, lang);
  const rules: Rules = en.messages.rules;
  if (typeof messageId === "string" && params?.data && Object.hasOwn(rules, messageId))
    return planFileSay(lang)("rules", messageId as keyof Rules & string, params.data);
  ruleIds ??= idsByText(rules);
  const id = ruleIds.get(issue.message);
  return id === undefined ? issue.message : planFileSay(lang)("rules", id);
}
