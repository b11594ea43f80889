import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type YAMLMap,
} from "yaml";
import { type ImportMessageId, importError } from "../messages/say.ts";

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  return end === -1 ? text.length : end;
}

/** How {@link appendToYamlList} writes a list that is not there yet, and what it says when it cannot. */
export interface AppendToYamlListOptions {
  /** A comment line written above a new `key:` block (without the `# `). */
  readonly comment?: string;
  /** The error's message (code `internal`) when the key holds something else than a list. */
  readonly notAList: ImportMessageId;
}

/**
 * Appends `item` (already written as YAML: a scalar or a one-line flow
 * mapping) to the list under the top-level `key` of a plan file, by editing
 * its text at one place, so that comments, order and formatting of everything
 * else stay as the author wrote them: a new item after the last one of a block
 * list (at its indentation), an entry before the `]` of a flow list, an item
 * under an empty `key:`, or a new `key:` block at the end of the file. Pure;
 * the callers parse the result again and check it.
 *
 * @param text - the plan file's text
 * @param root - its parsed top-level mapping (`parseDocument(text).contents`)
 */
export function appendToYamlList(
  text: string,
  root: YAMLMap,
  key: string,
  item: string,
  options: AppendToYamlListOptions,
): string {
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair) {
    const base = text.endsWith("\n") || text === "" ? text : `${text}\n`;
    const comment = options.comment === undefined ? "" : `# ${options.comment}\n`;
    return `${base}\n${comment}${key}:\n  - ${item}\n`;
  }
  const value = pair.value as Node | null;
  if (value === null || (isScalar(value) && value.value === null)) {
    const end = lineEnd(text, (pair.key as Node).range?.[1] ?? 0);
    const result = `${text.slice(0, end)}\n  - ${item}${text.slice(end)}`;
    // `key:` followed by nothing (or `key: ~`): make it a block list.
    return result.replace(
      new RegExp(`^${key}:[ \\t]*(?:~|null)?[ \\t]*(?=\\n {2}- )`, "m"),
      `${key}:`,
    );
  }
  if (isSeq(value) && value.flow) {
    const open = text.indexOf("[", value.range?.[0] ?? 0);
    const close = text.lastIndexOf("]", value.range?.[1] ?? 0);
    const inner = text.slice(open + 1, close);
    const at = open + 1 + inner.trimEnd().length;
    return inner.trim() === ""
      ? `${text.slice(0, open + 1)}${item}${text.slice(close)}`
      : `${text.slice(0, at)}, ${item}${text.slice(at)}`;
  }
  if (isSeq(value) && value.items.length > 0) {
    const first = value.items[0] as Node;
    const last = value.items[value.items.length - 1] as Node;
    const dash = text.lastIndexOf("-", first.range?.[0] ?? 0);
    const indent = text.slice(lineStart(text, dash), dash);
    // The end of the last item's last line with content (a block mapping's
    // range may run on over the blank and comment lines after it).
    const content = text.slice(0, last.range?.[1] ?? 0).trimEnd().length;
    const end = lineEnd(text, content);
    return `${text.slice(0, end)}\n${indent}- ${item}${text.slice(end)}`;
  }
  throw importError("internal", options.notAList, {});
}

/**
 * A plan file's text as a YAML document with its top-level mapping, for
 * {@link appendToYamlList}. The plan was read and validated before, so YAML
 * errors or another top level are a bug in ivp (an `internal` error, the
 * parser's error kept as `cause`).
 *
 * @example
 * parsePlanMapping("id: x\n").root.items.length //=> 1
 */
export function parsePlanMapping(text: string): { readonly doc: Document; readonly root: YAMLMap } {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error)
    throw importError(
      "internal",
      "internal/plan-yaml-errors",
      { reason: error.message },
      { cause: error },
    );
  const root = doc.contents;
  if (!isMap(root)) throw importError("internal", "internal/plan-not-a-mapping", {});
  return { doc, root };
}
