import { KERNBELEID_VEILIGHEID, slugify } from "@ivp/model";
import { CRIME_TYPES } from "../crime-types/crime-types.ts";
import type { ResolvedMunicipality } from "../regions/municipalities.ts";

/** Options of {@link createPlanTemplate}. */
export interface PlanTemplateOptions {
  readonly municipality: ResolvedMunicipality;
  /** The years the plan covers, e.g. 2024-2027. */
  readonly period: { readonly start: number; readonly end: number };
  /**
   * Path (relative to the plan) or URL of the plan JSON Schema, for editors.
   * Default {@link planSchemaUrl}; `false` leaves the line out.
   */
  readonly schemaPath?: string | false;
  /** The data file the plan lists (relative to the plan). Default `data/politie.csv`. */
  readonly dataFile?: string;
}

/**
 * The URL of the plan JSON Schema that `ivp init` writes into a plan for
 * editors: the schema file of the published `@ivp/model` package on the
 * jsDelivr CDN (the newest release, or the release `version` when given), so
 * it is the same for everyone who shares the plan, does not depend on where
 * ivp is installed, and keeps working when the plan moves.
 *
 * @example
 * planSchemaUrl() //=> "https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json"
 * planSchemaUrl("1.4.2") //=> "https://cdn.jsdelivr.net/npm/@ivp/model@1.4.2/plan.schema.json"
 */
export function planSchemaUrl(version?: string): string {
  return `https://cdn.jsdelivr.net/npm/@ivp/model${version ? `@${version}` : ""}/plan.schema.json`;
}

/** The header of a new, empty observations data file. */
export const DATA_FILE_HEADER = "series,area,period,value,origin,source,note\n";

