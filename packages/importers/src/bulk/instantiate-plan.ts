import { IvpError, type Language, type Plan } from "@ivp/model";
import { checkPlanObject } from "@ivp/plan-file";
import { importText } from "../messages/say.ts";
import { type FillTemplateOptions, fillTemplate } from "./fill-template.ts";

/** Options of {@link instantiatePlan}. */
export interface InstantiatePlanOptions extends FillTemplateOptions {
  /** Check the result against the plan schema and its references. Default true. */
  readonly validate?: boolean;
  /** The language of the problem an invalid result is refused with (`data.problem` of the error). Default English. */
  readonly lang?: Language;
}

/**
 * A template plan filled in for one municipality, for a bulk run: the
 * municipality and its area replace the template's; the template's own
 * figures, data files and narrative claims (about another municipality) are
 * left out, and so are the figure tables' printed and supplied cells; every indicator gets the municipality's figure for its baseline
 * period (the template's baseline period, else the year before the plan;
 * whole years only) and the template's target, made general (a relative or
 * keep-level target loses the value printed for the template's municipality),
 * else the default change. Indicator-table rows show the same baseline and
 * target. An indicator whose baseline figure is missing gets no baseline (its
 * status is then "not assessable"). The template is not changed.
 *
 * @param template - a validated plan, such as `createBulkTemplate`'s
 * @param options - the municipality, its yearly figures, and the language of a problem
 * @returns the plan, validated (an `IvpError` if the template makes an invalid plan)
 * @example
 * instantiatePlan(createBulkTemplate({ period: { start: 2020, end: 2023 } }), {
 *   municipality: { code: "GM0417", name: "Laren", statlineName: "Laren (NH.)", codeIsSynthetic: false },
 *   yearFigure: (series, year) => (series === "woninginbraken" && year === 2019 ? 31 : undefined),
 * }).indicators.find((i) => i.id === "woninginbraken")?.baseline
 * //=> { value: 31, period: "2019" }
 */
export function instantiatePlan(template: Plan, options: InstantiatePlanOptions): Plan {
  const { municipality: m } = options;
  const plan = fillTemplate(template, options);
  if (options.validate === false) return plan;
  const checked = checkPlanObject(plan, options.lang);
  if (checked.success) return checked.plan;
  // An IvpError, not an ImportError: the CLI says it as it says a model's
  // refusal (no file, no "nothing written"), in the reader's language through
  // its id (wordImportError); the problem, with its field, is worded in
  // `options.lang` as a plan file's would be.
  const problem = checked.field === "" ? checked.message : `${checked.field}: ${checked.message}`;
  const data = { name: m.name, code: m.code, problem };
  throw new IvpError("invalid-plan", importText("en", "bulk/template-not-a-plan", data), {
    messageId: "bulk/template-not-a-plan",
    data,
  });
}
