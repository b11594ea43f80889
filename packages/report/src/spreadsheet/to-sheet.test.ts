import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { evaluateStatus } from "../status/evaluate-status.ts";
import { renderSheetCsv } from "./sheet.ts";
import { statusToSheet } from "./to-sheet.ts";

/** The CSV rows of `ivp status --format csv` of an example, split into fields. */
async function statusCsv(name: "blaricum" | "laren-2019-2022", lang: "nl" | "en") {
  const { plan, observations } = await loadExample(name);
  const csv = renderSheetCsv(statusToSheet(evaluateStatus(plan, { observations, lang })), lang);
  const separator = lang === "nl" ? ";" : ",";
  const rows = csv
    .slice(1)
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(separator));
  const header = rows[0] ?? [];
  const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
  /** The field of an indicator's row under a header. */
  const field = (id: string, column: string) => byId.get(id)?.[header.indexOf(column)];
  return { csv, header, field };
}

describe("statusToSheet: the status CSV carries the previous period's change and test", () => {
  it("Blaricum 2023 against 2022, in Dutch: 363 -> 347 is -4%, p = 0.57 (R: poisson.test(c(347, 363)))", async () => {
    const { header, field } = await statusCsv("blaricum", "nl");
    expect(header).toEqual([
      "indicator",
      "omschrijving",
      "eenheid",
      "nulmeting periode",
      "nulmeting",
      "doel periode",
      "doel",
      "laatste periode",
      "laatste",
      "vergeleken met periode",
      "vergeleken met",
      "verandering",
      "eenheid verandering",
      "p-waarde",
      "gecorrigeerde p-waarde",
      "toeval",
      "vorige periode",
      "vorige",
      "verandering t.o.v. vorige",
      "p-waarde t.o.v. vorige",
      "toeval t.o.v. vorige",
      "deel van de weg",
      "status",
    ]);
    const total = (column: string) => field("misdrijven-totaal", column);
    expect(total("vorige periode")).toBe("2022");
    expect(total("vorige")).toBe("363");
    // (347 - 363) / 363 = -4.41%, a whole percent as the document prints it.
    expect(total("verandering t.o.v. vorige")).toBe("-4%");
    expect(total("eenheid verandering")).toBe("%");
    // R 4.x: poisson.test(c(347, 363))$p.value = 0.5735065905.
    expect(total("p-waarde t.o.v. vorige")).toBe("0,57");
    expect(total("toeval t.o.v. vorige")).toBe("niet te onderscheiden van toeval");
    // The change since the baseline is tested the same, then corrected with the other test.
    expect(total("p-waarde")).toBe("0,57");
    expect(total("gecorrigeerde p-waarde")).toBe("0,67");
    // An indicator without figures leaves the fields empty, never 0.
    expect(field("woninginbraken", "vorige")).toBe("");
    expect(field("woninginbraken", "verandering t.o.v. vorige")).toBe("");
  });

  it("writes English headers with , and a decimal point", async () => {
    const { header, field } = await statusCsv("blaricum", "en");
    expect(header.slice(16, 21)).toEqual([
      "previous period",
      "previous",
      "change since previous",
      "p-value since previous",
      "chance since previous",
    ]);
    expect(field("misdrijven-totaal", "p-value since previous")).toBe("0.57");
    expect(field("misdrijven-totaal", "chance since previous")).toBe(
      "not distinguishable from chance",
    );
  });

  it("writes a grade's change in points and a percentage's in procentpunten (Laren)", async () => {
    const { field } = await statusCsv("laren-2019-2022", "nl");
    // Rapportcijfer veiligheid: 7.3 in 2013 and in 2017, no margins to test with.
    expect(field("rapportcijfer-veiligheid", "vorige periode")).toBe("2013");
    expect(field("rapportcijfer-veiligheid", "verandering t.o.v. vorige")).toBe("0,0");
    expect(field("rapportcijfer-veiligheid", "eenheid verandering")).toBe("punt");
    expect(field("rapportcijfer-veiligheid", "p-waarde t.o.v. vorige")).toBe("");
    expect(field("rapportcijfer-veiligheid", "toeval t.o.v. vorige")).toBe(
      "geen toets: geen marges",
    );
    // Overlast jongeren: 3% in 2014, 1.7% in 2017: -1.3 procentpunt.
    expect(field("overlast-jongeren", "vorige")).toBe("3");
    expect(field("overlast-jongeren", "verandering t.o.v. vorige")).toBe("-1,3");
    expect(field("overlast-jongeren", "eenheid verandering")).toBe("procentpunt");
    // Woninginbraken: jan-okt 2018 against jan-okt 2017, 70 -> 46; two significant digits.
    expect(field("woninginbraken", "vorige periode")).toBe("2017-01..2017-10");
    expect(field("woninginbraken", "verandering t.o.v. vorige")).toBe("-34%");
    expect(field("woninginbraken", "p-waarde t.o.v. vorige")).toBe("0,032");
    expect(field("woninginbraak-geslaagd", "p-waarde t.o.v. vorige")).toBe("0,0022");
    expect(field("woninginbraak-geslaagd", "toeval t.o.v. vorige")).toBe("significant");
  });

  it("is byte-stable: the same plan gives the same bytes", async () => {
    const first = await statusCsv("laren-2019-2022", "nl");
    const second = await statusCsv("laren-2019-2022", "nl");
    expect(second.csv).toBe(first.csv);
  });
});
