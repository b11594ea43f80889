// The schemas are written with zod's tree-shakable API (`zod/mini`, functions
// instead of methods): a browser bundle then holds only the checks the plan
// format uses (the whole library 73.9 kB -> 64.5 kB, .size-limit.json). Each
// function call here stands for the method of zod's classic API it replaces,
// one for one (`.optional()` is `z.optional(...)`, `.meta(...)` is `meta(...)`
// below), so the schemas and the JSON Schema are unchanged.
//
// zod/mini leaves the words of its own issues (a wrong type, a missing field)
// to a locale, and the model sets none: its browser bundle is 0.76 kB smaller
// without zod's English messages, and it never shows a zod message itself.
// `@ivp/plan-file`, which turns a plan's issues into ivp's messages, sets
// English (useZodEnglishMessages) where it has no words of its own; an
// application that shows a zod issue's message sets a locale:
// `z.config(en())` (zod's locales, `zod/v4/locales`). The messages written
// here (refine, the periods, the dates) are the model's own, in any case.

import * as z from "zod/mini";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriod } from "../period/parse-period.ts";

/**
 * A copy of a schema with metadata for its JSON Schema (a description,
 * examples): what `.meta()` of zod's classic API does.
 */
/* @__NO_SIDE_EFFECTS__ */
export function meta<T extends z.ZodMiniType>(schema: T, metadata: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, metadata);
  return copy;
}

/**
 * A refinement: what `refine(fn, params)` checks and reports (an issue with
 * code `custom`, the message and path of `params`), so the same message and
 * JSON Schema, written with `z.check`. `z.refine` makes each refinement a zod
 * schema of its own (`ZodMiniCustom`), whose classes only it used;
 * zod-formats.test.ts checks it against `z.refine`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function refine<T>(
  fn: (value: T) => boolean,
  params: { readonly message: string; readonly path?: PropertyKey[] },
): z.core.$ZodCheck<T> {
  const check: z.core.$ZodCheck<T> = z.check<T>((payload) => {
    if (!fn(payload.value)) {
      payload.issues.push({
        code: "custom",
        input: payload.value,
        inst: check,
        path: [...(params.path ?? [])],
        continue: true,
      });
    }
  }, params);
  return check;
}

/**
 * A date written YYYY-MM-DD, as `z.iso.date()` of zod 4.6 checks it: a text
 * that matches zod's date pattern (a real day of a real month, 29 February
 * only in a leap year), else the same issue as `z.iso.date()`'s, so the same
 * message ("Invalid ISO date") and the same JSON Schema (`format: date` and the
 * pattern, from the metadata). Written out because `z.iso.date()` is a zod
 * string format of its own, whose classes only it used (0.2 kB of a browser
 * bundle, min + brotli), and zod exports its patterns only as a namespace,
 * which a bundler keeps whole; zod-formats.test.ts checks the pattern and
 * the schema against `z.iso.date()` on many inputs.
 */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/* @__NO_SIDE_EFFECTS__ */
export function isoDateSchema(): z.ZodMiniString {
  return meta(
    z.string().check(
      z.check((payload) => {
        if (!ISO_DATE.test(payload.value)) {
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "date",
            input: payload.value,
            pattern: ISO_DATE.toString(),
            continue: true,
          });
        }
      }),
    ),
    { format: "date", pattern: ISO_DATE.source },
  );
}

/**
 * A URL, as `z.url()` of zod 4.6 checks it (`$ZodURL` without hostname,
 * protocol or normalize options): the text trimmed must be a URL the
 * platform's `URL` parses; the value is the trimmed text without tabs and line
 * breaks (which `URL` ignores); otherwise the same issue as `z.url()`'s, so
 * the same message ("Invalid URL") and the same JSON Schema (`format: uri`,
 * from the metadata). Written out because `z.url()` brings zod's URL class
 * with its hostname, protocol and normalising code (0.3 kB of a browser
 * bundle, min + brotli) for one field; zod-formats.test.ts checks it
 * against `z.url()` on many inputs.
 */
