import { findMunicipalityByCode, plainMunicipalityName } from "../regions/municipalities.ts";
import {
  codeOrSyntheticCode,
  isSyntheticMunicipalityCode,
  municipalityOfSyntheticCode,
} from "../regions/synthetic-codes.ts";
import type { SourceFigure } from "../source-figure.ts";

/** Which municipality a bulk run's figures are about. */
export interface BulkMunicipality {
  /** Its CBS code, or the invented code (GM9001-GM9999) of a synthetic municipality. */
  readonly code: string;
  readonly codeIsSynthetic: boolean;
  /** The everyday name (`Laren`); the code when neither the file nor ivp's table names it. */
  readonly name: string;
  /** The StatLine name when it differs from `name` (`Laren (NH.)`). */
  readonly statlineName?: string;
}

/** The municipality a figure is about, or `undefined` for any other region. */
export function municipalityOf(figure: SourceFigure): BulkMunicipality | undefined {
  return municipalityOfRegion(figure.region);
}

/** {@link municipalityOf}, from a figure's region alone. */
export function municipalityOfRegion(region: SourceFigure["region"]): BulkMunicipality | undefined {
  const { code, name, kind } = region;
  if (kind !== "municipality") return undefined;
  if (code !== undefined) {
    const entry = findMunicipalityByCode(code) ?? municipalityOfSyntheticCode(code);
    const statlineName = name ?? entry?.statlineName;
    const plain = statlineName ? plainMunicipalityName(statlineName) : code;
    return {
      code,
      codeIsSynthetic: isSyntheticMunicipalityCode(code),
      name: plain,
      ...(statlineName && statlineName !== plain && { statlineName }),
    };
  }
  if (name === undefined) return undefined;
  const assigned = codeOrSyntheticCode(name);
  if (!assigned) return undefined;
  const plain = plainMunicipalityName(name);
  return {
    code: assigned.code,
    codeIsSynthetic: assigned.synthetic,
    name: plain,
    ...(plain !== name && { statlineName: name }),
  };
}
