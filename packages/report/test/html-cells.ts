/** Decodes the five entities `htmlText` writes. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The body rows of the HTML table marked `data-table="<id>"`, each as the
 * visible text of its cells (tags and text for screen readers only stripped,
 * entities decoded). Enough for the report's own, regular markup; the browser
 * test reads the same through the DOM.
 */
export function tableBodyCells(html: string, tableId: string): string[][] {
  const start = html.indexOf(`data-table="${tableId}"`);
  if (start === -1) throw new Error(`no table ${tableId} in the HTML`);
  const end = html.indexOf("</table>", start);
  const table = html.slice(start, end);
  const body = table.slice(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] ?? "").matchAll(/<(th|td)[^>]*>(.*?)<\/\1>/gs)].map((cell) =>
      decodeEntities(
        (cell[2] ?? "").replace(/<span class="sr-only">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, ""),
      ),
    ),
  );
}
