// The regular expressions that match one row of an OData page of a known
// shape, for `RowSorter.readRow` (classify-odata-page.ts): what a row's names
// are for (`Role`), which names can be written into a pattern as they are
// (`plainName`), the pattern of a shape in any layout (`rowPattern`) and the
// same with the whitespace of one row written out (`rowLayout`).
//
// Hand-written rather than read with `JSON.parse` or a JSON library because
// of speed: V8 compiles a regular expression to machine code on its first
// uses, and matching the rows of a national download with one took a quarter
// of the time `JSON.parse` took to make objects of them (85 against 380 ms for
// the 1x set, in one thread), where the rows' own JavaScript never ran as
// fast in the workers, which compile it for themselves
// (docs/benchmarks/rounds.md, the ninth round of reading). The whitespace
// written out saved some 0.7 of the pattern's instructions and the search for
// each row's line breaks (the tenth round). A pattern matches only what
// `JSON.parse` reads as an object with exactly the shape's names in order, so
// a row it does not match is left to the scanner, never misread;
// `odata-row-pattern.test.ts` holds it to `JSON.parse`, and
// test/classify-odata-page.test.ts the whole reading to `classifyFigures`.

/** What a value of a row's shape is for: `ID` (any value), the crime type, the region, the period, */
export const ID = 0;
export const CRIME = 1;
export const REGION = 2;
export const PERIOD = 3;
/** a topic of registered crimes (a count or `null`), or another topic (a number or `null`). */
export const COUNT = 4;
export const OTHER = 5;
export type Role =
  | typeof ID
  | typeof CRIME
  | typeof REGION
  | typeof PERIOD
  | typeof COUNT
  | typeof OTHER;

/** A row's regular expression and the numbers of its groups. */
export interface RowPattern {
  /** Sticky: matches the row starting at its `lastIndex`. */
  readonly pattern: RegExp;
  /** The numbers of `pattern`'s groups of the crime type, the region and the period, */
  readonly crimeGroup: number;
  readonly regionGroup: number;
  readonly periodGroup: number;
  /** and of its counts, in the shape's order. */
  readonly countGroups: readonly number[];
}

/** How the rows of a shape are laid out: their whitespace ({@link rowLayout}). */
export interface RowLayout {
  /** The shape's pattern with the whitespace written out (the same groups). */
  readonly pattern: RegExp;
  /** How many line breaks a row of this layout has; the last at `end - lastFromEnd` when > 0, else `from + lastFromStart`. */
  readonly newlines: number;
  readonly lastFromEnd: number;
  readonly lastFromStart: number;
}

/**
 * Whether a name is written in a row's text as it is (no quote, backslash or
 * control character) and kept in its place by JavaScript (not a number, which
 * an object puts first; not `__proto__`).
 */
export function plainName(name: string): boolean {
  if (name === "__proto__" || /^\d+$/.test(name)) return false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 32 || c === 34 || c === 92) return false;
  }
  return true;
}

/** How the characters of JSON's whitespace but the space are written in a regular expression. */
const SPACE_ESCAPES: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };
/** JSON's whitespace (what the scanner's `skipSpace` skips, json-page-scanner.ts), any amount. */
const SPACE = "[ \\t\\n\\r]*";
/** A string without escapes or control characters (what the scanner's `plainStringEnd` finds), its text a group. */
const PLAIN_STRING = '"([^"\\\\\\u0000-\\u001f]*)"';
/** -?(0|[1-9][0-9]*), at most 15 digits (exact as a double), as `parseFlatRow` reads a number. */
const WHOLE_NUMBER = "-?(?:0|[1-9][0-9]{0,14})";

/**
 * The regular expression (sticky) that matches a row of a shape and nothing
 * else: `{`, the names in order, each with a value of its kind (the ID a
 * string without escapes, a whole number or null; the crime type, the region
 * and the period such strings; a topic a whole number of at most 15 digits or
 * null), JSON's whitespace anywhere between (or, given `spaces`, exactly the
 * whitespace given for each place in turn), `}`. What it matches is valid
 * JSON, and `JSON.parse` would make of it an object with exactly these names
 * in this order (the names must be plain: {@link plainName}); its groups are
 * the crime type, the region, the period and the counts (their numbers:
 * `crimeGroup`, ..., `countGroups`).
 */
