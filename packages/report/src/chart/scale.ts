/** A linear map from a domain of values to a range of pixels. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * A linear scale; a zero-width domain maps everything to the middle of the range.
 *
 * @example
 * linearScale([0, 100], [0, 200])(25) //=> 50
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = (value: number) =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/**
 * A "nice" step (1, 2 or 5 times a power of ten) for about `count` intervals over a span.
 *
 * @example
 * niceStep(79, 5) //=> 20
 * niceStep(0.9, 5) //=> 0.2
 */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Tick values from `min` to `max` (extended outward to whole steps), about
 * `count` intervals, free of floating-point noise.
 *
 * @example
 * niceTicks(0, 79, 5) //=> [0, 20, 40, 60, 80]
 * niceTicks(6.8, 8, 4) //=> [6.5, 7, 7.5, 8]
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  const step = niceStep(max - min, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}

/** {@link coordinate} by `toFixed(1)`: the reference, and the answer near a tie or far out. */
export function coordinateByToFixed(value: number): string {
  const text = value.toFixed(1);
  const trimmed = text.endsWith(".0") ? text.slice(0, -2) : text;
  return trimmed === "-0" ? "0" : trimmed;
}

/**
 * A coordinate with one decimal, so the same chart is always the same bytes:
 * what `value.toFixed(1)` writes (the exact value rounded to tenths, half
 * away from zero), without a trailing ".0" and without "-0".
 *
 * Written out rather than through `toFixed`: a report writes some 4,000
 * coordinates, and `toFixed` (a call into V8's runtime and a string to trim)
 * took 6.5 % of a report's HTML in a CPU profile of `ivp bulk`; the
 * arithmetic below takes half the time of the `toFixed` form in-process
 * (137-167 ns against 314-333 ns a coordinate, 200,000 chart values). It
 * rounds `value * 10`, which for |value| < 1e5 is within 2^-32 of the exact
 * product, to the same whole number as the exact value's tenths whenever
 * the product is more than 1e-6 away from a tie (x.5); a value nearer a tie,
 * one further out, and NaN or Infinity go to {@link coordinateByToFixed}
 * (scale.test.ts holds the two to the same text).
 *
 * @example
 * coordinate(12.345) //=> "12.3"
 * coordinate(-0.04) //=> "0"
 */
export function coordinate(value: number): string {
  const magnitude = value < 0 ? -value : value;
  const tenths = magnitude * 10;
  if (!(magnitude < 1e5) || Math.abs(tenths - Math.floor(tenths) - 0.5) < 1e-6)
    return coordinateByToFixed(value);
  const rounded = Math.round(tenths);
  if (rounded === 0) return "0";
  const whole = Math.floor(rounded / 10);
  const tenth = rounded - whole * 10;
  const text = tenth === 0 ? `${whole}` : `${whole}.${tenth}`;
  return value < 0 ? `-${text}` : text;
}
