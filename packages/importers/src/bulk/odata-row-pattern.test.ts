import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COUNT,
  CRIME,
  ID,
  OTHER,
  PERIOD,
  plainName,
  REGION,
  type Role,
  rowLayout,
  rowPattern,
} from "./odata-row-pattern.ts";

/**
 * The row patterns against `JSON.parse`: what a pattern matches is a row with
 * exactly the shape's names in order and its groups are the values JSON.parse
 * reads; every row of the shape's kinds of values, in any whitespace, is
 * matched. The whole reading is held to `classifyFigures` in
 * test/classify-odata-page.test.ts.
 */

const NAMES = ["ID", "SoortMisdrijf", "RegioS", "Perioden", "Geregistreerd_1", "Aangiften_2"];
const ROLES: Role[] = [ID, CRIME, REGION, PERIOD, COUNT, OTHER];

const space = fc.constantFrom("", "", "", " ", "\n", "\t", "\r\n  ", "\n      ");
const plainText = fc.constantFrom("1.1.1   ", "GM0417    ", "2022MM01", "", "é ü", "a/b");
const oddText = fc.constantFrom('a"b', "a\\b", "a\nb", "\u0001");
const whole = fc.oneof(
  fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }),
  fc.constant(0),
);
const oddNumber = fc.constantFrom(1.5, 1e21, 1234567890123456, -0.5, 1e-7);
/** A value of each role's kind, now and then another kind. */
const arbitraryOf = (role: Role): fc.Arbitrary<unknown> => {
  const common =
    role === ID
      ? fc.oneof(plainText, whole, fc.constant(null))
      : role === COUNT || role === OTHER
        ? fc.oneof(whole, fc.constant(null))
        : plainText;
  return fc.oneof(
    { arbitrary: common, weight: 8 },
    {
      arbitrary: fc.oneof(oddText, oddNumber, fc.boolean(), fc.constant(null), plainText),
      weight: 1,
    },
  );
};
const row = fc.record({
  values: fc.tuple(...ROLES.map(arbitraryOf)),
  spaces: fc.array(space, { minLength: 4 * NAMES.length, maxLength: 4 * NAMES.length }),
  names: fc.oneof(
    { arbitrary: fc.constant(NAMES), weight: 8 },
    {
      arbitrary: fc.constantFrom(
        NAMES.slice(1),
        [...NAMES, "Extra_3"],
        ["SoortMisdrijf", "ID", ...NAMES.slice(2)],
        NAMES.map((n) => (n === "RegioS" ? "RegioX" : n)),
      ),
      weight: 1,
    },
  ),
});

/** A row's text: the whitespace of place k is `spaces[k]` (the places in rowPattern's order). */
function text(names: readonly string[], values: readonly unknown[], spaces: readonly string[]) {
  let place = 0;
  const s = () => spaces[place++ % spaces.length] as string;
  let out = `{${s()}`;
  names.forEach((name, k) => {
    if (k > 0) out += `,${s()}`;
    out += `${JSON.stringify(name)}${s()}:${s()}${JSON.stringify(values[k % values.length])}${s()}`;
  });
  return `${out}}`;
}

/** Whether JSON.parse reads `value` as the pattern takes a value of `role`. */
function ofKind(role: Role, value: unknown, written: string): boolean {
  if (role === COUNT || role === OTHER)
    return value === null || (Number.isInteger(value) && /^-?\d{1,15}$/.test(written));
  const plain =
    typeof value === "string" &&
    [...value].every((c) => c !== '"' && c !== "\\" && (c.codePointAt(0) as number) >= 32);
  if (role === ID) return plain || value === null || /^-?\d{1,15}$/.test(written);
  return plain;
}

