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
//
// One `PeriodTexts` serves every page a thread reads (`PeriodTexts.ofThread`):
// a page of a national download of 40 years has some 480 periods, and each
// page made and parsed them anew, some 6 % of the reading of that set
// (docs/benchmarks/rounds.md, the eleventh round of reading). What an entry
// says depends on its text alone; where a page's figures keep its period is
// the page's own (`RowSorter`).
import type { RowCache } from "../odata/read-odata-pages.ts";

/**
 * What a text in the `Perioden` column is: the text, its period, and its
 * place among the texts in the order they first came.
 */
export interface PeriodEntry {
  readonly text: string;
  readonly period: string | undefined;
  readonly order: number;
}

/** How many texts the thread's {@link PeriodTexts} keeps before it starts anew (a download has hundreds). */
const MOST_TEXTS = 100_000;
let thread: PeriodTexts | undefined;

/** The period texts met so far, and the place of the last one asked for. */
export class PeriodTexts {
  readonly #entries = new Map<string, PeriodEntry>();
  /** The entries in the order their texts first came. */
  readonly order: PeriodEntry[] = [];
  /** The place in `order` of the row last read's (-1: none yet); the caller moves it on when the next text is `order[at + 1]`'s. */
  at = -1;

  /**
   * The period texts of this thread, shared by every page it reads; a new
   * one once the last has {@link MOST_TEXTS} (a page of another kind of
   * periods every row), so that memory stays bounded.
   */
  static ofThread(): PeriodTexts {
    if (thread === undefined || thread.order.length >= MOST_TEXTS) thread = new PeriodTexts();
    return thread;
  }

  /** What a text is (made once per text, its period by `cache`); `at` set to its place. */
  entry(text: string, cache: Pick<RowCache, "period">): PeriodEntry {
    let entry = this.#entries.get(text);
    if (entry === undefined) {
      const trimmed = text.trim();
      const period = trimmed === "" ? undefined : cache.period(trimmed);
      entry = {
        text,
        period: typeof period === "string" ? period : undefined,
        order: this.order.length,
      };
      this.#entries.set(text, entry);
      this.order.push(entry);
    }
    this.at = entry.order;
    return entry;
  }
}
