import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./parse-markdown.ts";
import { markdownToMarkdown, renderMarkdownHtml } from "./render-markdown.ts";

describe("parseMarkdown", () => {
  it.each([
    ["one paragraph", "a\nb", "<p>a b</p>"],
    ["two paragraphs", "a\n\nb", "<p>a</p><p>b</p>"],
    ["a bullet list", "- a\n- b", "<ul><li>a</li><li>b</li></ul>"],
    ["a numbered list", "1. a\n2. b", "<ol><li>a</li><li>b</li></ol>"],
    ["a list starting at 3", "3. a\n4. b", '<ol start="3"><li>a</li><li>b</li></ol>'],
    ["a paragraph, then a list", "Zie:\n- a\n- b", "<p>Zie:</p><ul><li>a</li><li>b</li></ul>"],
    [
      "an item's continuation line",
      "- **Kop**\n  tekst",
      "<ul><li><strong>Kop</strong> tekst</li></ul>",
    ],
    ["a lazy continuation line", "- a\nb", "<ul><li>a b</li></ul>"],
    [
      "a numbered list inside a bullet",
      "- a:\n  1. x\n  2. y\n- b",
      "<ul><li>a:<ol><li>x</li><li>y</li></ol></li><li>b</li></ul>",
    ],
    ["a bullet after a blank line", "- a\n\n- b", "<ul><li>a</li><li>b</li></ul>"],
    ["a bullet list after a numbered one", "1. a\n- b", "<ol><li>a</li></ol><ul><li>b</li></ul>"],
    ["bold and italic", "**a** en *b*", "<p><strong>a</strong> en <em>b</em></p>"],
    ["italic inside bold", "**a *b* c**", "<p><strong>a <em>b</em> c</strong></p>"],
  ])("%s", (_name, source, html) => {
    expect(renderMarkdownHtml(source)).toBe(html);
  });

  describe("edge cases", () => {
    it.each([
      ["a lone asterisk", "5 * 3", "<p>5 * 3</p>"],
      ["an unclosed bold", "**a", "<p>**a</p>"],
      ["emphasis that opens on a space", "a * b *", "<p>a * b *</p>"],
      ["a negative number is not an item", "-25% minder", "<p>-25% minder</p>"],
      ["bold at line start is not an item", "**Belang**", "<p><strong>Belang</strong></p>"],
      ["an escaped asterisk", "\\*a\\*", "<p>*a*</p>"],
      ["a heading is text", "# Kop", "<p># Kop</p>"],
      ["an empty text", "", ""],
      ["only blank lines", "\n\n  \n", ""],
      ["Windows line ends", "a\r\n\r\nb", "<p>a</p><p>b</p>"],
    ])("%s", (_name, source, html) => {
      expect(renderMarkdownHtml(source)).toBe(html);
    });

    it("shows HTML as text", () => {
      expect(renderMarkdownHtml('<script>alert("x")</script>\n\n- <b onclick=x>y</b>')).toBe(
        "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p><ul><li>&lt;b onclick=x&gt;y&lt;/b&gt;</li></ul>",
      );
    });
  });

  it("keeps the structure of a parsed document", () => {
    expect(parseMarkdown("- a\n  - b")).toEqual([
      {
        type: "list",
        ordered: false,
        start: 1,
        items: [
          [
            { type: "paragraph", content: [{ type: "text", text: "a" }] },
            {
              type: "list",
              ordered: false,
              start: 1,
              items: [[{ type: "paragraph", content: [{ type: "text", text: "b" }] }]],
            },
          ],
        ],
      },
    ]);
    expect(parseInline("x **y**")).toEqual([
      { type: "text", text: "x " },
      { type: "strong", children: [{ type: "text", text: "y" }] },
    ]);
  });

  it("never produces a tag other than its own, whatever the text", () => {
    const allowed = /^<\/?(p|ul|ol|li|strong|em)( start="\d+")?>$/;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("<", ">", "*", "-", " ", "\n", "1", ".", "a", '"', "&", "\\"),
        }),
        (text) => {
          for (const tag of renderMarkdownHtml(text).match(/<[^>]*>/g) ?? []) {
            expect(tag).toMatch(allowed);
          }
        },
      ),
    );
  });

  it("never loses a word of the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 12 }),
        (words) => {
          const html = renderMarkdownHtml(words.join(" "));
          expect(html.replace(/<[^>]+>/g, "")).toBe(words.join(" "));
        },
      ),
    );
  });
});

describe("markdownToMarkdown", () => {
  it("writes lists, nesting and emphasis back, with text escaped", () => {
    expect(markdownToMarkdown("Zie:\n\n- **a** <b>\n  1. x_y\n  2. z\n- c | d")).toBe(
      "Zie:\n\n- **a** &lt;b&gt;\n  1. x\\_y\n  2. z\n- c \\| d",
    );
  });

  it("reads its own output back to the same document", () => {
    const source = "Tekst *schuin*.\n\n1. een\n2. twee\n   - drie\n\n- vier\n\n  vijf";
    const once = markdownToMarkdown(source);
    expect(parseMarkdown(markdownToMarkdown(once))).toEqual(parseMarkdown(once));
    expect(renderMarkdownHtml(once)).toBe(renderMarkdownHtml(source));
  });
});
