import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ivp } from "./run-ivp.ts";

/**
 * A rate the plan does not type (issue 13): Blaricum and Eemnes as in the
 * examples (the StatLine export of 2022-2023 and the inhabitants of
 * examples/blaricum/bronnen), plus a series "misdrijven per 1.000 inwoners"
 * that declares its count and population, an indicator and a table row for
 * it. ivp computes the rate where both figures exist and says where one is
 * missing: Blaricum 2022 has 363 crimes and 12 358 inhabitants (29.4 per
 * 1,000); Blaricum 2023 (347) and Eemnes 2022-2023 (233, 264) have no
 * inhabitants figure.
 */
let dir = "";
let remove = async () => {};
let blaricum = "";
let eemnes = "";

const RATE_SERIES =
  "  - { id: misdrijven-per-1000, label: Misdrijven per 1.000 inwoners, unit: rate-per-1000, rate: { count: misdrijven-totaal, population: inwoners } }\n";
const RATE_INDICATOR =
  "  - { id: misdrijven-per-1000, label: Misdrijven per 1.000 inwoners, unit: rate-per-1000, direction: lower-is-better, source: politie }\n";

/** A copy of an example with the rate series, its indicator and a row in the police table. */
function withRate(example: "blaricum" | "eemnes"): string {
  const target = join(dir, example);
  cpSync(join(REPO_ROOT, "examples", example), target, { recursive: true });
  const file = join(target, "plan.yaml");
  const plan = readFileSync(file, "utf8")
    .replace(
      "  - { id: inwoners, label: Inwoners op 1 januari }\n",
      (line) => `${line}${RATE_SERIES}`,
    )
    .replace(
      /( {2}- \{ id: winkeldiefstal, label: Winkeldiefstal, unit: count.*\n)/,
      `$1${RATE_INDICATOR}`,
    )
    .replace(
      "      - { series: winkeldiefstal }\n",
      (line) => `${line}      - { series: misdrijven-per-1000 }\n`,
    );
  expect(plan).toContain(RATE_SERIES);
  expect(plan).toContain(RATE_INDICATOR);
  expect(plan).toContain("{ series: misdrijven-per-1000 }");
  writeFileSync(file, plan);
  return target;
}

beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory());
  blaricum = withRate("blaricum");
  eemnes = withRate("eemnes");
});
afterAll(() => remove());

describe("a rate computed from count and population (built CLI)", () => {
  it("ivp status shows 2022's computed rate and says how, and why 2023 has none", () => {
    const run = ivp(["status", blaricum, "--no-cache"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const row = run.stdout.split("\n").find((line) => line.startsWith("misdrijven-per-1000"));
    expect(row).toMatch(/^misdrijven-per-1000\s+-\s+-\s+29,4 \(2022\)/);
    // 363 x 1000 / 12358 = 29.3737..., printed to one decimal.
    expect(run.stdout).toContain(
      "misdrijven-per-1000: berekend als misdrijven-totaal x 1.000 / inwoners: 2022: 363 x 1.000 / 12.358 = 29,4; geen cijfer voor 2023: wel misdrijven-totaal (347), geen inwoners.",
    );
  });

  it("ivp status --format json: the value unrounded, derived by the rule rate, with both inputs", () => {
    const run = ivp(["status", blaricum, "--format", "json", "--no-cache"]);
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout);
    const rate = status.indicators.find((i: { id: string }) => i.id === "misdrijven-per-1000");
    expect(rate.latest).toEqual({ period: "2022", value: 363_000 / 12358, derivation: "rate" });
    expect(rate.rate).toEqual({
      count: "misdrijven-totaal",
      population: "inwoners",
      per: 1000,
      periods: [
        {
          period: "2022",
          value: 363_000 / 12358,
          status: "computed",
          count: { period: "2022", value: 363 },
          population: { period: "2022", value: 12358 },
        },
        {
          period: "2023",
          value: null,
          status: "no-population",
          count: { period: "2023", value: 347 },
          population: null,
        },
      ],
    });
    // An indicator that is no rate has none.
    expect(status.indicators[0].rate).toBeNull();
  });

  it("ivp status --format csv writes the computed rate with one decimal", () => {
    const run = ivp(["status", blaricum, "--format", "csv", "--lang", "en", "--no-cache"]);
    const row = run.stdout.split("\r\n").find((line) => line.startsWith("misdrijven-per-1000,"));
    expect(row?.split(",").slice(7, 9)).toEqual(["2022", "29.4"]);
  });

  it("ivp table shows the computed rate in the rolling police table, and no guess for 2023", () => {
    const run = ivp(["table", blaricum, "politiecijfers", "--no-cache"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")).toContain("Misdrijven per 1.000 inwoners\t29,4\t\t");
    const json = JSON.parse(ivp(["table", blaricum, "politiecijfers", "--format", "json"]).stdout);
    const row = json.rows.find((r: { series: string }) => r.series === "misdrijven-per-1000");
    expect(row.cells["2022"]).toEqual({
      kind: "value",
      text: "29,4",
      value: 363_000 / 12358,
      derivation: "rate",
      rateInputs: {
        count: { period: "2022", value: 363 },
        population: { period: "2022", value: 12358 },
      },
    });
    expect(row.cells["2023"]).toMatchObject({
      value: null,
      derivation: "missing",
      rateInputs: { count: { period: "2023", value: 347 }, population: null },
    });
  });

  it("ivp compare shows the computed rates and, per municipality and year, what is missing", () => {
    const run = ivp(["compare", blaricum, eemnes, "--indicator", "misdrijven-per-1000"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "Misdrijven per 1.000 inwoners (misdrijven-per-1000)",
        "periode  Blaricum  Eemnes",
        "2022         29,4       .",
        "2023            .       .",
        "",
        "Misdrijven per 1.000 inwoners: berekend als aantal x 1.000 / inwoners, waar het plan het cijfer niet zelf geeft",
        "  Blaricum 2022: 363 x 1.000 / 12.358 = 29,4",
        "  Eemnes 2022: geen cijfer: wel het aantal (233), geen inwoners",
        "  Blaricum 2023: geen cijfer: wel het aantal (347), geen inwoners",
        "  Eemnes 2023: geen cijfer: wel het aantal (264), geen inwoners",
        "",
      ].join("\n"),
    );
    const csv = ivp([
      "compare",
      blaricum,
      eemnes,
      "--indicator",
      "misdrijven-per-1000",
      "--format",
      "csv",
    ]);
    // The gap column says why a cell is empty.
    expect(csv.stdout).toContain(";GM0317;Eemnes;;missing;");
    expect(csv.stdout).toMatch(/;GM0317;Eemnes;;missing;[^\r]*;no-population\r\n/);
  });

  it("ivp report says how the rate was computed", () => {
    const run = ivp(["report", blaricum, "--format", "md", "--lang", "en", "--no-cache"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "- **Computed:** computed as misdrijven-totaal x 1,000 / inwoners: 2022: 363 x 1,000 / 12,358 = 29.4; no figure for 2023: misdrijven-totaal (347), but no inwoners.",
    );
  });
});
