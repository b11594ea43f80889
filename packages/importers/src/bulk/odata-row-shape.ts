// The shape of the rows of an OData page, for `RowSorter.readRow` and
// `RowSorter.readParsed` (classify-odata-page.ts): a row of the common shape's
// names in order, what each is for, and the regular expression of a row with
// those names (odata-row-pattern.ts), learned from a row already sorted out.
//
// Hand-written because it is the key of the short cut around `figuresOfRow`
// and `classifyFigures` (see classify-odata-page.ts): the rows of a page all
// have the same names in the same order, so a row can be read from its text
// by one pattern made once, with no object per row (docs/benchmarks/rounds.md,
// the sixth and ninth rounds of reading).
import type { RowCache } from "../odata/read-odata-pages.ts";
import {
  COUNT,
  CRIME,
  ID,
  OTHER,
  PERIOD,
  plainName,
  REGION,
  type Role,
  type RowLayout,
  type RowPattern,
  rowPattern,
} from "./odata-row-pattern.ts";

/** The names of a row of the common shape, in order, what each is for, and its pattern. */
export interface RowShape extends RowPattern {
  readonly names: readonly string[];
  readonly roles: readonly Role[];
  /** How many topics, and of them how many of registered crimes. */
  readonly topics: number;
  readonly counts: number;
  /** Its layout ({@link rowLayout}) once learned from a row (null: none); undefined before. */
  layout: RowLayout | null | undefined;
}

/**
 * The shape of a row of the common shape with these names (as `for ... in`
 * walks them), whose region is in `regionColumn` and whose topics of
 * registered crimes `cache` tells; undefined when it has no topic
 * or a name that is not plain ({@link plainName}: none a number, which
 * JavaScript would put first, and none that the text could write another way).
 */
export function rowShape(
  names: readonly string[],
  regionColumn: string,
  cache: Pick<RowCache, "registeredCrimes">,
): RowShape | undefined {
  const roles: Role[] = [];
  let topics = 0;
  let counts = 0;
  for (const name of names) {
    if (!plainName(name)) return undefined;
    if (name === "ID") roles.push(ID);
    else if (name === "SoortMisdrijf") roles.push(CRIME);
    else if (name === "Perioden") roles.push(PERIOD);
    else if (name === regionColumn) roles.push(REGION);
    else {
      topics++;
      if (cache.registeredCrimes(name)) {
        counts++;
        roles.push(COUNT);
      } else roles.push(OTHER);
    }
  }
  if (topics === 0) return undefined;
  return { names, roles, topics, counts, ...rowPattern(names, roles), layout: undefined };
}

/** Whether a shape has exactly these names, in this order. */
export function hasNames(shape: RowShape, names: readonly string[]): boolean {
  return shape.names.length === names.length && shape.names.every((name, i) => name === names[i]);
}
