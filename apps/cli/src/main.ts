import { parseCommandArgs } from "./args.ts";
import { CliError, usageError } from "./cli-error.ts";
import { allCommands, COMMAND_NAMES, findCommand, RUNNERS } from "./commands/index.ts";
import { EXIT } from "./exit-codes.ts";
import { commandHelp, mainHelp } from "./help.ts";
import {
  CLI_CATALOGUES,
  type CliLanguage,
  cliCatalogue,
  cliLanguage,
  loadHelpCatalogue,
} from "./messages/catalogues.ts";
import { installCliMessages, say } from "./messages/say.ts";
import { writeStandardOutput } from "./standard-output.ts";

/** The version of ivp, set by tsup.config.ts in the bundles; undefined when the sources run (the tests). */
declare const __IVP_VERSION__: string | undefined;

/**
 * The version of ivp: from the build, or from package.json when the sources
 * run. Not `import pkg from "../package.json"` at the top: esbuild writes the
 * whole of package.json into the bundle as an object literal, and every start
 * built its dozen nested objects for the one string (`ivp status` some 0.3
 * million instructions, Node 20, callgrind).
 */
async function ivpVersion(): Promise<string> {
  if (typeof __IVP_VERSION__ === "string") return __IVP_VERSION__;
  return (await import("../package.json", { with: { type: "json" } })).default.version;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and
 * returns the exit code. Errors become messages on stderr, never stack traces.
 */
export async function main(argv: readonly string[]): Promise<number> {
  // The CLI's own texts, for this bundle and the command's (IVP_LANG=nl:
  // Dutch), built when a message is first written.
  const cliLang = cliLanguage();
  installCliMessages(() => cliCatalogue(cliLang));
  try {
    return await dispatch(argv);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`ivp: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = process.env.IVP_DEBUG ? `\n${(error as Error).stack}` : "";
    const message = (error as Error).message ?? String(error);
    process.stderr.write(`ivp: ${say("internal", "error", { message, detail })}\n`);
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") {
    await writeStandardOutput(
      mainHelp(await ivpVersion(), await loadHelpCatalogue(), allCommands()),
    );
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    await writeStandardOutput(`${await ivpVersion()}\n`);
    return EXIT.ok;
  }
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) {
      await writeStandardOutput(
        mainHelp(await ivpVersion(), await loadHelpCatalogue(), allCommands()),
      );
      return EXIT.ok;
    }
    const command = findCommand(topic);
    if (!command) throw await unknownCommand(topic);
    await writeStandardOutput(commandHelp(command, await loadHelpCatalogue()));
    return EXIT.ok;
  }
  const command = findCommand(first);
  if (!command) throw await unknownCommand(first);
  if (rest.includes("--version") && !command.options.some((o) => o.name === "version")) {
    await writeStandardOutput(`${await ivpVersion()}\n`);
    return EXIT.ok;
  }
  const args = await parseCommandArgs(command, rest);
  // A command's --lang chooses the CLI's own texts too (its summary, its
  // help); IVP_LANG stays the default.
  const lang = chosenLanguage(args.options.lang);
  if (lang !== cliLanguage()) installCliMessages(() => cliCatalogue(lang));
  if (args.options.help) {
    await writeStandardOutput(commandHelp(command, await loadHelpCatalogue(lang)));
    return EXIT.ok;
  }
  // Read by plan-cache.ts, in the command's own bundle.
  if (args.options["no-cache"]) process.env.IVP_NO_CACHE = "1";
  // The command's code is imported only now, when it runs.
  const run = await RUNNERS[command.name]();
  return run(args);
}

/** The language of the CLI's own texts: a command's `--lang` when it names one, else IVP_LANG's. */
function chosenLanguage(lang: unknown): CliLanguage {
  return typeof lang === "string" && Object.hasOwn(CLI_CATALOGUES, lang)
    ? (lang as CliLanguage)
    : cliLanguage();
}

async function unknownCommand(name: string): Promise<CliError> {
  if (name.startsWith("-")) return usageError(say("usage", "unknown-option", { option: name }));
  // Loaded only for a mistake: @ivp/model is not part of the start-up.
  const { suggest } = await import("./suggest.ts");
  const suggestion = suggest(name, COMMAND_NAMES);
  return usageError(
    say("usage", "unknown-command", {
      name,
      suggestion: suggestion ? say("usage", "did-you-mean", { suggestion }) : "",
    }),
  );
}
