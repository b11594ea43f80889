import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkReferences,
  evaluateTable,
  IvpError,
  MESSAGE_PLACEHOLDER,
  type PeriodError,
  parsePeriod,
  readFigureText,
  type Unit,
} from "@ivp/model";
import { catalogueProblems, catalogueTexts, sourcesUnder } from "@ivp/testkit/catalogues";
import { loadLarenPlan } from "@ivp/testkit/laren";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { renderMessage } from "./catalogue.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import { fileKindText, PLAN_FILE_CATALOGUES, planFileSay } from "./say.ts";
import { figureTextWords, periodErrorText, wordError } from "./word-error.ts";
import { wordPlanIssue } from "./word-plan-issue.ts";

const SOURCES = `${sourcesUnder(join(import.meta.dirname, ".."), (name) => name === "messages")}${readFileSync(join(import.meta.dirname, "word-error.ts"), "utf8")}`;

describe("the plan reader's message catalogues", () => {
  it("have every Dutch text in every language, with the same placeholders and each language's plural forms", () => {
    const byLanguage = Object.fromEntries(
      Object.entries(PLAN_FILE_CATALOGUES).map(([lang, catalogue]) => {
        const all = catalogueTexts(catalogue.messages);
        // English gives the YAML parser's own words: checked below.
        for (const key of [...all.keys()]) if (key.startsWith("yaml-syntax/")) all.delete(key);
        return [lang, all];
      }),
    );
    // The average's hint says "the figure" or "the figures" without the count (as it always has).
    const knownCountless = [
      "nl model/average-hint: a plural without {count}",
      "en model/average-hint: a plural without {count}",
    ];
    expect(
      catalogueProblems(byLanguage, MESSAGE_PLACEHOLDER).filter((p) => !knownCountless.includes(p)),
    ).toEqual([]);
  });

  it("give the YAML parser's words in English and a Dutch text for every code of the parser", () => {
    for (const [code, text] of Object.entries(en.messages["yaml-syntax"])) {
      expect([code, text]).toEqual([code, "{parser}"]);
      const dutch = nl.messages["yaml-syntax"][code as keyof (typeof nl.messages)["yaml-syntax"]];
      expect([code, /\{\w+\}/.test(dutch)]).toEqual([code, false]);
    }
  });

  it("have no dead texts: the sources name every group and id", () => {
    for (const [group, messages] of Object.entries(nl.messages)) {
      // Keyed by what another module names: a file kind, a type, a YAML code, a model error's id, a
      // severity, the model's schema rules and descriptions (schema-messages.test.ts checks those).
      if (
        [
          "format",
          "rules",
          "descriptions",
          "file-kinds",
          "types",
          "yaml-syntax",
          "period-problems",
          "model",
          "figures",
          "references",
        ].includes(group)
      )
        continue;
      expect([group, SOURCES.includes(`"${group}"`)]).toEqual([group, true]);
      for (const id of Object.keys(messages))
        expect([group, id, SOURCES.includes(`"${id}"`)]).toEqual([group, id, true]);
    }
  });
});

describe("fileKindText", () => {
  it("names a kind of path in the reader's language, and an unknown kind as it is", () => {
    expect(fileKindText("directory", "nl")).toBe("map");
    expect(fileKindText("character device", "nl")).toBe("tekenapparaat");
    expect(fileKindText("named pipe (FIFO)", "en")).toBe("named pipe (FIFO)");
    expect(fileKindText("something new", "nl")).toBe("something new");
    expect(fileKindText("toString", "en")).toBe("toString");
  });
});

describe("renderMessage", () => {
  it("chooses the plural by the count and fills the placeholders", () => {
    expect(renderMessage(en, "schema", "at-least-entries", { count: 1 })).toBe("at least 1 entry");
    expect(renderMessage(en, "schema", "at-least-entries", { count: 2 })).toBe(
      "at least 2 entries",
    );
    expect(renderMessage(nl, "schema", "at-least-entries", { count: 1 })).toBe("ten minste 1 item");
    expect(renderMessage(nl, "csv", "field-count", { count: 4, header: 7 })).toBe(
      "deze regel heeft 4 velden, de kopregel 7",
    );
  });

  it("refuses an unknown id, a plural without a count and a missing value (bugs, never input)", () => {
    expect(() => renderMessage(en, "csv", "no-such-id")).toThrow("No text for csv/no-such-id");
    expect(() => renderMessage(en, "schema", "at-least-entries")).toThrow("needs a number");
    expect(() => renderMessage(en, "csv", "unknown-series")).toThrow("needs a value for {series}");
  });
});

