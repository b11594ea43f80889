/**
 * A typedoc converter hook: a parameter, property or return type written with
 * the name of a public type (`plan: Plan`) is shown as a link to that type,
 * not as the type's whole structure.
 *
 * Why a hook and not an option: typedoc converts a parameter's or property's
 * type from the type TypeScript resolved, and TypeScript forgets the name of
 * an alias whose type already existed under another name. Every zod-inferred
 * type is such an alias (`type Plan = z.output<typeof planSchema>`: the object
 * type is zod's), so `plan: Plan` arrived as a 60-field object that
 * typedoc-plugin-markdown laid out as 58 table rows on every function taking a
 * plan. No typedoc or typedoc-plugin-markdown option brings the name back
 * (`expandObjects`, `expandParameters`, `useCodeBlocks` and the table formats
 * only change how an already inlined object is drawn; `@inline`/`@expand` ask
 * for more inlining, not less); typedoc's maintainer says as much in
 * Gerrit0/typedoc-plugin-zod#8.
 *
 * What the hook does: when the converted type contains an inlined object
 * type, it converts the type again from the declaration's own type node
 * (which keeps the names, as typedoc does for type literals), and keeps the
 * result only if (a) it inlines fewer objects and (b) every name in the node
 * is either a type parameter, an external type (TypeScript's lib, zod, ...),
 * or a type exported from one of the documented entry points and not
 * `@internal`/`@hidden`. (b) is what keeps the build free of typedoc's
 * "referenced but not included in the documentation" warnings: a type that is
 * not public stays inlined, as before. A property without a type node (the
 * fields of a zod-inferred type) is linked when its type is, by identity, the
 * type of such a public alias or an array of it.
 */
import {
  type Application,
  ArrayType,
  Comment,
  type Context,
  Converter,
  type DeclarationReflection,
  makeRecursiveVisitor,
  ReflectionKind,
  type ReflectionType,
  type SignatureReflection,
  type SomeType,
  TypeScript as ts,
} from "typedoc";

/** Files, by absolute path, whose exports are the documented public API. */
export type PublicEntryFiles = readonly string[];

interface PublicApi {
  /** Exported, documented symbols (aliases resolved). */
  readonly symbols: ReadonlySet<ts.Symbol>;
  /** The resolved type of each public type alias that TypeScript shows without its name. */
  readonly namelessAliases: ReadonlyMap<ts.Type, ts.Symbol>;
}

const HIDING_TAGS = new Set(["internal", "hidden", "ignore"]);

function isHidden(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) =>
    ts.getJSDocTags(d).some((tag) => HIDING_TAGS.has(tag.tagName.text)),
  );
}

function resolve(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function publicApiOf(program: ts.Program, entries: PublicEntryFiles): PublicApi {
  const checker = program.getTypeChecker();
  const symbols = new Set<ts.Symbol>();
  const namelessAliases = new Map<ts.Type, ts.Symbol>();
  for (const file of entries) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = resolve(checker, exported);
      if (isHidden(symbol)) continue;
      symbols.add(symbol);
      if (symbol.flags & ts.SymbolFlags.TypeAlias) {
        const type = checker.getDeclaredTypeOfSymbol(symbol);
        if (type.aliasSymbol !== symbol && type.flags & ts.TypeFlags.Object) {
          namelessAliases.set(type, symbol);
        }
      }
    }
  }
  return { symbols, namelessAliases };
}

