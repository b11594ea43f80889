/**
 * Every fixed string of the report and of `ivp status` in Dutch. A new text
 * goes into `Messages` (catalogue.ts) and then into every language's file;
 * messages.test.ts checks that they have the same keys and placeholders.
 */

import { plural } from "@ivp/model";
import type { Messages, StatusMessages } from "./catalogue.ts";

/**
 * The texts of `ivp status` in Dutch (its text, JSON and the progress
 * texts the report shares with it), built apart from the rest of the
 * catalogue: a status needs some 90 of its few hundred entries, and V8 builds
 * the objects of a catalogue's first use entry by entry (a map transition
 * each; the whole Dutch catalogue was some 1.4 million instructions of
 * `ivp status` on Laren, Node 20, callgrind).
 */
export function dutchStatusMessages(): StatusMessages {
  const nl: StatusMessages = {
    status: {
      achieved: "doel gehaald",
      ahead: "voor op schema",
      indistinguishable: "niet te onderscheiden",
      behind: "achter op schema",
      worse: "verslechterd",
      "not-achieved": "doel niet gehaald",
      "not-assessable": "niet te beoordelen",
    },
    notAssessable: {
      "no-target": "geen doel",
      "no-baseline": "geen basiswaarde",
      "no-direction": "richting onbekend",
      "target-not-after-baseline": "doeljaar niet na basisjaar",
      "no-observations": "geen metingen",
      "no-later-measurement": "geen latere meting",
      "incomparable-periods": "geen vergelijkbare periode",
      "inconsistent-target": "doel past niet bij basis en richting",
      "no-margin": "geen foutmarge bekend",
    },
    noTest: {
      "missing-value": "geen toets: waarde ontbreekt",
      "not-a-count": "geen toets: geen aantal",
      "no-intervals": "geen toets: geen marges",
    },
    progress: {
      averageBaseline: (range, value) => `gem. ${range}: ${value}`,
      averagePeriod: (range) => `gem. ${range}`,
      averageRange: (from, to) => `${from} t/m ${to}`,
      manual: "handmatig",
      automatic: "automatisch",
      manualStatus: "handmatige status",
      significant: "significant",
      chance: "niet te onderscheiden van toeval",
      corrected: "gecorrigeerd",
      vs: "t.o.v.",
      illustrative: "illustratief",
      illustrativeTarget: "illustratief doel, niet vastgesteld door de raad",
      projection: "projectie",
      statusLegend:
        "Oordeel: de laatste waarde met haar 95%-toevalsmarge tegen de rechte lijn van basis naar doel (vanaf de doelperiode: tegen het doel); beter of slechter alleen als de marge de lijn of het doel niet raakt, anders niet te onderscheiden. Verslechterd: slechter dan de basis, ook met toeval. Aantallen: exacte Poisson-marge, breder als de reeks in eerdere jaren meer schommelde dan toeval geeft (overdispersie); enquêtecijfers: de gepubliceerde marges; zonder marge alleen een opgegeven tolerantie.",
      correctionLegend: (method, tests, expected) =>
        `${tests} toetsen samen; zonder correctie zou toeval er gemiddeld ${expected} als verschil aanwijzen. Correctie: ${method}.`,
      correctionMethod: {
        none: "geen",
        holm: "Holm (de kans op één of meer valse verschillen blijft onder 5%)",
        "benjamini-hochberg":
          "Benjamini-Hochberg (van de aangewezen verschillen is naar verwachting hooguit 5% toeval)",
      },
      significanceLegend:
        "Significantie van de verandering t.o.v. de basis: exacte Poisson-toets voor aantallen (tweezijdig, als R's poisson.test; quasi-Poisson bij overdispersie), marges voor enquêtecijfers; significant bij p < 0,05.",
      verdictNote: ({ value, lower, upper, benchmark, against, side, widened }) =>
        `oordeel: ${value}${lower === null ? "" : ` (95%-marge ${lower} tot ${upper}${widened ? `, verbreed voor overdispersie ${widened}` : ""})`} tegen ${against === "path" ? "de lijn naar het doel" : "het doel"} ${benchmark}: ${side === "better" ? "beter" : side === "worse" ? "slechter" : "niet te onderscheiden"}.`,
      trendNote: ({ from, to, perYear, lower, upper, verdict, widened }) =>
        `trend ${from}-${to}: ${perYear} per jaar (95%-interval ${lower} tot ${upper}${widened ? `, verbreed voor overdispersie ${widened}` : ""}): ${verdict === "increasing" ? "stijgend" : verdict === "decreasing" ? "dalend" : "geen duidelijke trend"}.`,
      rateComputedAs: (count, per, population) => `berekend als ${count} x ${per} / ${population}`,
      rateNoFigure: (period, have, lacking) =>
        `geen cijfer voor ${period}: wel ${have}, geen ${lacking}`,
      fractionBeyond: "meer dan de hele weg",
      fractionAway: "van het doel af",
      percentagePoints: (difference) => `${difference} procentpunt`,
      gradePoints: (difference) => `${difference} punt`,
      everyComponent: "Alle componenten: ivp status --format json.",
      samePeriod: (to, from) => `${to} vergeleken met de basis (${from}): dezelfde periode.`,
      sameMonths: (to, from, fromValue) =>
        `${to} vergeleken met dezelfde maanden van het basisjaar (${from}: ${fromValue})`,
      scaledTarget: (target, fromValue, baseline, scaled) =>
        `het doel omgerekend naar dezelfde maanden: ${target} x ${fromValue} / ${baseline} = ${scaled}`,
      projected: (to, toValue, shares, share, current, range) =>
        `het basisjaar heeft geen cijfer voor dezelfde maanden; ${to} (${toValue}) is naar een heel jaar geprojecteerd met het aandeel van die maanden in eerdere jaren (${shares}; samen ${share}): ${toValue} / ${share} = ${current}, marge ${range} (toevalsvariatie van het aantal en spreiding van het aandeel). Een projectie, geen meting.`,
      warning: {
        targetDisagrees: (stated, printed, change, resolved, used, preference) =>
          `het gedrukte doel ${stated}${printed} klopt niet met de gedrukte verandering ${change} van de basis (= ${resolved}); beoordeeld tegen ${used}: bij zo'n verschil telt ${nl.targetPreference[preference]}.`,
        targetAgainstDirection: (target, baseline, direction) =>
          `het doel ${target} ligt aan de verkeerde kant van de basis ${baseline} (${direction}); zo'n doel is al bij de basis gehaald en zegt niets over voortgang, dus geen oordeel. Controleer het doel in het plan.`,
        baselineDiffers: (baseline, observed, period) =>
          `de basiswaarde ${baseline} wijkt af van het cijfer ${observed} dat voor ${period} is vastgelegd.`,
        projectionSingleYear: (year) =>
          `de projectie steunt op één eerder jaar (${year}); hoe sterk het aandeel van die maanden per jaar wisselt is onbekend en zit niet in de marge.`,
        baselineExtreme: (value, period, position, history, mean, remedy) =>
          `de basiswaarde ${value} (${period}) is het ${position === "lowest" ? "laagste" : "hoogste"} van de vergelijkbare periodes (eerder: ${history}; gemiddeld ${mean}). Een volgende periode ligt door toeval alleen al vaak dichter bij dat gemiddelde (regressie naar het gemiddelde): een deel van de verandering kan daaruit komen. Het gemiddelde van meerdere jaren als basis voorkomt dat, bijvoorbeeld ${remedy}.`,
      },
    },
    statusText: {
      title: "Voortgang",
      headers: [
        "indicator",
        "basis",
        "doel",
        "laatste",
        "verandering",
        "t.o.v. vorige periode",
        "deel v.d. weg",
        "status",
        "significantie",
      ],
      notes: "Toelichting",
      sameAsChange: "= verandering",
    },
    direction: {
      "lower-is-better": "lager is beter",
      "higher-is-better": "hoger is beter",
    },
    maxPrefix: "max.",
    minPrefix: "min.",
    keepPrefix: "handhaven",
    relativeOnly: (change) => `${change} t.o.v. basis`,
    notAvailable: "–",
    asOf: (period) => `Peilmoment: cijfers tot en met ${period}`,
    asOfLatest: "Peilmoment: de laatste cijfers per indicator",
    targetPreference: {
      "stated-value": "het gedrukte doel",
      "resolved-change": "de gedrukte verandering toegepast op de basis",
    },
  };
  return nl;
}

