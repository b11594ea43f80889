/**
 * Every text the CLI itself writes, in Dutch, the source catalogue: usage
 * errors, refusals, what a command did and its progress, keyed by group and
 * message id. Placeholders (`{file}`) are filled from the data a message is
 * given; a plural entry (`{ one, other }`) is chosen by the data's `count`. A
 * new message goes here first, then into every other language's file.
 *
 * Not here: the texts of the plan's own problems, lint findings, tables and
 * reports (the packages write those, in the plan's language or `--lang`), and
 * the help of each command (its `definition.ts`).
 */
import type { CliCatalogue } from "./catalogue.ts";

/**
 * The Dutch catalogue, built when first asked for (the dispatcher installs
 * the CLI's language's, messages/catalogues.ts, and a command that succeeds
 * writes none of it: building the literal at every start, and deserialising
 * its code and some 300 texts with the dispatcher's code cache, cost `ivp
 * status` on Laren some 0.8 million instructions, Node 20, callgrind). The
 * same object at every call.
 */
export function dutchCatalogue(): DutchCatalogue {
  built ??= build();
  return built;
}

/** The type of the Dutch catalogue, the source every other language is checked against. */
export type DutchCatalogue = ReturnType<typeof build>;

let built: DutchCatalogue | undefined;

function build() {
  return {
    format: { locale: "nl-NL", decimalSeparator: ",", and: " en " },
    messages: {
      usage: {
        "see-help": "Zie '{help}' voor het gebruik.",
        "unknown-option": "onbekende optie {option}",
        "unknown-command": 'onbekende opdracht "{name}"{suggestion}',
        "did-you-mean": '; bedoelt u "{suggestion}"?',
        "unknown-command-option": "onbekende optie {option} voor 'ivp {command}'{suggestion}",
        "did-you-mean-option": "; bedoelt u --{suggestion}?",
        "option-value-ambiguous":
          "de optie {option} heeft een waarde nodig; een waarde die met - begint, schrijft u als {option}={value}",
        "option-value-missing": "de optie {option} heeft een waarde nodig",
        "option-takes-no-value": "de optie {option} heeft geen waarde; gegeven: {given}",
        "not-a-choice":
          '--{option} moet een van deze zijn: {choices}; gegeven: "{value}"{suggestion}',
        "did-you-mean-choice": " (bedoelt u {suggestion}?)",
        "missing-argument": "argument <{name}> ontbreekt: {description}",
        "too-many-arguments": "te veel argumenten: {arguments}",
        "as-of": "--as-of: {problem}; schrijf een van: {notations}",
        "period-notations":
          "2017 (jaar); 2017-H1 of 2017-H2 (halfjaar); 2017-Q3 (kwartaal); 2017-10 (maand); 2018-01..2018-10 (maanden binnen één jaar, bijvoorbeeld van januari tot nu); 2017JJ00, 2017KW01, 2017MM10 (periodecodes van het CBS)",
      },
      internal: {
        "plan-read-again": "{target}: het planbestand kon niet opnieuw worden gelezen",
        "output-outside-out": "uitvoerpad buiten --out: {path}",
        "no-worker-threads": "readPage heeft worker threads nodig",
        "worker-stopped": "een worker van ivp bulk is gestopt (afsluitcode {code})",
        "template-missing": "een worker van ivp bulk kreeg het sjabloon {key} niet",
        "recipe-without-figures": "een taak van ivp bulk uit een sjabloon kwam zonder cijfers",
        error:
          "interne fout: {message}{detail}\nDit is een fout in ivp; meld hem graag, met de opdracht die u gaf (met IVP_DEBUG=1 ziet u details).",
      },
      plan: {
        "more-problems": "... en nog {count}",
        invalid: {
          one: "{count} probleem in het plan; voer na het herstel 'ivp validate {plan}' uit.",
          other: "{count} problemen in het plan; voer na het herstel 'ivp validate {plan}' uit.",
        },
      },
      output: {
        "input-file": "het invoerbestand {file} wordt niet overschreven; kies een andere --out",
        "not-regular":
          "er wordt niet naar {file} geschreven: het is een {kind}, geen gewoon bestand; --out neemt een nieuw pad of een gewoon bestand",
        "cannot-write": "kan {path} niet schrijven{code}",
        "xlsx-needs-out": "--format xlsx schrijft een bestand: geef het op met --out BESTAND.xlsx",
        "nothing-written": "Er is niets geschreven.",
      },
      validate: {
        "more-findings": "... en nog {count} bevindingen (--format json geeft ze allemaal)",
        "more-issues": "... en nog {count} (--format json geeft ze allemaal)",
        errors: { one: "{count} fout", other: "{count} fouten" },
        warnings: { one: "{count} waarschuwing", other: "{count} waarschuwingen" },
        infos: { one: "{count} opmerking", other: "{count} opmerkingen" },
        "all-acknowledged": "{errors} (geaccepteerd)",
        "some-acknowledged": "{errors} (waarvan {count} geaccepteerd)",
        priorities: { one: "{count} prioriteit", other: "{count} prioriteiten" },
        themes: { one: "{count} thema", other: "{count} thema's" },
        indicators: { one: "{count} indicator", other: "{count} indicatoren" },
        tables: { one: "{count} tabel", other: "{count} tabellen" },
        observations: { one: "{count} waarneming", other: "{count} waarnemingen" },
        "not-valid": "niet geldig: {counts}",
        valid: "geldig ({summary}){counts}",
      },
      table: {
        "correction-needs-mark-chance":
          "--correction werkt alleen met --mark-chance: het corrigeert de toevalsmarkeringen",
      },
      init: {
        "period-invalid": '--period moet twee jaren zijn, zoals 2024-2027; gegeven: "{value}"',
        "municipality-required":
          "de optie --municipality is verplicht: een naam of een CBS-code zoals GM0376",
        created: "{files} gemaakt",
        for: "voor {name} ({code}), {start}-{end}.",
        next: "Vul nu de TODO's in (missie, prioriteiten, uitgangswaarden en doelen), en daarna",
        "next-import": "  ivp import <StatLine-CSV of OData-pagina> --plan {dir}",
      },
      import: {
        "plan-required": "de optie --plan is verplicht: het plan waarin geïmporteerd wordt",
        "not-a-period":
          '--{option}: "{value}" is geen periode (2022, 2022-H1, 2022-Q3, 2022-10 of 2022MM10)',
        missing: "ontbreekt",
        added: "  toegevoegd  {what}  {value}",
        updated: "  bijgewerkt  {what}  {detail}",
        "value-changed": "{from} -> {to}",
        "source-changed": "{value} (bron of toelichting gewijzigd)",
        figures: { one: "{count} cijfer", other: "{count} cijfers" },
        read: "{figures} gelezen uit {source} ({kind}).",
        "would-change": "Zou wijzigen in {file}:",
        changed: "Gewijzigd in {file}:",
        "more-added": "  ... en nog {count} toegevoegd (--verbose geeft ze allemaal)",
        summary: "{added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.",
        "skipped-areas": "{figures} overgeslagen van gebieden die niet in het plan staan.",
        "skipped-topic":
          '{figures} overgeslagen van "{topic}" (ivp importeert geregistreerde misdrijven).',
        "skipped-period": "{figures} overgeslagen buiten --from/--to.",
        "skipped-crime-type":
          "{figures} overgeslagen van {name}{title}: geen reeks van het plan heeft deze misdrijfsoort{hint}.",
        "crime-type-hint":
          '; om ze te importeren, zet bij een reeks codes: { {classification}: "{code}" }',
        "dry-run": "Proefdraai: er is niets geschreven.",
        "nothing-to-write": "Niets te schrijven: het plan heeft deze cijfers al.",
        "data-file-added": "{file} toegevoegd aan data: in het plan.",
        "source-added":
          "De bron {id} ({name}, CBS-tabel 03759ned) toegevoegd aan sources: in het plan: inwonertallen komen van het CBS, niet van de politiebron.",
        backup: "Reservekopie: {file}",
      },
      compare: {
        "not-a-period": '--period: "{value}" is geen periode (2023, 2023-H1, 2023-Q3, 2023-10)',
        "unknown-indicator": 'geen plan heeft een indicator of reeks "{id}"',
        "per-invalid": '--per moet 1000, 10000 of 100000 zijn; gegeven: "{value}"',
      },
      bulk: {
        "out-required": "--out MAP is verplicht: de map voor de rapporten",
        "period-invalid":
          '--period moet twee jaren zijn, het eerste niet na het tweede, bijvoorbeeld 2020-2023; gegeven: "{value}"',
        "target-change-invalid":
          '--target-change moet een percentage boven -100 zijn, bijvoorbeeld -10; gegeven: "{value}"',
        "jobs-invalid": '--jobs moet een geheel getal van 1 tot en met 64 zijn; gegeven: "{value}"',
        "template-without-codes":
          'het sjabloon {template} heeft geen reeks met een code van een misdrijfsoort (codes: { police: "1.1.1" }), dus geen cijfer uit het bestand zou gebruikt worden',
        "municipalities-missing":
          "{file}: geen cijfers voor {codes} (van de misdrijfsoorten van het sjabloon); er is niets geschreven",
        "no-municipality":
          "{file}: geen cijfers voor welke gemeente ook van de misdrijfsoorten van het sjabloon ({figures} cijfers gelezen); er is niets geschreven",
        "no-whole-year":
          "{file}: het bestand heeft van geen enkel jaar alle cijfers, dus ivp kan geen planperiode kiezen; geef er een met --period, bijvoorbeeld --period 2020-2023",
        wrote: {
          one: "{count} rapport ({format}) en een overzicht ({files}) geschreven naar {out}, planperiode {start}-{end}.",
          other:
            "{count} rapporten ({format}) en een overzicht ({files}) geschreven naar {out}, planperiode {start}-{end}.",
        },
        read: "{figures} cijfers gelezen uit {source}; {used} gebruikt; terzijde gelegd: {otherRegions} van andere gebieden (het land, politieregio's{notAsked}), {otherTopics} van andere onderwerpen, {otherCrimeTypes} van misdrijfsoorten zonder reeks. {seconds} s in totaal.",
        population: {
          one: "Inwoners uit {file} voor {used} van {count} gemeente{without}{unused}.",
          other: "Inwoners uit {file} voor {used} van {count} gemeenten{without}{unused}.",
        },
        "population-without":
          "; {count} zonder inwoners van hun laatste jaar (genoemd in het overzicht)",
        "population-unused": {
          one: "; de inwoners van {count} gemeente zonder cijfers in het gegevensbestand terzijde gelegd",
          other:
            "; de inwoners van {count} gemeenten zonder cijfers in het gegevensbestand terzijde gelegd",
        },
        "not-asked-for": ", gemeenten waar niet om gevraagd is",
        "out-not-directory": "--out {path} is een {kind}, geen map; geef een nieuwe of lege map",
        "out-not-empty": {
          one: "er wordt niet in {out} geschreven: de map is niet leeg ({count} item); kies een lege of nieuwe map, of voeg --force toe om bestanden met dezelfde naam te vervangen",
          other:
            "er wordt niet in {out} geschreven: de map is niet leeg ({count} items); kies een lege of nieuwe map, of voeg --force toe om bestanden met dezelfde naam te vervangen",
        },
        "not-regular":
          "{file} wordt niet vervangen: het is een {kind}, geen gewoon bestand; er is niets geschreven",
        "municipality-ambiguous":
          '--municipalities: "{item}" past bij {count} gemeenten: {names}; geef de naam zoals StatLine hem schrijft, of de code',
        "municipality-unknown":
          '--municipalities: ivp kent geen gemeente met de naam "{item}"{suggestion}',
        "municipalities-empty": "--municipalities: de lijst is leeg",
        "progress-reports": "{count} rapporten",
        "progress-reports-of": "{count}/{total} rapporten",
        "progress-line": "{bar}{megabytes} MB gelezen  {reports}  {seconds} s",
      },
    },
  } as const satisfies CliCatalogue;
}

/** The Dutch catalogue ({@link dutchCatalogue}; not part of a bundle that does not name it). */
export const nl = /* @__PURE__ */ dutchCatalogue();
