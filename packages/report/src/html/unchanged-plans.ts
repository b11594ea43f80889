import type { Language, Theme } from "@ivp/model";
import type { Html } from "./html.ts";

/**
 * What the HTML report may keep from one report to the next for a caller
 * that says, by passing one of these (`renderReportHtmlChunks`'s option
 * `unchanged`), that it never changes a plan, nor any object or array in
 * it, once it has rendered it: what depends only on arrays a plan shares
 * with others is then written once for them all, kept by the arrays
 * themselves (weakly: an array no plan holds any more is let go).
 *
 * Why: `ivp bulk` fills one template in for every municipality, and the
 * plans it makes share their priorities and themes with the template: the
 * Kernbeleid section (some 5,800 characters, the same in every report of a
 * run) was written anew for each. Nothing is kept without this
 * option: a library user may change a plan in place and render it again
 * (render-report-html.test.ts renders one), and gets the plan as it is then.
 * `ivp bulk`'s worker threads pass one: their plans are made there and never
 * changed.
 *
 * @example
 * const unchanged = new UnchangedPlans();
 * const pages = plans.map((plan) => renderReportHtmlChunks(evaluatePlan(plan), { unchanged }).join(""));
 */
export class UnchangedPlans {
  /** The Kernbeleid sections written, by the plan's priorities, then its themes, then the language. */
  readonly #kernbeleid = new WeakMap<
    readonly Theme[],
    WeakMap<readonly Theme[], Partial<Record<Language, Html>>>
  >();

  /**
   * The Kernbeleid section of a plan with these priorities and themes in
   * this language: the one written for them before, else what `write`
   * writes (then kept). The section depends on nothing else: the coverage
   * `evaluatePlan` works out from the same priorities, themes and language,
   * and the themes' titles. For the report's own sections, not for callers.
   *
   * @hidden
   */
  kernbeleid(
    priorities: readonly Theme[],
    themes: readonly Theme[],
    lang: Language,
    write: () => Html,
  ): Html {
    let byThemes = this.#kernbeleid.get(priorities);
    if (byThemes === undefined) {
      byThemes = new WeakMap();
      this.#kernbeleid.set(priorities, byThemes);
    }
    let byLang = byThemes.get(themes);
    if (byLang === undefined) {
      byLang = {};
      byThemes.set(themes, byLang);
    }
    let section = byLang[lang];
    if (section === undefined) {
      section = write();
      byLang[lang] = section;
    }
    return section;
  }
}