export function rowPattern(
  names: readonly string[],
  roles: readonly Role[],
  spaces?: readonly string[],
): RowPattern {
  const countGroups: number[] = [];
  let crimeGroup = 0;
  let regionGroup = 0;
  let periodGroup = 0;
  let group = 0;
  // JSON's whitespace anywhere, or the whitespace given, in the order of the places.
  let place = 0;
  const space = () => {
    const given = spaces?.[place++];
    return given === undefined
      ? SPACE
      : given.replace(/[\t\n\r]/g, (c) => SPACE_ESCAPES[c] as string);
  };
  let source = `\\{${space()}`;
  for (let k = 0; k < names.length; k++) {
    const role = roles[k] as Role;
    if (k > 0) source += `,${space()}`;
    source += `"${(names[k] as string).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"${space()}:`;
    source += space();
    if (role === ID) source += `(?:${PLAIN_STRING.replace("(", "(?:")}|${WHOLE_NUMBER}|null)`;
    else if (role === OTHER) source += `(?:${WHOLE_NUMBER}|null)`;
    else if (role === COUNT) {
      source += `(${WHOLE_NUMBER}|null)`;
      countGroups.push(++group);
    } else {
      source += PLAIN_STRING;
      if (role === CRIME) crimeGroup = ++group;
      else if (role === REGION) regionGroup = ++group;
      else periodGroup = ++group;
    }
    source += space();
  }
  return {
    pattern: new RegExp(`${source}\\}`, "y"),
    crimeGroup,
    regionGroup,
    periodGroup,
    countGroups,
  };
}

/**
 * The layout of a row of a shape: its whitespace as the row `chunk[from]` to
 * `chunk[end - 1]` (which the shape's {@link rowPattern} matched) has it, as a
 * regular expression with the shape's groups that matches a row of the shape
 * with exactly that whitespace, and where its line breaks are. Null when a
 * line break is anywhere but right after the `{` or right before the `}`
 * (where a row's line breaks are in the same places whatever its values).
 *
 * Why: on a national download every row is laid out alike (`{`, a line
 * break and an indent, the names and values without whitespace, a line break
 * and an indent, `}`); matched with the whitespace written out, a row is
 * matched in some 0.7 of the instructions, and its line breaks need not be
 * looked for (docs/benchmarks/rounds.md, the tenth round of reading).
 */
export function rowLayout(
  chunk: string,
  from: number,
  end: number,
  names: readonly string[],
  roles: readonly Role[],
): RowLayout | null {
  // The row is valid JSON of the shape's names, in order: walk it, keeping each whitespace.
  const spaces: string[] = [];
  let p = from + 1;
  const space = () => {
    const at = p;
    while (p < end && isSpace(chunk.charCodeAt(p))) p++;
    spaces.push(chunk.slice(at, p));
  };
  space();
  for (let k = 0; k < names.length; k++) {
    if (k > 0) {
      p++; // ,
      space();
    }
    p += (names[k] as string).length + 2;
    space();
    p++; // :
    space();
    if (chunk.charCodeAt(p) === 34) p = chunk.indexOf('"', p + 1) + 1;
    else
      while (p < end) {
        const c = chunk.charCodeAt(p);
        if (isSpace(c) || c === 44 || c === 125) break;
        p++;
      }
    space();
  }
  const first = spaces[0] as string;
  const last = spaces[spaces.length - 1] as string;
  for (let k = 1; k < spaces.length - 1; k++) if ((spaces[k] as string).includes("\n")) return null;
  // (A shape has a name at least, so `first` and `last` are two.)
  const newlines = first.split("\n").length - 1 + (last.split("\n").length - 1);
  const inLast = last.lastIndexOf("\n");
  return {
    pattern: rowPattern(names, roles, spaces).pattern,
    newlines,
    lastFromEnd: inLast === -1 ? 0 : 1 + last.length - inLast,
    lastFromStart: 1 + first.lastIndexOf("\n"),
  };
}

/** Whether a character code is JSON's whitespace (space, tab, line feed, carriage return). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
