/**
 * Every text of the linter in Dutch, the source catalogue: findings,
 * suggestions and the phrases they share, keyed by rule id and message id (the
 * rules' descriptions are documentation, in lint/docs/). Placeholders (`{label}`) are filled from a finding's data; a
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
      messages: {
        "baseline-differs":
          "De uitgangswaarde van {label} in {place} is {value} ({period}), maar het plan geeft voor {period} {figures}.",
        "figure-in": "{value} in {origin}",
        "use-figure": "Neem {figure} als uitgangswaarde, of leg vast waar {baseline} vandaan komt.",
      },
    },
    "baseline-target-period": {
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
      messages: {
        "duplicate-id": "Het id {id} komt twee keer voor in {list}{earlier}.",
        "duplicate-code": "De code {id} komt twee keer voor in {list}{earlier}.",
        "earlier-spelling": " (eerder als {earlier}; hoofdletters tellen niet)",
        "give-own-id": "Geef elk onderdeel een eigen id.",
        "give-own-code": "Geef elk gebied een eigen code.",
      },
    },
    "incomparable-periods": {
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
      messages: {
        "no-baseline":
          "De indicator {label} heeft geen uitgangswaarde: niet bij de indicator en niet in een tabel.",
        "no-baseline-in-table":
          "De indicator {label} heeft geen uitgangswaarde: niet bij de indicator en niet in de tabel.",
        "give-baseline": "Vul de uitgangswaarde en haar periode in (baseline: { value, period }).",
      },
    },
    "indicator-missing-direction": {
      messages: {
        "no-direction": "De indicator {label} zegt niet of hoger of lager beter is.",
        "add-direction": "Voeg direction: lower-is-better of direction: higher-is-better toe.",
      },
    },
    "indicator-missing-source": {
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
      messages: {
        "no-target": "De indicator {label} heeft geen doel.",
        "no-target-in-table": "De indicator {label} heeft geen doel, ook niet in de tabel.",
        "give-target":
          "Geef een doel (target) als de indicator beoordeeld moet worden; anders kan deze mededeling uit.",
      },
    },
    "indicator-value-conflict": {
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
      messages: {
        "likely-typo": "Het label {label} in {where} bevat waarschijnlijk een typefout: {typos}.",
        typo: "{word} voor {meant} (zoals in {source})",
        "write-fixed": "Schrijf {label}.",
      },
    },
    "negative-derived-value": {
      messages: {
        "half-year-negative":
          "{series} {half} komt negatief uit: {sum}. Een halfjaar kan niet meer hebben dan het hele jaar.",
        subtraction: "{year} ({total}, {totalFrom}) - {part} ({partValue}, {partFrom}) = {rest}",
        "check-source": "Controleer het jaarcijfer en het halfjaarcijfer bij de bron.",
      },
    },
    "parts-sum-mismatch": {
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
      messages: {
        "still-placeholder": "{field} is nog een plaatshouder: {text}.",
        "replace-text": "Vervang de tekst door die van de gemeente.",
      },
    },
    "printed-change-mismatch": {
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
      messages: {
        "no-indicator":
          "De prioriteit {priority} heeft geen indicator: hoe wordt gemeten of het doel wordt gehaald?",
        "add-indicators":
          "Voeg een indicatortabel met theme: {theme} toe, of noem indicatoren onder indicators van de prioriteit.",
      },
    },
    "relative-target-mismatch": {
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
      messages: {
        "shorter-exceeds-longer":
          "{series} {shorter} ({shorterValue}, in {shorterOrigin}) is meer dan {longer} ({longerValue}, in {longerOrigin}), een periode die {shorter} omvat; een aantal kan niet kleiner worden als de periode langer wordt.",
        "check-both": "Controleer beide cijfers en hun perioden bij de bron.",
      },
    },
    "source-name-typo": {
      messages: {
        "likely-typo": "De bron {source} in tabel {table} lijkt een typefout voor {name}.",
        "write-name": "Schrijf {name}.",
      },
    },
    "target-direction": {
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
      messages: {
        "no-such-rule":
          "lint.rules noemt {rule}, maar die regel bestaat niet; de instelling doet niets.",
        "did-you-mean": "Bedoeld is misschien {rule}.",
        "use-known-rule": "Gebruik een van de regels uit de documentatie van ivp.",
      },
    },
    "unknown-reference": {
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
