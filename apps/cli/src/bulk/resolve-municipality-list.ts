import {
  codeOrSyntheticCode,
  findMunicipalitiesByName,
  MUNICIPALITIES,
  plainMunicipalityName,
} from "@ivp/importers";
import { closestMatch } from "@ivp/model";
import { usageError } from "../cli-error.ts";
import { say } from "../messages/say.ts";

const CODE = /^GM\d{4}$/i;

/**
 * The codes of `--municipalities`: a comma-separated list of CBS codes
 * (`GM0417`) and names (`Blaricum`, `Laren (NH.)`, `Den Haag`), looked up in
 * ivp's municipality register; a former municipality's name (`Weesp`) stands
 * for its old code and an invented one (`Synthetisch 001`) for its invented
 * code, as in the bulk run's own reading of a StatLine file. An unknown or
 * ambiguous name is a usage error with a suggestion.
 */
export function resolveMunicipalityList(text: string): Set<string> {
  const codes = new Set<string>();
  for (const item of text.split(",").map((s) => s.trim())) {
    if (item === "") continue;
    if (CODE.test(item)) {
      codes.add(item.toUpperCase());
      continue;
    }
    const found = findMunicipalitiesByName(item);
    if (found.length > 1) {
      throw usageError(
        say("bulk", "municipality-ambiguous", {
          item,
          count: found.length,
          names: found.map((m) => m.statlineName).join(", "),
        }),
        "bulk",
      );
    }
    const [entry] = found;
    const code = entry ? { code: entry.code } : codeOrSyntheticCode(item);
    if (!code) {
      // Compared with the everyday names ("Laren"), suggested as StatLine writes them ("Laren (NH.)").
      const plain = closestMatch(
        item,
        MUNICIPALITIES.map((m) => plainMunicipalityName(m.statlineName)),
      );
      const suggestion = plain && findMunicipalitiesByName(plain)[0]?.statlineName;
      throw usageError(
        say("bulk", "municipality-unknown", {
          item,
          suggestion: suggestion ? say("usage", "did-you-mean", { suggestion }) : "",
        }),
        "bulk",
      );
    }
    codes.add(code.code);
  }
  if (codes.size === 0) throw usageError(say("bulk", "municipalities-empty"), "bulk");
  return codes;
}
