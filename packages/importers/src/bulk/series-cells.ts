/** How a cell of {@link SeriesCells} is filled. */
const EMPTY = 0;
const VALUE = 1;
const MISSING = 2;

/** What {@link SeriesCells.set} did with a figure. */
export type SetResult =
  | { readonly kind: "set" | "same" }
  | { readonly kind: "conflict"; readonly earlier: number | null };

/** The results without data, one object each: a national file sets a million months. */
const SET: SetResult = Object.freeze({ kind: "set" });
const SAME: SetResult = Object.freeze({ kind: "same" });

/** A series' whole years and their figures (see {@link SeriesCells.wholeYears}). */
export interface WholeYearFigures {
  /** The years with a whole-year figure (missing included), in order. */
  readonly years: readonly number[];
  /** The figure of each of `years` (`null`: missing), as {@link SeriesCells.year} gives it. */
  readonly values: readonly (number | null)[];
}

/** The months a {@link SeriesCells} is made room for at once: `year * 12 + month - 1`, from `first` to before `end`. */
export interface MonthSpan {
  readonly first: number;
  readonly end: number;
}

/**
 * The figures of one series of one municipality, as a bulk run collects them:
 * months in two typed arrays indexed by month (grown as periods arrive, in
 * either direction), years and other periods (quarters, halves) in small
 * maps. A missing figure (`null`) is kept apart from "no figure": the first
 * stays missing in sums, the second leaves a year incomplete. Memory is a few
 * bytes per month of the file's span, whatever the number of rows.
 */
export class SeriesCells {
  #first = 0;
  #values: Float64Array;
  #states: Uint8Array;
  readonly #years = new Map<number, number | null>();
  readonly #other = new Map<string, number | null>();
  /** {@link wholeYears} as of the last figure set; undefined once another is set. */
  #whole: WholeYearFigures | undefined;

  /**
   * @param span - the months to make room for at once (the months of the
   *   file so far, see `aggregateByMunicipality`), so that a series read month
   *   by month is not grown eight times over ten years: growing was a third
   *   of collecting a national file's figures. Default none: grown as months
   *   arrive. The figures kept are the same either way.
   */
  constructor(span?: MonthSpan) {
    const length = span && span.end > span.first ? span.end - span.first : 0;
    if (span && length > 0) this.#first = span.first;
    this.#values = new Float64Array(length);
    this.#states = new Uint8Array(length);
  }

  /** Stores a month's figure (month 1-12). */
  setMonth(year: number, month: number, value: number | null): SetResult {
    const index = year * 12 + month - 1;
    if (this.#states.length === 0) this.#first = index;
    let at = index - this.#first;
    if (at < 0 || at >= this.#states.length) {
      this.#grow(index);
      at = index - this.#first;
    }
    const state = this.#states[at];
    if (state !== EMPTY) {
      const earlier = state === MISSING ? null : (this.#values[at] as number);
      return earlier === value ? SAME : { kind: "conflict", earlier };
    }
    this.#states[at] = value === null ? MISSING : VALUE;
    if (value !== null) this.#values[at] = value;
    this.#whole = undefined;
    return SET;
  }

  /** Stores a year's own figure (a `JJ00` row or a yearly StatLine column). */
  setYear(year: number, value: number | null): SetResult {
    const result = setIn(this.#years, year, value);
    if (result === SET) this.#whole = undefined;
    return result;
  }

  /** Stores a figure of another period, by its canonical code (`2023-Q1`). */
  setOther(period: string, value: number | null): SetResult {
    return setIn(this.#other, period, value);
  }

  #grow(index: number): void {
    const first = Math.min(this.#first, index);
    const end = Math.max(this.#first + this.#states.length, index + 1);
    // Double the span, so a file read month by month grows the arrays log(n) times.
    const length = Math.max(end - first, this.#states.length * 2);
    const start = index < this.#first ? end - length : first;
    const values = new Float64Array(length);
    const states = new Uint8Array(length);
    values.set(this.#values, this.#first - start);
    states.set(this.#states, this.#first - start);
    this.#first = start;
    this.#values = values;
    this.#states = states;
  }

  /**
   * The figure of a whole year: its own figure when the file has one, else the
   * sum of its twelve months (missing when one of them is missing), else
   * `undefined` (the file does not cover the whole year).
   */
  year(year: number): number | null | undefined {
    if (this.#years.has(year)) return this.#years.get(year) as number | null;
    const from = year * 12 - this.#first;
    if (from < 0 || from + 12 > this.#states.length) return undefined;
    let sum = 0;
    let missing = false;
    for (let at = from; at < from + 12; at++) {
      const state = this.#states[at];
      if (state === EMPTY) return undefined;
      if (state === MISSING) missing = true;
      else sum += this.#values[at] as number;
    }
    return missing ? null : sum;
  }

  /** The years with a whole-year figure (missing included), in order. */
  years(): readonly number[] {
    return this.wholeYears().years;
  }

  /**
   * The whole years and their figures, each year's months summed once and
   * kept until another figure is set: `ivp bulk` asks for them twice per
   * series of a complete municipality, for the plan period (`WholeYears`)
   * and for its observations, which summed every year's months again (and
   * then each year's once more for its figure): together some 12 % of
   * the main thread's samples in a profile of the 1x StatLine set (the tenth
   * round, docs/benchmarks/rounds.md).
   */
  wholeYears(): WholeYearFigures {
    if (this.#whole !== undefined) return this.#whole;
    const figures = new Map(this.#years);
    if (this.#states.length > 0) {
      const first = Math.floor(this.#first / 12);
      const last = Math.floor((this.#first + this.#states.length - 1) / 12);
      for (let year = first; year <= last; year++) {
        if (figures.has(year)) continue;
        const figure = this.year(year);
        if (figure !== undefined) figures.set(year, figure);
      }
    }
    const years = [...figures.keys()].sort((a, b) => a - b);
    this.#whole = { years, values: years.map((year) => figures.get(year) as number | null) };
    return this.#whole;
  }

  /** Figures of other periods (quarters, halves), by canonical code. */
  others(): ReadonlyMap<string, number | null> {
    return this.#other;
  }
}

function setIn<K>(map: Map<K, number | null>, key: K, value: number | null): SetResult {
  if (map.has(key)) {
    const earlier = map.get(key) as number | null;
    return earlier === value ? SAME : { kind: "conflict", earlier };
  }
  map.set(key, value);
  return SET;
}
