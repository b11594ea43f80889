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
