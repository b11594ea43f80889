import { planSchema } from "@ivp/model";
import { MINIMAL_PLAN } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { globalRegistry } from "zod/mini";
import { describeZodIssues } from "../describe-zod-issue.ts";
import { parsePlanYaml } from "../parse-plan-yaml.ts";
import { useZodEnglishMessages } from "../zod-english.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import { planFileSay } from "./say.ts";

// The model's schemas write their rules and descriptions in English (the
// JSON Schema publishes the descriptions); the plan reader's catalogues give
// each an id and a text per language. These tests keep the English of en.ts
// equal to the model's words, so a rule or description the model adds or
// rewords fails here until the catalogues have it.

interface Def {
  readonly type: string;
  readonly checks?: readonly { _zod: { def: Def & { error?: (issue?: unknown) => unknown } } }[];
  readonly [key: string]: unknown;
}
type AnySchema = { readonly _zod: { readonly def: Def } };

/** Every schema reachable from `root`, each once. */
function schemasUnder(root: AnySchema): AnySchema[] {
  const seen = new Set<AnySchema>();
  const walk = (schema: unknown) => {
    if (!schema || typeof schema !== "object" || !("_zod" in schema)) return;
    const s = schema as AnySchema;
    if (seen.has(s)) return;
    seen.add(s);
    const def = s._zod.def;
    for (const key of [
      "element",
      "keyType",
      "valueType",
      "innerType",
      "in",
      "out",
      "left",
      "right",
    ])
      walk(def[key]);
    for (const option of (def.options as unknown[] | undefined) ?? []) walk(option);
    for (const field of Object.values((def.shape as Record<string, unknown> | undefined) ?? {}))
      walk(field);
  };
  walk(root);
  return [...seen];
}

const schemas = schemasUnder(planSchema as unknown as AnySchema);

/** The fixed messages of the schemas' checks (a regex, a refine with a message). */
function fixedRuleMessages(): Set<string> {
  const messages = new Set<string>();
  for (const schema of schemas)
    for (const check of schema._zod.def.checks ?? []) {
      const message = check._zod.def.error?.({});
      if (typeof message === "string") messages.add(message);
    }
  return messages;
}

const hasPlaceholder = (text: unknown) => typeof text !== "string" || /\{\w+\}/.test(text);

describe("the model's descriptions in the plan reader's catalogues", () => {
  it("are every description of the plan format, in the model's English words", () => {
    const described = new Set<string>();
    for (const schema of schemas) {
      const description = globalRegistry.get(schema as never)?.description;
      if (description) described.add(description);
    }
    expect(described.size).toBeGreaterThan(100);
    expect(new Set(Object.values(en.messages.descriptions))).toEqual(described);
  });

  it("have a Dutch text for every id", () => {
    expect(Object.keys(nl.messages.descriptions)).toEqual(Object.keys(en.messages.descriptions));
    const say = planFileSay("nl");
    expect(say("descriptions", "id")).toBe("Id: kleine letters, cijfers en streepjes.");
  });
});

