import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { evaluatePlan, renderReport } from "../src/index.ts";
import { IMAGE, injectScripts, SCRIPT } from "./hostile-text.ts";

/**
 * Every attribute name in the document. Attribute values are always quoted
 * with `"` and never contain one (it is escaped), so this reading is exact.
 */
function attributeNames(html: string): string[] {
  const names = new Set<string>();
  for (const tag of html.matchAll(
    /<[a-zA-Z][a-zA-Z0-9-]*((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g,
  )) {
    for (const attribute of (tag[1] ?? "").matchAll(/\s+([^\s=>]+)(?:="[^"]*")?/g)) {
      names.add(attribute[1] ?? "");
    }
  }
  return [...names].sort();
}

async function hostileReport(format: "html" | "md" | "json", lang: "nl" | "en" = "nl") {
  const { plan, observations } = await loadExample("laren-2019-2022");
  return renderReport(evaluatePlan(injectScripts(plan), { observations, lang }), format);
}

describe("text from a plan is never markup", () => {
  it.each(["nl", "en"] as const)(
    "HTML (%s): no element, handler or script URL comes from the plan",
    async (lang) => {
      const html = await hostileReport("html", lang);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b[\s>]/i);
      // No element carries an event handler (the text "onerror=" itself is shown, escaped).
      expect(attributeNames(html).filter((name) => name.startsWith("on"))).toEqual([]);
      expect(html).not.toContain('href="javascript:');
      // The text is there, escaped, in the places it was typed.
      expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
      expect(html).toContain("&lt;img src=&quot;x&quot; onerror=&quot;window.__pwned=2&quot;&gt;");
      expect(html).toContain("<strong>&lt;script&gt;window.__pwned=1&lt;/script&gt;</strong>");
      expect(html).toContain(
        "<li>&lt;b onclick=&quot;window.__pwned=3&quot;&gt;vet&lt;/b&gt;</li>",
      );
      expect(html).toContain(
        `<title>Monitoringsrapportage: Integraal Veiligheidsplan Gemeente Laren 2019-2022 &lt;script&gt;`.replace(
          "Monitoringsrapportage",
          lang === "en" ? "Monitoring report" : "Monitoringsrapportage",
        ),
      );
    },
  );

  it("the only attributes in the HTML are those of the report itself", async () => {
    expect(attributeNames(await hostileReport("html"))).toEqual(
      [
        "aria-hidden",
        "aria-label",
        "aria-labelledby",
        "class",
        "colspan",
        "content",
        "cx",
        "cy",
        "data-label",
        "d",
        "data-table",
        "fill",
        "height",
        "href",
        "http-equiv",
        "id",
        "lang",
        "name",
        "points",
        "r",
        "role",
        "rowspan",
        "scope",
        "stroke",
        "stroke-dasharray",
        "stroke-width",
        "tabindex",
        "text-anchor",
        "title",
        "transform",
        "viewBox",
        "width",
        "x",
        "x1",
        "x2",
        "xmlns",
        "y",
        "y1",
        "y2",
        "charset",
      ].sort(),
    );
  });

  it("the only tags in the HTML are those of the report itself", async () => {
    const html = await hostileReport("html");
    const tags = new Set(
      [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]?.toLowerCase()),
    );
    expect([...tags].sort()).toEqual(
      [
        "a",
        "article",
        "body",
        "caption",
        "circle",
        "dd",
        "desc",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "footer",
        "g",
        "h1",
        "h2",
        "h3",
        "h4",
        "head",
        "header",
        "html",
        "li",
        "line",
        "main",
        "meta",
        "nav",
        "ol",
        "p",
        "path",
        "polyline",
        "rect",
        "section",
        "span",
        "strong",
        "style",
        "svg",
        "table",
        "tbody",
        "td",
        "text",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
      ].sort(),
    );
  });

  it("Markdown: HTML and Markdown syntax from the plan show as text", async () => {
    const md = await hostileReport("md");
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<img/i);
    expect(md).toContain("&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;");
    // Inside a table a | from the plan cannot add a column.
    const { plan, observations } = await loadExample("laren-2019-2022");
    const piped = {
      ...plan,
      partners: plan.partners.map((p, i) => (i === 0 ? { ...p, name: "a | b" } : p)),
    };
    const table = renderReport(evaluatePlan(piped, { observations }), "md");
    expect(table).toContain("| a \\| b |");
  });

  it("JSON keeps the plan's text as data, exactly as typed", async () => {
    const json = JSON.parse(await hostileReport("json"));
    expect(json.indicators[0].label).toBe(SCRIPT);
    expect(json.plan.mission).toContain(IMAGE);
  });
});
