import { CRIME_TYPES } from "../crime-types/crime-types.ts";
import { importError } from "../messages/say.ts";
import {
  isSyntheticMunicipalityName,
  MAX_SYNTHETIC_MUNICIPALITIES,
  syntheticMunicipality,
} from "../regions/synthetic-codes.ts";
import { mixSeed, mulberry32, normal, samplePoisson } from "./random.ts";

/** Options of {@link createSyntheticNation}. */
export interface SyntheticNationOptions {
  /** Any integer; the same seed gives the same figures. */
  readonly seed: number;
  /** The first year. Default 2014. */
  readonly startYear?: number;
  /** How many years, each with twelve months. Default 10. */
  readonly years?: number;
  /** The share of figures published as missing (`null`). Default 0.001. */
  readonly missingRate?: number;
  /**
   * Only some municipalities (for small test sets): the first n, or these
   * names (`Synthetisch 004`). Default 342, as many as the Netherlands has. A
   * municipality's figures are the same in any selection.
   */
  readonly municipalities?: number | readonly string[];
}

/** A municipality of the synthetic data set. */
export interface SyntheticMunicipality {
  /** Its invented code in GM9001-GM9999 (see `SYNTHETIC_CODE_RANGE`). */
  readonly code: string;
  /** Always `true`: no synthetic municipality is a real one. */
  readonly codeIsSynthetic: boolean;
  /** Its invented name, `Synthetisch 001`, as StatLine would write it. */
  readonly statlineName: string;
  /** The invented number of inhabitants its rates are scaled by. */
  readonly inhabitants: number;
}

/** A crime type of the synthetic data set: a police key and its StatLine title. */
export interface SyntheticCrimeType {
  readonly code: string;
  readonly title: string;
}

/** A synthetic national data set of registered crimes: every figure a pure function of the seed. */
export interface SyntheticNation {
  readonly seed: number;
  readonly startYear: number;
  readonly years: number;
  readonly municipalities: readonly SyntheticMunicipality[];
  /** The police crime types, the total (`0.0.0`) first. */
  readonly crimeTypes: readonly SyntheticCrimeType[];
  /**
   * Registered crimes of a municipality and crime type in a month (1-12);
   * `null` when the figure is published as missing.
   */
  count(municipality: number, crimeType: number, year: number, month: number): number | null;
  /** The national figure (the sum over the municipalities; never missing). */
  nationalCount(crimeType: number, year: number, month: number): number;
}

/**
 * Crimes per 1,000 inhabitants a year, and the seasonal swing (amplitude and
 * the month of the peak), of each police crime type; roughly the national
 * figures of the 2020s. "Other" is everything the total counts beyond the
 * listed types.
 */
const PROFILES: Readonly<Record<string, { rate: number; amplitude: number; peak: number }>> = {
  "1.1.1": { rate: 1.3, amplitude: 0.35, peak: 12 },
  "1.2.1": { rate: 2.4, amplitude: 0.12, peak: 11 },
  "1.2.3": { rate: 4.6, amplitude: 0.3, peak: 9 },
  "1.4.5": { rate: 2.5, amplitude: 0.15, peak: 6 },
  "1.4.6": { rate: 0.2, amplitude: 0.25, peak: 12 },
  "1.4.7": { rate: 0.035, amplitude: 0.2, peak: 12 },
  "2.2.1": { rate: 3.6, amplitude: 0.2, peak: 1 },
  "2.5.2": { rate: 2.8, amplitude: 0.15, peak: 12 },
  other: { rate: 25, amplitude: 0.05, peak: 6 },
};

/** How many invented municipalities a full data set has: as many as the Netherlands in 2024. */
const NATION_SIZE = 342;

/** The numbers (1-999) of the invented municipalities a data set covers. */
function selectMunicipalities(selection: number | readonly string[] | undefined): number[] {
  if (selection === undefined || typeof selection === "number") {
    const count = Math.min(selection ?? NATION_SIZE, MAX_SYNTHETIC_MUNICIPALITIES);
    return Array.from({ length: count }, (_, i) => i + 1);
  }
  return selection.map((name) => {
    if (!isSyntheticMunicipalityName(name)) {
      throw importError("invalid-number", "synthetic/municipality-name", { name });
    }
    return Number(name.slice(-3));
  });
}

/** Salts, so each kind of draw has its own stream. */
const SALT = { inhabitants: 1, level: 2, growth: 3, count: 4, missing: 5 } as const;

