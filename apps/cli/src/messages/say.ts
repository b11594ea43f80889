/**
 * Writes the CLI's messages: a text of the installed catalogue, with its
 * placeholders filled and its plural chosen by `Intl.PluralRules`.
 *
 * The dispatcher installs the catalogue of the CLI's language before a
 * command runs, as a function that builds it, called when a message is first
 * written (`installCliMessages(() => cliCatalogue(lang))`, see
 * catalogues.ts): a command that succeeds writes none. It is kept on
 * `globalThis` because every command is
 * a bundle of its own (see tsup.config.ts): a module-level variable would be a
 * different one in each bundle, and importing the catalogues here would put
 * every language's texts into every command's bundle.
 */
import { fillMessage, IvpError } from "@ivp/model";
import type { CliCatalogue } from "./catalogue.ts";
import type { DutchCatalogue } from "./nl.ts";

type Messages = DutchCatalogue["messages"];

/** A group of messages: `usage`, `import`, `bulk`, ... */
export type MessageGroup = keyof Messages;

/** The values of a message's placeholders; a plural's number is `count`. */
export type MessageData = Readonly<Record<string, string | number>>;

const INSTALLED = Symbol.for("ivp.cli.messages");

interface Installed {
  readonly catalogue: CliCatalogue;
}

/**
 * Makes `catalogue` the one {@link say} writes from, in every bundle of this
 * process; a function is called (once) when a message is first written.
 */
export function installCliMessages(catalogue: CliCatalogue | (() => CliCatalogue)): void {
  let built = typeof catalogue === "function" ? undefined : catalogue;
  const installed: Installed = {
    get catalogue() {
      built ??= (catalogue as () => CliCatalogue)();
      return built;
    },
  };
  (globalThis as { [INSTALLED]?: Installed })[INSTALLED] = installed;
}

function installed(): Installed {
  const found = (globalThis as { [INSTALLED]?: Installed })[INSTALLED];
  if (!found)
    throw new IvpError("internal", "the CLI's messages are used before a catalogue is installed");
  return found;
}

/**
 * A message of a catalogue.
 *
 * @param catalogue - the texts of one language
 * @param group - the group of the message in the catalogue
 * @param id - the message's id in its group
 * @param data - the values of its placeholders (`count` chooses a plural)
 * @returns the text; throws for a placeholder without a value (a bug)
 * @example
 * renderCliMessage(en, "import", "figures", { count: 1 }) //=> "1 figure"
 */
export function renderCliMessage<G extends MessageGroup>(
  catalogue: CliCatalogue,
  group: G,
  id: keyof Messages[G] & string,
  data: MessageData = {},
): string {
  const text = catalogue.messages[group]?.[id];
  if (text === undefined) throw new IvpError("internal", `No text for ${group}/${id}`);
  return fillMessage(catalogue.format.locale, text, data, `${group}/${id}`);
}

/**
 * A message of the CLI in its language.
 *
 * @example
 * say("bulk", "municipalities-empty") //=> "--municipalities: the list is empty"
 */
export function say<G extends MessageGroup>(
  group: G,
  id: keyof Messages[G] & string,
  data: MessageData = {},
): string {
  return renderCliMessage(installed().catalogue, group, id, data);
}

/** A count with the digit grouping of the CLI's language: 12,345 or 12.345. */
export function grouped(count: number): string {
  return count.toLocaleString(installed().catalogue.format.locale);
}

/** A number with `digits` decimals and the CLI's language's decimal separator: 1.5 or 1,5. */
export function decimal(value: number, digits: number): string {
  return value.toFixed(digits).replace(".", installed().catalogue.format.decimalSeparator);
}

/** Items as a list in the CLI's language: `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${installed().catalogue.format.and}${items.at(-1)}`;
}
