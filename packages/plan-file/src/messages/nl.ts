/**
 * Every text `@ivp/plan-file` writes, in Dutch, the source catalogue: the
 * problems of a plan's files (its YAML, its fields, its data files) and the
 * words for the model's errors that the plan reader and the CLI show (a
 * period that is no period, a table the plan does not have, an average
 * baseline without its figures). Placeholders (`{file}`) are filled from the
 * data a message is given; a plural entry (`{ one, other }`) is chosen by the
 * data's `count`. A new message goes here first, then into `en.ts`.
 */
import type { MessageCatalogue } from "./catalogue.ts";

export const nl = {
  locale: "nl",
  messages: {
    /** What a value in plan.yaml is, in a message: `de tekst "abc"`. */
    values: {
      null: "null",
      list: "een lijst",
      mapping: "een verzameling velden",
      text: "de tekst {text}",
      number: "het getal {number}",
      "too-large": "een getal dat te groot is om te bewaren",
      written: "{value}",
    },
    /**
     * The formatter's own words (format-issue.ts): what was expected, how
     * serious a problem is, the other places of a finding, its fix.
     */
    format: {
      expected: "verwacht: {expected}",
      error: "fout",
      warning: "waarschuwing",
      info: "mededeling",
      "also-at": "ook op {place}",
      fix: "oplossing: {hint}",
      acknowledged: "geaccepteerd: {reason}",
    },
    /** What the plan format expects, by zod's name of a type. */
    types: {
      number: "een getal",
      int: "een geheel getal",
      string: "tekst",
      boolean: "true of false",
      array: "een lijst",
      object: "een verzameling velden",
      record: "een verzameling",
      literal: "een vaste waarde",
    },
    /** The plan format's problems (missing-field, invalid-type, unknown-field, invalid-value). */
    schema: {
      "missing-field": 'het verplichte veld "{field}" ontbreekt',
      "wrong-type": "{expected} verwacht, maar hier staat {value}",
      "unknown-field": 'onbekend veld "{key}"',
      "expected-fields": "een van de velden {fields}",
      "did-you-mean": 'bedoelt u "{suggestion}"?',
      "not-allowed": "{value} is hier niet toegestaan",
      "one-of": "een van {values}",
      "value-required": "hier is een waarde nodig",
      "not-valid-here": "{value} is hier niet geldig",
      "at-least-entries": {
        one: "ten minste {count} item",
        other: "ten minste {count} items",
      },
      "non-empty-text": "tekst die niet leeg is",
      "at-least": "ten minste {minimum}",
      "at-most": "ten hoogste {maximum}",
      "with-value": "{message} (hier staat {value})",
      "decimal-point": "schrijf decimalen met een punt: {number}",
      "no-percent-sign": "schrijf het getal zonder %-teken: {number}",
      "no-quotes": "haal de aanhalingstekens weg: {number}",
      "range-from-to": "schrijf het bereik met from en to: { from: {from}, to: {to} }",
      "invalid-date": "geen geldige datum",
    },
    /** plan.yaml as YAML. */
    yaml: {
      "too-deep":
        "de waarden zijn hier meer dan {max} niveaus diep genest (voorbij de grens op regel {line}, kolom {column})",
      "too-deep-hint":
        "een plan heeft minder dan tien niveaus; controleer de haakjes en het inspringen",
      "duplicate-key-hint": "verwijder een van de twee sleutels of geef er een een andere naam",
      "syntax-hint": "controleer het inspringen en de aanhalingstekens",
      "aliases-hint": "een plan heeft geen YAML-ankers of -aliassen nodig; schrijf de waarden uit",
      "not-a-mapping":
        "een planbestand moet een verzameling velden zijn (schemaVersion, id, title, municipality, ...)",
      tag: "de YAML-tag {tag} hoort niet bij het planformaat",
      "tag-hint":
        "verwijder de tag; een plan gebruikt geen tags (zet een waarde tussen aanhalingstekens om er tekst van te maken)",
      "decimal-comma":
        "{written} wordt gelezen als twee waarden, {whole} en {fraction}: tussen [ ] en { } scheidt YAML waarden met een komma",
      "decimal-comma-hint":
        'schrijf het getal met een decimale punt, {whole}.{fraction}, of zet het tussen aanhalingstekens, "{written}"',
    },
    /**
     * A YAML syntax error, by the yaml package's code. English shows the
     * parser's own message (`{parser}`); another language says what the code
     * means.
     */
    "yaml-syntax": {
      ALIAS_PROPS: "een alias (*naam) kan geen anker of tag hebben",
      BAD_ALIAS: "deze alias (*naam) verwijst naar geen bekend anker",
      BAD_DIRECTIVE: "een ongeldige YAML-aanwijzing (een regel die met % begint)",
      BAD_DQ_ESCAPE: "een ongeldige escape (\\) in tekst tussen dubbele aanhalingstekens",
      BAD_INDENT: "het inspringen klopt hier niet",
      BAD_PROP_ORDER: "het anker en de tag staan hier in de verkeerde volgorde",
      BAD_SCALAR_START:
        "een waarde kan niet met dit teken beginnen; zet de waarde tussen aanhalingstekens",
      BLOCK_AS_IMPLICIT_KEY: "een blok kan geen sleutel zijn",
      BLOCK_IN_FLOW: "een blok met inspringen kan niet tussen [ ] of { } staan",
      DUPLICATE_KEY: "deze sleutel staat twee keer in dezelfde verzameling",
      IMPOSSIBLE: "deze tekst is geen YAML die ivp kan lezen",
      KEY_OVER_1024_CHARS: "een sleutel zonder aanhalingstekens is langer dan 1024 tekens",
      MISSING_CHAR: "hier ontbreekt een teken, zoals een sluitend haakje of aanhalingsteken",
      MULTILINE_IMPLICIT_KEY:
        "een sleutel moet op één regel staan (ontbreekt er een dubbele punt of een aanhalingsteken?)",
      MULTIPLE_ANCHORS: "een waarde kan maar één anker hebben",
      MULTIPLE_DOCS: "het bestand bevat meer dan één YAML-document (---); een plan is één document",
      MULTIPLE_TAGS: "een waarde kan maar één tag hebben",
      NON_STRING_KEY: "een sleutel moet tekst zijn",
      RESOURCE_EXHAUSTION: "te veel verwijzingen naar ankers (aliassen)",
      TAB_AS_INDENT: "YAML springt niet in met tabs; gebruik spaties",
      TAG_RESOLVE_FAILED: "deze waarde past niet bij haar tag",
      UNEXPECTED_TOKEN:
        "een onverwacht teken; controleer de haakjes, dubbele punten en aanhalingstekens",
      BAD_COLLECTION_TYPE: "deze verzameling past niet bij haar tag",
    },
    /** Reading the plan file and its data files. */
    files: {
      "no-such-path": "dit bestand of deze map bestaat niet",
      "give-plan": "geef een planmap (met plan.yaml) of een plan.yaml-bestand",
      "plan-not-regular": "het planbestand is een {kind}, geen gewoon bestand",
      "no-such-file": "dit bestand bestaat niet",
      "cannot-read-plan": "kan het planbestand niet lezen",
      "cannot-read-plan-code": "kan het planbestand niet lezen ({code})",
      "plan-directory": "een planmap bevat {file}, een gewoon bestand",
      "data-outside": "het databestand {path} ligt buiten de planmap",
      "data-outside-expected":
        "een pad naar een .csv-bestand binnen de planmap, zoals data/politie.csv",
      "data-missing": "het databestand {path} bestaat niet",
      "data-not-regular": "het databestand {path} is een {kind}, geen gewoon bestand",
      "data-not-regular-hint":
        "een databestand is een CSV-bestand; zet op deze plek een CSV-bestand",
      "cannot-read-data": "kan het databestand {path} niet lezen",
      "cannot-read-data-code": "kan het databestand {path} niet lezen ({code})",
    },
    /** What a path is, when it is no regular file. */
    "file-kinds": {
      file: "bestand",
      "regular file": "gewoon bestand",
      directory: "map",
      "named pipe (FIFO)": "named pipe (FIFO)",
      socket: "socket",
      "character device": "tekenapparaat",
      "block device": "blokapparaat",
      "special file": "speciaal bestand",
    },
    /** A file that is not UTF-8. */
    encoding: {
      "utf-16": "het bestand is UTF-16-tekst",
      "nul-byte":
        "het bestand bevat een NUL-byte: het is UTF-16 zonder byte-order mark, of helemaal geen tekst",
      "not-utf8": "byte {byte} is geen UTF-8",
      "not-utf8-latin1":
        "byte {byte} is geen UTF-8: het bestand is waarschijnlijk Latin-1 of Windows-1252",
      "save-as-utf8":
        "sla het bestand op als UTF-8 (in Excel: 'CSV UTF-8'; in een editor: codering UTF-8); een byte-order mark en Windows-regeleinden zijn geen probleem",
    },
    /** A data file (CSV) and its figures. */
    csv: {
      "quote-after-closing":
        'onverwacht {char} na een sluitend aanhalingsteken; een aanhalingsteken binnen een veld tussen aanhalingstekens schrijft u dubbel ("")',
      "quote-not-closed":
        'het aanhalingsteken waarmee dit veld begint, wordt nergens gesloten; een aanhalingsteken binnen een veld tussen aanhalingstekens schrijft u dubbel ("")',
      "empty-file": "het bestand is leeg",
      "header-expected": "een kopregel: {columns}",
      "unknown-column": 'onbekende kolom "{name}"',
      "columns-expected": "de kolommen {columns}",
      "column-twice": 'de kolom "{name}" staat er twee keer in',
      "column-missing": 'de kopregel heeft geen kolom "{name}"',
      "field-count": {
        one: "deze regel heeft {count} veld, de kopregel {header}",
        other: "deze regel heeft {count} velden, de kopregel {header}",
      },
      "not-series-id": '"{text}" is geen id van een reeks',
      "series-id-expected": "kleine letters, cijfers en streepjes",
      "too-many-digits": '"{text}" heeft meer cijfers dan ivp exact kan bewaren',
      "digits-expected": "ten hoogste {max} significante cijfers",
      "bound-not-number": '"{text}" is geen getal',
      "lower-expected":
        "de ondergrens van het 95%-interval, bijvoorbeeld 7.1; leeg als die er niet is",
      "upper-expected":
        "de bovengrens van het 95%-interval, bijvoorbeeld 7.1; leeg als die er niet is",
      "no-lower": "het interval heeft geen ondergrens (lower)",
      "no-upper": "het interval heeft geen bovengrens (upper)",
      "both-bounds": "zowel lower als upper, of geen van beide",
      "lower-above-upper": "de ondergrens {lower} ligt boven de bovengrens {upper}",
      "not-an-origin": '"{text}" is geen herkomst (origin)',
      "unknown-series": 'onbekende reeks "{series}"',
      "series-expected": "een id uit de reeksen (series) of indicatoren (indicators) van het plan",
      "unknown-area": 'onbekend gebied "{area}"',
      "area-expected": "de gemeentecode of een id uit de gebieden (areas) van het plan",
    },
    /** A figure written as text that is no figure (the model's `readFigureText`). */
    figures: {
      "not-a-number": '"{text}" is geen getal',
      "number-expected-count":
        "een geheel getal zoals 79 of 1.004 (een punt scheidt duizendtallen); leeg of . als de waarde ontbreekt",
      "number-expected": "een getal zoals 79 of 7,3; leeg of . als de waarde ontbreekt",
      "not-a-count":
        '"{text}" is geen aantal: een aantal is een geheel getal, en een punt scheidt duizendtallen in groepen van drie (1.004)',
      "count-expected": "een geheel getal zoals 79 of 1004",
      impossible: '"{text}" is niet mogelijk: {problem}',
      count: "een geheel getal, 0 of meer",
      grade: "een rapportcijfer van 1 tot en met 10",
      percentage: "een percentage van 0 tot en met 100",
      "rate-per-1000": "een aantal per 1000 inwoners, 0 of meer",
      "rate-per-10000": "een aantal per 10.000 inwoners, 0 of meer",
      "rate-per-100000": "een aantal per 100.000 inwoners, 0 of meer",
    },
    /** References between ids (the model's `checkReferences`, worded from its `params`). */
    references: {
      "duplicate-id": 'het id "{id}" staat twee keer in {list}',
      "duplicate-code": 'de code "{id}" staat twee keer in {list}',
      "duplicate-id-case":
        'het id "{id}" staat twee keer in {list} (eerder als "{earlier}"; twee ids moeten meer verschillen dan in hoofdletters)',
      "duplicate-code-case":
        'de code "{id}" staat twee keer in {list} (eerder als "{earlier}"; twee codes moeten meer verschillen dan in hoofdletters)',
      "own-id": "geef elk item een eigen id",
      "own-code": "geef elk item een eigen code",
      "unknown-area": 'onbekend gebied "{id}"',
      "unknown-series": 'onbekende reeks "{id}"',
      "unknown-indicator": 'onbekende indicator "{id}"',
      "unknown-source": 'onbekende bron "{id}"',
      "unknown-partner": 'onbekende partner "{id}"',
      "unknown-table": 'onbekende tabel "{id}"',
      "unknown-theme": 'onbekende prioriteit of onbekend thema "{id}"',
      "ids-in-area": "een van de ids onder areas",
      "ids-in-series": "een van de ids onder series",
      "ids-in-indicator": "een van de ids onder indicators",
      "ids-in-source": "een van de ids onder sources",
      "ids-in-partner": "een van de ids onder partners",
      "ids-in-table": "een van de ids onder tables",
      "ids-in-theme": "een van de ids onder priorities of themes",
      "not-a-change-column": '"{id}" is geen kolom met een verandering (change) van tabel {table}',
      "not-a-reference-column":
        '"{id}" is geen kolom met vergelijkingscijfers (reference) van tabel {table}',
      "one-of": "een van: {options}",
      "none-of": "een van: (geen)",
      kernbeleid: "Kernbeleid Veiligheid heeft geen thema {id}",
      "kernbeleid-expected": "een code van 1.1 tot en met 5.5, zoals in Bijlage 2",
    },
    /** The model's errors, by their `messageId` (see word-error.ts). */
    model: {
      "invalid-period":
        "{input} is geen periode: {problem}. Schrijf een jaar (2017), een halfjaar (2017-H1), een kwartaal (2017-Q3), een maand (2017-10) of een reeks maanden (2018-01..2018-10).",
      "not-a-period": "{input} is geen periode: {problem}",
      "unknown-table": 'het plan heeft geen tabel "{table}" (tabellen: {tables})',
      "unknown-table-none": 'het plan heeft geen tabel "{table}" (het plan heeft geen tabellen)',
      "incomparable-periods":
        "tabel {table}, kolom {column}: {from} en {to} gaan niet over dezelfde maanden van het jaar",
      "average-missing-figure":
        "het gemiddelde van {from} tot en met {to} heeft een cijfer nodig voor elke periode, maar voor {missing} is er geen",
      "average-expected":
        'een cijfer van de reeks "{series}" voor {area} in elke periode van het gemiddelde',
      "average-hint": {
        one: "voeg het cijfer voor {missing} toe aan een databestand of aan de observations van het plan, of laat het gemiddelde beginnen of eindigen waar er cijfers zijn",
        other:
          "voeg de cijfers voor {missing} toe aan een databestand of aan de observations van het plan, of laat het gemiddelde beginnen of eindigen waar er cijfers zijn",
      },
    },
    /**
     * The plan format's own rules (the model's schemas, `@ivp/model`
     * src/schema): a rule with values gives its id and data in the zod
     * issue's `params`; a fixed text is found by its English words, which
     * `en.ts` holds under the same id (a test keeps them equal to the model's).
     */
    rules: {
      "id-format":
        "een id bestaat uit kleine letters, cijfers en streepjes, zoals woninginbraken of tabel-1",
      "text-empty": "mag niet leeg zijn",
      "text-invisible": "mag niet leeg zijn (er staan alleen spaties of onzichtbare tekens)",
      "finite-number": "moet een eindig getal zijn",
      "interval-lower-above-upper": "de ondergrens ligt boven de bovengrens",
      "matrix-interval":
        "een matrix geeft haar intervallen onder 'intervals', per reeks en periode",
      "single-intervals": "één cijfer geeft zijn interval onder 'interval'",
      "single-and-matrix":
        "schrijf één cijfer (series, period, value) of een matrix (periods, values), niet allebei",
      "matrix-needs-periods": "een matrix heeft perioden (periods) nodig",
      "matrix-needs-values": "een matrix heeft waarden (values) nodig",
      "rate-unit":
        "alleen een cijfer per inwoners heeft een aantal en een bevolking: zet de unit op rate-per-1000, rate-per-10000 of rate-per-100000, of haal rate weg",
      "municipality-code": "een CBS-gemeentecode: GM en vier cijfers, zoals GM0417",
      "every-exactly-one": "geef precies één van years, months, weeks",
      "plan-period-backwards": "de planperiode eindigt voordat hij begint",
      "data-csv-path": "een relatief pad naar een .csv-bestand",
      "data-inside-plan":
        "een databestand ligt binnen de planmap: een relatief pad zonder .. (ivp leest geen bestanden daarbuiten)",
      "table-columns-and-rolling": "een tabel heeft columns of rolling, niet allebei",
      "table-needs-columns":
        "een tabel heeft kolommen (columns) nodig, of rolling: { last: 3 } voor de laatste drie jaren met cijfers",
      "relative-needs-change":
        "een relatief doel heeft een verandering in procenten (change) nodig, zoals -25",
      "kernbeleid-code":
        "een themacode van het Kernbeleid Veiligheid zoals 1.3 (veld 1-5, thema 1-5)",
      "origin-table-needs-table": "origin 'table' heeft het id van de tabel (table) nodig",
      "origin-text-needs-quote":
        "origin 'text' heeft het citaat (quote) nodig waar het cijfer uit komt",
      "matrix-values-count": {
        one: "heeft {count} waarde voor {periods} perioden",
        other: "heeft {count} waarden voor {periods} perioden",
      },
      "matrix-intervals-no-values": "heeft intervallen maar geen waarden voor {series}",
      "matrix-intervals-count": {
        one: "heeft {count} interval voor {periods} perioden",
        other: "heeft {count} intervallen voor {periods} perioden",
      },
      "single-needs": "één cijfer heeft een {field} nodig",
      "target-needs-value": "een doel van de soort {kind} heeft een waarde (value) nodig",
      "only-relative-change":
        "alleen een relatief doel heeft een verandering (change); dit doel is {kind}",
      "average-different-lengths":
        "een gemiddelde gaat over dezelfde maanden in elk jaar, maar from {from} en to {to} beslaan verschillende maanden; schrijf bijvoorbeeld from: {year} en to: {later} voor hele jaren, of from: {year}-H1 en to: {later}-H1 voor eerste halfjaren",
      "average-wrong-order":
        "de reeks loopt achteruit: to ({to}) komt vóór from ({from}); draai ze om",
      "average-single-period":
        "een gemiddelde heeft ten minste twee perioden nodig, maar from en to zijn allebei {from}; schrijf voor één periode value en period",
    },
    /**
     * What a field of the plan format is, the "expected ..." of a problem:
     * the descriptions of the model's schemas (which its JSON Schema
     * publishes in English), found by their English words in `en.ts`.
     */
    descriptions: {
      schema: "Pad of URL van het JSON Schema, voor editors.",
      "schema-version": "Versie van het planformaat: 1.",
      id: "Id: kleine letters, cijfers en streepjes.",
      "statline-name": "Naam in CBS StatLine, bijvoorbeeld 'Laren (NH.)'.",
      "adopted-by": "Wie het plan heeft vastgesteld, bijvoorbeeld gemeenteraad.",
      "adopted-on": "Datum van vaststelling (JJJJ-MM-DD).",
      markdown: "Markdown: alinea's, lijsten, nadruk.",
      "titled-text": "Een tekst met een titel.",
      sections:
        "Inleiding, huidige situatie en andere lopende tekst, in de volgorde van het document.",
      "section-number": "Het paragraafnummer zoals gedrukt, bijvoorbeeld 4.1.",
      kernbeleid: "Waar het thema staat in het Kernbeleid Veiligheid van de VNG.",
      "kernbeleid-code": "Een thema van het Kernbeleid Veiligheid van de VNG, bijvoorbeeld 1.3.",
      "theme-indicators": "Indicatoren van het thema (naast die in de indicatorentabel).",
      "action-who": "Wie verantwoordelijk is: het id van een partner of een rol.",
      "action-when": "Wanneer: een periode (2019) of een omschrijving.",
      "action-quote": "De zin uit het plan waar de actie vandaan komt.",
      action: "Een actie uit het uitvoeringsprogramma.",
      priority: "Een prioriteit of thema.",
      themes: "Overige thema's.",
      partner: "Een partner in de aanpak.",
      "source-name": "Naam zoals het plan hem schrijft, bijvoorbeeld 'BVH/politie'.",
      source: "Een bron van cijfers.",
      "cycle-by": "Wie het maakt of houdt.",
      "cycle-first": "Het eerste moment (JJJJ-MM-DD).",
      cycle: "Een terugkerend moment van monitoring of sturing.",
      "percent-change":
        "Hoe procentuele veranderingen worden geschreven; standaard in hele procenten, op z'n Nederlands.",
      "target-rounding":
        "Hoe een relatief doel een waarde wordt; standaard afgerond op de decimalen van de nulmeting, een halve weg van nul.",
      "rounding-mode": "Afrondingswijze, exact toegepast (niet met drijvende komma).",
      "target-preference":
        "Als een relatief doel een waarde en een verandering noemt die niet kloppen met elkaar: beoordeel tegen de gedrukte waarde (stated-value, de standaard) of tegen de verandering toegepast op de nulmeting.",
      "multiple-comparisons":
        "Hoe de significantie van veranderingen wordt gecorrigeerd voor het toetsen van veel veranderingen tegelijk, in een cijfertabel en over de oordelen van de indicatoren van het plan: benjamini-hochberg (de standaard; beperkt het aandeel onterechte markeringen), holm (beperkt de kans op ook maar één onterechte markering) of none (elke verandering op zichzelf).",
      conventions: "Hoe cijfers worden berekend en geschreven.",
      "area-id": "Id; voor een gemeente haar CBS-code (GM0417).",
      "area-code": "Officiële code (CBS-gemeentecode, code van de politie-eenheid).",
      area: "Een gebied waar waarnemingen bij horen.",
      "series-label": "Naam van de reeks.",
      unit: "count: een aantal registraties; grade: een rapportcijfer van 1 tot en met 10; percentage: 0 tot en met 100; rate-per-1000, rate-per-10000, rate-per-100000: per 1.000, 10.000 of 100.000 inwoners (Halt-verwijzingen worden gepubliceerd per 10.000 jongeren).",
      "police-code": "Code van de politie voor de soort misdrijf, bijvoorbeeld 1.1.1.",
      "cbs-code": "Classificatiecode van het CBS, bijvoorbeeld CRI1100.",
      parts: "De deelreeksen ('waarvan').",
      "parts-complete":
        "true als de delen in elke periode optellen tot deze reeks (een volledige 'waarvan'-uitsplitsing).",
      rate: "Voor een cijfer per inwoners (unit rate-per-1000, rate-per-10000 of rate-per-100000): de reeksen van het aantal en van de bevolking waaruit het wordt berekend, aantal x 1000 / bevolking. Waar beide cijfers hebben voor een periode, gebruiken de significantie van een verandering en het interval van een oordeel het aantal, met de bevolking als blootstelling.",
      "rate-count": "De reeks van de aantallen, bijvoorbeeld misdrijven-totaal.",
      "rate-population": "De reeks van de bevolking waar het cijfer per is, bijvoorbeeld inwoners.",
      series: "Een gemeten grootheid (een soort misdrijf, een maat uit een enquête).",
      direction: "Of een lagere of een hogere waarde beter is.",
      "indicator-source": "Id van de bron van de cijfers.",
      "indicator-series":
        "Id van de reeks waarvan de waarnemingen de waarden van deze indicator zijn; standaard het eigen id van de indicator.",
      "indicator-baseline":
        "Nulmeting; als die ontbreekt, komt hij uit de eerste indicatorentabel waarin de indicator staat.",
      "baseline-value": "De waarde van de nulmeting, zoals gedrukt.",
      period:
        "Een periode: een jaar (2017), een halfjaar (2017-H1), een kwartaal (2017-Q3), een maand (2017-10) of maanden binnen één jaar (2018-01..2018-10).",
      "single-baseline": "De waarde waarmee een indicator begint: één cijfer in één periode.",
      "average-from":
        "De eerste periode van het gemiddelde (telt mee), bijvoorbeeld 2015 of 2015-H1.",
      "average-to":
        "De laatste periode van het gemiddelde (telt mee), met dezelfde maanden als from, bijvoorbeeld 2017 of 2017-H1.",
      "average-range":
        "De perioden van het gemiddelde: dezelfde maanden in elk jaar van `from` tot en met `to`.",
      "average-baseline":
        "Het gemiddelde van dezelfde periode in meerdere jaren (een oplossing voor een jaar van de nulmeting dat toevallig laag of hoog was); de waarde wordt berekend uit de cijfers van de indicator voor die perioden.",
      "indicator-targets":
        "Doelen; als die ontbreken, komen ze uit de eerste indicatorentabel waarin de indicator staat.",
      "target-value":
        "De streefwaarde zoals gedrukt (bij een relatief doel: de waarde die naast de verandering staat).",
      "target-change":
        "Bij een relatief doel: de genoemde verandering ten opzichte van de nulmeting in procenten, bijvoorbeeld -25.",
      "target-period": "Wanneer het doel bereikt moet zijn.",
      "target-rounding-own":
        "Hoe een relatief doel een waarde wordt; standaard volgens de conventions van het plan.",
      "target-as-printed": "Het doel zoals het document het drukte, bijvoorbeeld '60 (-25%)'.",
      "target-illustrative":
        "true voor een doel dat de raad niet heeft vastgesteld (een voorbeeld, zoals in een plan gemaakt met ivp init): ivp status en het rapport noemen het 'illustratief doel, niet vastgesteld door de raad'.",
      target: "Een doel van een indicator.",
      tolerance:
        "Verschillen tot en met deze waarde (in de eenheid van de indicator) tellen niet als verandering: een marge rond een doel om een niveau te houden, een maximum of een minimum, of de enige marge van een cijfer dat zonder marge is gepubliceerd (0 zegt dat het cijfer exact is, zoals een aandeel gecontroleerde dossiers).",
      "override-reason": "Waarom de automatische status wordt overschreven.",
      "status-override": "Een handmatige status met de reden.",
      indicator: "Een indicator van het plan.",
      "indicator-table-theme":
        "De prioriteit of het thema waar de tabel bij hoort; leeg voor de hoofddoelen van het plan.",
      "row-label": "De naam zoals gedrukt, als die afwijkt van die van de indicator.",
      "row-source": "De bron zoals gedrukt, bijvoorbeeld 'BVH/politie'.",
      baseline:
        "De waarde waarmee een indicator begint: `value` en `period` (79 in 2017), of `average: { from: 2015, to: 2017 }` (het gemiddelde van de cijfers van 2015, 2016 en 2017).",
      "row-group": "Een tussenkop waaronder de indicator staat, bijvoorbeeld 'Bibob'.",
      "indicator-row": "Een rij van een indicatorentabel.",
      "indicator-table": "Een indicatorentabel zoals gedrukt.",
      "table-area": "Gebied van de aantallen; standaard de gemeente.",
      "table-columns": "De kolommen zoals gedrukt; of laat ze weg en geef rolling.",
      "column-header": "De kolomkop zoals gedrukt.",
      "column-group": "Een kop boven meerdere kolommen, zoals gedrukt.",
      column:
        "Een kolom: value (aantallen van een periode), change (berekend) of reference (aangeleverd).",
      "rolling-last": "Hoeveel perioden te tonen: de laatste N met cijfers.",
      "rolling-granularity": "Jaren (standaard) of halve jaren (januari-juni, juli-december).",
      "rolling-change":
        "previous (standaard): de verandering van elke periode ten opzichte van dezelfde periode een jaar eerder, als die cijfers heeft; none: alleen de waarden.",
      rolling:
        "In plaats van kolommen: de laatste N jaren (of halve jaren) met cijfers, elk met de verandering ten opzichte van de vorige, zodat een nieuw geïmporteerd jaar verschijnt zonder het plan aan te passen.",
      "table-row-label": "De naam van de rij zoals gedrukt (met tikfouten).",
      "row-printed":
        "Wat het document in berekende kolommen drukte, per kolom-id; gecontroleerd tegen de berekening.",
      "row-supplied":
        "De cellen van kolommen met vergelijkingscijfers, per kolom-id, zoals gedrukt.",
      "table-row": "Een rij van een cijfertabel.",
      table: "Een tabel met cijfers en procentuele veranderingen.",
      origin:
        "Waar het cijfer vandaan komt: een tabel van het document, de lopende tekst, een import van open data, of elders.",
      "observation-table": "Bij origin 'table': het id van de tabel.",
      "observation-section": "Bij origin 'text': de paragraaf van het document.",
      "observation-quote": "Bij origin 'text': de zin zoals gedrukt.",
      "observation-source": "Id van de bron van de cijfers.",
      "observation-area": "Gebied; standaard de gemeente.",
      cell: "Een waarde; null als die ontbreekt (een ontbrekende waarde is nooit 0).",
      "observation-interval":
        "Bij één cijfer: het aangeleverde 95%-betrouwbaarheidsinterval (cijfers uit een enquête).",
      "observation-intervals":
        "Bij een matrix: per reeks-id één aangeleverd 95%-interval (of null) per periode, voor cijfers uit een enquête.",
      interval:
        "Het 95%-betrouwbaarheidsinterval dat bij een cijfer uit een enquête is aangeleverd.",
      observations: "Waarnemingen: één cijfer of een matrix van cijfers, met waar ze zijn gedrukt.",
      "claim-kind":
        "strictly-decreasing/increasing: in elke periode lager/hoger dan in de periode ervoor; decreased/increased: aan het eind lager/hoger dan aan het begin.",
      claim: "Een bewering in de tekst over hoe een reeks zich ontwikkelde.",
      data: "CSV-bestanden met waarnemingen, relatief ten opzichte van de planmap en daarbinnen (geen .., geen absoluut pad).",
      lint: "Instellingen van de linter: de ernst per regel en geaccepteerde meldingen.",
      "lint-rules": "Per regel-id: off, info, warning of error.",
      "lint-acknowledged":
        "Meldingen die de eigenaar van het plan kent en accepteert, elk met de reden: ze worden nog gemeld, gemarkeerd als geaccepteerd; een geaccepteerde fout maakt het plan niet ongeldig.",
      "acknowledged-rule": "Het id van de regel, bijvoorbeeld relative-target-mismatch.",
      "acknowledged-at":
        "Het veld waar de melding als eerste naar wijst, bijvoorbeeld indicatorTables[1].rows[0].target.value (het field van de melding in ivp validate --format json).",
      "acknowledged-reason": "Waarom de melding is geaccepteerd.",
      acknowledged: "Een bekende en geaccepteerde melding van de linter.",
      plan: "Een Integraal Veiligheidsplan als data.",
    },
    /** Why a text is no period (the model's `PeriodProblem`). */
    "period-problems": {
      "year-out-of-range": "het jaar ligt niet tussen 1900 en 2199",
      "month-out-of-range": "de maand moet 01 tot en met 12 zijn",
      "range-across-years": "een reeks maanden moet binnen één jaar liggen",
      "months-out-of-range": "de maanden moeten 01 tot en met 12 zijn",
      "range-ends-before-start": "de reeks eindigt voordat hij begint",
      "unknown-cbs-code": "onbekende CBS-periodecode {cbsCode}",
      "unknown-notation": "onbekende schrijfwijze",
    },
  },
} as const satisfies MessageCatalogue;