/** Whether every type name in `node` can be a link (or plain external text) without a warning. */
function namesArePublic(node: ts.Node, prog: ts.Program, api: PublicApi): boolean {
  const checker = prog.getTypeChecker();
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    let name: ts.Node | undefined;
    if (ts.isTypeReferenceNode(n)) name = n.typeName;
    else if (ts.isTypeQueryNode(n)) name = n.exprName;
    else if (ts.isExpressionWithTypeArguments(n)) name = n.expression;
    else if (ts.isImportTypeNode(n)) ok = false;
    if (name) {
      const found = checker.getSymbolAtLocation(name);
      const symbol = found && resolve(checker, found);
      if (!symbol) ok = false;
      else if (!(symbol.flags & ts.SymbolFlags.TypeParameter) && !api.symbols.has(symbol)) {
        // External (lib.d.ts, node_modules) is fine: typedoc prints it as text.
        ok = (symbol.declarations ?? []).every((d) => {
          const file = d.getSourceFile();
          return (
            prog.isSourceFileDefaultLibrary(file) || /[\\/]node_modules[\\/]/.test(file.fileName)
          );
        });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return ok;
}

function inlinedObjects(type: SomeType | undefined): ReflectionType[] {
  const found: ReflectionType[] = [];
  type?.visit(makeRecursiveVisitor({ reflection: (t) => void found.push(t) }));
  return found;
}

/**
 * Installs the hook on `app`'s converter; `entries` are the packages' public
 * entry files. Returns how many types it turned into links, for the caller's log.
 */
export function linkNamedTypes(app: Application, entries: PublicEntryFiles): { linked: number } {
  const apis = new WeakMap<ts.Program, PublicApi>();
  const counter = { linked: 0 };

  const apiOf = (context: Context): PublicApi => {
    const prog = context.program;
    let api = apis.get(prog);
    if (!api) {
      api = publicApiOf(prog, entries);
      apis.set(prog, api);
    }
    return api;
  };

  /** Replaces `holder.type` by the type converted from `node` when that links instead of inlining. */
  const relink = (
    context: Context,
    holder: { type?: SomeType | undefined; flags: { isOptional: boolean } },
    node: ts.TypeNode | undefined,
  ): void => {
    const before = inlinedObjects(holder.type);
    if (before.length === 0 || !node) return;
    const api = apiOf(context);
    if (!namesArePublic(node, context.program, api)) return;
    const converted = context.converter.convertType(context, node);
    const after = inlinedObjects(converted);
    if (after.length >= before.length) {
      for (const t of after) context.project.removeReflection(t.declaration);
      return;
    }
    for (const t of before) context.project.removeReflection(t.declaration);
    holder.type = converted;
    counter.linked++;
  };

  /** A property without a type node whose type is a nameless public alias (or an array of one). */
  const relinkByIdentity = (context: Context, refl: DeclarationReflection): void => {
    const before = inlinedObjects(refl.type);
    if (before.length === 0) return;
    const symbol = context.getSymbolFromReflection(refl);
    if (!symbol) return;
    const api = apiOf(context);
    const checker = context.checker;
    let type = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
    let array = false;
    if (checker.isArrayType(type)) {
      const element = checker.getTypeArguments(type as ts.TypeReference)[0];
      if (!element) return;
      type = element;
      array = true;
    }
    const alias = api.namelessAliases.get(type);
    if (!alias) return;
    const reference = context.createSymbolReference(alias, context, alias.name);
    for (const t of before) context.project.removeReflection(t.declaration);
    refl.type = array ? new ArrayType(reference) : reference;
    counter.linked++;
  };

  app.converter.on(
    Converter.EVENT_CREATE_SIGNATURE,
    (context: Context, signature: SignatureReflection, declaration?: ts.Declaration) => {
      if (!declaration || !ts.isFunctionLike(declaration)) return;
      const scoped = context.withScope(signature);
      for (const parameter of signature.parameters ?? []) {
        const node = declaration.parameters.find(
          (p) => ts.isIdentifier(p.name) && p.name.text === parameter.name,
        );
        relink(scoped.withScope(parameter), parameter, node?.type);
      }
      relink(scoped, signature, declaration.type);
    },
  );

  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context: Context, refl: DeclarationReflection) => {
      if (refl.kindOf(ReflectionKind.TypeAlias)) {
        // The alias's own page shows the fields, not `z.output<typeof planSchema>`:
        // typedoc's `@useDeclaredType`, given to every nameless public alias.
        const symbol = context.getSymbolFromReflection(refl);
        const api = apiOf(context);
        if (symbol && [...api.namelessAliases.values()].includes(symbol)) {
          refl.comment ??= new Comment();
          refl.comment.modifierTags.add("@useDeclaredType");
        }
        return;
      }
      if (!refl.kindOf(ReflectionKind.Property | ReflectionKind.Variable)) return;
      const symbol = context.getSymbolFromReflection(refl);
      const declaration = symbol?.declarations?.[0];
      // A field of a zod-inferred type is declared by the schema's object
      // literal (`id: idSchema`): that is no default value.
      if (
        declaration &&
        (ts.isPropertyAssignment(declaration) || ts.isShorthandPropertyAssignment(declaration))
      ) {
        delete refl.defaultValue;
      }
      const node =
        declaration &&
        (ts.isPropertySignature(declaration) ||
          ts.isPropertyDeclaration(declaration) ||
          ts.isVariableDeclaration(declaration) ||
          ts.isParameter(declaration))
          ? declaration.type
          : undefined;
      if (node) relink(context.withScope(refl), refl, node);
      else relinkByIdentity(context.withScope(refl), refl);
    },
  );

  return counter;
}
