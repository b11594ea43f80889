/**
 * Every text of the linter in Dutch, the source catalogue: rule descriptions,
 * findings, suggestions and the phrases they share, keyed by rule id and
 * message id. Placeholders (`{label}`) are filled from a finding's data; a
 * plural entry (`{ one, other }`) is chosen by the data's `count`. A new
 * message goes here first, then into every other language's file.
 */
import type { LintCatalogue } from "./catalogue.ts";

export const nl = {
  format: { decimalSeparator: ",", and: " en ", quotes: ['"', '"'] },
  phrases: {
    "table-number": "Tabel {number}",
    "table-title": "tabel {title}",
    "place-row": "tabel {table}",
    "place-indicator": "de definitie van de indicator",
    "origin-table": "een tabel",
    "origin-text": "de tekst",
    "origin-text-section": "de tekst ({section})",
    "origin-import": "geïmporteerde gegevens",
    "origin-other": "een andere bron",
    "resolved-sum-of-parts": "de som van de delen",
    "resolved-full-year": "de som van de halfjaren",
    "resolved-other-half": "het jaar min het andere halfjaar",
    "resolved-rate": "berekend uit aantal en inwoners",
    "resolved-missing": "ontbreekt",
    "target-relative": "{value} ({change})",
    "target-maximum": "max. {value}",
    "target-minimum": "min. {value}",
    "target-keep-level": "gelijk blijven",
    "target-keep-level-value": "gelijk blijven ({value})",
  },
  rules: {
    "baseline-figure-mismatch": {
      description:
        "De uitgangswaarde van een indicator is het cijfer van haar periode. Geeft het plan voor die periode een ander cijfer (in een tabel of in de tekst), dan klopt een van de twee niet. Als de cijfers onderling verschillen, meldt conflicting-figures dat; deze regel meldt alleen een uitgangswaarde die van elk cijfer afwijkt.",
      messages: {
        "baseline-differs":
          "De uitgangswaarde van {label} in {place} is {value} ({period}), maar het plan geeft voor {period} {figures}.",
        "figure-in": "{value} in {origin}",
        "use-figure": "Neem {figure} als uitgangswaarde, of leg vast waar {baseline} vandaan komt.",
      },
    },
    "baseline-target-period": {
      description:
        "Een doel hoort binnen de planperiode te vallen, en een uitgangswaarde vóór het doel en niet na het eerste jaar van het plan: de uitgangswaarde beschrijft de situatie waarmee het plan begint.",
      messages: {
        "baseline-after-plan-start":
          "De uitgangswaarde van {label} in {place} is van {period}, na het begin van de planperiode {span}.",
        "use-earlier-baseline":
          "Neem een uitgangswaarde van {start} of eerder, of pas de planperiode aan.",
        "target-outside-plan-period":
          "Het doel van {label} in {place} is voor {period}, buiten de planperiode {span}.",
        "choose-target-year": "Kies een doeljaar van {start} tot en met {end}.",
        "target-not-after-baseline":
          "Het doel van {label} in {place} is voor {period}, niet na de uitgangswaarde ({baseline}).",
        "check-both-years": "Een doel ligt na de uitgangswaarde; controleer beide jaren.",
      },
    },
    "claim-contradicted": {
      description:
        'Een bewering in de tekst over hoe een reeks zich ontwikkelde ("elk jaar afgenomen sinds 2013") wordt getoetst aan de cijfers van het plan. "Elk jaar" betekent: in elke periode lager (of hoger) dan in de vorige met een cijfer; "afgenomen" betekent: aan het eind lager dan aan het begin. Ontbreekt bij een aantal het jaarcijfer, dan telt het cijfer van een kortere periode in dat jaar als ondergrens: 7 tot en met oktober 2018 is al meer dan 6 in heel 2017.',
      messages: {
        contradicted: "De bewering {quote} ({claim}) klopt niet met de cijfers: {reasons}.",
        "claim-strictly-decreasing": "elk jaar lager van {from} tot {to}",
        "claim-strictly-increasing": "elk jaar hoger van {from} tot {to}",
        "claim-decreased": "lager in {to} dan in {from}",
        "claim-increased": "hoger in {to} dan in {from}",
        point: "{period} ({value})",
        "point-at-least": "{period} (minstens {value}, het cijfer van {inside})",
        "not-lower": "{later} is niet lager dan {earlier}",
        "not-higher": "{later} is niet hoger dan {earlier}",
        "rephrase-lower": "Pas de bewering aan, bijvoorbeeld: lager in {last} dan in {first}.",
        "rephrase-higher": "Pas de bewering aan, bijvoorbeeld: hoger in {last} dan in {first}.",
        "rephrase-or-drop": "Pas de bewering aan of verwijder haar.",
      },
    },
    "conflicting-figures": {
      description:
        "Hetzelfde cijfer (dezelfde reeks, hetzelfde gebied, dezelfde periode) mag maar één waarde hebben. Staat in de tekst 65 en in de tabel 63, dan klopt er één niet.",
      messages: {
        "different-values": "{figure} staat er met {count} verschillende waarden: {values}.",
        figure: "{series} {period}",
        "figure-in-area": "{series} {period} ({area})",
        "value-in": "{value} in {origins}",
        "check-against-table": "Controleer het cijfer bij de bron; {table} geeft {value}.",
        "check-figures": "Controleer de cijfers bij de bron en gebruik overal hetzelfde.",
      },
    },
    "duplicate-id": {
      description:
        "Een id mag binnen zijn lijst (series, indicators, sources, …; prioriteiten en thema's samen) maar één keer voorkomen, anders is onduidelijk waar een verwijzing naar wijst; hetzelfde geldt voor de code van een gebied. Hoofdletters tellen niet mee (GM0376 en gm0376 zijn hetzelfde), en tekens die er hetzelfde uitzien na Unicode-normalisatie (NFKC) ook niet. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd.",
      messages: {
        "duplicate-id": "Het id {id} komt twee keer voor in {list}{earlier}.",
        "duplicate-code": "De code {id} komt twee keer voor in {list}{earlier}.",
        "earlier-spelling": " (eerder als {earlier}; hoofdletters tellen niet)",
        "give-own-id": "Geef elk onderdeel een eigen id.",
        "give-own-code": "Geef elk gebied een eigen code.",
      },
    },
    "incomparable-periods": {
      description:
        "Cijfers over perioden met andere maanden zijn niet te vergelijken: januari-oktober 2018 met januari-oktober 2017, nooit met heel 2017. Gecontroleerd worden de veranderingskolommen van tabellen, beweringen in de tekst, en de uitgangswaarde tegenover het doel van elke indicator.",
      messages: {
        "not-same-months": "{where} vergelijkt {from} met {to}, die niet dezelfde maanden beslaan.",
        "not-same-months-to-date":
          "{where} vergelijkt {from} met {to}, die niet dezelfde maanden beslaan; een cijfer tot en met een maand is alleen te vergelijken met dezelfde maanden van een ander jaar.",
        "where-column": "{table}, kolom {column}",
        "where-claim": "De bewering {quote}",
        "where-target": "Het doel van {label} in {place}",
        "compare-alike": "Vergelijk {to} met {alike}.",
      },
    },
    "indicator-missing-baseline": {
      description:
        "Zonder uitgangswaarde (baseline, bij de indicator of in een tabel) is niet te zien hoeveel vooruitgang er is geboekt. Voor een procesindicator zonder nulmeting kan de regel per plan uit (lint: { rules: { indicator-missing-baseline: off } }).",
      messages: {
        "no-baseline":
          "De indicator {label} heeft geen uitgangswaarde: niet bij de indicator en niet in een tabel.",
        "no-baseline-in-table":
          "De indicator {label} heeft geen uitgangswaarde: niet bij de indicator en niet in de tabel.",
        "give-baseline": "Vul de uitgangswaarde en haar periode in (baseline: { value, period }).",
      },
    },
    "indicator-missing-direction": {
      description:
        "Of een hoger cijfer beter of slechter is, verschilt per indicator: minder woninginbraken is beter, een hoger rapportcijfer ook. Zonder direction kan ivp de voortgang niet beoordelen.",
      messages: {
        "no-direction": "De indicator {label} zegt niet of hoger of lager beter is.",
        "add-direction": "Voeg direction: lower-is-better of direction: higher-is-better toe.",
      },
    },
    "indicator-missing-source": {
      description:
        "Bij elke indicator hoort een bron (source): waar komen de cijfers vandaan, en waar haalt de volgende voortgangsanalyse ze op? Een bron die alleen in een tabel is afgedrukt, hoort ook als id bij de indicator.",
      messages: {
        "source-only-printed":
          "De indicator {label} heeft geen source, al drukt tabel {table} {source} als bron af.",
        "no-source":
          "De indicator {label} heeft geen bron: niet bij de indicator en niet in een tabel.",
        "no-source-in-table":
          "De indicator {label} heeft geen bron: niet bij de indicator en niet in de tabel.",
        "add-source": "Voeg source: {id} toe.",
        "record-source": "Leg de bron vast onder sources en verwijs ernaar met source.",
      },
    },
    "indicator-missing-target": {
      description:
        "Een indicator zonder doel (targets, bij de indicator of in een tabel) wordt wel gevolgd maar niet beoordeeld. Dat kan bewust zijn, daarom is dit een mededeling.",
      messages: {
        "no-target": "De indicator {label} heeft geen doel.",
        "no-target-in-table": "De indicator {label} heeft geen doel, ook niet in de tabel.",
        "give-target":
          "Geef een doel (target) als de indicator beoordeeld moet worden; anders kan deze mededeling uit.",
      },
    },
    "indicator-value-conflict": {
      description:
        "Een indicator die in meer tabellen staat, moet overal dezelfde uitgangswaarde en hetzelfde doel per periode hebben. Twee waarden voor één doel maken de voortgang onmeetbaar: welke geldt?",
      messages: {
        "different-baselines": "{label} heeft {count} verschillende uitgangswaarden: {baselines}.",
        "baseline-in": "{value} ({period}) in {places}",
        "use-one-baseline": "Gebruik één uitgangswaarde in elke tabel met deze indicator.",
        "use-one-baseline-figures":
          "Gebruik één uitgangswaarde in elke tabel met deze indicator; de cijfers in het plan geven {figures}.",
        figure: "{value} ({period})",
        "different-targets": "{label} heeft {count} verschillende doelen voor {period}: {targets}.",
        "target-in": "{target} in {places}",
        "choose-one-target": "Kies één doel en gebruik het in elke tabel met deze indicator.",
      },
    },
    "indicator-wording-conflict": {
      description:
        'Een indicator die in meer tabellen staat, hoort overal dezelfde naam en dezelfde bron te hebben. Een andere naam ("Aantal verwarde personen" tegenover "Aantal meldingen van verwarde personen") of bron laat lezers twijfelen of het om hetzelfde cijfer gaat. Voetnoottekens, hoofdletters en spaties tellen niet mee.',
      messages: {
        "different-labels":
          "{label} staat met {count} verschillende namen in de tabellen: {names}. Lezers kunnen denken dat het verschillende indicatoren zijn.",
        "different-sources":
          "{label} staat met {count} verschillende bronnen in de tabellen: {names}.",
        "printed-in": "{name} in {places}",
        "same-label": "Gebruik in elke tabel dezelfde naam voor de indicator.",
        "same-source": "Noem de bron overal hetzelfde.",
        "same-source-preferred": "Noem de bron overal hetzelfde, bijvoorbeeld {preferred}.",
      },
    },
    "label-typo": {
      description:
        'Rijlabels zoals ze zijn afgedrukt (label in tables en indicatorTables) worden woord voor woord vergeleken met de namen van de reeksen en indicatoren van het plan. Een woord dat één letter afwijkt van een bekend woord (twee bij woorden van tien letters of meer), zoals "vermielingen" naast "Vernielingen", is waarschijnlijk een typefout. Verbuigingen ("geslaagd", "geslaagde") en woorden korter dan vijf letters tellen niet.',
      messages: {
        "likely-typo": "Het label {label} in {where} bevat waarschijnlijk een typefout: {typos}.",
        typo: "{word} voor {meant} (zoals in {source})",
        "write-fixed": "Schrijf {label}.",
      },
    },
    "negative-derived-value": {
      description:
        "ivp leidt ontbrekende halfjaren af: juli-december is het jaar min januari-juni. Komt zo'n afgeleid aantal negatief uit, dan is het jaar kleiner dan een van zijn halfjaren, en klopt een van de cijfers niet. Alleen aantallen (eenheid count) worden zo afgeleid.",
      messages: {
        "half-year-negative":
          "{series} {half} komt negatief uit: {sum}. Een halfjaar kan niet meer hebben dan het hele jaar.",
        subtraction: "{year} ({total}, {totalFrom}) - {part} ({partValue}, {partFrom}) = {rest}",
        "check-source": "Controleer het jaarcijfer en het halfjaarcijfer bij de bron.",
      },
    },
    "parts-sum-mismatch": {
      description:
        'Sub-rijen die als volledig zijn verklaard (parts met complete: true, zoals "...waaraan pogingen" en "...waaraan geslaagd") moeten in elke periode optellen tot hun totaal. Ontbreekt het cijfer van een deel, dan mogen de bekende delen het totaal niet overschrijden; bij aantallen telt een deel daarbij minstens zo zwaar als zijn cijfer over een kortere periode binnen dezelfde periode.',
      messages: {
        "parts-differ":
          "De delen van {series} in {period} tellen op tot {sum}, niet tot het totaal {total}: {terms} = {sum}.",
        "parts-exceed":
          "De delen van {series} in {period} tellen op tot minstens {sum}, meer dan het totaal {total}: {terms} = {sum}.",
        term: "{series} {value}",
        "term-at-least": "{series} minstens {value} (het cijfer van {period})",
        "check-total-and-parts":
          "Controleer het totaal en de delen bij de bron; dekken de delen niet het hele totaal, zet dan complete: false.",
        "part-missing":
          "Er ontbreekt een deel in de uitsplitsing, of het totaal is te laag; controleer beide bij de bron.",
      },
    },
    placeholder: {
      description:
        "Een tekst die met TODO begint is een plaatshouder van ivp init of ivp bulk: de gemeente moet hem nog schrijven. Het rapport van zo'n plan zegt bovenaan dat het nog plaatshouders bevat. ivp validate --placeholders-as-errors maakt er fouten van, bijvoorbeeld voordat een plan naar de raad gaat.",
      messages: {
        "still-placeholder": "{field} is nog een plaatshouder: {text}.",
        "replace-text": "Vervang de tekst door die van de gemeente.",
      },
    },
    "printed-change-mismatch": {
      description:
        "Waar het plan vastlegt welk percentage het document afdrukte (printed), rekent ivp het na: (nieuw - oud) / oud x 100, exact en rekenkundig afgerond, met + voor een stijging en een leeg vak als de basis 0 is. Wijkt het afgedrukte percentage af, dan is het verkeerd berekend of overgetypt.",
      messages: {
        "printed-differs": "{where}{periods}: afgedrukt is {printed}, maar {explanation}.",
        where: "{table}, {row}, kolom {column}",
        periods: " ({from} - {to})",
        "missing-value": "er ontbreekt een waarde, dus het vak blijft leeg",
        "zero-base":
          "van {from} naar {to} heeft geen percentage (de basis is 0), dus het vak blijft leeg",
        recomputed: "van {from} naar {to} is {exact}, dus {text}",
        "leave-empty": "Laat het vak leeg.",
        "print-text": "Druk {text} af.",
      },
    },
    "priority-without-indicators": {
      description:
        "Een prioriteit zonder indicator (geen indicators en geen indicatortabel met dit theme) heeft geen meetbaar doel: raad en college kunnen niet zien of de aanpak werkt. Overige thema's hoeven geen indicator te hebben.",
      messages: {
        "no-indicator":
          "De prioriteit {priority} heeft geen indicator: hoe wordt gemeten of het doel wordt gehaald?",
        "add-indicators":
          "Voeg een indicatortabel met theme: {theme} toe, of noem indicatoren onder indicators van de prioriteit.",
      },
    },
    "relative-target-mismatch": {
      description:
        'Een doel dat als getal met percentage is geschreven, zoals "60 (-25%)", moet kloppen: het percentage toegepast op de uitgangswaarde en afgerond volgens de afrondingsregel van het plan (standaard rekenkundig, op de decimalen van de uitgangswaarde) moet het getal opleveren. Anders weet niemand welk doel geldt.',
      messages: {
        "target-mismatch":
          "Het doel {target} van {label} klopt niet met het percentage: {change} van {base} is {steps}; {value} is {amount} {direction}{actual}.",
        rounded: "{exact}, afgerond {resolved} ({rounding})",
        rounding: "{mode}, {places}",
        "mode-half-away-from-zero": "rekenkundig",
        "mode-half-even": "half naar even",
        "mode-floor": "naar beneden",
        "mode-ceil": "naar boven",
        "mode-trunc": "afgekapt",
        "whole-numbers": "op hele getallen",
        decimals: { one: "op {count} decimaal", other: "op {count} decimalen" },
        more: "meer",
        less: "minder",
        "actual-change": ", een verandering van {change}",
        "value-with-change": "{value} ({change})",
        "print-right": "Schrijf {right}.",
        "print-right-or-other": "Schrijf {right}, of {other} als {value} het bedoelde doel is.",
      },
    },
    "shorter-period-exceeds-longer": {
      description:
        "Een aantal over een kortere periode kan niet groter zijn dan over een periode die haar omvat: januari-oktober niet boven het hele jaar, januari-juni niet boven januari-oktober. Alleen aantallen (eenheid count) van dezelfde reeks in hetzelfde gebied worden vergeleken; rapportcijfers en percentages niet, want die tellen niet op. Een halfjaar boven zijn jaar meldt negative-derived-value.",
      messages: {
        "shorter-exceeds-longer":
          "{series} {shorter} ({shorterValue}, in {shorterOrigin}) is meer dan {longer} ({longerValue}, in {longerOrigin}), een periode die {shorter} omvat; een aantal kan niet kleiner worden als de periode langer wordt.",
        "check-both": "Controleer beide cijfers en hun perioden bij de bron.",
      },
    },
    "source-name-typo": {
      description:
        'De bron zoals die in een indicatortabel is afgedrukt, wordt vergeleken met de namen onder sources. Wijkt hij één of twee tekens af van een bekende naam (een letter verwisseld, vergeten of te veel), zoals "BHV/Politie" naast "BVH/politie", dan is het waarschijnlijk een typefout. Hoofdletters, voetnoottekens en spaties rond een schuine streep tellen niet.',
      messages: {
        "likely-typo": "De bron {source} in tabel {table} lijkt een typefout voor {name}.",
        "write-name": "Schrijf {name}.",
      },
    },
    "target-direction": {
      description:
        "Een doel hoort de goede kant op te gaan: bij lower-is-better een lager getal of een negatief percentage, bij higher-is-better een hoger getal of een positief percentage. Een maximum past bij lower-is-better, een minimum bij higher-is-better. Een doel dat slechter is dan de uitgangswaarde is meestal een vergissing; is het bewust, gebruik dan maximum of minimum.",
      messages: {
        "wrong-kind":
          "Het doel {target} van {label} in {place} is een {kind}, maar voor deze indicator geldt: {better}.",
        "wrong-way":
          "Het doel {target} van {label} in {place} gaat de verkeerde kant op: {better}.",
        "worse-than-baseline":
          "Het doel {target} van {label} in {place} is slechter dan de uitgangswaarde {baseline}: {better}.",
        maximum: "maximum",
        minimum: "minimum",
        "lower-is-better": "lager is beter",
        "higher-is-better": "hoger is beter",
        "check-direction":
          "Controleer het doel en de richting (direction: {direction}); een bewuste ondergrens of bovengrens schrijf je als minimum of maximum.",
      },
    },
    "unknown-lint-rule": {
      description:
        "Elke regel onder lint.rules moet een regel zijn die ivp kent. Een verschreven regel-id zet niets uit en niets aan, en dat valt anders niemand op.",
      messages: {
        "no-such-rule":
          "lint.rules noemt {rule}, maar die regel bestaat niet; de instelling doet niets.",
        "did-you-mean": "Bedoeld is misschien {rule}.",
        "use-known-rule": "Gebruik een van de regels uit de documentatie van ivp.",
      },
    },
    "unknown-reference": {
      description:
        "Elke verwijzing naar een id (reeks, gebied, bron, partner, indicator, tabel, prioriteit of thema, Kernbeleid-code, kolom) moet naar iets bestaands wijzen. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd; deze regel is er voor plannen die zonder die controle zijn ingelezen.",
      messages: {
        "unknown-id": "Onbekende {kind} {id}: die staat niet in {list}.",
        "kind-area": "gebied",
        "list-area": "areas",
        "kind-series": "reeks",
        "list-series": "series",
        "kind-indicator": "indicator",
        "list-indicator": "indicators",
        "kind-source": "bron",
        "list-source": "sources",
        "kind-partner": "partner",
        "list-partner": "partners",
        "kind-table": "tabel",
        "list-table": "tables",
        "kind-theme": "prioriteit of thema",
        "list-theme": "priorities en themes",
        "no-kernbeleid-theme": "Kernbeleid Veiligheid heeft geen thema {theme}.",
        "not-a-column": "{id} is geen {wanted} van tabel {table}.",
        "change-column": "veranderingskolom",
        "reference-column": "referentiekolom",
        "use-kernbeleid-code": "Gebruik een code van 1.1 tot en met 5.5 uit Bijlage 2.",
        "use-column": "Gebruik een van: {options}.",
        "did-you-mean": "Bedoeld is misschien {id}.",
        "define-id": "Voeg het id toe, of verwijs naar een bestaand id.",
      },
    },
    "unused-acknowledgement": {
      description:
        "Elke erkende bevinding onder lint.acknowledged moet bij een bevinding horen: dezelfde regel, hetzelfde veld. Een erkenning zonder bevinding is achterhaald (de fout is hersteld, de regel staat uit of het veld is verschoven) en hoort weg, anders erkent ze later ongemerkt iets anders.",
      messages: {
        "nothing-found":
          "lint.acknowledged erkent een bevinding van {rule} bij {field}, maar die regel vindt daar niets.",
        "no-such-rule": "lint.acknowledged noemt de regel {rule}, maar die regel bestaat niet.",
        "did-you-mean": "Bedoeld is misschien {rule}.",
        "field-moved": "Die regel vindt wel iets bij {field}; is het veld verschoven?",
        "remove-acknowledgement": "Haal de erkenning weg: er is niets meer te erkennen.",
      },
    },
    "value-out-of-range": {
      description:
        "Elke waarde moet kunnen bestaan in haar eenheid: een rapportcijfer tussen 1 en 10, een percentage tussen 0 en 100, een aantal geheel en niet negatief, een aantal per 1000 inwoners niet negatief. Dit geldt voor cijfers, uitgangswaarden en doelen, ook voor de waarde waar een relatief doel op uitkomt (-200% van een aantal is negatief).",
      messages: {
        "figure-impossible": "{series} {period} is {value} in {origin}, maar {problem}.",
        "baseline-impossible":
          "De uitgangswaarde van {label} in {place} is {value}, maar {problem}.",
        "target-impossible": "Het doel van {label} in {place} is {value}, maar {problem}.",
        "change-out-of-range":
          "Het doel van {label} in {place} is een verandering van {change}{result}, maar {problem}.",
        "from-baseline": ": vanaf {from} is dat {implied}",
        "check-percentage": "Controleer het percentage bij de bron: een daling is hooguit -100%.",
        "lost-decimal-comma": "Bedoeld is waarschijnlijk {value} (komma vergeten).",
        "check-figure": "Controleer het cijfer bij de bron.",
      },
    },
  },
} satisfies LintCatalogue;
