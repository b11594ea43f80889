import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into the page under test. */
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One rule axe-core found broken, with the first elements that break it. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core (WCAG 2.2 A and AA and axe's best practices) on the page and
 * returns every violation; `[]` is a pass.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResult> } })
      .axe;
    interface AxeResult {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
}

/**
 * The focusable controls (links, buttons, scrollable regions) that show no
 * outline of at least 2 px when focused by keyboard; `[]` is a pass.
 */
export async function controlsWithoutVisibleFocus(page: Page): Promise<string[]> {
  // One Tab makes the browser treat the following focus() calls as keyboard focus (:focus-visible).
  await page.keyboard.press("Tab");
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>("a[href], button, [tabindex]")];
    const missing: string[] = [];
    for (const control of controls) {
      control.focus();
      const style = getComputedStyle(control);
      const width = Number.parseFloat(style.outlineWidth);
      if (style.outlineStyle === "none" || !(width >= 2))
        missing.push(`${control.tagName.toLowerCase()} ${control.textContent?.slice(0, 40) ?? ""}`);
    }
    return missing;
  });
}
