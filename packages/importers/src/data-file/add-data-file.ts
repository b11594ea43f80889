import { IvpError } from "@ivp/model";
import { isMap, parseDocument } from "yaml";
import { appendToYamlList } from "./append-to-yaml-list.ts";

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
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    throw new IvpError("internal", `the plan file has YAML errors: ${doc.errors[0]?.message}`, {
      cause: doc.errors[0],
    });
  const root = doc.contents;
  if (!isMap(root)) throw new IvpError("internal", "the plan file is not a mapping of fields");
  const before = doc.toJS() as { data?: unknown };
  const listed = Array.isArray(before.data) ? (before.data as unknown[]) : [];
  if (listed.includes(path)) return text;
  const result = appendToYamlList(text, root, "data", yamlScalar(path), {
    comment: "CSV-bestanden met cijfers (ivp import schrijft hierin).",
    notAList: "data: in the plan file is not a list; make it a list of CSV files",
  });
  const after = parseDocument(result).toJS() as { data?: unknown };
  const expected = [...listed, path];
  if (JSON.stringify(after.data) !== JSON.stringify(expected)) {
    throw new IvpError(
      "internal",
      "could not add the data file to the plan's data list without changing something else",
    );
  }
  return result;
}
