import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  Application,
  type DeclarationReflection,
  LogLevel,
  type ProjectReflection,
  ReflectionKind,
  type SomeType,
} from "typedoc";
import { describe, expect, it } from "vitest";
import { linkNamedTypes } from "../scripts/lib/typedoc-named-types.ts";

// A small project with what zod makes: `type Thing = output<typeof thingSchema>`
// is an alias TypeScript shows without its name (the conditional type resolves
// to the object type the schema already had), so typedoc inlines it wherever
// it is used. `Hidden` is the same kind of alias, but not exported.
const SOURCE = `
declare function object<T>(shape: T): { readonly _output: { [K in keyof T]: T[K] } };
type output<S> = S extends { readonly _output: infer O } ? O : never;

const thingSchema = object({ id: "", title: "", count: 0, tags: [""] });
const hiddenSchema = object({ secret: "", level: 0 });

/** A thing with fields. */
export type Thing = output<typeof thingSchema>;
type Hidden = output<typeof hiddenSchema>;

/** What a shelf holds. */
export interface Shelf {
  /** The things on it. */
  readonly things: readonly Thing[];
  /** The first thing. */
  readonly first?: Thing;
  /** Not public: stays written out. */
  readonly hidden: Hidden;
}

/**
 * Names a thing.
 *
 * @example
 * describeThing(thing, hidden)
 */
export function describeThing(thing: Thing, hidden: Hidden): Thing {
  return { ...thing, title: hidden.secret };
}
`;

async function convert(
  withHook: boolean,
): Promise<{ project: ProjectReflection; app: Application }> {
  const dir = await mkdtemp(join(tmpdir(), "ivp-named-types-"));
  await writeFile(join(dir, "index.ts"), SOURCE);
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, target: "ES2022", module: "NodeNext", noEmit: true },
      files: ["index.ts"],
    }),
  );
  const app = await Application.bootstrap({
    entryPoints: [join(dir, "index.ts")],
    tsconfig: join(dir, "tsconfig.json"),
    readme: "none",
    disableSources: true,
    disableGit: true,
    name: "fixture",
    logLevel: LogLevel.Error,
    validation: { notExported: true, invalidLink: true, notDocumented: false },
  });
  if (withHook) linkNamedTypes(app, [join(dir, "index.ts")]);
  const project = await app.convert();
  if (!project) throw new Error("typedoc could not convert the fixture");
  app.validate(project);
  return { project, app };
}

/** One conversion with the hook, shared by the tests (typedoc takes seconds). */
let converted: ReturnType<typeof convert> | undefined;
function withHook(): ReturnType<typeof convert> {
  converted ??= convert(true);
  return converted;
}

function child(project: ProjectReflection, name: string): DeclarationReflection {
  const found = project.getChildByName(name) as DeclarationReflection | undefined;
  if (!found) throw new Error(`no ${name}`);
  return found;
}

/** The type as typedoc prints it, with `~` marking an inlined object type. */
function shown(type: SomeType | undefined): string {
  return type?.type === "reflection" ? `~{${type.toString()}}` : String(type);
}

describe("linkNamedTypes", () => {
  it("without it, typedoc writes an exported zod-like alias out in full (the problem)", async () => {
    const { project } = await convert(false);
    const parameter = child(project, "describeThing").signatures?.[0]?.parameters?.[0];
    expect(parameter?.type?.type).toBe("reflection");
  });

  it("shows an exported alias as a link: parameter, return type, property, array", async () => {
    const { project, app } = await withHook();
    const thing = child(project, "Thing");
    const signature = child(project, "describeThing").signatures?.[0];
    const [thingParameter, hiddenParameter] = signature?.parameters ?? [];
    expect(thingParameter?.type?.type).toBe("reference");
    expect(String(thingParameter?.type)).toBe("Thing");
    expect(thingParameter?.type?.type === "reference" && thingParameter.type.reflection).toBe(
      thing,
    );
    expect(String(signature?.type)).toBe("Thing");

    const shelf = child(project, "Shelf");
    const property = (name: string) => shelf.getChildByName(name) as DeclarationReflection;
    expect(String(property("things").type)).toBe("readonly Thing[]");
    expect(String(property("first").type)).toBe("Thing");

    // A type that is not public stays written out, and nothing warns.
    expect(shown(hiddenParameter?.type)).toMatch(/^~\{/);
    expect(shown(property("hidden").type)).toMatch(/^~\{/);
    expect(app.logger.hasWarnings()).toBe(false);
    expect(app.logger.hasErrors()).toBe(false);
  });

  it("gives the alias's own page its fields instead of `output<typeof thingSchema>`", async () => {
    const { project } = await withHook();
    const thing = child(project, "Thing");
    expect(thing.kind).toBe(ReflectionKind.TypeAlias);
    // typedoc's @useDeclaredType: the object's fields become the alias's own.
    const fields = thing.children ?? [];
    expect(fields.map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      "count: number",
      "id: string",
      "tags: string[]",
      "title: string",
    ]);
    // Fields declared by the schema's object literal have no default value.
    expect(fields.map((f) => f.defaultValue)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
