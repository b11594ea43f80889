import { isMap, isScalar, isSeq, type Node, parseDocument } from "yaml";

function yamlScalar(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : JSON.stringify(text);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  return end === -1 ? text.length : end;
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
    throw new Error(`the plan file has YAML errors: ${doc.errors[0]?.message}`);
  const root = doc.contents;
  if (!isMap(root)) throw new Error("the plan file is not a mapping of fields");
  const before = doc.toJS() as { data?: unknown };
  const listed = Array.isArray(before.data) ? (before.data as unknown[]) : [];
  if (listed.includes(path)) return text;
  const item = yamlScalar(path);
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === "data");
  let result: string;
  if (!pair) {
    const base = text.endsWith("\n") || text === "" ? text : `${text}\n`;
    result = `${base}\n# CSV-bestanden met cijfers (ivp import schrijft hierin).\ndata:\n  - ${item}\n`;
  } else {
    const value = pair.value as Node | null;
    const keyRange = (pair.key as Node).range;
    if (value === null || (isScalar(value) && value.value === null)) {
      const end = lineEnd(text, keyRange?.[1] ?? 0);
      result = `${text.slice(0, end)}\n  - ${item}${text.slice(end)}`;
      // `data:` followed by nothing (or `data: ~`): make it a block list.
      result = result.replace(/^data:[ \t]*(?:~|null)?[ \t]*(?=\n {2}- )/m, "data:");
    } else if (isSeq(value) && value.flow) {
      const open = text.indexOf("[", value.range?.[0] ?? 0);
      const close = text.lastIndexOf("]", value.range?.[1] ?? 0);
      const inner = text.slice(open + 1, close);
      const at = open + 1 + inner.trimEnd().length;
      result =
        inner.trim() === ""
          ? `${text.slice(0, open + 1)}${item}${text.slice(close)}`
          : `${text.slice(0, at)}, ${item}${text.slice(at)}`;
    } else if (isSeq(value) && value.items.length > 0) {
      const first = value.items[0] as Node;
      const last = value.items[value.items.length - 1] as Node;
      const firstStart = first.range?.[0] ?? 0;
      const dash = text.lastIndexOf("-", firstStart);
      const indent = text.slice(lineStart(text, dash), dash);
      const end = lineEnd(text, last.range?.[1] ?? 0);
      result = `${text.slice(0, end)}\n${indent}- ${item}${text.slice(end)}`;
    } else {
      throw new Error("data: in the plan file is not a list; make it a list of CSV files");
    }
  }
  const after = parseDocument(result).toJS() as { data?: unknown };
  const expected = [...listed, path];
  if (JSON.stringify(after.data) !== JSON.stringify(expected)) {
    throw new Error(
      "could not add the data file to the plan's data list without changing something else",
    );
  }
  return result;
}
