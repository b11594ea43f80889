import { CORRECTION_METHODS } from "@ivp/model";
import { createPlanJsonSchema } from "@ivp/model/json-schema";

/**
 * The names of the statistical methods and symbols the appendix
 * "Verantwoording" uses, which the council text must not: the tests, the
 * corrections for many tests (from the model's list, so a new one is
 * included), the symbols of the calculation and the software they are checked
 * against.
 */
const METHOD_NAMES: readonly string[] = [
  "poisson.test",
  "Poisson",
  "quasi-Poisson",
  "R's",
  "y_T",
  "y_t",
  "y₀",
  "phi",
  "CAGR",
  "Open SDG",
  ...CORRECTION_METHODS.filter((m) => m !== "none"),
  "Benjamini-Hochberg",
];

interface JsonSchemaNode {
  readonly properties?: Record<string, JsonSchemaNode>;
  readonly items?: JsonSchemaNode;
  readonly additionalProperties?: JsonSchemaNode | boolean;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly allOf?: readonly JsonSchemaNode[];
  readonly $defs?: Record<string, JsonSchemaNode>;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
}

/**
 * The configuration keys a plan author writes in `plan.yaml`, taken from the
 * plan's JSON Schema so that the list follows the schema: every key written
 * in camelCase (`targetPreference`), every path of an object in an object
 * (`conventions.targetPreference`, `municipality.code`), and every value of
 * an enumeration written in kebab-case (`stated-value`, `lower-is-better`).
 * A plain lowercase key such as `title` or `source` is an ordinary word in a
 * report and is left out.
 */
export function configurationKeys(): string[] {
  const keys = new Set<string>();
  const visit = (node: JsonSchemaNode | boolean | undefined, parent: string | null) => {
    if (!node || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (/[a-z][A-Z]/.test(key)) keys.add(key);
      if (parent !== null) keys.add(`${parent}.${key}`);
      visit(child, key);
    }
    for (const value of [...(node.enum ?? []), node.const]) {
      if (typeof value === "string" && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(value)) keys.add(value);
    }
    visit(node.items, null);
    visit(node.additionalProperties, null);
    for (const child of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])])
      visit(child, parent);
    for (const child of Object.values(node.$defs ?? {})) visit(child, null);
  };
  visit(createPlanJsonSchema() as JsonSchemaNode, null);
  return [...keys].sort();
}

/**
 * The configuration keys and method names in a text, each matched as a whole
 * word (a key case-sensitively, a method name in any case).
 */
export function codeNamesIn(text: string): string[] {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const whole = (name: string, flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}_.-])${escapeRegExp(name)}(?![\\p{L}\\p{N}_-])`, `u${flags}`);
  return [
    ...configurationKeys().filter((key) => whole(key, "").test(text)),
    ...METHOD_NAMES.filter((name) => whole(name, "i").test(text)),
  ];
}
