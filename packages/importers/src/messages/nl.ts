/**
 * Every text of `@ivp/importers`' refusals that has a message id, in Dutch,
 * the source catalogue: which kind of file a source is (format detection) and
 * the lookup of a municipality by name or code. Placeholders (`{code}`) are
 * filled from the error's `data`; the catalogue machinery is
 * `@ivp/plan-file`'s (`renderMessage`, `CatalogueLike`). A new message goes
 * here first, then into `en.ts`.
 */
import type { MessageCatalogue } from "@ivp/plan-file";

export const nl = {
  locale: "nl",
  messages: {
    /** Opening a source file and telling a StatLine download from an OData page. */
    "source-file": {
      "not-regular": "het bestand is een {kind}, geen gewoon bestand",
      "not-regular-hint":
        "geef een StatLine-download (CSV) of een OData-pagina (JSON), opgeslagen als bestand",
      "no-such-file": "dit bestand bestaat niet",
      "cannot-read": "kan het bestand niet lezen ({code})",
      "utf-16": "het bestand is UTF-16-tekst",
      "nul-bytes": "het bestand bevat NUL-bytes: het is UTF-16-tekst of helemaal geen tekst",
      "utf-8-hint": "sla het bestand op als UTF-8 (StatLine en de OData-API leveren UTF-8)",
      "not-utf-8":
        "byte {byte} is geen UTF-8: het bestand is waarschijnlijk Latin-1 of Windows-1252",
      "cut-character": "de pagina houdt op midden in een teken: het is geen UTF-8",
      empty: "het bestand is leeg",
      "unknown-format": "het bestand is geen StatLine-download (CSV) en geen OData-pagina (JSON)",
      "format-hint":
        'een StatLine-download begint met de titel tussen aanhalingstekens ("..."), een OData-pagina met "{"',
    },
    /** A StatLine "download as CSV" file that ivp cannot read. */
    statline: {
      "ends-before-title": "het bestand houdt op voor de titelregel",
      "ends-before-header": "het bestand houdt op voor de kopregels",
      "ends-inside-header": "het bestand houdt op midden in de kopregels",
      "ends-without-source": 'het bestand houdt op zonder de afsluitende regel "Bron: ..."',
      "cut-off-hint":
        'een StatLine-download (CSV) eindigt met een regel "Bron: ..."; het bestand is misschien afgebroken',
      "title-expected":
        "hier hoort de titelregel van een StatLine-download (CSV): één veld tussen aanhalingstekens, zoals de naam van de tabel",
      "fixed-expected":
        'hier hoort een dimensie met één vaste waarde, zoals "Soort misdrijf: Totaal misdrijven", of een lege regel voor de kopregels; hier staat "{field}"',
      "fixed-twice": "de {role} ligt twee keer vast",
      "topic-expected": 'hier hoort de kopregel "Onderwerp"; hier staat "{found}"',
      "no-columns": 'de kopregel "Onderwerp" noemt geen kolommen',
      "header-width": {
        one: 'de kopregel "{name}" heeft {count} veld; "Onderwerp" heeft er {width}',
        other: 'de kopregel "{name}" heeft {count} velden; "Onderwerp" heeft er {width}',
      },
      "row-header-expected":
        'hier hoort een kopregel met de dimensie van de rijen, zoals "Regio\'s"; hier staat "{found}"',
      "dimension-missing": "het bestand zegt niet voor welke {role} de cijfers zijn",
      "dimension-missing-hint":
        "download de tabel met die dimensie in de rijen, in de kolommen of met één vaste waarde",
      "given-twice": "de {role} staat twee keer in de kopregels",
      "not-a-period": '"{text}" is geen periode',
      "period-hint":
        'StatLine schrijft perioden als 2023, "2023 januari", "2023 1e kwartaal" of "2023 1e halfjaar"',
      "row-width": {
        one: "hier horen {width} velden (een naam en {values} waarden), maar er staat {count} veld",
        other:
          "hier horen {width} velden (een naam en {values} waarden), maar er staan {count} velden",
      },
      "not-a-number": '"{text}" is geen getal',
      "number-hint": 'een waarde is een getal; "." betekent dat de waarde ontbreekt',
      "quote-not-closed": "een veld tussen aanhalingstekens wordt op deze regel niet gesloten",
      "after-quote":
        'onverwacht {char} na een sluitend aanhalingsteken; velden worden gescheiden door "{separator}" en een aanhalingsteken binnen een veld schrijft u dubbel ("")',
    },
    /** An OData page (CBS's JSON) that ivp cannot read, and its rows. */
    odata: {
      "start-expected": 'hier hoort "{" aan het begin van de pagina; hier staat {found}',
      "name-expected":
        "hier hoort een naam van een eigenschap tussen aanhalingstekens; hier staat {found}",
      "colon-expected": 'hier hoort ":" na de naam van de eigenschap; hier staat {found}',
      "rows-expected": 'hier hoort de lijst met rijen "[" na "value"; hier staat {found}',
      "row-expected": 'hier hoort een rij (een object tussen "{ }") in "value"; hier staat {found}',
      "after-row": 'hier hoort "," of "]" na een rij; hier staat {found}',
      "bracket-after-property": 'onverwacht "]" na een eigenschap',
      "after-property": 'hier hoort "," of "}" na een eigenschap; hier staat {found}',
      "after-end": "onverwacht {found} na het einde van de pagina",
      empty: "de pagina is leeg",
      "cut-off":
        "de pagina houdt op voordat de JSON compleet is; het bestand is misschien afgebroken",
      "invalid-json": "ongeldige JSON: {reason}",
      "page-hint": 'een OData-pagina is een JSON-object met de rijen in "value"',
      "next-not-address": "de next-link is geen adres: {link}",
      "damaged-hint": "het bestand is misschien beschadigd; download de pagina opnieuw",
      "next-loops": "de next-link wijst terug naar een pagina die al gelezen is: {link}",
      "row-not-object": "een rij is geen object",
      "no-region": "de rij heeft geen kolom met de regio ({columns})",
      "no-code": "de rij heeft geen code in {column}",
      "row-hint":
        "een rij van TypedDataSet heeft SoortMisdrijf, een kolom met de regio (RegioS of WijkenEnBuurten), Perioden en cijfers",
      "not-a-number": "{topic} is {value}, geen getal",
      "count-text": "{topic}: {problem}",
      "count-impossible": "{topic} is {value}, maar {problem}",
      "count-hint":
        "het aantal geregistreerde misdrijven is een geheel getal, 0 of meer; er is niets geïmporteerd",
    },
    /** The dimensions of a StatLine table, as the messages above name them (by `roleId`). */
    "statline-roles": {
      topic: "onderwerp (Onderwerp)",
      period: "periode (Perioden)",
      region: "regio (Regio's)",
      crime: "soort misdrijf (Soort misdrijf)",
    },
    /** Figures that do not fit the plan they are imported into. */
    plan: {
      "changed-meanwhile": "het bestand is gewijzigd terwijl ivp in het plan importeerde",
      "changed-meanwhile-hint":
        "een ander programma schreef er intussen in; er is niets geschreven, start de import opnieuw",
      "none-fits": {
        one: "het bestand heeft {count} cijfer, en dat past niet bij het plan",
        other: "geen van de {count} cijfers in het bestand past bij het plan",
      },
      "none-fits-types-hint":
        'de soorten misdrijf in het bestand voor deze gemeente zijn {types}; geef een reeks hun code, zoals codes: { police: "1.1.1" }',
      "none-fits-period-hint": "elk cijfer ligt buiten --from/--to",
      "none-fits-areas-hint":
        "het bestand heeft geen cijfers over geregistreerde misdrijven voor de gebieden van het plan",
      "no-figures-for": "het bestand heeft geen cijfers voor {municipality}",
      "no-figures-for-names":
        "het bestand heeft geen cijfers voor {municipality} (gezocht naar {names})",
      "candidates-hint":
        "het bestand heeft {candidates}: als dat de gemeente is, zet dan municipality.statlineName in het plan op die naam",
      "no-figures-hint":
        "controleer of het bestand over deze gemeente gaat (bij OData: haar RegioS-code)",
      "option-period": "{option}: {reason}",
      "unknown-source": 'het plan heeft geen bron "{source}"',
      "unknown-source-hint": "kies een van: {sources}",
      "unknown-source-hint-none": "het plan heeft nog geen bronnen; voeg er een toe onder sources:",
      "data-file-path": '"{path}" kan geen databestand van het plan zijn',
      "data-file-path-hint": "geef een .csv-pad binnen de map van het plan, zoals data/politie.csv",
      "data-file-not-regular": "het databestand is een {kind}, geen gewoon bestand",
      "data-file-not-regular-hint": "een databestand is een CSV-bestand",
      "cannot-read-data-file": "het databestand is niet te lezen",
      "data-file-invalid": "het databestand is niet geldig",
      "data-file-problem": "{problem}",
      "data-file-fix-hint": "herstel eerst het databestand (ivp validate toont elk probleem)",
    },
    /** The plan directory's import lock (one import at a time). */
    mapping: {
      "area-same-code": 'het gebied "{area}" heeft dezelfde code {code} als {other}',
      "area-same-name": 'het gebied "{area}" heeft dezelfde naam "{name}" als {other}',
      "area-same-hint": "geef elk gebied een eigen code en naam, of haal het dubbele weg",
      "series-same-code":
        'de reeksen "{other}" en "{series}" hebben allebei de {classification}-code {code}, dus ivp weet niet bij welke de cijfers horen',
      "series-same-code-hint":
        "laat de code bij één reeks staan; de andere kan worden afgeleid of met de hand ingevuld",
      "municipality-code":
        '"{name}" in het bestand is {code} in de gemeentetabel van ivp, maar het plan geeft {area} de code {planCode}',
      "municipality-code-hint":
        "controleer de code van de gemeente in het plan, of zet municipality.statlineName op de naam die StatLine gebruikt",
      "several-areas": '"{name}" past bij meer dan één gebied van het plan: {areas}',
      "several-areas-hint": "geef elk gebied een eigen code en naam",
      "several-series": 'de soort misdrijf "{title}" past bij de reeksen {series}',
      "several-series-hint":
        "geef de reeks die deze cijfers moet krijgen haar code onder codes, of een ander label",
      "impossible-figure": "het cijfer {value} voor {series} kan niet: {problem}",
      "impossible-figure-hint": "vergelijk het bestand met de bron; er is niets geschreven",
      "two-figures":
        "twee verschillende cijfers voor {series}, {area}, {period}: {earlier} op {earlierAt} en {value} hier",
      "two-figures-hint": "het bestand heeft hetzelfde cijfer twee keer; haal er een weg",
      missing: "ontbreekt",
      "two-imported":
        "twee geïmporteerde cijfers voor {series}, {area}, {period}: {otherFile}:{otherLine} en hier",
      "two-imported-hint": "haal een van de twee regels weg en importeer opnieuw",
      "no-area-column":
        'het databestand heeft geen kolom "area", dus het kan geen cijfers voor {area} bevatten',
      "no-area-column-hint":
        'voeg een kolom "area" toe, of importeer met --data in een ander bestand',
      "target-not-regular": "hier kan ivp niet schrijven: het is een {kind}, geen gewoon bestand",
      "target-not-regular-hint": "ivp schrijft alleen gewone bestanden; zet het ergens anders neer",
      "plan-exists": "{path} bestaat al; ivp init overschrijft geen plan",
      "plan-exists-hint": "kies een andere map, of haal het bestand eerst weg",
    },
    bulk: {
      "template-not-a-plan": "het sjabloon maakt geen geldig plan voor {name} ({code}): {problem}",
      "second-figure":
        "een tweede, ander cijfer voor {series}, {municipality}, {period}: {value}, eerder {earlier}",
      "second-figure-hint":
        "het bestand heeft hetzelfde cijfer twee keer; haal er een weg (eerste cijfer van {code} op {first})",
      "population-expected":
        '--population verwacht het aantal inwoners op 1 januari per gemeente (CBS-tabel 03759ned, onderwerp "Bevolking op 1 januari")',
      "population-wrapped": "{reason}; {expected}",
      "population-crimes":
        'dit is een bestand met geregistreerde misdrijven ("{topic}"); {expected}',
      "population-crimes-hint":
        "geef de misdrijfcijfers als databestand en de inwoners met --population",
      "population-unknown":
        'inwoners van "{name}": geen gemeente die ivp kent (de 342 van 2024, en die sinds 2014 zijn samengevoegd), dus ze passen bij geen gemeente in het databestand',
      "population-unknown-suggestion": 'bedoelt u "{suggestion}"?',
      "population-unknown-hint":
        "schrijf de naam zoals StatLine hem schrijft, of gebruik de OData-pagina's, die de code geven",
      "population-period":
        "inwoners van {municipality} voor {period}: verwacht een jaar (het aantal inwoners op 1 januari van dat jaar)",
      "population-second":
        "een tweede, ander aantal inwoners voor {municipality} op 1 januari {period}: {value}, eerder {earlier}",
      "population-second-hint": "het eerste staat op {first}; haal er een weg",
      "population-none": {
        one: '{file}: geen inwoners op 1 januari in het {count} gelezen cijfer; --population verwacht CBS-tabel 03759ned (StatLine "Bevolking op 1 januari" per gemeente en jaar, gedownload als CSV, of de OData-pagina\'s ervan)',
        other:
          '{file}: geen inwoners op 1 januari in de {count} gelezen cijfers; --population verwacht CBS-tabel 03759ned (StatLine "Bevolking op 1 januari" per gemeente en jaar, gedownload als CSV, of de OData-pagina\'s ervan)',
      },
    },
    words: {
      and: " en ",
      or: " of ",
    },
    lock: {
      "cannot-create": "kan de importvergrendeling niet maken ({code})",
      "cannot-create-hint": "ivp import moet in de planmap kunnen schrijven",
      busy: "een andere ivp import wijzigt dit plan",
      "busy-held": "een andere ivp import (proces {pid} op {host}, sinds {since}) wijzigt dit plan",
      "busy-hint":
        "wacht tot die klaar is en start de import opnieuw; als er geen import loopt, verwijder dan {lock}",
    },
    /** Loading the next OData page from the web or a file. */
    fetch: {
      "cannot-fetch": "kan {url} niet ophalen: {reason}",
      "cannot-fetch-hint":
        "controleer de netwerkverbinding, of sla de pagina's op als bestanden en importeer die",
      "http-status": "kan {url} niet ophalen: HTTP {status}",
      "cannot-load": "kan de pagina {url} niet laden",
      "cannot-load-hint": "een next-link moet een bestand of een http(s)-adres zijn",
    },
    /** Finding a municipality by name, alias or CBS code. */
    municipality: {
      "not-a-code": '"{code}" is geen CBS-gemeentecode',
      "not-a-code-hint": "een code is GM met vier cijfers, bijvoorbeeld GM0376",
      "code-mismatch": "{municipality} heeft de CBS-code {code}, niet {given}",
      "code-mismatch-other":
        "{municipality} heeft de CBS-code {code}, niet {given} ({given} is {other})",
      "code-mismatch-former":
        "{municipality} heeft de CBS-code {code}, niet {given} ({given} was {former})",
      "code-mismatch-hint": "laat --code weg, of geef de naam die bij {given} hoort",
      "unknown-code":
        "geen gemeente heeft de code {code} in de gemeentelijke indeling van het CBS van {date}",
      "unknown-code-hint":
        'controleer de code; geef voor een gemeente die nieuwer is dan het register van ivp de naam met de code: --municipality "<naam>" --code {code}',
      ambiguous: '"{name}" past bij {count} gemeenten: {municipalities}',
      "ambiguous-hint":
        'geef de naam zoals StatLine die schrijft (bijvoorbeeld "{example}") of de code (bijvoorbeeld {exampleCode})',
      "code-of-other": '{given} is de CBS-code van {owner}, niet van "{name}"',
      "code-of-other-hint":
        "controleer de naam en de code; het register van ivp heeft elke gemeente van {date}",
      "unknown-name": 'ivp kent geen gemeente met de naam "{name}"',
      "did-you-mean": 'bedoelt u "{suggestion}"?',
      "unknown-name-hint":
        "controleer de spelling met de lijst van gemeenten van het CBS van {date}, of geef de code: --municipality GMxxxx",
      "merged-into": "{name} ({code}) hoort sinds {date} bij {successors}",
      "split-between": "{name} ({code}) is op {date} verdeeld over {successors}",
      "with-note": "{sentence} ({note})",
      "another-municipality": "een andere gemeente",
      "former-hint":
        "maak het plan voor {name}: --municipality {code}; de cijfers die StatLine nu publiceert, zijn van {name}",
      "former-hint-several": "maak het plan voor een van {codes}",
    },
    /** What became of a former municipality, when it was more than a merger into one (by its code). */
    /** A bug in ivp (code internal): what it found that it never should. */
    internal: {
      "plan-yaml-errors": "het planbestand heeft YAML-fouten: {reason}",
      "plan-not-a-mapping": "het planbestand is geen mapping van velden",
      "sources-not-a-list":
        "sources: in het planbestand is geen lijst; maak er een lijst van bronnen van",
      "data-not-a-list":
        "data: in het planbestand is geen lijst; maak er een lijst van CSV-bestanden van",
      "source-not-added":
        "de bron kon niet aan de bronnen van het plan worden toegevoegd zonder iets anders te veranderen",
      "data-file-not-added":
        "het databestand kon niet aan de data-lijst van het plan worden toegevoegd zonder iets anders te veranderen",
      "target-not-listed": "het doelbestand {target} hoort niet bij de bestanden",
      "invalid-data-file-made": "ivp maakte een ongeldig databestand {file}: {problem}",
      "invalid-plan-made": "ivp maakte het planbestand ongeldig: {problem}",
      "template-invalid": "het ingebouwde sjabloon is ongeldig: {problem}",
      "no-police-total": "de tabel van soorten misdrijf van ivp heeft geen politietotaal 0.0.0",
      "figures-of-two-files": "classifyFigures: een cijfer van {file}, niet van {first}",
    },
    /** Arguments of the synthetic data set's generators (benchmarks and tests). */
    synthetic: {
      "page-size": "pageSize moet een positief geheel getal zijn",
      repeat: "repeat moet een positief geheel getal zijn",
      "municipality-number": "er zijn verzonnen gemeenten 1 tot en met 999, niet {n}",
      "municipality-name":
        'de synthetische dataset heeft de verzonnen gemeenten "Synthetisch 001" tot en met "Synthetisch 999", niet "{name}"',
      "no-figure": "geen synthetisch cijfer voor gemeente {municipality}, soort {type}, {month}",
    },
    "former-notes": {
      GM0055: "verdeeld over vier gemeenten",
      GM1921: "hernoemd tot De Fryske Marren, met een nieuwe code",
      GM1671: "verdeeld over 's-Hertogenbosch en Oss",
      GM0140: "verdeeld over drie gemeenten",
      GM0053: "grotendeels naar Het Hogeland, Ezinge naar Westerkwartier",
      GM0788: "verdeeld over Boxtel, Oisterwijk, Tilburg en Vught",
    },
  },
} as const satisfies MessageCatalogue;
