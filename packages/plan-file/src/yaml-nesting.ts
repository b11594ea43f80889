/**
 * How deep a plan's YAML may nest. A plan needs about eight levels
 * (`indicatorTables[].rows[].target.rounding.mode`); 64 leaves room for any
 * real plan. The YAML parsers recurse once per level, so thousands of levels
 * (`[[[[...`, or thousands of ever deeper indented lines) end in "Maximum call
 * stack size exceeded" somewhere inside them: the text is measured first.
 */
export const MAX_YAML_DEPTH = 64;

/** Where a too deep nesting starts and where it passes the limit (1-based). */
export interface ExcessiveNesting {
  readonly line: number;
  readonly column: number;
  readonly deepLine: number;
  readonly deepColumn: number;
}

interface Level {
  readonly indent: number;
  readonly line: number;
  readonly column: number;
}

/**
 * Finds the first place where a YAML text nests more than
 * {@link MAX_YAML_DEPTH} levels deep, counting block levels (by indentation,
 * and each `- ` of a compact nested sequence) and flow levels (`[` and `{`).
 * A scan of the text, without parsing it: quoted scalars, block scalars
 * (`|`, `>`) and comments are skipped. It over-counts rather than misses (a
 * continuation line of a long scalar counts as a level), which is harmless at
 * a limit no plan comes near.
 *
 * Hand-written: neither YAML parser has a depth limit (js-yaml and the yaml
 * package both recurse per level), and measuring the text is linear.
 *
 * @returns the outermost level of the too deep nesting and the place of the level past the limit, or `undefined`
 * @example
 * findExcessiveNesting("a: 1\n") //=> undefined
 * findExcessiveNesting(`a: ${"[".repeat(100)}`) //=> { line: 1, column: 4, deepLine: 1, deepColumn: 68 }
 */
export function findExcessiveNesting(
  source: string,
  limit: number = MAX_YAML_DEPTH,
): ExcessiveNesting | undefined {
  const block: Level[] = [];
  const flow: Level[] = [];
  let quote: "'" | '"' | undefined;
  let blockScalarParent: number | undefined;
  const lines = source.split("\n");
  for (let l = 0; l < lines.length; l++) {
    const text = (lines[l] as string).replace(/\r$/, "");
    let i = 0;
    const indent = /^ */.exec(text)?.[0].length ?? 0;
    if (quote === undefined && flow.length === 0) {
      const rest = text.slice(indent);
      if (rest === "" || rest.startsWith("#")) continue;
      if (blockScalarParent !== undefined) {
        if (indent > blockScalarParent) continue;
        blockScalarParent = undefined;
      }
      if (rest.startsWith("---") || rest.startsWith("...") || rest.startsWith("%")) continue;
      while (block.length > 0 && (block.at(-1) as Level).indent >= indent) block.pop();
      block.push({ indent, line: l + 1, column: indent + 1 });
      i = indent;
      // Each `- ` of a compact nested sequence (`- - - x`) opens a level.
      while (/^-[ \t]/.test(text.slice(i))) {
        i += 2;
        while (text[i] === " " || text[i] === "\t") i++;
        block.push({ indent: i, line: l + 1, column: i + 1 });
      }
    }
    const depth = () => block.length + flow.length;
    const tooDeep = (column: number): ExcessiveNesting => {
      const start = flow.length > 0 && block.length <= limit ? flow[0] : block[0];
      return {
        line: start?.line ?? l + 1,
        column: start?.column ?? 1,
        deepLine: l + 1,
        deepColumn: column,
      };
    };
    if (depth() > limit) return tooDeep(i + 1);
    // Whether the previous significant character lets a new node start here.
    let nodeStart = true;
    for (; i < text.length; i++) {
      const c = text[i] as string;
      if (quote === "'") {
        if (c === "'") {
          if (text[i + 1] === "'") i++;
          else quote = undefined;
        }
        nodeStart = false;
        continue;
      }
      if (quote === '"') {
        if (c === "\\") i++;
        else if (c === '"') quote = undefined;
        nodeStart = false;
        continue;
      }
      if (c === " " || c === "\t") continue;
      if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\t")) break;
      if (nodeStart && (c === "'" || c === '"')) {
        quote = c;
        continue;
      }
      if (nodeStart && (c === "[" || c === "{")) {
        flow.push({ indent, line: l + 1, column: i + 1 });
        if (depth() > limit) return tooDeep(i + 1);
        continue;
      }
      if (flow.length > 0 && (c === "]" || c === "}")) {
        flow.pop();
        nodeStart = false;
        continue;
      }
      if (nodeStart && flow.length === 0 && (c === "|" || c === ">")) {
        blockScalarParent = block.at(-1)?.indent ?? 0;
        break;
      }
      nodeStart =
        c === "," ||
        (c === ":" && flow.length > 0) ||
        ((c === ":" || c === "-" || c === "?") &&
          (i + 1 === text.length || text[i + 1] === " " || text[i + 1] === "\t"));
    }
  }
  return undefined;
}