// The WHATWG URL class of browsers and Node (the model's types have neither).
declare const URL: new (url: string) => unknown;

export const urlSchema = meta(
  z.string().check(
    z.check((payload) => {
      const trimmed = payload.value.trim();
      try {
        new URL(trimmed);
        payload.value = trimmed.replace(/[\t\n\r]/g, "");
      } catch {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          continue: true,
        });
      }
    }),
  ),
  { format: "uri" },
);

/** An identifier: lower-case letters, digits and hyphens, as in `woninginbraken` or `tabel-1`. */
export const idSchema = meta(
  z.string().check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, {
      message: "an id uses lower-case letters, digits and hyphens, e.g. woninginbraken or tabel-1",
    }),
  ),
  {
    description: "Identifier: lower-case letters, digits and hyphens.",
    examples: ["tabel-1"],
  },
);

/** A reference to an area: its id, or a municipality's CBS code (`GM0417`). */
export const areaRefSchema = z.union([idSchema, z.string().check(z.regex(/^GM\d{4}$/))]);

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
  .check(z.trim())
  .check(z.minLength(1, { message: "must not be empty" }))
  .check(
    refine((text) => text.replace(INVISIBLE, "") !== "", {
      message: "must not be empty (it holds only white space or invisible characters)",
    }),
  );

/**
 * A period code such as `2017`, `2017-H1`, `2017-Q3`, `2017-10` or
 * `2018-01..2018-10`; a bare year may be a YAML number. Normalised to the
 * canonical code.
 */
export const periodCodeSchema = meta(
  z.pipe(
    z.union([z.int(), z.string()]),
    z.transform((value: number | string, ctx) => {
      const result = parsePeriod(value);
      if (!result.success) {
        // What `ctx.addIssue` of the classic API's transform adds (zod/mini's
        // transform has no addIssue); the message as data in `params`, for
        // the plan reader's messages in the reader's language.
        const { message, messageId, data } = result.error;
        ctx.issues.push({ code: "custom", message, input: value, params: { messageId, data } });
        return z.NEVER;
      }
      return formatPeriodCode(result.data);
    }),
  ),
  {
    description:
      "A period: a year (2017), half year (2017-H1), quarter (2017-Q3), month (2017-10) or months within one year (2018-01..2018-10).",
    examples: [2017, "2017-H1", "2018-01..2018-10"],
  },
);

/** A finite number. */
export const numberSchema = z
  .number()
  .check(refine(Number.isFinite, { message: "must be a finite number" }));

/** The unit an indicator or series is measured in. */
export const unitSchema = meta(
  z.enum(["count", "grade", "percentage", "rate-per-1000", "rate-per-10000", "rate-per-100000"]),
  {
    description:
      "count: a number of registrations; grade: a report grade 1-10; percentage: 0-100; rate-per-1000, rate-per-10000, rate-per-100000: per 1,000, 10,000 or 100,000 inhabitants (Halt referrals are published per 10,000 youths).",
  },
);

/** Which way is good. */
export const directionSchema = meta(z.enum(["lower-is-better", "higher-is-better"]), {
  description: "Whether a lower or a higher value is better.",
});

/** Where in the document a figure or text was printed. */
export const originSchema = meta(z.enum(["table", "text", "import", "other"]), {
  description:
    "Where the figure comes from: a table of the document, its running text, an import of open data, or elsewhere.",
});

/** How a computed value is rounded. */
export const roundingSchema = meta(
  z.enum(["half-away-from-zero", "half-even", "floor", "ceil", "trunc"]),
  { description: "Rounding mode, applied exactly (not in floating point)." },
);

/** How a value is rounded: a mode and a number of decimals (0-6). */
export const roundingRuleSchema = z.strictObject({
  mode: roundingSchema,
  decimals: z.int().check(z.gte(0)).check(z.lte(6)),
});
