import { PERIOD_NOTATIONS } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { messageLanguage } from "./message-language.ts";
import { en } from "./messages/en.ts";

describe("messageLanguage", () => {
  it("is --lang when given, else IVP_LANG when it names a language, else English", () => {
    expect(messageLanguage("nl", {})).toBe("nl");
    expect(messageLanguage("en", { IVP_LANG: "nl" })).toBe("en");
    expect(messageLanguage(undefined, { IVP_LANG: "nl" })).toBe("nl");
    expect(messageLanguage(undefined, { IVP_LANG: "de" })).toBe("en");
    expect(messageLanguage(undefined, {})).toBe("en");
    expect(messageLanguage(true, { IVP_LANG: "nl" })).toBe("nl");
  });
});

describe("the period notations of a usage error", () => {
  it("are in English the model's PERIOD_NOTATIONS, as --as-of has always printed them", () => {
    expect(en.messages.usage["period-notations"]).toBe(PERIOD_NOTATIONS.join("; "));
  });
});
