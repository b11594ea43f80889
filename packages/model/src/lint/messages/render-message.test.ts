import { describe, expect, it } from "vitest";
import { rational } from "../../_lib/rational.ts";
import { formatFigure } from "../_lib/text.ts";
import {
  decimalText,
  figure,
  list,
  percentChange,
  period,
  quoted,
  signedPercent,
  valueIn,
} from "./message-value.ts";
import { localizeMessage, renderMessage } from "./render-message.ts";
import { phrase } from "./rule-messages.ts";

const fragment = (id: string, data = {}) => ({ kind: "fragment", id, data }) as const;

describe("renderMessage", () => {
  it("fills placeholders from the data, each value written the language's way", () => {
    const data = {
      label: quoted("Aantal woninginbraken"),
      place: phrase("place-row", { table: quoted("Veilige woonwijk") }),
      period: period("2017-H1"),
      span: "2019-2022",
    };
    expect(localizeMessage("baseline-target-period", "baseline-after-plan-start", data)).toEqual({
      nl: 'De uitgangswaarde van "Aantal woninginbraken" in tabel "Veilige woonwijk" is van jan-jun 2017, na het begin van de planperiode 2019-2022.',
      en: 'The baseline of "Aantal woninginbraken" in table "Veilige woonwijk" is from Jan-Jun 2017, after the start of the plan period 2019-2022.',
    });
  });

  it("writes figures exactly, with a decimal comma in Dutch", () => {
    const data = {
      figure: valueIn(7.25, "grade"),
      baseline: valueIn(rational(-17n, 4n), "percentage"),
    };
    expect(localizeMessage("baseline-figure-mismatch", "use-figure", data)).toEqual({
      nl: "Neem 7,25 als uitgangswaarde, of leg vast waar -4,25% vandaan komt.",
      en: "Use 7.25 as the baseline, or record where -4.25% comes from.",
    });
    expect(figure(rational(1n, 3n))).toEqual({ kind: "decimal", text: "0.333333" });
  });

  it("signs a change and computes a printed percentage per language", () => {
    const right = fragment("value-with-change", { value: 59, change: signedPercent(-10) });
    const other = fragment("value-with-change", { value: 58, change: signedPercent(2.5) });
    expect(
      localizeMessage("relative-target-mismatch", "print-right-or-other", {
        right,
        other,
        value: 58,
      }),
    ).toEqual({
      nl: "Schrijf 59 (-10%), of 58 (+2,5%) als 58 het bedoelde doel is.",
      en: "Print 59 (-10%), or 58 (+2.5%) if 58 is the intended target.",
    });
    const actual = localizeMessage("relative-target-mismatch", "actual-change", {
      change: percentChange(8, 5),
    });
    // Rounded to whole percents, half away from zero: -37.5% is -38%.
    expect(actual).toEqual({ nl: ", een verandering van -38%", en: ", a change of -38%" });
  });

  it("chooses a plural form by the count, through Intl.PluralRules", () => {
    const places = (count: number) =>
      localizeMessage("relative-target-mismatch", "decimals", { count });
    expect(places(1)).toEqual({ nl: "op 1 decimaal", en: "1 decimal" });
    expect(places(2)).toEqual({ nl: "op 2 decimalen", en: "2 decimals" });
  });

  it("joins lists with the language's 'and', or with punctuation", () => {
    const origins = list([
      phrase("origin-text"),
      phrase("table-number", { number: "2" }),
      "data/cijfers.csv",
    ]);
    const data = { value: 12, origins };
    expect(localizeMessage("conflicting-figures", "value-in", data)).toEqual({
      nl: "12 in de tekst, Tabel 2 en data/cijfers.csv",
      en: "12 in the text, Table 2 and data/cijfers.csv",
    });
    const terms = list(
      [
        fragment("term", { series: "pogingen", value: 3 }),
        fragment("term", { series: "geslaagd", value: 4 }),
      ],
      "plus",
    );
    expect(
      renderMessage("en", "parts-sum-mismatch", "parts-differ", {
        series: quoted("Woninginbraken"),
        period: period("2017"),
        sum: 7,
        total: 8,
        terms,
      }),
    ).toBe(
      'The parts of "Woninginbraken" in 2017 add up to 7, not to the total 8: pogingen 3 + geslaagd 4 = 7.',
    );
  });

  describe("edge cases", () => {
    it("throws for an id the catalogue does not have (a bug in a rule)", () => {
      expect(() => renderMessage("nl", "duplicate-id", "no-such-message", {})).toThrow(
        "No nl text for duplicate-id/no-such-message",
      );
      expect(() => renderMessage("en", "no-such-rule", "x", {})).toThrow(
        "No en text for no-such-rule/x",
      );
    });

    it("throws for a placeholder without a value, and for a plural without a count", () => {
      expect(() =>
        renderMessage("en", "duplicate-id", "duplicate-id", { id: "x", list: "series" }),
      ).toThrow("duplicate-id/duplicate-id needs a value for {earlier}");
      expect(() => renderMessage("en", "relative-target-mismatch", "decimals", {})).toThrow(
        "relative-target-mismatch/decimals needs a number as its count",
      );
    });

    it("writes an empty value as nothing", () => {
      expect(
        renderMessage("en", "duplicate-id", "duplicate-id", {
          id: quoted("x"),
          list: "series",
          earlier: "",
        }),
      ).toBe('The id "x" is used twice in series.');
    });
  });
});

describe("decimalText", () => {
  it("writes an exact value with all its decimals (at most 6) and a point, as figures and formatFigure do", () => {
    expect(decimalText(rational(-3n, 2n))).toBe("-1.5");
    expect(decimalText(rational(1n, 40n))).toBe("0.025");
    expect(decimalText(rational(-1n, 100n))).toBe("-0.01");
    expect(decimalText(rational(2n, 3n))).toBe("0.666667");
    expect(decimalText(rational(79n))).toBe("79");
    expect(figure(rational(1n, 40n))).toEqual({ kind: "decimal", text: "0.025" });
    expect(figure(7.5)).toBe(7.5);
    expect(formatFigure(7.3)).toBe("7.3");
    expect(formatFigure(-12.25)).toBe("-12.25");
    expect(formatFigure(rational(7n, 8n))).toBe("0.875");
  });
});