/**
 * Built when a text of this language is first asked for (messages.ts): the
 * catalogue's few hundred entries are objects and functions that a command
 * in the other language would build for nothing at every start. The texts of
 * `ivp status` (`status`, built first) are its own objects, taken as they are.
 */
export function dutchMessages(status: StatusMessages): Messages {
  return {
    reportKind: "Monitoringsrapportage",
    contents: "Inhoud",
    sections: {
      summary: "Samenvatting",
      mainGoals: "Hoofddoelstellingen",
      figures: "Politiecijfers",
      priorities: "Prioriteiten",
      themes: "Overige thema's",
      indicators: "Indicatoren",
      kernbeleid: "Kernbeleid Veiligheid",
      partners: "Partners",
      sources: "Bronnen",
      method: "Verantwoording",
    },
    themeParts: {
      motivation: "Aanleiding",
      evaluation: "Evaluatie",
      goals: "Doelstelling",
      indicators: "Effectindicatoren",
      approach: "Aanpak",
      actions: "Acties uit het uitvoeringsplan",
      partners: "Partners",
    },
    columns: {
      indicator: "Indicator",
      theme: "Prioriteit of thema",
      source: "Bron",
      baseline: "Basis",
      target: "Doel",
      latest: "Laatste waarde",
      fraction: "Deel van de weg",
      status: "Status",
      change: "Verandering",
      latestAndChange: "Laatste waarde en verandering",
      significance: "Significantie",
      period: "Periode",
      value: "Waarde",
      origin: "Herkomst",
      action: "Actie",
      who: "Wie",
      partners: "Partners",
      when: "Wanneer",
      code: "Code",
      kernbeleidTheme: "Thema",
      coveredBy: "Behandeld in",
      name: "Naam",
      description: "Omschrijving",
      count: "Aantal",
      what: "Wat",
      kind: "Soort",
      component: "Onderdeel",
      calculation: "Berekening",
      outcome: "Uitkomst",
    },
    status: status.status,
    statusHelp: {
      achieved:
        "de doelperiode is voorbij en de waarde is beter dan het doel, ook als je rekening houdt met toeval",
      ahead:
        "nog voor de doelperiode: de waarde is beter dan waar de rechte lijn van basis naar doel nu zou zijn, ook als je rekening houdt met toeval",
      indistinguishable:
        "het verschil met de lijn naar het doel (na de doelperiode: met het doel) is zo klein dat toeval het kan verklaren; of het beter of slechter gaat, is niet te zeggen",
      behind:
        "nog voor de doelperiode: de waarde is slechter dan waar de rechte lijn van basis naar doel nu zou zijn, ook als je rekening houdt met toeval",
      worse:
        "nog voor de doelperiode: de waarde is slechter dan bij de basis, ook als je rekening houdt met toeval",
      "not-achieved":
        "de doelperiode is voorbij en de waarde is slechter dan het doel, ook als je rekening houdt met toeval",
      "not-assessable":
        "geen doel, basis, richting, latere vergelijkbare meting of foutmarge, of een doel dat niet past bij de basis; de reden staat bij de indicator",
    },
    notAssessable: status.notAssessable,
    noTest: status.noTest,
    progress: status.progress,
    statusText: status.statusText,
    actionStatus: {
      planned: "gepland",
      ongoing: "lopend",
      done: "gereed",
      postponed: "uitgesteld",
      cancelled: "vervallen",
    },
    unit: {
      count: "aantal",
      grade: "rapportcijfer (1-10)",
      percentage: "percentage",
      "rate-per-1000": "per 1.000 inwoners",
      "rate-per-10000": "per 10.000 inwoners",
      "rate-per-100000": "per 100.000 inwoners",
    },
    direction: status.direction,
    origin: {
      table: "tabel",
      text: "tekst",
      import: "import",
      other: "overig",
    },
    targetKind: {
      absolute: "waarde",
      relative: "verandering",
      maximum: "maximum",
      minimum: "minimum",
      "keep-level": "niveau vasthouden",
    },
    sourceKind: {
      "police-registration": "politieregistratie",
      survey: "enquête",
      "municipal-registration": "gemeentelijke registratie",
      "open-data": "open data",
      other: "overig",
    },
    maxPrefix: status.maxPrefix,
    minPrefix: status.minPrefix,
    keepPrefix: status.keepPrefix,
    relativeOnly: status.relativeOnly,
    notAvailable: status.notAvailable,
    none: "geen",
    asOf: status.asOf,
    asOfLatest: status.asOfLatest,
    meta: { municipality: "Gemeente", planPeriod: "Planperiode", adopted: "Vastgesteld" },
    skipToContent: "Naar de inhoud",
    emptyCell: {
      value: "geen cijfer",
      zeroBase: "geen percentage: het oude cijfer is 0",
      missingValue: "geen percentage: een van beide cijfers ontbreekt",
      reference: "niet opgegeven",
    },
    placeholders: (count) =>
      `Dit plan is nog niet af: ${plural("nl", count, { one: "één tekst is", other: `${count} teksten zijn` })} nog een plaatshouder (beginnend met TODO) die de gemeente moet invullen. Lees dit rapport als een proef, niet als het plan van de gemeente.`,
    appendix: {
      calculations: "Berekening per indicator",
      calculationLink: "De berekening staat in de verantwoording.",
      tests: "Toets per indicator",
      settings: "Instellingen van het plan",
      targetPreference: (key, value, meaning) =>
        `Welk doel telt als het gedrukte doel en de gedrukte verandering verschillen: ${meaning} (${key}: ${value}).`,
      correctionSetting: (key, value) =>
        `Correctie voor meerdere toetsen: ${value} (${key}, of ivp report --correction).`,
    },
    council: {
      statusPlain: {
        achieved: "de doelperiode is voorbij en het doel is gehaald",
        ahead: "het gaat sneller dan nodig om het doel op tijd te halen",
        indistinguishable:
          "het verschil met het schema is zo klein dat het toeval kan zijn: beter of slechter is (nog) niet te zeggen",
        behind: "het gaat langzamer dan nodig om het doel op tijd te halen",
        worse: "slechter dan bij de start van het plan (de basis)",
        "not-achieved": "de doelperiode is voorbij en het doel is niet gehaald",
        "not-assessable":
          "er ontbreekt iets om te oordelen, zoals een doel, een beginwaarde of een nieuwe meting; de reden staat erbij",
      },
      legendCaption: "Wat de oordelen betekenen",
      legendIntro:
        "Het schema is de rechte lijn van de beginwaarde naar het doel. Een oordeel zegt alleen 'beter' of 'slechter' als toeval het verschil niet kan verklaren.",
      meaning: "Betekenis",
      tableCaption: "Oordeel per indicator",
      warningsIntro: "Bij deze indicatoren klopt iets niet of is het oordeel voorzichtig te lezen:",
      significanceLegend:
        "Significantie: of de verandering sinds de basis groter is dan toeval kan verklaren (significant bij p < 0,05). Hoe dat is getoetst, staat in de verantwoording.",
      chanceNote:
        "° niet te onderscheiden van toeval: zo'n verandering komt ook zonder echte verandering voor. Hoe dat is getoetst, staat in de verantwoording.",
      seeMethod: "zie de verantwoording",
    },
    targetPreference: status.targetPreference,
    print: {
      asOf: (period) => (period === null ? "laatste cijfers" : `peilmoment ${period}`),
      page: "pagina",
      of: "van",
    },
    fromIndicator: "de indicator zelf",
    fromTable: (title) => `indicatortabel '${title}'`,
    tableWord: "Tabel",
    mission: "Missie",
    summaryIntro: (assessable, total) =>
      assessable === total
        ? `Het plan heeft ${total} indicatoren; voor alle is de voortgang naar het doel te beoordelen.`
        : `Het plan heeft ${total} indicatoren. Voor ${assessable === 0 ? "geen ervan" : `${assessable} daarvan`} is de voortgang naar het doel te beoordelen; ${total - assessable} ${plural("nl", total - assessable, { one: "is", other: "zijn" })} niet te beoordelen; de reden staat bij het oordeel.`,
    manualCount: (count) =>
      `${plural("nl", count, { one: "Eén status is", other: `${count} statussen zijn` })} met de hand gezet; de automatische status staat ernaast.`,
    statusCounts: "Indicatoren per status",
    chanceNote: "° niet te onderscheiden van toeval (exacte Poisson-toets, tweezijdig, p ≥ 0,05)",
    significanceSummary: (tests, expected, significant, nominal, correction) => {
      if (tests === 0) return "Geen veranderingen getoetst.";
      const tested = `${tests} ${plural("nl", tests, { one: "verandering", other: "veranderingen" })} getoetst; door toeval alleen zouden er ongeveer ${expected} significant lijken.`;
      return correction === null
        ? `${tested} Niet gecorrigeerd voor het aantal toetsen: ${significant} te onderscheiden van toeval.`
        : `${tested} Gecorrigeerd voor het aantal toetsen (${correction}): ${significant} te onderscheiden van toeval (${nominal} zonder correctie).`;
    },
    differsFromEffective: (baseline, target) =>
      `deze tabel drukt andere waarden af dan de indicator gebruikt (basis ${baseline}, doel ${target})`,
    differsLegend:
      "≠ deze rij wijkt af van de basis of het doel waarmee de indicator wordt gevolgd",
    chart: {
      observed: "waargenomen",
      baseline: "basis",
      target: "doel",
      path: "rechte lijn van basis naar doel",
      title: (label) => `Verloop: ${label}`,
      noData: "Geen waarnemingen om te tonen.",
      otherPeriods: "niet in de grafiek: andere periode dan de basis",
      numbersCaption: (label) => `Cijfers bij de grafiek: ${label}`,
      barsTitle: (column) => `Verandering ${column}`,
      barsDescription: (column, reference) =>
        reference
          ? `Staafdiagram van de procentuele verandering (${column}) per categorie; het streepje is de kolom '${reference}'. De cijfers staan in de tabel hierboven.`
          : `Staafdiagram van de procentuele verandering (${column}) per categorie. De cijfers staan in de tabel hierboven.`,
      reference: "vergelijking",
      increase: "toename",
      decrease: "afname",
      scaledTarget: (months) => `doel omgerekend naar ${months}`,
      noChange: "geen % (basis 0 of ontbrekend)",
      clipped: "staaf afgekapt",
      sameMonths: (months) => `${months}, geen heel jaar`,
      sameMonthsDescription: (months, points) =>
        `${months} (dezelfde maanden van twee jaren, apart getekend, geen heel jaar): ${points}.`,
      drawnApart: "apart getekend: dezelfde maanden als in het basisjaar",
      projection: "projectie van het hele jaar, met marge",
      projectionDescription: (year, from, value, range) =>
        `projectie ${year} uit ${from}: ${value}, marge ${range} (een schatting, geen meting).`,
      projected: "projectie",
    },
    indicatorFacts: {
      unit: "Eenheid",
      direction: "Richting",
      source: "Bron",
      baseline: "Basis",
      target: "Doel",
      latest: "Laatste waarde",
      status: "Status",
      expected: "Verwacht op de rechte lijn",
      verdict: "Hoe het oordeel tot stand komt",
      fraction: "Deel van de weg",
      comparison: "Vergelijking",
      change: "Verandering",
      previousChange: "Verandering t.o.v. de vorige periode",
      rate: "Berekend",
      significance: "Significantie",
      warnings: "Let op",
      components: "Berekening",
      themes: "Prioriteit of thema",
      yes: "ja",
      no: "nee",
      directionInferred: "afgeleid uit het doel",
      assessed: "beoordeeld",
      expectedAfter: (value, elapsed, total) => `${value} (na ${elapsed} van ${total} jaar)`,
      targetIn: (target, period) => `${target} in ${period}`,
      poissonDetail: (later, earlier, ratio, lower, upper) =>
        `exacte Poisson-toets van ${later} tegen ${earlier}; verhouding ${ratio} (95%-interval ${lower} tot ${upper})`,
      surveyDetail: (difference, lower, upper) =>
        `toets met de marges van beide metingen; verschil ${difference} (95%-interval ${lower} tot ${upper})`,
    },
    calculation: {
      resolvedTarget: "doel uit de gedrukte verandering",
      baseline: "basis (y₀)",
      target: "doel (y_T)",
      current: "huidige waarde (y_t)",
      elapsed: "verstreken jaren (t − t₀)",
      total: "jaren van basis tot doel (T − t₀)",
      timeFraction: "verstreken deel van de tijd",
      expected: "verwacht op de rechte lijn",
      fraction: "deel van de weg",
      observed: "waargenomen jaarlijkse groei",
      required: "benodigde jaarlijkse groei",
      ratio: "verhouding R",
      targetAchieved: "doel bereikt",
      status: "status",
      absolute: "jaarlijkse verschillen, want basis of doel is 0",
      noChangeRequired: "geen: het doel is gelijk aan de basis",
      rounded: (decimals) => `afgerond op ${decimals} decimalen`,
    },
    kernbeleidIntro: (fields, themes, totalThemes) =>
      `Het plan behandelt ${themes} van de ${totalThemes} thema's in ${fields} van de 5 veiligheidsvelden van Kernbeleid Veiligheid (VNG).`,
    unknownCodes: "Codes die niet in Kernbeleid Veiligheid voorkomen",
    notCovered: "niet behandeld",
    references: "Documenten",
    indicatorsOfSource: "Indicatoren",
    methodText: [
      "Procentuele veranderingen zijn (nieuw - oud) / oud x 100, exact berekend en afgerond op hele procenten (een half naar boven, weg van nul). Een toename krijgt een plusteken; een cel blijft leeg als de oude waarde 0 is.",
      "Cijfers voor juli t/m december staan niet in het plan: ze zijn berekend als het hele jaar min januari t/m juni.",
      "Een waarde over een deel van het jaar (zoals januari t/m oktober) wordt alleen vergeleken met dezelfde maanden van een ander jaar; het doel wordt dan naar die maanden omgerekend. Heeft het basisjaar die maanden niet, dan wordt een aantal naar een heel jaar geprojecteerd, met een marge. In de grafieken staan zulke cijfers apart, nooit op de lijn van de hele jaren.",
      "Basis en doel van een indicator komen uit de indicator zelf of anders uit de eerste indicatortabel waarin die staat.",
    ],
    tableLabelColumn: "Categorie",
    generatedBy: "Gemaakt met ivp uit de gegevens van het plan.",
    otherIndicators: "Overige indicatoren",
    noIndicator: (id) => `het rapport heeft geen indicator "${id}"`,
  };
}
