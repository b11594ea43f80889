import { describe, expect, it } from "vitest";
import { RowCache } from "../odata/read-odata-pages.ts";
import { PeriodTexts } from "./odata-period-texts.ts";

describe("PeriodTexts", () => {
  it("makes each text's period once, keeps the texts in the order they first came and where the last asked for is", () => {
    const texts = new PeriodTexts();
    const cache = new RowCache();
    const jan = texts.entry("2022MM01", cache);
    expect(jan).toEqual({ text: "2022MM01", period: "2022-01", order: 0 });
    expect(texts.at).toBe(0);
    const feb = texts.entry(" 2022MM02 ", cache);
    expect(feb).toMatchObject({ period: "2022-02", order: 1 });
    expect(texts.entry("2022MM01", cache)).toBe(jan);
    expect(texts.at).toBe(0);
    expect(texts.order[texts.at + 1]).toBe(feb);
    expect(texts.entry("2022XX12", cache).period).toBeUndefined();
    expect(texts.entry("   ", cache).period).toBeUndefined();
    expect(texts.order.map((e) => e.text)).toEqual(["2022MM01", " 2022MM02 ", "2022XX12", "   "]);
    expect(texts.at).toBe(3);
  });
});
