/**
 * Makes every page table that scrolls sideways (wider than its box, as on a
 * phone) reachable with the keyboard: focusable (tabindex 0), so that the
 * arrow keys scroll it. A table that fits loses it again, so that it is no
 * extra tab stop.
 *
 * @returns how many tables scroll
 */
export function markScrollingTables(root: ParentNode): number {
  let scrolling = 0;
  for (const table of Array.from(root.querySelectorAll<HTMLTableElement>(".vp-doc table"))) {
    if (table.scrollWidth > table.clientWidth + 1) {
      scrolling++;
      table.tabIndex = 0;
      table.dataset.scrolls = "";
    } else if (table.dataset.scrolls !== undefined) {
      table.removeAttribute("tabindex");
      delete table.dataset.scrolls;
    }
  }
  return scrolling;
}