describe("the model's errors in the reader's language", () => {
  const refused = (text: string) => {
    const result = parsePeriod(text);
    if (result.success) throw new Error(`${text} is a period`);
    return result.error as PeriodError;
  };

  it("words every reason a text is no period in Dutch, and in English as the model does", () => {
    const cases = [
      "2017-H3",
      "1800",
      "2017-13",
      "2017-01..2018-02",
      "2017-00..2017-13",
      "2017-05..2017-02",
      "2017HJ03",
    ];
    for (const text of cases) {
      const error = refused(text);
      expect(periodErrorText(error, "en")).toBe(error.message);
    }
    expect(periodErrorText(refused("2017-H3"), "nl")).toBe(
      '"2017-H3" is geen periode: onbekende schrijfwijze. Schrijf een jaar (2017), een halfjaar (2017-H1), een kwartaal (2017-Q3), een maand (2017-10) of een reeks maanden (2018-01..2018-10).',
    );
    expect(periodErrorText(refused("2017HJ03"), "nl", false)).toBe(
      '"2017HJ03" is geen periode: onbekende CBS-periodecode HJ03',
    );
    expect(periodErrorText(refused("2017-13"), "nl", false)).toBe(
      '"2017-13" is geen periode: de maand moet 01 tot en met 12 zijn',
    );
  });

  it("words the model's unknown table in English as the model does", () => {
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof IvpError) return error;
      }
      throw new Error("no IvpError thrown");
    };
    for (const error of [
      thrown(() => evaluateTable(loadLarenPlan(), "tabel-9")),
      thrown(() => evaluateTable(makePlan(), "tabel-1")),
    ]) {
      expect(error.messageId).toMatch(/^unknown-table/);
      expect(wordError(error, "en")).toBe(error.message);
      expect(wordError(error, "nl")).toMatch(/^het plan heeft geen tabel "tabel-/);
    }
  });

  it("words a change between periods of different months in English as the model does, and in Dutch", () => {
    const plan = makePlan({
      tables: [
        {
          id: "t",
          title: "T",
          columns: [{ id: "ytd", kind: "change", from: 2017, to: "2018-01..2018-10" }],
          rows: [{ label: "totaal", series: "totaal" }],
        },
      ],
    } as never);
    const error = (() => {
      try {
        evaluateTable(plan, "t");
      } catch (thrown) {
        if (thrown instanceof IvpError) return thrown;
      }
      throw new Error("no IvpError thrown");
    })();
    expect(error.messageId).toBe("incomparable-periods");
    expect(wordError(error, "en")).toBe(error.message);
    expect(wordError(error, "nl")).toBe(
      "tabel t, kolom ytd: 2017 en 2018-01..2018-10 gaan niet over dezelfde maanden van het jaar",
    );
  });

  it("words an unknown table, and leaves an error without a known id as it is", () => {
    const unknown = new IvpError("unknown-table", 'the plan has no table "x" (tables: a, b)', {
      messageId: "unknown-table",
      data: { table: "x", tables: "a, b" },
    });
    expect(wordError(unknown, "en")).toBe(unknown.message);
    expect(wordError(unknown, "nl")).toBe('het plan heeft geen tabel "x" (tabellen: a, b)');
    const plain = new IvpError("invalid-number", "not a number");
    expect(wordError(plain, "nl")).toBe("not a number");
    const other = new IvpError("invalid-number", "x", { messageId: "no-such-id", data: {} });
    expect(wordError(other, "nl")).toBe("x");
  });

  it("says the plan reader's texts in the language asked for, English by default", () => {
    expect(planFileSay()("files", "no-such-file")).toBe("no such file");
    expect(planFileSay("nl")("files", "no-such-file")).toBe("dit bestand bestaat niet");
  });
});

