/**
 * VNG Kernbeleid Veiligheid: the five safety fields (veiligheidsvelden) and
 * their themes, as listed in Bijlage 2 of an IVP. Plans place their priorities
 * and themes on it with codes such as `1.3`.
 */

/** A safety field with its themes. */
export interface KernbeleidField {
  /** 1-5. */
  readonly code: string;
  readonly name: { readonly nl: string; readonly en: string };
  readonly themes: readonly KernbeleidTheme[];
}

/** A theme within a safety field. */
export interface KernbeleidTheme {
  /** Field and theme, e.g. `1.3`. */
  readonly code: string;
  readonly name: { readonly nl: string; readonly en: string };
}

function theme(code: string, nl: string, en: string): KernbeleidTheme {
  return { code, name: { nl, en } };
}

/** The taxonomy, in the order of Bijlage 2. */
export const KERNBELEID_VEILIGHEID: readonly KernbeleidField[] = [
  {
    code: "1",
    name: { nl: "Veilige woon- en leefomgeving", en: "Safe living environment" },
    themes: [
      theme("1.1", "Sociale kwaliteit", "Social quality"),
      theme("1.2", "Fysieke kwaliteit", "Physical quality"),
      theme(
        "1.3",
        "Objectieve veiligheid/veelvoorkomende en ‘high impact’-criminaliteit",
        "Objective safety/common and high-impact crime",
      ),
      theme("1.4", "Subjectieve veiligheid", "Perceived safety"),
    ],
  },
  {
    code: "2",
    name: { nl: "Bedrijvigheid en veiligheid", en: "Business and safety" },
    themes: [
      theme("2.1", "Veilig winkelgebied", "Safe shopping areas"),
      theme("2.2", "Veilige bedrijventerreinen", "Safe business parks"),
      theme("2.3", "Veilig uitgaan", "Safe nightlife"),
      theme("2.4", "Veilige evenementen", "Safe events"),
      theme("2.5", "Veilig toerisme", "Safe tourism"),
    ],
  },
  {
    code: "3",
    name: { nl: "Jeugd en veiligheid", en: "Youth and safety" },
    themes: [
      theme("3.1", "Jeugdoverlast", "Youth nuisance"),
      theme(
        "3.2",
        "Jeugdcriminaliteit/individuele probleemjongeren",
        "Youth crime/individual problem youths",
      ),
      theme("3.3", "Jeugd, alcohol en drugs", "Youth, alcohol and drugs"),
      theme("3.4", "Veilig in en om de school", "Safety in and around school"),
    ],
  },
  {
    code: "4",
    name: { nl: "Fysieke veiligheid", en: "Physical safety" },
    themes: [
      theme("4.1", "Verkeersveiligheid", "Road safety"),
      theme("4.2", "Brandveiligheid", "Fire safety"),
      theme("4.3", "Externe veiligheid", "External safety (hazardous substances)"),
      theme(
        "4.4",
        "Rampenbestrijding en crisisbeheersing",
        "Disaster response and crisis management",
      ),
    ],
  },
  {
    code: "5",
    name: { nl: "Integriteit en veiligheid", en: "Integrity and safety" },
    themes: [
      theme("5.1", "Polarisatie en radicalisering", "Polarisation and radicalisation"),
      theme(
        "5.2",
        "Georganiseerde criminaliteit / ondermijnende criminaliteit",
        "Organised and subversive crime",
      ),
      theme("5.3", "Veilige Publieke Taak", "Safe public service"),
      theme("5.4", "Informatieveiligheid", "Information security"),
      theme(
        "5.5",
        "Ambtelijke en bestuurlijke integriteit",
        "Integrity of officials and administrators",
      ),
    ],
  },
];

/**
 * The theme with a code, or `undefined`.
 *
 * @example
 * findKernbeleidTheme("3.1")?.name.nl //=> "Jeugdoverlast"
 */
export function findKernbeleidTheme(code: string): KernbeleidTheme | undefined {
  for (const field of KERNBELEID_VEILIGHEID) {
    const found = field.themes.find((t) => t.code === code);
    if (found) return found;
  }
  return undefined;
}
