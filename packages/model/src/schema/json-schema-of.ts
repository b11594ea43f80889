/**
 * The JSON Schema of a zod schema, as zod's `toJSONSchema(schema, { io: "input" })`
 * writes it (draft 2020-12, every reused schema inline), for the zod features
 * the plan format uses: strict objects, arrays, records, unions (discriminated
 * ones as `oneOf`), optional, nullable and default values, a pipe through a
 * transform (its input), strings with a length or a pattern,
 * numbers and integers with bounds, booleans, enums and literals, and the
 * metadata of `meta()`. Keys come in zod's order; a union of bare types
 * becomes a `type` list as zod writes it; the examples and default of a schema
 * that transforms its input are left out as zod leaves them out.
 *
 * Written out because zod's generator handles every zod type and option (some
 * 20 kB minified in a browser bundle), and because shipping its output (the
 * published plan.schema.json, 35 kB minified) repeats what the zod schemas
 * already hold: `@ivp/model/json-schema` builds the schema from them when
 * called (the whole library 1.1 kB smaller in a browser, min + brotli). A
 * feature it does not know throws; plan-json-schema.test.ts checks its output
 * against zod's `toJSONSchema` for the plan and every exported schema, key
 * for key.
 */
import * as z from "zod/mini";
import { IvpError } from "../errors.ts";

type Json = Record<string, unknown>;

/** What this reads of a zod schema's definition. */
interface Def {
  readonly type: string;
  readonly innerType: z.ZodMiniType;
  readonly element: z.ZodMiniType;
  readonly keyType: z.ZodMiniType;
  readonly valueType: z.ZodMiniType;
  readonly in: z.ZodMiniType;
  readonly out: z.ZodMiniType;
  readonly shape: Readonly<Record<string, z.ZodMiniType>>;
  readonly options: readonly z.ZodMiniType[];
  readonly inclusive?: boolean;
  readonly entries: Readonly<Record<string, string>>;
  readonly values: readonly unknown[];
  readonly defaultValue: unknown;
}

/** What a schema's checks say: its bounds, format and patterns (zod's `aggregateChecks`). */
interface Bounds {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  patterns: RegExp[];
}

/** What this reads of a check's definition. */
interface CheckDef {
  readonly check: string;
  readonly minimum: number;
  readonly value: number;
  readonly inclusive: boolean;
  readonly format: string;
  readonly pattern?: RegExp;
}

function boundsOf(schema: z.ZodMiniType): Bounds {
  const checks = (schema._zod.def.checks ?? []) as readonly z.core.$ZodCheck[];
  const bounds: Bounds = { patterns: [] };
  const atLeast = (key: "minimum" | "exclusiveMinimum", value: number) => {
    if (!(value <= (bounds[key] ?? -Infinity))) bounds[key] = value;
  };
  const atMost = (value: number) => {
    if (!(value >= (bounds.maximum ?? Infinity))) bounds.maximum = value;
  };
  // A format schema (z.int(), an ISO date) is its own first check.
  for (const check of schema._zod.traits.has("$ZodCheck") ? [schema, ...checks] : checks) {
    const def = check._zod.def as unknown as CheckDef;
    switch (def.check) {
      case "min_length":
        atLeast("minimum", def.minimum);
        break;
      case "greater_than":
        atLeast(def.inclusive ? "minimum" : "exclusiveMinimum", def.value);
        break;
      case "less_than":
        atMost(def.value);
        break;
      case "number_format":
        // z.int(): a safe integer
        bounds.format = def.format;
        atLeast("minimum", Number.MIN_SAFE_INTEGER);
        atMost(Number.MAX_SAFE_INTEGER);
        break;
      case "string_format":
        // z.regex(): the pattern, no format
        if (def.pattern) bounds.patterns.push(def.pattern);
        break;
    }
  }
  return bounds;
}

function defOf(schema: z.ZodMiniType): Def {
  return schema._zod.def as unknown as Def;
}