describe("a figure that is no figure, in the reader's language", () => {
  const cases: [string, Unit | undefined][] = [
    ["veertig", "count"],
    ["veertig", undefined],
    ["veertig", "grade"],
    ["1.5", "count"],
    ["-3", "count"],
    ["2.5", "count"],
    ["11", "grade"],
    ["101", "percentage"],
    ["-1", "rate-per-1000"],
    ["-1", "rate-per-10000"],
    ["-1", "rate-per-100000"],
  ];

  it("is in English what readFigureText says", () => {
    for (const [text, unit] of cases) {
      const read = readFigureText(text, unit);
      if (read.success) throw new Error(`${text} is a figure`);
      expect(figureTextWords(text, read, "en")).toEqual({
        message: read.message,
        expected: read.expected,
      });
    }
  });

  it("is Dutch with lang nl", () => {
    const words = ([text, unit]: [string, Unit | undefined]) => {
      const read = readFigureText(text, unit);
      return read.success ? undefined : figureTextWords(text, read, "nl");
    };
    expect(words(["-3", "count"])).toEqual({
      message: '"-3" is niet mogelijk: een aantal is nooit negatief',
      expected: "een geheel getal, 0 of meer",
    });
    expect(words(["1.5", "count"])).toEqual({
      message:
        '"1.5" is geen aantal: een aantal is een geheel getal, en een punt scheidt duizendtallen in groepen van drie (1.004)',
      expected: "een geheel getal zoals 79 of 1004",
    });
    expect(words(["veertig", "grade"])).toEqual({
      message: '"veertig" is geen getal',
      expected: "een getal zoals 79 of 7,3; leeg of . als de waarde ontbreekt",
    });
  });
});

describe("the model's reference problems, worded from their params", () => {
  /** Laren's plan with one of each reference problem. */
  function brokenLaren() {
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks the plan's references freely
    const plan = structuredClone(loadLarenPlan()) as unknown as Record<string, any>;
    plan.areas.push({ ...plan.areas[0] });
    plan.areas.push({ ...plan.areas[1], id: String(plan.areas[1].id).toUpperCase() });
    plan.indicators[0].source = "bhv";
    plan.indicators[1].series = "nergens";
    plan.tables[0].area = "gm9999";
    plan.tables[0].rows[0].printed = { ...(plan.tables[0].rows[0].printed ?? {}), nope: "+1%" };
    plan.tables[0].rows[0].supplied = { nope: 3 };
    plan.priorities[0].kernbeleid = ["9.9"];
    plan.priorities[0].partners = ["niemand"];
    plan.indicatorTables[0].theme = "geen-thema";
    plan.observations.push({ ...plan.observations[0], table: "tabel-99" });
    return plan as unknown as Parameters<typeof checkReferences>[0];
  }

  it("are in English the model's words, and Dutch with lang nl", () => {
    const problems = checkReferences(brokenLaren());
    const kinds = new Set(problems.map((p) => `${p.code}:${p.params?.kind ?? p.params?.what}`));
    expect([...kinds].sort()).toEqual([
      "duplicate-id:code",
      "duplicate-id:id",
      "unknown-reference:area",
      "unknown-reference:column",
      "unknown-reference:kernbeleid",
      "unknown-reference:partner",
      "unknown-reference:series",
      "unknown-reference:source",
      "unknown-reference:table",
      "unknown-reference:theme",
    ]);
    for (const problem of problems) {
      expect(wordPlanIssue(problem, planFileSay("en"))).toEqual({
        message: problem.message,
        ...(problem.expected && { expected: problem.expected }),
        ...(problem.hint && { hint: problem.hint }),
      });
      const dutch = wordPlanIssue(problem, planFileSay("nl"));
      expect([problem.message, dutch.message === problem.message]).toEqual([
        problem.message,
        false,
      ]);
    }
    const source = problems.find((p) => p.params?.kind === "source");
    expect(source && wordPlanIssue(source, planFileSay("nl"))).toEqual({
      message: 'onbekende bron "bhv"',
      expected: "een van de ids onder sources",
      hint: 'bedoelt u "bvh"?',
    });
  });
});
