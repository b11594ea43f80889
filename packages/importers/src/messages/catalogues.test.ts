import { join } from "node:path";
import { MESSAGE_PLACEHOLDER } from "@ivp/model";
import { catalogueProblems, catalogueTexts, sourcesUnder } from "@ivp/testkit/catalogues";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import {
  describeFormerMunicipality,
  FORMER_MUNICIPALITIES,
  findFormerMunicipality,
  resolveMunicipality,
} from "../regions/municipalities.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";
import { IMPORT_CATALOGUES, importError } from "./say.ts";
import { wordImportError } from "./word-import-error.ts";

/** What `resolveMunicipality` refuses `input` with. */
function refusal(input: string, code?: string): ImportError {
  try {
    resolveMunicipality(input, code === undefined ? {} : { code });
  } catch (error) {
    if (error instanceof ImportError) return error;
  }
  throw new Error(`${input} is a municipality`);
}

describe("the importers' message catalogues", () => {
  it("have every Dutch text in every language, with the same placeholders", () => {
    const byLanguage = Object.fromEntries(
      Object.entries(IMPORT_CATALOGUES).map(([lang, catalogue]) => [
        lang,
        catalogueTexts(catalogue.messages),
      ]),
    );
    expect(catalogueProblems(byLanguage, MESSAGE_PLACEHOLDER)).toEqual([]);
  });

  it("have no dead texts: the sources name every id", () => {
    const all = sourcesUnder(join(import.meta.dirname, ".."), (name) => /^(nl|en)\.ts$/.test(name));
    for (const [group, messages] of Object.entries(nl.messages)) {
      if (group === "former-notes") continue; // keyed by the register's codes, checked below
      // Keyed by a StatLine dimension's role (the roleId of a statline message's data).
      if (group === "statline-roles") {
        expect(Object.keys(messages).sort()).toEqual(["crime", "period", "region", "topic"]);
        continue;
      }
      for (const id of Object.keys(messages))
        expect([group, id, all.includes(`"${group}/${id}"`)]).toEqual([group, id, true]);
    }
  });

  it("have a note in every language for each former municipality with one, the English one the register's", () => {
    const noted = FORMER_MUNICIPALITIES.filter((m) => m.note !== undefined);
    expect(Object.keys(en.messages["former-notes"]).sort()).toEqual(
      noted.map((m) => m.code).sort(),
    );
    for (const former of noted)
      expect(
        en.messages["former-notes"][former.code as keyof (typeof en.messages)["former-notes"]],
      ).toBe(former.note);
  });
});

describe("a municipality lookup's refusals in Dutch", () => {
  it("words each refusal in Dutch, and in English as it was thrown", () => {
    const cases = [
      refusal("Blaricum", "GM37"),
      refusal("Blaricum", "GM0417"),
      refusal("Blaricum", "GM0393"),
      refusal("Blaricum", "GM9999"),
      refusal("GM9999"),
      refusal("Bergen"),
      refusal("Nergenshuizen", "GM0417"),
      refusal("Blaricm"),
      refusal("Xyzzyqq"),
      refusal("GM0393"),
      refusal("GM0055"),
    ];
    for (const error of cases) {
      expect(wordImportError(error, "en")).toEqual({ message: error.message, hint: error.hint });
      expect(wordImportError(error, "nl").message).not.toBe(error.message);
    }
    expect(cases.map((error) => wordImportError(error, "nl"))).toEqual([
      {
        message: '"GM37" is geen CBS-gemeentecode',
        hint: "een code is GM met vier cijfers, bijvoorbeeld GM0376",
      },
      {
        message: "Blaricum heeft de CBS-code GM0376, niet GM0417 (GM0417 is Laren (NH.))",
        hint: "laat --code weg, of geef de naam die bij GM0417 hoort",
      },
      {
        message:
          "Blaricum heeft de CBS-code GM0376, niet GM0393 (GM0393 was Haarlemmerliede en Spaarnwoude)",
        hint: "laat --code weg, of geef de naam die bij GM0393 hoort",
      },
      {
        message: "Blaricum heeft de CBS-code GM0376, niet GM9999",
        hint: "laat --code weg, of geef de naam die bij GM9999 hoort",
      },
      {
        message:
          "geen gemeente heeft de code GM9999 in de gemeentelijke indeling van het CBS van 2024-01-01",
        hint: 'controleer de code; geef voor een gemeente die nieuwer is dan het register van ivp de naam met de code: --municipality "<naam>" --code GM9999',
      },
      {
        message: '"Bergen" past bij 2 gemeenten: Bergen (NH.) (GM0373), Bergen (L.) (GM0893)',
        hint: 'geef de naam zoals StatLine die schrijft (bijvoorbeeld "Bergen (NH.)") of de code (bijvoorbeeld GM0373)',
      },
      {
        message: 'GM0417 is de CBS-code van Laren (NH.), niet van "Nergenshuizen"',
        hint: "controleer de naam en de code; het register van ivp heeft elke gemeente van 2024-01-01",
      },
      { message: 'ivp kent geen gemeente met de naam "Blaricm"', hint: 'bedoelt u "Blaricum"?' },
      {
        message: 'ivp kent geen gemeente met de naam "Xyzzyqq"',
        hint: "controleer de spelling met de lijst van gemeenten van het CBS van 2024-01-01, of geef de code: --municipality GMxxxx",
      },
      {
        message:
          "Haarlemmerliede en Spaarnwoude (GM0393) hoort sinds 1 januari 2019 bij Haarlemmermeer (GM0394)",
        hint: "maak het plan voor Haarlemmermeer: --municipality GM0394; de cijfers die StatLine nu publiceert, zijn van Haarlemmermeer",
      },
      {
        message: expect.stringMatching(
          /^Boarnsterhim \(GM0055\) is op 1 januari 2014 verdeeld over .+ en .+ \(verdeeld over vier gemeenten\)$/,
        ),
        hint: expect.stringMatching(/^maak het plan voor een van GM/),
      },
    ]);
  });

  it("describes a former municipality in either language", () => {
    const former = findFormerMunicipality("GM0393");
    if (!former) throw new Error("GM0393 is in the register");
    expect(describeFormerMunicipality(former)).toBe(
      "Haarlemmerliede en Spaarnwoude (GM0393) is part of Haarlemmermeer (GM0394) since 1 January 2019",
    );
    expect(describeFormerMunicipality(former, "nl")).toBe(
      "Haarlemmerliede en Spaarnwoude (GM0393) hoort sinds 1 januari 2019 bij Haarlemmermeer (GM0394)",
    );
  });

  it("leaves an error without the ids of its texts as it was thrown", () => {
    const plain = new ImportError("malformed-file", "expected a header", { hint: "fix it" });
    expect(wordImportError(plain, "nl")).toEqual({ message: "expected a header", hint: "fix it" });
    const made = importError("malformed-file", "source-file/not-regular", { kind: "directory" });
    expect(wordImportError(made, "nl")).toEqual({
      message: "het bestand is een map, geen gewoon bestand",
    });
    expect(made.message).toBe("the file is a directory, not a regular file");
  });
});