/**
 * Creates the synthetic national data set of police table 47013NED: 342
 * invented municipalities (`Synthetisch 001`, code `GM9001`; no real name
 * carries an invented figure, see `SYNTHETIC_CODE_RANGE`), the police crime types
 * of ivp's crime-type table, monthly. Each municipality gets an invented
 * number of inhabitants (log-normal, median 28,000); each municipality and
 * crime type a rate per inhabitant (the type's national rate, a little higher
 * in larger places, times a log-normal factor), a yearly trend and the type's
 * seasonal swing; a month's count is a Poisson draw around that mean. The
 * total (`0.0.0`) is the sum of the listed types plus "other" crimes, so it is
 * consistent with its parts. **The figures are invented**; they only look like
 * police statistics.
 *
 * @param options - the seed, the years, the share of missing figures
 * @returns the data set; its figures are computed on demand (nothing is held in memory)
 * @example
 * const nation = createSyntheticNation({ seed: 42 });
 * nation.municipalities.length //=> 342
 * nation.count(0, 0, 2014, 1) === createSyntheticNation({ seed: 42 }).count(0, 0, 2014, 1) //=> true
 */
export function createSyntheticNation(options: SyntheticNationOptions): SyntheticNation {
  const seed = options.seed | 0;
  const startYear = options.startYear ?? 2014;
  const years = options.years ?? 10;
  const missingRate = options.missingRate ?? 0.001;
  const police = CRIME_TYPES.filter((t) => t.classification === "police");
  const total = police.find((t) => t.code === "0.0.0");
  const parts = police.filter((t) => t.code !== "0.0.0" && PROFILES[t.code]);
  if (!total) throw importError("internal", "internal/no-police-total", {});
  const crimeTypes: SyntheticCrimeType[] = [total, ...parts].map((t) => ({
    code: t.code,
    title: t.titles[0] ?? t.label,
  }));
  // Components of the total: the listed types, then "other".
  const profiles = [...parts.map((t) => PROFILES[t.code]), PROFILES.other] as {
    rate: number;
    amplitude: number;
    peak: number;
  }[];
  const season = profiles.map((p) =>
    Array.from(
      { length: 12 },
      (_, m) => 1 + p.amplitude * Math.cos((2 * Math.PI * (m + 1 - p.peak)) / 12),
    ),
  );

  const chosen = selectMunicipalities(options.municipalities);
  // Draws are seeded by the municipality's number, not its place in the selection.
  const position = chosen.map((n) => n - 1);
  const municipalities: SyntheticMunicipality[] = chosen.map((n, m) => {
    const entry = syntheticMunicipality(n);
    const random = mulberry32(mixSeed(seed, SALT.inhabitants, position[m] as number));
    const inhabitants = Math.round(
      Math.min(950_000, Math.max(900, 28_000 * Math.exp(0.9 * normal(random)))),
    );
    return {
      code: entry.code,
      codeIsSynthetic: true,
      statlineName: entry.statlineName,
      inhabitants,
    };
  });
  // Per municipality and component: the mean of a month without season or trend, and the yearly trend.
  const level = municipalities.map((municipality, m) =>
    profiles.map((profile, c) => {
      const random = mulberry32(mixSeed(seed, SALT.level, position[m] as number, c));
      const urban = (municipality.inhabitants / 28_000) ** 0.15;
      return (
        ((profile.rate * municipality.inhabitants) / 1000 / 12) *
        urban *
        Math.exp(0.25 * normal(random))
      );
    }),
  );
  const growth = municipalities.map((_, m) =>
    profiles.map((_, c) =>
      Math.exp(
        -0.02 + 0.04 * normal(mulberry32(mixSeed(seed, SALT.growth, position[m] as number, c))),
      ),
    ),
  );

  const inRange = (year: number, month: number) =>
    year >= startYear && year < startYear + years && month >= 1 && month <= 12;
  /** The count of one component: the same draw whichever figure needs it. */
  const draw = (m: number, c: number, year: number, month: number): number => {
    const mean =
      (level[m]?.[c] ?? 0) *
      (growth[m]?.[c] ?? 1) ** (year - startYear) *
      (season[c]?.[month - 1] ?? 1);
    return samplePoisson(
      mean,
      mulberry32(mixSeed(seed, SALT.count, position[m] as number, c, year, month)),
    );
  };
  /** The unrounded figure of a published crime type (0 = the total). */
  const raw = (m: number, t: number, year: number, month: number): number => {
    if (t > 0) return draw(m, t - 1, year, month);
    let sum = 0;
    for (let c = 0; c < profiles.length; c++) sum += draw(m, c, year, month);
    return sum;
  };
  const check = (m: number, t: number, year: number, month: number) => {
    if (
      !inRange(year, month) ||
      t < 0 ||
      t >= crimeTypes.length ||
      m < 0 ||
      m >= municipalities.length
    ) {
      throw importError("invalid-number", "synthetic/no-figure", {
        municipality: m,
        type: t,
        month: `${year}-${month}`,
      });
    }
  };
  return {
    seed,
    startYear,
    years,
    municipalities,
    crimeTypes,
    count(m, t, year, month) {
      check(m, t, year, month);
      const gap = mulberry32(mixSeed(seed, SALT.missing, position[m] as number, t, year, month))();
      return gap < missingRate ? null : raw(m, t, year, month);
    },
    nationalCount(t, year, month) {
      check(0, t, year, month);
      let sum = 0;
      for (let m = 0; m < municipalities.length; m++) sum += raw(m, t, year, month);
      return sum;
    },
  };
}
