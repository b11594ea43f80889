import { fileURLToPath } from "node:url";
import type { Observation, Plan } from "@ivp/model";
import { loadPlan } from "@ivp/plan-file/node";

/** The Laren example plan directory. */
const LAREN_DIR = fileURLToPath(new URL("../../../examples/laren-2019-2022", import.meta.url));

/** The Laren plan and every observation (plan file and data files), as `ivp report` reads them. */
export async function loadLaren(): Promise<{ plan: Plan; observations: readonly Observation[] }> {
  const result = await loadPlan(LAREN_DIR);
  if (!result.success)
    throw new Error(`the Laren example does not load: ${result.issues[0]?.message}`);
  return { plan: result.plan, observations: result.observations };
}

/** An example plan directory of the repository (`examples/<name>`) and its observations, as `ivp report` reads them. */
export async function loadExample(
  name: "blaricum" | "eemnes" | "laren-2019-2022",
): Promise<{ plan: Plan; observations: readonly Observation[] }> {
  const result = await loadPlan(
    fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url)),
  );
  if (!result.success)
    throw new Error(`the ${name} example does not load: ${result.issues[0]?.message}`);
  return { plan: result.plan, observations: result.observations };
}

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
