import { CORE_SCHEMA, load } from "js-yaml";
import { findExcessiveNesting } from "./yaml-nesting.ts";

/**
 * Whether a text may hold a YAML tag (`!!str`, `!!js/function`, `!local`): a
 * `!` where a node can start. js-yaml resolves the core schema's tags
 * silently; a plan has no tags, and the precise path reports each at its
 * place. A `!` inside a sentence ("Samen veilig!") does not match.
 */
const MAYBE_TAG = /(?:^|[\s[{,])!/m;

/** What {@link readYamlFast} returns when the text needs the precise parser. */
export const FAST_PATH_FAILED = Symbol("fast path failed");

/**
 * Reads YAML with js-yaml (YAML 1.2 core schema: `2019-01-30` stays text,
 * `yes` stays text, as in the yaml package), about ten times faster than the
 * yaml package's Document API. Anything unusual (a syntax error, a duplicate
 * key, anchors and aliases, which could expand exponentially, a tag, nesting
 * deeper than the limit) is left to the slower, precise path, which knows
 * where every node was written.
 */
export function readYamlFast(source: string, options: { depthChecked?: boolean } = {}): unknown {
  if (
    MAYBE_TAG.test(source) ||
    (!options.depthChecked && findExcessiveNesting(source) !== undefined)
  ) {
    return FAST_PATH_FAILED;
  }
  try {
    const data: unknown = load(source, { schema: CORE_SCHEMA });
    return sharesObjects(data) ? FAST_PATH_FAILED : data;
  } catch {
    return FAST_PATH_FAILED;
  }
}

/** Whether any object appears twice in the tree: the mark of a YAML alias. */
function sharesObjects(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return false;
}
