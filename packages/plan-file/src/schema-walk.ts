import type * as z from "zod/mini";
import { globalRegistry } from "zod/mini";

type AnySchema = z.core.$ZodType;

function def(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod
    .def;
}

/** Strips optional, default, nullable and pipe wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    if (
      d.type === "optional" ||
      d.type === "default" ||
      d.type === "nullable" ||
      d.type === "prefault" ||
      d.type === "readonly"
    ) {
      current = d.innerType as AnySchema;
    } else if (d.type === "pipe") {
      current = d.in as AnySchema;
    } else {
      return current;
    }
  }
  return current;
}

function pickOption(options: AnySchema[], data: unknown): AnySchema | undefined {
  const objects = options.map(unwrap).filter((o) => def(o).type === "object");
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const kind = (data as Record<string, unknown>).kind;
    for (const option of objects) {
      const shape = def(option).shape as Record<string, AnySchema>;
      const discriminator = shape.kind && unwrap(shape.kind);
      if (discriminator && def(discriminator).type === "literal") {
        const values = def(discriminator).values as unknown[];
        if (values.includes(kind)) return option;
      }
    }
    // Without a discriminator (a baseline: value and period, or average):
    // the option whose required fields the data has, then the one that
    // knows the most of its fields.
    const keys = Object.keys(data);
    const fitness = (option: AnySchema) => {
      const shape = def(option).shape as Record<string, AnySchema>;
      const required = Object.entries(shape).filter(([, s]) => def(s).type !== "optional");
      const complete = required.every(([key]) => keys.includes(key)) ? 1 : 0;
      return complete * 1000 + keys.filter((key) => key in shape).length;
    };
    let best: AnySchema | undefined;
    for (const option of objects) if (!best || fitness(option) > fitness(best)) best = option;
    if (best) return best;
  }
  return objects[0] ?? options[0];
}

/**
 * The schema that validates the value at `path` of `data`, following objects,
 * arrays, records and (discriminated) unions; `undefined` when the path leaves
 * the schema.
 */
export function schemaAt(
  root: AnySchema,
  data: unknown,
  path: readonly PropertyKey[],
): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  let value = data;
  for (const segment of path) {
    if (!schema) return undefined;
    let current = unwrap(schema);
    if (def(current).type === "union")
      current = unwrap(pickOption(def(current).options as AnySchema[], value) ?? current);
    const d = def(current);
    if (d.type === "object") schema = (d.shape as Record<string, AnySchema>)[String(segment)];
    else if (d.type === "array") schema = d.element as AnySchema;
    else if (d.type === "record") schema = d.valueType as AnySchema;
    else return undefined;
    value =
      value && typeof value === "object"
        ? (value as Record<PropertyKey, unknown>)[segment]
        : undefined;
  }
  return schema;
}

/** The field names an object schema accepts (empty when it is not an object). */
export function objectKeys(schema: AnySchema | undefined, data: unknown): string[] {
  if (!schema) return [];
  let current = unwrap(schema);
  if (def(current).type === "union") {
    const options = (def(current).options as AnySchema[]).map(unwrap);
    const picked = pickOption(options, data);
    const shape = picked && def(picked).type === "object" ? (def(picked).shape as object) : {};
    // Data that fits none of the options (a misspelt field): every option's fields.
    const fits = data && typeof data === "object" && Object.keys(data).some((k) => k in shape);
    if (!fits) {
      const keys = options.flatMap((o) =>
        def(o).type === "object" ? Object.keys(def(o).shape as object) : [],
      );
      return [...new Set(keys)];
    }
    current = unwrap(picked ?? current);
  }
  const d = def(current);
  return d.type === "object" ? Object.keys(d.shape as object) : [];
}

/** The description given to a schema with `.meta()`, looking through wrappers. */
export function describeSchema(schema: AnySchema | undefined): string | undefined {
  let current: AnySchema | undefined = schema;
  for (let i = 0; current && i < 20; i++) {
    const meta = globalRegistry.get(current);
    if (meta?.description) return meta.description;
    const d = def(current);
    current = (d.innerType ?? d.in) as AnySchema | undefined;
  }
  return undefined;
}
