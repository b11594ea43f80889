import { slugify } from "@ivp/model";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import type { GeneratedPage } from "./pages.ts";

const GENERATOR = "scripts/lib/plan-format.ts";

/** The part of JSON Schema the plan schema uses. */
export interface JsonSchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly title?: string;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchemaNode;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly additionalProperties?: boolean | JsonSchemaNode;
  readonly propertyNames?: JsonSchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly default?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minLength?: number;
  readonly minItems?: number;
  readonly examples?: readonly unknown[];
}

/** An object of the plan format with its place, e.g. `indicatorTables[].rows[]`. */
interface ObjectSection {
  readonly path: string;
  readonly anchor: string;
  readonly node: JsonSchemaNode;
  /** For a variant of a union: the discriminating value, e.g. `kind: change`. */
  readonly variant?: string;
}

const ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";
const MUNICIPALITY_PATTERN = "^GM\\d{4}$";
const SAFE_INTEGER = 9007199254740991;

function isObject(node: JsonSchemaNode): boolean {
  return node.type === "object" && node.properties !== undefined;
}

/** A period is written as a YAML number (2017) or text (2017-H1): the only integer-or-string union. */
function isPeriod(node: JsonSchemaNode): boolean {
  const types = node.anyOf?.map((n) => n.type);
  return types?.length === 2 && types[0] === "integer" && types[1] === "string";
}

function discriminator(node: JsonSchemaNode): string | undefined {
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    if (property.const !== undefined) return `${name}: ${String(property.const)}`;
  }
  return undefined;
}

/** A variant of a union without a discriminator (a baseline): named by its required fields. */
function variantOf(node: JsonSchemaNode): string | undefined {
  return (
    discriminator(node) ??
    (node.required?.length ? `with ${node.required.join(" and ")}` : undefined)
  );
}

function anchorOf(path: string, variant?: string): string {
  return slugify(`field ${path} ${variant ?? ""}`.replace(/\[\]/g, " items "));
}

function collectSections(root: JsonSchemaNode): ObjectSection[] {
  const sections: ObjectSection[] = [];
  const visit = (node: JsonSchemaNode, path: string, variant?: string) => {
    if (isObject(node)) {
      sections.push({ path, anchor: anchorOf(path, variant), node, ...(variant && { variant }) });
      for (const [name, property] of Object.entries(node.properties ?? {})) {
        visit(property, path === "" ? name : `${path}.${name}`);
      }
      return;
    }
    if (node.items) visit(node.items, `${path}[]`);
    if (typeof node.additionalProperties === "object") {
      visit(node.additionalProperties, `${path}.<key>`);
    }
    for (const option of node.oneOf ?? node.anyOf ?? []) {
      visit(option, path, isObject(option) ? variantOf(option) : undefined);
    }
  };
  visit(root, "");
  return sections;
}

function sectionLink(sections: readonly ObjectSection[], node: JsonSchemaNode): string {
  const section = sections.find((s) => s.node === node);
  return section ? `[object](#${section.anchor})` : "object";
}

