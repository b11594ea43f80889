import type { Observation, Plan } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "../evaluate-plan.ts";
import { renderReportHtml, renderReportHtmlChunks } from "./render-report-html.ts";
import { UnchangedPlans } from "./unchanged-plans.ts";

/** A plan with placeholders in its own fields and in arrays other plans share (as ivp bulk's share their template's). */
async function plansSharingArrays(): Promise<{
  plans: Plan[];
  observations: readonly Observation[];
}> {
  const { plan, observations } = await loadExample("laren-2019-2022");
  const todo: Plan = {
    ...plan,
    mission: "TODO: missie",
    themes: plan.themes.map((t, i) => (i === 0 ? { ...t, title: "TODO: titel" } : t)),
    sections: [...plan.sections, { title: "Nog te doen", text: "  TODO schrijven" }],
  };
  const plans: Plan[] = [
    todo,
    { ...todo, title: "TODO: ander plan" },
    { ...todo, themes: todo.themes.slice(1) },
    { ...todo, sections: todo.sections.slice(0, -1) },
    { ...todo, priorities: [] },
    { ...todo, themes: todo.themes.map((t) => ({ ...t, title: `${t.title} (anders)` })) },
    todo,
    plan,
    structuredClone(todo),
    { ...plan, language: "en" },
  ];
  return { plans, observations };
}

describe("UnchangedPlans", () => {
  it("renders the reports of plans that share arrays as they are without it, in either language", async () => {
    const { plans, observations } = await plansSharingArrays();
    const unchanged = new UnchangedPlans();
    for (let pass = 0; pass < 2; pass++) {
      for (const plan of plans) {
        for (const lang of ["nl", "en"] as const) {
          const evaluated = evaluatePlan(plan, { observations, lang });
          const expected = renderReportHtml(
            evaluatePlan(structuredClone(plan), { observations, lang }),
          );
          expect(renderReportHtmlChunks(evaluated, { unchanged }).join("")).toBe(expected);
        }
      }
    }
  });

  it("keeps the Kernbeleid section by the plan's priorities, themes and language", () => {
    const unchanged = new UnchangedPlans();
    const priorities: Plan["priorities"] = [];
    const themes: Plan["themes"] = [];
    let written = 0;
    const write = () => {
      written++;
      return renderKept(written);
    };
    const first = unchanged.kernbeleid(priorities, themes, "nl", write);
    expect(unchanged.kernbeleid(priorities, themes, "nl", write)).toBe(first);
    expect(written).toBe(1);
    unchanged.kernbeleid(priorities, themes, "en", write);
    unchanged.kernbeleid([], themes, "nl", write);
    unchanged.kernbeleid(priorities, [], "nl", write);
    expect(written).toBe(4);
  });
});

/** A stand-in for a written section: any object the kept one is compared with by identity. */
function renderKept(n: number) {
  return { value: String(n) } as unknown as ReturnType<UnchangedPlans["kernbeleid"]>;
}
