import { describe, expect, it } from "vitest";
import { csvField, htmlText, markdownText, neutraliseFormula, tsvField } from "./escape.ts";

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://x","klik")', '\'=HYPERLINK("http://x","klik")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["-52%", "-52%"],
    ["+25%", "+25%"],
    ["-7,5", "-7,5"],
    ["woninginbraken", "woninginbraken"],
    ["", ""],
  ])("%j becomes %j", (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe("format escaping", () => {
  it("quotes CSV fields that need it", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("=A1,B1")).toBe('"\'=A1,B1"');
  });

  it("keeps TSV on one line", () => {
    expect(tsvField("a\tb\nc")).toBe("a b c");
  });

  it("shows Markdown and HTML as text", () => {
    expect(markdownText("<script>alert(1)</script> | *x*")).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*",
    );
    expect(htmlText(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
    );
  });
});
