import { describe, expect, it } from "vitest";
import { h, renderChildren, trustedHtml } from "./html.ts";

describe("h", () => {
  it("escapes text children and attribute values", () => {
    expect(h("td", { title: '"><script>', class: "num" }, "<b>", 5).value).toBe(
      '<td title="&quot;&gt;&lt;script&gt;" class="num">&lt;b&gt;5</td>',
    );
  });

  it("keeps markup children and flattens lists", () => {
    expect(h("ul", {}, [h("li", {}, "a"), [h("li", {}, "b")], null, false, undefined]).value).toBe(
      "<ul><li>a</li><li>b</li></ul>",
    );
  });

  describe("edge cases", () => {
    it("writes boolean attributes bare and leaves out empty ones", () => {
      expect(h("input", { disabled: true, hidden: false, title: null, id: undefined }).value).toBe(
        "<input disabled></input>",
      );
    });

    it("writes void elements without a closing tag", () => {
      expect(h("meta", { charset: "utf-8" }).value).toBe('<meta charset="utf-8">');
    });

    it("passes trusted markup through unchanged", () => {
      expect(renderChildren([trustedHtml("<!-- x -->"), "&"])).toBe("<!-- x -->&amp;");
    });
  });
});
