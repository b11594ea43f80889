import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES } from "../shared-options.ts";

/** `ivp init <dir> --municipality <name or code>`: scaffold a new plan. */
export const init = defineCommand({
  name: "init",
  summary: "Scaffold a new plan for a municipality",
  description:
    "Creates <dir>/plan.yaml and an empty data file <dir>/data/politie.csv: the Kernbeleid Veiligheid taxonomy, the usual police indicators mapped to their crime-type codes (so 'ivp import' fills them in), a police table of the last three years with figures, each with its change against the year before (rolling: a newly imported year shows up without editing the plan), and TODO placeholders for the mission, the priorities and every baseline and target. The first line points editors with the YAML language server at the plan's JSON Schema, by a URL that is the same for everyone (the schema of the published @ivp/model on the jsDelivr CDN). The municipality is looked up in ivp's register of all 342 municipalities of 2024: by CBS code, by name as StatLine writes it, by common name or alias (Den Haag, Den Bosch, Nuenen), ignoring accents and case; an ambiguous name (Bergen) lists the candidates, a municipality merged away since 2014 (Weesp) names its successor, and a --code that contradicts the name is refused. Refuses to overwrite an existing plan.",
  arguments: [{ name: "dir", description: "The directory of the new plan.", required: true }],
  options: [
    {
      name: "municipality",
      short: "m",
      type: "string",
      description:
        "The municipality: a name (Blaricum, 'Laren (NH.)', 'Den Haag', Hengelo) or a CBS code (GM0376). Required.",
      valueName: "NAME|CODE",
    },
    {
      name: "code",
      type: "string",
      description:
        "The CBS code (GM and four digits), checked against the name; only for a municipality newer than ivp's register (2024) is it taken as given.",
      valueName: "GMxxxx",
    },
    {
      name: "period",
      type: "string",
      description: "The years the plan covers, e.g. 2024-2027. Default: four years from next year.",
      valueName: "YYYY-YYYY",
    },
    {
      name: "schema",
      type: "string",
      description:
        "Path (relative to the plan) or URL of the plan JSON Schema for the editor line. Default: https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json.",
      valueName: "PATH",
    },
  ],
  examples: [
    {
      command: "ivp init plans/blaricum --municipality Blaricum --period 2024-2027",
      description: "A plan for Blaricum (GM0376), 2024-2027.",
    },
    {
      command: "ivp init plans/den-haag --municipality 'Den Haag'",
      description: "A plan for 's-Gravenhage (GM0518), found by its everyday name.",
    },
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: "the plan was created" },
    {
      code: EXIT.invalidInput,
      meaning: "the plan exists already, or the municipality cannot be identified",
    },
    ...COMMON_EXIT_CODES,
  ],
});
