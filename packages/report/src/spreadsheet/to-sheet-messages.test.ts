import { loadExample } from "@ivp/testkit/load-example";
import { averageBaselinePlan } from "@ivp/testkit/plans";
import { describe, expect, it, vi } from "vitest";

// `ivp status --format csv` reads only the texts of a status: building the
// report's whole catalogue (`messagesFor`) costs a status some 1.4 million
// instructions (docs/benchmarks/rounds.md, "the status's report part"). Here
// the whole catalogue cannot be built, and the status's CSV still is.
vi.mock("../i18n/messages.ts", async (original) => ({
  ...(await original<typeof import("../i18n/messages.ts")>()),
  messagesFor: () => {
    throw new Error("the whole catalogue was built");
  },
}));

const { evaluateStatus } = await import("../status/evaluate-status.ts");
const { renderSheetCsv } = await import("./sheet.ts");
const { statusToSheet } = await import("./to-sheet.ts");

describe("statusToSheet: a status's CSV without the report's whole catalogue", () => {
  it.each(["nl", "en"] as const)(
    "writes Laren's status in %s from the status's own texts",
    async (lang) => {
      const { plan, observations } = await loadExample("laren-2019-2022");
      const csv = renderSheetCsv(statusToSheet(evaluateStatus(plan, { observations, lang })), lang);
      expect(csv).toContain("woninginbraken");
      expect(csv.split("\r\n").length).toBeGreaterThan(10);
    },
  );

  it.each([
    ["nl", "gem. 2015-2017"],
    ["en", "avg. 2015-2017"],
  ] as const)(
    "writes an averaged baseline's period in %s from the status's own texts",
    (lang, period) => {
      const plan = averageBaselinePlan({ "2018": 30 }, { language: lang });
      const csv = renderSheetCsv(statusToSheet(evaluateStatus(plan)), lang);
      expect(csv).toContain(period);
    },
  );
});
