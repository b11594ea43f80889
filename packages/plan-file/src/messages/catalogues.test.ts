import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { evaluateTable, IvpError, type PeriodError, parsePeriod } from "@ivp/model";
import { catalogueProblems } from "@ivp/testkit/catalogues";
import { loadLarenPlan } from "@ivp/testkit/laren";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import {
  type MessageCatalogue,
  type MessageText,
  PLACEHOLDER,
  renderMessage,
} from "./catalogue.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import { PLAN_FILE_CATALOGUES, planFileSay } from "./say.ts";
import { periodErrorText, wordError } from "./word-error.ts";

/** Every text of a catalogue by `<group>/<id>`. */
function texts(catalogue: MessageCatalogue): Map<string, MessageText> {
  const all = new Map<string, MessageText>();
  for (const [group, messages] of Object.entries(catalogue.messages))
    for (const [id, text] of Object.entries(messages)) all.set(`${group}/${id}`, text);
  return all;
}

/** The package's sources but the catalogues and the tests (walked by hand: see PROTOCOL). */
function sources(dir: string): string {
  let all = "";
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "messages") all += sources(path);
    } else if (name.endsWith(".ts") && !name.endsWith(".test.ts"))
      all += readFileSync(path, "utf8");
  }
  return all;
}
const SOURCES = `${sources(join(import.meta.dirname, ".."))}${readFileSync(join(import.meta.dirname, "word-error.ts"), "utf8")}`;

describe("the plan reader's message catalogues", () => {
  it("have every Dutch text in every language, with the same placeholders and each language's plural forms", () => {
    const byLanguage = Object.fromEntries(
      Object.entries(PLAN_FILE_CATALOGUES).map(([lang, catalogue]) => {
        const all = texts(catalogue);
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
      catalogueProblems(byLanguage, PLACEHOLDER).filter((p) => !knownCountless.includes(p)),
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
      // Keyed by what another module names: a file kind, a type, a YAML code, a model error's id.
      if (["file-kinds", "types", "yaml-syntax", "period-problems", "model"].includes(group))
        continue;
      expect([group, SOURCES.includes(`"${group}"`)]).toEqual([group, true]);
      for (const id of Object.keys(messages))
        expect([group, id, SOURCES.includes(`"${id}"`)]).toEqual([group, id, true]);
    }
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
