import { markdownText } from "../escape.ts";
import { Html, h, renderChildren } from "../html/html.ts";
import { type MarkdownBlock, type MarkdownInline, parseMarkdown } from "./parse-markdown.ts";

function inlineNodeHtml(node: MarkdownInline): string {
  switch (node.type) {
    case "text":
      return renderChildren(node.text);
    case "strong":
      return h("strong", {}, inlineHtml(node.children)).value;
    case "em":
      return h("em", {}, inlineHtml(node.children)).value;
  }
}

function inlineHtml(nodes: readonly MarkdownInline[]): Html {
  return new Html(nodes.map(inlineNodeHtml).join(""));
}

function blocksHtml(blocks: readonly MarkdownBlock[], tight: boolean): Html[] {
  return blocks.map((block, i) => {
    if (block.type === "paragraph") {
      // In a tight list item the first paragraph is the item's text, without <p>.
      return tight && i === 0 ? inlineHtml(block.content) : h("p", {}, inlineHtml(block.content));
    }
    const items = block.items.map((item) => h("li", {}, blocksHtml(item, true)));
    return block.ordered
      ? h("ol", { start: block.start === 1 ? undefined : block.start }, items)
      : h("ul", {}, items);
  });
}

/**
 * Renders a plan's Markdown text (the safe subset of `parseMarkdown`) as
 * HTML. Every text node is escaped; raw HTML in the source shows as text.
 *
 * @param text - Markdown from a plan
 * @returns the HTML
 * @example
 * markdownToHtml("**Let op** <script>x</script>").value
 * //=> "<p><strong>Let op</strong> &lt;script&gt;x&lt;/script&gt;</p>"
 */
export function markdownToHtml(text: string): Html {
  return new Html(blocksHtml(parseMarkdown(text), false).join(""));
}

/**
 * The plan's prose (a safe Markdown subset: paragraphs, lists, bold and italic) as
 * HTML in which every character of the text is escaped.
 *
 * @example
 * renderMarkdownHtml("- a\n- *b*") //=> "<ul><li>a</li><li><em>b</em></li></ul>"
 */
export function renderMarkdownHtml(text: string): string {
  return markdownToHtml(text).value;
}

function inlineNodeMarkdown(node: MarkdownInline): string {
  switch (node.type) {
    case "text":
      return markdownText(node.text);
    case "strong":
      return `**${inlineMarkdown(node.children)}**`;
    case "em":
      return `*${inlineMarkdown(node.children)}*`;
  }
}

function inlineMarkdown(nodes: readonly MarkdownInline[]): string {
  return nodes.map(inlineNodeMarkdown).join("");
}

function blocksMarkdown(blocks: readonly MarkdownBlock[]): string[] {
  return blocks.map((block) => {
    if (block.type === "paragraph") return inlineMarkdown(block.content);
    return block.items
      .map((item, n) => {
        const marker = block.ordered ? `${block.start + n}. ` : "- ";
        const pad = " ".repeat(marker.length);
        const parts = blocksMarkdown(item);
        const lines = [`${marker}${parts[0] ?? ""}`];
        parts.slice(1).forEach((part, k) => {
          // A paragraph after another block needs a blank line; a nested list does not.
          if (item[k + 1]?.type === "paragraph") lines.push("");
          lines.push(
            part
              .split("\n")
              .map((line) => (line ? pad + line : line))
              .join("\n"),
          );
        });
        return lines.join("\n");
      })
      .join("\n");
  });
}

/**
 * Writes a plan's Markdown text back as normalised, safe Markdown: the same
 * paragraphs, lists and emphasis, with every text node escaped (HTML and
 * stray Markdown syntax become text).
 *
 * @param text - Markdown from a plan
 * @returns Markdown, blocks separated by a blank line
 * @example
 * markdownToMarkdown("- *a*\n- <b>") //=> "- *a*\n- &lt;b&gt;"
 */
export function markdownToMarkdown(text: string): string {
  return blocksMarkdown(parseMarkdown(text)).join("\n\n");
}
