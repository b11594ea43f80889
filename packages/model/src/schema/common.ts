import * as z from "zod";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriod } from "../period/parse-period.ts";

/** An identifier: lower-case letters, digits and hyphens, as in `woninginbraken` or `tabel-1`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: "an id uses lower-case letters, digits and hyphens, e.g. woninginbraken or tabel-1",
  })
  .meta({
    description: "Identifier: lower-case letters, digits and hyphens.",
    examples: ["tabel-1"],
  });

/**
 * White space and invisible characters (zero-width space, word joiner, soft
 * hyphen, byte-order mark, ...): Unicode's White_Space and
 * Default_Ignorable_Code_Point properties.
 */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Text that must not be empty: white space is trimmed, and text of nothing but
 * white space and invisible characters (a zero-width space) is empty too.
 */
export const textSchema = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .refine((text) => text.replace(INVISIBLE, "") !== "", {
    message: "must not be empty (it holds only white space or invisible characters)",
  });

/**
 * A period code such as `2017`, `2017-H1`, `2017-Q3`, `2017-10` or
 * `2018-01..2018-10`; a bare year may be a YAML number. Normalised to the
 * canonical code.
 */
export const periodCodeSchema = z
  .union([z.int(), z.string()])
  .transform((value, ctx) => {
    const result = parsePeriod(value);
    if (!result.success) {
      ctx.addIssue({ code: "custom", message: result.error.message, input: value });
      return z.NEVER;
    }
    return formatPeriodCode(result.data);
  })
  .meta({
    description:
      "A period: a year (2017), half year (2017-H1), quarter (2017-Q3), month (2017-10) or months within one year (2018-01..2018-10).",
    examples: [2017, "2017-H1", "2018-01..2018-10"],
  });

/** A finite number. */
export const numberSchema = z
  .number()
  .refine(Number.isFinite, { message: "must be a finite number" });

/** The unit an indicator or series is measured in. */
export const unitSchema = z
  .enum(["count", "grade", "percentage", "rate-per-1000", "rate-per-10000", "rate-per-100000"])
  .meta({
    description:
      "count: a number of registrations; grade: a report grade 1-10; percentage: 0-100; rate-per-1000, rate-per-10000, rate-per-100000: per 1,000, 10,000 or 100,000 inhabitants (Halt referrals are published per 10,000 youths).",
  });

/** Which way is good. */
export const directionSchema = z
  .enum(["lower-is-better", "higher-is-better"])
  .meta({ description: "Whether a lower or a higher value is better." });

/** Where in the document a figure or text was printed. */
export const originSchema = z.enum(["table", "text", "import", "other"]).meta({
  description:
    "Where the figure comes from: a table of the document, its running text, an import of open data, or elsewhere.",
});

/** How a computed value is rounded. */
export const roundingSchema = z
  .enum(["half-away-from-zero", "half-even", "floor", "ceil", "trunc"])
  .meta({ description: "Rounding mode, applied exactly (not in floating point)." });
