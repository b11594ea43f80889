/**
 * A small, safe subset of Markdown for the prose of a plan: paragraphs,
 * bullet and numbered lists (nested by indentation), `**bold**` and
 * `*italic*`. Everything else, HTML included, is text: the renderers escape
 * every text node, so nothing in a plan can become markup.
 */

/** An inline node. */
export type MarkdownInline =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "strong"; readonly children: readonly MarkdownInline[] }
  | { readonly type: "em"; readonly children: readonly MarkdownInline[] };

/** A block node. */
export type MarkdownBlock =
  | { readonly type: "paragraph"; readonly content: readonly MarkdownInline[] }
  | {
      readonly type: "list";
      readonly ordered: boolean;
      /** The number of the first item of a numbered list (1 for bullets). */
      readonly start: number;
      /** Each item is a sequence of blocks. */
      readonly items: readonly (readonly MarkdownBlock[])[];
    };

interface ListMarker {
  readonly indent: number;
  readonly ordered: boolean;
  readonly number: number;
  /** Column where the item's text starts; continuation lines indented this far belong to it. */
  readonly contentOffset: number;
  readonly content: string;
}

const MARKER = /^( *)([-*+]|(\d{1,9})[.)])( +|$)(.*)$/;

function listMarker(line: string): ListMarker | null {
  const match = MARKER.exec(line);
  if (!match) return null;
  const [, indent = "", marker = "", digits, spaces = "", content = ""] = match;
  // "-" followed by a blank line content is still an (empty) item; a marker
  // must be followed by a space, so "**bold**" and "-25%" are not items.
  return {
    indent: indent.length,
    ordered: digits !== undefined,
    number: digits === undefined ? 1 : Number(digits),
    contentOffset: indent.length + marker.length + Math.max(1, Math.min(spaces.length, 4)),
    content,
  };
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Parses Markdown text into blocks.
 *
 * @param text - the Markdown source
 * @returns paragraphs and lists
 * @example
 * parseMarkdown("Zie **tabel 1**:\n\n- inbraken\n- geweld")
 * //=> [{ type: "paragraph", content: [{ type: "text", text: "Zie " }, { type: "strong", ... }, { type: "text", text: ":" }] }, { type: "list", ordered: false, start: 1, items: [...] }]
 */
export function parseMarkdown(text: string): MarkdownBlock[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  return parseBlocks(lines);
}

function parseBlocks(lines: readonly string[]): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (isBlank(line)) {
      i++;
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      const [list, next] = parseList(lines, i, marker);
      blocks.push(list);
      i = next;
      continue;
    }
    const parts: string[] = [];
    while (i < lines.length) {
      const current = lines[i] ?? "";
      if (isBlank(current) || (parts.length > 0 && listMarker(current))) break;
      parts.push(current.trim());
      i++;
    }
    blocks.push({ type: "paragraph", content: parseInline(parts.join(" ")) });
  }
  return blocks;
}

function parseList(
  lines: readonly string[],
  start: number,
  first: ListMarker,
): [MarkdownBlock, number] {
  const items: MarkdownBlock[][] = [];
  let i = start;
  let marker: ListMarker | null = first;
  while (marker && marker.ordered === first.ordered && marker.indent < first.contentOffset) {
    const body = [marker.content];
    i++;
    let lastBlank = false;
    while (i < lines.length) {
      const line = lines[i] ?? "";
      if (isBlank(line)) {
        lastBlank = true;
        body.push("");
        i++;
        continue;
      }
      const indent = indentOf(line);
      if (indent >= marker.contentOffset) {
        body.push(line.slice(marker.contentOffset));
      } else if (!lastBlank && !listMarker(line)) {
        // A lazy continuation line of the item's paragraph.
        body.push(line.trimStart());
      } else {
        break;
      }
      lastBlank = false;
      i++;
    }
    while (body.length > 0 && isBlank(body[body.length - 1] ?? "")) body.pop();
    items.push(parseBlocks(body));
    const next = i < lines.length ? listMarker(lines[i] ?? "") : null;
    if (!next || next.indent < first.indent) break;
    marker = next;
  }
  return [{ type: "list", ordered: first.ordered, start: first.number, items }, i];
}

/**
 * Parses the inline Markdown of one paragraph: `**bold**`, `*italic*` and
 * backslash escapes; everything else is text.
 *
 * @example
 * parseInline("a *b* c") //=> [{ type: "text", text: "a " }, { type: "em", children: [{ type: "text", text: "b" }] }, { type: "text", text: " c" }]
 */
export function parseInline(text: string): MarkdownInline[] {
  const nodes: MarkdownInline[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) nodes.push({ type: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (char === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? "")) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === "*") {
      const double = text[i + 1] === "*";
      const width = double ? 2 : 1;
      const close = findCloser(text, i + width, double);
      if (close !== -1) {
        flush();
        const children = parseInline(text.slice(i + width, close));
        nodes.push(double ? { type: "strong", children } : { type: "em", children });
        i = close + width;
        continue;
      }
      buffer += double ? "**" : "*";
      i += width;
      continue;
    }
    buffer += char;
    i++;
  }
  flush();
  return nodes;
}

/** The index of the delimiter that closes an emphasis opened just before `from`, or -1. */
function findCloser(text: string, from: number, double: boolean): number {
  // The opener must be followed by a non-space, the closer preceded by one.
  if (from >= text.length || /\s/.test(text[from] ?? "")) return -1;
  for (let j = from + 1; j < text.length; j++) {
    if (text[j] === "\\") {
      j++;
      continue;
    }
    if (text[j] !== "*") continue;
    const isDouble = text[j + 1] === "*";
    if (double && isDouble && !/\s/.test(text[j - 1] ?? "")) return j;
    if (!double) {
      if (isDouble) {
        // Skip a nested **bold** span inside italics.
        const inner = findCloser(text, j + 2, true);
        if (inner !== -1) {
          j = inner + 1;
          continue;
        }
      }
      if (!/\s/.test(text[j - 1] ?? "")) return j;
    }
    if (double && isDouble) j++;
  }
  return -1;
}
