import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
} from "yaml";

/** A line and column, both 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

function position(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function findPair(node: unknown, key: PropertyKey): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find(
    (pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(key),
  ) as Pair | undefined;
}

/**
 * Finds where a path of a parsed YAML document was written: the value at the
 * path, or the key of a field (`keyOf`) such as an unknown one. When the path
 * does not exist (a missing field), the deepest existing ancestor is given.
 */
export class YamlLocator {
  readonly #doc: Document;
  readonly #lines: LineCounter;

  constructor(doc: Document, lines: LineCounter) {
    this.#doc = doc;
    this.#lines = lines;
  }

  /** Position of the value at `path`, or of its deepest existing ancestor. */
  locate(path: readonly PropertyKey[], options: { keyOf?: string } = {}): Position {
    let node: unknown = this.#doc.contents;
    let best: Node | Pair | undefined = node as Node;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = findPair(node, segment);
        if (!pair) break;
        best = (pair.value as Node | null) ?? pair;
        if (!pair.value) {
          best = pair.key as Node;
          node = undefined;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) break;
        best = item as Node;
        node = item;
      } else {
        break;
      }
    }
    if (options.keyOf !== undefined) {
      const pair = findPair(node, options.keyOf);
      if (pair && (pair.key as Node | null)?.range)
        return position(this.#lines, (pair.key as Node).range?.[0] ?? 0);
    }
    const range =
      (best as Node | undefined)?.range ??
      ((best as Pair | undefined)?.key as Node | undefined)?.range;
    return position(this.#lines, range?.[0] ?? 0);
  }
}

/**
 * Where every field of a YAML text was written, as a map from a path (its
 * segments joined by U+001F, the root "") to `[line, column]`: the place
 * the plan reader's own locator gives for that path, so that a command can
 * store it (ivp's cache of validated plans) and locate findings later without
 * parsing the text again. For a key written twice, the first counts, as in
 * `locate`.
 *
 * @param text - the YAML text (without a byte-order mark)
 * @example
 * yamlPositions("a:\n  - x\n")["a\u001f0"] //=> [2, 5]
 */
export function yamlPositions(text: string): Record<string, [number, number]> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const positions: Record<string, [number, number]> = Object.create(null);
  const at = (offset: number | undefined): [number, number] => {
    const { line, col } = lines.linePos(offset ?? 0);
    return [line, col];
  };
  const walk = (node: unknown, prefix: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const child = `${prefix}${String(pair.key.value)}`;
        if (child in positions) continue;
        const value = pair.value as Node | null;
        positions[child] = at(value ? value.range?.[0] : pair.key.range?.[0]);
        if (value) walk(value, `${child}\u001f`);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (!item) return;
        const child = `${prefix}${i}`;
        positions[child] = at((item as Node).range?.[0]);
        walk(item, `${child}\u001f`);
      });
    }
  };
  positions[""] = at((doc.contents as Node | null)?.range?.[0]);
  walk(doc.contents, "");
  return positions;
}
