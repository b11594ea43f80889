// A module resolution hook for the benchmark only: @ivp/importers' build
// imports @ivp/model/package.json without the `with { type: "json" }`
// attribute (esbuild drops it), which Node refuses; this gives that import
// its attribute, so the benchmark can generate its data sets with the built
// importers. Remove it once the importers' build keeps the attribute.
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.endsWith("/package.json") && context.importAttributes?.type === undefined) {
    return { ...resolved, importAttributes: { type: "json" } };
  }
  return resolved;
}