/** Whether a schema transforms its input somewhere (zod's `isTransforming`). */
function transforms(schema: z.ZodMiniType): boolean {
  const def = defOf(schema);
  switch (def.type) {
    case "transform":
      return true;
    case "array":
      return transforms(def.element);
    case "optional":
    case "nullable":
    case "default":
      return transforms(def.innerType);
    case "record":
      return transforms(def.keyType) || transforms(def.valueType);
    case "pipe":
      return transforms(def.in) || transforms(def.out);
    case "object":
      return Object.values(def.shape).some(transforms);
    case "union":
      return def.options.some(transforms);
    default:
      return false;
  }
}

/**
 * The JSON Schema of a schema of the plan format.
 *
 * @param schema - a zod schema built from the features listed above
 * @returns its JSON Schema, without `$schema`
 * @example
 * jsonSchemaOf(z.optional(z.enum(["nl", "en"]))) //=> { type: "string", enum: ["nl", "en"] }
 */
export function jsonSchemaOf(schema: z.ZodMiniType): Json {
  const def = defOf(schema);
  const bag = boundsOf(schema);
  const json: Json = {};
  // A wrapper (optional, default, pipe) is the schema it wraps plus its own keys.
  let inner: z.ZodMiniType | undefined;
  switch (def.type) {
    case "string": {
      json.type = "string";
      if (bag.minimum !== undefined) json.minLength = bag.minimum;
      const [pattern] = bag.patterns;
      if (pattern) json.pattern = pattern.source;
      break;
    }
    case "number":
      json.type = bag.format ? "integer" : "number";
      if (
        bag.exclusiveMinimum !== undefined &&
        bag.exclusiveMinimum >= (bag.minimum ?? -Infinity)
      ) {
        json.exclusiveMinimum = bag.exclusiveMinimum;
      } else if (bag.minimum !== undefined) {
        json.minimum = bag.minimum;
      }
      if (bag.maximum !== undefined) json.maximum = bag.maximum;
      break;
    case "boolean":
      json.type = "boolean";
      break;
    case "literal": {
      const [value] = def.values;
      json.type = typeof value;
      json.const = value;
      break;
    }
    case "enum":
      json.type = "string";
      json.enum = Object.values(def.entries);
      break;
    case "object": {
      const properties: Json = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(def.shape)) {
        properties[key] = jsonSchemaOf(field);
        if (field._zod.optin === undefined) required.push(key);
      }
      json.type = "object";
      json.properties = properties;
      if (required.length > 0) json.required = required;
      // Every object of the plan format is strict (`z.strictObject`).
      json.additionalProperties = false;
      break;
    }
    case "array":
      if (bag.minimum !== undefined) json.minItems = bag.minimum;
      json.type = "array";
      json.items = jsonSchemaOf(def.element);
      break;
    case "record":
      json.type = "object";
      json.propertyNames = jsonSchemaOf(def.keyType);
      json.additionalProperties = jsonSchemaOf(def.valueType);
      break;
    case "union":
      json[def.inclusive === false ? "oneOf" : "anyOf"] = def.options.map(jsonSchemaOf);
      break;
    case "nullable":
      json.anyOf = [jsonSchemaOf(def.innerType), { type: "null" }];
      break;
    case "default":
      json.default = JSON.parse(JSON.stringify(def.defaultValue));
      inner = def.innerType;
      break;
    case "optional":
      inner = def.innerType;
      break;
    case "pipe":
      inner = defOf(def.in).type === "transform" ? def.out : def.in;
      break;
    default:
      throw new IvpError("internal", `no JSON Schema for a zod ${def.type}`);
  }
  Object.assign(json, z.globalRegistry.get(schema));
  if (transforms(schema)) {
    delete json.examples;
    delete json.default;
  }
  // The wrapper's own keys first and winning, then those of what it wraps.
  const result: Json = inner ? { ...json, ...jsonSchemaOf(inner), ...json } : json;
  const options = result.anyOf as Json[] | undefined;
  if (
    options !== undefined &&
    result.type === undefined &&
    options.every((option) => Object.keys(option).join() === "type")
  ) {
    delete result.anyOf;
    result.type = options.map((option) => option.type);
  }
  return result;
}
