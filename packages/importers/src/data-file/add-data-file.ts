import { parseDocument } from "yaml";
import { importError } from "../messages/say.ts";
import { appendToYamlList, parsePlanMapping } from "./append-to-yaml-list.ts";

function yamlScalar(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : JSON.stringify(text);
}

/**
 * Adds a data file to the `data:` list of a plan file by editing its text at
 * one place, so comments, order and formatting of everything else stay exactly
 * as the author wrote them: a new item after the last one of a block list, an
 * entry before the `]` of a flow list, or a new `data:` block at the end of the
 * file. The result is parsed again and checked. Pure.
 *
 * @param text - the plan file's text
 * @param path - the data file, relative to the plan directory
 * @returns the new text (the same text when the file is listed already)
 * @example
 * addDataFileToPlan("id: x\n", "data/politie.csv") //=> "id: x\n\n# CSV-bestanden met cijfers (ivp import schrijft hierin).\ndata:\n  - data/politie.csv\n"
 * addDataFileToPlan("data: [a.csv] # eigen\n", "b.csv") //=> "data: [a.csv, b.csv] # eigen\n"
 */
export function addDataFileToPlan(text: string, path: string): string {
  const { doc, root } = parsePlanMapping(text);
  const before = doc.toJS() as { data?: unknown };
  const listed = Array.isArray(before.data) ? (before.data as unknown[]) : [];
  if (listed.includes(path)) return text;
  const result = appendToYamlList(text, root, "data", yamlScalar(path), {
    comment: "CSV-bestanden met cijfers (ivp import schrijft hierin).",
    notAList: "internal/data-not-a-list",
  });
  const after = parseDocument(result).toJS() as { data?: unknown };
  const expected = [...listed, path];
  if (JSON.stringify(after.data) !== JSON.stringify(expected)) {
    throw importError("internal", "internal/data-file-not-added", {});
  }
  return result;
}