describe("the model's rules in the plan reader's catalogues", () => {
  /** Plans that break a fixed rule of a refinement (whose messages the walk cannot see). */
  const refinements: Record<string, unknown>[] = [
    {
      observations: [
        { origin: "other", periods: [2017], values: { x: [1] }, interval: { lower: 1, upper: 2 } },
      ],
    },
    {
      observations: [
        { origin: "other", series: "x", period: 2017, value: 1, intervals: { x: [null] } },
      ],
    },
    { observations: [{ origin: "other", series: "x", period: 2017, value: 1, periods: [2017] }] },
    {
      observations: [
        { origin: "other", periods: [2017] },
        { origin: "other", values: { x: [1] } },
      ],
    },
    { observations: [{ origin: "table", series: "x", period: 2017, value: 1 }] },
    { observations: [{ origin: "text", series: "x", period: 2017, value: 1 }] },
    { tables: [{ id: "t", title: "T", rows: [] }] },
    {
      tables: [
        {
          id: "t",
          title: "T",
          columns: [{ id: "a", kind: "value", period: 2017, header: "2017" }],
          rolling: { last: 3 },
          rows: [],
        },
      ],
    },
    {
      indicators: [
        { id: "x", label: "X", unit: "count", targets: [{ kind: "relative", period: 2022 }] },
      ],
    },
  ];

  it("have every fixed rule of the plan format by the model's English words", () => {
    const fixed = Object.values(en.messages.rules).filter((text) => !hasPlaceholder(text));
    const refined = refinements.flatMap((fields) =>
      issuesOf(fields)
        .filter((i) => i.code === "custom" && i.params === undefined)
        .map((i) => i.message),
    );
    expect(new Set(fixed)).toEqual(new Set([...fixedRuleMessages(), ...refined]));
  });

  /** The zod issues of a plan with `fields` changed, with their params. */
  function issuesOf(fields: Record<string, unknown>) {
    // As parsePlanYaml does: zod's own words in English (zod-english.ts).
    useZodEnglishMessages();
    const parsed = planSchema.safeParse({ ...MINIMAL_PLAN, ...fields });
    if (parsed.success) throw new Error("the plan is valid");
    return parsed.error.issues as ((typeof parsed.error.issues)[number] & {
      params?: { messageId?: string; data?: Record<string, string | number> };
    })[];
  }

  const withValues: Record<string, Record<string, unknown>> = {
    "matrix-values-count": {
      observations: [{ origin: "other", periods: [2017, 2018], values: { x: [1] } }],
    },
    "matrix-intervals-no-values": {
      observations: [
        { origin: "other", periods: [2017], values: { x: [1] }, intervals: { y: [null] } },
      ],
    },
    "matrix-intervals-count": {
      observations: [
        {
          origin: "other",
          periods: [2017],
          values: { x: [1] },
          intervals: { x: [null, null] },
        },
      ],
    },
    "single-needs": { observations: [{ origin: "other", series: "x", period: 2017 }] },
    "target-needs-value": {
      indicators: [
        { id: "x", label: "X", unit: "count", targets: [{ kind: "maximum", period: 2022 }] },
      ],
    },
    "only-relative-change": {
      indicators: [
        {
          id: "x",
          label: "X",
          unit: "count",
          targets: [{ kind: "absolute", value: 3, change: -10, period: 2022 }],
        },
      ],
    },
    "average-different-lengths": {
      indicators: [
        {
          id: "x",
          label: "X",
          unit: "count",
          baseline: { average: { from: "2015-H1", to: 2017 } },
        },
      ],
    },
    "average-wrong-order": {
      indicators: [
        { id: "x", label: "X", unit: "count", baseline: { average: { from: 2017, to: 2015 } } },
      ],
    },
    "average-single-period": {
      indicators: [
        { id: "x", label: "X", unit: "count", baseline: { average: { from: 2017, to: 2017 } } },
      ],
    },
  };

  it("word a rule with values from the id and data in the issue's params, in English as the model does", () => {
    const withPlaceholders = Object.entries(en.messages.rules)
      .filter(([, text]) => hasPlaceholder(text))
      .map(([id]) => id);
    expect(Object.keys(withValues).sort()).toEqual(withPlaceholders.sort());
    for (const [id, fields] of Object.entries(withValues)) {
      const issue = issuesOf(fields).find((i) => i.params?.messageId === id);
      if (!issue?.params?.data) throw new Error(`no issue ${id}`);
      const say = planFileSay("en");
      expect([id, say("rules", id as "single-needs", issue.params.data)]).toEqual([
        id,
        issue.message,
      ]);
      const dutch = planFileSay("nl")("rules", id as "single-needs", issue.params.data);
      expect([id, dutch === issue.message]).toEqual([id, false]);
    }
  });

  it("are Dutch in the plan reader's problems with lang nl", () => {
    const described = (fields: Record<string, unknown>) =>
      describeZodIssues(planSchema, { ...MINIMAL_PLAN, ...fields }, issuesOf(fields), "nl");
    expect(described(withValues["average-wrong-order"] ?? {})).toEqual([
      {
        code: "invalid-value",
        path: ["indicators", 0, "baseline", "average", "to"],
        message:
          "de reeks loopt achteruit: to (2015) komt vóór from (2017); draai ze om (hier staat het getal 2015)",
      },
    ]);
    expect(described({ id: "Laren_X" })).toEqual([
      {
        code: "invalid-value",
        path: ["id"],
        message:
          'een id bestaat uit kleine letters, cijfers en streepjes, zoals woninginbraken of tabel-1 (hier staat de tekst "Laren_X")',
        expected: "Id: kleine letters, cijfers en streepjes.",
      },
    ]);
    expect(described({ municipality: { name: "Laren", code: "0417" } })[0]?.message).toBe(
      'een CBS-gemeentecode: GM en vier cijfers, zoals GM0417 (hier staat de tekst "0417")',
    );
    expect(described(withValues["matrix-values-count"] ?? {})[0]?.message).toBe(
      "heeft 1 waarde voor 2 perioden (hier staat een lijst)",
    );
  });

  it("word zod's own message for a date that is no date, which en.ts keeps as zod writes it", () => {
    const fields = { adoption: { by: "gemeenteraad", date: "30-01-2019" } };
    expect(issuesOf(fields)[0]?.message).toBe(en.messages.schema["invalid-date"]);
    const described = describeZodIssues(
      planSchema,
      { ...MINIMAL_PLAN, ...fields },
      issuesOf(fields),
      "nl",
    );
    expect(described).toEqual([
      {
        code: "invalid-value",
        path: ["adoption", "date"],
        message: 'geen geldige datum (hier staat de tekst "30-01-2019")',
        expected: "Datum van vaststelling (JJJJ-MM-DD).",
      },
    ]);
  });

  it("put file, line, column, field, message and expected in Dutch in a whole plan's problems", () => {
    const text = stringify({
      ...MINIMAL_PLAN,
      period: { start: 2022, end: 2019 },
      indicators: [
        {
          id: "x",
          label: "X",
          unit: "count",
          baseline: { average: { from: 2017, to: 2015 } },
        },
      ],
    });
    const result = parsePlanYaml(text, "plan.yaml", { lang: "nl" });
    if (result.success) throw new Error("the plan is valid");
    expect(
      result.issues.map((i) => [i.location?.line, i.location?.field, i.message, i.expected]),
    ).toEqual([
      [
        8,
        "period",
        "de planperiode eindigt voordat hij begint (hier staat een verzameling velden)",
        undefined,
      ],
      [
        18,
        "indicators[0].baseline.average.to",
        "de reeks loopt achteruit: to (2015) komt vóór from (2017); draai ze om (hier staat het getal 2015)",
        undefined,
      ],
    ]);
    const english = parsePlanYaml(text, "plan.yaml");
    if (english.success) throw new Error("the plan is valid");
    expect(english.issues.map((i) => i.message)).toEqual([
      "the plan period ends before it starts (got a mapping of fields)",
      "the range runs backwards: to (2015) comes before from (2017); swap them (got the number 2015)",
    ]);
  });
});
