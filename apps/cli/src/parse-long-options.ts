// A command line in its everyday form read without `util.parseArgs`: words
// that are positionals and the command's long options, `--name` (a switch),
// `--name value` and `--name=value`.
//
// Why hand-written: Node compiles `parseArgs` (not part of its start-up
// snapshot) and its helpers at every start of ivp, some 2.5 million
// instructions of an `ivp status` (Node 20, callgrind), for a command line
// that usually holds a plan and an option or two. Anything else (a short
// option, `--`, an unknown option, a value missing or starting with '-', a
// value given to a switch) is left to `parseArgs`, whose answers and errors
// stay those of the CLI. parse-long-options.test.ts checks that both give the
// same on every command line of up to three words from a set of awkward ones.

/** What {@link parseLongOptions} reads: each long option's type, by name. */
export type LongOptions = Readonly<Record<string, { readonly type: "string" | "boolean" }>>;

/** The values of the options given and the positionals, as `parseArgs` gives them. */
export interface ParsedLongOptions {
  readonly values: Record<string, string | boolean>;
  readonly positionals: string[];
}

/**
 * The arguments as `parseArgs({ args, options, allowPositionals: true,
 * strict: true })` reads them, or undefined when they are not only
 * positionals and well-formed long options of `options` (then ask
 * `parseArgs`).
 *
 * @example
 * parseLongOptions(["plan", "--format", "json"], { format: { type: "string" } })
 * //=> { values: { format: "json" }, positionals: ["plan"] }
 * parseLongOptions(["plan", "-f", "json"], { format: { type: "string" } }) //=> undefined
 */
export function parseLongOptions(
  args: readonly string[],
  options: LongOptions,
): ParsedLongOptions | undefined {
  // Without a prototype, as parseArgs's values.
  const values = Object.create(null) as Record<string, string | boolean>;
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) return undefined;
    const equals = arg.indexOf("=");
    const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    if (name === "" || !Object.hasOwn(options, name)) return undefined;
    if (options[name]?.type === "boolean") {
      if (equals !== -1) return undefined;
      values[name] = true;
    } else if (equals !== -1) {
      values[name] = arg.slice(equals + 1);
    } else {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("-")) return undefined;
      values[name] = value;
      i++;
    }
  }
  return { values, positionals };
}
