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
      empty: "het bestand is leeg",
      "unknown-format": "het bestand is geen StatLine-download (CSV) en geen OData-pagina (JSON)",
      "format-hint":
        'een StatLine-download begint met de titel tussen aanhalingstekens ("..."), een OData-pagina met "{"',
    },
    /** The plan directory's import lock (one import at a time). */
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
      and: " en ",
    },
    /** What became of a former municipality, when it was more than a merger into one (by its code). */
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