/** A YAML scalar: plain when that is safe, else double-quoted. */
function scalar(text: string): string {
  return /^[A-Za-z][A-Za-z0-9 .()/'-]*$/.test(text) && !/[ ]$/.test(text)
    ? text
    : JSON.stringify(text);
}

/**
 * What of a new plan depends on its period (and on the municipality's name):
 * its id, title and the headers of its table of main goals, as
 * {@link createPlanTemplate} writes them and a plan file reads them. One
 * place for both: `createBulkTemplate` sets them on a template it parsed for
 * another period instead of writing and parsing the whole text again.
 */
export function planTemplatePeriodTexts(
  name: string,
  period: { readonly start: number; readonly end: number },
): { id: string; title: string; baselineHeader: string; targetHeader: string } {
  return {
    id: `${slugify(name)}-${period.start}-${period.end}`,
    title: `Integraal Veiligheidsplan ${name} ${period.start}-${period.end}`,
    baselineHeader: `Waarde ${period.start - 1}`,
    targetHeader: `Doel ${period.end}`,
  };
}

/**
 * The text of a new plan for a municipality: the Kernbeleid Veiligheid
 * taxonomy, the usual police indicators mapped to their crime-type codes (so
 * `ivp import` fills them in), a rolling figure table (the last three years
 * with figures, each with its change against the year before, so a newly
 * imported year shows up without editing the plan), and clearly marked placeholders (`TODO`) for what only the
 * municipality can write: its mission, its priorities and each indicator's
 * baseline and target. The result passes `ivp validate` as it is (with its
 * empty data file). Pure: returns text.
 *
 * @param options - the municipality, the plan period and the schema path
 * @returns the text of `plan.yaml`
 * @example
 * createPlanTemplate({ municipality: { name: "Blaricum", code: "GM0376" }, period: { start: 2024, end: 2027 } }).split("\n")[9]
 * //=> "id: blaricum-2024-2027"
 */
export function createPlanTemplate(options: PlanTemplateOptions): string {
  const { municipality: m, period } = options;
  const dataFile = options.dataFile ?? "data/politie.csv";
  const baselineYear = period.start - 1;
  const texts = planTemplatePeriodTexts(m.name, period);
  const police = CRIME_TYPES.filter((t) => t.classification === "police");
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  const schema = options.schemaPath ?? planSchemaUrl();
  if (schema) push(`# yaml-language-server: $schema=${schema}`, "#");
  push(
    `# Integraal Veiligheidsplan ${m.name} ${period.start}-${period.end}`,
    "#",
    "# Opgezet met `ivp init`. Alles met TODO is een plaatshouder die de gemeente",
    "# zelf invult: de missie, de prioriteiten en per indicator de nulmeting",
    "# (baseline) en het doel (target). Politiecijfers komen met `ivp import` uit",
    `# open data in ${dataFile}; typ ze niet over. Controleer met \`ivp validate\`.`,
    "schemaVersion: 1",
    `id: ${texts.id}`,
    `title: ${scalar(texts.title)}`,
    "municipality:",
    `  name: ${scalar(m.name)}`,
    `  code: ${m.code}`,
    ...(m.statlineName ? [`  statlineName: ${scalar(m.statlineName)}`] : []),
    `period: { start: ${period.start}, end: ${period.end} }`,
    "language: nl",
    "",
    "# TODO: de missie van het plan, in een paar zinnen.",
    `mission: ${JSON.stringify(`TODO: missie van het integraal veiligheidsplan van ${m.name}.`)}`,
    "",
    "areas:",
    `  - { id: ${m.code}, name: ${scalar(m.name)}, kind: municipality, code: ${m.code} }`,
    "",
    "sources:",
    "  - id: politie",
    "    name: Politie, open data",
    "    kind: open-data",
    "    description: >-",
    "      Geregistreerde misdrijven per gemeente (politie, tabel 47013NED), via",
    "      data.politie.nl en CBS StatLine; `ivp import` leest de downloads.",
    "    url: https://data.politie.nl/",
    "  - id: veiligheidsmonitor",
    "    name: Veiligheidsmonitor",
    "    kind: survey",
    "    description: Tweejaarlijks bevolkingsonderzoek naar veiligheid en leefbaarheid (CBS).",
    "",
    "# Wat gemeten wordt. `codes.police` koppelt een reeks aan een soort misdrijf",
    "# van de politie; `ivp import` vult daarmee de cijfers in. Een eigen reeks",
    '# krijgt zo ook cijfers: codes: { police: "1.2.5" }.',
    "series:",
    ...police.map(
      (t) => `  - { id: ${t.series}, label: ${scalar(t.label)}, codes: { police: "${t.code}" } }`,
    ),
    "  # Inwoners op 1 januari, voor cijfers per 1.000 (10.000, 100.000) inwoners (`ivp compare`):",
    "  # `ivp import` van een StatLine-download van CBS-tabel 03759ned vult deze reeks.",
    "  - { id: inwoners, label: Inwoners op 1 januari }",
    "",
    "indicators:",
    ...police.map(
      (t) =>
        `  - { id: ${t.series}, label: ${scalar(t.label)}, unit: count, direction: lower-is-better, source: politie }`,
    ),
    "",
    "# Kernbeleid Veiligheid (VNG): koppel prioriteiten en thema's aan een thema",
    '# met kernbeleid: ["1.3"].',
    ...KERNBELEID_VEILIGHEID.flatMap((field) => [
      `#   ${field.code} ${field.name.nl}`,
      ...field.themes.map((theme) => `#     ${theme.code} ${theme.name.nl}`),
    ]),
    "priorities:",
    `  # TODO: kies de prioriteiten van ${m.name}; dit is een voorbeeld.`,
    "  - id: woninginbraken",
    "    title: Woninginbraken",
    '    kernbeleid: ["1.3"]',
    `    goals: ${JSON.stringify(`TODO: doelstelling, bijvoorbeeld: het aantal woninginbraken is eind ${period.end} met 10% gedaald ten opzichte van ${baselineYear}.`)}`,
    "    indicators: [woninginbraken]",
    "",
    "indicatorTables:",
    "  - id: hoofddoelstellingen",
    "    title: Meetbare hoofddoelstellingen",
    `    headers: { indicator: Indicator, source: Bron, baseline: ${texts.baselineHeader}, target: ${texts.targetHeader} }`,
    "    rows:",
    "      # TODO: vul per indicator de nulmeting en het doel in, bijvoorbeeld:",
    `      #   baseline: { value: 25, period: ${baselineYear} }`,
    `      #   target: { kind: relative, change: -10, period: ${period.end} }`,
    ...police.map((t) => `      - { indicator: ${t.series}, source: Politie }`),
    "",
    "tables:",
    "  - id: politiecijfers",
    `    title: ${scalar(`Politiecijfers ${m.name}`)}`,
    "    source: politie",
    "    # De laatste drie jaren met cijfers, elk met de ontwikkeling ten opzichte van",
    "    # het jaar ervoor. Na `ivp import` van een nieuw jaar schuift de tabel vanzelf op.",
    "    rolling: { last: 3, granularity: year }",
    "    rows:",
    ...police.map((t) => `      - { series: ${t.series} }`),
    "",
    "# CSV-bestanden met cijfers; `ivp import` schrijft hierin.",
    "data:",
    `  - ${dataFile}`,
    "",
  );
  return lines.join("\n");
}
