/**
 * What each lint rule checks and why it matters, in Dutch: the source of the
 * rules' descriptions (every other language has exactly these rules, which the
 * type checker enforces). Documentation, not findings: it is read through
 * `@ivp/model/lint-docs`, so the main entry a browser loads does not carry it.
 */
import type { CatalogueRuleId } from "../messages/rule-messages.ts";

export const nlDescriptions: Readonly<Record<CatalogueRuleId, string>> = {
  "baseline-figure-mismatch":
    "De uitgangswaarde van een indicator is het cijfer van haar periode. Geeft het plan voor die periode een ander cijfer (in een tabel of in de tekst), dan klopt een van de twee niet. Als de cijfers onderling verschillen, meldt conflicting-figures dat; deze regel meldt alleen een uitgangswaarde die van elk cijfer afwijkt.",
  "baseline-target-period":
    "Een doel hoort binnen de planperiode te vallen, en een uitgangswaarde vóór het doel en niet na het eerste jaar van het plan: de uitgangswaarde beschrijft de situatie waarmee het plan begint.",
  "claim-contradicted":
    'Een bewering in de tekst over hoe een reeks zich ontwikkelde ("elk jaar afgenomen sinds 2013") wordt getoetst aan de cijfers van het plan. "Elk jaar" betekent: in elke periode lager (of hoger) dan in de vorige met een cijfer; "afgenomen" betekent: aan het eind lager dan aan het begin. Ontbreekt bij een aantal het jaarcijfer, dan telt het cijfer van een kortere periode in dat jaar als ondergrens: 7 tot en met oktober 2018 is al meer dan 6 in heel 2017.',
  "conflicting-figures":
    "Hetzelfde cijfer (dezelfde reeks, hetzelfde gebied, dezelfde periode) mag maar één waarde hebben. Staat in de tekst 65 en in de tabel 63, dan klopt er één niet.",
  "duplicate-id":
    "Een id mag binnen zijn lijst (series, indicators, sources, …; prioriteiten en thema's samen) maar één keer voorkomen, anders is onduidelijk waar een verwijzing naar wijst; hetzelfde geldt voor de code van een gebied. Hoofdletters tellen niet mee (GM0376 en gm0376 zijn hetzelfde), en tekens die er hetzelfde uitzien na Unicode-normalisatie (NFKC) ook niet. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd.",
  "incomparable-periods":
    "Cijfers over perioden met andere maanden zijn niet te vergelijken: januari-oktober 2018 met januari-oktober 2017, nooit met heel 2017. Gecontroleerd worden de veranderingskolommen van tabellen, beweringen in de tekst, en de uitgangswaarde tegenover het doel van elke indicator.",
  "indicator-missing-baseline":
    "Zonder uitgangswaarde (baseline, bij de indicator of in een tabel) is niet te zien hoeveel vooruitgang er is geboekt. Voor een procesindicator zonder nulmeting kan de regel per plan uit (lint: { rules: { indicator-missing-baseline: off } }).",
  "indicator-missing-direction":
    "Of een hoger cijfer beter of slechter is, verschilt per indicator: minder woninginbraken is beter, een hoger rapportcijfer ook. Zonder direction kan ivp de voortgang niet beoordelen.",
  "indicator-missing-source":
    "Bij elke indicator hoort een bron (source): waar komen de cijfers vandaan, en waar haalt de volgende voortgangsanalyse ze op? Een bron die alleen in een tabel is afgedrukt, hoort ook als id bij de indicator.",
  "indicator-missing-target":
    "Een indicator zonder doel (targets, bij de indicator of in een tabel) wordt wel gevolgd maar niet beoordeeld. Dat kan bewust zijn, daarom is dit een mededeling.",
  "indicator-value-conflict":
    "Een indicator die in meer tabellen staat, moet overal dezelfde uitgangswaarde en hetzelfde doel per periode hebben. Twee waarden voor één doel maken de voortgang onmeetbaar: welke geldt?",
  "indicator-wording-conflict":
    'Een indicator die in meer tabellen staat, hoort overal dezelfde naam en dezelfde bron te hebben. Een andere naam ("Aantal verwarde personen" tegenover "Aantal meldingen van verwarde personen") of bron laat lezers twijfelen of het om hetzelfde cijfer gaat. Voetnoottekens, hoofdletters en spaties tellen niet mee.',
  "label-typo":
    'Rijlabels zoals ze zijn afgedrukt (label in tables en indicatorTables) worden woord voor woord vergeleken met de namen van de reeksen en indicatoren van het plan. Een woord dat één letter afwijkt van een bekend woord (twee bij woorden van tien letters of meer), zoals "vermielingen" naast "Vernielingen", is waarschijnlijk een typefout. Verbuigingen ("geslaagd", "geslaagde") en woorden korter dan vijf letters tellen niet.',
  "negative-derived-value":
    "ivp leidt ontbrekende halfjaren af: juli-december is het jaar min januari-juni. Komt zo'n afgeleid aantal negatief uit, dan is het jaar kleiner dan een van zijn halfjaren, en klopt een van de cijfers niet. Alleen aantallen (eenheid count) worden zo afgeleid.",
  "parts-sum-mismatch":
    'Sub-rijen die als volledig zijn verklaard (parts met complete: true, zoals "...waaraan pogingen" en "...waaraan geslaagd") moeten in elke periode optellen tot hun totaal. Ontbreekt het cijfer van een deel, dan mogen de bekende delen het totaal niet overschrijden; bij aantallen telt een deel daarbij minstens zo zwaar als zijn cijfer over een kortere periode binnen dezelfde periode.',
  placeholder:
    "Een tekst die met TODO begint is een plaatshouder van ivp init of ivp bulk: de gemeente moet hem nog schrijven. Het rapport van zo'n plan zegt bovenaan dat het nog plaatshouders bevat. ivp validate --placeholders-as-errors maakt er fouten van, bijvoorbeeld voordat een plan naar de raad gaat.",
  "printed-change-mismatch":
    "Waar het plan vastlegt welk percentage het document afdrukte (printed), rekent ivp het na: (nieuw - oud) / oud x 100, exact en rekenkundig afgerond, met + voor een stijging en een leeg vak als de basis 0 is. Wijkt het afgedrukte percentage af, dan is het verkeerd berekend of overgetypt.",
  "priority-without-indicators":
    "Een prioriteit zonder indicator (geen indicators en geen indicatortabel met dit theme) heeft geen meetbaar doel: raad en college kunnen niet zien of de aanpak werkt. Overige thema's hoeven geen indicator te hebben.",
  "relative-target-mismatch":
    'Een doel dat als getal met percentage is geschreven, zoals "60 (-25%)", moet kloppen: het percentage toegepast op de uitgangswaarde en afgerond volgens de afrondingsregel van het plan (standaard rekenkundig, op de decimalen van de uitgangswaarde) moet het getal opleveren. Anders weet niemand welk doel geldt.',
  "shorter-period-exceeds-longer":
    "Een aantal over een kortere periode kan niet groter zijn dan over een periode die haar omvat: januari-oktober niet boven het hele jaar, januari-juni niet boven januari-oktober. Alleen aantallen (eenheid count) van dezelfde reeks in hetzelfde gebied worden vergeleken; rapportcijfers en percentages niet, want die tellen niet op. Een halfjaar boven zijn jaar meldt negative-derived-value.",
  "source-name-typo":
    'De bron zoals die in een indicatortabel is afgedrukt, wordt vergeleken met de namen onder sources. Wijkt hij één of twee tekens af van een bekende naam (een letter verwisseld, vergeten of te veel), zoals "BHV/Politie" naast "BVH/politie", dan is het waarschijnlijk een typefout. Hoofdletters, voetnoottekens en spaties rond een schuine streep tellen niet.',
  "target-direction":
    "Een doel hoort de goede kant op te gaan: bij lower-is-better een lager getal of een negatief percentage, bij higher-is-better een hoger getal of een positief percentage. Een maximum past bij lower-is-better, een minimum bij higher-is-better. Een doel dat slechter is dan de uitgangswaarde is meestal een vergissing; is het bewust, gebruik dan maximum of minimum.",
  "unknown-lint-rule":
    "Elke regel onder lint.rules moet een regel zijn die ivp kent. Een verschreven regel-id zet niets uit en niets aan, en dat valt anders niemand op.",
  "unknown-reference":
    "Elke verwijzing naar een id (reeks, gebied, bron, partner, indicator, tabel, prioriteit of thema, Kernbeleid-code, kolom) moet naar iets bestaands wijzen. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd; deze regel is er voor plannen die zonder die controle zijn ingelezen.",
  "unused-acknowledgement":
    "Elke erkende bevinding onder lint.acknowledged moet bij een bevinding horen: dezelfde regel, hetzelfde veld. Een erkenning zonder bevinding is achterhaald (de fout is hersteld, de regel staat uit of het veld is verschoven) en hoort weg, anders erkent ze later ongemerkt iets anders.",
  "value-out-of-range":
    "Elke waarde moet kunnen bestaan in haar eenheid: een rapportcijfer tussen 1 en 10, een percentage tussen 0 en 100, een aantal geheel en niet negatief, een aantal per 1000 inwoners niet negatief. Dit geldt voor cijfers, uitgangswaarden en doelen, ook voor de waarde waar een relatief doel op uitkomt (-200% van een aantal is negatief).",
};
