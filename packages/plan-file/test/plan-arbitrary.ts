/**
 * fast-check arbitraries of valid plans, following the shape of the plan
 * schema: the required fields, sources, series, indicators with baselines and
 * targets of every kind, figure tables, indicator tables and data files, with
 * ids that refer to each other and text of any kind (quotes, colons, `#`,
 * emoji, line breaks).
 */
import fc from "fast-check";

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const uniqueIds = (min: number, max: number) =>
  fc.uniqueArray(id, { minLength: min, maxLength: max });

/**
 * Text the schema takes as non-empty: something besides white space and
 * invisible characters (the schema's rule; a Hangul filler or a zero-width
 * space alone is empty text, and fast-check does generate them).
 */
export const text = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .filter((s) => s.replace(/[\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu, "") !== "");

const year = fc.integer({ min: 1990, max: 2030 });

/** A period in each notation the plan format accepts. */
export const period = fc.oneof(
  year,
  year.map(String),
  fc.tuple(year, fc.constantFrom(1, 2)).map(([y, h]) => `${y}-H${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, a, b]) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      return `${y}-${String(from).padStart(2, "0")}..${y}-${String(to).padStart(2, "0")}`;
    }),
);

const value = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

const target = fc.oneof(
  fc.record({
    kind: fc.constantFrom("absolute", "maximum", "minimum"),
    value,
    period,
  }),
  fc.record(
    { kind: fc.constant("relative"), change: value, value, period, asPrinted: text },
    { requiredKeys: ["kind", "change", "period"] },
  ),
  fc.record({ kind: fc.constant("keep-level"), period }),
);

/** A valid plan as data (before the schema fills in defaults). */
export const planData = fc
  .record({
    planId: id,
    title: text,
    mission: text,
    name: text,
    code: fc.integer({ min: 0, max: 9999 }).map((n) => `GM${String(n).padStart(4, "0")}`),
    start: fc.integer({ min: 1990, max: 2030 }),
    length: fc.integer({ min: 0, max: 8 }),
    language: fc.option(fc.constantFrom("nl", "en"), { nil: undefined }),
    sourceIds: uniqueIds(0, 3),
    seriesIds: uniqueIds(1, 5),
    indicatorIds: uniqueIds(0, 4),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      sources: fc.tuple(
        ...base.sourceIds.map((sourceId) =>
          fc.record({
            id: fc.constant(sourceId),
            name: text,
            kind: fc.constantFrom(
              "police-registration",
              "survey",
              "municipal-registration",
              "open-data",
              "other",
            ),
          }),
        ),
      ),
      series: fc.tuple(
        ...base.seriesIds.map((seriesId) =>
          fc.record(
            {
              id: fc.constant(seriesId),
              label: text,
              unit: fc.constantFrom("count", "grade", "percentage", "rate-per-1000"),
              codes: fc.record({ police: fc.stringMatching(/^\d\.\d\.\d$/) }),
            },
            { requiredKeys: ["id", "label"] },
          ),
        ),
      ),
      indicators: fc.tuple(
        ...base.indicatorIds.map((indicatorId) =>
          fc.record(
            {
              id: fc.constant(indicatorId),
              label: text,
              unit: fc.constantFrom("count", "grade", "percentage", "rate-per-1000"),
              direction: fc.constantFrom("lower-is-better", "higher-is-better"),
              ...(base.sourceIds.length > 0 && { source: fc.constantFrom(...base.sourceIds) }),
              series: fc.constantFrom(...base.seriesIds),
              baseline: fc.record({ value, period }),
              targets: fc.array(target, { maxLength: 2 }),
              description: text,
            },
            { requiredKeys: ["id", "label", "unit"] },
          ),
        ),
      ),
      tables: fc.uniqueArray(
        fc.record({
          id,
          title: text,
          columns: fc.uniqueArray(
            fc.oneof(
              fc.record({ id, kind: fc.constant("value"), period }),
              fc.record({ id, kind: fc.constant("change"), from: year, to: year }),
            ),
            { minLength: 1, maxLength: 3, selector: (c) => c.id },
          ),
          rows: fc.array(
            fc.record(
              { series: fc.constantFrom(...base.seriesIds), label: text },
              { requiredKeys: ["series"] },
            ),
            { minLength: 1, maxLength: 3 },
          ),
        }),
        { maxLength: 2, selector: (t) => t.id },
      ),
      data: fc.uniqueArray(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).map((name) => `data/${name}.csv`),
        { maxLength: 2 },
      ),
    }),
  )
  .map(({ base, sources, series, indicators, tables, data }) => {
    const plan: Record<string, unknown> = {
      schemaVersion: 1,
      id: base.planId,
      title: base.title,
      municipality: { name: base.name, code: base.code },
      period: { start: base.start, end: base.start + base.length },
      mission: base.mission,
      ...(base.language && { language: base.language }),
    };
    // Leave out empty lists as often as a person would.
    if (sources.length > 0) plan.sources = sources;
    plan.series = series;
    if (indicators.length > 0) plan.indicators = indicators;
    if (indicators.length > 0 && indicators.length % 2 === 0) {
      plan.priorities = [
        { id: "prioriteit", title: base.title, indicators: indicators.map((i) => i.id) },
      ];
    }
    if (tables.length > 0) plan.tables = tables;
    if (data.length > 0) plan.data = data;
    return plan;
  });
