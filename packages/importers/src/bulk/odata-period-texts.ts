// The texts of the `Perioden` column of OData pages as a worker of `ivp bulk`
// meets them (`RowSorter`, classify-odata-page.ts): each text's period made
// once, and the texts kept in the order they first came, so that a row's
// period can be compared with the one after the row before's.
//
// Hand-written rather than a `Map` lookup per row because the rows of a
// national download come a region's months in turn: the period of a row is
// nearly always the text after the row before's, which one comparison finds,
// where a lookup hashed a new string per row (docs/benchmarks/rounds.md, the
// tenth round of reading). The map is still there for every other text.
import type { RowCache } from "../odata/read-odata-pages.ts";

/**
 * What a text in the `Perioden` column is: the text, its period, its index in
 * the page's figures once used, and its place among the texts in the order
 * they first came.
 */
export interface PeriodEntry {
  readonly text: string;
  readonly period: string | undefined;
  index: number;
  readonly order: number;
}

/** The period texts met so far, and the place of the last one asked for. */
export class PeriodTexts {
  readonly #entries = new Map<string, PeriodEntry>();
  /** The entries in the order their texts first came. */
  readonly order: PeriodEntry[] = [];
  /** The place in `order` of the row last read's (-1: none yet); the caller moves it on when the next text is `order[at + 1]`'s. */
  at = -1;

  /** What a text is (made once per text, its period by `cache`); `at` set to its place. */
  entry(text: string, cache: Pick<RowCache, "period">): PeriodEntry {
    let entry = this.#entries.get(text);
    if (entry === undefined) {
      const trimmed = text.trim();
      const period = trimmed === "" ? undefined : cache.period(trimmed);
      entry = {
        text,
        period: typeof period === "string" ? period : undefined,
        index: -1,
        order: this.order.length,
      };
      this.#entries.set(text, entry);
      this.order.push(entry);
    }
    this.at = entry.order;
    return entry;
  }
}
