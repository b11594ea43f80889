/**
 * The help of the CLI in Dutch, the source catalogue: what `ivp --help` and
 * each command's `--help` say, keyed by the command's name and the names of
 * its arguments, options and exit codes (as its `definition.ts` has them);
 * an example's text by its place in the definition's list. A new text goes
 * here first, then into every other language's file.
 */
import type { HelpCatalogue } from "./catalogue.ts";

/** The CSV and xlsx convention, shared by every command that writes them. */
const CSV_NOTE =
  "CSV is voor spreadsheets, in elke opdracht dezelfde afspraak: UTF-8 met een byte-order mark, en in het Nederlands (de standaard) ';' tussen de velden en een decimale komma, zoals Nederlandse Excel en LibreOffice verwachten; met --lang en ',' en een decimale punt. xlsx schrijft een werkmap naar --out met echte getallen en getalnotaties (aantallen, cijfers per inwoners, veranderingen als percentage), geen tekst.";

export const nl = {
  main: {
    title: "ivp {version}: integrale veiligheidsplannen (Integraal Veiligheidsplan) als data",
    usage: "ivp <opdracht> [argumenten] [opties]",
    help: "Toon de hulp (ook: ivp help <opdracht>)",
    version: "Toon de versie",
    more: "Zie 'ivp <opdracht> --help' voor de opties van een opdracht.",
  },
  headings: {
    usage: "Gebruik:",
    commands: "Opdrachten:",
    arguments: "Argumenten:",
    options: "Opties:",
    examples: "Voorbeelden:",
    exitCodes: "Afsluitcodes:",
    optionsPlaceholder: "[opties]",
    choices: "een van: {choices}",
    default: "standaard: {value}",
  },
  shared: {
    arguments: {
      plan: "Een planmap (met plan.yaml erin) of een bestand plan.yaml.",
    },
    options: {
      help: "Toon de hulp bij de opdracht.",
      "no-cache":
        "Gebruik geen van de caches van ivp en bewaar er niets in: het plan wordt opnieuw gelezen en gevalideerd, en de code van de opdracht opnieuw gecompileerd (de caches staan in $XDG_CACHE_HOME/ivp of ~/.cache/ivp; IVP_CACHE_DIR verplaatst ze, IVP_NO_CACHE=1 zet ze uit).",
      lang: "Taal van de gemaakte tekst en van de eigen meldingen van ivp (problemen, samenvattingen, deze hulp); standaard: de taal van het plan (Nederlands) voor de gemaakte tekst, IVP_LANG (anders Engels) voor de meldingen.",
      out: "Schrijf naar FILE in plaats van naar de standaarduitvoer. Het bestand wordt atomair geschreven (eerst een tijdelijk bestand, dan een hernoeming); een invoerbestand wordt nooit overschreven.",
      "as-of":
        "Gebruik alleen de cijfers die aan het eind van PERIOD bekend zijn: die waarvan de periode eindigt op of voor het eind ervan (2018, 2018-H1, 2018-01..2018-10, 2018MM10, ...). Standaard: alle cijfers, dus van elke indicator de laatste.",
      correction:
        "De correctie van de oordelen voor het toetsen van veel indicatoren tegelijk: benjamini-hochberg (van de genoemde verschillen is naar verwachting hooguit 5% toeval), holm (de kans op één of meer onterechte verschillen blijft onder 5%) of none. Standaard: conventions.multipleComparisons van het plan, anders benjamini-hochberg.",
    },
    exitCodes: {
      2: "gebruiksfout: onbekende opdracht of optie, ontbrekend of onjuist argument",
      70: "interne fout (een fout in ivp; meld hem graag)",
    },
  },
  commands: {
    validate: {
      summary: "Controleer een plan: zijn vorm, cijfers, doelen en teksten",
      description:
        "Leest het plan en zijn CSV-databestanden en meldt elk probleem als bestand:regel:kolom  ernst  code  melding, met wat er verwacht werd en hoe u het herstelt: YAML-syntaxis, verkeerde typen, onbekende of ontbrekende velden, onjuiste perioden, verwijzingen naar id's die niet bestaan, dubbele id's. Een plan dat te lezen is, wordt daarna gecontroleerd (lint): cijfers die elkaar tegenspreken, doelen die niet kloppen met hun percentage, deelrijen die niet optellen, gedrukte percentages die afwijken van de berekende, beweringen die de cijfers tegenspreken, typefouten in labels en bronnamen, indicatoren zonder bron, nulmeting of doel. Elke bevinding noemt de andere plaatsen die ermee te maken hebben (also at bestand:regel:kolom) en waar mogelijk een oplossing. Regels stelt u per plan in onder lint: { rules: { <regel-id>: off|info|warning|error } }. Een bevinding die de eigenaar van het plan kent en aanvaardt (een vergissing in een vastgesteld document die het plan houdt zoals gedrukt) komt onder lint: { acknowledged: [{ rule, at, reason }] }, met het id van de regel en het veld waar de bevinding als eerste naar wijst (haar field in --format json): ze wordt nog gemeld, gemarkeerd als geaccepteerd, en een geaccepteerde fout maakt het plan niet ongeldig.",
      options: {
        format: "text: één regel per probleem; json: een rapport voor programma's.",
        lang: "Taal van de lintmeldingen en van de eigen meldingen van ivp (problemen, de samenvatting, deze hulp); standaard: de taal van het plan voor de lintmeldingen, IVP_LANG (anders Engels) voor de andere.",
        "placeholders-as-errors":
          "Behandel teksten die nog met TODO beginnen (plaatshouders van ivp init en ivp bulk; lintregel placeholder, standaard een waarschuwing) als fouten, zodat het plan ongeldig is tot ze geschreven zijn: voor een plan op weg naar de raad.",
      },
      examples: [
        "Controleer het voorbeeld Laren.",
        "Faalt zolang het voorbeeld Blaricum nog TODO-plaatshouders heeft.",
        "Hetzelfde, met de bevindingen in het Engels.",
        "Problemen als JSON, voor editors en CI.",
      ],
      exitCodes: {
        0: "het plan is geldig (waarschuwingen, opmerkingen en geaccepteerde fouten tellen niet mee)",
        1: "het plan of een databestand heeft fouten, of een lintregel meldt een fout die het plan niet accepteert",
      },
    },
    table: {
      summary: "Druk een cijfertabel af, met de procentuele veranderingen",
      description:
        "Berekent een tabel van het plan uit de ruwe aantallen: waardekolommen, procentuele veranderingen (exact, half van nul af afgerond, '+' bij een stijging, leeg als de basis 0 is) en aangeleverde referentiekolommen. Cijfers over juli-december worden afgeleid als heel jaar min januari-juni.",
      arguments: {
        "table-id": "Het id van de tabel, bijvoorbeeld tabel-1.",
      },
      options: {
        format: `Uitvoervorm. CSV, TSV en Markdown maken spreadsheetformules in labels onschadelijk. ${CSV_NOTE}`,
        "mark-chance":
          "Markeer met ° elke procentuele verandering van een aantal die niet van toeval te onderscheiden is (exacte Poisson-toets, tweezijdig, p >= 0,05 na de correctie over de tabel; een verandering vanaf 0 krijgt alleen °). Zegt hoeveel veranderingen getoetst zijn en hoeveel toeval alleen zou markeren (onder Markdown; op de standaardfoutuitvoer bij TSV en CSV; in significance van de JSON). Standaard uit: de cellen blijven zoals gedrukt.",
        correction:
          "Hoe --mark-chance corrigeert voor het tegelijk toetsen van alle veranderingen van de tabel: benjamini-hochberg (beheerst het aandeel onterechte markeringen), holm (beheerst de kans op één of meer onterechte markeringen) of none. Standaard: conventions.multipleComparisons van het plan, anders benjamini-hochberg.",
      },
      examples: [
        "Tabel 2 van Laren als TSV.",
        "Tabel 1 als Markdown-tabel.",
        "Tabel 1 met ° bij de veranderingen die toeval alleen kan verklaren.",
        "De 50 toetsen van Tabel 2 gecorrigeerd met de methode van Holm in plaats van Benjamini-Hochberg.",
      ],
      exitCodes: {
        0: "de tabel is geschreven",
        1: "het plan is ongeldig of heeft zo'n tabel niet",
        2: "--correction zonder --mark-chance, of een andere gebruiksfout",
      },
    },
    status: {
      summary: "De voortgang van elke indicator naar haar doel, met significantie",
      description:
        "Eén regel per indicator: nulmeting, doel, laatste cijfer en de periode daarvan, de verandering sinds de nulmeting (procent bij aantallen en cijfers per inwoners, procentpunten bij percentages, punten bij rapportcijfers), de verandering sinds de vorige vergelijkbare periode (dezelfde maanden van het laatste eerdere jaar met een cijfer) met haar toets, het deel van de weg in woorden, het oordeel, en of de verandering sinds de nulmeting van toeval te onderscheiden is. Het oordeel legt het laatste cijfer met zijn 95%-marge (exact Poisson bij aantallen, breder als de reeks in eerdere jaren meer schommelde dan toeval geeft; de gepubliceerde marges van enquêtecijfers; een opgegeven tolerantie) naast de rechte lijn van nulmeting naar doel, of vanaf de doelperiode naast het doel: voor of achter op schema, doel (niet) gehaald, slechter dan de nulmeting, of niet te onderscheiden; of niet te beoordelen, met de reden. De oordelen worden samen gecorrigeerd voor het toetsen van veel indicatoren (standaard Benjamini-Hochberg). Een deel van een jaar wordt vergeleken met dezelfde maanden van het jaar van de nulmeting, of doorgerekend naar een heel jaar, nooit met een heel jaar. De JSON-uitvoer bevat elk onderdeel, zodat elk oordeel met de hand na te rekenen is.",
      options: {
        format: `text: uitgelijnde regels met noten; csv en xlsx: één rij per indicator (nulmeting, doel, laatste cijfer, de verandering sinds de nulmeting en sinds de vorige vergelijkbare periode, elk met de p-waarde en of toeval haar kan verklaren, het deel van de weg, de status); json: elk onderdeel (docs-site: Reference, JSON of ivp status). ${CSV_NOTE}`,
      },
      examples: [
        "De indicatoren van Laren naar de laatste cijfers in het document.",
        "Naar de stand van het eerste halfjaar van 2018, in het Engels.",
        "Elk onderdeel als JSON, voor dashboards.",
      ],
      exitCodes: {
        0: "de status is geschreven",
        1: "het plan of een databestand is ongeldig",
      },
    },
    init: {
      summary: "Zet een nieuw plan op voor een gemeente",
      description:
        "Maakt <dir>/plan.yaml en een leeg databestand <dir>/data/politie.csv: de indeling van het Kernbeleid Veiligheid, de gebruikelijke politie-indicatoren met hun misdrijfcodes (zodat 'ivp import' ze vult), een politietabel van de laatste drie jaren met cijfers, elk met de verandering tegenover het jaar ervoor (rolling: een nieuw geïmporteerd jaar verschijnt zonder het plan aan te passen), en TODO-plaatshouders voor de missie, de prioriteiten en elke nulmeting en elk doel. De eerste regel wijst editors met de YAML-taalserver naar het JSON Schema van het plan, met een URL die voor iedereen dezelfde is (het schema van het gepubliceerde @ivp/model op het jsDelivr-CDN). De gemeente wordt opgezocht in het register van ivp met alle 342 gemeenten van 2024: op CBS-code, op naam zoals StatLine die schrijft, op gangbare naam of alias (Den Haag, Den Bosch, Nuenen), zonder op accenten en hoofdletters te letten; een dubbelzinnige naam (Bergen) geeft de kandidaten, een gemeente die sinds 2014 is opgegaan in een andere (Weesp) noemt haar opvolger, en een --code die de naam tegenspreekt wordt geweigerd. Overschrijft nooit een bestaand plan.",
      arguments: {
        dir: "De map van het nieuwe plan.",
      },
      options: {
        municipality:
          "De gemeente: een naam (Blaricum, 'Laren (NH.)', 'Den Haag', Hengelo) of een CBS-code (GM0376). Verplicht.",
        code: "De CBS-code (GM en vier cijfers), gecontroleerd tegen de naam; alleen voor een gemeente die nieuwer is dan het register van ivp (2024) wordt hij genomen zoals gegeven.",
        period:
          "De jaren van het plan, bijvoorbeeld 2024-2027. Standaard: vier jaar vanaf volgend jaar.",
        schema:
          "Pad (ten opzichte van het plan) of URL van het JSON Schema van plannen, voor de editorregel. Standaard: https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json.",
      },
      examples: [
        "Een plan voor Blaricum (GM0376), 2024-2027.",
        "Een plan voor 's-Gravenhage (GM0518), gevonden op de dagelijkse naam.",
      ],
      exitCodes: {
        0: "het plan is gemaakt",
        1: "het plan bestaat al, of de gemeente is niet vast te stellen",
      },
    },
    import: {
      summary: "Importeer open data van politie of CBS in de databestanden van een plan",
      description:
        'Leest een StatLine-CSV-download of een pagina van een CBS OData TypedDataSet (en volgt odata.nextLink; politietabellen 47013NED, 47018NED, 47022NED en CBS 83648NED), houdt de geregistreerde misdrijven van de gemeente en gebieden van het plan over voor de misdrijfsoorten waarvoor zijn reeksen codes hebben (codes: { police: "1.1.1" }), en voegt ze toe aan of werkt ze bij in de CSV-databestanden van het plan. Inwoners op 1 januari (CBS 03759NED, StatLine-CSV of OData; alleen de rijen van alle geslachten, leeftijden en burgerlijke staten samen) komen in de reeks inwoners, met de bron cbs-bevolking van het plan, die aan sources: wordt toegevoegd als ze ontbreekt, nooit de politiebron. Twee keer hetzelfde bestand importeren verandert niets. Toont wat er veranderd is. Weigert een dubbelzinnige koppeling, een misvormd bestand of een cijfer dat ivp validate zou weigeren (een negatief of gebroken aantal; een punt in een aantal scheidt duizendtallen: 1.004 is 1004) met bestand, regel en kolom, en schrijft dan niets. Herschreven bestanden worden atomair geschreven, met een reservekopie (<bestand>.bak). Zolang de import het plan leest en herschrijft, houdt hij een vergrendelingsbestand in de planmap (.ivp-import.lock, met zijn proces-id, host en begintijd): een tweede import tegelijk faalt meteen met afsluitcode 75 en noemt de eerste; een vergrendeling van een import die is afgebroken (of ouder dan een uur) wordt overgenomen. Vlak voordat hij een bestand vervangt, controleert hij dat niemand het intussen veranderd heeft.',
      arguments: {
        "source-file":
          "Een StatLine-CSV-download, een OData-JSON-pagina, of het https-adres van een OData TypedDataSet.",
      },
      options: {
        plan: "Het plan om in te importeren: een map met plan.yaml, of het bestand. Verplicht.",
        from: "Alleen perioden vanaf deze: 2022, 2022-Q1, 2022-01 of 2022MM01.",
        to: "Alleen perioden tot en met deze.",
        data: "Het databestand (ten opzichte van het plan) voor nieuwe cijfers; het komt in de lijst data: van het plan als het daar niet staat. Standaard: het eerste databestand van het plan, anders data/politie.csv.",
        source:
          "Het bron-id van het plan voor de kolom source. Standaard: voor inwoners de CBS-bron cbs-bevolking (toegevoegd als ze ontbreekt), voor misdrijven de ene andere open-databron van het plan.",
        "dry-run": "Toon wat er zou veranderen, schrijf niets.",
        "first-page-only": "Bij OData: lees alleen de gegeven pagina, volg odata.nextLink niet.",
        verbose: "Noem elk toegevoegd cijfer (standaard worden er hooguit 20 genoemd).",
      },
      examples: [
        "De geregistreerde misdrijven van Blaricum 2022-2023 uit een StatLine-download.",
        "Wat een OData-download vanaf 2021 zou veranderen.",
      ],
      exitCodes: {
        0: "de cijfers zijn geïmporteerd (of waren er al)",
        1: "het plan is ongeldig, het bestand is misvormd, of de koppeling is dubbelzinnig; er is niets geschreven",
        75: "een andere ivp import verandert het plan (of een ander programma veranderde intussen zijn bestanden); er is niets geschreven, voer hem opnieuw uit",
      },
    },
    compare: {
      summary: "Vergelijk gemeenten naast elkaar, met cijfers per 1.000 inwoners",
      description:
        "Zet de cijfers van meerdere plannen naast elkaar: per indicator en periode het aantal van elke gemeente, de verandering tegenover dezelfde periode een jaar eerder en, waar het plan het aantal inwoners heeft (een reeks, standaard 'inwoners'), het aantal per 1.000 inwoners (of --per 10000, 100000), exact berekend en half van nul af afgerond. Hetzelfde politiecijfer wordt onder een ander id gevonden aan zijn misdrijfcode. Er wordt niets over gemeenten heen opgeteld; een ontbrekend cijfer staat er als '.'. Standaard alle jaren met een cijfer.",
      arguments: {
        plan: "De plannen om te vergelijken, één per gemeente (mappen met plan.yaml, of de bestanden).",
      },
      options: {
        indicator:
          "Alleen deze indicator of reeks (op id). Standaard: elke getelde indicator met een cijfer.",
        period: "Alleen deze periode. Standaard: elk jaar met een cijfer.",
        population: "De reeks met het aantal inwoners in elk plan.",
        per: "Cijfers per zoveel inwoners: 1000 (standaard), 10000 of 100000. Het aantal inwoners is de reeks van het plan (standaard inwoners, gevuld door 'ivp import' van CBS-tabel 03759ned) van het jaar van de periode.",
        format: `text: uitgelijnde tabellen; md: Markdown; csv en xlsx: één rij per indicator, periode en gemeente; json: de vergelijking met elk onderdeel. ${CSV_NOTE}`,
      },
      examples: [
        "Blaricum en Eemnes naast elkaar.",
        "Eén indicator als CSV, voor een spreadsheet of een grafiek.",
      ],
      exitCodes: {
        0: "de vergelijking is geschreven",
        1: "een plan is ongeldig, of een periode is geen periode",
      },
    },
    report: {
      summary: "De monitoringsrapportage van een plan als HTML, Markdown of JSON",
      description:
        "Beoordeelt het plan en schrijft de monitoringsrapportage: de status van elke indicator in één oogopslag, de hoofddoelen met nulmeting, doel, laatste cijfer, verandering, deel van de weg, status en significantie (dezelfde beoordeling als ivp status), de politietabellen met hun procentuele veranderingen en ° bij veranderingen die toeval alleen kan verklaren (zoals ivp table --mark-chance), per indicator de feiten, de berekening achter de status en een grafiek, en de dekking van het Kernbeleid Veiligheid. Eén op zichzelf staand HTML-bestand met grafieken erin en een A4-opmaak voor afdrukken, Markdown voor wiki's en raadsinformatiesystemen, of het beoordeelde plan als JSON. Dezelfde invoer geeft altijd dezelfde bytes.",
      options: {
        format:
          "html: één op zichzelf staand bestand (geen scripts, geen downloads); md: Markdown; json: het beoordeelde plan (docs-site: Reference, JSON of ivp report).",
      },
      examples: [
        "De rapportage van Laren als één HTML-bestand; open het in een browser of druk het af als PDF.",
        "De rapportage in Engelse Markdown, op de standaarduitvoer.",
        "Het beoordeelde plan als JSON, met alleen de cijfers tot en met 2017.",
      ],
      exitCodes: {
        0: "de rapportage is geschreven",
        1: "het plan is ongeldig, of de uitvoer kan niet geschreven worden",
      },
    },
    bulk: {
      summary: "Rapportages voor elke gemeente in een databestand, en een overzicht",
      description:
        "Leest een databestand van politie of CBS met veel gemeenten (een StatLine-CSV-download, of pagina's van een CBS OData TypedDataSet van 47013NED via odata.nextLink) en vult, voor elke gemeente erin (of die van --municipalities), een plansjabloon met de cijfers van die gemeente en beoordeelt het: de cijfertabel met haar procentuele veranderingen, van elke indicator nulmeting, doel, laatste cijfer en status, en een samenvatting. Schrijft één rapportage per gemeente (gemeenten/<code>-<naam>.html, .md of .json) en een overzicht van alle, met hun kerncijfers en statussen, als index.html (een tabel die sorteert met een klik op een kolomkop), index.md en index.json. Het ingebouwde sjabloon 'politie' is het plan dat 'ivp init' maakt, met een standaarddoel voor elke indicator (--target-change, van het jaar voor het plan tot het laatste jaar ervan); --template neemt in plaats daarvan een planmap. Zonder --period beslaat het plan tot vier jaar, eindigend met het laatste hele jaar in het bestand. Het bestand wordt gestreamd: het geheugen groeit met gemeenten x misdrijfsoorten x perioden, niet met de grootte van het bestand; als het bestand de cijfers van elke gemeente bij elkaar heeft (zoals een StatLine-download), wordt elke rapportage geschreven zodra haar gemeente compleet is. Elke gemeente houdt haar CBS-code uit het register van ivp (342 gemeenten van 2024, en vroegere met hun oude codes); een gebied dat geen gemeente is, wordt weggelaten; de verzonnen gemeenten van de synthetische benchmarkset (Synthetisch 001, GM9001, ...) zijn in het overzicht gemarkeerd. Alles wordt eerst in een tussenmap geschreven en pas naar --out verplaatst als de hele run geslaagd is: een fout laat geen uitvoer achter. Op de standaardfoutuitvoer staat een voortgangsbalk als die een terminal is.",
      arguments: {
        "data-file":
          "Een StatLine-CSV-download of de eerste pagina van een CBS OData TypedDataSet (47013NED); verdere pagina's worden gevolgd via hun odata.nextLink.",
      },
      options: {
        out: "De map voor de rapportages en het overzicht. Verplicht. Ze moet nieuw of leeg zijn, tenzij --force.",
        template:
          "Het plansjabloon: 'politie' (ingebouwd: de gebruikelijke politie-indicatoren met standaarddoelen) of een planmap (of plan.yaml) waarvan gemeente, cijfers, beweringen en gedrukte cellen per gemeente vervangen worden.",
        format:
          "De vorm van de rapportages per gemeente. Het overzicht wordt altijd in alle drie geschreven.",
        municipalities:
          "Alleen deze gemeenten: een lijst, gescheiden door komma's, van CBS-codes of namen zoals StatLine ze schrijft, bijvoorbeeld GM0417,Blaricum,Eemnes. Standaard: elke gemeente in het bestand.",
        population:
          "Een bestand met inwoners op 1 januari per gemeente en jaar (CBS-tabel 03759ned: een StatLine-CSV-download of OData-pagina's, zoals 'ivp import' ze leest). Ze worden de reeks inwoners van elk plan, zodat het overzicht de eerste indicator per 1.000 inwoners toont en de gemeenten noemt zonder inwoners van hun laatste jaar. Een gemeente wordt gevonden op code of StatLine-naam; een bestand zonder inwoners, een bestand met geregistreerde misdrijven, een gebied dat geen gemeente is die ivp kent, een cijfer voor een deel van een jaar of twee verschillende cijfers voor één gemeente en jaar wordt geweigerd, met de regel.",
        period:
          "De planperiode, bijvoorbeeld 2020-2023 (de nulmeting is het jaar ervoor). Standaard: de periode van het sjabloon, of bij het ingebouwde sjabloon tot vier jaar, eindigend met het laatste hele jaar in het bestand.",
        "target-change":
          "Het standaarddoel van een indicator zonder doel: deze verandering in procenten vanaf de nulmeting, in het laatste jaar van het plan. Een negatieve waarde schrijft u met =, bijvoorbeeld --target-change=-15.",
        force:
          "Schrijf in een map waar al bestanden in staan; bestanden met dezelfde naam worden vervangen, één voor één, atomair.",
        quiet: "Geen voortgangsbalk en geen samenvatting; alleen fouten.",
        jobs: "Hoeveel rapportages tegelijk gemaakt (en OData-pagina's gelezen) worden, op worker threads; 1 doet alles in de hoofdthread. De uitvoer is dezelfde bij elk aantal. Standaard: het aantal CPU's (één bij hooguit 8 gemeenten).",
      },
      examples: [
        "Een HTML-rapportage voor elke gemeente in de OData-pagina's, en rapporten/index.html.",
        "Markdown-rapportages voor drie gemeenten, en hun overzicht.",
        "De inwoners uit hun eigen CBS-download: het overzicht krijgt zijn kolom per 1.000 inwoners.",
        "Uw eigen plan als sjabloon, voor een gegeven periode, in een bestaande map.",
      ],
      exitCodes: {
        0: "de rapportages en het overzicht zijn geschreven",
        1: "het databestand of het inwonersbestand is misvormd, heeft geen cijfers voor een gevraagde gemeente, of het sjabloon is ongeldig; er is niets geschreven",
      },
    },
  },
} as const satisfies HelpCatalogue;
