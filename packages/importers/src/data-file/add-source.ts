import { parseDocument } from "yaml";
import { importError } from "../messages/say.ts";
import { appendToYamlList, parsePlanMapping } from "./append-to-yaml-list.ts";

/** A source of the plan as `sources:` lists it. */
export interface PlanSourceEntry {
  readonly id: string;
  readonly name: string;
  readonly kind:
    | "police-registration"
    | "survey"
    | "municipal-registration"
    | "open-data"
    | "other";
  readonly description?: string;
  readonly url?: string;
}

/**
 * The source inhabitants figures get when the plan has none for them: CBS,
 * table 03759ned (never the police source of the crime figures).
 */
export const POPULATION_SOURCE: PlanSourceEntry = {
  id: "cbs-bevolking",
  name: "CBS StatLine",
  kind: "open-data",
  description: "Bevolking op 1 januari per gemeente (CBS, tabel 03759ned)",
  url: "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table",
};

/** A source as a one-line YAML flow mapping, every text quoted. */
function flowEntry(source: PlanSourceEntry): string {
  const fields = Object.entries(source)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${k === "id" || k === "kind" ? v : JSON.stringify(v)}`);
  return `{ ${fields.join(", ")} }`;
}

/**
 * Adds a source to the `sources:` list of a plan file by editing its text at
 * one place, as `addDataFileToPlan` adds a data file: one line after the last
 * item of a block list, an entry before the `]` of a flow list, or a new
 * `sources:` block at the end. Comments and everything else stay as written;
 * the result is parsed again and checked. Pure.
 *
 * @param text - the plan file's text
 * @param source - the source to add
 * @returns the new text (the same text when a source with that id is listed)
 * @example
 * addSourceToPlan("sources:\n  - { id: politie, name: Politie, kind: open-data }\n", POPULATION_SOURCE)
 * //=> "sources:\n  - { id: politie, name: Politie, kind: open-data }\n  - { id: cbs-bevolking, name: \"CBS StatLine\", ... }\n"
 */
export function addSourceToPlan(text: string, source: PlanSourceEntry): string {
  const { doc, root } = parsePlanMapping(text);
  const before = doc.toJS() as { sources?: unknown };
  const listed = Array.isArray(before.sources) ? (before.sources as { id?: unknown }[]) : [];
  if (listed.some((s) => s?.id === source.id)) return text;
  const result = appendToYamlList(text, root, "sources", flowEntry(source), {
    notAList: "internal/sources-not-a-list",
  });
  const after = parseDocument(result).toJS() as { sources?: unknown };
  const expected = [...listed, { ...source }];
  if (JSON.stringify(after.sources) !== JSON.stringify(expected)) {
    throw importError("internal", "internal/source-not-added", {});
  }
  return result;
}