describe("rowPattern", () => {
  it("matches a row exactly when JSON.parse reads it with the shape's names and kinds of values, its groups those values", () => {
    const { pattern, crimeGroup, regionGroup, periodGroup, countGroups } = rowPattern(NAMES, ROLES);
    expect(countGroups).toEqual([4]);
    fc.assert(
      fc.property(row, fc.constantFrom("", "x,", "  "), ({ values, spaces, names }, before) => {
        const row = text(names, values, spaces);
        pattern.lastIndex = before.length;
        const match = pattern.exec(before + row);
        const parsed = JSON.parse(row) as Record<string, unknown>;
        const expected =
          names === NAMES &&
          Object.keys(parsed).join() === NAMES.join() &&
          ROLES.every((role, k) => ofKind(role, values[k], JSON.stringify(values[k])));
        expect(match !== null).toBe(expected);
        if (match === null) return;
        expect(match[0]).toBe(row);
        expect(pattern.lastIndex).toBe(before.length + row.length);
        expect(match[crimeGroup]).toBe(parsed.SoortMisdrijf);
        expect(match[regionGroup]).toBe(parsed.RegioS);
        expect(match[periodGroup]).toBe(parsed.Perioden);
        const count = match[countGroups[0] as number] as string;
        expect(count === "null" ? null : Number(count)).toBe(parsed.Geregistreerd_1);
      }),
      { numRuns: 500 },
    );
  });

  it("writes a name with the characters of a pattern as itself", () => {
    const names = ["a.b", "SoortMisdrijf", "R(e)g+i$o|n", "Perioden", "T*o[p]i{c}?^/"];
    const roles: Role[] = [ID, CRIME, REGION, PERIOD, COUNT];
    const { pattern } = rowPattern(names, roles);
    const row = text(names, [1, "a", "b", "c", 2], [""]);
    expect(pattern.exec(row)?.[0]).toBe(row);
    expect(pattern.exec(row.replace("a.b", "aXb"))).toBeNull();
  });
});

/** A row's whitespace: a line break inside now and then, at the braces often (as on a national download). */
const layoutSpaces = fc
  .tuple(
    space,
    fc.array(mostlyNone(), { minLength: 4 * NAMES.length - 2, maxLength: 4 * NAMES.length - 2 }),
    space,
  )
  .map(([first, inner, last]) => [first, ...inner, last]);
function mostlyNone(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom("", "", " ", "\t"), weight: 60 },
    { arbitrary: fc.constantFrom("\n", "\r\n "), weight: 1 },
  );
}

describe("rowLayout", () => {
  it("matches the rows of the first one's whitespace only, its line breaks where they are", () => {
    const { pattern } = rowPattern(NAMES, ROLES);
    const common = fc.tuple(...ROLES.map((role) => arbitraryOf(role).filter((v) => v !== true)));
    fc.assert(
      fc.property(row, common, space, layoutSpaces, ({ values }, others, other, spaces) => {
        const first = text(NAMES, values, spaces);
        pattern.lastIndex = 0;
        fc.pre(pattern.exec(first) !== null);
        const layout = rowLayout(first, 0, first.length, NAMES, ROLES);
        const inner = spaces.slice(1, 4 * NAMES.length - 1);
        const breaks = [...first].flatMap((c, i) => (c === "\n" ? [i] : []));
        if (inner.some((s) => s.includes("\n"))) {
          expect(layout).toBeNull();
          return;
        }
        if (layout === null) throw new Error("a layout expected");
        // The same whitespace, other values: matched where the shape's pattern matches.
        const second = text(NAMES, others, spaces);
        pattern.lastIndex = 0;
        const any = pattern.exec(second);
        layout.pattern.lastIndex = 0;
        const laidOut = layout.pattern.exec(second);
        expect(laidOut?.slice()).toEqual(any?.slice());
        // Its line breaks: how many, and the last one's place from the end or the start.
        const secondBreaks = [...second].flatMap((c, i) => (c === "\n" ? [i] : []));
        expect(layout.newlines).toBe(breaks.length);
        if (laidOut !== null) expect(secondBreaks.length).toBe(breaks.length);
        if (breaks.length > 0) {
          const last = breaks.at(-1) as number;
          const lastSecond = secondBreaks.at(-1) as number;
          if (layout.lastFromEnd > 0) {
            expect(first.length - layout.lastFromEnd).toBe(last);
            if (laidOut !== null) expect(second.length - layout.lastFromEnd).toBe(lastSecond);
          } else {
            expect(layout.lastFromStart).toBe(last);
            if (laidOut !== null) expect(layout.lastFromStart).toBe(lastSecond);
          }
        }
        // Other whitespace at one place: not matched.
        const changed = [...spaces];
        const at = (values.length + others.length) % changed.length;
        if (changed[at] !== other) {
          changed[at] = other;
          layout.pattern.lastIndex = 0;
          expect(layout.pattern.exec(text(NAMES, values, changed))).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("plainName", () => {
  it("takes a name written as it is and kept in its place", () => {
    for (const name of ["ID", "RegioS", "a b", "é", "12a"])
      expect(plainName(name), name).toBe(true);
    for (const name of ["12", "0", "__proto__", 'a"b', "a\\b", "a\nb", "\u001f"])
      expect(plainName(name), name).toBe(false);
  });
});
