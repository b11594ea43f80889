/** A percentage as a document printed it, read back. */
export interface PrintedPercent {
  /** The value in percent: `"-52%"` is -52. */
  readonly value: number;
  /** How many decimals were printed. */
  readonly decimals: number;
  /** Whether an explicit sign was printed (`"+0%"` has one, `"0%"` has not). */
  readonly signed: boolean;
  /** The text as printed. */
  readonly text: string;
}

const PRINTED_PERCENT = /^\s*([+\-\u2212]?)\s*(\d+)(?:[.,](\d+))?\s*%\s*$/;

/**
 * Reads a printed percentage such as `"+25%"`, `"-52%"`, `"0%"` or `"1,7%"`.
 * Returns `null` for an empty cell and `undefined` for text that is not a
 * percentage at all.
 *
 * @example
 * parsePrintedPercent("+25%") //=> { value: 25, decimals: 0, signed: true, text: "+25%" }
 * parsePrintedPercent("") //=> null
 * parsePrintedPercent("n.b.") //=> undefined
 */
export function parsePrintedPercent(text: string): PrintedPercent | null | undefined {
  if (text.trim() === "") return null;
  const match = PRINTED_PERCENT.exec(text);
  if (!match) return undefined;
  const [, sign = "", whole = "0", fraction = ""] = match;
  const magnitude = Number(`${whole}.${fraction || "0"}`);
  return {
    value: sign === "-" || sign === "\u2212" ? -magnitude : magnitude,
    decimals: fraction.length,
    signed: sign !== "",
    text,
  };
}
