import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { joinList, quoted } from "../messages/say.ts";
import { wordImportError } from "../messages/word-import-error.ts";
import type { SourceFigure } from "../source-figure.ts";
import { buildImportTarget, type ImportTarget } from "./import-target.ts";
import { mapFigures } from "./map-figures.ts";

/** What a mapping refused: its id, its English message and its Dutch words. */
async function refusal(run: () => unknown) {
  let error: unknown;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  if (!(error instanceof ImportError)) throw new Error("expected an ImportError");
  return { id: error.messageId, en: error.message, nl: wordImportError(error, "nl") };
}

const LAREN: ImportTarget = {
  areas: [
    {
      id: "GM0417",
      code: "GM0417",
      names: ["Laren (NH.)"],
      label: "Laren (GM0417)",
      isMunicipality: true,
    },
  ],
  series: {
    byCode: new Map([["police:1.1.1", "woninginbraken"]]),
    byTitle: new Map([["diefstal", ["diefstal-a", "diefstal-b"]]]),
    order: new Map(),
  },
};

function figure(fields: Partial<SourceFigure>): SourceFigure {
  return {
    dataset: { format: "statline-csv" },
    region: { code: "GM0417", kind: "municipality" },
    crime: { classification: "police", code: "1.1.1" },
    topic: "Geregistreerde misdrijven",
    registeredCrimes: true,
    period: "2022",
    provisional: false,
    value: 12,
    location: { file: "soorten.csv", line: 2, column: 1 },
    ...fields,
  };
}

async function* figures(...list: SourceFigure[]): AsyncIterable<SourceFigure> {
  yield* list;
}

describe("an ambiguous mapping in Dutch, from its id and data", () => {
  it("two different figures, one of them missing", async () => {
    const second = figure({ value: null, location: { file: "soorten.csv", line: 3, column: 1 } });
    expect(await refusal(() => mapFigures(figures(figure({}), second), LAREN))).toEqual({
      id: "mapping/two-figures",
      en: "two different figures for woninginbraken, Laren (GM0417), 2022: 12 at soorten.csv:2:1 and missing here",
      nl: {
        message:
          "twee verschillende cijfers voor woninginbraken, Laren (GM0417), 2022: 12 op soorten.csv:2:1 en ontbreekt hier",
        hint: "het bestand heeft hetzelfde cijfer twee keer; haal er een weg",
      },
    });
  });

  it("a title that fits two series, joined with 'en'", async () => {
    const titled = figure({ crime: { title: "Diefstal" } });
    const { id, en, nl } = await refusal(() => mapFigures(figures(titled), LAREN));
    expect([id, en]).toEqual([
      "mapping/several-series",
      'the crime type "Diefstal" fits the series "diefstal-a" and "diefstal-b"',
    ]);
    expect(nl.message).toBe(
      'de soort misdrijf "Diefstal" past bij de reeksen "diefstal-a" en "diefstal-b"',
    );
  });

  it("two series of the plan with the same police code", async () => {
    const plan = makePlan({
      series: [
        { id: "a", label: "A", codes: { police: "1.1.1" } },
        { id: "b", label: "B", codes: { police: "1.1.1" } },
      ],
    });
    expect(await refusal(() => buildImportTarget(plan))).toEqual({
      id: "mapping/series-same-code",
      en: 'the series "a" and "b" both have the police code 1.1.1, so ivp cannot tell which one its figures belong to',
      nl: {
        message:
          'de reeksen "a" en "b" hebben allebei de police-code 1.1.1, dus ivp weet niet bij welke de cijfers horen',
        hint: "laat de code bij één reeks staan; de andere kan worden afgeleid of met de hand ingevuld",
      },
    });
  });

  it("two areas with the same name: the name, not a code, is what they share", async () => {
    const plan = makePlan({
      areas: [
        { id: "centrum", name: "Centrum", kind: "district" },
        { id: "dorp", name: "Centrum", kind: "district" },
      ],
    });
    const { id, en, nl } = await refusal(() => buildImportTarget(plan));
    expect(id).toBe("mapping/area-same-name");
    expect(en).toBe('the area "dorp" has the same name "Centrum" as Centrum (centrum)');
    expect(nl.message).toBe(
      'het gebied "dorp" heeft dezelfde naam "Centrum" als Centrum (centrum)',
    );
  });

  it("the names a municipality was looked for by, joined by 'of'", async () => {
    const larenTwice: ImportTarget = {
      ...LAREN,
      areas: [
        { ...(LAREN.areas[0] as ImportTarget["areas"][number]), names: ["Laren", "Laren (NH.)"] },
      ],
    };
    const elsewhere = figure({
      region: { code: "GM0376", name: "Blaricum", kind: "municipality" },
    });
    const { id, en, nl } = await refusal(() => mapFigures(figures(elsewhere), larenTwice));
    expect([id, en]).toEqual([
      "plan/no-figures-for-names",
      'the file has no figures for Laren (GM0417), looked for "Laren" or "Laren (NH.)"',
    ]);
    expect(nl.message).toBe(
      'het bestand heeft geen cijfers voor Laren (GM0417) (gezocht naar "Laren" of "Laren (NH.)")',
    );
  });
});

describe("joinList", () => {
  it("lists with commas and the language's 'and' or 'or' before the last", () => {
    expect(joinList(["Boxtel", "Oss", "Vught"], "nl")).toBe("Boxtel, Oss en Vught");
    expect(joinList(["Boxtel", "Oss", "Vught"], "en")).toBe("Boxtel, Oss and Vught");
    expect(joinList(quoted(["a", "b"]), "nl", "or")).toBe('"a" of "b"');
    expect(joinList(["a"], "en")).toBe("a");
    expect(joinList([], "en")).toBe("");
  });
});
