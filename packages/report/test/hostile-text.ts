/**
 * Hostile text for the escaping tests: scripts and markup that would run if
 * the report ever put user text into its HTML unescaped, and a plan with them
 * in every place a user types.
 */
import type { Plan } from "@ivp/model";

/** A script that would set `window.__pwned` if it ever ran. */
export const SCRIPT = "<script>window.__pwned=1</script>";
/** Markup that would run a script through an event handler. */
export const IMAGE = '<img src="x" onerror="window.__pwned=2">';

/**
 * The plan with hostile text in the places a user types: labels, titles,
 * headers, prose (Markdown), names, URLs.
 */
export function injectScripts(plan: Plan): Plan {
  const [first, ...indicators] = plan.indicators;
  const [priority, ...priorities] = plan.priorities;
  const [table, ...tables] = plan.tables;
  const [partner, ...partners] = plan.partners;
  const [source, ...sources] = plan.sources;
  if (!first || !priority || !table || !partner || !source) throw new Error("unexpected plan");
  return {
    ...plan,
    title: `${plan.title} ${SCRIPT}`,
    mission: `${plan.mission}\n\n${IMAGE} **${SCRIPT}**`,
    indicators: [{ ...first, label: SCRIPT }, ...indicators],
    priorities: [
      {
        ...priority,
        title: `${priority.title} ${IMAGE}`,
        motivation: `- ${SCRIPT}\n- <b onclick="window.__pwned=3">vet</b>`,
        actions: priority.actions.map((a) => ({ ...a, what: `${a.what} ${SCRIPT}` })),
      },
      ...priorities,
    ],
    tables: [
      {
        ...table,
        title: `${table.title} ${SCRIPT}`,
        rows: table.rows.map((row, i) => (i === 0 ? { ...row, label: SCRIPT } : row)),
        columns: table.columns.map((c) => (c.group ? { ...c, group: `${c.group} ${IMAGE}` } : c)),
      },
      ...tables,
    ],
    partners: [{ ...partner, name: SCRIPT }, ...partners],
    sources: [{ ...source, name: SCRIPT, url: "javascript:window.__pwned=4" }, ...sources],
  };
}
