import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attribute, h, html, hWith, renderChildren, trustedHtml } from "./html.ts";

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

  it("writes numbers as they print (nothing in them to escape)", () => {
    expect(
      h("text", { x: -1.5, y: 1e21, r: Number.NaN }, -0.25, Number.POSITIVE_INFINITY).value,
    ).toBe('<text x="-1.5" y="1e+21" r="NaN">-0.25Infinity</text>');
  });

  describe("hWith", () => {
    it("writes what h writes with the attribute added last, escaped", () => {
      const attributes = { class: "num", title: "a & b" };
      expect(hWith("td", attributes, "data-label", '"Jaar" <x>', "2017", 5).value).toBe(
        h("td", { ...attributes, "data-label": '"Jaar" <x>' }, "2017", 5).value,
      );
      expect(hWith("td", {}, "data-label", "Jaar", "<b>").value).toBe(
        '<td data-label="Jaar">&lt;b&gt;</td>',
      );
    });

    it("keeps the attribute's place when the attributes have it, with the new value", () => {
      expect(hWith("td", { "data-label": "old", class: "num" }, "data-label", "new").value).toBe(
        '<td data-label="new" class="num"></td>',
      );
    });
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

describe("html (template)", () => {
  it("escapes every value, in content and inside an attribute's quotes", () => {
    const text = `<script>alert("x" + 'y') & more</script>`;
    expect(html`<td title="${text}">${text}</td>`.value).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp; more&lt;/script&gt;">' +
        "&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;) &amp; more&lt;/script&gt;</td>",
    );
  });

  it("escapes markup inside an attribute's quotes instead of keeping it (it could end the attribute)", () => {
    const markup = h("b", { class: "x" }, "a & b");
    const quote = trustedHtml('" onmouseover="alert(1)');
    expect(html`<td title="${markup}" data-x='${[quote, " ", 2]}'>${markup}</td>`.value).toBe(
      "<td title=\"&lt;b class=&quot;x&quot;&gt;a &amp;amp; b&lt;/b&gt;\" data-x='&quot; onmouseover=&quot;alert(1) 2'>" +
        '<b class="x">a &amp; b</b></td>',
    );
    // After the attribute's closing quote, and between attributes (attribute()), markup is kept.
    expect(html`<tr title="${"t"}"${attribute("class", "a")}>${markup}</tr>`.value).toBe(
      '<tr title="t" class="a"><b class="x">a &amp; b</b></tr>',
    );
    // "<" in text and a comment open no tag, so a quote after them opens no attribute.
    expect(html`<p>a < b, "${markup}"<!-- it's -->${markup}</p>`.value).toBe(
      '<p>a < b, "<b class="x">a &amp; b</b>"<!-- it\'s --><b class="x">a &amp; b</b></p>',
    );
    // A quote in the element's content opens no attribute.
    expect(html`<p>"${markup}" 'x' ${markup}</p>`.value).toBe(
      '<p>"<b class="x">a &amp; b</b>" \'x\' <b class="x">a &amp; b</b></p>',
    );
  });

  it("keeps markup, flattens lists, writes numbers as they print and nothing for null, undefined and false", () => {
    expect(
      html`<ul>${[html`<li>${"a"}</li>`, [h("li", {}, "b")], null, undefined, false]}</ul><p>${-0.5}${1e21}</p>`
        .value,
    ).toBe("<ul><li>a</li><li>b</li></ul><p>-0.51e+21</p>");
  });

  it("writes what h writes for the same element", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        (a, b, c) => {
          expect(
            html`<td class="num"${attribute("title", c)} data-label="${a}">${b}<span class="sub">${a}</span></td>`
              .value,
          ).toBe(
            hWith(
              "td",
              { class: "num", title: c },
              "data-label",
              a,
              b,
              h("span", { class: "sub" }, a),
            ).value,
          );
        },
      ),
    );
  });

  it("attribute: escaped, or nothing for null, undefined and false (an empty text stays)", () => {
    expect(attribute("title", 'a "b" <c>').value).toBe(' title="a &quot;b&quot; &lt;c&gt;"');
    expect(attribute("colspan", 7).value).toBe(' colspan="7"');
    expect(attribute("title", "").value).toBe(' title=""');
    for (const none of [null, undefined, false] as const)
      expect(attribute("title", none).value).toBe("");
  });
});