function range(node: JsonSchemaNode): string {
  const parts: string[] = [];
  if (node.exclusiveMinimum !== undefined) parts.push(`> ${node.exclusiveMinimum}`);
  if (node.minimum !== undefined && node.minimum > -SAFE_INTEGER) parts.push(`≥ ${node.minimum}`);
  if (node.maximum !== undefined && node.maximum < SAFE_INTEGER) parts.push(`≤ ${node.maximum}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** A short type for the table: `id`, `period`, `list of object`, `"count" or "grade"`. */
function typeOf(node: JsonSchemaNode, sections: readonly ObjectSection[]): string {
  if (isPeriod(node)) return "[period](/concepts/periods)";
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum) return node.enum.map((v) => code(String(v))).join(", ");
  if (node.oneOf || node.anyOf) {
    const options = node.oneOf ?? node.anyOf ?? [];
    return options.map((o) => typeOf(o, sections)).join(" or ");
  }
  switch (node.type) {
    case "string":
      if (node.pattern === ID_PATTERN) return "id";
      if (node.pattern === MUNICIPALITY_PATTERN) return `municipality code (${code("GM0417")})`;
      if (node.format === "date") return `date (${code("YYYY-MM-DD")})`;
      if (node.format === "uri") return "URL";
      return node.minLength ? "text (not empty)" : "text";
    case "integer":
      return `whole number${range(node)}`;
    case "number":
      return `number${range(node)}`;
    case "boolean":
      return "true or false";
    case "array": {
      const item = node.items ? typeOf(node.items, sections) : "anything";
      return `list of ${item}${node.minItems ? ` (at least ${node.minItems})` : ""}`;
    }
    case "object":
      if (node.properties) return sectionLink(sections, node);
      if (typeof node.additionalProperties === "object") {
        const key = node.propertyNames?.pattern === ID_PATTERN ? "id" : "text";
        return `map of ${key} to ${typeOf(node.additionalProperties, sections)}`;
      }
      return "object";
    default:
      return "any";
  }
}

function description(node: JsonSchemaNode): string {
  const own = node.description ?? node.anyOf?.find((n) => n.description)?.description ?? "";
  return own;
}

function renderSection(section: ObjectSection, sections: readonly ObjectSection[]): string {
  const title =
    section.path === ""
      ? "Top level"
      : `${section.path}${section.variant ? ` (${section.variant})` : ""}`;
  const required = new Set(section.node.required ?? []);
  const rows = Object.entries(section.node.properties ?? {}).map(([name, property]) => [
    code(name),
    typeOf(property, sections),
    required.has(name) ? "yes" : "",
    property.default !== undefined ? code(JSON.stringify(property.default)) : "",
    cell(description(property)),
  ]);
  const intro = section.node.description ? `${cell(section.node.description)}\n\n` : "";
  const closed =
    section.node.additionalProperties === false
      ? "Other fields are not allowed (a misspelt field name is an error).\n\n"
      : "";
  return `## ${code(title)} {#${section.anchor}}\n\n${intro}${closed}${table(
    ["Field", "Type", "Required", "Default", "Description"],
    rows,
  )}\n`;
}

/**
 * The plan file format reference, generated from the plan's JSON Schema (which
 * is generated from the zod schemas): one section per kind of object, with
 * every field, its type, whether it is required, its default and its meaning.
 *
 * @param schema - the plan's JSON Schema (`createPlanJsonSchema()`)
 * @returns the page `reference/plan-format.md`
 * @example
 * renderPlanFormat(createPlanJsonSchema()).content.includes("## `indicators[]`") //=> true
 */
export function renderPlanFormat(schema: JsonSchemaNode): GeneratedPage {
  const sections = collectSections(schema);
  const content = [
    generatedNotice(GENERATOR),
    "",
    "# Plan file format",
    "",
    "A plan is a directory with a `plan.yaml` file and, optionally, CSV data files it lists",
    "under `data:`. This page lists every field `plan.yaml` may contain. It is generated from",
    "the same schemas `ivp validate` checks a plan against, so it is always complete.",
    "",
    "## Editor support: the JSON Schema {#json-schema}",
    "",
    "The format is published as a JSON Schema (draft 2020-12) at",
    "[`/schema/plan.schema.json`](/schema/plan.schema.json) on this site, in the npm package",
    "`@ivp/model` (`plan.schema.json`) and at `packages/model/plan.schema.json` in the",
    "repository. `ivp init` starts a new plan with a line that points editors with the YAML",
    "language server (for example VS Code with the Red Hat YAML extension) at the schema of",
    "the published package on the jsDelivr CDN (add `@<version>` after `model` to pin a release), so they complete",
    "field names and flag mistakes while you type:",
    "",
    "```yaml",
    "# yaml-language-server: $schema=https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json",
    "```",
    "",
    "The URL is the same on every machine: it names no folder of yours, and the line keeps",
    "working when the plan is moved or shared. Offline, or for a schema of your own, point",
    "the line at a file instead (`ivp init --schema <path>`); a path is relative to the plan",
    "file, as in this repository's examples:",
    "",
    "```yaml",
    "# yaml-language-server: $schema=../../packages/model/plan.schema.json",
    "```",
    "",
    "The schema checks the shape of each field;",
    "`ivp validate` checks more: that periods are valid, that every id you refer to exists,",
    "and that ids are unique.",
    "",
    "## What every plan file must be {#rules}",
    "",
    "- **No YAML tags.** A tag (`!!str`, `!!js/function`, `!eigen`) is an error at its place;",
    "  quote a value to make it text.",
    "- **At most 64 levels of nesting** (a plan needs fewer than ten). Deeper nesting is an",
    "  error at the line where it starts.",
    "- **Text is not empty**: white space is trimmed, and a text of only white space or",
    "  invisible characters (a zero-width space) counts as empty.",
    "- **Ids and area codes are unique regardless of case**, after Unicode normalisation",
    "  (NFKC): `GM0376` and `gm0376` are the same id.",
    "- **Every value is possible in its unit**: a count is whole and not negative, a grade",
    "  lies between 1 and 10, a percentage between 0 and 100, a rate per 1,000 is not",
    "  negative; this holds for the value a relative target comes to as well (-200% of a count",
    "  is an error at the target's line).",
    "- **An average baseline has a figure for every period it averages**",
    "  (`baseline: { average: { from: 2015, to: 2017 } }`, both ends included, the same months",
    "  in each year): a period without a figure in the plan or its data files is an error at",
    "  the `average` field, naming the period. See",
    "  [average baselines](/concepts/baselines-and-targets#average-baseline).",
    "- **Data files lie inside the plan directory**: an entry under `data:` is a relative path",
    "  to a `.csv` file without `..`; ivp reads no file outside the plan directory, and only",
    "  regular files (not a directory, a named pipe or a device).",
    "",
    "## Contents",
    "",
    ...sections.map(
      (s) =>
        `- [${code(s.path === "" ? "Top level" : `${s.path}${s.variant ? ` (${s.variant})` : ""}`)}](#${s.anchor})`,
    ),
    "",
    ...sections.map((s) => renderSection(s, sections)),
  ].join("\n");
  return { path: "reference/plan-format.md", content };
}
