import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IndicatorStatusJson, StatusJson } from "@ivp/report";
import { LAREN_DIR } from "@ivp/testkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, runCli } from "./run-cli.ts";
import { checkVerdictByHand, checkVerdictsByHand } from "./verdict-by-hand.ts";

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error(`build the CLI first (pnpm turbo run build): ${CLI} is missing`);
});

function statusJson(args: readonly string[]): StatusJson {
  const result = runCli(["status", ...args, "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as StatusJson;
}

function line(output: string, indicator: string): string {
  const found = output.split("\n").find((l) => l.startsWith(`${indicator} `));
  if (!found) throw new Error(`no line for ${indicator}`);
  return found.replace(/ {2,}/g, " | ");
}

// ---------------------------------------------------------------------------
// An independent recomputation of every status from the printed components.
// Deliberately written without @ivp/model: plain arithmetic on the JSON.
// ---------------------------------------------------------------------------

const year = (period: string) => Number(period.slice(0, 4));

/** The two-sided exact p-value for x1 vs x2 over equal periods, with BigInt: sum of C(n, i) <= C(n, x1), over 2^n. */
function exactPValue(x1: number, x2: number): number {
  const n = x1 + x2;
  const choose: bigint[] = [1n];
  for (let i = 1; i <= n; i++)
    choose.push(((choose[i - 1] as bigint) * BigInt(n - i + 1)) / BigInt(i));
  const observed = choose[x1] as bigint;
  const sum = choose.filter((c) => c <= observed).reduce((a, b) => a + b, 0n);
  return Math.min(1, Number((sum * 10n ** 18n) / 2n ** BigInt(n)) / 1e18);
}

/** A whole percent, rounded half away from zero, from integers only. */
function wholePercent(from: number, to: number): number {
  const num = BigInt(Math.round((to - from) * 1000)) * 100n;
  const den = BigInt(Math.round(Math.abs(from) * 1000));
  const magnitude = num < 0n ? -num : num;
  const rounded = magnitude / den + (2n * (magnitude % den) >= den ? 1n : 0n);
  return Number(num < 0n ? -rounded : rounded);
}

function recomputeReason(i: IndicatorStatusJson): string | null {
  if (!i.target || i.target.value === null) return "no-target";
  if (!i.baseline) return "no-baseline";
  if (!i.direction) return "no-direction";
  if (i.warnings.some((w) => w.code === "target-against-direction")) return "inconsistent-target";
  if (year(i.target.period) <= year(i.baseline.period)) return "target-not-after-baseline";
  if (!i.latest) return "no-observations";
  if (year(i.latest.period) <= year(i.baseline.period)) return "no-later-measurement";
  if (!i.comparison) return "incomparable-periods";
  // A figure without a margin (no interval, no declared tolerance) gets no verdict.
  if (i.unit !== "count" && i.verdict === null) return "no-margin";
  return null;
}

function recompute(i: IndicatorStatusJson): void {
  const reason = recomputeReason(i);
  expect(i.status.notAssessable).toBe(reason);
  expect(i.status.effective).toBe(i.status.override?.status ?? i.status.automatic);
  if (reason !== null) {
    expect(i.status.automatic).toBe("not-assessable");
    expect(i.verdict).toBeNull();
    if (reason !== "no-margin") expect(i.progress).toBeNull();
    return;
  }
  const c = i.comparison as NonNullable<IndicatorStatusJson["comparison"]>;
  const baseline = i.baseline as NonNullable<IndicatorStatusJson["baseline"]>;
  const target = i.target as NonNullable<IndicatorStatusJson["target"]>;
  const latest = i.latest as NonNullable<IndicatorStatusJson["latest"]>;
  const p = i.progress as NonNullable<IndicatorStatusJson["progress"]>;

  // The comparison's scale, from the plan's figures.
  expect(c.to).toEqual(latest);
  if (c.method === "same-period") {
    expect([c.baseline, c.target, c.current]).toEqual([baseline.value, target.value, latest.value]);
  } else if (c.method === "same-months") {
    const scale = c.from.value / baseline.value;
    expect(c.scale).toBeCloseTo(scale, 12);
    expect(c.baseline).toBe(c.from.value);
    expect(c.target).toBeCloseTo((target.value as number) * scale, 10);
    expect(c.current).toBe(latest.value);
  } else {
    const pr = c.projection as NonNullable<typeof c.projection>;
    const share =
      pr.shares.reduce((s, h) => s + h.partial, 0) / pr.shares.reduce((s, h) => s + h.full, 0);
    expect(pr.share).toBeCloseTo(share, 12);
    expect(c.current).toBeCloseTo(latest.value / share, 10);
    expect([c.baseline, c.target]).toEqual([baseline.value, target.value]);
  }

  // Years, target achieved, fraction of the way, the straight line.
  const elapsed = year(latest.period) - year(baseline.period);
  const total = year(target.period) - year(baseline.period);
  expect([p.elapsedYears, p.totalYears]).toEqual([elapsed, total]);
  const cur = c.current;
  const base = c.baseline;
  const goal = c.target as number;
  const asGood = (a: number, b: number) =>
    target.bound === "at-most"
      ? a <= b
      : target.bound === "at-least"
        ? a >= b
        : i.direction === "lower-is-better"
          ? a <= b
          : a >= b;
  expect(p.targetAchieved).toBe(asGood(cur, goal));
  if (goal === base) expect(p.fractionOfWay).toBeNull();
  else expect(p.fractionOfWay).toBeCloseTo((cur - base) / (goal - base), 12);
  const expected = base + (goal - base) * Math.min(1, elapsed / total);
  expect(p.expected).toBeCloseTo(expected, 10);
  expect(p.onTrack).toBe(asGood(cur, expected));

  // The Open SDG ratio and the status.
  const sign = i.direction === "higher-is-better" ? 1 : -1;
  let ratio: number | null = null;
  if (goal !== base) {
    const growth = base > 0 && goal > 0 && cur >= 0;
    expect(p.ratio.method).toBe(growth ? "cagr" : "absolute");
    const observed = growth ? (cur / base) ** (1 / elapsed) - 1 : (cur - base) / elapsed;
    const required = growth ? (goal / base) ** (1 / total) - 1 : (goal - base) / total;
    ratio = (sign * observed) / Math.abs(required);
    expect(p.ratio.value).toBeCloseTo(ratio, 10);
  } else {
    expect(p.ratio.method).toBe("no-change-required");
  }
  // The verdict, from its components.
  checkVerdictByHand(i);
}

function recomputeChange(i: IndicatorStatusJson): void {
  const c = i.comparison;
  if (!c || !i.change) return;
  expect(i.change.from).toBe(c.from.value);
  expect(i.change.to).toBe(c.method === "projection" ? c.current : c.to.value);
  if (i.unit === "percentage" || i.unit === "grade") {
    // Procentpunten or points: the difference, exact in decimals (7.6 - 7.9 is -0.3).
    expect(i.change.unit).toBe(i.unit === "grade" ? "points" : "percentage-points");
    expect(i.change.percent).toBeNull();
    expect(i.change.difference).toBeCloseTo(i.change.to - i.change.from, 12);
  } else if (c.method !== "projection") {
    expect(i.change.unit).toBe("percent");
    expect(i.change.percent).toBe(wholePercent(c.from.value, c.to.value));
  }
  const s = i.significance;
  if (s?.test === "poisson-exact" && s.counts) {
    expect(s.counts.later).toBe(c.to.value);
    expect(s.distinguishableFromChance).toBe((s.pValue as number) < 0.05);
    if (s.counts.exposureLater === s.counts.exposureEarlier) {
      expect(s.counts.earlier).toBe(c.from.value);
      expect(s.pValue).toBeCloseTo(exactPValue(s.counts.later, s.counts.earlier), 12);
      expect(s.rateRatio).toBeCloseTo(s.counts.later / s.counts.earlier, 12);
    }
  }
}

/**
 * The change since the previous comparable period, recomputed: the same
 * months one or more years earlier (the latest such period with a figure),
 * the document's percentage rule or the difference, and the exact test.
 */
function recomputePreviousChange(i: IndicatorStatusJson): void {
  const p = i.previousChange;
  if (!p) return;
  expect(p.to).toEqual(i.latest);
  expect(year(p.from.period)).toBeLessThan(year(p.to.period));
  // The same months: the period codes differ only in their years.
  expect(p.from.period.replaceAll(String(year(p.from.period)), "Y")).toBe(
    p.to.period.replaceAll(String(year(p.to.period)), "Y"),
  );
  expect([p.change.from, p.change.to]).toEqual([p.from.value, p.to.value]);
  if (i.unit === "percentage" || i.unit === "grade") {
    expect(p.change.percent).toBeNull();
    expect(p.change.difference).toBeCloseTo(p.to.value - p.from.value, 12);
  } else if (p.from.value !== 0) {
    expect(p.change.percent).toBe(wholePercent(p.from.value, p.to.value));
  }
  const s = p.significance;
  if (s.test === "poisson-exact" && s.counts) {
    expect([s.counts.later, s.counts.earlier]).toEqual([p.to.value, p.from.value]);
    expect(s.pValue).toBeCloseTo(exactPValue(p.to.value, p.from.value), 12);
  }
}

describe("ivp status on Laren's plan as printed", () => {
  it("prints one line per indicator in Dutch: baseline, target, latest, change, way, status, significance", () => {
    const result = runCli(["status", LAREN_DIR]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n").slice(0, 4)).toEqual([
      "Voortgang: Integraal Veiligheidsplan Gemeente Laren 2019-2022",
      "Peilmoment: de laatste cijfers per indicator",
      "",
      expect.stringMatching(
        /^indicator +basis +doel +laatste +verandering +t\.o\.v\. vorige periode +deel v\.d\. weg +status +significantie$/,
      ),
    ]);
    expect(line(result.stdout, "woninginbraken")).toMatchInlineSnapshot(
      `"woninginbraken | 79 (2017) | 60 (2021) | 46 (jan-okt 2018) | -34% t.o.v. 70 (jan-okt 2017) | = verandering | meer dan de hele weg | voor op schema | p = 0,032 (gecorrigeerd p = 0,048): significant"`,
    );
    expect(line(result.stdout, "woninginbraak-geslaagd")).toMatchInlineSnapshot(
      `"woninginbraak-geslaagd | 59 (2017) | - | 19 (jan-jun 2018) | -57% t.o.v. 44 (jan-jun 2017) | = verandering | - | niet te beoordelen: geen doel | p = 0,0022: significant"`,
    );
    expect(line(result.stdout, "geweld")).toMatchInlineSnapshot(
      `"geweld | 23 (2017) | 20 (2021) | 20 (jan-okt 2018) | +43% t.o.v. 14 (jan-okt 2017) | = verandering | van het doel af | niet te onderscheiden | p = 0,39: niet te onderscheiden van toeval"`,
    );
    expect(line(result.stdout, "rapportcijfer-veiligheid")).toMatchInlineSnapshot(
      `"rapportcijfer-veiligheid | 7,5 (2017) | 7,6 (2021) | 7,3 (2017) | - | 0,0 punt t.o.v. 7,3 (2013); geen toets: geen marges | - | niet te beoordelen: geen latere meting | -"`,
    );
    expect(line(result.stdout, "overlast-jongeren")).toMatchInlineSnapshot(
      `"overlast-jongeren | 1,7% (2017) | max. 1,7% (2021) | 1,7% (2017) | - | -1,3 procentpunt t.o.v. 3% (2014); geen toets: geen marges | - | niet te beoordelen: geen latere meting | -"`,
    );
    expect(line(result.stdout, "bibob-nieuwe-ondernemingen")).toMatchInlineSnapshot(
      `"bibob-nieuwe-ondernemingen | - | 100% (2021) | - | - | - | - | niet te beoordelen: geen basiswaarde | -"`,
    );
    expect(result.stdout).toContain(
      "woninginbraken: jan-okt 2018 vergeleken met dezelfde maanden van het basisjaar (jan-okt 2017: 70); het doel omgerekend naar dezelfde maanden: 60 x 70 / 79 = 53,2.",
    );
    expect(result.stdout).toContain(
      "de basiswaarde 7,5 wijkt af van het cijfer 7,3 dat voor 2017 is vastgelegd.",
    );
  });

  it("as of the first half of 2018, in English", () => {
    const result = runCli(["status", LAREN_DIR, "--as-of", "2018-H1", "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("As of: figures up to and including Jan-Jun 2018");
    expect(line(result.stdout, "woninginbraken")).toMatchInlineSnapshot(
      `"woninginbraken | 79 (2017) | 60 (2021) | 26 (Jan-Jun 2018) | -52% vs 54 (Jan-Jun 2017) | = change | more than the whole way | ahead of schedule | p = 0.0023 (corrected p = 0.0035): significant"`,
    );
  });

  it("JSON: every indicator's status recomputed by hand from the printed components", () => {
    for (const asOf of [[], ["--as-of", "2018-H1"], ["--as-of", "2017"]]) {
      const json = statusJson([LAREN_DIR, ...asOf]);
      expect(json).toMatchObject({
        format: "ivp-status",
        version: 2,
        alpha: 0.05,
        thresholds: { substantial: 0.95, moderate: 0.6 },
      });
      expect(json.indicators).toHaveLength(16);
      for (const indicator of json.indicators) {
        recompute(indicator);
        recomputeChange(indicator);
        recomputePreviousChange(indicator);
      }
      checkVerdictsByHand(json);
    }
  });

  it("JSON: the statuses Laren gets as of the latest figures in the document", () => {
    const json = statusJson([LAREN_DIR]);
    expect(
      Object.fromEntries(
        json.indicators.map((i) => [
          i.id,
          [i.status.effective, i.latest?.period ?? null, i.comparison?.method ?? null],
        ]),
      ),
    ).toEqual({
      woninginbraken: ["ahead", "2018-01..2018-10", "same-months"],
      "woninginbraak-pogingen": ["not-assessable", "2018-H1", "same-months"],
      "woninginbraak-geslaagd": ["not-assessable", "2018-H1", "same-months"],
      autokraak: ["ahead", "2018-01..2018-10", "same-months"],
      geweld: ["indistinguishable", "2018-01..2018-10", "same-months"],
      "verwarde-personen": ["not-assessable", null, null],
      "rapportcijfer-veiligheid": ["not-assessable", "2017", null],
      "rapportcijfer-leefbaarheid": ["not-assessable", "2017", null],
      "overlast-dronken": ["not-assessable", null, null],
      "overlast-drugs": ["not-assessable", null, null],
      "overlast-buurtbewoners": ["not-assessable", null, null],
      "overlast-lastigvallen": ["not-assessable", null, null],
      "overlast-jongeren": ["not-assessable", "2017", null],
      "bibob-nieuwe-ondernemingen": ["not-assessable", null, null],
      "bibob-bestaande-horeca": ["not-assessable", null, null],
      "bestuurlijk-optreden-drugs": ["not-assessable", null, null],
    });
    const survey = json.indicators.find((i) => i.id === "overlast-jongeren");
    expect(survey?.status).toMatchObject({
      notAssessable: "no-later-measurement",
      text: "niet te beoordelen: geen latere meting",
    });
  });
});

describe("ivp status with later observations in a data file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ivp-status-"));
    copyFileSync(join(LAREN_DIR, "plan.yaml"), join(dir, "plan.yaml"));
    writeFileSync(
      join(dir, "plan.yaml"),
      `${readFileSync(join(dir, "plan.yaml"), "utf8")}\ndata:\n  - later.csv\n`,
    );
    writeFileSync(
      join(dir, "later.csv"),
      [
        "series,period,value,source,lower,upper",
        "woninginbraken,2019,55,bvh,,",
        "woninginbraak-pogingen,2019,15,bvh,,",
        "woninginbraak-geslaagd,2019,40,bvh,,",
        "autokraak,2019,70,bvh,,",
        "geweld,2019,24,bvh,,",
        "verwarde-personen,2015-H1,20,bvh,,",
        "verwarde-personen,2015,41,bvh,,",
        "verwarde-personen,2016-H1,25,bvh,,",
        "verwarde-personen,2016,47,bvh,,",
        "verwarde-personen,2019-H1,18,bvh,,",
        "rapportcijfer-leefbaarheid,2017,7.9,veiligheidsmonitor,7.8,8.0",
        "rapportcijfer-leefbaarheid,2019,7.6,veiligheidsmonitor,7.5,7.7",
        "rapportcijfer-veiligheid,2019,7.6,veiligheidsmonitor,7.4,7.8",
        "",
      ].join("\n"),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("follows the later figures: full years compared with the full baseline year", () => {
    const json = statusJson([dir]);
    const get = (id: string) => json.indicators.find((i) => i.id === id) as IndicatorStatusJson;
    expect(get("woninginbraken")).toMatchObject({
      latest: { period: "2019", value: 55 },
      comparison: { method: "same-period", from: { period: "2017", value: 79 } },
      change: { percent: -30 },
      // 55 (41.4-71.6) holds the line at 69.5 in 2019; 79 -> 55 has p = 0.047, 0.17 after the
      // correction for 11 tests: not distinguishable, and not "achieved" before 2021.
      status: { effective: "indistinguishable" },
    });
    // Autokraak 2013-2017 (109, 88, 63, 85, 65) varies 4.3 times as much as Poisson
    // (exactly 1424 / 82 / 4; R: summary(glm(y ~ 1, family = quasipoisson))$dispersion = 4.3414635),
    // so its margin widens.
    expect(get("autokraak").verdict).toMatchObject({
      dispersion: { periods: ["2013", "2014", "2015", "2016", "2017"] },
      versusBenchmark: { method: "quasi-poisson" },
      status: "indistinguishable",
    });
    expect(get("autokraak").verdict?.dispersion?.used).toBeCloseTo(4.341463415, 8);
    expect(get("autokraak").significance).toMatchObject({ test: "quasi-poisson" });
    expect(get("geweld").status.effective).toBe("indistinguishable");
    expect(get("rapportcijfer-veiligheid").status.effective).toBe("indistinguishable");
    // 7.9 -> 7.6 with margins of +-0.1: worse than the baseline beyond chance; -0,3 punt.
    expect(get("rapportcijfer-leefbaarheid")).toMatchObject({
      status: { effective: "worse" },
      change: { unit: "points", difference: -0.3, percent: null },
      significance: { test: "survey-intervals", distinguishableFromChance: true },
    });
    expect(get("verwarde-personen")).toMatchObject({
      latest: { period: "2019-H1", value: 18 },
      comparison: { method: "projection", projection: { share: 45 / 88 } },
      status: { effective: "indistinguishable" },
    });
    // The projection's interval with its stated coverage, around the projected 35.2.
    const interval = get("verwarde-personen").comparison?.projection?.interval;
    expect(interval).toMatchObject({ coverage: 0.95 });
    expect(interval?.lower).toBeLessThan(35.2);
    if (interval?.upper != null) expect(interval.upper).toBeGreaterThan(35.2);
    for (const indicator of json.indicators) {
      recompute(indicator);
      recomputeChange(indicator);
      recomputePreviousChange(indicator);
    }
    checkVerdictsByHand(json);
  });

  it("prints grades in points, the verdict's margin, the trend and the correction in the text", () => {
    const result = runCli(["status", dir]);
    expect(result.code).toBe(0);
    expect(line(result.stdout, "rapportcijfer-leefbaarheid")).toContain(
      "-0,3 punt t.o.v. 7,9 (2017) | = verandering | - | verslechterd | p < 0,001: significant",
    );
    expect(result.stdout).toContain(
      "woninginbraken: oordeel: 55 (95%-marge 41,4 tot 71,6) tegen de lijn naar het doel 69,5: niet te onderscheiden.",
    );
    expect(result.stdout).toContain(
      "autokraak: oordeel: 70 (95%-marge 40,1 tot 113,5, verbreed voor overdispersie phi = 4,3)",
    );
    expect(result.stdout).toContain(
      "woninginbraken: trend 2014-2019: -8% per jaar (95%-interval -17% tot +1%): geen duidelijke trend.",
    );
    expect(result.stdout).toContain("geweld: de basiswaarde 23 (2017) is het laagste");
    expect(result.stdout).toMatch(
      // 11 x 0.05 = 0.55, printed to one decimal.
      /\n11 toetsen samen; zonder correctie zou toeval er gemiddeld 0,6 als verschil aanwijzen\. Correctie: Benjamini-Hochberg/,
    );
  });

  it("--as-of goes back to the document's figures", () => {
    const json = statusJson([dir, "--as-of", "2018-01..2018-10"]);
    expect(json.asOf).toBe("2018-01..2018-10");
    expect(json.indicators.find((i) => i.id === "woninginbraken")?.latest).toEqual({
      period: "2018-01..2018-10",
      value: 46,
      derivation: "observed",
    });
  });

  it("says in the text how a projection was made", () => {
    const result = runCli(["status", dir]);
    expect(result.code).toBe(0);
    expect(line(result.stdout, "verwarde-personen")).toMatchInlineSnapshot(
      `"verwarde-personen | 44 (2017) | 35 (2021) | 18 (jan-jun 2019) | projectie 2019: 35 (20-58), -20% t.o.v. 44 (2017) | -28% t.o.v. 25 (jan-jun 2016); p = 0,36: niet te onderscheiden van toeval | 98% | niet te onderscheiden | p = 0,50 (gecorrigeerd p = 0,92): niet te onderscheiden van toeval"`,
    );
    expect(result.stdout).toContain(
      "is naar een heel jaar geprojecteerd met het aandeel van die maanden in eerdere jaren (2015: 20/41, 2016: 25/47; samen 0,511)",
    );
  });

  it("--out writes the file and never overwrites an input", () => {
    const out = join(dir, "status.json");
    const written = runCli(["status", dir, "--format", "json", "--out", out]);
    expect(written).toMatchObject({ code: 0, stdout: "" });
    expect(JSON.parse(readFileSync(out, "utf8")).format).toBe("ivp-status");
    const refused = runCli(["status", dir, "--out", join(dir, "later.csv")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refusing to overwrite the input file");
    expect(readFileSync(join(dir, "later.csv"), "utf8")).toContain("woninginbraken,2019,55");
  });
});

describe("ivp status: errors and help", () => {
  it("a bad --as-of period is a usage error with the notations, on stderr only", () => {
    const result = runCli(["status", LAREN_DIR, "--as-of", "2018-H3"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatchInlineSnapshot(`
      "ivp: --as-of: "2018-H3" is not a period: unknown notation; write one of: 2017 (year); 2017-H1 or 2017-H2 (half year); 2017-Q3 (quarter); 2017-10 (month); 2018-01..2018-10 (months within one year, e.g. year to date); 2017JJ00, 2017KW01, 2017MM10 (CBS period codes)
      Run 'ivp status --help' for usage.
      "
    `);
  });

  it("an invalid plan exits 1 with file, line and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "ivp-status-bad-"));
    try {
      writeFileSync(join(dir, "plan.yaml"), "schemaVersion: 1\nid: Laren\n");
      const result = runCli(["status", dir]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/plan\.yaml:2:5/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is listed in the help, with its options", () => {
    expect(runCli(["--help"]).stdout).toMatch(/^ {2}status +Show every indicator's progress/m);
    const help = runCli(["status", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: ivp status <plan> [options]");
    expect(help.stdout).toContain("--as-of PERIOD");
    expect(help.stdout.replace(/\s+/g, " ")).toContain(
      "(one of: text, csv, xlsx, json; default: text)",
    );
  });
});

describe("ivp table stays as printed", () => {
  it.each(["tabel-1", "tabel-2"])(
    "%s: the rows are byte for byte the document's (printed/*.tsv)",
    (table) => {
      const result = runCli(["table", LAREN_DIR, table]);
      expect(result.code).toBe(0);
      const printed = readFileSync(join(LAREN_DIR, "printed", `${table}.tsv`), "utf8");
      expect(result.stdout.split("\n").slice(1).join("\n")).toBe(printed);
    },
  );

  it("--mark-chance marks the changes chance alone could explain, and only those", () => {
    const result = runCli(["table", LAREN_DIR, "tabel-1", "--mark-chance"]);
    expect(result.code).toBe(0);
    const rows = result.stdout.split("\n");
    expect(rows.find((r) => r.startsWith("woninginbraken\t"))).toBe(
      "woninginbraken\t42\t34\t54\t26\t-52%\t-15%",
    );
    expect(rows.find((r) => r.startsWith("geweld: totaal\t"))).toBe(
      "geweld: totaal\t18\t18\t12\t15\t+25%°\t-3%",
    );
  });
});
