var __defProp = Object.defineProperty;
var __typeError = (msg) => {
  throw TypeError(msg);
};
var __defNormalProp = (obj, key2, value) => key2 in obj ? __defProp(obj, key2, { enumerable: true, configurable: true, writable: true, value }) : obj[key2] = value;
var __publicField = (obj, key2, value) => __defNormalProp(obj, typeof key2 !== "symbol" ? key2 + "" : key2, value);
var __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg);
var __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj));
var __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value);
var __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
var _byKey, _bySeriesArea, _a2, _doc, _lines, _b;
import { defineComponent, ref, shallowRef, computed, onMounted, onBeforeUnmount, mergeProps, unref, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderAttr, ssrRenderList, ssrInterpolate, ssrIncludeBooleanAttr, ssrRenderClass, ssrRenderStyle } from "vue/server-renderer";
import { history, defaultKeymap, historyKeymap } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { syntaxHighlighting, defaultHighlightStyle } from "@codemirror/language";
import { setDiagnostics, lintGutter, lintKeymap } from "@codemirror/lint";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, lineNumbers, highlightActiveLineGutter, drawSelection, highlightActiveLine, keymap } from "@codemirror/view";
import { LineCounter, parseDocument, visit, isNode, isScalar, isMap, isSeq, isPair } from "yaml";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
function problemsOf(check2) {
  return [
    ...check2.issues.map((i) => ({ kind: "issue", ...i })),
    ...check2.findings.map((f) => ({ kind: "finding", ...f }))
  ];
}
function ruleOf(problem2) {
  return problem2.kind === "finding" ? problem2.rule : problem2.code;
}
function fixOf(problem2) {
  if (problem2.kind === "finding") return problem2.suggestion;
  const parts = [problem2.expected && `expected ${problem2.expected}`, problem2.hint].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : void 0;
}
function offsetOf(doc, line, column) {
  const l = doc.line(Math.min(Math.max(line ?? 1, 1), doc.lines));
  return Math.min(l.from + Math.max((column ?? 1) - 1, 0), l.to);
}
function rangeOf(doc, problem2) {
  const from = offsetOf(doc, problem2.line, problem2.column);
  const rest = doc.sliceString(from, doc.lineAt(from).to);
  const quoted2 = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
  const bare = /^[^\s,#\]}]+(?: +[^\s,#\]}:]+)*/.exec(rest);
  const length = (quoted2 == null ? void 0 : quoted2[0].length) ?? (bare == null ? void 0 : bare[0].length) ?? rest.trimEnd().length;
  return { from, to: from + Math.max(length, 0) };
}
function diagnosticsFor(doc, file, problems) {
  return problems.filter((p) => p.file === file).map((p) => {
    const fix = fixOf(p);
    const acknowledged = p.kind === "finding" && p.acknowledged !== void 0;
    return {
      ...rangeOf(doc, p),
      severity: p.severity,
      source: ruleOf(p),
      message: [
        p.message,
        ...fix ? [`fix: ${fix}`] : [],
        ...acknowledged ? [`acknowledged: ${p.acknowledged}`] : []
      ].join("\n")
    };
  });
}
function createEditor(parent, onChange) {
  const language = new Compartment();
  const label = new Compartment();
  let file = "";
  const stateFor = (text) => EditorState.create({
    doc: text,
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      language.of(file.endsWith(".yaml") || file.endsWith(".yml") ? yaml() : []),
      // tabindex: the text is a stop in the page's tab order, and tools
      // (axe) see that the scrolling editor has focusable content.
      label.of(
        EditorView.contentAttributes.of({ "aria-label": `Editor: ${file}`, tabindex: "0" })
      ),
      lintGutter(),
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange(file, update.state.doc.toString());
      })
    ]
  });
  const view = new EditorView({ parent, state: stateFor("") });
  return {
    view,
    open(next, text) {
      file = next;
      view.setState(stateFor(text));
    },
    mark(problems) {
      view.dispatch(setDiagnostics(view.state, diagnosticsFor(view.state.doc, file, problems)));
    },
    goTo(line, column) {
      const at = offsetOf(view.state.doc, line, column);
      view.dispatch({
        selection: { anchor: at },
        effects: EditorView.scrollIntoView(at, { y: "center" })
      });
      view.focus();
    },
    destroy() {
      view.destroy();
    }
  };
}
const EXAMPLES = [
  { name: "laren-2019-2022", title: "Laren 2019-2022 (as printed, with its mistakes)" },
  { name: "blaricum", title: "Blaricum (imported police figures)" },
  { name: "eemnes", title: "Eemnes (imported police figures)" },
  { name: "voorbeeld-plan", title: "Voorbeeld-plan (the guide's example)" }
];
const DEFAULT_EXAMPLE = "laren-2019-2022";
const repoFiles = /* @__PURE__ */ Object.assign({
  "../../../../examples/blaricum/data/politie.csv": () => import("./politie.D3LYYr__.js").then((m) => m["default"]),
  "../../../../examples/blaricum/plan.yaml": () => import("./plan.Qc-4gl4F.js").then((m) => m["default"]),
  "../../../../examples/eemnes/data/politie.csv": () => import("./politie.BjFnf7le.js").then((m) => m["default"]),
  "../../../../examples/eemnes/plan.yaml": () => import("./plan.DebBvEkb.js").then((m) => m["default"]),
  "../../../../examples/laren-2019-2022/plan.yaml": () => import("./plan.BHnOHgcz.js").then((m) => m["default"])
});
const guideFiles = /* @__PURE__ */ Object.assign({
  "../../../examples/voorbeeld-plan/data/woninginbraken-2023.csv": () => import("./woninginbraken-2023.H5lRyVWJ.js").then((m) => m["default"]),
  "../../../examples/voorbeeld-plan/plan.yaml": () => import("./plan.DyfDZk2I.js").then((m) => m["default"])
});
function loaders() {
  var _a3;
  const byExample = /* @__PURE__ */ new Map();
  for (const [key2, load2] of Object.entries({ ...repoFiles, ...guideFiles })) {
    const match = /examples\/([^/]+)\/(.+)$/.exec(key2);
    if (!match) continue;
    const [, name, path] = match;
    if (!byExample.has(name)) byExample.set(name, /* @__PURE__ */ new Map());
    (_a3 = byExample.get(name)) == null ? void 0 : _a3.set(path, load2);
  }
  return byExample;
}
async function loadExample(name) {
  const files = loaders().get(name);
  if (!files || !EXAMPLES.some((e) => e.name === name)) return void 0;
  const entries = await Promise.all(
    [...files].map(async ([path, load2]) => [path, String(await load2())])
  );
  return new Map(
    entries.sort(
      ([a], [b]) => a === "plan.yaml" ? -1 : b === "plan.yaml" ? 1 : a.localeCompare(b)
    )
  );
}
function periodKind(period2) {
  const { startMonth: s, endMonth: e } = period2;
  if (s === 1 && e === 12) return "year";
  if (s === 1 && e === 6 || s === 7 && e === 12) return "half-year";
  if (e - s === 2 && (s - 1) % 3 === 0) return "quarter";
  if (s === e) return "month";
  return "month-range";
}
function isYearToDate(period2) {
  return period2.startMonth === 1 && period2.endMonth < 12;
}
function fullYear(year) {
  return { year, startMonth: 1, endMonth: 12 };
}
function firstHalf(year) {
  return { year, startMonth: 1, endMonth: 6 };
}
function secondHalf(year) {
  return { year, startMonth: 7, endMonth: 12 };
}
function comparePeriods(a, b) {
  return a.year - b.year || a.startMonth - b.startMonth || a.endMonth - b.endMonth;
}
function isSamePeriod(a, b) {
  return comparePeriods(a, b) === 0;
}
function arePeriodsComparable(a, b) {
  return a.startMonth === b.startMonth && a.endMonth === b.endMonth;
}
function periodContains(outer, inner) {
  return outer.year === inner.year && outer.startMonth <= inner.startMonth && inner.endMonth <= outer.endMonth;
}
function shiftPeriod(period2, years) {
  return { ...period2, year: period2.year + years };
}
var MONTHS_SHORT = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
};
var MONTHS_LONG = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december"
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ]
};
function pad(month) {
  return String(month).padStart(2, "0");
}
function formatPeriodCode(period2) {
  const { year, startMonth, endMonth } = period2;
  switch (periodKind(period2)) {
    case "year":
      return String(year);
    case "half-year":
      return `${year}-H${startMonth === 1 ? 1 : 2}`;
    case "quarter":
      return `${year}-Q${(startMonth + 2) / 3}`;
    case "month":
      return `${year}-${pad(startMonth)}`;
    case "month-range":
      return `${year}-${pad(startMonth)}..${year}-${pad(endMonth)}`;
  }
}
function formatPeriodLabel(period2, options = {}) {
  const lang = options.lang ?? "nl";
  const names = options.style === "long" ? MONTHS_LONG[lang] : MONTHS_SHORT[lang];
  const { year, startMonth, endMonth } = period2;
  if (startMonth === 1 && endMonth === 12) return String(year);
  const start = names[startMonth - 1] ?? "";
  if (startMonth === endMonth) return `${start} ${year}`;
  const end = names[endMonth - 1] ?? "";
  const joiner = options.style === "long" ? lang === "nl" ? " t/m " : " to " : "-";
  return `${start}${joiner}${end} ${year}`;
}
var IvpError = class extends Error {
  constructor(code, message) {
    super(message);
    __publicField(this, "name", "IvpError");
    __publicField(this, "code");
    this.code = code;
  }
};
var YEAR = /^(\d{4})$/;
var HALF = /^(\d{4})-?H([12])$/i;
var QUARTER = /^(\d{4})-?Q([1-4])$/i;
var MONTH = /^(\d{4})-(\d{2})$/;
var RANGE = /^(\d{4})-(\d{2})\s*\.\.\s*(\d{4})-(\d{2})$/;
var CBS = /^(\d{4})(JJ|KW|MM|HJ)(\d{2})$/i;
function make(year, startMonth, endMonth) {
  return { year, startMonth, endMonth };
}
function invalid(input2, why) {
  return {
    success: false,
    error: {
      code: "invalid-period",
      message: `${JSON.stringify(input2)} is not a period: ${why}. Write a year (2017), a half year (2017-H1), a quarter (2017-Q3), a month (2017-10) or a range of months (2018-01..2018-10).`
    }
  };
}
function validYear(year) {
  return year >= 1900 && year <= 2199;
}
function parsePeriod(input2) {
  const text = String(input2).trim();
  let match = YEAR.exec(text);
  if (match) {
    const year = Number(match[1]);
    return validYear(year) ? { success: true, data: make(year, 1, 12) } : invalid(text, "year out of range");
  }
  match = HALF.exec(text);
  if (match) {
    const half = Number(match[2]);
    return { success: true, data: make(Number(match[1]), half === 1 ? 1 : 7, half === 1 ? 6 : 12) };
  }
  match = QUARTER.exec(text);
  if (match) {
    const q = Number(match[2]);
    return { success: true, data: make(Number(match[1]), 3 * q - 2, 3 * q) };
  }
  match = MONTH.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return invalid(text, "the month must be 01-12");
    return { success: true, data: make(Number(match[1]), month, month) };
  }
  match = RANGE.exec(text);
  if (match) {
    const [startYear, startMonth, endYear, endMonth] = match.slice(1).map(Number);
    if (startYear !== endYear) return invalid(text, "a range of months must lie within one year");
    if (startMonth < 1 || startMonth > 12 || endMonth < 1 || endMonth > 12) {
      return invalid(text, "the months must be 01-12");
    }
    if (endMonth < startMonth) return invalid(text, "the range ends before it starts");
    return { success: true, data: make(startYear, startMonth, endMonth) };
  }
  match = CBS.exec(text);
  if (match) {
    const year = Number(match[1]);
    const unit = (match[2] ?? "").toUpperCase();
    const n = Number(match[3]);
    if (unit === "JJ" && n === 0) return { success: true, data: make(year, 1, 12) };
    if (unit === "HJ" && (n === 1 || n === 2)) {
      return { success: true, data: make(year, n === 1 ? 1 : 7, n === 1 ? 6 : 12) };
    }
    if (unit === "KW" && n >= 1 && n <= 4)
      return { success: true, data: make(year, 3 * n - 2, 3 * n) };
    if (unit === "MM" && n >= 1 && n <= 12) return { success: true, data: make(year, n, n) };
    return invalid(text, `unknown CBS period code ${unit}${match[3]}`);
  }
  return invalid(text, "unknown notation");
}
function parsePeriodOrThrow(input2) {
  const result = parsePeriod(input2);
  if (!result.success) throw new IvpError(result.error.code, result.error.message);
  return result.data;
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator3 = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator3);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
class Cached {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input2) {
  return input2 === null || input2 === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def2) {
  const desc = Object.getOwnPropertyDescriptor(def2, "shape");
  return (desc == null ? void 0 : desc.get) ? desc.get.raw : desc == null ? void 0 : desc.value;
}
const captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject$1(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject$1(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject$1(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
const propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def2, params) {
  const cl = new inst._zod.constr(def2 ?? inst._zod.def);
  if (!def2 || (params == null ? void 0 : params.parent))
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if ((params == null ? void 0 : params.message) !== void 0) {
    if ((params == null ? void 0 : params.error) !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
const NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  var _a3;
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (((_a3 = x.issues[i]) == null ? void 0 : _a3.continue) !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  var _a3;
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (((_a3 = x.issues[i]) == null ? void 0 : _a3.continue) === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message == null ? void 0 : message.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a4, _b2, _c, _d, _e, _f, _g, _h, _i, _j;
  var _a3;
  const traits = (_b2 = (_a4 = iss.inst) == null ? void 0 : _a4._zod) == null ? void 0 : _b2.traits;
  if (traits == null ? void 0 : traits.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? (_d = (_c = iss.schema) == null ? void 0 : _c._zod.def) == null ? void 0 : _d.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage((_g = (_f = (_e = iss.inst) == null ? void 0 : _e._zod.def) == null ? void 0 : _f.error) == null ? void 0 : _g.call(_f, iss)) ?? unwrapMessage(schemaError == null ? void 0 : schemaError(iss)) ?? unwrapMessage((_h = ctx == null ? void 0 : ctx.error) == null ? void 0 : _h.call(ctx, iss)) ?? unwrapMessage((_i = config2.customError) == null ? void 0 : _i.call(config2, iss)) ?? unwrapMessage((_j = config2.localeError) == null ? void 0 : _j.call(config2, iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx == null ? void 0 : ctx.reportInput) {
    full.input = iss.input;
  }
  return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str2) {
  const units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input2) {
  if (Array.isArray(input2))
    return "array";
  if (typeof input2 === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input2, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input: input2,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table2) {
  for (const key2 in table2) {
    const desc = Object.getOwnPropertyDescriptor(table2, key2);
    if (desc.get)
      Object.defineProperty(proto, key2, { ...desc, enumerable: false });
    else
      defineBound(proto, key2, desc.value);
  }
}
function own(inst, key2, value, enumerable = true) {
  Object.defineProperty(inst, key2, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key2, value) {
  return own(inst, key2, value, false);
}
function defineBound(proto, key2, fn) {
  Object.defineProperty(proto, key2, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key2, fn.bind(this));
    },
    set(value) {
      own(this, key2, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
let installing;
let broke = false;
const breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key2, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key2 in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key2, {
    configurable: true,
    get() {
      Object.defineProperty(this, key2, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key2];
        else
          Object.defineProperty(this, key2, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key2];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key2, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key2, make2, enumerable) {
  const proto = claim(inst, key2);
  if (!proto)
    return;
  Object.defineProperty(proto, key2, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key2, desc);
      desc.value = make2(this);
      Object.defineProperty(this, key2, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key2, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var _a$1;
const NEVER = /* @__PURE__ */ Object.freeze({
  status: "aborted"
});
const _zodDesc = { value: void 0, enumerable: false };
let _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def2) {
    this.def = def2;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def2) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def2);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def2);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = (params == null ? void 0 : params.Parent) ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def2) {
    var _a3;
    const inst = (params == null ? void 0 : params.Parent) ? newError(Definition) : this;
    init(inst, def2);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = (_a3 = globalThis.__zod_globalConfig) == null ? void 0 : _a3.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      var _a3, _b2;
      if ((params == null ? void 0 : params.Parent) && inst instanceof params.Parent)
        return true;
      return (_b2 = (_a3 = inst == null ? void 0 : inst._zod) == null ? void 0 : _a3.traits) == null ? void 0 : _b2.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
class $ZodAsyncError extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
}
class $ZodEncodeError extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
}
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
const _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
const _issuesDesc = { value: void 0, enumerable: false };
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def2) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def2;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
const $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
const _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new ((_params == null ? void 0 : _params.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, (_params == null ? void 0 : _params.callee) ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
const parse = /* @__PURE__ */ _parse($ZodRealError);
const _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new ((params == null ? void 0 : params.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, (params == null ? void 0 : params.callee) ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
const parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
const _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
const httpProtocol = /^https?$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
const date$1 = /* @__PURE__ */ anchor(dateSource);
const anyString = /^[\s\S]{0,}$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
const $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def2) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def2;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
const _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
const numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
const $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const origin = numericOriginMap[typeof def2.value];
  inst._zod.check = (payload) => {
    if (def2.inclusive ? payload.value <= def2.value : payload.value < def2.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def2.value === "object" ? def2.value.getTime() : def2.value,
      input: payload.value,
      inclusive: def2.inclusive,
      inst,
      continue: !def2.abort
    });
  };
});
const $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const origin = numericOriginMap[typeof def2.value];
  inst._zod.check = (payload) => {
    if (def2.inclusive ? payload.value >= def2.value : payload.value > def2.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def2.value === "object" ? def2.value.getTime() : def2.value,
      input: payload.value,
      inclusive: def2.inclusive,
      inst,
      continue: !def2.abort
    });
  };
});
const $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  def2.format = def2.format || "float64";
  const isInt = (_a3 = def2.format) == null ? void 0 : _a3.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def2.format];
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    if (isInt) {
      if (!Number.isInteger(input2)) {
        payload.issues.push({
          expected: origin,
          format: def2.format,
          code: "invalid_type",
          continue: false,
          input: input2,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input2)) {
        if (input2 > 0) {
          payload.issues.push({
            input: input2,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def2.abort
          });
        } else {
          payload.issues.push({
            input: input2,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def2.abort
          });
        }
        return;
      }
    }
    if (input2 < minimum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def2.abort
      });
    }
    if (input2 > maximum) {
      payload.issues.push({
        origin: "number",
        input: input2,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def2.abort
      });
    }
  };
});
const $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const units = input2.length;
    const length = typeof input2 === "string" && units >= def2.minimum && units < def2.minimum * 2 ? codePointLength(input2) : units;
    if (length >= def2.minimum)
      return;
    const origin = getLengthableOrigin(input2);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def2.minimum,
      inclusive: true,
      input: input2,
      inst,
      continue: !def2.abort
    });
  };
});
const $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def2) => {
  var _a3, _b2;
  $ZodCheck.init(inst, def2);
  if (def2.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def2.pattern.lastIndex = 0;
      if (def2.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def2.format,
        input: payload.value,
        ...def2.pattern ? { pattern: def2.pattern.toString() } : {},
        inst,
        continue: !def2.abort
      });
    });
  else
    (_b2 = inst._zod).check ?? (_b2.check = () => {
    });
});
const $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def2) => {
  $ZodCheckStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    def2.pattern.lastIndex = 0;
    if (def2.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def2.pattern.toString(),
      inst,
      continue: !def2.abort
    });
  };
});
const $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  inst._zod.check = (payload) => {
    payload.value = def2.tx(payload.value);
  };
});
const version = {
  major: 4,
  minor: 6,
  patch: 7
};
const $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def2) => {
  var _a4;
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def2;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : (defChecks == null ? void 0 : defChecks.length) ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    (_a4 = inst._zod.deferred) == null ? void 0 : _a4.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && (ctx == null ? void 0 : ctx.async) === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
const $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = def2.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def2.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
const $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def2) => {
  $ZodCheckStringFormat.init(inst, def2);
  $ZodString.init(inst, def2);
});
const URL_BAD_FORMAT = 1;
const URL_UNPARSEABLE = 2;
function canParseURL(input2) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input2);
    new URL(input2);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def2) {
  if (!("normalize" in def2) && !("hostname" in def2) && !("protocol" in def2)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def2);
}
function parseURLObject(trimmed, def2) {
  var _a3;
  if (!def2.normalize && ((_a3 = def2.protocol) == null ? void 0 : _a3.source) === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
const asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
const $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def2);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def2.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def2.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def2.hostname && !urlHostnameOk(url2, def2.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def2.hostname.source,
          input: payload.value,
          inst,
          continue: !def2.abort
        });
      }
      if (def2.protocol && !urlProtocolOk(url2, def2.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def2.protocol.source,
          input: payload.value,
          inst,
          continue: !def2.abort
        });
      }
      payload.value = def2.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def2.abort
      });
    }
  };
});
const $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def2) => {
  def2.pattern ?? (def2.pattern = date$1);
  $ZodStringFormat.init(inst, def2);
});
const $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = number$1;
  inst._zod.parse = (payload, _ctx) => {
    if (def2.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "number" && !Number.isNaN(input2) && Number.isFinite(input2)) {
      return payload;
    }
    const received = typeof input2 === "number" ? Number.isNaN(input2) ? "NaN" : !Number.isFinite(input2) ? String(input2) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input: input2,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
const $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def2) => {
  $ZodCheckNumberFormat.init(inst, def2);
  $ZodNumber.init(inst, def2);
});
const $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = boolean$1;
  inst._zod.parse = (payload, _ctx) => {
    if (def2.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input2 = payload.value;
    if (typeof input2 === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input: input2,
      inst
    });
    return payload;
  };
});
const $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !(ctx == null ? void 0 : ctx.skipChecks) && (ctx == null ? void 0 : ctx.direction) !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
const arraySize = (input2) => Array.isArray(input2) ? input2.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
const $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def2) => {
  $ZodType.init(inst, def2);
  const memo = globalConfig.memoizer;
  memo == null ? void 0 : memo.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!Array.isArray(input2)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input2.length), ctx) : Array(input2.length);
    const proms = [];
    const abortEarly = ctx == null ? void 0 : ctx.abortEarly;
    for (let i = 0; i < input2.length; i++) {
      const item = input2[i];
      const result = def2.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key2, input2, optin, optout) {
  const isPresent = key2 in input2;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key2, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key2]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key2] = void 0;
    }
  } else {
    final.value[key2] = result.value;
  }
}
const NO_SYMBOL_KEYS = [];
function normalizeDef(def2) {
  var _a3, _b2, _c, _d;
  const keys = Object.keys(def2.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def2.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!((_d = (_c = (_b2 = (_a3 = def2.shape) == null ? void 0 : _a3[k]) == null ? void 0 : _b2._zod) == null ? void 0 : _c.traits) == null ? void 0 : _d.has("$ZodType"))) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def2.shape);
  return {
    ...def2,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input2, payload, ctx, def2, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def2.keySet;
  const _catchall = def2.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key2 in input2) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key2))
      continue;
    if (key2 === "__proto__") {
      if (t === "never")
        unrecognized.push(key2);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key2);
      continue;
    }
    const r = _catchall.run({ value: input2[key2], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key2, input2, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key2, input2, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input: input2,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
const $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def2) => {
  $ZodType.init(inst, def2);
  const desc = Object.getOwnPropertyDescriptor(def2, "shape");
  const sh = (desc == null ? void 0 : desc.get) ? desc.get.raw : def2.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def2, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def2, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def2));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key2 in shape) {
      const field = shape[key2]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key2)) {
          assignProp(propValues, key2, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key2].add(v);
        if (field.optin !== void 0)
          propValues[key2].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject$1;
  const catchall = def2.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo == null ? void 0 : memo.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input2 = payload.value;
    if (!isObject2(input2)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx == null ? void 0 : ctx.abortEarly;
    let seen = payload.issues.length;
    for (const key2 of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key2 === "__proto__")
        continue;
      const el = shape[key2];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input2[key2], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key2, input2, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key2, input2, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input2, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
const $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def2.options.length === 1 ? def2.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def2.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
function discriminatorMap(def2) {
  var _a3;
  const map2 = /* @__PURE__ */ new Map();
  for (const option of def2.options) {
    const values = (_a3 = option._zod.propValues) == null ? void 0 : _a3[def2.discriminator];
    if (!values || values.size === 0)
      throw new Error(`Invalid discriminated union option at index "${def2.options.indexOf(option)}"`);
    for (const value of values) {
      if (map2.has(value)) {
        if (value !== void 0)
          throw new Error(`Duplicate discriminator value "${String(value)}"`);
        map2.set(value, null);
      } else {
        map2.set(value, option);
      }
    }
  }
  return map2;
}
const $ZodDiscriminatedUnion = /* @__PURE__ */ $constructor("$ZodDiscriminatedUnion", (inst, def2) => {
  def2.inclusive = false;
  $ZodUnion.init(inst, def2);
  const _super = inst._zod.parse;
  defineLazyInternal(inst, "propValues", (zod) => {
    var _a3, _b2;
    const propValues = {};
    let undefinedCount = 0;
    for (const option of zod.def.options) {
      const pv = option._zod.propValues;
      if (!pv || Object.keys(pv).length === 0)
        throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
      if ((_a3 = pv[zod.def.discriminator]) == null ? void 0 : _a3.has(void 0))
        undefinedCount++;
      for (const [k, v] of Object.entries(pv)) {
        if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
          assignProp(propValues, k, /* @__PURE__ */ new Set());
        }
        for (const val of v) {
          propValues[k].add(val);
        }
      }
    }
    if (!zod.def.unionFallback && undefinedCount > 1)
      (_b2 = propValues[zod.def.discriminator]) == null ? void 0 : _b2.delete(void 0);
    return propValues;
  });
  def2.options.forEach((option, i) => {
    const propShape = rawShape(option._zod.def);
    if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def2.discriminator)) {
      throw new Error(`Invalid discriminated union option at index "${i}"`);
    }
  });
  const disc = cached(() => discriminatorMap(def2));
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isObject$1(input2)) {
      payload.issues.push({
        code: "invalid_type",
        expected: "object",
        input: input2,
        inst
      });
      return payload;
    }
    const value = input2 == null ? void 0 : input2[def2.discriminator];
    const opt = disc.value.get(value);
    if (opt && (value !== void 0 || ctx.direction !== "backward")) {
      return opt._zod.run(payload, ctx);
    }
    if (def2.unionFallback || ctx.direction === "backward") {
      return _super(payload, ctx);
    }
    payload.issues.push({
      code: "invalid_union",
      errors: [],
      note: "No matching discriminator",
      discriminator: def2.discriminator,
      options: Array.from(disc.value.keys()).filter((value2) => disc.value.get(value2) !== null),
      input: input2,
      path: [def2.discriminator],
      inst
    });
    return payload;
  };
});
const $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def2) => {
  $ZodType.init(inst, def2);
  const memo = globalConfig.memoizer;
  memo == null ? void 0 : memo.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input2 = payload.value;
    if (!isPlainObject(input2)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input: input2,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def2.keyType._zod.values;
    if (values && !def2.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key2 of values) {
        if (typeof key2 === "string" || typeof key2 === "number" || typeof key2 === "symbol") {
          recordKeys.add(typeof key2 === "number" ? key2.toString() : key2);
          if (key2 === "__proto__")
            continue;
          const keyResult = def2.keyType._zod.run({ value: key2, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key2,
              path: [key2],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def2.valueType._zod.run({ value: input2[key2], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key2, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key2, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key2 in input2) {
        if (!recordKeys.has(key2)) {
          if (def2.mode === "loose") {
            if (key2 === "__proto__")
              continue;
            payload.value[key2] = input2[key2];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key2);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key2 of Reflect.ownKeys(input2)) {
        if (key2 === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input2, key2))
          continue;
        let keyResult = def2.keyType._zod.run({ value: key2, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key2 === "string" && number$1.test(key2) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def2.keyType._zod.run({ value: Number(key2), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def2.mode === "loose") {
            payload.value[key2] = input2[key2];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key2);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key2,
              path: [key2],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def2.valueType._zod.run({ value: input2[key2], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key2, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key2, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input: input2,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
const $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def2) => {
  $ZodType.init(inst, def2);
  const values = getEnumValues(def2.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (valuesSet.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input: input2,
      inst
    });
    return payload;
  };
});
const $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def2) => {
  $ZodType.init(inst, def2);
  const values = new Set(def2.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input2 = payload.value;
    if (values.has(input2)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def2.values,
      input: input2,
      inst
    });
    return payload;
  };
});
const $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def2) => {
  var _a3;
  $ZodType.init(inst, def2);
  inst._zod.optin = "optional";
  (_a3 = globalConfig.memoizer) == null ? void 0 : _a3.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def2.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
const $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def2.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def2.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def2.innerType._zod.run(payload, ctx);
  };
});
const $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def2.innerType._zod.run(payload, ctx);
  };
});
const $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def2.defaultValue;
      return payload;
    }
    const result = def2.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def2));
    }
    return handleDefaultResult(result, def2);
  };
});
function handleDefaultResult(payload, def2) {
  if (payload.value === void 0) {
    payload.value = def2.defaultValue;
  }
  return payload;
}
const $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def2.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def2.in, ctx));
      }
      return handlePipeResult(right, def2.in, ctx);
    }
    const left = def2.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def2.out, ctx));
    }
    return handlePipeResult(left, def2.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input2 = payload.value;
    const r = def2.fn(input2);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input2, inst));
    }
    handleRefineResult(r, payload, input2, inst);
    return;
  };
});
function handleRefineResult(result, payload, input2, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input: input2,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}
const error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type2, input2) {
    if (type2 === "number" && typeof input2 === "number" && !Number.isFinite(input2)) {
      return String(input2);
    }
    return TypeDictionary[type2] ?? type2;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en$2() {
  return {
    localeError: error()
  };
}
var _a;
class $ZodRegistry {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
}
function registry() {
  return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;
function snapshotChecks(def2) {
  if (def2.checks)
    def2.checks = [...def2.checks];
  return def2;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
  return new Class({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
  return new Class({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input2) => input2.trim());
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema2 = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue$1) => {
      if (typeof issue$1 === "string") {
        payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
      } else {
        const _issue = issue$1;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
const ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def2) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def2);
  inst.def = def2;
  inst.type = def2.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def2 = this.def;
    return this.clone({
      ...def2,
      checks: [
        ...def2.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
const ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def2) => {
  $ZodString.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
  return /* @__PURE__ */ _string(ZodMiniString, params);
}
const ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  ZodMiniString.init(inst, def2);
});
const ZodMiniURL = /* @__PURE__ */ $constructor("ZodMiniURL", (inst, def2) => {
  $ZodURL.init(inst, def2);
  ZodMiniStringFormat.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function url(params) {
  return /* @__PURE__ */ _url(ZodMiniURL, params);
}
const ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def2) => {
  $ZodNumber.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function number(params) {
  return /* @__PURE__ */ _number(ZodMiniNumber, params);
}
const ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def2) => {
  $ZodNumberFormat.init(inst, def2);
  ZodMiniNumber.init(inst, def2);
});
function int$1(params) {
  return /* @__PURE__ */ _int(ZodMiniNumberFormat, params);
}
const ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def2) => {
  $ZodBoolean.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
  return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
}
const ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def2) => {
  $ZodNever.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return /* @__PURE__ */ _never(ZodMiniNever, params);
}
const ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def2) => {
  $ZodArray.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
const ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def2) => {
  $ZodObject.init(inst, def2);
  ZodMiniType.init(inst, def2);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
const ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def2) => {
  $ZodUnion.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
const ZodMiniDiscriminatedUnion = /* @__PURE__ */ $constructor("ZodMiniDiscriminatedUnion", (inst, def2) => {
  $ZodDiscriminatedUnion.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function discriminatedUnion(discriminator, options, params) {
  return new ZodMiniDiscriminatedUnion({
    type: "union",
    options,
    discriminator,
    ...normalizeParams(params)
  });
}
const ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def2) => {
  $ZodRecord.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
const ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def2) => {
  $ZodEnum.init(inst, def2);
  ZodMiniType.init(inst, def2);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
const ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def2) => {
  $ZodLiteral.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
const ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def2) => {
  $ZodTransform.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
const ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def2) => {
  $ZodOptional.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
const ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def2) => {
  $ZodNullable.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
const ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def2) => {
  $ZodDefault.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function _default$1(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
const ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def2) => {
  $ZodPipe.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
const ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def2) => {
  $ZodCustom.init(inst, def2);
  ZodMiniType.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return /* @__PURE__ */ _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return /* @__PURE__ */ _superRefine(fn, params);
}
const ZodMiniISODate = /* @__PURE__ */ $constructor("ZodMiniISODate", (inst, def2) => {
  $ZodISODate.init(inst, def2);
  ZodMiniStringFormat.init(inst, def2);
});
// @__NO_SIDE_EFFECTS__
function date(params) {
  return /* @__PURE__ */ _isoDate(ZodMiniISODate, params);
}
if (!globalConfig.localeError) config(en$2());
// @__NO_SIDE_EFFECTS__
function meta(schema2, metadata) {
  const copy = schema2.clone();
  globalRegistry.add(copy, metadata);
  return copy;
}
var idSchema = /* @__PURE__ */ meta(
  (/* @__PURE__ */ string()).check(
    /* @__PURE__ */ _regex(/^[a-z0-9][a-z0-9-]*$/, {
      message: "an id uses lower-case letters, digits and hyphens, e.g. woninginbraken or tabel-1"
    })
  ),
  {
    description: "Identifier: lower-case letters, digits and hyphens.",
    examples: ["tabel-1"]
  }
);
var INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;
var textSchema = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim()).check(/* @__PURE__ */ _minLength(1, { message: "must not be empty" })).check(
  /* @__PURE__ */ refine((text) => text.replace(INVISIBLE, "") !== "", {
    message: "must not be empty (it holds only white space or invisible characters)"
  })
);
var periodCodeSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ pipe(
    /* @__PURE__ */ union([int$1(), /* @__PURE__ */ string()]),
    /* @__PURE__ */ transform((value, ctx) => {
      const result = parsePeriod(value);
      if (!result.success) {
        ctx.issues.push({ code: "custom", message: result.error.message, input: value });
        return NEVER;
      }
      return formatPeriodCode(result.data);
    })
  ),
  {
    description: "A period: a year (2017), half year (2017-H1), quarter (2017-Q3), month (2017-10) or months within one year (2018-01..2018-10).",
    examples: [2017, "2017-H1", "2018-01..2018-10"]
  }
);
var numberSchema = (/* @__PURE__ */ number()).check(/* @__PURE__ */ refine(Number.isFinite, { message: "must be a finite number" }));
var unitSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ _enum(["count", "grade", "percentage", "rate-per-1000", "rate-per-10000", "rate-per-100000"]),
  {
    description: "count: a number of registrations; grade: a report grade 1-10; percentage: 0-100; rate-per-1000, rate-per-10000, rate-per-100000: per 1,000, 10,000 or 100,000 inhabitants (Halt referrals are published per 10,000 youths)."
  }
);
var directionSchema = /* @__PURE__ */ meta(/* @__PURE__ */ _enum(["lower-is-better", "higher-is-better"]), {
  description: "Whether a lower or a higher value is better."
});
var originSchema = /* @__PURE__ */ meta(/* @__PURE__ */ _enum(["table", "text", "import", "other"]), {
  description: "Where the figure comes from: a table of the document, its running text, an import of open data, or elsewhere."
});
var roundingSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ _enum(["half-away-from-zero", "half-even", "floor", "ceil", "trunc"]),
  { description: "Rounding mode, applied exactly (not in floating point)." }
);
var areaSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: /* @__PURE__ */ meta(/* @__PURE__ */ union([idSchema, (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^GM\d{4}$/))]), {
      description: "Identifier; for a municipality its CBS code (GM0417)."
    }),
    name: textSchema,
    kind: /* @__PURE__ */ _enum([
      "municipality",
      "district",
      "police-unit",
      "safety-region",
      "region",
      "country",
      "other"
    ]),
    code: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ string()), {
      description: "Official code (CBS GM code, police unit code)."
    })
  }),
  { description: "An area observations belong to." }
);
var sourceSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    name: /* @__PURE__ */ meta(textSchema, { description: "Name as the plan writes it, e.g. 'BVH/politie'." }),
    kind: /* @__PURE__ */ _enum(["police-registration", "survey", "municipal-registration", "open-data", "other"]),
    description: /* @__PURE__ */ optional(textSchema),
    url: /* @__PURE__ */ optional(/* @__PURE__ */ url())
  }),
  { description: "A source of figures." }
);
var partnerSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    name: textSchema,
    description: /* @__PURE__ */ optional(textSchema)
  }),
  { description: "A partner in the approach." }
);
var seriesSchema = /* @__PURE__ */ meta(
  (/* @__PURE__ */ strictObject({
    id: idSchema,
    label: /* @__PURE__ */ meta(textSchema, { description: "Name of the series." }),
    unit: /* @__PURE__ */ _default$1(unitSchema, "count"),
    codes: /* @__PURE__ */ optional(
      /* @__PURE__ */ strictObject({
        police: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ string()), {
          description: "Police crime-type key, e.g. 1.1.1."
        }),
        cbs: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ string()), {
          description: "CBS classification code, e.g. CRI1100."
        })
      })
    ),
    parts: /* @__PURE__ */ meta(
      /* @__PURE__ */ optional(
        /* @__PURE__ */ strictObject({
          series: (/* @__PURE__ */ array(idSchema)).check(/* @__PURE__ */ _minLength(1)),
          complete: /* @__PURE__ */ meta(/* @__PURE__ */ boolean(), {
            description: "true when the parts add up to this series in every period (an exhaustive 'of which' split)."
          })
        })
      ),
      { description: "The 'of which' sub-series." }
    ),
    rate: /* @__PURE__ */ meta(
      /* @__PURE__ */ optional(
        /* @__PURE__ */ strictObject({
          count: /* @__PURE__ */ meta(idSchema, {
            description: "The series of the counts, e.g. misdrijven-totaal."
          }),
          population: /* @__PURE__ */ meta(idSchema, {
            description: "The series of the population the rate is per, e.g. inwoners."
          })
        })
      ),
      {
        description: "For a rate (unit rate-per-1000, rate-per-10000 or rate-per-100000): the count and population series it is computed from, count x 1000 / population. Where both have figures for a period, the significance of a change and the interval of a verdict use the count with the population as its exposure."
      }
    ),
    description: /* @__PURE__ */ optional(textSchema)
  })).check(
    /* @__PURE__ */ refine((s) => s.rate === void 0 || s.unit.startsWith("rate-per-"), {
      path: ["rate"],
      message: "only a rate has a count and population: set the unit to rate-per-1000, rate-per-10000 or rate-per-100000, or remove rate"
    })
  ),
  { description: "A measured quantity (a crime category, a survey measure)." }
);
var percentNotationSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    decimals: /* @__PURE__ */ optional(int$1().check(/* @__PURE__ */ _gte(0)).check(/* @__PURE__ */ _lte(4))),
    decimalSeparator: /* @__PURE__ */ optional(/* @__PURE__ */ _enum([",", "."])),
    plusSign: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
    minusSign: /* @__PURE__ */ optional(/* @__PURE__ */ string()),
    emptyCell: /* @__PURE__ */ optional(/* @__PURE__ */ string())
  }),
  { description: "How percentage changes are written; Dutch whole percents by default." }
);
var columnBase = {
  id: idSchema,
  header: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), { description: "The column header as printed." }),
  group: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
    description: "A header spanning several columns, as printed."
  })
};
var valueColumnSchema = /* @__PURE__ */ strictObject({
  ...columnBase,
  kind: /* @__PURE__ */ literal("value"),
  period: periodCodeSchema
});
var changeColumnSchema = /* @__PURE__ */ strictObject({
  ...columnBase,
  kind: /* @__PURE__ */ literal("change"),
  from: periodCodeSchema,
  to: periodCodeSchema
});
var referenceColumnSchema = /* @__PURE__ */ strictObject({
  ...columnBase,
  kind: /* @__PURE__ */ literal("reference"),
  area: /* @__PURE__ */ optional(/* @__PURE__ */ union([idSchema, (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^GM\d{4}$/))])),
  from: /* @__PURE__ */ optional(periodCodeSchema),
  to: /* @__PURE__ */ optional(periodCodeSchema)
});
var tableColumnSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ discriminatedUnion("kind", [valueColumnSchema, changeColumnSchema, referenceColumnSchema]),
  {
    description: "A column: value (counts of a period), change (computed) or reference (supplied)."
  }
);
var tableRowSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    series: idSchema,
    label: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "The row label as printed (typos included)."
    }),
    printed: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ record(idSchema, /* @__PURE__ */ string())), {
      description: "What the document printed in computed columns, by column id; checked against the computation."
    }),
    supplied: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ record(idSchema, /* @__PURE__ */ string())), {
      description: "The cells of reference columns, by column id, as printed."
    })
  }),
  { description: "A row of a figure table." }
);
var rollingLayoutSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    last: /* @__PURE__ */ meta(int$1().check(/* @__PURE__ */ _gte(1)).check(/* @__PURE__ */ _lte(20)), {
      description: "How many periods to show: the last N that have figures."
    }),
    granularity: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ _enum(["year", "half-year"]), "year"), {
      description: "Years (default) or half years (January-June, July-December)."
    }),
    change: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ _enum(["previous", "none"]), "previous"), {
      description: "previous (default): the change of each period against the same period a year earlier, where that has figures; none: only the values."
    })
  }),
  {
    description: "Instead of columns: the last N years (or half years) with figures, each with its change against the one before, so a newly imported year shows up without editing the plan."
  }
);
var figureTableSchema = /* @__PURE__ */ meta(
  (/* @__PURE__ */ strictObject({
    id: idSchema,
    number: /* @__PURE__ */ optional(int$1().check(/* @__PURE__ */ _positive())),
    title: textSchema,
    area: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ union([idSchema, (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^GM\d{4}$/))])), {
      description: "Area of the counts; default the municipality."
    }),
    source: /* @__PURE__ */ optional(idSchema),
    columns: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ array(tableColumnSchema), []), {
      description: "The columns, as printed; or leave them out and give rolling."
    }),
    rolling: /* @__PURE__ */ optional(rollingLayoutSchema),
    rows: (/* @__PURE__ */ array(tableRowSchema)).check(/* @__PURE__ */ _minLength(1)),
    notation: /* @__PURE__ */ optional(percentNotationSchema),
    note: /* @__PURE__ */ optional(textSchema)
  })).check(
    /* @__PURE__ */ superRefine((table2, context) => {
      if (table2.rolling && table2.columns.length > 0) {
        context.addIssue({
          code: "custom",
          path: ["rolling"],
          message: "a table has either columns or rolling, not both"
        });
      } else if (!table2.rolling && table2.columns.length === 0) {
        context.addIssue({
          code: "custom",
          path: ["columns"],
          message: "a table needs columns, or rolling: { last: 3 } for the last three years with figures"
        });
      }
    })
  ),
  { description: "A table of figures with percentage changes." }
);
var kernbeleidCodeSchema = /* @__PURE__ */ meta(
  (/* @__PURE__ */ string()).check(
    /* @__PURE__ */ _regex(/^[1-5]\.[1-5]$/, {
      message: "a Kernbeleid Veiligheid theme code such as 1.3 (field 1-5, theme 1-5)"
    })
  ),
  { description: "A theme of VNG Kernbeleid Veiligheid, e.g. 1.3." }
);
var sectionSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: /* @__PURE__ */ optional(idSchema),
    title: textSchema,
    text: /* @__PURE__ */ meta(textSchema, { description: "Markdown: paragraphs, lists, emphasis." })
  }),
  { description: "A titled text." }
);
var actionSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    what: textSchema,
    who: /* @__PURE__ */ meta(textSchema, { description: "Who is responsible: a partner id or a role." }),
    partners: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(idSchema), []),
    when: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "When: a period code (2019) or a description."
    }),
    status: /* @__PURE__ */ _enum(["planned", "ongoing", "done", "postponed", "cancelled"]),
    quote: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "The sentence of the plan the action comes from."
    })
  }),
  { description: "An action of the execution plan." }
);
var themeSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    number: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ string()), {
      description: "The section number as printed, e.g. 4.1."
    }),
    title: textSchema,
    kernbeleid: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ array(kernbeleidCodeSchema), []), {
      description: "Where the theme sits in VNG Kernbeleid Veiligheid."
    }),
    motivation: /* @__PURE__ */ optional(textSchema),
    evaluation: /* @__PURE__ */ optional(textSchema),
    goals: /* @__PURE__ */ optional(textSchema),
    approach: /* @__PURE__ */ optional(textSchema),
    sections: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(sectionSchema), []),
    partners: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(idSchema), []),
    indicators: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ array(idSchema), []), {
      description: "Indicators of the theme (besides those in its indicator table)."
    }),
    actions: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(actionSchema), [])
  }),
  { description: "A priority or theme." }
);
var PROGRESS_STATUSES = [
  "achieved",
  "ahead",
  "indistinguishable",
  "behind",
  "worse",
  "not-achieved",
  "not-assessable"
];
var baselineSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    value: /* @__PURE__ */ meta(numberSchema, { description: "The baseline value, as printed." }),
    period: periodCodeSchema
  }),
  { description: "The value an indicator starts from." }
);
var targetSchema = /* @__PURE__ */ meta(
  (/* @__PURE__ */ strictObject({
    kind: /* @__PURE__ */ _enum(["absolute", "relative", "maximum", "minimum", "keep-level"]),
    value: /* @__PURE__ */ meta(/* @__PURE__ */ optional(numberSchema), {
      description: "The target value as printed (for a relative target: the value printed next to the change)."
    }),
    change: /* @__PURE__ */ meta(/* @__PURE__ */ optional(numberSchema), {
      description: "For a relative target: the stated change from the baseline in percent, e.g. -25."
    }),
    period: /* @__PURE__ */ meta(periodCodeSchema, { description: "When the target must be reached." }),
    rounding: /* @__PURE__ */ meta(
      /* @__PURE__ */ optional(
        /* @__PURE__ */ strictObject({
          mode: roundingSchema,
          decimals: int$1().check(/* @__PURE__ */ _gte(0)).check(/* @__PURE__ */ _lte(6))
        })
      ),
      {
        description: "How a relative target resolves to a value; default from the plan's conventions."
      }
    ),
    asPrinted: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "The target as the document printed it, e.g. '60 (-25%)'."
    }),
    illustrative: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ boolean()), {
      description: "true for a target the council has not adopted (an example, e.g. in a plan made with ivp init): ivp status and the report label it 'illustratief doel, niet vastgesteld door de raad'."
    })
  })).check(
    /* @__PURE__ */ superRefine((target, ctx) => {
      const needsValue = target.kind === "absolute" || target.kind === "maximum" || target.kind === "minimum";
      if (needsValue && target.value === void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `a ${target.kind} target needs a value`
        });
      }
      if (target.kind === "relative" && target.change === void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["change"],
          message: "a relative target needs a change in percent, e.g. -25"
        });
      }
      if (target.kind !== "relative" && target.change !== void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["change"],
          message: `only a relative target has a change; this one is ${target.kind}`
        });
      }
    })
  ),
  { description: "A target of an indicator." }
);
var statusOverrideSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    status: /* @__PURE__ */ _enum(PROGRESS_STATUSES),
    reason: /* @__PURE__ */ meta(textSchema, { description: "Why the automatic status is overruled." })
  }),
  { description: "A manual status with its reason." }
);
var indicatorSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    label: textSchema,
    unit: unitSchema,
    direction: /* @__PURE__ */ optional(directionSchema),
    source: /* @__PURE__ */ meta(/* @__PURE__ */ optional(idSchema), { description: "Id of the source of its figures." }),
    series: /* @__PURE__ */ meta(/* @__PURE__ */ optional(idSchema), {
      description: "Id of the series whose observations are this indicator's values; default the indicator's own id."
    }),
    baseline: /* @__PURE__ */ meta(/* @__PURE__ */ optional(baselineSchema), {
      description: "Baseline; when absent, taken from the first indicator table that lists it."
    }),
    targets: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ array(targetSchema)), {
      description: "Targets; when absent, taken from the first indicator table that lists it."
    }),
    tolerance: /* @__PURE__ */ meta(
      /* @__PURE__ */ optional(
        (/* @__PURE__ */ number()).check(/* @__PURE__ */ refine(Number.isFinite, { message: "must be a finite number" })).check(/* @__PURE__ */ _gte(0))
      ),
      {
        description: "Differences up to this (in the indicator's unit) do not count as a change: a band around a keep-level, maximum or minimum target, or the only margin of a figure published without one (0 says the figure is exact, e.g. a share of files checked)."
      }
    ),
    statusOverride: /* @__PURE__ */ optional(statusOverrideSchema),
    description: /* @__PURE__ */ optional(textSchema)
  }),
  { description: "An indicator of the plan." }
);
var indicatorTableRowSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    indicator: idSchema,
    label: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "The label as printed, when it differs from the indicator's."
    }),
    source: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "The source as printed, e.g. 'BVH/politie'."
    }),
    baseline: /* @__PURE__ */ optional(baselineSchema),
    target: /* @__PURE__ */ optional(targetSchema),
    group: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "A heading row the indicator is printed under, e.g. 'Bibob'."
    })
  }),
  { description: "A row of an indicator table." }
);
var indicatorTableSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    title: textSchema,
    theme: /* @__PURE__ */ meta(/* @__PURE__ */ optional(idSchema), {
      description: "The priority or theme the table belongs to; absent for the plan's main goals."
    }),
    headers: /* @__PURE__ */ optional(
      /* @__PURE__ */ strictObject({
        indicator: /* @__PURE__ */ _default$1(textSchema, "Indicator"),
        source: /* @__PURE__ */ _default$1(textSchema, "Bron"),
        baseline: textSchema,
        target: textSchema
      })
    ),
    rows: (/* @__PURE__ */ array(indicatorTableRowSchema)).check(/* @__PURE__ */ _minLength(1))
  }),
  { description: "An indicator table as printed." }
);
var areaRef = /* @__PURE__ */ union([idSchema, (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^GM\d{4}$/))]);
var cellSchema = /* @__PURE__ */ meta(/* @__PURE__ */ nullable(numberSchema), {
  description: "A value; null when missing (a missing value is never 0)."
});
var intervalSchema = /* @__PURE__ */ meta(
  (/* @__PURE__ */ strictObject({ lower: numberSchema, upper: numberSchema })).check(
    /* @__PURE__ */ refine((i) => i.lower <= i.upper, { message: "the lower bound is above the upper bound" })
  ),
  { description: "The 95% confidence interval supplied with a survey figure." }
);
var observationBlockSchema = /* @__PURE__ */ meta(
  (/* @__PURE__ */ strictObject({
    origin: originSchema,
    table: /* @__PURE__ */ meta(/* @__PURE__ */ optional(idSchema), {
      description: "For origin 'table': the id of the table."
    }),
    section: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "For origin 'text': the section of the document."
    }),
    quote: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
      description: "For origin 'text': the sentence as printed."
    }),
    source: /* @__PURE__ */ meta(/* @__PURE__ */ optional(idSchema), { description: "Id of the source of the figures." }),
    area: /* @__PURE__ */ meta(/* @__PURE__ */ optional(areaRef), { description: "Area; default the municipality." }),
    series: /* @__PURE__ */ optional(idSchema),
    period: /* @__PURE__ */ optional(periodCodeSchema),
    value: /* @__PURE__ */ optional(cellSchema),
    periods: /* @__PURE__ */ optional((/* @__PURE__ */ array(periodCodeSchema)).check(/* @__PURE__ */ _minLength(1))),
    values: /* @__PURE__ */ optional(/* @__PURE__ */ record(idSchema, /* @__PURE__ */ array(cellSchema))),
    interval: /* @__PURE__ */ meta(/* @__PURE__ */ optional(intervalSchema), {
      description: "For one figure: its supplied 95% confidence interval (survey figures)."
    }),
    intervals: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ record(idSchema, /* @__PURE__ */ array(/* @__PURE__ */ nullable(intervalSchema)))), {
      description: "For a matrix: series id to one supplied 95% interval (or null) per period, for survey figures."
    }),
    note: /* @__PURE__ */ optional(textSchema)
  })).check(
    /* @__PURE__ */ superRefine((block, ctx) => {
      const single = block.series !== void 0 || block.period !== void 0 || block.value !== void 0;
      const matrix = block.periods !== void 0 || block.values !== void 0;
      if (block.interval !== void 0 && matrix) {
        ctx.addIssue({
          code: "custom",
          path: ["interval"],
          message: "a matrix gives its intervals under 'intervals', per series and period"
        });
      }
      if (block.intervals !== void 0 && single) {
        ctx.addIssue({
          code: "custom",
          path: ["intervals"],
          message: "one figure gives its interval under 'interval'"
        });
      }
      if (single && matrix) {
        ctx.addIssue({
          code: "custom",
          message: "write either one figure (series, period, value) or a matrix (periods, values), not both"
        });
        return;
      }
      if (matrix) {
        if (block.periods === void 0)
          ctx.addIssue({ code: "custom", path: ["periods"], message: "a matrix needs periods" });
        if (block.values === void 0)
          ctx.addIssue({ code: "custom", path: ["values"], message: "a matrix needs values" });
        if (block.periods && block.values) {
          for (const [series, row2] of Object.entries(block.values)) {
            if (row2.length !== block.periods.length) {
              ctx.addIssue({
                code: "custom",
                path: ["values", series],
                message: `has ${row2.length} values for ${block.periods.length} periods`
              });
            }
          }
          for (const [series, row2] of Object.entries(block.intervals ?? {})) {
            if (!(series in block.values)) {
              ctx.addIssue({
                code: "custom",
                path: ["intervals", series],
                message: `has intervals but no values for ${series}`
              });
            } else if (row2.length !== block.periods.length) {
              ctx.addIssue({
                code: "custom",
                path: ["intervals", series],
                message: `has ${row2.length} intervals for ${block.periods.length} periods`
              });
            }
          }
        }
      } else {
        for (const key2 of ["series", "period", "value"]) {
          if (block[key2] === void 0)
            ctx.addIssue({ code: "custom", path: [key2], message: `one figure needs a ${key2}` });
        }
      }
      if (block.origin === "table" && block.table === void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["table"],
          message: "origin 'table' needs the table's id"
        });
      }
      if (block.origin === "text" && block.quote === void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["quote"],
          message: "origin 'text' needs the quote it comes from"
        });
      }
    })
  ),
  {
    description: "Observations: one figure or a matrix of figures, with where they were printed."
  }
);
var claimSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    section: textSchema,
    quote: textSchema,
    series: idSchema,
    area: /* @__PURE__ */ optional(areaRef),
    kind: /* @__PURE__ */ meta(/* @__PURE__ */ _enum(["strictly-decreasing", "strictly-increasing", "decreased", "increased"]), {
      description: "strictly-decreasing/increasing: lower/higher in every period than in the one before; decreased/increased: lower/higher at the end than at the start."
    }),
    from: periodCodeSchema,
    to: periodCodeSchema
  }),
  { description: "A claim in the text about how a series developed." }
);
var CORRECTION_METHODS = ["none", "benjamini-hochberg", "holm"];
function assertPValue(value, index) {
  if (!(value >= 0 && value <= 1)) {
    throw new IvpError(
      "invalid-number",
      `p-value ${index + 1} must lie between 0 and 1, got ${value}`
    );
  }
}
function adjustPValues(pValues, method3) {
  pValues.forEach(assertPValue);
  const m = pValues.length;
  if (method3 === "none" || m === 0) return [...pValues];
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array(m);
  if (method3 === "holm") {
    let running2 = 0;
    order.forEach((index, rank) => {
      running2 = Math.max(running2, (m - rank) * pValues[index]);
      adjusted[index] = Math.min(1, running2);
    });
    return adjusted;
  }
  let running = Number.POSITIVE_INFINITY;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    running = Math.min(running, m / (rank + 1) * pValues[index]);
    adjusted[index] = Math.min(1, running);
  }
  return adjusted;
}
function expectedChanceMarks(tests2, alpha) {
  if (!(Number.isInteger(tests2) && tests2 >= 0)) {
    throw new IvpError(
      "invalid-number",
      `the number of tests must be a whole number >= 0, got ${tests2}`
    );
  }
  if (!(alpha > 0 && alpha < 1)) {
    throw new IvpError(
      "invalid-number",
      `alpha must lie between 0 and 1 (e.g. 0.05), got ${alpha}`
    );
  }
  return Number((tests2 * alpha).toPrecision(12));
}
var municipalityCode = (/* @__PURE__ */ string()).check(
  /* @__PURE__ */ _regex(/^GM\d{4}$/, { message: "a CBS municipality code: GM and four digits, e.g. GM0417" })
);
var cycleSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    kind: /* @__PURE__ */ _enum(["execution-plan", "progress-analysis", "plan", "meeting", "screening", "other"]),
    label: textSchema,
    by: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), { description: "Who makes or holds it." }),
    every: (/* @__PURE__ */ strictObject({
      years: /* @__PURE__ */ optional(int$1().check(/* @__PURE__ */ _positive())),
      months: /* @__PURE__ */ optional(int$1().check(/* @__PURE__ */ _positive())),
      weeks: /* @__PURE__ */ optional(int$1().check(/* @__PURE__ */ _positive()))
    })).check(
      /* @__PURE__ */ refine((e) => [e.years, e.months, e.weeks].filter((x) => x !== void 0).length === 1, {
        message: "give exactly one of years, months, weeks"
      })
    ),
    first: /* @__PURE__ */ meta(/* @__PURE__ */ date(), { description: "The first moment (YYYY-MM-DD)." }),
    quote: /* @__PURE__ */ optional(textSchema)
  }),
  { description: "A recurring moment of monitoring or governance." }
);
var roleSchema = /* @__PURE__ */ strictObject({ id: idSchema, title: textSchema, text: textSchema });
var conventionsSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    percentChange: /* @__PURE__ */ optional(percentNotationSchema),
    targetRounding: /* @__PURE__ */ meta(
      /* @__PURE__ */ optional(
        /* @__PURE__ */ strictObject({ mode: roundingSchema, decimals: int$1().check(/* @__PURE__ */ _gte(0)).check(/* @__PURE__ */ _lte(6)) })
      ),
      {
        description: "How a relative target resolves to a value; default half away from zero to the baseline's decimals."
      }
    ),
    targetPreference: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ _enum(["stated-value", "resolved-change"])), {
      description: "When a relative target prints both a value and a change that disagree: assess against the printed value (stated-value, the default) or the change applied to the baseline."
    }),
    multipleComparisons: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ _enum(CORRECTION_METHODS)), {
      description: "How the significance of changes is corrected for testing many at once, across a figure table and across the plan's indicator verdicts: benjamini-hochberg (the default; controls the share of false marks), holm (controls the chance of any false mark) or none (each change on its own)."
    })
  }),
  { description: "How figures are computed and written." }
);
var ruleSettingSchema = /* @__PURE__ */ _enum(["off", "info", "warning", "error"]);
var acknowledgementSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    rule: /* @__PURE__ */ meta((/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1)), {
      description: "The id of the rule, e.g. relative-target-mismatch."
    }),
    at: /* @__PURE__ */ meta((/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1)), {
      description: "The field the finding points at first, e.g. indicatorTables[1].rows[0].target.value (the finding's field in ivp validate --format json)."
    }),
    reason: /* @__PURE__ */ meta((/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim()).check(/* @__PURE__ */ _minLength(1)), {
      description: "Why the finding is accepted."
    })
  }),
  { description: "A lint finding that is known and accepted." }
);
var planSchema = /* @__PURE__ */ meta(
  /* @__PURE__ */ strictObject({
    $schema: /* @__PURE__ */ meta(/* @__PURE__ */ optional(/* @__PURE__ */ string()), {
      description: "Path or URL of the JSON Schema, for editors."
    }),
    schemaVersion: /* @__PURE__ */ meta(/* @__PURE__ */ literal(1), { description: "Version of the plan format: 1." }),
    id: idSchema,
    title: textSchema,
    subtitle: /* @__PURE__ */ optional(textSchema),
    municipality: /* @__PURE__ */ strictObject({
      name: textSchema,
      code: municipalityCode,
      statlineName: /* @__PURE__ */ meta(/* @__PURE__ */ optional(textSchema), {
        description: "Name in CBS StatLine, e.g. 'Laren (NH.)'."
      })
    }),
    period: (/* @__PURE__ */ strictObject({
      start: int$1().check(/* @__PURE__ */ _gte(1900)).check(/* @__PURE__ */ _lte(2199)),
      end: int$1().check(/* @__PURE__ */ _gte(1900)).check(/* @__PURE__ */ _lte(2199))
    })).check(
      /* @__PURE__ */ refine((p) => p.end >= p.start, { message: "the plan period ends before it starts" })
    ),
    language: /* @__PURE__ */ _default$1(/* @__PURE__ */ _enum(["nl", "en"]), "nl"),
    adoption: /* @__PURE__ */ optional(
      /* @__PURE__ */ strictObject({
        by: /* @__PURE__ */ meta(textSchema, { description: "Who adopted the plan, e.g. gemeenteraad." }),
        date: /* @__PURE__ */ meta(/* @__PURE__ */ date(), { description: "Date of adoption (YYYY-MM-DD)." })
      })
    ),
    colophon: /* @__PURE__ */ optional(
      /* @__PURE__ */ strictObject({
        editors: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(textSchema), []),
        contributors: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(textSchema), []),
        inCooperationWith: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(textSchema), [])
      })
    ),
    vision: /* @__PURE__ */ optional(sectionSchema),
    mission: textSchema,
    sections: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ array(sectionSchema), []), {
      description: "Introduction, current situation and other prose, in document order."
    }),
    priorities: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(themeSchema), []),
    themes: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ array(themeSchema), []), {
      description: "Other themes (overige thema's)."
    }),
    communication: /* @__PURE__ */ optional(textSchema),
    partners: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(partnerSchema), []),
    sources: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(sourceSchema), []),
    references: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(/* @__PURE__ */ strictObject({ id: idSchema, title: textSchema })), []),
    governance: /* @__PURE__ */ optional(
      /* @__PURE__ */ strictObject({
        roles: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(roleSchema), []),
        text: /* @__PURE__ */ optional(textSchema)
      })
    ),
    monitoring: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(cycleSchema), []),
    conventions: /* @__PURE__ */ optional(conventionsSchema),
    areas: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(areaSchema), []),
    series: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(seriesSchema), []),
    indicators: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(indicatorSchema), []),
    indicatorTables: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(indicatorTableSchema), []),
    tables: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(figureTableSchema), []),
    observations: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(observationBlockSchema), []),
    claims: /* @__PURE__ */ _default$1(/* @__PURE__ */ array(claimSchema), []),
    data: /* @__PURE__ */ meta(
      /* @__PURE__ */ _default$1(
        /* @__PURE__ */ array(
          (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^[^/\\].*\.csv$/, { message: "a relative path to a .csv file" })).check(
            /* @__PURE__ */ refine((path) => !/^[A-Za-z]:/.test(path) && !path.split(/[/\\]/).includes(".."), {
              message: "a data file lies inside the plan directory: a relative path without .. (ivp reads no files outside it)"
            })
          )
        ),
        []
      ),
      {
        description: "CSV files of observations, relative to the plan directory and inside it (no .., no absolute path)."
      }
    ),
    lint: /* @__PURE__ */ meta(
      /* @__PURE__ */ optional(
        /* @__PURE__ */ strictObject({
          rules: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ record(/* @__PURE__ */ string(), ruleSettingSchema), {}), {
            description: "Rule id to off, info, warning or error."
          }),
          acknowledged: /* @__PURE__ */ meta(/* @__PURE__ */ _default$1(/* @__PURE__ */ array(acknowledgementSchema), []), {
            description: "Findings the plan's owner knows of and accepts, each with the reason: still reported, marked acknowledged; an acknowledged error does not make the plan invalid."
          })
        })
      ),
      { description: "Linter settings: rule severities and acknowledged findings." }
    )
  }),
  {
    title: "ivp plan",
    description: "An Integraal Veiligheidsplan (integral safety plan) as data."
  }
);
function halfAlpha(confidence) {
  if (!(confidence > 0 && confidence < 1)) {
    throw new IvpError(
      "invalid-number",
      `the confidence level must lie between 0 and 1 (e.g. 0.95), got ${confidence}`
    );
  }
  return (1 - confidence) / 2;
}
var MAX_COUNT = 1e8;
function assertCount(value, name) {
  if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    throw new IvpError(
      "invalid-number",
      `${name} must be a count (a whole number from 0 to 10^8), got ${value}`
    );
  }
}
function assertExposure(value, name) {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new IvpError("invalid-number", `${name} must be a positive number, got ${value}`);
  }
}
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) {
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
function logChoose(n, k) {
  if (k === 0 || k === n) return 0;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
function binomialPmf(k, n, p) {
  if (k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}
var EPSILON = 1e-16;
var TINY = 1e-300;
var MAX_ITERATIONS$1 = 1e5;
function betaContinuedFraction(x, a, b) {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h2 = d;
  for (let m = 1; m <= MAX_ITERATIONS$1; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h2 *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h2 *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h2;
  }
  throw new RangeError(`incomplete beta did not converge for x=${x}, a=${a}, b=${b}`);
}
function regularizedBeta(x, a, b) {
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedBeta needs a, b > 0, got ${a}, ${b}`);
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x >= 1) return { lower: 1, upper: 0 };
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = front * betaContinuedFraction(x, a, b) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = front * betaContinuedFraction(1 - x, b, a) / b;
  return { lower: 1 - upper, upper };
}
function regularizedGamma(a, x) {
  if (!(a > 0)) throw new RangeError(`regularizedGamma needs a > 0, got ${a}`);
  if (x <= 0) return { lower: 0, upper: 1 };
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS$1; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) {
        const lower = sum * Math.exp(logFront);
        return { lower, upper: 1 - lower };
      }
    }
    throw new RangeError(`incomplete gamma series did not converge for a=${a}, x=${x}`);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h2 = d;
  for (let i = 1; i <= MAX_ITERATIONS$1; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h2 *= delta;
    if (Math.abs(delta - 1) < EPSILON) {
      const upper = Math.exp(logFront) * h2;
      return { lower: 1 - upper, upper };
    }
  }
  throw new RangeError(`incomplete gamma fraction did not converge for a=${a}, x=${x}`);
}
var STEP_TOLERANCE = 2 ** -46;
function solveIncreasing(f, derivative, lo, hi) {
  let a = lo;
  let b = hi;
  let x = a + (b - a) / 2;
  let stepBefore = b - a;
  for (let i = 0; i < 2e3; i++) {
    const fx = f(x);
    if (fx === 0) return x;
    if (fx < 0) a = x;
    else b = x;
    const step = fx / derivative(x);
    if (Math.abs(step) <= STEP_TOLERANCE * Math.abs(x)) return x - step;
    let next = x - step;
    if (!(next > a && next < b) || Math.abs(step) > stepBefore / 2) {
      next = a + (b - a) / 2;
      if (next <= a || next >= b) return next;
    }
    stepBefore = Math.abs(next - x);
    x = next;
  }
  return x;
}
function betaDensity(x, a, b) {
  return Math.exp(
    (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + logGamma(a + b) - logGamma(a) - logGamma(b)
  );
}
function gammaDensity(x, a) {
  return Math.exp((a - 1) * Math.log(x) - x - logGamma(a));
}
function betaQuantile(probability, a, b, tail = "lower") {
  if (probability <= 0) return tail === "lower" ? 0 : 1;
  if (probability >= 1) return tail === "lower" ? 1 : 0;
  const density = (x) => betaDensity(x, a, b);
  return tail === "lower" ? solveIncreasing((x) => regularizedBeta(x, a, b).lower - probability, density, 0, 1) : solveIncreasing((x) => probability - regularizedBeta(x, a, b).upper, density, 0, 1);
}
function gammaQuantile(probability, a, tail = "lower") {
  if (probability <= 0) return tail === "lower" ? 0 : Number.POSITIVE_INFINITY;
  if (probability >= 1) return tail === "lower" ? Number.POSITIVE_INFINITY : 0;
  const f = (x) => tail === "lower" ? regularizedGamma(a, x).lower - probability : probability - regularizedGamma(a, x).upper;
  let hi = Math.max(1, 2 * a);
  while (f(hi) < 0) hi *= 2;
  return solveIncreasing(f, (x) => gammaDensity(x, a), 0, hi);
}
function erfc(x) {
  if (x < 0) return 2 - erfc(-x);
  if (x === 0) return 1;
  return regularizedGamma(0.5, x * x).upper;
}
function normalCdf(z) {
  return 0.5 * erfc(-z / Math.SQRT2);
}
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -normalQuantile(1 - p);
  const tail = 1 - p;
  return solveIncreasing(
    (z) => tail - 0.5 * erfc(z / Math.SQRT2),
    (z) => Math.exp(-0.5 * z * z - HALF_LOG_TWO_PI),
    0,
    40
  );
}
function studentTCdf(t, df) {
  if (!(df > 0)) throw new RangeError(`studentTCdf needs df > 0, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === 0) return 0.5;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5).lower;
  return t < 0 ? tail : 1 - tail;
}
function studentTQuantile(p, df) {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile needs df > 0, got ${df}`);
  if (p === 0.5) return 0;
  const x = betaQuantile(2 * Math.min(p, 1 - p), df / 2, 0.5);
  const t = Math.sqrt(df * (1 - x) / x);
  return p < 0.5 ? -t : t;
}
function sideOf(lower, upper, low, high, direction) {
  const above = lower > high;
  const below = upper < low;
  if (!above && !below) return "indistinguishable";
  const good = direction === "lower-is-better" ? below : above;
  return good ? "better" : "worse";
}
function checkCommon(options) {
  const tolerance = options.tolerance ?? 0;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isFinite(options.benchmark)) {
    throw new IvpError(
      "invalid-number",
      `the benchmark must be a number, got ${options.benchmark}`
    );
  }
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new IvpError("invalid-number", `the tolerance must be 0 or more, got ${tolerance}`);
  }
  halfAlpha(confidence);
  return { tolerance, confidence };
}
var quantiles = /* @__PURE__ */ new Map();
var MAX_KEPT = 5e4;
function gammaBound(tail, shape, side2) {
  const key2 = `${tail}|${shape}|${side2}`;
  let value = quantiles.get(key2);
  if (value === void 0) {
    value = gammaQuantile(tail, shape, side2);
    if (quantiles.size >= MAX_KEPT) quantiles.clear();
    quantiles.set(key2, value);
  }
  return value;
}
function poissonTails(k, m) {
  if (m <= 0) return { atMost: 1, atLeast: k <= 0 ? 1 : 0 };
  return {
    atMost: regularizedGamma(k + 1, m).upper,
    atLeast: k <= 0 ? 1 : regularizedGamma(k, m).lower
  };
}
function compareCountWithBenchmark(options) {
  const { count, benchmark, direction } = options;
  const { tolerance, confidence } = checkCommon(options);
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new IvpError(
      "invalid-number",
      `the count must be a whole number from 0 to 10^8, got ${count}`
    );
  }
  const rawDispersion = options.dispersion ?? 1;
  assertExposure(rawDispersion, "the dispersion");
  const phi = Math.max(1, rawDispersion);
  const tail = halfAlpha(confidence);
  const k = count / phi;
  const interval = {
    lower: k === 0 ? 0 : phi * gammaBound(tail, k, "lower"),
    // Stryker disable next-line StringLiteral: gammaQuantile takes every tail but "lower" as the upper one
    upper: phi * gammaBound(tail, k + 1, "upper"),
    confidence
  };
  const low = Math.max(0, benchmark - tolerance);
  const high = benchmark + tolerance;
  let pValue = 1;
  if (count > high) pValue = Math.min(1, 2 * poissonTails(k, high / phi).atLeast);
  else if (count < low) pValue = Math.min(1, 2 * poissonTails(k, low / phi).atMost);
  return {
    value: count,
    benchmark,
    tolerance,
    method: phi > 1 ? "quasi-poisson" : "poisson",
    dispersion: phi,
    interval,
    pValue,
    estimateSide: sideOf(count, count, low, high, direction),
    side: sideOf(interval.lower, interval.upper, low, high, direction)
  };
}
function compareRateWithBenchmark(options) {
  const { count, population, per } = options;
  assertExposure(population, "the population");
  assertExposure(per, "the rate's base");
  const counts = population / per;
  const { tolerance } = checkCommon(options);
  const compared = compareCountWithBenchmark({
    count,
    benchmark: options.benchmark * counts,
    direction: options.direction,
    tolerance: tolerance * counts,
    confidence: options.confidence
  });
  const interval = compared.interval;
  return {
    ...compared,
    value: count / counts,
    benchmark: options.benchmark,
    tolerance,
    interval: {
      lower: interval.lower / counts,
      upper: interval.upper / counts,
      confidence: interval.confidence
    }
  };
}
function compareEstimateWithBenchmark(options) {
  const { value, benchmark, direction, interval: supplied } = options;
  const { tolerance, confidence } = checkCommon(options);
  if (!Number.isFinite(value)) {
    throw new IvpError("invalid-number", `the value must be a number, got ${value}`);
  }
  const low = benchmark - tolerance;
  const high = benchmark + tolerance;
  if (!supplied) {
    if (options.tolerance === void 0) return null;
    return {
      value,
      benchmark,
      tolerance,
      method: "tolerance",
      dispersion: null,
      interval: null,
      pValue: null,
      estimateSide: sideOf(value, value, low, high, direction),
      side: sideOf(value, value, low, high, direction)
    };
  }
  const z = normalQuantile(1 - halfAlpha(confidence));
  const se = (supplied.upper - supplied.lower) / (2 * z);
  if (!(Number.isFinite(se) && se > 0)) {
    throw new IvpError(
      "invalid-number",
      `the interval ${supplied.lower}-${supplied.upper} must have a positive width`
    );
  }
  const interval = { lower: value - z * se, upper: value + z * se, confidence };
  const distance = value > high ? value - high : value < low ? low - value : 0;
  return {
    value,
    benchmark,
    tolerance,
    method: "supplied-interval",
    dispersion: null,
    interval,
    // Stryker disable next-line ConditionalExpression: at distance 0 the formula gives 2 x normalCdf(0) = 1 too
    pValue: distance === 0 ? 1 : Math.min(1, 2 * normalCdf(-distance / se)),
    estimateSide: sideOf(value, value, low, high, direction),
    side: sideOf(interval.lower, interval.upper, low, high, direction)
  };
}
function sideAt(estimateSide, pValue, alpha) {
  if (pValue === null) return estimateSide;
  return pValue < alpha ? estimateSide : "indistinguishable";
}
function benchmarkTest(comparison, alpha) {
  return {
    estimateSide: comparison.estimateSide,
    pValue: comparison.pValue,
    adjustedPValue: comparison.pValue,
    side: sideAt(comparison.estimateSide, comparison.pValue, alpha)
  };
}
function decideVerdict(parts) {
  const { benchmark, baseline } = parts;
  if (!benchmark) return "not-assessable";
  if (parts.stage === "target-period") {
    if (benchmark.side === "better") return "achieved";
    if (benchmark.side === "worse") return "not-achieved";
    return "indistinguishable";
  }
  if ((baseline == null ? void 0 : baseline.side) === "worse") return "worse";
  if (benchmark.side === "better") return "ahead";
  if (benchmark.side === "worse") return "behind";
  return "indistinguishable";
}
function benchmarkOf(comparison, stage, bound, timeFraction) {
  if (stage === "target-period" || bound !== "direction") {
    return { kind: "target", value: comparison.target };
  }
  const { baseline, target } = comparison;
  return { kind: "path", value: baseline + (target - baseline) * timeFraction };
}
function baselineTest(significance, from, to, direction, tolerance, alpha) {
  if (!significance) return null;
  const difference = to - from;
  const band = tolerance ?? 0;
  const estimateSide = Math.abs(difference) <= band ? "indistinguishable" : (
    // Stryker disable next-line EqualityOperator: a difference of 0 is within every band (band >= 0), so it never gets here
    (direction === "lower-is-better" ? difference < 0 : difference > 0) ? "better" : "worse"
  );
  if (significance.test === "none") {
    if (tolerance === void 0) return null;
    return { significance, estimateSide, pValue: null, adjustedPValue: null, side: estimateSide };
  }
  return {
    significance,
    estimateSide,
    pValue: significance.pValue,
    adjustedPValue: significance.pValue,
    side: sideAt(estimateSide, significance.pValue, alpha)
  };
}
function versusBenchmark(options, benchmark) {
  var _a3;
  const { comparison, unit, direction, tolerance, alpha } = options;
  const confidence = 1 - alpha;
  const count = comparison.to.value;
  if (unit === "count" && Number.isInteger(count) && count >= 0 && count <= MAX_COUNT) {
    const scale = comparison.method === "projection" ? comparison.projection.share : 1;
    return compareCountWithBenchmark({
      count: comparison.to.value,
      benchmark: benchmark * scale,
      direction,
      tolerance: tolerance === void 0 ? void 0 : tolerance * scale,
      dispersion: (_a3 = options.dispersion) == null ? void 0 : _a3.used,
      confidence
    });
  }
  if (options.rate) {
    return compareRateWithBenchmark({
      ...options.rate,
      benchmark,
      direction,
      tolerance,
      confidence
    });
  }
  return compareEstimateWithBenchmark({
    value: comparison.current,
    interval: options.interval,
    benchmark,
    direction,
    tolerance,
    confidence
  });
}
function assessVerdict(options) {
  const { comparison, stage, bound, timeFraction, alpha, direction } = options;
  const benchmark = benchmarkOf(comparison, stage, bound, timeFraction);
  const compared = versusBenchmark(options, benchmark.value);
  const test = compared ? benchmarkTest(compared, alpha) : null;
  const baseline = baselineTest(
    options.significance,
    comparison.from.value,
    comparison.method === "projection" ? comparison.current : comparison.to.value,
    direction,
    options.tolerance,
    alpha
  );
  const parts = { stage, benchmark: test, baseline };
  return {
    status: decideVerdict(parts),
    stage,
    benchmarkKind: compared ? benchmark.kind : null,
    // Stryker disable next-line LogicalOperator: test is null exactly when compared is
    versusBenchmark: compared && test ? { ...compared, test } : null,
    versusBaseline: baseline,
    dispersion: options.dispersion,
    alpha
  };
}
function reviseVerdict(verdict, adjusted) {
  const revise = (test, p) => p === void 0 ? test : { ...test, adjustedPValue: p, side: sideAt(test.estimateSide, p, verdict.alpha) };
  const compared = verdict.versusBenchmark;
  const versusBenchmark2 = compared ? { ...compared, test: revise(compared.test, adjusted.benchmark) } : null;
  const versusBaseline = verdict.versusBaseline ? revise(verdict.versusBaseline, adjusted.baseline) : null;
  if (!verdict.stage) return verdict;
  return {
    ...verdict,
    versusBenchmark: versusBenchmark2,
    versusBaseline,
    status: decideVerdict({
      stage: verdict.stage,
      benchmark: (versusBenchmark2 == null ? void 0 : versusBenchmark2.test) ?? null,
      baseline: versusBaseline
    })
  };
}
var MIN_EXTREMITY_PERIODS = 3;
function checkValues(values, name) {
  values.forEach((value, i) => {
    if (!Number.isFinite(value)) {
      throw new IvpError(
        "invalid-number",
        `${name} value ${i + 1} must be a finite number, got ${value}`
      );
    }
  });
}
function baselineExtremity(options) {
  const { baseline, history: history2 } = options;
  const later = options.later ?? [];
  checkValues([baseline], "the baseline");
  checkValues(history2, "the history");
  checkValues(later, "the later periods");
  const others = [...history2, ...later];
  if (others.length < MIN_EXTREMITY_PERIODS) return null;
  const min = Math.min(...others);
  const max = Math.max(...others);
  const position2 = baseline < min ? "lowest" : baseline > max ? "highest" : null;
  const periods = others.length + 1;
  return {
    position: position2,
    baseline,
    history: history2,
    later,
    periods,
    otherMean: others.reduce((sum, v) => sum + v, 0) / others.length,
    otherRange: { min, max },
    chanceOfExtreme: 2 / periods
  };
}
function findIndicatorGoal(plan, indicator) {
  var _a3;
  const indicatorIndex = plan.indicators.indexOf(indicator);
  const ownPath = (field) => ["indicators", indicatorIndex, field];
  let row2;
  for (const [tableIndex, table2] of plan.indicatorTables.entries()) {
    const rowIndex = table2.rows.findIndex((r) => r.indicator === indicator.id);
    if (rowIndex >= 0) {
      row2 = { table: table2.id, tableIndex, rowIndex };
      break;
    }
  }
  const rowData = row2 ? (_a3 = plan.indicatorTables[row2.tableIndex]) == null ? void 0 : _a3.rows[row2.rowIndex] : void 0;
  const rowSource = (field) => row2 && {
    kind: "indicator-table",
    table: row2.table,
    row: row2.rowIndex,
    path: ["indicatorTables", row2.tableIndex, "rows", row2.rowIndex, field]
  };
  let baseline = null;
  if (indicator.baseline) {
    baseline = {
      value: indicator.baseline,
      source: { kind: "indicator", path: ownPath("baseline") }
    };
  } else if (rowData == null ? void 0 : rowData.baseline) {
    const source = rowSource("baseline");
    if (source) baseline = { value: rowData.baseline, source };
  }
  let targets = [];
  if (indicator.targets && indicator.targets.length > 0) {
    targets = indicator.targets.map((value, i) => ({
      value,
      source: { kind: "indicator", path: ["indicators", indicatorIndex, "targets", i] }
    }));
  } else if (rowData == null ? void 0 : rowData.target) {
    const source = rowSource("target");
    if (source) targets = [{ value: rowData.target, source }];
  }
  return { indicator, baseline, targets };
}
var MIN_TREND_PERIODS = 5;
var MAX_ITERATIONS = 100;
var TOLERANCE = 1e-12;
function checkOptions(options) {
  const { counts } = options;
  const n = counts.length;
  counts.forEach((y, i) => {
    assertCount(y, `count ${i + 1} of the trend`);
  });
  const times = options.times ?? counts.map((_, i) => i);
  const exposures = options.exposures ?? counts.map(() => 1);
  if (times.length !== n || exposures.length !== n) {
    throw new IvpError(
      "invalid-number",
      `a trend needs one time and one exposure per count: ${n} counts, ${times.length} times, ${exposures.length} exposures`
    );
  }
  times.forEach((t, i) => {
    if (!Number.isFinite(t) || i > 0 && t <= times[i - 1]) {
      throw new IvpError(
        "invalid-number",
        `the times of a trend must be finite and strictly increasing; time ${i + 1} is ${t}`
      );
    }
  });
  exposures.forEach((e, i) => {
    assertExposure(e, `exposure ${i + 1} of the trend`);
  });
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) {
    throw new IvpError(
      "invalid-number",
      `alpha must lie between 0 and 1 (e.g. 0.05), got ${alpha}`
    );
  }
  return { times, exposures, alpha };
}
function fitExists(counts) {
  const total = counts.reduce((sum, y) => sum + y, 0);
  if (total === 0) return false;
  const first = counts[0];
  const last = counts[counts.length - 1];
  return first < total && last < total;
}
function fitLogLinear(counts, x, offsets) {
  let mu = counts.map((y) => y + 0.1);
  let b0 = 0;
  let b1 = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let sw = 0;
    let swx = 0;
    let swxx = 0;
    let swz = 0;
    let swxz = 0;
    counts.forEach((y, i) => {
      const m = mu[i];
      const xi = x[i];
      const z = Math.log(m) - offsets[i] + (y - m) / m;
      sw += m;
      swx += m * xi;
      swxx += m * xi * xi;
      swz += m * z;
      swxz += m * xi * z;
    });
    const determinant = sw * swxx - swx * swx;
    const next1 = (sw * swxz - swx * swz) / determinant;
    const next0 = (swz - next1 * swx) / sw;
    const change = Math.max(Math.abs(next0 - b0), Math.abs(next1 - b1));
    b0 = next0;
    b1 = next1;
    mu = x.map((xi, i) => Math.exp(b0 + b1 * xi + offsets[i]));
    if (iteration > 0 && change < TOLERANCE * (1 + Math.abs(b0) + Math.abs(b1))) break;
  }
  let i00 = 0;
  let i01 = 0;
  let i11 = 0;
  mu.forEach((m, i) => {
    const xi = x[i];
    i00 += m;
    i01 += m * xi;
    i11 += m * xi * xi;
  });
  return { b0, b1, mu, information: [i00, i01, i11] };
}
function verdictOf(slope, pValue, alpha) {
  if (!(pValue < alpha)) return "no-significant-change";
  return slope > 0 ? "increasing" : "decreasing";
}
function testPoissonTrend(options) {
  const { times, exposures, alpha } = checkOptions(options);
  const { counts } = options;
  const n = counts.length;
  if (n < MIN_TREND_PERIODS || !fitExists(counts)) return null;
  const centre = times.reduce((sum, t2) => sum + t2, 0) / n;
  const x = times.map((t2) => t2 - centre);
  const offsets = exposures.map((e) => Math.log(e));
  const { b0, b1, mu, information } = fitLogLinear(counts, x, offsets);
  const [i00, i01, i11] = information;
  const varianceSlope = i00 / (i00 * i11 - i01 * i01);
  const standardError = Math.sqrt(varianceSlope);
  const pearsonChiSquare = counts.reduce(
    (sum, y, i) => sum + (y - mu[i]) ** 2 / mu[i],
    0
  );
  const df = n - 2;
  const phi = pearsonChiSquare / df;
  const used = Math.max(1, phi);
  const confidence = 1 - alpha;
  const interval = (se, quantile) => ({
    lower: Math.exp(b1 - quantile * se),
    upper: Math.exp(b1 + quantile * se),
    confidence
  });
  const z = b1 / standardError;
  const zPValue = 2 * normalCdf(-Math.abs(z));
  const poisson = {
    standardError,
    statistic: z,
    distribution: "normal",
    df: null,
    pValue: zPValue,
    confidenceInterval: interval(standardError, normalQuantile(1 - alpha / 2)),
    verdict: verdictOf(b1, zPValue, alpha)
  };
  const quasiError = standardError * Math.sqrt(used);
  const t = b1 / quasiError;
  const tPValue = 2 * studentTCdf(-Math.abs(t), df);
  const quasiPoisson = {
    standardError: quasiError,
    statistic: t,
    distribution: "t",
    df,
    pValue: tPValue,
    confidenceInterval: interval(quasiError, studentTQuantile(1 - alpha / 2, df)),
    verdict: verdictOf(b1, tPValue, alpha)
  };
  return {
    periods: n,
    alpha,
    intercept: b0 - b1 * centre,
    slope: b1,
    rateRatio: Math.exp(b1),
    fitted: mu,
    pearsonChiSquare,
    df,
    dispersion: { phi, used },
    poisson,
    quasiPoisson,
    verdict: quasiPoisson.verdict
  };
}
function exactPoissonInterval(options) {
  const { count: x } = options;
  const confidence = options.confidence ?? 0.95;
  assertCount(x, "the count");
  const tail = halfAlpha(confidence);
  return {
    lower: x === 0 ? 0 : gammaQuantile(tail, x),
    // Stryker disable next-line StringLiteral: equivalent, gammaQuantile takes any tail other than "lower" as the upper one
    upper: gammaQuantile(tail, x + 1, "upper"),
    confidence,
    method: "exact"
  };
}
function projectFullYear(options) {
  const { partial, history: history2 } = options;
  if (!Number.isFinite(partial) || partial < 0) {
    throw new IvpError(
      "invalid-number",
      `the partial-year figure must be 0 or more, got ${partial}`
    );
  }
  const usable = history2.filter(
    (h2) => Number.isFinite(h2.partial) && Number.isFinite(h2.full) && h2.full > 0 && h2.partial >= 0
  );
  const totalPartial = usable.reduce((sum, h2) => sum + h2.partial, 0);
  const totalFull = usable.reduce((sum, h2) => sum + h2.full, 0);
  if (usable.length === 0 || totalPartial === 0) {
    throw new IvpError(
      "invalid-number",
      "a projection needs an earlier year with figures for the same months (above 0) and for the full year"
    );
  }
  const shares = usable.map((h2) => ({ ...h2, share: h2.partial / h2.full }));
  const share = totalPartial / totalFull;
  const smallest = Math.min(...shares.map((s) => s.share));
  const largest = Math.max(...shares.map((s) => s.share));
  const partialInterval = Number.isInteger(partial) && partial <= MAX_COUNT ? exactPoissonInterval({ count: partial, confidence: options.confidence ?? 0.95 }) : null;
  const low = (partialInterval == null ? void 0 : partialInterval.lower) ?? partial;
  const high = (partialInterval == null ? void 0 : partialInterval.upper) ?? partial;
  return {
    partial,
    shares,
    share,
    value: partial / share,
    partialInterval,
    lower: low / largest,
    upper: smallest === 0 ? null : high / smallest,
    interval: projectionInterval(partial, shares, share, options)
  };
}
function isCount$1(value) {
  return Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}
function projectionInterval(partial, shares, share, options) {
  const coverage = options.coverage ?? 0.95;
  if (!(coverage > 0 && coverage < 1)) {
    throw new IvpError(
      "invalid-number",
      `the coverage must lie between 0 and 1 (e.g. 0.95), got ${coverage}`
    );
  }
  const dispersion = options.dispersion ?? 1;
  if (!(Number.isFinite(dispersion) && dispersion >= 1)) {
    throw new IvpError("invalid-number", `the dispersion must be 1 or more, got ${dispersion}`);
  }
  const k = shares.length;
  let standardError;
  let quantile;
  let df;
  let method3;
  if (k >= 2) {
    const mean = shares.reduce((sum, s) => sum + s.share, 0) / k;
    const variance = shares.reduce((sum, s) => sum + (s.share - mean) ** 2, 0) / (k - 1);
    standardError = Math.sqrt(variance * (1 + 1 / k));
    df = k - 1;
    quantile = studentTQuantile(1 - (1 - coverage) / 2, df);
    method3 = "t-prediction";
  } else {
    const [only] = shares;
    if (!isCount$1(partial) || !isCount$1(only.partial) || !isCount$1(only.full)) return null;
    const thisYear = Math.max(1, partial / share);
    standardError = Math.sqrt(dispersion * share * (1 - share) * (1 / only.full + 1 / thisYear));
    df = null;
    quantile = normalQuantile(1 - (1 - coverage) / 2);
    method3 = "binomial";
  }
  const shareLower = share - quantile * standardError;
  const shareUpper = Math.min(1, share + quantile * standardError);
  const numerator = partial === 0 ? exactPoissonInterval({ count: 0, confidence: coverage }).upper : partial;
  return {
    lower: Math.max(partial, partial / shareUpper),
    upper: shareLower > 0 ? numerator / shareLower : null,
    coverage,
    method: method3,
    share: { lower: shareLower, upper: shareUpper, standardError, quantile, df }
  };
}
function gcd(a, b) {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}
function rational(num, den = 1n) {
  if (den === 0n) throw new RangeError("rational: zero denominator");
  const sign2 = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: sign2 * num / g, den: sign2 * den / g };
}
function rationalFromNumber(value) {
  if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return rationalFromDecimalString(String(value));
}
var DECIMAL$1 = /^([+-]?)(\d+)(?:[.,](\d+))?(?:e([+-]?\d+))?$/i;
function rationalFromDecimalString(text) {
  const { num, den } = decimalFraction(text);
  return rational(num, den);
}
function decimalFraction(text) {
  const match = DECIMAL$1.exec(text.trim());
  if (!match) throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`);
  const [, sign2 = "", whole = "0", fraction = "", exponentText = "0"] = match;
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  const exponent = Number(exponentText);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return { num: sign2 === "-" ? -num : num, den };
}
function roundNumberScaled(value, decimals, mode = "half-away-from-zero") {
  if (Number.isSafeInteger(value))
    return roundScaled({ num: BigInt(value), den: 1n }, decimals, mode);
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return roundScaled(decimalFraction(String(value)), decimals, mode);
}
function add(a, b) {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}
function subtract(a, b) {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}
function multiply(a, b) {
  return rational(a.num * b.num, a.den * b.den);
}
function divide(a, b) {
  if (b.num === 0n) throw new RangeError("rational: division by zero");
  return rational(a.num * b.den, a.den * b.num);
}
function abs(a) {
  return a.num < 0n ? rational(-a.num, a.den) : a;
}
function sign(a) {
  return a.num === 0n ? 0 : a.num < 0n ? -1 : 1;
}
function compare$1(a, b) {
  return sign(subtract(a, b));
}
var EXACT_IN_A_DOUBLE = 2n ** 53n;
var DIGITS_TO_ROUND_CORRECTLY = 800;
function toNumber(a) {
  const negative = a.num < 0n;
  const magnitude = negative ? -a.num : a.num;
  if (magnitude <= EXACT_IN_A_DOUBLE && a.den <= EXACT_IN_A_DOUBLE) {
    return Number(a.num) / Number(a.den);
  }
  const shift = a.den.toString().length - magnitude.toString().length + DIGITS_TO_ROUND_CORRECTLY;
  const numerator = shift >= 0 ? magnitude * 10n ** BigInt(shift) : magnitude;
  const denominator = shift >= 0 ? a.den : a.den * 10n ** BigInt(-shift);
  const quotient = numerator / denominator;
  const sticky = numerator % denominator === 0n ? "" : "1";
  const value = Number.parseFloat(`${quotient}${sticky}e${-shift - sticky.length}`);
  return negative ? -value : value;
}
function roundScaled(a, decimals, mode = "half-away-from-zero") {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  }
  const scaled = a.num * 10n ** BigInt(decimals);
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const quotient = magnitude / a.den;
  const remainder = magnitude % a.den;
  let rounded = quotient;
  switch (mode) {
    case "half-away-from-zero":
      if (2n * remainder >= a.den) rounded += 1n;
      break;
    case "half-even":
      if (2n * remainder > a.den || 2n * remainder === a.den && quotient % 2n === 1n) {
        rounded += 1n;
      }
      break;
    case "floor":
      if (negative && remainder !== 0n) rounded += 1n;
      break;
    case "ceil":
      if (!negative && remainder !== 0n) rounded += 1n;
      break;
  }
  return negative ? -rounded : rounded;
}
function round(a, decimals, mode = "half-away-from-zero") {
  return rational(roundScaled(a, decimals, mode), 10n ** BigInt(decimals));
}
function formatScaledMagnitude(scaled, decimals, separator3) {
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  if (decimals === 0) return digits;
  return `${digits.slice(0, -decimals)}${separator3}${digits.slice(-decimals)}`;
}
function decimalsOf$1(value) {
  const { den } = rationalFromNumber(value);
  let decimals = 0;
  while (10n ** BigInt(decimals) % den !== 0n) decimals++;
  return decimals;
}
function roundingFor(target, baseline, conventions, unit) {
  if (target.rounding) return { ...target.rounding, source: "target" };
  if (conventions == null ? void 0 : conventions.targetRounding) return { ...conventions.targetRounding, source: "conventions" };
  if (unit !== void 0 && unit !== "count") return null;
  return { mode: "half-away-from-zero", decimals: decimalsOf$1(baseline.value), source: "default" };
}
function applyChange$1(baseline, change) {
  const factor = divide(add(rational(100n), rationalFromNumber(change)), rational(100n));
  return multiply(rationalFromNumber(baseline), factor);
}
function resolveTarget(options) {
  const { target, baseline, conventions } = options;
  const preference = (conventions == null ? void 0 : conventions.targetPreference) ?? "stated-value";
  const stated = target.value ?? null;
  const base = {
    kind: target.kind,
    period: target.period,
    asPrinted: target.asPrinted ?? null,
    stated,
    change: target.change ?? null,
    preference,
    bound: target.kind === "maximum" ? "at-most" : target.kind === "minimum" ? "at-least" : "direction",
    illustrative: target.illustrative === true
  };
  switch (target.kind) {
    case "absolute":
    case "maximum":
    case "minimum":
      return {
        ...base,
        resolved: null,
        resolvedExact: null,
        rounding: null,
        value: stated,
        valueSource: stated === null ? null : "stated",
        consistent: null
      };
    case "keep-level": {
      const level = stated ?? (baseline == null ? void 0 : baseline.value) ?? null;
      return {
        ...base,
        resolved: level,
        resolvedExact: null,
        rounding: null,
        value: level,
        valueSource: stated !== null ? "stated" : level === null ? null : "resolved",
        consistent: null
      };
    }
    case "relative": {
      if (!baseline || target.change === void 0) {
        return {
          ...base,
          resolved: null,
          resolvedExact: null,
          rounding: null,
          value: stated,
          valueSource: stated === null ? null : "stated",
          consistent: null
        };
      }
      const rounding = roundingFor(target, baseline, conventions, options.unit);
      const exact = applyChange$1(baseline.value, target.change);
      const resolved = rounding ? Number(roundScaled(exact, rounding.decimals, rounding.mode)) / 10 ** rounding.decimals : toNumber(exact);
      const useStated = stated !== null && preference === "stated-value";
      return {
        ...base,
        resolved,
        resolvedExact: toNumber(exact),
        rounding,
        value: useStated ? stated : resolved,
        valueSource: useStated ? "stated" : "resolved",
        // An unrounded value agrees with a printed one that is it rounded to
        // the printed decimals (1,36 with "1,4").
        consistent: stated === null ? null : rounding ? stated === resolved : Number(roundScaled(exact, decimalsOf$1(stated))) / 10 ** decimalsOf$1(stated) === stated
      };
    }
  }
}
function ratePer(count, population, base, options = {}) {
  if (count === null || population === null) return null;
  const decimals = options.decimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be a whole number from 0 to 6, got ${decimals}`);
  }
  const inhabitants = rationalFromNumber(population);
  if (inhabitants.num <= 0n) return null;
  const rate = divide(multiply(rationalFromNumber(count), rational(BigInt(base))), inhabitants);
  return Number(roundScaled(rate, decimals)) / 10 ** decimals;
}
function deriveSecondHalf(fullYear2, firstHalf2) {
  return toNumber(subtract(rationalFromNumber(fullYear2), rationalFromNumber(firstHalf2)));
}
function sumParts(values) {
  let total = rationalFromNumber(0);
  for (const value of values) total = add(total, rationalFromNumber(value));
  return toNumber(total);
}
function rateBaseOf(unit) {
  if (unit === "rate-per-1000") return 1e3;
  if (unit === "rate-per-10000") return 1e4;
  if (unit === "rate-per-100000") return 1e5;
  return null;
}
function rateDefinition(series) {
  if (!(series == null ? void 0 : series.rate)) return null;
  const per = rateBaseOf(series.unit);
  return per === null ? null : { ...series.rate, per };
}
function exactRate(count, population, per) {
  const inhabitants = rationalFromNumber(population);
  if (inhabitants.num <= 0n) return null;
  return toNumber(divide(multiply(rationalFromNumber(count), rational(BigInt(per))), inhabitants));
}
function resolveValue(context, series, area, period2, options = {}) {
  const p = typeof period2 === "string" ? parsePeriodOrThrow(period2) : period2;
  return resolve(context, series, area, p, options.depth ?? 2);
}
function resolve(context, series, area, p, depth) {
  var _a3, _b2;
  const code = formatPeriodCode(p);
  const observed = context.index.getAll(series, area, code).find((o) => o.value !== null);
  if (observed && observed.value !== null) {
    return { status: "observed", value: observed.value, period: code, observation: observed };
  }
  const missing = { status: "missing", period: code };
  if (depth <= 0) return missing;
  const next = depth - 1;
  const kind = periodKind(p);
  if (kind === "half-year") {
    const year = resolve(context, series, area, fullYear(p.year), next);
    const otherHalf = resolve(
      context,
      series,
      area,
      p.startMonth === 7 ? firstHalf(p.year) : secondHalf(p.year),
      next
    );
    if (year.status !== "missing" && otherHalf.status !== "missing" && otherHalf.status !== "derived") {
      return {
        status: "derived",
        value: deriveSecondHalf(year.value, otherHalf.value),
        period: code,
        rule: p.startMonth === 7 ? "second-half" : "first-half",
        inputs: [year, otherHalf]
      };
    }
  }
  if (kind === "year") {
    const h1 = context.index.get(series, area, firstHalf(p.year));
    const h2 = context.index.get(series, area, secondHalf(p.year));
    if (h1 && h2 && h1.value !== null && h2.value !== null) {
      return {
        status: "derived",
        value: sumParts([h1.value, h2.value]),
        period: code,
        rule: "full-year",
        inputs: [
          { status: "observed", value: h1.value, period: h1.period, observation: h1 },
          { status: "observed", value: h2.value, period: h2.period, observation: h2 }
        ]
      };
    }
  }
  const definition = (_a3 = context.series) == null ? void 0 : _a3.get(series);
  if ((_b2 = definition == null ? void 0 : definition.parts) == null ? void 0 : _b2.complete) {
    const parts = definition.parts.series.map((part) => resolve(context, part, area, p, next));
    const found = parts.filter(
      (part) => part.status !== "missing"
    );
    if (found.length === parts.length) {
      return {
        status: "derived",
        value: sumParts(found.map((part) => part.value)),
        period: code,
        rule: "sum-of-parts",
        inputs: parts
      };
    }
  }
  const rate = rateDefinition(definition);
  if (rate) {
    const count = resolve(context, rate.count, area, p, next);
    let population = resolve(context, rate.population, area, p, next);
    if (population.status === "missing" && periodKind(p) !== "year") {
      population = resolve(context, rate.population, area, fullYear(p.year), next);
    }
    if (count.status !== "missing" && population.status !== "missing") {
      const value = exactRate(count.value, population.value, rate.per);
      if (value !== null) {
        return {
          status: "derived",
          value,
          period: code,
          rule: "rate",
          inputs: [count, population]
        };
      }
    }
    return { ...missing, rateInputs: { count, population } };
  }
  return missing;
}
function figureSources(definition, id) {
  var _a3;
  const rate = rateDefinition(definition);
  return [
    id,
    ...((_a3 = definition == null ? void 0 : definition.parts) == null ? void 0 : _a3.complete) ? definition.parts.series : [],
    ...rate ? [rate.count] : []
  ];
}
function toPeriodValue(resolved) {
  return {
    period: resolved.period,
    value: resolved.value,
    derivation: resolved.status === "observed" ? "observed" : resolved.rule
  };
}
function find(context, series, area, period2) {
  const resolved = resolveValue(context, series, area, period2);
  return resolved.status === "missing" ? null : toPeriodValue(resolved);
}
function partialYearHistory(context, seriesId, area, months, years) {
  const history2 = [];
  for (const year of years) {
    if (year >= months.year) continue;
    const partial = find(context, seriesId, area, { ...months, year });
    const full = find(context, seriesId, area, fullYear(year));
    if (partial && full) history2.push({ year, partial: partial.value, full: full.value });
  }
  return history2;
}
function exactly(value, times, over) {
  return toNumber(
    divide(
      multiply(rationalFromNumber(value), rationalFromNumber(times)),
      rationalFromNumber(over)
    )
  );
}
function intervalAt(context, series, area, period2, value) {
  var _a3;
  return (_a3 = context.index.getAll(series, area, period2).find((o) => o.value === value && o.interval)) == null ? void 0 : _a3.interval;
}
function ratePerOf(unit) {
  return rateBaseOf(unit);
}
function rateBasis(context, unit, seriesId, area, period2, value) {
  var _a3, _b2;
  const per = rateBaseOf(unit);
  const declared = (_b2 = (_a3 = context.series) == null ? void 0 : _a3.get(seriesId)) == null ? void 0 : _b2.rate;
  if (per === null || !declared) return void 0;
  const count = find(context, declared.count, area, period2);
  const p = parsePeriodOrThrow(period2);
  const population = find(context, declared.population, area, p) ?? find(context, declared.population, area, fullYear(p.year));
  if (!count || !population || population.value <= 0) return void 0;
  const rate = ratePer(count.value, population.value, per, {
    decimals: Math.min(6, decimalsOf$1(value))
  });
  const matches = rate === value || exactRate(count.value, population.value, per) === value;
  return matches ? { count: count.value, exposure: population.value } : void 0;
}
function compare(context, unit, seriesId, area, baseline, targetValue2, latest) {
  const baselinePeriod = parsePeriodOrThrow(baseline.period);
  const latestPeriod = parsePeriodOrThrow(latest.period);
  if (latestPeriod.year <= baselinePeriod.year) return null;
  const toSide = {
    value: latest.value,
    interval: intervalAt(context, seriesId, area, latest.period, latest.value),
    ...rateBasis(context, unit, seriesId, area, latest.period, latest.value)
  };
  if (arePeriodsComparable(baselinePeriod, latestPeriod)) {
    const from = {
      period: baseline.period,
      value: baseline.value,
      derivation: "baseline"
    };
    return {
      comparison: {
        method: "same-period",
        from,
        to: latest,
        baseline: baseline.value,
        target: targetValue2,
        current: latest.value
      },
      sides: {
        from: {
          value: baseline.value,
          interval: intervalAt(context, seriesId, area, baseline.period, baseline.value),
          ...rateBasis(context, unit, seriesId, area, baseline.period, baseline.value)
        },
        to: toSide
      }
    };
  }
  if (periodKind(baselinePeriod) !== "year") return null;
  const months = { ...latestPeriod, year: baselinePeriod.year };
  const sameMonths = find(context, seriesId, area, months);
  if (sameMonths && baseline.value !== 0) {
    return {
      comparison: {
        method: "same-months",
        from: sameMonths,
        to: latest,
        scale: exactly(sameMonths.value, 1, baseline.value),
        baseline: sameMonths.value,
        target: targetValue2 === null ? null : exactly(targetValue2, sameMonths.value, baseline.value),
        current: latest.value
      },
      sides: {
        from: {
          value: sameMonths.value,
          interval: intervalAt(context, seriesId, area, sameMonths.period, sameMonths.value),
          ...rateBasis(context, unit, seriesId, area, sameMonths.period, sameMonths.value)
        },
        to: toSide
      }
    };
  }
  if (unit !== "count") return null;
  const years = [
    ...new Set(context.index.series(seriesId, area).map((o) => parsePeriodOrThrow(o.period).year))
  ].sort((a, b) => a - b);
  const history2 = partialYearHistory(context, seriesId, area, latestPeriod, years);
  if (!history2.some((h2) => h2.full > 0 && h2.partial > 0)) return null;
  const projection = projectFullYear({ partial: latest.value, history: history2 });
  return {
    comparison: {
      method: "projection",
      from: {
        period: formatPeriodCode(baselinePeriod),
        value: baseline.value,
        derivation: "baseline"
      },
      to: latest,
      projection,
      baseline: baseline.value,
      target: targetValue2,
      current: projection.value
    },
    sides: {
      from: { value: baseline.value, exposure: 1 },
      to: { value: latest.value, exposure: projection.share }
    }
  };
}
function comparableHistory(context, series, area, period2) {
  var _a3;
  const years = /* @__PURE__ */ new Set();
  for (const id of figureSources((_a3 = context.series) == null ? void 0 : _a3.get(series), series)) {
    for (const o of context.index.series(id, area)) years.add(parsePeriodOrThrow(o.period).year);
  }
  const history2 = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    if (year >= period2.year) continue;
    const earlier = find(context, series, area, { ...period2, year });
    if (earlier)
      history2.push({ period: formatPeriodCode({ ...period2, year }), year, value: earlier.value });
  }
  return history2;
}
function allCounts(values) {
  return values.every((v) => Number.isInteger(v) && v >= 0 && v <= MAX_COUNT);
}
function seriesTrend(context, series, area, latest, period2, alpha) {
  const points = [
    ...comparableHistory(context, series, area, period2),
    { period: latest.period, year: period2.year, value: latest.value }
  ];
  const counts = points.map((p) => p.value);
  if (!allCounts(counts)) return null;
  const test = testPoissonTrend({ counts, times: points.map((p) => p.year), alpha });
  return test ? { periods: points.map((p) => p.period), test } : null;
}
var PROGRESS_THRESHOLDS = Object.freeze({ substantial: 0.95, moderate: 0.6 });
function atLeastAsGood(value, reference, direction, bound) {
  if (bound === "at-most") return value <= reference;
  if (bound === "at-least") return value >= reference;
  return direction === "lower-is-better" ? value <= reference : value >= reference;
}
function statusForRatio(ratio) {
  if (ratio >= PROGRESS_THRESHOLDS.substantial) return "substantial-progress";
  if (ratio >= PROGRESS_THRESHOLDS.moderate) return "moderate-progress";
  if (ratio >= 0) return "limited-progress";
  return "deterioration";
}
function ratioOf(options) {
  const { baseline, target, current, elapsedYears, totalYears } = options;
  const directionSign = options.direction === "higher-is-better" ? 1 : -1;
  if (target === baseline) {
    return {
      method: "no-change-required",
      directionSign,
      observed: null,
      required: null,
      value: null
    };
  }
  const cagr = baseline > 0 && target > 0 && current >= 0;
  const observed = cagr ? (current / baseline) ** (1 / elapsedYears) - 1 : (current - baseline) / elapsedYears;
  const required = cagr ? (target / baseline) ** (1 / totalYears) - 1 : (target - baseline) / totalYears;
  return {
    method: cagr ? "cagr" : "absolute",
    directionSign,
    observed,
    required,
    value: directionSign * observed / Math.abs(required)
  };
}
function measureProgress(options) {
  const { baseline, target, current, elapsedYears, totalYears, direction } = options;
  if (![baseline, target, current].every(Number.isFinite)) {
    throw new IvpError("invalid-number", "baseline, target and current value must be numbers");
  }
  if (!(elapsedYears > 0 && totalYears > 0)) {
    throw new IvpError(
      "invalid-number",
      `progress needs time after the baseline: elapsed ${elapsedYears}, total ${totalYears} years`
    );
  }
  const bound = options.bound ?? "direction";
  const targetAchieved = atLeastAsGood(current, target, direction, bound);
  const timeFraction = Math.min(1, elapsedYears / totalYears);
  const expected = baseline + (target - baseline) * timeFraction;
  const ratio = ratioOf(options);
  let status;
  if (targetAchieved) status = "target-achieved";
  else if (ratio.value === null) status = "deterioration";
  else status = statusForRatio(ratio.value);
  return {
    baseline,
    target,
    current,
    elapsedYears,
    totalYears,
    bound,
    targetAchieved,
    // + 0 turns -0 (no change toward a lower target) into 0.
    fractionOfWay: target === baseline ? null : (current - baseline) / (target - baseline) + 0,
    timeFraction,
    expected,
    onTrack: atLeastAsGood(current, expected, direction, bound),
    ratio,
    thresholds: PROGRESS_THRESHOLDS,
    status
  };
}
function exactPercentChange(from, to) {
  const base = rationalFromNumber(from);
  if (base.num === 0n) return null;
  const difference = subtract(rationalFromNumber(to), base);
  return multiply(divide(difference, abs(base)), rational(100n));
}
function roundPercentChange(from, to, options = {}) {
  const decimals = options.decimals ?? 0;
  const change = exactPercentChange(from, to);
  if (change === null) return null;
  return Number(roundScaled(change, decimals)) / 10 ** decimals;
}
function changeUnitOf(unit) {
  if (unit === "percentage") return "percentage-points";
  if (unit === "grade") return "points";
  return "percent";
}
function changeOf(from, to, unit) {
  const changeUnit = changeUnitOf(unit);
  if (changeUnit !== "percent") {
    return {
      from,
      to,
      unit: changeUnit,
      // Exactly in decimals: 1.5 - 1.7 is -0.2, not -0.19999999999999996.
      difference: toNumber(subtract(rationalFromNumber(to), rationalFromNumber(from))),
      percent: null,
      exact: null
    };
  }
  const exact = exactPercentChange(from, to);
  return {
    from,
    to,
    unit: changeUnit,
    difference: null,
    // Half away from zero, exactly, as the figure tables print changes.
    percent: exact === null ? null : Number(roundScaled(exact, 0)),
    exact: exact === null ? null : toNumber(exact)
  };
}
var MIN_DISPERSION_PERIODS = 4;
function checkCounts(counts) {
  counts.forEach((count, i) => {
    assertCount(count, `count ${i + 1} of the series`);
  });
}
function interceptOnlyFit(counts) {
  const n = counts.length;
  if (n < MIN_DISPERSION_PERIODS) return null;
  const mean = counts.reduce((sum, y) => sum + y, 0) / n;
  if (mean === 0) return null;
  const chiSquare = counts.reduce((sum, y) => sum + (y - mean) ** 2, 0) / mean;
  return { chiSquare, df: n - 1 };
}
function estimate(chiSquare, df, periods) {
  const phi = chiSquare / df;
  return { phi, used: Math.max(1, phi), pearsonChiSquare: chiSquare, df, periods };
}
function estimateDispersion(counts) {
  checkCounts(counts);
  const fit = interceptOnlyFit(counts);
  return fit === null ? null : estimate(fit.chiSquare, fit.df, counts.length);
}
function seriesDispersion(context, series, area, period2) {
  const history2 = comparableHistory(context, series, area, period2);
  const values = history2.map((h2) => h2.value);
  if (!allCounts(values)) return null;
  const estimate2 = estimateDispersion(values);
  if (!estimate2) return null;
  return {
    estimate: estimate2.phi,
    used: estimate2.used,
    periods: history2.map((h2) => h2.period)
  };
}
function compareOverdispersedRates(options) {
  const { count1: x1, count2: x2, dispersion } = options;
  const t1 = options.exposure1 ?? 1;
  const t2 = options.exposure2 ?? 1;
  const confidence = options.confidence ?? 0.95;
  assertCount(x1, "the first count");
  assertCount(x2, "the second count");
  assertExposure(t1, "the first exposure");
  assertExposure(t2, "the second exposure");
  assertExposure(dispersion, "the dispersion");
  const tail = halfAlpha(confidence);
  const phi = Math.max(1, dispersion);
  const k1 = x1 / phi;
  const k2 = x2 / phi;
  const n = k1 + k2;
  const p = t1 / (t1 + t2);
  const base = {
    count1: x1,
    count2: x2,
    exposure1: t1,
    exposure2: t2,
    expectedCount1: (x1 + x2) * p,
    dispersion: phi,
    effectiveCounts: [k1, k2]
  };
  if (n === 0) {
    return {
      ...base,
      rateRatio: null,
      pValue: 1,
      confidenceInterval: { lower: 0, upper: null, confidence }
    };
  }
  const atLeast = k1 === 0 ? 1 : regularizedBeta(p, k1, k2 + 1).lower;
  const atMost = k2 === 0 ? 1 : regularizedBeta(p, k1 + 1, k2).upper;
  const lower = k1 === 0 ? 0 : betaQuantile(tail, k1, k2 + 1);
  const upper = k2 === 0 ? 1 : betaQuantile(tail, k1 + 1, k2, "upper");
  const toRatio = (pi) => pi / (1 - pi) * t2 / t1;
  return {
    ...base,
    rateRatio: x2 === 0 ? null : x1 / t1 / (x2 / t2),
    pValue: Math.min(1, 2 * Math.min(atLeast, atMost)),
    confidenceInterval: {
      lower: toRatio(lower),
      upper: upper === 1 ? null : toRatio(upper),
      confidence
    }
  };
}
function check(estimate2, name) {
  const { value, lower, upper } = estimate2;
  if (![value, lower, upper].every(Number.isFinite) || !(lower <= value && value <= upper)) {
    throw new IvpError(
      "invalid-number",
      `the ${name} figure needs lower <= value <= upper, got ${lower} <= ${value} <= ${upper}`
    );
  }
}
function compareSurveyEstimates(options) {
  const { earlier, later } = options;
  const confidence = options.confidence ?? 0.95;
  check(earlier, "earlier");
  check(later, "later");
  const z = normalQuantile(1 - halfAlpha(confidence));
  const se1 = (earlier.upper - earlier.lower) / (2 * z);
  const se2 = (later.upper - later.lower) / (2 * z);
  const se = Math.hypot(se1, se2);
  const difference = toNumber(
    subtract(rationalFromNumber(later.value), rationalFromNumber(earlier.value))
  );
  if (se === 0) {
    throw new IvpError(
      "invalid-number",
      "both survey intervals have zero width; a comparison needs at least one margin"
    );
  }
  const statistic = difference / se;
  return {
    difference,
    standardErrors: [se1, se2],
    standardError: se,
    z: statistic,
    pValue: Math.min(1, 2 * normalCdf(-Math.abs(statistic))),
    confidenceInterval: { lower: difference - z * se, upper: difference + z * se, confidence }
  };
}
function binomialCdf(k, n, p) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return regularizedBeta(p, k + 1, n - k).upper;
}
function binomialSurvival(k, n, p) {
  if (k < 0) return 1;
  if (k >= n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return regularizedBeta(p, k + 1, n - k).lower;
}
var RELATIVE_TOLERANCE = 1 + 1e-7;
function countAtMost(from, to, limit, pmf, farEnd) {
  let lo = from;
  let hi = to;
  if (farEnd === "high") {
    if (pmf(to) > limit) return 0;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (pmf(mid) <= limit) hi = mid;
      else lo = mid + 1;
    }
    return to - lo + 1;
  }
  if (pmf(from) > limit) return 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (pmf(mid) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo - from + 1;
}
function binomialTwoSidedPValue(x, n, p) {
  if (p === 0) return x === 0 ? 1 : 0;
  if (p === 1) return x === n ? 1 : 0;
  const pmf = (i) => binomialPmf(i, n, p);
  const d = pmf(x);
  const m = n * p;
  if (x === m) return 1;
  const limit = d * RELATIVE_TOLERANCE;
  let pValue;
  if (x < m) {
    const y = countAtMost(Math.ceil(m), n, limit, pmf, "high");
    pValue = binomialCdf(x, n, p) + binomialSurvival(n - y, n, p);
  } else {
    const y = countAtMost(0, Math.floor(m), limit, pmf, "low");
    pValue = binomialCdf(y - 1, n, p) + binomialSurvival(x - 1, n, p);
  }
  return Math.min(1, pValue);
}
function clopperPearson(x, n, confidence) {
  const tail = halfAlpha(confidence);
  return {
    lower: x === 0 ? 0 : betaQuantile(tail, x, n - x + 1),
    // Stryker disable next-line StringLiteral: equivalent, betaQuantile takes any tail other than "lower" as the upper one
    upper: x === n ? 1 : betaQuantile(tail, x + 1, n - x, "upper"),
    confidence
  };
}
function comparePoissonRates(options) {
  const { count1: x1, count2: x2 } = options;
  const t1 = options.exposure1 ?? 1;
  const t2 = options.exposure2 ?? 1;
  const confidence = options.confidence ?? 0.95;
  const key2 = `${x1},${x2},${t1},${t2},${confidence}`;
  const known = MEMO.get(key2);
  if (known) return { ...known, confidenceInterval: { ...known.confidenceInterval } };
  const computed2 = computePoissonComparison(x1, x2, t1, t2, confidence);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(key2, computed2);
  return { ...computed2, confidenceInterval: { ...computed2.confidenceInterval } };
}
var MEMO = /* @__PURE__ */ new Map();
var MEMO_LIMIT = 5e4;
function computePoissonComparison(x1, x2, t1, t2, confidence) {
  assertCount(x1, "the first count");
  assertCount(x2, "the second count");
  assertExposure(t1, "the first exposure");
  assertExposure(t2, "the second exposure");
  halfAlpha(confidence);
  const n = x1 + x2;
  const p = t1 / (t1 + t2);
  const base = { count1: x1, count2: x2, exposure1: t1, exposure2: t2, expectedCount1: n * p };
  if (n === 0) {
    return {
      ...base,
      rateRatio: null,
      pValue: 1,
      confidenceInterval: { lower: 0, upper: null, confidence }
    };
  }
  const interval = clopperPearson(x1, n, confidence);
  const toRatio = (pi) => pi / (1 - pi) * t2 / t1;
  return {
    ...base,
    rateRatio: x2 === 0 ? null : x1 / t1 / (x2 / t2),
    pValue: binomialTwoSidedPValue(x1, n, p),
    confidenceInterval: {
      lower: toRatio(interval.lower),
      upper: interval.upper === 1 ? null : toRatio(interval.upper),
      confidence
    }
  };
}
function isRate(unit) {
  return unit === "rate-per-1000" || unit === "rate-per-10000" || unit === "rate-per-100000";
}
function tested(test, comparison, alpha) {
  return {
    test,
    alpha,
    pValue: comparison.pValue,
    distinguishableFromChance: comparison.pValue < alpha,
    comparison
  };
}
function isCount(value) {
  return Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}
function assessChangeSignificance(options) {
  const { from, to, unit } = options;
  const alpha = options.alpha ?? 0.05;
  if (from.value === null || to.value === null) return { test: "none", reason: "missing-value" };
  if (unit === "count") {
    if (!isCount(from.value) || !isCount(to.value)) return { test: "none", reason: "not-a-count" };
    const counts = {
      count1: to.value,
      count2: from.value,
      exposure1: to.exposure ?? 1,
      exposure2: from.exposure ?? 1,
      confidence: 1 - alpha
    };
    const dispersion = options.dispersion ?? 1;
    return dispersion > 1 ? tested("quasi-poisson", compareOverdispersedRates({ ...counts, dispersion }), alpha) : tested("poisson-exact", comparePoissonRates(counts), alpha);
  }
  if (isRate(unit) && from.count !== void 0 && to.count !== void 0) {
    if (!isCount(from.count) || !isCount(to.count)) return { test: "none", reason: "not-a-count" };
    const comparison2 = comparePoissonRates({
      count1: to.count,
      count2: from.count,
      exposure1: to.exposure ?? 1,
      exposure2: from.exposure ?? 1,
      confidence: 1 - alpha
    });
    return tested("poisson-exact", comparison2, alpha);
  }
  if (!from.interval || !to.interval) return { test: "none", reason: "no-intervals" };
  const comparison = compareSurveyEstimates({
    earlier: { value: from.value, ...from.interval },
    later: { value: to.value, ...to.interval },
    confidence: options.intervalConfidence ?? 0.95
  });
  return tested("survey-intervals", comparison, alpha);
}
function side(context, unit, series, area, at) {
  var _a3;
  const interval = (_a3 = context.index.getAll(series, area, at.period).find((o) => o.value === at.value && o.interval)) == null ? void 0 : _a3.interval;
  return {
    value: at.value,
    ...interval && { interval },
    ...rateBasis(context, unit, series, area, at.period, at.value)
  };
}
function previousPeriodChange(context, options) {
  const { unit, series, area, latest } = options;
  const period2 = parsePeriodOrThrow(latest.period);
  const previous = comparableHistory(context, series, area, period2).at(-1);
  if (!previous) return null;
  const from = find(context, series, area, formatPeriodCode({ ...period2, year: previous.year }));
  if (!from) return null;
  const dispersion = unit === "count" ? seriesDispersion(context, series, area, period2) : null;
  return {
    from,
    to: latest,
    change: changeOf(from.value, latest.value, unit),
    significance: assessChangeSignificance({
      unit,
      from: side(context, unit, series, area, from),
      to: side(context, unit, series, area, latest),
      alpha: options.alpha ?? 0.05,
      dispersion: dispersion == null ? void 0 : dispersion.used
    })
  };
}
function endsOnOrBefore(period2, asOf) {
  return period2.year < asOf.year || period2.year === asOf.year && period2.endMonth <= asOf.endMonth;
}
function observationsAsOf(observations, asOf) {
  if (asOf === void 0) return observations;
  const end = typeof asOf === "string" ? parsePeriodOrThrow(asOf) : asOf;
  return observations.filter((o) => endsOnOrBefore(parsePeriodOrThrow(o.period), end));
}
function collectObservations(plan) {
  const result = [];
  plan.observations.forEach((block, blockIndex) => {
    const shared = {
      area: block.area ?? plan.municipality.code,
      origin: block.origin,
      ...block.table !== void 0 && { table: block.table },
      ...block.section !== void 0 && { section: block.section },
      ...block.quote !== void 0 && { quote: block.quote },
      ...block.source !== void 0 && { source: block.source }
    };
    if (block.periods && block.values) {
      for (const [series, row2] of Object.entries(block.values)) {
        row2.forEach((value, i) => {
          var _a3, _b2, _c;
          const period2 = (_a3 = block.periods) == null ? void 0 : _a3[i];
          if (period2 === void 0) return;
          const interval = (_c = (_b2 = block.intervals) == null ? void 0 : _b2[series]) == null ? void 0 : _c[i];
          result.push({
            ...shared,
            series,
            period: period2,
            value,
            ...interval && { interval },
            ref: { kind: "plan", path: ["observations", blockIndex, "values", series, i] }
          });
        });
      }
    } else if (block.series !== void 0 && block.period !== void 0 && block.value !== void 0) {
      result.push({
        ...shared,
        series: block.series,
        period: block.period,
        value: block.value,
        ...block.interval !== void 0 && { interval: block.interval },
        ref: { kind: "plan", path: ["observations", blockIndex, "value"] }
      });
    }
  });
  return result;
}
function key$1(series, area, period2) {
  return `${series}\0${area}\0${period2}`;
}
var ObservationIndex = (_a2 = class {
  constructor(observations) {
    __privateAdd(this, _byKey, /* @__PURE__ */ new Map());
    __privateAdd(this, _bySeriesArea, /* @__PURE__ */ new Map());
    for (const observation of observations) {
      const k = key$1(observation.series, observation.area, observation.period);
      const list2 = __privateGet(this, _byKey).get(k);
      if (list2) list2.push(observation);
      else __privateGet(this, _byKey).set(k, [observation]);
      const sa = key$1(observation.series, observation.area, "");
      const seriesList = __privateGet(this, _bySeriesArea).get(sa);
      if (seriesList) seriesList.push(observation);
      else __privateGet(this, _bySeriesArea).set(sa, [observation]);
    }
  }
  /**
   * The first observation of a series for an area in a period.
   *
   * @example
   * index.get("woninginbraken", "GM0417", firstHalf(2018))?.value //=> 26
   */
  get(series, area, period2) {
    return this.getAll(series, area, period2)[0];
  }
  /**
   * All observations of a series for an area in a period, in input order.
   *
   * @example
   * index.getAll("woninginbraken", "GM0417", "2017").map((o) => o.origin) //=> ["table", "text"]
   */
  getAll(series, area, period2) {
    const code = typeof period2 === "string" ? period2 : formatPeriodCode(period2);
    return __privateGet(this, _byKey).get(key$1(series, area, code)) ?? [];
  }
  /**
   * The observations of a series for an area, ordered by period (input order within a period).
   *
   * @example
   * index.series("geweld", "GM0417").map((o) => o.period).slice(0, 3) //=> ["2013", "2014", "2015-H1"]
   */
  series(series, area) {
    const list2 = __privateGet(this, _bySeriesArea).get(key$1(series, area, "")) ?? [];
    return [...list2].sort(
      (a, b) => comparePeriods(parsePeriodOrThrow(a.period), parsePeriodOrThrow(b.period))
    );
  }
  /**
   * Every group of observations that share series, area and period.
   *
   * @example
   * // Laren's Tabel 2 and its text disagree on huiselijk geweld in 2015:
   * [...index.groups()].find((g) => new Set(g.map((o) => o.value)).size > 1)?.map((o) => o.value)
   * //=> [11, 13, 11]
   */
  *groups() {
    yield* __privateGet(this, _byKey).values();
  }
}, _byKey = new WeakMap(), _bySeriesArea = new WeakMap(), _a2);
function endsLater(a, b) {
  return a.year - b.year || a.endMonth - b.endMonth || b.startMonth - a.startMonth;
}
function candidatePeriods(index, series, seriesId, area) {
  const ids2 = figureSources(series, seriesId);
  const codes = /* @__PURE__ */ new Set();
  for (const id of ids2) {
    for (const o of index.series(id, area)) if (o.value !== null) codes.add(o.period);
  }
  return [...codes].map((code) => parsePeriodOrThrow(code));
}
function latestValue(context, series, seriesId, area, asOf) {
  const periods = candidatePeriods(context.index, series, seriesId, area).filter((p) => asOf === void 0 || endsOnOrBefore(p, asOf)).sort(endsLater).reverse();
  for (const period2 of periods) {
    const value = find(context, seriesId, area, period2);
    if (value) return value;
  }
  return null;
}
function inferDirection(indicator, target, baseline) {
  if (indicator.direction) return { value: indicator.direction, source: "declared" };
  if (!target) return null;
  if (target.kind === "maximum") return { value: "lower-is-better", source: "target" };
  if (target.kind === "minimum") return { value: "higher-is-better", source: "target" };
  const change = target.kind === "relative" ? target.change : target.kind === "absolute" && baseline !== null && target.value !== null ? target.value - baseline : null;
  if (change === null || change === 0) return null;
  return { value: change < 0 ? "lower-is-better" : "higher-is-better", source: "target" };
}
function assessProgress(plan, indicatorId, options = {}) {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (!indicator) {
    throw new IvpError(
      "unknown-reference",
      `the plan has no indicator "${indicatorId}" (indicators: ${plan.indicators.map((i) => i.id).join(", ") || "none"})`
    );
  }
  const asOf = options.asOf === void 0 ? void 0 : toPeriod(options.asOf);
  const index = options.index ?? new ObservationIndex(
    observationsAsOf([...collectObservations(plan), ...options.observations ?? []], asOf)
  );
  const seriesById = new Map(plan.series.map((s) => [s.id, s]));
  const context = { index, series: seriesById };
  const seriesId = indicator.series ?? indicator.id;
  const series = seriesById.get(seriesId);
  const area = plan.municipality.code;
  const goal = findIndicatorGoal(plan, indicator);
  const baseline = goal.baseline ? { ...goal.baseline.value, source: goal.baseline.source } : null;
  const latest = latestValue(context, series, seriesId, area, asOf);
  const chosen = chooseTarget(goal.targets, latest);
  const target = chosen ? {
    ...resolveTarget({
      target: chosen.value,
      baseline,
      conventions: plan.conventions,
      unit: indicator.unit
    }),
    source: chosen.source
  } : null;
  const direction = inferDirection(indicator, target, (baseline == null ? void 0 : baseline.value) ?? null);
  const warnings3 = goalWarnings(context, seriesId, area, baseline, target, direction);
  const built = baseline && latest ? compare(context, indicator.unit, seriesId, area, baseline, (target == null ? void 0 : target.value) ?? null, latest) : null;
  if ((built == null ? void 0 : built.comparison.method) === "projection" && built.comparison.projection.shares.length === 1) {
    const only = built.comparison.projection.shares[0];
    if (only) warnings3.push({ code: "projection-single-year", year: only.year });
  }
  const comparison = (built == null ? void 0 : built.comparison) ?? null;
  if (baseline) {
    const extreme = extremeBaseline(context, seriesId, area, baseline);
    if (extreme) warnings3.push(extreme);
  }
  const change = comparison ? changeOf(comparison.from.value, comparisonTo(comparison), indicator.unit) : null;
  const alpha = options.alpha ?? 0.05;
  const dispersion = built && indicator.unit === "count" ? seriesDispersion(context, seriesId, area, parsePeriodOrThrow(built.comparison.to.period)) : null;
  const significance = built ? assessChangeSignificance({
    unit: indicator.unit,
    from: built.sides.from,
    to: built.sides.to,
    alpha,
    dispersion: dispersion == null ? void 0 : dispersion.used
  }) : null;
  const baselinePeriod = baseline ? parsePeriodOrThrow(baseline.period) : null;
  const targetPeriod = target ? parsePeriodOrThrow(target.period) : null;
  let notAssessable = reasonNotAssessable(
    target,
    baselinePeriod,
    targetPeriod,
    direction,
    latest,
    comparison,
    warnings3
  );
  let measures = null;
  let verdict = null;
  if (notAssessable === null && (comparison == null ? void 0 : comparison.target) != null && direction && target && baselinePeriod && targetPeriod && latest) {
    const latestPeriod = parsePeriodOrThrow(latest.period);
    measures = measureProgress({
      direction: direction.value,
      bound: target.bound,
      baseline: comparison.baseline,
      target: comparison.target,
      current: comparison.current,
      elapsedYears: latestPeriod.year - baselinePeriod.year,
      totalYears: targetPeriod.year - baselinePeriod.year
    });
    const stage = latestPeriod.year >= targetPeriod.year && comparison.method === "same-period" ? "target-period" : "before-target-period";
    verdict = assessVerdict({
      unit: indicator.unit,
      direction: direction.value,
      bound: target.bound,
      comparison: { ...comparison, target: comparison.target },
      stage,
      timeFraction: measures.timeFraction,
      interval: intervalOf(context, seriesId, area, latest),
      rate: rateOf(indicator.unit, built == null ? void 0 : built.sides.to),
      tolerance: indicator.tolerance,
      significance,
      dispersion,
      alpha
    });
    if (verdict.versusBenchmark === null) {
      notAssessable = "no-margin";
      verdict = null;
    }
  }
  const previousChange = latest ? previousPeriodChange(context, { unit: indicator.unit, series: seriesId, area, latest, alpha }) : null;
  const automaticStatus = (verdict == null ? void 0 : verdict.status) ?? "not-assessable";
  const trend = latest && indicator.unit === "count" ? seriesTrend(context, seriesId, area, latest, parsePeriodOrThrow(latest.period), alpha) : null;
  const override = indicator.statusOverride ? { status: indicator.statusOverride.status, reason: indicator.statusOverride.reason } : null;
  return {
    indicator: indicator.id,
    label: indicator.label,
    unit: indicator.unit,
    series: seriesId,
    area,
    direction,
    baseline,
    target,
    latest,
    comparison,
    change,
    significance,
    previousChange,
    trend,
    measures,
    verdict,
    automaticStatus,
    notAssessable,
    override,
    status: (override == null ? void 0 : override.status) ?? automaticStatus,
    warnings: warnings3
  };
}
function extremeBaseline(context, seriesId, area, from) {
  const history2 = comparableHistory(context, seriesId, area, parsePeriodOrThrow(from.period));
  const values = history2.map((h2) => h2.value);
  if (!values.every(Number.isFinite)) return null;
  const extremity = baselineExtremity({ baseline: from.value, history: values });
  if (!(extremity == null ? void 0 : extremity.position)) return null;
  return {
    code: "baseline-extreme",
    position: extremity.position,
    period: from.period,
    value: from.value,
    history: history2.map((h2) => ({ period: h2.period, value: h2.value })),
    otherMean: extremity.otherMean
  };
}
function rateOf(unit, side2) {
  const per = ratePerOf(unit);
  if (per === null || (side2 == null ? void 0 : side2.count) === void 0 || side2.exposure === void 0) return void 0;
  return { count: side2.count, population: side2.exposure, per };
}
function intervalOf(context, seriesId, area, latest) {
  var _a3;
  return (_a3 = context.index.getAll(seriesId, area, latest.period).find((o) => o.value === latest.value && o.interval)) == null ? void 0 : _a3.interval;
}
function goalWarnings(context, seriesId, area, baseline, target, direction) {
  const warnings3 = [];
  if ((target == null ? void 0 : target.consistent) === false && target.stated !== null && target.resolved !== null) {
    warnings3.push({
      code: "target-disagrees-with-change",
      stated: target.stated,
      resolved: target.resolved,
      used: target.value ?? target.stated
    });
  }
  if (baseline && target && target.value !== null && direction && target.bound === "direction") {
    const worse = direction.value === "lower-is-better" ? target.value > baseline.value : target.value < baseline.value;
    if (worse)
      warnings3.push({
        code: "target-against-direction",
        baseline: baseline.value,
        target: target.value
      });
  }
  if (baseline) {
    const observed = find(context, seriesId, area, baseline.period);
    if (observed && observed.value !== baseline.value) {
      warnings3.push({
        code: "baseline-differs-from-observation",
        baseline: baseline.value,
        observed: observed.value,
        period: baseline.period
      });
    }
  }
  return warnings3;
}
function reasonNotAssessable(target, baselinePeriod, targetPeriod, direction, latest, comparison, warnings3) {
  if (!target || target.value === null) return "no-target";
  if (!baselinePeriod) return "no-baseline";
  if (!direction) return "no-direction";
  if (warnings3.some((w) => w.code === "target-against-direction")) return "inconsistent-target";
  if (!targetPeriod || targetPeriod.year <= baselinePeriod.year) return "target-not-after-baseline";
  if (!latest) return "no-observations";
  if (parsePeriodOrThrow(latest.period).year <= baselinePeriod.year) return "no-later-measurement";
  if (!comparison) return "incomparable-periods";
  return null;
}
function toPeriod(value) {
  if (typeof value !== "string") return value;
  const result = parsePeriod(value);
  if (!result.success) throw new IvpError(result.error.code, result.error.message);
  return result.data;
}
function chooseTarget(targets, latest) {
  if (targets.length <= 1 || !latest) return targets[0];
  const year = parsePeriodOrThrow(latest.period).year;
  const ordered = [...targets].sort(
    (a, b) => parsePeriodOrThrow(a.value.period).year - parsePeriodOrThrow(b.value.period).year
  );
  return ordered.find((t) => parsePeriodOrThrow(t.value.period).year >= year) ?? ordered.at(-1);
}
function comparisonTo(comparison) {
  return comparison.method === "projection" ? comparison.current : comparison.to.value;
}
function corrected(indicators2, method3) {
  var _a3, _b2, _c, _d;
  const pValues = [];
  for (const i of indicators2) {
    const p1 = (_b2 = (_a3 = i.verdict) == null ? void 0 : _a3.versusBenchmark) == null ? void 0 : _b2.test.pValue;
    const p2 = (_d = (_c = i.verdict) == null ? void 0 : _c.versusBaseline) == null ? void 0 : _d.pValue;
    if (p1 !== void 0 && p1 !== null) pValues.push(p1);
    if (p2 !== void 0 && p2 !== null) pValues.push(p2);
  }
  const adjusted = adjustPValues(pValues, method3);
  let next = 0;
  const take = (p) => p === void 0 || p === null ? void 0 : adjusted[next++];
  return indicators2.map((i) => {
    var _a4, _b3, _c2;
    if (!i.verdict) return i;
    const benchmark = take((_a4 = i.verdict.versusBenchmark) == null ? void 0 : _a4.test.pValue);
    const baseline = take((_b3 = i.verdict.versusBaseline) == null ? void 0 : _b3.pValue);
    const verdict = reviseVerdict(i.verdict, { benchmark, baseline });
    return {
      ...i,
      verdict,
      automaticStatus: verdict.status,
      status: ((_c2 = i.override) == null ? void 0 : _c2.status) ?? verdict.status
    };
  });
}
function assessPlanProgress(plan, options = {}) {
  var _a3;
  const period2 = typeof options.asOf === "string" ? parsePeriodOrThrow(options.asOf) : options.asOf;
  const index = options.index ?? new ObservationIndex(
    observationsAsOf([...collectObservations(plan), ...options.observations ?? []], period2)
  );
  const asOf = period2 === void 0 ? null : formatPeriodCode(period2);
  const raw = plan.indicators.map(
    (indicator) => assessProgress(plan, indicator.id, { ...options, index })
  );
  const fromPlan = (_a3 = plan.conventions) == null ? void 0 : _a3.multipleComparisons;
  const method3 = options.correction ?? fromPlan ?? "benjamini-hochberg";
  const source = options.correction ? "option" : fromPlan ? "conventions" : "default";
  const alpha = options.alpha ?? 0.05;
  const tests2 = raw.reduce(
    (n, i) => {
      var _a4, _b2, _c, _d;
      return n + // Stryker disable next-line OptionalChaining: a verdict always has a comparison with its benchmark (assessProgress gives none without one)
      (((_b2 = (_a4 = i.verdict) == null ? void 0 : _a4.versusBenchmark) == null ? void 0 : _b2.test.pValue) != null ? 1 : 0) + (((_d = (_c = i.verdict) == null ? void 0 : _c.versusBaseline) == null ? void 0 : _d.pValue) != null ? 1 : 0);
    },
    0
  );
  return {
    asOf,
    indicators: corrected(raw, method3),
    correction: {
      method: method3,
      source,
      tests: tests2,
      alpha,
      expectedByChance: expectedChanceMarks(tests2, alpha)
    }
  };
}
var en$1 = {
  format: { decimalSeparator: ".", and: " and ", quotes: ['"', '"'] },
  phrases: {
    "table-number": "Table {number}",
    "table-title": "table {title}",
    "place-row": "table {table}",
    "place-indicator": "the indicator's definition",
    "origin-table": "a table",
    "origin-text": "the text",
    "origin-text-section": "the text ({section})",
    "origin-import": "imported data",
    "origin-other": "another source",
    "resolved-sum-of-parts": "the sum of its parts",
    "resolved-full-year": "the sum of its half years",
    "resolved-other-half": "the year minus the other half",
    "resolved-rate": "computed from the count and the population",
    "resolved-missing": "missing",
    "target-relative": "{value} ({change})",
    "target-maximum": "at most {value}",
    "target-minimum": "at least {value}",
    "target-keep-level": "keep the level",
    "target-keep-level-value": "keep the level ({value})"
  },
  rules: {
    "baseline-figure-mismatch": {
      description: "An indicator's baseline is the figure of its period. When the plan gives another figure for that period (in a table or in the text), one of the two is wrong. When the figures disagree among themselves, conflicting-figures reports it; this rule only reports a baseline that differs from every figure.",
      messages: {
        "baseline-differs": "The baseline of {label} in {place} is {value} ({period}), but the plan gives {figures} for {period}.",
        "figure-in": "{value} in {origin}",
        "use-figure": "Use {figure} as the baseline, or record where {baseline} comes from."
      }
    },
    "baseline-target-period": {
      description: "A target belongs inside the plan period, and a baseline before its target and not after the plan's first year: the baseline describes the situation the plan starts from.",
      messages: {
        "baseline-after-plan-start": "The baseline of {label} in {place} is from {period}, after the start of the plan period {span}.",
        "use-earlier-baseline": "Use a baseline from {start} or earlier, or correct the plan period.",
        "target-outside-plan-period": "The target of {label} in {place} is for {period}, outside the plan period {span}.",
        "choose-target-year": "Choose a target year from {start} to {end}.",
        "target-not-after-baseline": "The target of {label} in {place} is for {period}, not after its baseline ({baseline}).",
        "check-both-years": "A target lies after its baseline; check both years."
      }
    },
    "claim-contradicted": {
      description: `A claim in the text about how a series developed ("decreasing every year since 2013") is checked against the plan's figures. "Every year" means lower (or higher) in every period than in the previous one with a figure; "decreased" means lower at the end than at the start. When a count has no figure for a year, the figure of a shorter period in that year counts as a lower bound: 7 up to October 2018 is already more than 6 in all of 2017.`,
      messages: {
        contradicted: "The claim {quote} ({claim}) is contradicted by the figures: {reasons}.",
        "claim-strictly-decreasing": "lower every year from {from} to {to}",
        "claim-strictly-increasing": "higher every year from {from} to {to}",
        "claim-decreased": "lower in {to} than in {from}",
        "claim-increased": "higher in {to} than in {from}",
        point: "{period} ({value})",
        "point-at-least": "{period} (at least {value}, its {inside} figure)",
        "not-lower": "{later} is not lower than {earlier}",
        "not-higher": "{later} is not higher than {earlier}",
        "rephrase-lower": "Rephrase the claim, e.g. lower in {last} than in {first}.",
        "rephrase-higher": "Rephrase the claim, e.g. higher in {last} than in {first}.",
        "rephrase-or-drop": "Rephrase or drop the claim."
      }
    },
    "conflicting-figures": {
      description: "The same figure (the same series, area and period) can have only one value. When the text says 65 and the table 63, one of them is wrong.",
      messages: {
        "different-values": "{figure} is given as {count} different values: {values}.",
        figure: "{series} {period}",
        "figure-in-area": "{series} {period} ({area})",
        "value-in": "{value} in {origins}",
        "check-against-table": "Check the figure against the source; {table} gives {value}.",
        "check-figures": "Check the figures against the source and use the same one everywhere."
      }
    },
    "duplicate-id": {
      description: "An id may occur only once in its list (series, indicators, sources, …; priorities and themes together), or a reference to it is ambiguous; so may an area's code. Case does not count (GM0376 and gm0376 are the same), nor do characters that are the same after Unicode normalisation (NFKC). Plan files read by ivp are already checked for this when they are loaded.",
      messages: {
        "duplicate-id": "The id {id} is used twice in {list}{earlier}.",
        "duplicate-code": "The code {id} is used twice in {list}{earlier}.",
        "earlier-spelling": " (before as {earlier}; case does not count)",
        "give-own-id": "Give each entry its own id.",
        "give-own-code": "Give each area its own code."
      }
    },
    "incomparable-periods": {
      description: "Figures over periods with other months cannot be compared: January-October 2018 with January-October 2017, never with all of 2017. Checked are the change columns of tables, claims in the text, and each indicator's baseline against its target.",
      messages: {
        "not-same-months": "{where} compares {from} with {to}, which do not cover the same months.",
        "not-same-months-to-date": "{where} compares {from} with {to}, which do not cover the same months; a year-to-date figure can only be compared with the same months of another year.",
        "where-column": "{table}, column {column}",
        "where-claim": "The claim {quote}",
        "where-target": "The target of {label} in {place}",
        "compare-alike": "Compare {to} with {alike}."
      }
    },
    "indicator-missing-baseline": {
      description: "Without a baseline (on the indicator or in a table) nobody can see how much progress was made. For a process indicator without a starting measurement, the rule can be turned off per plan (lint: { rules: { indicator-missing-baseline: off } }).",
      messages: {
        "no-baseline": "The indicator {label} has no baseline: neither on the indicator nor in a table.",
        "no-baseline-in-table": "The indicator {label} has no baseline: neither on the indicator nor in its table.",
        "give-baseline": "Give the baseline and its period (baseline: { value, period })."
      }
    },
    "indicator-missing-direction": {
      description: "Whether a higher value is better or worse differs per indicator: fewer burglaries is better, and so is a higher grade. Without a direction ivp cannot assess progress.",
      messages: {
        "no-direction": "The indicator {label} does not say whether higher or lower is better.",
        "add-direction": "Add direction: lower-is-better or direction: higher-is-better."
      }
    },
    "indicator-missing-source": {
      description: "Every indicator needs a source: where do its figures come from, and where will the next progress analysis get them? A source only printed in a table belongs on the indicator as an id too.",
      messages: {
        "source-only-printed": "The indicator {label} has no source, although table {table} prints {source} as its source.",
        "no-source": "The indicator {label} has no source: neither on the indicator nor in a table.",
        "no-source-in-table": "The indicator {label} has no source: neither on the indicator nor in its table.",
        "add-source": "Add source: {id}.",
        "record-source": "Record the source under sources and refer to it with source."
      }
    },
    "indicator-missing-target": {
      description: "An indicator without a target (on the indicator or in a table) is followed but not assessed. That may be deliberate, hence this is for information.",
      messages: {
        "no-target": "The indicator {label} has no target.",
        "no-target-in-table": "The indicator {label} has no target, not in its table either.",
        "give-target": "Give a target if the indicator is to be assessed; otherwise this notice can be turned off."
      }
    },
    "indicator-value-conflict": {
      description: "An indicator listed in several tables must have the same baseline and the same target for each period everywhere. Two values for one target make progress unmeasurable: which one holds?",
      messages: {
        "different-baselines": "{label} has {count} different baselines: {baselines}.",
        "baseline-in": "{value} ({period}) in {places}",
        "use-one-baseline": "Use one baseline in every table that lists the indicator.",
        "use-one-baseline-figures": "Use one baseline in every table that lists the indicator; the plan's figures give {figures}.",
        figure: "{value} ({period})",
        "different-targets": "{label} has {count} different targets for {period}: {targets}.",
        "target-in": "{target} in {places}",
        "choose-one-target": "Choose one target and use it in every table that lists the indicator."
      }
    },
    "indicator-wording-conflict": {
      description: 'An indicator listed in several tables should have the same label and the same source everywhere. Another label ("Aantal verwarde personen" against "Aantal meldingen van verwarde personen") or source makes readers wonder whether it is the same figure. Footnote markers, capitals and spacing do not count.',
      messages: {
        "different-labels": "{label} is printed with {count} different labels: {names}. Readers may take them for different indicators.",
        "different-sources": "{label} is printed with {count} different sources: {names}.",
        "printed-in": "{name} in {places}",
        "same-label": "Print the same label for the indicator in every table.",
        "same-source": "Name the source the same way everywhere.",
        "same-source-preferred": "Name the source the same way everywhere, e.g. {preferred}."
      }
    },
    "label-typo": {
      description: `Row labels as printed (label in tables and indicatorTables) are compared word by word with the names of the plan's series and indicators. A word one letter away from a known word (two for words of ten letters or more), such as "vermielingen" next to "Vernielingen", is probably a typo. Inflections ("geslaagd", "geslaagde") and words shorter than five letters do not count.`,
      messages: {
        "likely-typo": "The label {label} in {where} probably has a typo: {typos}.",
        typo: "{word} for {meant} (as in {source})",
        "write-fixed": "Write {label}."
      }
    },
    "negative-derived-value": {
      description: "ivp derives missing half years: July-December is the year minus January-June. When such a derived count comes out negative, the year is smaller than one of its halves, and one of the figures is wrong. Only counts (unit count) are derived this way.",
      messages: {
        "half-year-negative": "{series} {half} comes out negative: {sum}. A half year cannot have more than the whole year.",
        subtraction: "{year} ({total}, {totalFrom}) - {part} ({partValue}, {partFrom}) = {rest}",
        "check-source": "Check the year's and the half year's figures against the source."
      }
    },
    "parts-sum-mismatch": {
      description: `Sub-rows declared complete (parts with complete: true, such as "...of which attempts" and "...of which succeeded") must add up to their total in every period. When a part's figure is missing, the known parts must not exceed the total; for counts, a part then counts for at least its figure over a shorter period inside the same period.`,
      messages: {
        "parts-differ": "The parts of {series} in {period} add up to {sum}, not to the total {total}: {terms} = {sum}.",
        "parts-exceed": "The parts of {series} in {period} add up to at least {sum}, more than the total {total}: {terms} = {sum}.",
        term: "{series} {value}",
        "term-at-least": "{series} at least {value} (its {period} figure)",
        "check-total-and-parts": "Check the total and its parts against the source; if the parts do not cover the whole total, set complete: false.",
        "part-missing": "A part is missing from the breakdown, or the total is too low; check both against the source."
      }
    },
    placeholder: {
      description: "A text that starts with TODO is a placeholder written by ivp init or ivp bulk: the municipality still has to write it. The report of such a plan says at the top that it still contains placeholders. ivp validate --placeholders-as-errors makes them errors, for instance before a plan goes to the council.",
      messages: {
        "still-placeholder": "{field} is still a placeholder: {text}.",
        "replace-text": "Replace the text with the municipality's own."
      }
    },
    "printed-change-mismatch": {
      description: "Where the plan records the percentage the document printed (printed), ivp recomputes it: (new - old) / old x 100, exactly and rounded half away from zero, with + for an increase and an empty cell when the base is 0. A printed percentage that differs was computed or copied wrongly.",
      messages: {
        "printed-differs": "{where}{periods}: the document prints {printed}, but {explanation}.",
        where: "{table}, {row}, column {column}",
        periods: " ({from} - {to})",
        "missing-value": "a value is missing, so the cell stays empty",
        "zero-base": "{from} to {to} has no percentage (the base is 0), so the cell stays empty",
        recomputed: "{from} to {to} is {exact}, so {text}",
        "leave-empty": "Leave the cell empty.",
        "print-text": "Print {text}."
      }
    },
    "priority-without-indicators": {
      description: "A priority without an indicator (no indicators and no indicator table with this theme) has no measurable goal: council and executive cannot see whether the approach works. Other themes need no indicator.",
      messages: {
        "no-indicator": "The priority {priority} has no indicator: how is its goal measured?",
        "add-indicators": "Add an indicator table with theme: {theme}, or list indicators under the priority's indicators."
      }
    },
    "relative-target-mismatch": {
      description: `A target written as a value with a percentage, such as "60 (-25%)", must add up: the percentage applied to the baseline and rounded by the plan's rounding rule (by default half away from zero, to the baseline's decimals) must give the value. Otherwise nobody knows which target holds.`,
      messages: {
        "target-mismatch": "The target {target} of {label} does not match its percentage: {change} of {base} is {steps}; {value} is {amount} {direction}{actual}.",
        rounded: "{exact}, which rounds to {resolved} ({rounding})",
        rounding: "{mode}, {places}",
        "mode-half-away-from-zero": "half away from zero",
        "mode-half-even": "half to even",
        "mode-floor": "down",
        "mode-ceil": "up",
        "mode-trunc": "toward zero",
        "whole-numbers": "whole numbers",
        decimals: { one: "{count} decimal", other: "{count} decimals" },
        more: "more",
        less: "less",
        "actual-change": ", a change of {change}",
        "value-with-change": "{value} ({change})",
        "print-right": "Print {right}.",
        "print-right-or-other": "Print {right}, or {other} if {value} is the intended target."
      }
    },
    "shorter-period-exceeds-longer": {
      description: "A count over a shorter period cannot be larger than over a period that contains it: January-October not above the full year, January-June not above January-October. Only counts (unit count) of the same series in the same area are compared; grades and percentages are not, as they do not add up. A half year above its year is reported by negative-derived-value.",
      messages: {
        "shorter-exceeds-longer": "{series} {shorter} ({shorterValue}, in {shorterOrigin}) is more than {longer} ({longerValue}, in {longerOrigin}), a period that contains {shorter}; a count cannot shrink when the period grows.",
        "check-both": "Check both figures and their periods against the source."
      }
    },
    "source-name-typo": {
      description: 'The source as printed in an indicator table is compared with the names under sources. When it is one or two characters away from a known name (letters swapped, dropped or added), such as "BHV/Politie" next to "BVH/politie", it is probably a typo. Capitals, footnote markers and spaces around a slash do not count.',
      messages: {
        "likely-typo": "The source {source} in table {table} looks like a typo of {name}.",
        "write-name": "Write {name}."
      }
    },
    "target-direction": {
      description: "A target should go the right way: for lower-is-better a lower value or a negative percentage, for higher-is-better a higher value or a positive percentage. A maximum fits lower-is-better, a minimum higher-is-better. A target worse than the baseline is usually a mistake; when it is deliberate, use maximum or minimum.",
      messages: {
        "wrong-kind": "The target {target} of {label} in {place} is a {kind}, but for this indicator {better}.",
        "wrong-way": "The target {target} of {label} in {place} goes the wrong way: {better}.",
        "worse-than-baseline": "The target {target} of {label} in {place} is worse than the baseline {baseline}: {better}.",
        maximum: "maximum",
        minimum: "minimum",
        "lower-is-better": "lower is better",
        "higher-is-better": "higher is better",
        "check-direction": "Check the target and the direction (direction: {direction}); write a deliberate floor or ceiling as minimum or maximum."
      }
    },
    "unknown-lint-rule": {
      description: "Every rule under lint.rules must be one ivp knows. A misspelt rule id turns nothing off or on, and nobody would notice otherwise.",
      messages: {
        "no-such-rule": "lint.rules names {rule}, but there is no such rule; the setting has no effect.",
        "did-you-mean": "Did you mean {rule}?",
        "use-known-rule": "Use one of the rules listed in ivp's documentation."
      }
    },
    "unknown-reference": {
      description: "Every reference to an id (series, area, source, partner, indicator, table, priority or theme, Kernbeleid code, column) must point at something that exists. Plan files read by ivp are already checked for this when they are loaded; this rule serves plans parsed without that check.",
      messages: {
        "unknown-id": "Unknown {kind} {id}: it is not in {list}.",
        "kind-area": "area",
        "list-area": "areas",
        "kind-series": "series",
        "list-series": "series",
        "kind-indicator": "indicator",
        "list-indicator": "indicators",
        "kind-source": "source",
        "list-source": "sources",
        "kind-partner": "partner",
        "list-partner": "partners",
        "kind-table": "table",
        "list-table": "tables",
        "kind-theme": "priority or theme",
        "list-theme": "priorities and themes",
        "no-kernbeleid-theme": "Kernbeleid Veiligheid has no theme {theme}.",
        "not-a-column": "{id} is not a {wanted} of table {table}.",
        "change-column": "change column",
        "reference-column": "reference column",
        "use-kernbeleid-code": "Use a code from 1.1 to 5.5 as listed in Bijlage 2.",
        "use-column": "Use one of: {options}.",
        "did-you-mean": "Did you mean {id}?",
        "define-id": "Define the id, or refer to one that exists."
      }
    },
    "unused-acknowledgement": {
      description: "Every entry under lint.acknowledged must match a finding: the same rule, the same field. An acknowledgement without a finding is stale (the slip was fixed, the rule turned off or the field moved) and should go, or it may later accept something else unnoticed.",
      messages: {
        "nothing-found": "lint.acknowledged accepts a finding of {rule} at {field}, but the rule finds nothing there.",
        "no-such-rule": "lint.acknowledged names the rule {rule}, but there is no such rule.",
        "did-you-mean": "Did you mean {rule}?",
        "field-moved": "The rule does find something at {field}; has the field moved?",
        "remove-acknowledgement": "Remove the acknowledgement: there is nothing left to accept."
      }
    },
    "value-out-of-range": {
      description: "Every value must be possible in its unit: a grade between 1 and 10, a percentage between 0 and 100, a count whole and not negative, a rate per 1,000 inhabitants not negative. This holds for figures, baselines and targets, also for the value a relative target comes to (-200% of a count is negative).",
      messages: {
        "figure-impossible": "{series} {period} is {value} in {origin}, but {problem}.",
        "baseline-impossible": "The baseline of {label} in {place} is {value}, but {problem}.",
        "target-impossible": "The target of {label} in {place} is {value}, but {problem}.",
        "change-out-of-range": "The target of {label} in {place} is a change of {change}{result}, but {problem}.",
        "from-baseline": ": from {from} that is {implied}",
        "check-percentage": "Check the percentage against the source: a decrease is at most -100%.",
        "lost-decimal-comma": "Probably {value} was meant (a lost decimal comma).",
        "check-figure": "Check the figure against the source."
      }
    }
  }
};
var nl$1 = {
  format: { decimalSeparator: ",", and: " en ", quotes: ['"', '"'] },
  phrases: {
    "table-number": "Tabel {number}",
    "table-title": "tabel {title}",
    "place-row": "tabel {table}",
    "place-indicator": "de definitie van de indicator",
    "origin-table": "een tabel",
    "origin-text": "de tekst",
    "origin-text-section": "de tekst ({section})",
    "origin-import": "geïmporteerde gegevens",
    "origin-other": "een andere bron",
    "resolved-sum-of-parts": "de som van de delen",
    "resolved-full-year": "de som van de halfjaren",
    "resolved-other-half": "het jaar min het andere halfjaar",
    "resolved-rate": "berekend uit aantal en inwoners",
    "resolved-missing": "ontbreekt",
    "target-relative": "{value} ({change})",
    "target-maximum": "max. {value}",
    "target-minimum": "min. {value}",
    "target-keep-level": "gelijk blijven",
    "target-keep-level-value": "gelijk blijven ({value})"
  },
  rules: {
    "baseline-figure-mismatch": {
      description: "De uitgangswaarde van een indicator is het cijfer van haar periode. Geeft het plan voor die periode een ander cijfer (in een tabel of in de tekst), dan klopt een van de twee niet. Als de cijfers onderling verschillen, meldt conflicting-figures dat; deze regel meldt alleen een uitgangswaarde die van elk cijfer afwijkt.",
      messages: {
        "baseline-differs": "De uitgangswaarde van {label} in {place} is {value} ({period}), maar het plan geeft voor {period} {figures}.",
        "figure-in": "{value} in {origin}",
        "use-figure": "Neem {figure} als uitgangswaarde, of leg vast waar {baseline} vandaan komt."
      }
    },
    "baseline-target-period": {
      description: "Een doel hoort binnen de planperiode te vallen, en een uitgangswaarde vóór het doel en niet na het eerste jaar van het plan: de uitgangswaarde beschrijft de situatie waarmee het plan begint.",
      messages: {
        "baseline-after-plan-start": "De uitgangswaarde van {label} in {place} is van {period}, na het begin van de planperiode {span}.",
        "use-earlier-baseline": "Neem een uitgangswaarde van {start} of eerder, of pas de planperiode aan.",
        "target-outside-plan-period": "Het doel van {label} in {place} is voor {period}, buiten de planperiode {span}.",
        "choose-target-year": "Kies een doeljaar van {start} tot en met {end}.",
        "target-not-after-baseline": "Het doel van {label} in {place} is voor {period}, niet na de uitgangswaarde ({baseline}).",
        "check-both-years": "Een doel ligt na de uitgangswaarde; controleer beide jaren."
      }
    },
    "claim-contradicted": {
      description: 'Een bewering in de tekst over hoe een reeks zich ontwikkelde ("elk jaar afgenomen sinds 2013") wordt getoetst aan de cijfers van het plan. "Elk jaar" betekent: in elke periode lager (of hoger) dan in de vorige met een cijfer; "afgenomen" betekent: aan het eind lager dan aan het begin. Ontbreekt bij een aantal het jaarcijfer, dan telt het cijfer van een kortere periode in dat jaar als ondergrens: 7 tot en met oktober 2018 is al meer dan 6 in heel 2017.',
      messages: {
        contradicted: "De bewering {quote} ({claim}) klopt niet met de cijfers: {reasons}.",
        "claim-strictly-decreasing": "elk jaar lager van {from} tot {to}",
        "claim-strictly-increasing": "elk jaar hoger van {from} tot {to}",
        "claim-decreased": "lager in {to} dan in {from}",
        "claim-increased": "hoger in {to} dan in {from}",
        point: "{period} ({value})",
        "point-at-least": "{period} (minstens {value}, het cijfer van {inside})",
        "not-lower": "{later} is niet lager dan {earlier}",
        "not-higher": "{later} is niet hoger dan {earlier}",
        "rephrase-lower": "Pas de bewering aan, bijvoorbeeld: lager in {last} dan in {first}.",
        "rephrase-higher": "Pas de bewering aan, bijvoorbeeld: hoger in {last} dan in {first}.",
        "rephrase-or-drop": "Pas de bewering aan of verwijder haar."
      }
    },
    "conflicting-figures": {
      description: "Hetzelfde cijfer (dezelfde reeks, hetzelfde gebied, dezelfde periode) mag maar één waarde hebben. Staat in de tekst 65 en in de tabel 63, dan klopt er één niet.",
      messages: {
        "different-values": "{figure} staat er met {count} verschillende waarden: {values}.",
        figure: "{series} {period}",
        "figure-in-area": "{series} {period} ({area})",
        "value-in": "{value} in {origins}",
        "check-against-table": "Controleer het cijfer bij de bron; {table} geeft {value}.",
        "check-figures": "Controleer de cijfers bij de bron en gebruik overal hetzelfde."
      }
    },
    "duplicate-id": {
      description: "Een id mag binnen zijn lijst (series, indicators, sources, …; prioriteiten en thema's samen) maar één keer voorkomen, anders is onduidelijk waar een verwijzing naar wijst; hetzelfde geldt voor de code van een gebied. Hoofdletters tellen niet mee (GM0376 en gm0376 zijn hetzelfde), en tekens die er hetzelfde uitzien na Unicode-normalisatie (NFKC) ook niet. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd.",
      messages: {
        "duplicate-id": "Het id {id} komt twee keer voor in {list}{earlier}.",
        "duplicate-code": "De code {id} komt twee keer voor in {list}{earlier}.",
        "earlier-spelling": " (eerder als {earlier}; hoofdletters tellen niet)",
        "give-own-id": "Geef elk onderdeel een eigen id.",
        "give-own-code": "Geef elk gebied een eigen code."
      }
    },
    "incomparable-periods": {
      description: "Cijfers over perioden met andere maanden zijn niet te vergelijken: januari-oktober 2018 met januari-oktober 2017, nooit met heel 2017. Gecontroleerd worden de veranderingskolommen van tabellen, beweringen in de tekst, en de uitgangswaarde tegenover het doel van elke indicator.",
      messages: {
        "not-same-months": "{where} vergelijkt {from} met {to}, die niet dezelfde maanden beslaan.",
        "not-same-months-to-date": "{where} vergelijkt {from} met {to}, die niet dezelfde maanden beslaan; een cijfer tot en met een maand is alleen te vergelijken met dezelfde maanden van een ander jaar.",
        "where-column": "{table}, kolom {column}",
        "where-claim": "De bewering {quote}",
        "where-target": "Het doel van {label} in {place}",
        "compare-alike": "Vergelijk {to} met {alike}."
      }
    },
    "indicator-missing-baseline": {
      description: "Zonder uitgangswaarde (baseline, bij de indicator of in een tabel) is niet te zien hoeveel vooruitgang er is geboekt. Voor een procesindicator zonder nulmeting kan de regel per plan uit (lint: { rules: { indicator-missing-baseline: off } }).",
      messages: {
        "no-baseline": "De indicator {label} heeft geen uitgangswaarde: niet bij de indicator en niet in een tabel.",
        "no-baseline-in-table": "De indicator {label} heeft geen uitgangswaarde: niet bij de indicator en niet in de tabel.",
        "give-baseline": "Vul de uitgangswaarde en haar periode in (baseline: { value, period })."
      }
    },
    "indicator-missing-direction": {
      description: "Of een hoger cijfer beter of slechter is, verschilt per indicator: minder woninginbraken is beter, een hoger rapportcijfer ook. Zonder direction kan ivp de voortgang niet beoordelen.",
      messages: {
        "no-direction": "De indicator {label} zegt niet of hoger of lager beter is.",
        "add-direction": "Voeg direction: lower-is-better of direction: higher-is-better toe."
      }
    },
    "indicator-missing-source": {
      description: "Bij elke indicator hoort een bron (source): waar komen de cijfers vandaan, en waar haalt de volgende voortgangsanalyse ze op? Een bron die alleen in een tabel is afgedrukt, hoort ook als id bij de indicator.",
      messages: {
        "source-only-printed": "De indicator {label} heeft geen source, al drukt tabel {table} {source} als bron af.",
        "no-source": "De indicator {label} heeft geen bron: niet bij de indicator en niet in een tabel.",
        "no-source-in-table": "De indicator {label} heeft geen bron: niet bij de indicator en niet in de tabel.",
        "add-source": "Voeg source: {id} toe.",
        "record-source": "Leg de bron vast onder sources en verwijs ernaar met source."
      }
    },
    "indicator-missing-target": {
      description: "Een indicator zonder doel (targets, bij de indicator of in een tabel) wordt wel gevolgd maar niet beoordeeld. Dat kan bewust zijn, daarom is dit een mededeling.",
      messages: {
        "no-target": "De indicator {label} heeft geen doel.",
        "no-target-in-table": "De indicator {label} heeft geen doel, ook niet in de tabel.",
        "give-target": "Geef een doel (target) als de indicator beoordeeld moet worden; anders kan deze mededeling uit."
      }
    },
    "indicator-value-conflict": {
      description: "Een indicator die in meer tabellen staat, moet overal dezelfde uitgangswaarde en hetzelfde doel per periode hebben. Twee waarden voor één doel maken de voortgang onmeetbaar: welke geldt?",
      messages: {
        "different-baselines": "{label} heeft {count} verschillende uitgangswaarden: {baselines}.",
        "baseline-in": "{value} ({period}) in {places}",
        "use-one-baseline": "Gebruik één uitgangswaarde in elke tabel met deze indicator.",
        "use-one-baseline-figures": "Gebruik één uitgangswaarde in elke tabel met deze indicator; de cijfers in het plan geven {figures}.",
        figure: "{value} ({period})",
        "different-targets": "{label} heeft {count} verschillende doelen voor {period}: {targets}.",
        "target-in": "{target} in {places}",
        "choose-one-target": "Kies één doel en gebruik het in elke tabel met deze indicator."
      }
    },
    "indicator-wording-conflict": {
      description: 'Een indicator die in meer tabellen staat, hoort overal dezelfde naam en dezelfde bron te hebben. Een andere naam ("Aantal verwarde personen" tegenover "Aantal meldingen van verwarde personen") of bron laat lezers twijfelen of het om hetzelfde cijfer gaat. Voetnoottekens, hoofdletters en spaties tellen niet mee.',
      messages: {
        "different-labels": "{label} staat met {count} verschillende namen in de tabellen: {names}. Lezers kunnen denken dat het verschillende indicatoren zijn.",
        "different-sources": "{label} staat met {count} verschillende bronnen in de tabellen: {names}.",
        "printed-in": "{name} in {places}",
        "same-label": "Gebruik in elke tabel dezelfde naam voor de indicator.",
        "same-source": "Noem de bron overal hetzelfde.",
        "same-source-preferred": "Noem de bron overal hetzelfde, bijvoorbeeld {preferred}."
      }
    },
    "label-typo": {
      description: 'Rijlabels zoals ze zijn afgedrukt (label in tables en indicatorTables) worden woord voor woord vergeleken met de namen van de reeksen en indicatoren van het plan. Een woord dat één letter afwijkt van een bekend woord (twee bij woorden van tien letters of meer), zoals "vermielingen" naast "Vernielingen", is waarschijnlijk een typefout. Verbuigingen ("geslaagd", "geslaagde") en woorden korter dan vijf letters tellen niet.',
      messages: {
        "likely-typo": "Het label {label} in {where} bevat waarschijnlijk een typefout: {typos}.",
        typo: "{word} voor {meant} (zoals in {source})",
        "write-fixed": "Schrijf {label}."
      }
    },
    "negative-derived-value": {
      description: "ivp leidt ontbrekende halfjaren af: juli-december is het jaar min januari-juni. Komt zo'n afgeleid aantal negatief uit, dan is het jaar kleiner dan een van zijn halfjaren, en klopt een van de cijfers niet. Alleen aantallen (eenheid count) worden zo afgeleid.",
      messages: {
        "half-year-negative": "{series} {half} komt negatief uit: {sum}. Een halfjaar kan niet meer hebben dan het hele jaar.",
        subtraction: "{year} ({total}, {totalFrom}) - {part} ({partValue}, {partFrom}) = {rest}",
        "check-source": "Controleer het jaarcijfer en het halfjaarcijfer bij de bron."
      }
    },
    "parts-sum-mismatch": {
      description: 'Sub-rijen die als volledig zijn verklaard (parts met complete: true, zoals "...waaraan pogingen" en "...waaraan geslaagd") moeten in elke periode optellen tot hun totaal. Ontbreekt het cijfer van een deel, dan mogen de bekende delen het totaal niet overschrijden; bij aantallen telt een deel daarbij minstens zo zwaar als zijn cijfer over een kortere periode binnen dezelfde periode.',
      messages: {
        "parts-differ": "De delen van {series} in {period} tellen op tot {sum}, niet tot het totaal {total}: {terms} = {sum}.",
        "parts-exceed": "De delen van {series} in {period} tellen op tot minstens {sum}, meer dan het totaal {total}: {terms} = {sum}.",
        term: "{series} {value}",
        "term-at-least": "{series} minstens {value} (het cijfer van {period})",
        "check-total-and-parts": "Controleer het totaal en de delen bij de bron; dekken de delen niet het hele totaal, zet dan complete: false.",
        "part-missing": "Er ontbreekt een deel in de uitsplitsing, of het totaal is te laag; controleer beide bij de bron."
      }
    },
    placeholder: {
      description: "Een tekst die met TODO begint is een plaatshouder van ivp init of ivp bulk: de gemeente moet hem nog schrijven. Het rapport van zo'n plan zegt bovenaan dat het nog plaatshouders bevat. ivp validate --placeholders-as-errors maakt er fouten van, bijvoorbeeld voordat een plan naar de raad gaat.",
      messages: {
        "still-placeholder": "{field} is nog een plaatshouder: {text}.",
        "replace-text": "Vervang de tekst door die van de gemeente."
      }
    },
    "printed-change-mismatch": {
      description: "Waar het plan vastlegt welk percentage het document afdrukte (printed), rekent ivp het na: (nieuw - oud) / oud x 100, exact en rekenkundig afgerond, met + voor een stijging en een leeg vak als de basis 0 is. Wijkt het afgedrukte percentage af, dan is het verkeerd berekend of overgetypt.",
      messages: {
        "printed-differs": "{where}{periods}: afgedrukt is {printed}, maar {explanation}.",
        where: "{table}, {row}, kolom {column}",
        periods: " ({from} - {to})",
        "missing-value": "er ontbreekt een waarde, dus het vak blijft leeg",
        "zero-base": "van {from} naar {to} heeft geen percentage (de basis is 0), dus het vak blijft leeg",
        recomputed: "van {from} naar {to} is {exact}, dus {text}",
        "leave-empty": "Laat het vak leeg.",
        "print-text": "Druk {text} af."
      }
    },
    "priority-without-indicators": {
      description: "Een prioriteit zonder indicator (geen indicators en geen indicatortabel met dit theme) heeft geen meetbaar doel: raad en college kunnen niet zien of de aanpak werkt. Overige thema's hoeven geen indicator te hebben.",
      messages: {
        "no-indicator": "De prioriteit {priority} heeft geen indicator: hoe wordt gemeten of het doel wordt gehaald?",
        "add-indicators": "Voeg een indicatortabel met theme: {theme} toe, of noem indicatoren onder indicators van de prioriteit."
      }
    },
    "relative-target-mismatch": {
      description: 'Een doel dat als getal met percentage is geschreven, zoals "60 (-25%)", moet kloppen: het percentage toegepast op de uitgangswaarde en afgerond volgens de afrondingsregel van het plan (standaard rekenkundig, op de decimalen van de uitgangswaarde) moet het getal opleveren. Anders weet niemand welk doel geldt.',
      messages: {
        "target-mismatch": "Het doel {target} van {label} klopt niet met het percentage: {change} van {base} is {steps}; {value} is {amount} {direction}{actual}.",
        rounded: "{exact}, afgerond {resolved} ({rounding})",
        rounding: "{mode}, {places}",
        "mode-half-away-from-zero": "rekenkundig",
        "mode-half-even": "half naar even",
        "mode-floor": "naar beneden",
        "mode-ceil": "naar boven",
        "mode-trunc": "afgekapt",
        "whole-numbers": "op hele getallen",
        decimals: { one: "op {count} decimaal", other: "op {count} decimalen" },
        more: "meer",
        less: "minder",
        "actual-change": ", een verandering van {change}",
        "value-with-change": "{value} ({change})",
        "print-right": "Schrijf {right}.",
        "print-right-or-other": "Schrijf {right}, of {other} als {value} het bedoelde doel is."
      }
    },
    "shorter-period-exceeds-longer": {
      description: "Een aantal over een kortere periode kan niet groter zijn dan over een periode die haar omvat: januari-oktober niet boven het hele jaar, januari-juni niet boven januari-oktober. Alleen aantallen (eenheid count) van dezelfde reeks in hetzelfde gebied worden vergeleken; rapportcijfers en percentages niet, want die tellen niet op. Een halfjaar boven zijn jaar meldt negative-derived-value.",
      messages: {
        "shorter-exceeds-longer": "{series} {shorter} ({shorterValue}, in {shorterOrigin}) is meer dan {longer} ({longerValue}, in {longerOrigin}), een periode die {shorter} omvat; een aantal kan niet kleiner worden als de periode langer wordt.",
        "check-both": "Controleer beide cijfers en hun perioden bij de bron."
      }
    },
    "source-name-typo": {
      description: 'De bron zoals die in een indicatortabel is afgedrukt, wordt vergeleken met de namen onder sources. Wijkt hij één of twee tekens af van een bekende naam (een letter verwisseld, vergeten of te veel), zoals "BHV/Politie" naast "BVH/politie", dan is het waarschijnlijk een typefout. Hoofdletters, voetnoottekens en spaties rond een schuine streep tellen niet.',
      messages: {
        "likely-typo": "De bron {source} in tabel {table} lijkt een typefout voor {name}.",
        "write-name": "Schrijf {name}."
      }
    },
    "target-direction": {
      description: "Een doel hoort de goede kant op te gaan: bij lower-is-better een lager getal of een negatief percentage, bij higher-is-better een hoger getal of een positief percentage. Een maximum past bij lower-is-better, een minimum bij higher-is-better. Een doel dat slechter is dan de uitgangswaarde is meestal een vergissing; is het bewust, gebruik dan maximum of minimum.",
      messages: {
        "wrong-kind": "Het doel {target} van {label} in {place} is een {kind}, maar voor deze indicator geldt: {better}.",
        "wrong-way": "Het doel {target} van {label} in {place} gaat de verkeerde kant op: {better}.",
        "worse-than-baseline": "Het doel {target} van {label} in {place} is slechter dan de uitgangswaarde {baseline}: {better}.",
        maximum: "maximum",
        minimum: "minimum",
        "lower-is-better": "lager is beter",
        "higher-is-better": "hoger is beter",
        "check-direction": "Controleer het doel en de richting (direction: {direction}); een bewuste ondergrens of bovengrens schrijf je als minimum of maximum."
      }
    },
    "unknown-lint-rule": {
      description: "Elke regel onder lint.rules moet een regel zijn die ivp kent. Een verschreven regel-id zet niets uit en niets aan, en dat valt anders niemand op.",
      messages: {
        "no-such-rule": "lint.rules noemt {rule}, maar die regel bestaat niet; de instelling doet niets.",
        "did-you-mean": "Bedoeld is misschien {rule}.",
        "use-known-rule": "Gebruik een van de regels uit de documentatie van ivp."
      }
    },
    "unknown-reference": {
      description: "Elke verwijzing naar een id (reeks, gebied, bron, partner, indicator, tabel, prioriteit of thema, Kernbeleid-code, kolom) moet naar iets bestaands wijzen. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd; deze regel is er voor plannen die zonder die controle zijn ingelezen.",
      messages: {
        "unknown-id": "Onbekende {kind} {id}: die staat niet in {list}.",
        "kind-area": "gebied",
        "list-area": "areas",
        "kind-series": "reeks",
        "list-series": "series",
        "kind-indicator": "indicator",
        "list-indicator": "indicators",
        "kind-source": "bron",
        "list-source": "sources",
        "kind-partner": "partner",
        "list-partner": "partners",
        "kind-table": "tabel",
        "list-table": "tables",
        "kind-theme": "prioriteit of thema",
        "list-theme": "priorities en themes",
        "no-kernbeleid-theme": "Kernbeleid Veiligheid heeft geen thema {theme}.",
        "not-a-column": "{id} is geen {wanted} van tabel {table}.",
        "change-column": "veranderingskolom",
        "reference-column": "referentiekolom",
        "use-kernbeleid-code": "Gebruik een code van 1.1 tot en met 5.5 uit Bijlage 2.",
        "use-column": "Gebruik een van: {options}.",
        "did-you-mean": "Bedoeld is misschien {id}.",
        "define-id": "Voeg het id toe, of verwijs naar een bestaand id."
      }
    },
    "unused-acknowledgement": {
      description: "Elke erkende bevinding onder lint.acknowledged moet bij een bevinding horen: dezelfde regel, hetzelfde veld. Een erkenning zonder bevinding is achterhaald (de fout is hersteld, de regel staat uit of het veld is verschoven) en hoort weg, anders erkent ze later ongemerkt iets anders.",
      messages: {
        "nothing-found": "lint.acknowledged erkent een bevinding van {rule} bij {field}, maar die regel vindt daar niets.",
        "no-such-rule": "lint.acknowledged noemt de regel {rule}, maar die regel bestaat niet.",
        "did-you-mean": "Bedoeld is misschien {rule}.",
        "field-moved": "Die regel vindt wel iets bij {field}; is het veld verschoven?",
        "remove-acknowledgement": "Haal de erkenning weg: er is niets meer te erkennen."
      }
    },
    "value-out-of-range": {
      description: "Elke waarde moet kunnen bestaan in haar eenheid: een rapportcijfer tussen 1 en 10, een percentage tussen 0 en 100, een aantal geheel en niet negatief, een aantal per 1000 inwoners niet negatief. Dit geldt voor cijfers, uitgangswaarden en doelen, ook voor de waarde waar een relatief doel op uitkomt (-200% van een aantal is negatief).",
      messages: {
        "figure-impossible": "{series} {period} is {value} in {origin}, maar {problem}.",
        "baseline-impossible": "De uitgangswaarde van {label} in {place} is {value}, maar {problem}.",
        "target-impossible": "Het doel van {label} in {place} is {value}, maar {problem}.",
        "change-out-of-range": "Het doel van {label} in {place} is een verandering van {change}{result}, maar {problem}.",
        "from-baseline": ": vanaf {from} is dat {implied}",
        "check-percentage": "Controleer het percentage bij de bron: een daling is hooguit -100%.",
        "lost-decimal-comma": "Bedoeld is waarschijnlijk {value} (komma vergeten).",
        "check-figure": "Controleer het cijfer bij de bron."
      }
    }
  }
};
var LINT_CATALOGUES = {
  nl: nl$1,
  en: en$1
};
function figure(value) {
  if (typeof value === "number") return value;
  let decimals = 0;
  while (decimals < 6 && value.num * 10n ** BigInt(decimals) % value.den !== 0n) decimals++;
  const scaled = roundScaled(value, decimals);
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return { kind: "decimal", text: scaled < 0n ? `-${text}` : text };
}
function valueIn(value, unit) {
  return unit === "percentage" ? { kind: "percent", figure: figure(value) } : figure(value);
}
function signedPercent(value) {
  return { kind: "signed-percent", figure: figure(value) };
}
function period(code) {
  return { kind: "period", code };
}
function quoted(text) {
  return { kind: "quoted", text };
}
function list(items, style = "and") {
  return { kind: "list", style, items };
}
function distinct(values) {
  const seen = /* @__PURE__ */ new Map();
  for (const value of values) {
    const key2 = JSON.stringify(value);
    if (!seen.has(key2)) seen.set(key2, value);
  }
  return [...seen.values()];
}
function percentChange(from, to) {
  return { kind: "percent-change", from, to };
}
var DUTCH_PERCENT_CHANGE_NOTATION = Object.freeze({
  decimals: 0,
  decimalSeparator: ",",
  plusSign: "+",
  minusSign: "-",
  percentSign: "%",
  emptyCell: ""
});
var ENGLISH_PERCENT_CHANGE_NOTATION = Object.freeze({
  ...DUTCH_PERCENT_CHANGE_NOTATION,
  decimalSeparator: "."
});
function formatPercentChange(from, to, options = {}) {
  const notation = { ...DUTCH_PERCENT_CHANGE_NOTATION, ...options };
  const change = exactPercentChange(from, to);
  if (change === null) return notation.emptyCell;
  return formatRoundedPercent(roundScaled(change, notation.decimals), notation);
}
function formatRoundedPercent(scaled, notation) {
  const magnitude = formatScaledMagnitude(scaled, notation.decimals, notation.decimalSeparator);
  const sign2 = scaled > 0n ? notation.plusSign : scaled < 0n ? notation.minusSign : "";
  return `${sign2}${magnitude}${notation.percentSign}`;
}
var LANGUAGES = ["nl", "en"];
function checkFigure(value, unit) {
  switch (unit) {
    case "count":
      if (value < 0) return "count-negative";
      return Number.isInteger(value) ? void 0 : "count-not-whole";
    case "grade":
      return value < 1 || value > 10 ? "grade-range" : void 0;
    case "percentage":
      return value < 0 || value > 100 ? "percentage-range" : void 0;
    case "rate-per-1000":
    case "rate-per-10000":
    case "rate-per-100000":
      return value < 0 ? "rate-negative" : void 0;
  }
}
var PROBLEM_TEXT = {
  "count-negative": { nl: "een aantal is nooit negatief", en: "a count is never negative" },
  "count-not-whole": { nl: "een aantal is een geheel getal", en: "a count is a whole number" },
  "grade-range": {
    nl: "een rapportcijfer ligt tussen 1 en 10",
    en: "a grade lies between 1 and 10"
  },
  "percentage-range": {
    nl: "een percentage ligt tussen 0 en 100",
    en: "a percentage lies between 0 and 100"
  },
  "rate-negative": {
    nl: "een aantal per 1000 (10.000, 100.000) inwoners is nooit negatief",
    en: "a rate per 1,000 (10,000, 100,000) inhabitants is never negative"
  }
};
function describeFigureProblem(problem2, lang) {
  return PROBLEM_TEXT[problem2][lang];
}
var THOUSANDS_DOT = /^\d{1,3}(?:\.\d{3})+$/;
var DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
function readFigureText(text, unit) {
  const cell2 = text.trim();
  if (cell2 === "" || cell2 === ".") return { success: true, value: null };
  let value;
  if (unit === "count" && THOUSANDS_DOT.test(cell2)) {
    value = Number(cell2.replaceAll(".", ""));
  } else if (!DECIMAL.test(cell2)) {
    return {
      success: false,
      message: `"${text}" is not a number`,
      expected: unit === "count" ? "a whole number such as 79 or 1.004 (a dot separates thousands); empty or . for a missing value" : "a number such as 79 or 7.3; empty or . for a missing value"
    };
  } else {
    value = Number(cell2.replace(",", "."));
    if (unit === "count" && !/^-?\d+$/.test(cell2)) {
      return {
        success: false,
        message: `"${text}" is not a count: a count is a whole number, and a dot separates thousands in groups of three (1.004)`,
        expected: "a whole number such as 79 or 1004"
      };
    }
  }
  const problem2 = unit === void 0 ? void 0 : checkFigure(value, unit);
  if (problem2) {
    return {
      success: false,
      message: `"${text}" is not possible: ${describeFigureProblem(problem2, "en")}`,
      expected: EXPECTED[unit]
    };
  }
  return { success: true, value };
}
var EXPECTED = {
  count: "a whole number, 0 or more",
  grade: "a grade from 1 to 10",
  percentage: "a percentage from 0 to 100",
  "rate-per-1000": "a rate per 1,000 inhabitants, 0 or more",
  "rate-per-10000": "a rate per 10,000 inhabitants, 0 or more",
  "rate-per-100000": "a rate per 100,000 inhabitants, 0 or more"
};
function seriesUnit(plan, series) {
  var _a3, _b2;
  const own2 = (_a3 = plan.series.find((s) => s.id === series)) == null ? void 0 : _a3.unit;
  return own2 ?? ((_b2 = plan.indicators.find((i) => (i.series ?? i.id) === series)) == null ? void 0 : _b2.unit);
}
var PLACEHOLDER$1 = /\{(\w+)\}/g;
var pluralRules = /* @__PURE__ */ new Map();
function pluralOf(lang, count) {
  let rules2 = pluralRules.get(lang);
  if (!rules2) {
    rules2 = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules2);
  }
  return rules2.select(count);
}
function renderText(text, what, data, context) {
  if (text === void 0) throw new Error(`No ${context.lang} text for ${what}`);
  let chosen;
  if (typeof text === "string") {
    chosen = text;
  } else {
    const count = data.count;
    if (typeof count !== "number") throw new Error(`${what} needs a number as its count`);
    chosen = text[pluralOf(context.lang, count)] ?? text.other;
  }
  return chosen.replace(PLACEHOLDER$1, (_, name) => {
    const value = data[name];
    if (value === void 0) throw new Error(`${what} needs a value for {${name}}`);
    return renderValue(value, context);
  });
}
function renderDecimal(text, context) {
  return text.replace(".", context.catalogue.format.decimalSeparator);
}
function renderFigure(value, context) {
  const exact = typeof value === "number" ? figure(rationalFromNumber(value)) : value;
  return renderDecimal(typeof exact === "number" ? String(exact) : exact.text, context);
}
function isPositive(value) {
  return typeof value === "number" ? value > 0 : !value.text.startsWith("-") && /[1-9]/.test(value.text);
}
function renderValue(value, context) {
  var _a3;
  if (typeof value === "string") return value;
  if (typeof value === "number") return renderFigure(value, context);
  const { format } = context.catalogue;
  switch (value.kind) {
    case "decimal":
      return renderDecimal(value.text, context);
    case "percent":
      return `${renderFigure(value.figure, context)}%`;
    case "signed-percent":
      return `${isPositive(value.figure) ? "+" : ""}${renderFigure(value.figure, context)}%`;
    case "percent-change":
      return formatPercentChange(value.from, value.to, {
        decimalSeparator: format.decimalSeparator
      });
    case "period":
      return formatPeriodLabel(parsePeriodOrThrow(value.code), { lang: context.lang });
    case "quoted":
      return `${format.quotes[0]}${value.text}${format.quotes[1]}`;
    case "figure-problem":
      return describeFigureProblem(value.problem, context.lang);
    case "list": {
      const items = value.items.map((item) => renderValue(item, context));
      if (value.style !== "and") return items.join(SEPARATORS[value.style]);
      if (items.length <= 1) return items.join("");
      return `${items.slice(0, -1).join(", ")}${format.and}${items.at(-1)}`;
    }
    case "phrase":
      return renderText(
        context.catalogue.phrases[value.id],
        `phrase ${value.id}`,
        value.data,
        context
      );
    case "fragment":
      return renderText(
        (_a3 = context.catalogue.rules[context.rule]) == null ? void 0 : _a3.messages[value.id],
        `${context.rule}/${value.id}`,
        value.data,
        context
      );
  }
}
var SEPARATORS = { comma: ", ", semicolon: "; ", plus: " + " };
function renderMessage(lang, rule, id, data) {
  var _a3;
  const context = { lang, catalogue: LINT_CATALOGUES[lang], rule };
  return renderText((_a3 = context.catalogue.rules[rule]) == null ? void 0 : _a3.messages[id], `${rule}/${id}`, data, context);
}
function localizeMessage(rule, id, data) {
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, renderMessage(lang, rule, id, data)])
  );
}
function describeRule(rule) {
  return Object.fromEntries(
    LANGUAGES.map((lang) => {
      var _a3;
      const text = (_a3 = LINT_CATALOGUES[lang].rules[rule]) == null ? void 0 : _a3.description;
      if (text === void 0) throw new Error(`No ${lang} description for ${rule}`);
      return [lang, text];
    })
  );
}
function ruleMessages(rule) {
  return {
    description: describeRule(rule),
    message: (id, data = {}) => ({ messageId: id, data }),
    suggestion: (id, data = {}) => ({ suggestionId: id, suggestionData: data }),
    fragment: (id, data = {}) => ({ kind: "fragment", id, data })
  };
}
function phrase(id, data = {}) {
  return { kind: "phrase", id, data };
}
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let before = new Int32Array(t.length + 1);
  let previous = Int32Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Int32Array(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + cost
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, before[j - 2] + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length];
}
function closestMatch(input2, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(input2, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(input2.length / 3)));
  return bestDistance > 0 && bestDistance <= limit ? best : void 0;
}
function formatPlanPath(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}
function planPathOf(location) {
  if (Array.isArray(location)) return location;
  const ref2 = location;
  return ref2.kind === "plan" ? ref2.path : void 0;
}
function findingField(finding) {
  const first = finding.locations[0];
  const path = first === void 0 ? void 0 : planPathOf(first);
  return path === void 0 ? void 0 : formatPlanPath(path);
}
var say$p = ruleMessages("unused-acknowledgement");
var unusedAcknowledgement = {
  id: "unused-acknowledgement",
  severity: "warning",
  description: say$p.description,
  docs: {
    failing: `indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2021 }]
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
lint:
  acknowledged:
    - rule: relative-target-mismatch
      at: indicators[0].targets[0].value
      reason: Zo gedrukt in het vastgestelde plan.
`,
    fixed: `indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2021 }]
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
`
  },
  check({ plan, ruleIds, earlier }) {
    var _a3;
    const found = new Set(earlier.map((f) => `${f.rule} ${findingField(f) ?? ""}`));
    return (((_a3 = plan.lint) == null ? void 0 : _a3.acknowledged) ?? []).flatMap(({ rule, at }, i) => {
      if (found.has(`${rule} ${at}`)) return [];
      const known = ruleIds.includes(rule);
      const closest = known ? void 0 : closestMatch(rule, ruleIds);
      const fields = earlier.filter((f) => f.rule === rule).map((f) => findingField(f) ?? "");
      const nearest = known ? closestMatch(at, fields) : void 0;
      return [
        {
          ...known ? say$p.message("nothing-found", { rule: quoted(rule), field: at }) : say$p.message("no-such-rule", { rule: quoted(rule) }),
          locations: [["lint", "acknowledged", i, known ? "at" : "rule"]],
          ...closest ? say$p.suggestion("did-you-mean", { rule: quoted(closest) }) : nearest ? say$p.suggestion("field-moved", { field: nearest }) : say$p.suggestion("remove-acknowledgement")
        }
      ];
    });
  }
};
var cache = /* @__PURE__ */ new WeakMap();
function indicatorEntries(plan) {
  const cached2 = cache.get(plan);
  if (cached2) return cached2;
  const entries = plan.indicators.map(
    (indicator, i) => ({
      indicator,
      path: ["indicators", i],
      rows: plan.indicatorTables.flatMap(
        (table2, t) => table2.rows.flatMap(
          (row2, r) => row2.indicator === indicator.id ? [{ kind: "row", path: ["indicatorTables", t, "rows", r], table: table2, row: row2 }] : []
        )
      )
    })
  );
  cache.set(plan, entries);
  return entries;
}
function baselineStatements(entry) {
  const result = [];
  if (entry.indicator.baseline) {
    result.push({
      entry,
      baseline: entry.indicator.baseline,
      path: [...entry.path, "baseline"],
      place: { kind: "indicator", path: entry.path }
    });
  }
  for (const place2 of entry.rows) {
    if (place2.row.baseline) {
      result.push({
        entry,
        baseline: place2.row.baseline,
        path: [...place2.path, "baseline"],
        place: place2
      });
    }
  }
  return result;
}
function effectiveBaseline(entry) {
  return baselineStatements(entry)[0];
}
function targetStatements(entry) {
  const effective = effectiveBaseline(entry);
  const statements = baselineStatements(entry);
  const result = [];
  (entry.indicator.targets ?? []).forEach((target, k) => {
    const own2 = statements.find((s) => s.place.kind === "indicator") ?? effective;
    result.push({
      entry,
      target,
      path: [...entry.path, "targets", k],
      place: { kind: "indicator", path: entry.path },
      ...own2 && { baseline: own2 }
    });
  });
  for (const place2 of entry.rows) {
    if (!place2.row.target) continue;
    const same = statements.find((s) => s.place === place2) ?? effective;
    result.push({
      entry,
      target: place2.row.target,
      path: [...place2.path, "target"],
      place: place2,
      ...same && { baseline: same }
    });
  }
  return result;
}
function unitOf(plan, seriesId) {
  var _a3;
  const series = plan.series.find((s) => s.id === seriesId);
  if (series) return series.unit;
  return (_a3 = plan.indicators.find((i) => (i.series ?? i.id) === seriesId)) == null ? void 0 : _a3.unit;
}
function seriesOf(indicator) {
  return indicator.series ?? indicator.id;
}
function formatFigure(value) {
  const exact = typeof value === "number" ? rationalFromNumber(value) : value;
  let decimals = 0;
  while (decimals < 6 && exact.num * 10n ** BigInt(decimals) % exact.den !== 0n) decimals++;
  const scaled = roundScaled(exact, decimals);
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return scaled < 0n ? `-${text}` : text;
}
function seriesName(plan, id) {
  var _a3, _b2;
  return ((_a3 = plan.series.find((s) => s.id === id)) == null ? void 0 : _a3.label) ?? ((_b2 = plan.indicators.find((i) => i.id === id)) == null ? void 0 : _b2.label) ?? id;
}
function figureTableName(plan, tableId) {
  const table2 = plan.tables.find((t) => t.id === tableId);
  if ((table2 == null ? void 0 : table2.number) !== void 0) return phrase("table-number", { number: String(table2.number) });
  return phrase("table-title", { title: quoted((table2 == null ? void 0 : table2.title) ?? tableId) });
}
function describePlace(place2) {
  return place2.kind === "row" ? phrase("place-row", { table: quoted(place2.table.title) }) : phrase("place-indicator");
}
function describeOrigin(plan, observation) {
  switch (observation.origin) {
    case "table":
      return observation.table !== void 0 ? figureTableName(plan, observation.table) : phrase("origin-table");
    case "text":
      return observation.section !== void 0 ? phrase("origin-text-section", { section: observation.section }) : phrase("origin-text");
    case "import":
      return observation.ref.kind === "file" ? observation.ref.file : phrase("origin-import");
    case "other":
      return observation.ref.kind === "file" ? observation.ref.file : phrase("origin-other");
  }
}
function describeTarget(target, unit) {
  if (target.asPrinted !== void 0) return quoted(target.asPrinted);
  const value = target.value === void 0 ? void 0 : valueIn(target.value, unit);
  switch (target.kind) {
    case "absolute":
      return value ?? "";
    case "relative": {
      const change = signedPercent(target.change ?? 0);
      return value === void 0 ? change : phrase("target-relative", { value, change });
    }
    case "maximum":
      return phrase("target-maximum", { value: value ?? "" });
    case "minimum":
      return phrase("target-minimum", { value: value ?? "" });
    case "keep-level":
      return value === void 0 ? phrase("target-keep-level") : phrase("target-keep-level-value", { value });
  }
}
function problem(value, unit) {
  const found = checkFigure(value, unit);
  return found && { kind: "figure-problem", problem: found };
}
function rangeProblem(value, unit) {
  const below = (bound) => compare$1(value, rational(BigInt(bound))) < 0;
  const above = (bound) => compare$1(value, rational(BigInt(bound))) > 0;
  const found = unit === "count" ? below(0) ? "count-negative" : void 0 : unit === "rate-per-1000" || unit === "rate-per-10000" || unit === "rate-per-100000" ? below(0) ? "rate-negative" : void 0 : unit === "grade" ? below(1) || above(10) ? "grade-range" : void 0 : below(0) || above(100) ? "percentage-range" : void 0;
  return found && { kind: "figure-problem", problem: found };
}
function impliedValue(baseline, change) {
  return divide(
    multiply(rationalFromNumber(baseline), add(rational(100n), rationalFromNumber(change))),
    rational(100n)
  );
}
function suggestion(value, unit) {
  const scaled = value / 10;
  if (unit === "grade" && value > 10 && value <= 100 && Number.isInteger(value)) {
    return say$o.suggestion("lost-decimal-comma", { value: scaled });
  }
  return say$o.suggestion("check-figure");
}
var say$o = ruleMessages("value-out-of-range");
var valueOutOfRange = {
  id: "value-out-of-range",
  severity: "error",
  description: say$o.description,
  docs: {
    failing: `series:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade }
observations:
  - origin: text
    quote: "De inwoners beoordelen de veiligheid in hun buurt met een 73."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 73
`,
    fixed: `series:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade }
observations:
  - origin: text
    quote: "De inwoners beoordelen de veiligheid in hun buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`
  },
  check({ plan, observations }) {
    const findings = [];
    for (const observation of observations) {
      const unit = unitOf(plan, observation.series);
      const { value } = observation;
      if (value === null || unit === void 0) continue;
      const found = problem(value, unit);
      if (found === void 0) continue;
      findings.push({
        ...say$o.message("figure-impossible", {
          series: quoted(seriesName(plan, observation.series)),
          period: period(observation.period),
          value,
          origin: describeOrigin(plan, observation),
          problem: found
        }),
        locations: [observation.ref],
        ...suggestion(value, unit)
      });
    }
    for (const entry of indicatorEntries(plan)) {
      const unit = entry.indicator.unit;
      const stated = [
        ...baselineStatements(entry).map((s) => ({
          value: s.baseline.value,
          path: [...s.path, "value"],
          place: s.place,
          what: "baseline-impossible"
        })),
        ...targetStatements(entry).flatMap(
          (s) => s.target.value === void 0 ? [] : [
            {
              value: s.target.value,
              path: [...s.path, "value"],
              place: s.place,
              what: "target-impossible"
            }
          ]
        )
      ];
      const label = quoted(entry.indicator.label);
      for (const statement of targetStatements(entry)) {
        const { target, baseline } = statement;
        if (target.kind !== "relative" || target.change === void 0) continue;
        const change = target.change;
        const from = baseline == null ? void 0 : baseline.baseline.value;
        const implied = from !== void 0 ? impliedValue(from, change) : (unit === "count" || unit === "rate-per-1000") && change < -100 ? rational(-1n) : void 0;
        const found = implied === void 0 ? void 0 : rangeProblem(implied, unit);
        if (implied === void 0 || found === void 0) continue;
        findings.push({
          ...say$o.message("change-out-of-range", {
            label,
            place: describePlace(statement.place),
            change: signedPercent(change),
            result: from === void 0 ? "" : say$o.fragment("from-baseline", { from, implied: figure(implied) }),
            problem: found
          }),
          locations: [[...statement.path, "change"]],
          ...say$o.suggestion("check-percentage")
        });
      }
      for (const { value, path, place: place2, what } of stated) {
        const found = problem(value, unit);
        if (found === void 0) continue;
        findings.push({
          ...say$o.message(what, { label, place: describePlace(place2), value, problem: found }),
          locations: [path],
          ...suggestion(value, unit)
        });
      }
    }
    return findings;
  }
};
function refsOf(value) {
  switch (value.status) {
    case "observed":
      return [value.observation.ref];
    case "derived":
      return value.inputs.flatMap(refsOf);
    case "missing":
      return [];
  }
}
function describeResolved(plan, value) {
  switch (value.status) {
    case "observed":
      return describeOrigin(plan, value.observation);
    case "derived":
      switch (value.rule) {
        case "sum-of-parts":
          return phrase("resolved-sum-of-parts");
        case "full-year":
          return phrase("resolved-full-year");
        case "first-half":
        case "second-half":
          return phrase("resolved-other-half");
        case "rate":
          return phrase("resolved-rate");
      }
      break;
    case "missing":
      return phrase("resolved-missing");
  }
}
function candidatesOf(period2, granularity) {
  if (granularity === "year") return [fullYear(period2.year)];
  if (period2.endMonth <= 6) return [firstHalf(period2.year)];
  if (period2.startMonth >= 7) return [secondHalf(period2.year)];
  return [firstHalf(period2.year), secondHalf(period2.year)];
}
function rollingColumns(table2, context, area) {
  const layout = table2.rolling;
  if (!layout) return [...table2.columns];
  const series = [...new Set(table2.rows.map((row2) => row2.series))];
  const candidates = /* @__PURE__ */ new Map();
  const sources2 = new Set(series.flatMap((id) => {
    var _a3;
    return figureSources((_a3 = context.series) == null ? void 0 : _a3.get(id), id);
  }));
  for (const id of sources2) {
    for (const observation of context.index.series(id, area)) {
      if (observation.value === null) continue;
      const parsed = parsePeriod(observation.period);
      if (!parsed.success) continue;
      for (const candidate of candidatesOf(parsed.data, layout.granularity)) {
        candidates.set(formatPeriodCode(candidate), candidate);
      }
    }
  }
  const hasFigure = (period2) => series.some((id) => resolveValue(context, id, area, period2).status !== "missing");
  const withData = [...candidates.values()].filter(hasFigure).sort((a, b) => comparePeriods(a, b));
  const shown = withData.slice(-layout.last);
  const values = shown.map((period2) => {
    const code = formatPeriodCode(period2);
    return { id: code, kind: "value", period: code };
  });
  const changes = [];
  if (layout.change === "previous") {
    for (const period2 of shown) {
      const before = shiftPeriod(period2, -1);
      if (!hasFigure(before)) continue;
      const code = formatPeriodCode(period2);
      changes.push({
        id: `${code}-change`,
        kind: "change",
        from: formatPeriodCode(before),
        to: code
      });
    }
  }
  return [...values, ...changes];
}
var PRINTED_PERCENT = /^\s*([+\-\u2212]?)\s*(\d+)(?:[.,](\d+))?\s*%\s*$/;
function parsePrintedPercent(text) {
  if (text.trim() === "") return null;
  const match = PRINTED_PERCENT.exec(text);
  if (!match) return void 0;
  const [, sign2 = "", whole = "0", fraction = ""] = match;
  const magnitude = Number(`${whole}.${fraction || "0"}`);
  return {
    value: sign2 === "-" || sign2 === "−" ? -magnitude : magnitude,
    decimals: fraction.length,
    signed: sign2 !== "",
    text
  };
}
function formatNumber(value, options = {}) {
  const decimals = options.decimals ?? 0;
  const scaled = roundNumberScaled(value, decimals);
  let text = formatScaledMagnitude(scaled, decimals, options.decimalSeparator ?? ",");
  if (options.groupSeparator) {
    const [whole = "", fraction] = text.split(options.decimalSeparator ?? ",");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, options.groupSeparator);
    text = fraction === void 0 ? grouped : `${grouped}${options.decimalSeparator ?? ","}${fraction}`;
  }
  return scaled < 0n ? `${options.minusSign ?? "-"}${text}` : text;
}
var DEFAULT_CORRECTION = "benjamini-hochberg";
function notationFor(plan, table2, lang) {
  var _a3;
  const base = lang === "en" ? ENGLISH_PERCENT_CHANGE_NOTATION : DUTCH_PERCENT_CHANGE_NOTATION;
  const clean = (o) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== void 0));
  return { ...base, ...clean((_a3 = plan.conventions) == null ? void 0 : _a3.percentChange), ...clean(table2.notation) };
}
function headerOf(column, plan, lang) {
  var _a3;
  if (column.header) return column.header;
  switch (column.kind) {
    case "value":
      return formatPeriodLabel(parsePeriodOrThrow(column.period), { lang });
    case "change": {
      const from = formatPeriodLabel(parsePeriodOrThrow(column.from), { lang });
      const to = formatPeriodLabel(parsePeriodOrThrow(column.to), { lang });
      return lang === "en" ? `${to} vs ${from}` : `${to} t.o.v. ${from}`;
    }
    case "reference":
      return ((_a3 = plan.areas.find((a) => a.id === column.area)) == null ? void 0 : _a3.name) ?? column.id;
  }
}
function valueText$1(value, unit, lang) {
  if (value === null) return "";
  const decimals = unit === "count" || unit === void 0 ? 0 : 1;
  const text = formatNumber(value, { decimals, decimalSeparator: lang === "en" ? "." : "," });
  return unit === "percentage" ? `${text}%` : text;
}
function evaluateTable(plan, tableId, options = {}) {
  var _a3;
  const table2 = plan.tables.find((t) => t.id === tableId);
  if (!table2) {
    const known = plan.tables.map((t) => t.id).join(", ") || "none";
    throw new IvpError("unknown-table", `the plan has no table "${tableId}" (tables: ${known})`);
  }
  const lang = options.lang ?? plan.language;
  const notation = notationFor(plan, table2, lang);
  const area = table2.area ?? plan.municipality.code;
  const seriesById = new Map(plan.series.map((s) => [s.id, s]));
  const index = options.index ?? new ObservationIndex(collectAll(plan, options.observations ?? []));
  const context = { index, series: seriesById };
  const subSeries = new Set(plan.series.flatMap((s) => {
    var _a4;
    return ((_a4 = s.parts) == null ? void 0 : _a4.series) ?? [];
  }));
  const asked = options.significance === true ? {} : options.significance || void 0;
  const significance = asked && {
    alpha: asked.alpha ?? 0.05,
    correction: asked.correction ?? ((_a3 = plan.conventions) == null ? void 0 : _a3.multipleComparisons) ?? DEFAULT_CORRECTION
  };
  const tableColumns = rollingColumns(table2, context, area);
  const columns = tableColumns.map((column) => ({
    ...column,
    headerText: headerOf(column, plan, lang)
  }));
  const rows = table2.rows.map((row2) => {
    const definition = seriesById.get(row2.series);
    const cells = tableColumns.map(
      (column) => evaluateCell(
        column,
        row2,
        context,
        area,
        notation,
        definition == null ? void 0 : definition.unit,
        lang,
        table2.id,
        significance
      )
    );
    return {
      series: row2.series,
      label: row2.label ?? (definition == null ? void 0 : definition.label) ?? row2.series,
      depth: subSeries.has(row2.series) ? 1 : 0,
      cells
    };
  });
  const corrected2 = significance ? correctAcrossTable(rows, significance) : void 0;
  return {
    id: table2.id,
    ...table2.number !== void 0 && { number: table2.number },
    title: table2.title,
    area,
    columns,
    rows: (corrected2 == null ? void 0 : corrected2.rows) ?? rows,
    notation,
    ...corrected2 && { significance: corrected2.summary }
  };
}
function isFamilyTest(cell2) {
  if (cell2.kind !== "change" || !cell2.significance || cell2.significance.test === "none") {
    return false;
  }
  const nothingHappened = cell2.from.status !== "missing" && cell2.to.status !== "missing" && cell2.from.value === 0 && cell2.to.value === 0;
  return !nothingHappened;
}
function correctAcrossTable(rows, options) {
  const { alpha, correction } = options;
  const raw = rows.flatMap(
    (row2) => row2.cells.filter(isFamilyTest).map((cell2) => cell2.significance.pValue)
  );
  const adjusted = adjustPValues(raw, correction);
  let next = 0;
  const correctedRows = rows.map((row2) => ({
    ...row2,
    cells: row2.cells.map((cell2) => {
      if (!isFamilyTest(cell2)) return cell2;
      const pValue = adjusted[next++];
      return {
        ...cell2,
        corrected: { method: correction, pValue, distinguishableFromChance: pValue < alpha }
      };
    })
  }));
  return {
    rows: correctedRows,
    summary: {
      alpha,
      correction,
      tests: raw.length,
      expectedByChance: expectedChanceMarks(raw.length, alpha),
      nominallySignificant: raw.filter((p) => p < alpha).length,
      significant: adjusted.filter((p) => p < alpha).length
    }
  };
}
function evaluateCell(column, row2, context, area, notation, unit, lang, tableId, significance) {
  var _a3, _b2;
  switch (column.kind) {
    case "value": {
      const resolved = resolveValue(context, row2.series, area, column.period);
      const value = resolved.status === "missing" ? null : resolved.value;
      return {
        kind: "value",
        column: column.id,
        resolved,
        value,
        text: valueText$1(value, unit, lang)
      };
    }
    case "change": {
      const fromPeriod = parsePeriodOrThrow(column.from);
      const toPeriod2 = parsePeriodOrThrow(column.to);
      if (!arePeriodsComparable(fromPeriod, toPeriod2)) {
        throw new IvpError(
          "incomparable-periods",
          `table ${tableId}, column ${column.id}: ${column.from} and ${column.to} do not cover the same months`
        );
      }
      const from = resolveValue(context, row2.series, area, fromPeriod);
      const to = resolveValue(context, row2.series, area, toPeriod2);
      const printed = (_a3 = row2.printed) == null ? void 0 : _a3[column.id];
      const base = {
        kind: "change",
        column: column.id,
        from,
        to,
        ...printed !== void 0 && { printed }
      };
      if (from.status === "missing" || to.status === "missing") {
        const text2 = notation.emptyCell;
        return {
          ...base,
          change: null,
          exactChange: null,
          empty: "missing-value",
          text: text2,
          ...printed !== void 0 && { matchesPrinted: printed === text2 },
          ...significance && { significance: { test: "none", reason: "missing-value" } }
        };
      }
      const text = formatPercentChange(from.value, to.value, notation);
      const change = roundPercentChange(from.value, to.value, { decimals: notation.decimals });
      return {
        ...base,
        change,
        exactChange: change === null ? null : (to.value - from.value) / Math.abs(from.value) * 100,
        ...change === null && { empty: "zero-base" },
        text,
        ...printed !== void 0 && { matchesPrinted: printed === text },
        ...significance && {
          // Both periods cover the same months, so the exposures are equal.
          significance: assessChangeSignificance({
            unit: unit ?? "count",
            from: { value: from.value },
            to: { value: to.value },
            alpha: significance.alpha
          })
        }
      };
    }
    case "reference": {
      const text = ((_b2 = row2.supplied) == null ? void 0 : _b2[column.id]) ?? "";
      const parsed = parsePrintedPercent(text);
      return {
        kind: "reference",
        column: column.id,
        value: parsed ? parsed.value : null,
        text
      };
    }
  }
}
function collectAll(plan, extra) {
  return [...collectObservations(plan), ...extra];
}
function explain(cell2) {
  if (cell2.empty === "missing-value") {
    return say$n.fragment("missing-value");
  }
  if (cell2.from.status === "missing" || cell2.to.status === "missing") return "";
  const from = cell2.from.value;
  const to = cell2.to.value;
  if (cell2.empty === "zero-base") {
    return say$n.fragment("zero-base", { from, to });
  }
  const change = exactPercentChange(cell2.from.value, cell2.to.value);
  const exact = change === null ? "" : signedPercent(round(change, 1));
  return say$n.fragment("recomputed", { from, to, exact, text: quoted(cell2.text) });
}
var say$n = ruleMessages("printed-change-mismatch");
var printedChangeMismatch = {
  id: "printed-change-mismatch",
  severity: "error",
  description: say$n.description,
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values: { woninginbraken: [77, 79] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns:
      - { id: jaar-2016, kind: value, period: 2016 }
      - { id: jaar-2017, kind: value, period: 2017 }
      - { id: gemeente, kind: change, from: 2016, to: 2017 }
    rows:
      # 77 to 79 is +2.6%, printed as +3%
      - { series: woninginbraken, printed: { gemeente: "+4%" } }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values: { woninginbraken: [77, 79] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns:
      - { id: jaar-2016, kind: value, period: 2016 }
      - { id: jaar-2017, kind: value, period: 2017 }
      - { id: gemeente, kind: change, from: 2016, to: 2017 }
    rows:
      - { series: woninginbraken, printed: { gemeente: "+3%" } }
`
  },
  check({ plan, index }) {
    const findings = [];
    plan.tables.forEach((table2, t) => {
      let evaluated;
      try {
        evaluated = evaluateTable(plan, table2.id, { index, lang: plan.language });
      } catch (error2) {
        if (error2 instanceof IvpError) return;
        throw error2;
      }
      evaluated.rows.forEach((row2, r) => {
        for (const cell2 of row2.cells) {
          if (
            // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, only change cells have a printed text, so the next condition skips every other cell either way (the always-true variant, skip everything, is killed)
            cell2.kind !== "change" || // Stryker disable next-line ConditionalExpression: equivalent, a cell without a printed text has no matchesPrinted, so the next condition skips it either way (the always-true variant is killed)
            cell2.printed === void 0 || cell2.matchesPrinted !== false
          ) {
            continue;
          }
          const column = table2.columns.find((c) => c.id === cell2.column);
          findings.push({
            ...say$n.message("printed-differs", {
              where: say$n.fragment("where", {
                table: figureTableName(plan, table2.id),
                row: quoted(row2.label),
                // Stryker disable next-line OptionalChaining: equivalent, every cell belongs to a column of the table
                column: quoted((column == null ? void 0 : column.header) ?? cell2.column)
              }),
              periods: (
                // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, the column of a change cell is a change column (the always-false variant, no periods, is killed by the message tests)
                (column == null ? void 0 : column.kind) === "change" ? say$n.fragment("periods", { from: period(column.from), to: period(column.to) }) : (
                  // Stryker disable next-line StringLiteral: equivalent, the column of a change cell is a change column
                  ""
                )
              ),
              // Stryker disable next-line StringLiteral: equivalent, a cell reported here has a printed text, so the ?? "" fallback never applies
              printed: quoted(cell2.printed ?? ""),
              explanation: explain(cell2)
            }),
            locations: [
              ["tables", t, "rows", r, "printed", cell2.column],
              ...refsOf(cell2.from),
              ...refsOf(cell2.to)
            ],
            ...cell2.text === "" ? say$n.suggestion("leave-empty") : say$n.suggestion("print-text", { text: quoted(cell2.text) })
          });
        }
      });
    });
    return findings;
  }
};
var say$m = ruleMessages("priority-without-indicators");
var priorityWithoutIndicators = {
  id: "priority-without-indicators",
  severity: "warning",
  description: say$m.description,
  docs: {
    failing: `priorities:
  - id: jeugdoverlast
    title: Jeugdoverlast
    goals: Maximaal 1,7% van de inwoners ervaart vaak overlast door groepen jongeren.
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: overlast-jongeren, label: "% bewoners dat vaak overlast door groepen jongeren ervaart",
      unit: percentage, direction: lower-is-better, source: veiligheidsmonitor }
priorities:
  - id: jeugdoverlast
    title: Jeugdoverlast
    goals: Maximaal 1,7% van de inwoners ervaart vaak overlast door groepen jongeren.
indicatorTables:
  - id: jeugdoverlast
    title: Effectindicatoren jeugdoverlast
    theme: jeugdoverlast
    rows:
      - indicator: overlast-jongeren
        baseline: { value: 1.7, period: 2017 }
        target: { kind: maximum, value: 1.7, period: 2021 }
`
  },
  check({ plan }) {
    const findings = [];
    plan.priorities.forEach((priority, i) => {
      if (priority.indicators.length > 0) return;
      if (plan.indicatorTables.some((table2) => table2.theme === priority.id)) return;
      findings.push({
        ...say$m.message("no-indicator", {
          priority: quoted(`${priority.number ? `${priority.number} ` : ""}${priority.title}`)
        }),
        locations: [["priorities", i, "id"]],
        ...say$m.suggestion("add-indicators", { theme: priority.id })
      });
    });
    return findings;
  }
};
function applyChange(baseline, change) {
  const factor = divide(add(rational(100n), rationalFromNumber(change)), rational(100n));
  return multiply(rationalFromNumber(baseline), factor);
}
function decimalsOf(value) {
  const exact = rationalFromNumber(value);
  let decimals = 0;
  while (exact.num * 10n ** BigInt(decimals) % exact.den !== 0n) decimals++;
  return decimals;
}
function describeRounding(rounding) {
  return say$l.fragment("rounding", {
    mode: say$l.fragment(`mode-${rounding.mode}`),
    places: rounding.decimals === 0 ? say$l.fragment("whole-numbers") : say$l.fragment("decimals", { count: rounding.decimals })
  });
}
function changeLeadingTo(base, value, rounding) {
  for (let decimals = 0; decimals <= 2; decimals++) {
    const change = roundPercentChange(base, value, { decimals });
    if (change === null) return void 0;
    const back = round(applyChange(base, change), rounding.decimals, rounding.mode);
    if (compare$1(back, rationalFromNumber(value)) === 0) return change;
  }
  return void 0;
}
function findMismatch(statement, conventions) {
  const { target, baseline } = statement;
  if (target.kind !== "relative" || target.change === void 0 || target.value === void 0) {
    return void 0;
  }
  if (!baseline) return void 0;
  const base = baseline.baseline.value;
  const exact = applyChange(base, target.change);
  const rounding = target.rounding ?? (conventions == null ? void 0 : conventions.targetRounding) ?? { mode: "half-away-from-zero", decimals: decimalsOf(base) };
  const resolved = round(exact, rounding.decimals, rounding.mode);
  const stated = rationalFromNumber(target.value);
  if (compare$1(stated, resolved) === 0) return void 0;
  return { base, exact, resolved, rounding, difference: subtract(stated, resolved) };
}
var say$l = ruleMessages("relative-target-mismatch");
var relativeTargetMismatch = {
  id: "relative-target-mismatch",
  severity: "error",
  description: say$l.description,
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    # -25% of 79 is 59.25, which rounds to 59, not 60
    targets: [{ kind: relative, value: 60, change: -25, period: 2021, asPrinted: "60 (-25%)" }]
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: relative, value: 59, change: -25, period: 2021, asPrinted: "59 (-25%)" }]
`
  },
  check({ plan }) {
    const findings = [];
    for (const entry of indicatorEntries(plan)) {
      for (const statement of targetStatements(entry)) {
        const mismatch = findMismatch(statement, plan.conventions);
        if (!mismatch || !statement.baseline) continue;
        const { target } = statement;
        const change = target.change ?? 0;
        const value = target.value ?? 0;
        const label = statement.place.kind === "row" ? statement.place.row.label ?? entry.indicator.label : entry.indicator.label;
        const unit = entry.indicator.unit;
        const rounded = compare$1(mismatch.exact, mismatch.resolved) !== 0;
        const more = mismatch.difference.num > 0n;
        const alternative = changeLeadingTo(mismatch.base, value, mismatch.rounding);
        const right = say$l.fragment("value-with-change", {
          value: figure(mismatch.resolved),
          change: signedPercent(change)
        });
        findings.push({
          ...say$l.message("target-mismatch", {
            target: describeTarget(target, unit),
            label: quoted(label),
            change: signedPercent(change),
            base: mismatch.base,
            steps: rounded ? say$l.fragment("rounded", {
              exact: figure(mismatch.exact),
              resolved: figure(mismatch.resolved),
              rounding: describeRounding(mismatch.rounding)
            }) : figure(mismatch.exact),
            value,
            amount: figure(abs(mismatch.difference)),
            direction: say$l.fragment(more ? "more" : "less"),
            actual: mismatch.base === 0 ? "" : say$l.fragment("actual-change", { change: percentChange(mismatch.base, value) })
          }),
          locations: [
            [...statement.path, "value"],
            [...statement.baseline.path, "value"]
          ],
          ...alternative === void 0 ? say$l.suggestion("print-right", { right }) : say$l.suggestion("print-right-or-other", {
            right,
            other: say$l.fragment("value-with-change", {
              value,
              change: signedPercent(alternative)
            }),
            value
          })
        });
      }
    }
    return findings;
  }
};
var FOOTNOTE_MARKERS = /[\u00b9\u00b2\u00b3\u2070-\u2079*]/g;
function normalizeName(text) {
  return text.normalize("NFC").replace(FOOTNOTE_MARKERS, "").toLowerCase().replace(/\s*\/\s*/g, "/").replace(/\s+/g, " ").trim();
}
function groupBy(items, key2) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key2(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
function isKnown(observation) {
  return observation.value !== null;
}
function figuresBySeriesAndArea(context) {
  const known = context.observations.filter(isKnown);
  return groupBy(known, (o) => `${o.series}\0${o.area}`).map(
    (figures2) => groupBy(figures2, (o) => o.period)
  );
}
function containedPairs(periods) {
  const byYear = /* @__PURE__ */ new Map();
  periods.forEach((p, i) => {
    const same = byYear.get(p.period.year);
    if (same) same.push(i);
    else byYear.set(p.period.year, [i]);
  });
  const pairs2 = [];
  for (const indices of byYear.values()) {
    for (const i of indices) {
      for (const j of indices) {
        const inner = periods[i].period;
        const outer = periods[j].period;
        if (isSamePeriod(inner, outer)) continue;
        if (!periodContains(outer, inner)) continue;
        if (isHalfOfYear(inner, outer)) continue;
        pairs2.push([i, j]);
      }
    }
  }
  pairs2.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs2.map(([i, j]) => [periods[i], periods[j]]);
}
function isHalfOfYear(inner, outer) {
  return periodKind(inner) === "half-year" && periodKind(outer) === "year";
}
var say$k = ruleMessages("shorter-period-exceeds-longer");
var shorterPeriodExceedsLonger = {
  id: "shorter-period-exceeds-longer",
  severity: "error",
  description: say$k.description,
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "Tot en met oktober 2017 waren er 82 woninginbraken; in heel 2017 waren het er 79."
    periods: [2017-01..2017-10, 2017]
    values: { woninginbraken: [82, 79] }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "Tot en met oktober 2017 waren er 70 woninginbraken; in heel 2017 waren het er 79."
    periods: [2017-01..2017-10, 2017]
    values: { woninginbraken: [70, 79] }
`
  },
  check(context) {
    const { plan } = context;
    const findings = [];
    for (const byPeriod of figuresBySeriesAndArea(context)) {
      const first = byPeriod[0][0];
      if (unitOf(plan, first.series) !== "count") continue;
      const periods = byPeriod.map((figures2) => ({
        figures: figures2,
        period: parsePeriodOrThrow(figures2[0].period)
      }));
      for (const [inner, outer] of containedPairs(periods)) {
        const largest = inner.figures.reduce((a, b) => b.value > a.value ? b : a);
        const smallest = outer.figures.reduce((a, b) => b.value < a.value ? b : a);
        if (largest.value <= smallest.value) continue;
        const unit = unitOf(plan, first.series);
        findings.push({
          ...say$k.message("shorter-exceeds-longer", {
            series: quoted(seriesName(plan, first.series)),
            shorter: period(largest.period),
            shorterValue: valueIn(largest.value, unit),
            shorterOrigin: describeOrigin(plan, largest),
            longer: period(smallest.period),
            longerValue: valueIn(smallest.value, unit),
            longerOrigin: describeOrigin(plan, smallest)
          }),
          locations: [largest.ref, smallest.ref],
          ...say$k.suggestion("check-both")
        });
      }
    }
    return findings;
  }
};
function wordsOf(text) {
  return text.normalize("NFC").toLowerCase().match(new RegExp("\\p{L}+", "gu")) ?? [];
}
var ENDINGS = ["e", "n", "s", "en", "er", "es"];
function isInflection(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && ENDINGS.includes(long.slice(short.length));
}
function likelyTypoOf(word, known) {
  if (word.length < 5 || known.has(word)) return void 0;
  const limit = word.length >= 10 ? 2 : 1;
  let best;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    if (isInflection(word, candidate)) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function likelyNameTypoOf(name, known) {
  if (known.includes(name)) return void 0;
  const limit = Math.min(2, Math.floor(name.length / 3));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
var say$j = ruleMessages("source-name-typo");
var sourceNameTypo = {
  id: "source-name-typo",
  severity: "warning",
  description: say$j.description,
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: woninginbraken
    title: Effectindicatoren woninginbraken
    rows:
      - indicator: woninginbraken
        source: BHV/Politie
        baseline: { value: 79, period: 2017 }
        target: { kind: absolute, value: 59, period: 2021 }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: woninginbraken
    title: Effectindicatoren woninginbraken
    rows:
      - indicator: woninginbraken
        source: BVH/politie
        baseline: { value: 79, period: 2017 }
        target: { kind: absolute, value: 59, period: 2021 }
`
  },
  check({ plan }) {
    const names = new Map(plan.sources.map((s) => [normalizeName(s.name), s.name]));
    const known = [...names.keys()];
    const findings = [];
    plan.indicatorTables.forEach((table2, t) => {
      table2.rows.forEach((row2, r) => {
        if (row2.source === void 0) return;
        const meant = likelyNameTypoOf(normalizeName(row2.source), known);
        if (meant === void 0) return;
        const name = quoted(names.get(meant) ?? meant);
        findings.push({
          ...say$j.message("likely-typo", {
            source: quoted(row2.source),
            table: quoted(table2.title),
            name
          }),
          locations: [["indicatorTables", t, "rows", r, "source"]],
          ...say$j.suggestion("write-name", { name })
        });
      });
    });
    return findings;
  }
};
var say$i = ruleMessages("target-direction");
var targetDirection = {
  id: "target-direction",
  severity: "warning",
  description: say$i.description,
  docs: {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor,
      baseline: { value: 7.5, period: 2017 },
      targets: [{ kind: absolute, value: 7.3, period: 2021 }] }
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor,
      baseline: { value: 7.3, period: 2017 },
      targets: [{ kind: absolute, value: 7.5, period: 2021 }] }
`
  },
  check({ plan }) {
    const findings = [];
    for (const entry of indicatorEntries(plan)) {
      const { direction, unit } = entry.indicator;
      if (direction === void 0) continue;
      const lower = direction === "lower-is-better";
      for (const statement of targetStatements(entry)) {
        const { target, baseline } = statement;
        let wrong = false;
        let because = "value";
        if (target.kind === "relative" && target.change !== void 0) {
          wrong = lower ? target.change > 0 : target.change < 0;
          because = "change";
        } else if (target.kind === "absolute" && target.value !== void 0 && baseline) {
          const from = baseline.baseline.value;
          wrong = lower ? target.value > from : target.value < from;
        } else if (target.kind === "maximum" || target.kind === "minimum") {
          wrong = lower ? target.kind === "minimum" : target.kind === "maximum";
          because = "kind";
        }
        if (!wrong) continue;
        const data = {
          target: describeTarget(target, unit),
          label: quoted(entry.indicator.label),
          place: describePlace(statement.place),
          better: say$i.fragment(lower ? "lower-is-better" : "higher-is-better")
        };
        findings.push({
          ...because === "kind" ? say$i.message("wrong-kind", {
            ...data,
            kind: say$i.fragment(target.kind === "maximum" ? "maximum" : "minimum")
          }) : because === "change" ? say$i.message("wrong-way", data) : say$i.message("worse-than-baseline", {
            ...data,
            baseline: baseline ? valueIn(baseline.baseline.value, unit) : ""
          }),
          locations: [
            target.value === void 0 ? statement.path : [...statement.path, "value"],
            ...baseline ? [[...baseline.path, "value"]] : []
          ],
          ...say$i.suggestion("check-direction", { direction })
        });
      }
    }
    return findings;
  }
};
var say$h = ruleMessages("unknown-lint-rule");
var unknownLintRule = {
  id: "unknown-lint-rule",
  severity: "warning",
  description: say$h.description,
  docs: {
    failing: `lint:
  rules:
    indicator-missing-targt: off
`,
    fixed: `lint:
  rules:
    indicator-missing-target: off
`
  },
  check({ plan, ruleIds }) {
    var _a3;
    return Object.keys(((_a3 = plan.lint) == null ? void 0 : _a3.rules) ?? {}).flatMap((id) => {
      if (ruleIds.includes(id)) return [];
      const suggestion2 = closestMatch(id, ruleIds);
      return [
        {
          ...say$h.message("no-such-rule", { rule: quoted(id) }),
          locations: [["lint", "rules", id]],
          ...suggestion2 ? say$h.suggestion("did-you-mean", { rule: quoted(suggestion2) }) : say$h.suggestion("use-known-rule")
        }
      ];
    });
  }
};
function theme(code, nl2, en2) {
  return { code, name: { nl: nl2, en: en2 } };
}
var KERNBELEID_VEILIGHEID = [
  {
    code: "1",
    name: { nl: "Veilige woon- en leefomgeving", en: "Safe living environment" },
    themes: [
      theme("1.1", "Sociale kwaliteit", "Social quality"),
      theme("1.2", "Fysieke kwaliteit", "Physical quality"),
      theme(
        "1.3",
        "Objectieve veiligheid/veelvoorkomende en ‘high impact’-criminaliteit",
        "Objective safety/common and high-impact crime"
      ),
      theme("1.4", "Subjectieve veiligheid", "Perceived safety")
    ]
  },
  {
    code: "2",
    name: { nl: "Bedrijvigheid en veiligheid", en: "Business and safety" },
    themes: [
      theme("2.1", "Veilig winkelgebied", "Safe shopping areas"),
      theme("2.2", "Veilige bedrijventerreinen", "Safe business parks"),
      theme("2.3", "Veilig uitgaan", "Safe nightlife"),
      theme("2.4", "Veilige evenementen", "Safe events"),
      theme("2.5", "Veilig toerisme", "Safe tourism")
    ]
  },
  {
    code: "3",
    name: { nl: "Jeugd en veiligheid", en: "Youth and safety" },
    themes: [
      theme("3.1", "Jeugdoverlast", "Youth nuisance"),
      theme(
        "3.2",
        "Jeugdcriminaliteit/individuele probleemjongeren",
        "Youth crime/individual problem youths"
      ),
      theme("3.3", "Jeugd, alcohol en drugs", "Youth, alcohol and drugs"),
      theme("3.4", "Veilig in en om de school", "Safety in and around school")
    ]
  },
  {
    code: "4",
    name: { nl: "Fysieke veiligheid", en: "Physical safety" },
    themes: [
      theme("4.1", "Verkeersveiligheid", "Road safety"),
      theme("4.2", "Brandveiligheid", "Fire safety"),
      theme("4.3", "Externe veiligheid", "External safety (hazardous substances)"),
      theme(
        "4.4",
        "Rampenbestrijding en crisisbeheersing",
        "Disaster response and crisis management"
      )
    ]
  },
  {
    code: "5",
    name: { nl: "Integriteit en veiligheid", en: "Integrity and safety" },
    themes: [
      theme("5.1", "Polarisatie en radicalisering", "Polarisation and radicalisation"),
      theme(
        "5.2",
        "Georganiseerde criminaliteit / ondermijnende criminaliteit",
        "Organised and subversive crime"
      ),
      theme("5.3", "Veilige Publieke Taak", "Safe public service"),
      theme("5.4", "Informatieveiligheid", "Information security"),
      theme(
        "5.5",
        "Ambtelijke en bestuurlijke integriteit",
        "Integrity of officials and administrators"
      )
    ]
  }
];
function findKernbeleidTheme(code) {
  for (const field of KERNBELEID_VEILIGHEID) {
    const found = field.themes.find((t) => t.code === code);
    if (found) return found;
  }
  return void 0;
}
var KIND_NAME = {
  area: "areas",
  series: "series",
  indicator: "indicators",
  source: "sources",
  partner: "partners",
  table: "tables",
  theme: "priorities or themes"
};
function foldId(id) {
  return id.normalize("NFKC").toLowerCase();
}
function checkReferences(plan) {
  const issues = [];
  const ids2 = {};
  const folded = {};
  function unique(seen, value, path, list2, what) {
    const key2 = foldId(value);
    const earlier = seen.get(key2);
    if (earlier === void 0) {
      seen.set(key2, value);
      return;
    }
    const also = earlier === value ? "" : ` (as "${earlier}" before; ${what}s differ in more than case)`;
    issues.push({
      code: "duplicate-id",
      path,
      message: `the ${what} "${value}" is used twice in ${formatPlanPath(list2)}${also}`,
      hint: `give each entry its own ${what}`,
      params: {
        id: value,
        list: formatPlanPath(list2),
        what,
        ...earlier !== value && { earlier }
      }
    });
  }
  function define(kind, entries, path) {
    const seen = new Set(ids2[kind] ?? []);
    const seenFolded = folded[kind] ?? /* @__PURE__ */ new Map();
    entries.forEach((entry, i) => {
      unique(seenFolded, entry.id, [...path, i, "id"], path, "id");
      seen.add(entry.id);
    });
    ids2[kind] = seen;
    folded[kind] = seenFolded;
  }
  define("area", plan.areas, ["areas"]);
  ids2.area.add(plan.municipality.code);
  const codes = /* @__PURE__ */ new Map();
  plan.areas.forEach((area, i) => {
    if (area.code !== void 0) unique(codes, area.code, ["areas", i, "code"], ["areas"], "code");
  });
  define("series", plan.series, ["series"]);
  define("indicator", plan.indicators, ["indicators"]);
  define("source", plan.sources, ["sources"]);
  define("partner", plan.partners, ["partners"]);
  define("table", plan.tables, ["tables"]);
  define("theme", plan.priorities, ["priorities"]);
  define("theme", plan.themes, ["themes"]);
  const measurable = /* @__PURE__ */ new Set([...ids2.series, ...ids2.indicator]);
  function ref2(kind, id, path, known = ids2[kind]) {
    if (id === void 0 || known.has(id)) return;
    const suggestion2 = closestMatch(id, [...known]);
    issues.push({
      code: "unknown-reference",
      path,
      message: `unknown ${kind} "${id}"`,
      expected: `one of the ids in ${KIND_NAME[kind]}`,
      ...suggestion2 && { hint: `did you mean "${suggestion2}"?` },
      params: { kind, id, ...suggestion2 && { suggestion: suggestion2 } }
    });
  }
  plan.series.forEach((s, i) => {
    var _a3, _b2, _c;
    (_a3 = s.parts) == null ? void 0 : _a3.series.forEach((part, j) => {
      ref2("series", part, ["series", i, "parts", "series", j]);
    });
    ref2("series", (_b2 = s.rate) == null ? void 0 : _b2.count, ["series", i, "rate", "count"]);
    ref2("series", (_c = s.rate) == null ? void 0 : _c.population, ["series", i, "rate", "population"]);
  });
  plan.indicators.forEach((indicator, i) => {
    ref2("source", indicator.source, ["indicators", i, "source"]);
    ref2("series", indicator.series, ["indicators", i, "series"], measurable);
  });
  plan.indicatorTables.forEach((table2, i) => {
    ref2("theme", table2.theme, ["indicatorTables", i, "theme"]);
    table2.rows.forEach((row2, j) => {
      ref2("indicator", row2.indicator, ["indicatorTables", i, "rows", j, "indicator"]);
    });
  });
  plan.tables.forEach((table2, i) => {
    ref2("area", table2.area, ["tables", i, "area"]);
    ref2("source", table2.source, ["tables", i, "source"]);
    const columnIds = new Set(table2.columns.map((c) => c.id));
    table2.columns.forEach((column, j) => {
      if (column.kind === "reference")
        ref2("area", column.area, ["tables", i, "columns", j, "area"]);
    });
    table2.rows.forEach((row2, j) => {
      ref2("series", row2.series, ["tables", i, "rows", j, "series"], measurable);
      for (const field of ["printed", "supplied"]) {
        for (const columnId of Object.keys(row2[field] ?? {})) {
          const column = table2.columns.find((c) => c.id === columnId);
          const wanted = field === "printed" ? "change" : "reference";
          if (!columnIds.has(columnId) || (column == null ? void 0 : column.kind) !== wanted) {
            const options = table2.columns.filter((c) => c.kind === wanted).map((c) => c.id).join(", ") || "(none)";
            issues.push({
              code: "unknown-reference",
              path: ["tables", i, "rows", j, field, columnId],
              message: `"${columnId}" is not a ${wanted} column of table ${table2.id}`,
              expected: `one of: ${options}`,
              params: { kind: "column", id: columnId, wanted, table: table2.id, options }
            });
          }
        }
      }
    });
  });
  plan.observations.forEach((block, i) => {
    ref2("area", block.area, ["observations", i, "area"]);
    ref2("source", block.source, ["observations", i, "source"]);
    ref2("table", block.table, ["observations", i, "table"]);
    ref2("series", block.series, ["observations", i, "series"], measurable);
    for (const series of Object.keys(block.values ?? {})) {
      ref2("series", series, ["observations", i, "values", series], measurable);
    }
  });
  plan.claims.forEach((claim2, i) => {
    ref2("series", claim2.series, ["claims", i, "series"], measurable);
    ref2("area", claim2.area, ["claims", i, "area"]);
  });
  const themeGroups = [
    ["priorities", plan.priorities],
    ["themes", plan.themes]
  ];
  for (const [group, themes2] of themeGroups) {
    themes2.forEach((theme2, i) => {
      theme2.kernbeleid.forEach((code, j) => {
        if (!findKernbeleidTheme(code)) {
          issues.push({
            code: "unknown-reference",
            path: [group, i, "kernbeleid", j],
            message: `Kernbeleid Veiligheid has no theme ${code}`,
            expected: "a code from 1.1 to 5.5 as listed in Bijlage 2",
            params: { kind: "kernbeleid", id: code }
          });
        }
      });
      theme2.partners.forEach((partner, j) => {
        ref2("partner", partner, [group, i, "partners", j]);
      });
      theme2.indicators.forEach((indicator, j) => {
        ref2("indicator", indicator, [group, i, "indicators", j]);
      });
      theme2.actions.forEach((action, j) => {
        action.partners.forEach((partner, k) => {
          ref2("partner", partner, [group, i, "actions", j, "partners", k]);
        });
      });
    });
  }
  return issues;
}
var KINDS = ["area", "series", "indicator", "source", "partner", "table", "theme"];
function isKnownKind(kind) {
  return KINDS.includes(kind);
}
function describe(issue2) {
  const p = issue2.params ?? {};
  const id = quoted(p.id ?? "");
  if (p.kind === "kernbeleid") {
    return say$g.message("no-kernbeleid-theme", { theme: p.id ?? "" });
  }
  if (p.kind === "column") {
    return say$g.message("not-a-column", {
      id,
      wanted: say$g.fragment(p.wanted === "change" ? "change-column" : "reference-column"),
      table: p.table ?? ""
    });
  }
  const kind = p.kind;
  const [one, list2] = isKnownKind(kind) ? [say$g.fragment(`kind-${kind}`), say$g.fragment(`list-${kind}`)] : [kind ?? "", kind ?? ""];
  return say$g.message("unknown-id", { kind: one, id, list: list2 });
}
function suggest(issue2) {
  const p = issue2.params ?? {};
  if (p.kind === "kernbeleid") return say$g.suggestion("use-kernbeleid-code");
  if (p.kind === "column") return say$g.suggestion("use-column", { options: p.options ?? "" });
  return p.suggestion ? say$g.suggestion("did-you-mean", { id: quoted(p.suggestion) }) : say$g.suggestion("define-id");
}
var say$g = ruleMessages("unknown-reference");
var unknownReference = {
  id: "unknown-reference",
  severity: "error",
  description: say$g.description,
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - { origin: other, series: woninginbraak, period: 2017, value: 79 }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - { origin: other, series: woninginbraken, period: 2017, value: 79 }
`
  },
  check({ plan }) {
    return checkReferences(plan).filter((issue2) => issue2.code === "unknown-reference").map(
      (issue2) => ({
        ...describe(issue2),
        locations: [issue2.path],
        ...suggest(issue2)
      })
    );
  }
};
var say$f = ruleMessages("indicator-missing-source");
var indicatorMissingSource = {
  id: "indicator-missing-source",
  severity: "warning",
  description: say$f.description,
  docs: {
    failing: `indicators:
  - { id: bibob-horeca, label: "Bibob: bestaande (risicovolle) horeca ondernemingen",
      unit: percentage, direction: higher-is-better,
      baseline: { value: 80, period: 2017 },
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`,
    fixed: `sources:
  - { id: gemeente, name: Registratie gemeente, kind: municipal-registration }
indicators:
  - { id: bibob-horeca, label: "Bibob: bestaande (risicovolle) horeca ondernemingen",
      unit: percentage, direction: higher-is-better, source: gemeente,
      baseline: { value: 80, period: 2017 },
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`
  },
  check({ plan }) {
    const findings = [];
    for (const entry of indicatorEntries(plan)) {
      if (entry.indicator.source !== void 0) continue;
      const printed = entry.rows.find((row2) => row2.row.source !== void 0);
      const known = printed ? plan.sources.find(
        (s) => normalizeName(s.name) === normalizeName(printed.row.source ?? "")
      ) : void 0;
      const label = quoted(entry.indicator.label);
      findings.push({
        ...printed ? say$f.message("source-only-printed", {
          label,
          table: quoted(printed.table.title),
          source: quoted(printed.row.source ?? "")
        }) : say$f.message(entry.rows.length > 0 ? "no-source-in-table" : "no-source", { label }),
        locations: [[...entry.path, "id"], ...entry.rows.map((row2) => row2.path)],
        ...known ? say$f.suggestion("add-source", { id: known.id }) : say$f.suggestion("record-source")
      });
    }
    return findings;
  }
};
var say$e = ruleMessages("indicator-missing-target");
var indicatorMissingTarget = {
  id: "indicator-missing-target",
  severity: "info",
  description: say$e.description,
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraak-geslaagd, label: Aantal geslaagde woninginbraken, unit: count,
      direction: lower-is-better, source: bvh, baseline: { value: 59, period: 2017 } }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraak-geslaagd, label: Aantal geslaagde woninginbraken, unit: count,
      direction: lower-is-better, source: bvh, baseline: { value: 59, period: 2017 },
      targets: [{ kind: absolute, value: 45, period: 2021 }] }
`
  },
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry) => {
      if (targetStatements(entry).length > 0) return [];
      return [
        {
          ...say$e.message(entry.rows.length > 0 ? "no-target-in-table" : "no-target", {
            label: quoted(entry.indicator.label)
          }),
          locations: [...entry.rows.map((row2) => row2.path), [...entry.path, "id"]],
          ...say$e.suggestion("give-target")
        }
      ];
    });
  }
};
function targetKey(statement) {
  const { target, baseline } = statement;
  const kind = target.kind === "absolute" || target.kind === "relative" ? "reach" : target.kind;
  const value = targetValue(target, baseline == null ? void 0 : baseline.baseline.value);
  return `${kind}:${value === void 0 ? "?" : formatFigure(value)}`;
}
function targetValue(target, baseline) {
  if (target.value !== void 0) return rationalFromNumber(target.value);
  if (target.kind === "keep-level" && baseline !== void 0) return rationalFromNumber(baseline);
  if (target.kind === "relative" && target.change !== void 0 && baseline !== void 0) {
    return applyChange(baseline, target.change);
  }
  return void 0;
}
function places(group) {
  return list(group.map((s) => describePlace(s.place)));
}
function baselineConflict(context, entry) {
  const statements = baselineStatements(entry);
  const groups = groupBy(
    statements,
    (s) => `${formatFigure(s.baseline.value)}@${s.baseline.period}`
  );
  if (groups.length < 2) return void 0;
  const unit = entry.indicator.unit;
  const periods = new Set(statements.map((s) => s.baseline.period));
  const observed = [...periods].flatMap((period2) => {
    const values = context.index.getAll(seriesOf(entry.indicator), context.plan.municipality.code, period2).flatMap((o) => o.value === null ? [] : [o.value]);
    const distinct2 = [...new Set(values)];
    return distinct2.length === 1 ? [{ period: period2, value: distinct2[0] }] : [];
  });
  return {
    ...say$d.message("different-baselines", {
      label: quoted(entry.indicator.label),
      count: groups.length,
      baselines: list(
        groups.map((group) => {
          const first = group[0];
          return say$d.fragment("baseline-in", {
            value: valueIn(first.baseline.value, unit),
            period: period(first.baseline.period),
            places: places(group)
          });
        }),
        "semicolon"
      )
    }),
    locations: statements.map((s) => [...s.path, "value"]),
    ...observed.length === 0 ? say$d.suggestion("use-one-baseline") : say$d.suggestion("use-one-baseline-figures", {
      figures: list(
        observed.map(
          (o) => say$d.fragment("figure", { value: valueIn(o.value, unit), period: period(o.period) })
        ),
        "comma"
      )
    })
  };
}
function targetConflicts(entry) {
  const unit = entry.indicator.unit;
  const byPeriod = groupBy(targetStatements(entry), (s) => s.target.period);
  return byPeriod.flatMap((statements) => {
    const groups = groupBy(statements, targetKey);
    if (groups.length < 2) return [];
    const targetPeriod = statements[0].target.period;
    return [
      {
        ...say$d.message("different-targets", {
          label: quoted(entry.indicator.label),
          count: groups.length,
          period: period(targetPeriod),
          targets: list(
            groups.map((group) => {
              const first = group[0];
              return say$d.fragment("target-in", {
                target: describeTarget(first.target, unit),
                places: places(group)
              });
            }),
            "semicolon"
          )
        }),
        locations: statements.map(
          (s) => s.target.value === void 0 ? s.path : [...s.path, "value"]
        ),
        ...say$d.suggestion("choose-one-target")
      }
    ];
  });
}
var say$d = ruleMessages("indicator-value-conflict");
var indicatorValueConflict = {
  id: "indicator-value-conflict",
  severity: "error",
  description: say$d.description,
  docs: {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.5, period: 2017 }
        target: { kind: absolute, value: 7.6, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
`
  },
  check(context) {
    return indicatorEntries(context.plan).flatMap((entry) => {
      const baseline = baselineConflict(context, entry);
      return [...baseline ? [baseline] : [], ...targetConflicts(entry)];
    });
  }
};
function conflict(entry, rows, field, text, preferred) {
  const groups = groupBy(rows, (row2) => normalizeName(text(row2)));
  if (groups.length < 2) return void 0;
  return {
    ...say$c.message(field === "label" ? "different-labels" : "different-sources", {
      label: quoted(entry.indicator.label),
      count: groups.length,
      names: list(
        groups.map(
          (group) => say$c.fragment("printed-in", {
            name: quoted(text(group[0])),
            places: list(group.map((row2) => describePlace(row2)))
          })
        ),
        "semicolon"
      )
    }),
    locations: rows.map((row2) => row2.row[field] === void 0 ? row2.path : [...row2.path, field]),
    ...field === "label" ? say$c.suggestion("same-label") : preferred ? say$c.suggestion("same-source-preferred", { preferred: quoted(preferred) }) : say$c.suggestion("same-source")
  };
}
var say$c = ruleMessages("indicator-wording-conflict");
var indicatorWordingConflict = {
  id: "indicator-wording-conflict",
  severity: "warning",
  description: say$c.description,
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: verwarde-personen, label: Aantal meldingen van verwarde personen, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: verwarde-personen
        label: Aantal verwarde personen
        source: BVH/politie
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: verwarde-personen
        label: Aantal meldingen van verwarde personen
        source: BVH/politiecijfers
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: verwarde-personen, label: Aantal meldingen van verwarde personen, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: verwarde-personen
        label: Aantal meldingen van verwarde personen
        source: BVH/politie
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: verwarde-personen
        label: Aantal meldingen van verwarde personen
        source: BVH/politie
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
`
  },
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry) => {
      var _a3;
      if (entry.rows.length < 2) return [];
      const preferred = (_a3 = plan.sources.find((s) => s.id === entry.indicator.source)) == null ? void 0 : _a3.name;
      const label = conflict(
        entry,
        entry.rows,
        "label",
        (row2) => row2.row.label ?? entry.indicator.label,
        void 0
      );
      const withSource = entry.rows.filter((row2) => row2.row.source !== void 0);
      const source = conflict(
        entry,
        withSource,
        "source",
        (row2) => row2.row.source ?? "",
        preferred
      );
      return [...label ? [label] : [], ...source ? [source] : []];
    });
  }
};
var say$b = ruleMessages("label-typo");
var labelTypo = {
  id: "label-typo",
  severity: "warning",
  description: say$b.description,
  docs: {
    failing: `series:
  - { id: vernielingen, label: Vernielingen }
observations:
  - { origin: table, table: tabel-2, series: vernielingen, period: 2017, value: 39 }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2017, kind: value, period: 2017 }]
    rows: [{ series: vernielingen, label: vermielingen }]
`,
    fixed: `series:
  - { id: vernielingen, label: Vernielingen }
observations:
  - { origin: table, table: tabel-2, series: vernielingen, period: 2017, value: 39 }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2017, kind: value, period: 2017 }]
    rows: [{ series: vernielingen, label: vernielingen }]
`
  },
  check({ plan }) {
    const names = [...plan.series.map((s) => s.label), ...plan.indicators.map((i) => i.label)];
    const known = new Set(names.flatMap(wordsOf));
    const printed = [
      ...plan.tables.flatMap(
        (table2, t) => table2.rows.flatMap(
          (row2, r) => row2.label === void 0 ? [] : [
            {
              label: row2.label,
              path: ["tables", t, "rows", r, "label"],
              where: figureTableName(plan, table2.id)
            }
          ]
        )
      ),
      ...plan.indicatorTables.flatMap(
        (table2, t) => table2.rows.flatMap(
          (row2, r) => row2.label === void 0 ? [] : [
            {
              label: row2.label,
              path: ["indicatorTables", t, "rows", r, "label"],
              where: phrase("table-title", { title: quoted(table2.title) })
            }
          ]
        )
      )
    ];
    const findings = [];
    for (const { label, path, where } of printed) {
      const typos = [...new Set(wordsOf(label))].flatMap((word) => {
        const meant = likelyTypoOf(word, known);
        return meant === void 0 ? [] : [{ word, meant }];
      });
      if (typos.length === 0) continue;
      const fixed = typos.reduce(
        (text, { word, meant }) => text.replace(
          new RegExp(word, "iu"),
          (found) => {
            var _a3, _b2;
            return found[0] === ((_a3 = found[0]) == null ? void 0 : _a3.toUpperCase()) ? ((_b2 = meant[0]) == null ? void 0 : _b2.toUpperCase()) + meant.slice(1) : meant;
          }
        ),
        label
      );
      findings.push({
        ...say$b.message("likely-typo", {
          label: quoted(label),
          where,
          typos: list(
            typos.map(
              ({ word, meant }) => say$b.fragment("typo", {
                word: quoted(word),
                meant: quoted(meant),
                source: quoted(names.find((name) => wordsOf(name).includes(meant)) ?? meant)
              })
            ),
            "comma"
          )
        }),
        locations: [path],
        ...say$b.suggestion("write-fixed", { label: quoted(fixed) })
      });
    }
    return findings;
  }
};
var say$a = ruleMessages("negative-derived-value");
var negativeDerivedValue = {
  id: "negative-derived-value",
  severity: "error",
  description: say$a.description,
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-1
    periods: [2017-H1]
    values: { woninginbraken: [54] }
  - origin: table
    table: tabel-2
    periods: [2017]
    values: { woninginbraken: [45] }
tables:
  - { id: tabel-1, number: 1, title: Politiecijfers januari-juni,
      columns: [{ id: h1-2017, kind: value, period: 2017-H1 }], rows: [{ series: woninginbraken }] }
  - { id: tabel-2, number: 2, title: Politiecijfers per jaar,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-1
    periods: [2017-H1]
    values: { woninginbraken: [54] }
  - origin: table
    table: tabel-2
    periods: [2017]
    values: { woninginbraken: [79] }
tables:
  - { id: tabel-1, number: 1, title: Politiecijfers januari-juni,
      columns: [{ id: h1-2017, kind: value, period: 2017-H1 }], rows: [{ series: woninginbraken }] }
  - { id: tabel-2, number: 2, title: Politiecijfers per jaar,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`
  },
  check(context) {
    const { plan, index } = context;
    const series = new Map(plan.series.map((s) => [s.id, s]));
    const findings = [];
    for (const byPeriod of figuresBySeriesAndArea(context)) {
      const { series: id, area } = byPeriod[0][0];
      const unit = unitOf(plan, id);
      if (unit !== "count") continue;
      const years = [
        ...new Set(byPeriod.map((f) => parsePeriodOrThrow(f[0].period).year))
      ];
      for (const year of years) {
        const total = resolveValue({ index, series }, id, area, fullYear(year));
        if (total.status === "missing" || total.status === "derived" && total.rule === "full-year") {
          continue;
        }
        for (const [half, other] of [
          [firstHalf(year), secondHalf(year)],
          [secondHalf(year), firstHalf(year)]
        ]) {
          const part = index.getAll(id, area, half).find((o) => o.value !== null);
          if ((part == null ? void 0 : part.value) == null) continue;
          const rest = subtract(rationalFromNumber(total.value), rationalFromNumber(part.value));
          if (sign(rest) >= 0) continue;
          findings.push({
            ...say$a.message("half-year-negative", {
              series: quoted(seriesName(plan, id)),
              half: period(formatPeriodCode(other)),
              sum: say$a.fragment("subtraction", {
                year: period(String(year)),
                total: valueIn(total.value, unit),
                totalFrom: describeResolved(plan, total),
                part: period(formatPeriodCode(half)),
                partValue: valueIn(part.value, unit),
                partFrom: describeOrigin(plan, part),
                rest: valueIn(rest, unit)
              })
            }),
            locations: [part.ref, ...refsOf(total)],
            ...say$a.suggestion("check-source")
          });
        }
      }
    }
    return findings;
  }
};
function lowerBoundFromInside(index, series, area, period2) {
  let largest;
  for (const figure2 of index.series(series, area)) {
    if (!isKnown(figure2)) continue;
    const inner = parsePeriodOrThrow(figure2.period);
    if (isSamePeriod(inner, period2) || !periodContains(period2, inner)) continue;
    if (largest === void 0 || figure2.value > largest.value) largest = figure2;
  }
  return largest;
}
function describeTerm(context, term) {
  const data = {
    series: seriesName(context.plan, term.series),
    value: term.figure.value
  };
  return term.kind === "known" ? say$9.fragment("term", data) : say$9.fragment("term-at-least", { ...data, period: period(term.figure.period) });
}
function checkPeriod(context, parent, parts, total) {
  const { index } = context;
  const totalPeriod = parsePeriodOrThrow(total.period);
  const additive = unitOf(context.plan, parent.id) === "count";
  const terms = [];
  let complete = true;
  for (const part of parts) {
    const figure2 = index.getAll(part, total.area, total.period).find(isKnown);
    if (figure2) {
      terms.push({ kind: "known", series: part, figure: figure2 });
      continue;
    }
    complete = false;
    if (!additive) continue;
    const largest = lowerBoundFromInside(index, part, total.area, totalPeriod);
    if (largest && largest.value > 0)
      terms.push({ kind: "at-least", series: part, figure: largest });
  }
  if (!complete && !additive) return void 0;
  const sum = terms.reduce(
    (s, t) => add(s, rationalFromNumber(t.figure.value)),
    rational(0n)
  );
  const order = compare$1(sum, rationalFromNumber(total.value));
  if (complete ? order === 0 : order <= 0) return void 0;
  return {
    ...say$9.message(complete ? "parts-differ" : "parts-exceed", {
      series: quoted(seriesName(context.plan, parent.id)),
      period: period(total.period),
      sum: figure(sum),
      total: total.value,
      terms: list(
        terms.map((t) => describeTerm(context, t)),
        "plus"
      )
    }),
    locations: [total.ref, ...terms.map((t) => t.figure.ref)],
    ...say$9.suggestion(complete ? "check-total-and-parts" : "part-missing")
  };
}
var say$9 = ruleMessages("parts-sum-mismatch");
var partsSumMismatch = {
  id: "parts-sum-mismatch",
  severity: "error",
  description: say$9.description,
  docs: {
    failing: `series:
  - id: woninginbraken
    label: Woninginbraken
    parts: { series: [pogingen, geslaagd], complete: true }
  - { id: pogingen, label: "...waaraan pogingen" }
  - { id: geslaagd, label: "...waaraan geslaagd" }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values:
      woninginbraken: [77, 79]
      pogingen: [21, 20]
      geslaagd: [56, 60]
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
    fixed: `series:
  - id: woninginbraken
    label: Woninginbraken
    parts: { series: [pogingen, geslaagd], complete: true }
  - { id: pogingen, label: "...waaraan pogingen" }
  - { id: geslaagd, label: "...waaraan geslaagd" }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values:
      woninginbraken: [77, 79]
      pogingen: [21, 20]
      geslaagd: [56, 59]
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`
  },
  check(context) {
    var _a3;
    const findings = [];
    for (const parent of context.plan.series) {
      if (!((_a3 = parent.parts) == null ? void 0 : _a3.complete)) continue;
      const parts = parent.parts.series;
      const totals = context.observations.filter(
        (o) => o.series === parent.id && o.value !== null
      );
      const seen = /* @__PURE__ */ new Set();
      for (const total of totals) {
        const key2 = `${total.area}\0${total.period}`;
        if (seen.has(key2)) continue;
        seen.add(key2);
        const finding = checkPeriod(context, parent, parts, total);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  }
};
var PLACEHOLDER = /^\s*TODO\b/;
function findPlaceholders(plan) {
  const found = [];
  const walk = (value, path) => {
    if (typeof value === "string") {
      if (PLACEHOLDER.test(value)) found.push({ path: [...path], text: value.trim() });
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...path, i]);
    } else if (value !== null && typeof value === "object") {
      for (const [key2, item] of Object.entries(value)) walk(item, [...path, key2]);
    }
  };
  walk(plan, []);
  return found;
}
var SHOWN = 60;
var say$8 = ruleMessages("placeholder");
var placeholder = {
  id: "placeholder",
  severity: "warning",
  description: say$8.description,
  docs: {
    failing: `themes:
  - id: brandveilig-leven
    title: Brandveilig leven
    approach: "TODO: de aanpak, bijvoorbeeld: voorlichting over rookmelders in elke wijk."
`,
    fixed: `themes:
  - id: brandveilig-leven
    title: Brandveilig leven
    approach: De brandweer geeft in elke wijk voorlichting over rookmelders.
`
  },
  check({ plan }) {
    return findPlaceholders(plan).map(
      ({ path, text }) => ({
        ...say$8.message("still-placeholder", {
          field: formatPlanPath(path),
          text: quoted(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text)
        }),
        locations: [path],
        ...say$8.suggestion("replace-text")
      })
    );
  }
};
var say$7 = ruleMessages("baseline-figure-mismatch");
var baselineFigureMismatch = {
  id: "baseline-figure-mismatch",
  severity: "error",
  description: say$7.description,
  docs: {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.5, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.3, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`
  },
  check({ plan, index }) {
    const findings = [];
    for (const entry of indicatorEntries(plan)) {
      const unit = entry.indicator.unit;
      for (const statement of baselineStatements(entry)) {
        const { value, period: code } = statement.baseline;
        const observed = index.getAll(seriesOf(entry.indicator), plan.municipality.code, code).filter((o) => o.value !== null);
        if (observed.length === 0 || observed.some((o) => o.value === value)) continue;
        const first = observed[0];
        findings.push({
          ...say$7.message("baseline-differs", {
            label: quoted(entry.indicator.label),
            place: describePlace(statement.place),
            value: valueIn(value, unit),
            period: period(code),
            figures: list(
              observed.map(
                (o) => say$7.fragment("figure-in", {
                  value: valueIn(o.value, unit),
                  origin: describeOrigin(plan, o)
                })
              )
            )
          }),
          locations: [[...statement.path, "value"], ...observed.map((o) => o.ref)],
          ...say$7.suggestion("use-figure", {
            figure: valueIn(first.value, unit),
            baseline: valueIn(value, unit)
          })
        });
      }
    }
    return findings;
  }
};
var say$6 = ruleMessages("baseline-target-period");
var baselineTargetPeriod = {
  id: "baseline-target-period",
  severity: "error",
  description: say$6.description,
  docs: {
    failing: `period: { start: 2019, end: 2022 }
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2023 }]
`,
    fixed: `period: { start: 2019, end: 2022 }
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2022 }]
`
  },
  check({ plan }) {
    const { start, end } = plan.period;
    const span = `${start}-${end}`;
    const findings = [];
    for (const entry of indicatorEntries(plan)) {
      const label = quoted(entry.indicator.label);
      for (const statement of baselineStatements(entry)) {
        const from = parsePeriodOrThrow(statement.baseline.period);
        if (from.year <= start) continue;
        findings.push({
          ...say$6.message("baseline-after-plan-start", {
            label,
            place: describePlace(statement.place),
            period: period(statement.baseline.period),
            span
          }),
          locations: [[...statement.path, "period"]],
          ...say$6.suggestion("use-earlier-baseline", { start: String(start) })
        });
      }
      for (const statement of targetStatements(entry)) {
        const to = parsePeriodOrThrow(statement.target.period);
        const place2 = describePlace(statement.place);
        if (to.year < start || to.year > end) {
          findings.push({
            ...say$6.message("target-outside-plan-period", {
              label,
              place: place2,
              period: period(statement.target.period),
              span
            }),
            locations: [[...statement.path, "period"]],
            ...say$6.suggestion("choose-target-year", { start: String(start), end: String(end) })
          });
        }
        const baseline = statement.baseline;
        if (!baseline) continue;
        const from = parsePeriodOrThrow(baseline.baseline.period);
        if (from.year < to.year) continue;
        findings.push({
          ...say$6.message("target-not-after-baseline", {
            label,
            place: place2,
            period: period(statement.target.period),
            baseline: period(baseline.baseline.period)
          }),
          locations: [
            [...statement.path, "period"],
            [...baseline.path, "period"]
          ],
          ...say$6.suggestion("check-both-years")
        });
      }
    }
    return findings;
  }
};
function describeClaim(claim2) {
  return say$5.fragment(`claim-${claim2.kind}`, { from: period(claim2.from), to: period(claim2.to) });
}
function describePoint(point, unit) {
  const value = valueIn(point.value, unit);
  return point.exact ? say$5.fragment("point", { period: period(point.period), value }) : say$5.fragment("point-at-least", {
    period: period(point.period),
    value,
    inside: period(point.inside ?? "")
  });
}
function pointsOf(context, claim2, additive) {
  const { plan, index } = context;
  const series = new Map(plan.series.map((s) => [s.id, s]));
  const area = claim2.area ?? plan.municipality.code;
  const from = parsePeriodOrThrow(claim2.from);
  const to = parsePeriodOrThrow(claim2.to);
  const points = [];
  for (let year = from.year; year <= to.year; year++) {
    const period2 = shiftPeriod(from, year - from.year);
    const resolved = resolveValue({ index, series }, claim2.series, area, period2);
    if (resolved.status !== "missing") {
      points.push({
        period: resolved.period,
        value: resolved.value,
        exact: true,
        refs: refsOf(resolved)
      });
      continue;
    }
    const bound = additive ? lowerBoundFromInside(index, claim2.series, area, period2) : void 0;
    if (bound) {
      points.push({
        period: formatPeriodCode(period2),
        value: bound.value,
        exact: false,
        inside: bound.period,
        refs: [bound.ref]
      });
    }
  }
  return points;
}
function contradictions(claim2, points) {
  const decreasing = claim2.kind === "strictly-decreasing" || claim2.kind === "decreased";
  const notLower = (before, after) => before.exact && after.value >= before.value;
  const notHigher = (before, after) => after.exact && before.value >= after.value;
  const broken = decreasing ? notLower : notHigher;
  if (claim2.kind === "decreased" || claim2.kind === "increased") {
    const first = points.find((p) => p.period === claim2.from);
    const last = points.find((p) => p.period === claim2.to);
    return first && last && broken(first, last) ? [[first, last]] : [];
  }
  const result = [];
  const exact = points.filter((p) => p.exact);
  exact.slice(1).forEach((after, i) => {
    const before = exact[i];
    if (broken(before, after)) result.push([before, after]);
  });
  points.forEach((point, i) => {
    if (point.exact) return;
    const neighbour = decreasing ? points.slice(0, i).filter((p) => p.exact).at(-1) : points.slice(i + 1).find((p) => p.exact);
    if (!neighbour) return;
    const pair = decreasing ? [neighbour, point] : [point, neighbour];
    if (broken(...pair)) result.push(pair);
  });
  return result.sort((a, b) => a[1].period.localeCompare(b[1].period));
}
var say$5 = ruleMessages("claim-contradicted");
var claimContradicted = {
  id: "claim-contradicted",
  severity: "error",
  description: say$5.description,
  docs: {
    failing: `series:
  - { id: geweld, label: Geweldsmisdrijven }
observations:
  - origin: table
    table: tabel-2
    periods: [2014, 2015, 2016, 2017]
    values: { geweld: [35, 41, 29, 23] }
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: geweld }] }
claims:
  - id: geweld-elk-jaar-afgenomen
    section: "2. Huidige situatie"
    quote: "Het aantal geweldsmisdrijven is elk jaar afgenomen."
    series: geweld
    kind: strictly-decreasing
    from: 2014
    to: 2017
`,
    fixed: `series:
  - { id: geweld, label: Geweldsmisdrijven }
observations:
  - origin: table
    table: tabel-2
    periods: [2014, 2015, 2016, 2017]
    values: { geweld: [35, 41, 29, 23] }
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: geweld }] }
claims:
  - id: geweld-afgenomen
    section: "2. Huidige situatie"
    quote: "Het aantal geweldsmisdrijven is sinds 2014 afgenomen."
    series: geweld
    kind: decreased
    from: 2014
    to: 2017
`
  },
  check(context) {
    const { plan } = context;
    const findings = [];
    plan.claims.forEach((claim2, i) => {
      const from = parsePeriodOrThrow(claim2.from);
      const to = parsePeriodOrThrow(claim2.to);
      if (!arePeriodsComparable(from, to) || to.year < from.year) return;
      const unit = unitOf(plan, claim2.series);
      const points = pointsOf(context, claim2, unit === "count");
      const broken = contradictions(claim2, points);
      if (broken.length === 0) return;
      const decreasing = claim2.kind === "strictly-decreasing" || claim2.kind === "decreased";
      const exact = points.filter((p) => p.exact);
      const first = exact[0];
      const last = exact.at(-1);
      const overall = first && last && first !== last && (decreasing ? last.value < first.value : last.value > first.value);
      findings.push({
        ...say$5.message("contradicted", {
          quote: quoted(claim2.quote),
          claim: describeClaim(claim2),
          reasons: list(
            broken.map(
              ([before, after]) => say$5.fragment(decreasing ? "not-lower" : "not-higher", {
                later: describePoint(after, unit),
                earlier: describePoint(before, unit)
              })
            )
          )
        }),
        locations: [
          ["claims", i, "kind"],
          ...broken.flatMap(([before, after]) => [...before.refs, ...after.refs])
        ],
        ...overall && first && last ? say$5.suggestion(decreasing ? "rephrase-lower" : "rephrase-higher", {
          last: describePoint(last, unit),
          first: describePoint(first, unit)
        }) : say$5.suggestion("rephrase-or-drop")
      });
    });
    return findings;
  }
};
function referenceValue(observations) {
  var _a3;
  const fromTable = observations.find((o) => o.origin === "table");
  if ((fromTable == null ? void 0 : fromTable.value) != null) return fromTable.value;
  const groups = groupBy(observations, (o) => String(o.value));
  const largest = groups.reduce((a, b) => b.length > a.length ? b : a);
  return ((_a3 = largest[0]) == null ? void 0 : _a3.value) ?? 0;
}
var say$4 = ruleMessages("conflicting-figures");
var conflictingFigures = {
  id: "conflicting-figures",
  severity: "error",
  description: say$4.description,
  docs: {
    failing: `series:
  - { id: autokraak, label: Auto-inbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
  - origin: text
    quote: "In 2015 waren dit er 65 en in 2016 was er een stijging te zien naar 85."
    periods: [2015, 2016]
    values: { autokraak: [65, 85] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2015, kind: value, period: 2015 }, { id: jaar-2016, kind: value, period: 2016 }]
    rows: [{ series: autokraak }]
`,
    fixed: `series:
  - { id: autokraak, label: Auto-inbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
  - origin: text
    quote: "In 2015 waren dit er 63 en in 2016 was er een stijging te zien naar 85."
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2015, kind: value, period: 2015 }, { id: jaar-2016, kind: value, period: 2016 }]
    rows: [{ series: autokraak }]
`
  },
  check({ plan, index }) {
    var _a3;
    const findings = [];
    for (const group of index.groups()) {
      const known = group.filter((o) => o.value !== null);
      const values = groupBy(known, (o) => String(o.value));
      if (values.length < 2) continue;
      const first = known[0];
      const unit = unitOf(plan, first.series);
      const reference = referenceValue(known);
      const primary = known.find((o) => o.value !== reference) ?? first;
      const ordered = [primary, ...known.filter((o) => o !== primary)];
      const figure2 = {
        series: quoted(seriesName(plan, first.series)),
        period: period(first.period)
      };
      const table2 = known.find((o) => o.origin === "table");
      findings.push({
        ...say$4.message("different-values", {
          figure: first.area === plan.municipality.code ? say$4.fragment("figure", figure2) : say$4.fragment("figure-in-area", {
            ...figure2,
            area: ((_a3 = plan.areas.find((a) => a.id === first.area)) == null ? void 0 : _a3.name) ?? first.area
          }),
          count: values.length,
          values: list(
            values.map(
              (same) => say$4.fragment("value-in", {
                value: valueIn(same[0].value ?? 0, unit),
                origins: list(distinct(same.map((o) => describeOrigin(plan, o))))
              })
            ),
            "semicolon"
          )
        }),
        locations: ordered.map((o) => o.ref),
        ...table2 ? say$4.suggestion("check-against-table", {
          table: describeOrigin(plan, table2),
          value: valueIn(reference, unit)
        }) : say$4.suggestion("check-figures")
      });
    }
    return findings;
  }
};
var say$3 = ruleMessages("duplicate-id");
var duplicateId = {
  id: "duplicate-id",
  severity: "error",
  description: say$3.description,
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
  - { id: woninginbraken, label: "Woninginbraken: pogingen" }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
  - { id: woninginbraak-pogingen, label: "Woninginbraken: pogingen" }
`
  },
  check({ plan }) {
    return checkReferences(plan).filter((issue2) => issue2.code === "duplicate-id").map((issue2) => {
      var _a3, _b2, _c, _d;
      const code = ((_a3 = issue2.params) == null ? void 0 : _a3.what) === "code";
      const earlier = (_b2 = issue2.params) == null ? void 0 : _b2.earlier;
      return {
        ...say$3.message(code ? "duplicate-code" : "duplicate-id", {
          id: quoted(((_c = issue2.params) == null ? void 0 : _c.id) ?? ""),
          list: ((_d = issue2.params) == null ? void 0 : _d.list) ?? "",
          earlier: earlier ? say$3.fragment("earlier-spelling", { earlier: quoted(earlier) }) : ""
        }),
        locations: [issue2.path],
        ...say$3.suggestion(code ? "give-own-code" : "give-own-id")
      };
    });
  }
};
function report(comparison) {
  const from = parsePeriodOrThrow(comparison.from);
  const to = parsePeriodOrThrow(comparison.to);
  if (arePeriodsComparable(from, to)) return void 0;
  const toDate = isYearToDate(from) || isYearToDate(to);
  const alike = formatPeriodCode(shiftPeriod(to, from.year - to.year));
  return {
    ...say$2.message(toDate ? "not-same-months-to-date" : "not-same-months", {
      where: comparison.where,
      from: period(comparison.from),
      to: period(comparison.to)
    }),
    locations: [comparison.toPath, comparison.fromPath],
    ...say$2.suggestion("compare-alike", { to: period(comparison.to), alike: period(alike) })
  };
}
var say$2 = ruleMessages("incomparable-periods");
var incomparablePeriods = {
  id: "incomparable-periods",
  severity: "error",
  description: say$2.description,
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "In 2017 waren er 79 woninginbraken; in 2018 tot en met oktober 46."
    periods: [2017, 2018-01..2018-10]
    values: { woninginbraken: [79, 46] }
claims:
  - id: woninginbraken-gedaald
    section: "2. Huidige situatie"
    quote: "Het aantal woninginbraken is in 2018 gedaald."
    series: woninginbraken
    kind: decreased
    from: 2017
    to: 2018-01..2018-10
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "In 2018 waren er tot en met oktober 46 woninginbraken en in 2017 dezelfde periode 70."
    periods: [2017-01..2017-10, 2018-01..2018-10]
    values: { woninginbraken: [70, 46] }
claims:
  - id: woninginbraken-gedaald
    section: "2. Huidige situatie"
    quote: "Het aantal woninginbraken is in 2018 gedaald."
    series: woninginbraken
    kind: decreased
    from: 2017-01..2017-10
    to: 2018-01..2018-10
`
  },
  check({ plan }) {
    const comparisons = [];
    plan.tables.forEach((table2, t) => {
      table2.columns.forEach((column, c) => {
        if (column.kind === "value" || column.from === void 0 || column.to === void 0) return;
        comparisons.push({
          where: say$2.fragment("where-column", {
            table: figureTableName(plan, table2.id),
            column: quoted(column.header ?? column.id)
          }),
          from: column.from,
          to: column.to,
          fromPath: ["tables", t, "columns", c, "from"],
          toPath: ["tables", t, "columns", c, "to"]
        });
      });
    });
    plan.claims.forEach((claim2, i) => {
      comparisons.push({
        where: say$2.fragment("where-claim", { quote: quoted(claim2.quote) }),
        from: claim2.from,
        to: claim2.to,
        fromPath: ["claims", i, "from"],
        toPath: ["claims", i, "to"]
      });
    });
    for (const entry of indicatorEntries(plan)) {
      for (const statement of targetStatements(entry)) {
        const { baseline } = statement;
        if (!baseline) continue;
        comparisons.push({
          where: say$2.fragment("where-target", {
            label: quoted(entry.indicator.label),
            place: describePlace(statement.place)
          }),
          from: baseline.baseline.period,
          to: statement.target.period,
          fromPath: [...baseline.path, "period"],
          toPath: [...statement.path, "period"]
        });
      }
    }
    return comparisons.flatMap((comparison) => report(comparison) ?? []);
  }
};
var say$1 = ruleMessages("indicator-missing-baseline");
var indicatorMissingBaseline = {
  id: "indicator-missing-baseline",
  severity: "warning",
  description: say$1.description,
  docs: {
    failing: `sources:
  - { id: gemeente, name: Registratie gemeente, kind: municipal-registration }
indicators:
  - { id: bibob-nieuwe-ondernemingen, label: "Bibob: nieuwe (risicovolle) ondernemingen",
      unit: percentage, direction: higher-is-better, source: gemeente,
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`,
    fixed: `sources:
  - { id: gemeente, name: Registratie gemeente, kind: municipal-registration }
indicators:
  - { id: bibob-nieuwe-ondernemingen, label: "Bibob: nieuwe (risicovolle) ondernemingen",
      unit: percentage, direction: higher-is-better, source: gemeente,
      baseline: { value: 60, period: 2017 },
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`
  },
  check({ plan }) {
    const findings = [];
    for (const entry of indicatorEntries(plan)) {
      if (effectiveBaseline(entry)) continue;
      const label = quoted(entry.indicator.label);
      findings.push({
        ...say$1.message(entry.rows.length > 0 ? "no-baseline-in-table" : "no-baseline", { label }),
        // The empty cell in the table first: that is where a reader misses it.
        locations: [...entry.rows.map((row2) => row2.path), [...entry.path, "id"]],
        ...say$1.suggestion("give-baseline")
      });
    }
    return findings;
  }
};
var say = ruleMessages("indicator-missing-direction");
var indicatorMissingDirection = {
  id: "indicator-missing-direction",
  severity: "warning",
  description: say.description,
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count, source: bvh,
      baseline: { value: 79, period: 2017 },
      targets: [{ kind: absolute, value: 59, period: 2021 }] }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count, source: bvh,
      direction: lower-is-better,
      baseline: { value: 79, period: 2017 },
      targets: [{ kind: absolute, value: 59, period: 2021 }] }
`
  },
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry) => {
      if (entry.indicator.direction !== void 0) return [];
      return [
        {
          ...say.message("no-direction", { label: quoted(entry.indicator.label) }),
          locations: [[...entry.path, "id"]],
          ...say.suggestion("add-direction")
        }
      ];
    });
  }
};
var LINT_RULES = Object.freeze([
  // Structure
  unknownReference,
  duplicateId,
  unknownLintRule,
  // Figures
  conflictingFigures,
  shorterPeriodExceedsLonger,
  negativeDerivedValue,
  partsSumMismatch,
  printedChangeMismatch,
  valueOutOfRange,
  incomparablePeriods,
  claimContradicted,
  // Baselines and targets
  relativeTargetMismatch,
  indicatorValueConflict,
  baselineFigureMismatch,
  baselineTargetPeriod,
  targetDirection,
  // Wording
  indicatorWordingConflict,
  labelTypo,
  sourceNameTypo,
  // Completeness
  priorityWithoutIndicators,
  indicatorMissingSource,
  indicatorMissingBaseline,
  indicatorMissingDirection,
  indicatorMissingTarget,
  placeholder,
  // Last: checks the plan's lint.acknowledged against what the others found
  unusedAcknowledgement
]);
function lintPlan(plan, options = {}) {
  var _a3, _b2;
  const observations = options.observations ?? collectObservations(plan);
  const findings = [];
  const context = {
    plan,
    observations,
    index: new ObservationIndex(observations),
    ruleIds: LINT_RULES.map((rule) => rule.id),
    earlier: findings
  };
  const settings2 = {
    ...(_a3 = plan.lint) == null ? void 0 : _a3.rules,
    ...options.rules
  };
  const reasons = new Map(
    (((_b2 = plan.lint) == null ? void 0 : _b2.acknowledged) ?? []).map((a) => [`${a.rule} ${a.at}`, a.reason])
  );
  for (const rule of LINT_RULES) {
    const setting = settings2[rule.id] ?? rule.severity;
    if (setting === "off") continue;
    for (const finding of rule.check(context)) {
      const reason = reasons.get(`${rule.id} ${findingField(finding) ?? ""}`);
      findings.push({
        rule: rule.id,
        severity: setting,
        ...finding,
        message: localizeMessage(rule.id, finding.messageId, finding.data),
        ...finding.suggestionId !== void 0 && {
          suggestion: localizeMessage(rule.id, finding.suggestionId, finding.suggestionData ?? {})
        },
        ...reason !== void 0 && { acknowledged: reason }
      });
    }
  }
  return findings;
}
/*! js-yaml 4.1.1 https://github.com/nodeca/js-yaml @license MIT */
function isNothing(subject) {
  return typeof subject === "undefined" || subject === null;
}
function isObject(subject) {
  return typeof subject === "object" && subject !== null;
}
function toArray(sequence) {
  if (Array.isArray(sequence)) return sequence;
  else if (isNothing(sequence)) return [];
  return [sequence];
}
function extend(target, source) {
  var index, length, key2, sourceKeys;
  if (source) {
    sourceKeys = Object.keys(source);
    for (index = 0, length = sourceKeys.length; index < length; index += 1) {
      key2 = sourceKeys[index];
      target[key2] = source[key2];
    }
  }
  return target;
}
function repeat(string2, count) {
  var result = "", cycle;
  for (cycle = 0; cycle < count; cycle += 1) {
    result += string2;
  }
  return result;
}
function isNegativeZero(number2) {
  return number2 === 0 && Number.NEGATIVE_INFINITY === 1 / number2;
}
var isNothing_1 = isNothing;
var isObject_1 = isObject;
var toArray_1 = toArray;
var repeat_1 = repeat;
var isNegativeZero_1 = isNegativeZero;
var extend_1 = extend;
var common = {
  isNothing: isNothing_1,
  isObject: isObject_1,
  toArray: toArray_1,
  repeat: repeat_1,
  isNegativeZero: isNegativeZero_1,
  extend: extend_1
};
function formatError(exception2, compact) {
  var where = "", message = exception2.reason || "(unknown reason)";
  if (!exception2.mark) return message;
  if (exception2.mark.name) {
    where += 'in "' + exception2.mark.name + '" ';
  }
  where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
  if (!compact && exception2.mark.snippet) {
    where += "\n\n" + exception2.mark.snippet;
  }
  return message + " " + where;
}
function YAMLException$1(reason, mark) {
  Error.call(this);
  this.name = "YAMLException";
  this.reason = reason;
  this.mark = mark;
  this.message = formatError(this, false);
  if (Error.captureStackTrace) {
    Error.captureStackTrace(this, this.constructor);
  } else {
    this.stack = new Error().stack || "";
  }
}
YAMLException$1.prototype = Object.create(Error.prototype);
YAMLException$1.prototype.constructor = YAMLException$1;
YAMLException$1.prototype.toString = function toString(compact) {
  return this.name + ": " + formatError(this, compact);
};
var exception = YAMLException$1;
function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
  var head = "";
  var tail = "";
  var maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position2 - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position2 - maxHalfLength + head.length;
  }
  if (lineEnd - position2 > maxHalfLength) {
    tail = " ...";
    lineEnd = position2 + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
    pos: position2 - lineStart + head.length
    // relative position
  };
}
function padStart(string2, max) {
  return common.repeat(" ", max - string2.length) + string2;
}
function makeSnippet(mark, options) {
  options = Object.create(options || null);
  if (!mark.buffer) return null;
  if (!options.maxLength) options.maxLength = 79;
  if (typeof options.indent !== "number") options.indent = 1;
  if (typeof options.linesBefore !== "number") options.linesBefore = 3;
  if (typeof options.linesAfter !== "number") options.linesAfter = 2;
  var re = /\r?\n|\r|\0/g;
  var lineStarts = [0];
  var lineEnds = [];
  var match;
  var foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) {
      foundLineNo = lineStarts.length - 2;
    }
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  var result = "", i, line;
  var lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
  var maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
  for (i = 1; i <= options.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo - i],
      lineEnds[foundLineNo - i],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
      maxLineLength
    );
    result = common.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line.str + "\n" + result;
  }
  line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += common.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  result += common.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
  for (i = 1; i <= options.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    line = getLine(
      mark.buffer,
      lineStarts[foundLineNo + i],
      lineEnds[foundLineNo + i],
      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
      maxLineLength
    );
    result += common.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line.str + "\n";
  }
  return result.replace(/\n$/, "");
}
var snippet = makeSnippet;
var TYPE_CONSTRUCTOR_OPTIONS = [
  "kind",
  "multi",
  "resolve",
  "construct",
  "instanceOf",
  "predicate",
  "represent",
  "representName",
  "defaultStyle",
  "styleAliases"
];
var YAML_NODE_KINDS = [
  "scalar",
  "sequence",
  "mapping"
];
function compileStyleAliases(map2) {
  var result = {};
  if (map2 !== null) {
    Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    });
  }
  return result;
}
function Type$1(tag, options) {
  options = options || {};
  Object.keys(options).forEach(function(name) {
    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
      throw new exception('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }
  });
  this.options = options;
  this.tag = tag;
  this.kind = options["kind"] || null;
  this.resolve = options["resolve"] || function() {
    return true;
  };
  this.construct = options["construct"] || function(data) {
    return data;
  };
  this.instanceOf = options["instanceOf"] || null;
  this.predicate = options["predicate"] || null;
  this.represent = options["represent"] || null;
  this.representName = options["representName"] || null;
  this.defaultStyle = options["defaultStyle"] || null;
  this.multi = options["multi"] || false;
  this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
    throw new exception('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
}
var type = Type$1;
function compileList(schema2, name) {
  var result = [];
  schema2[name].forEach(function(currentType) {
    var newIndex = result.length;
    result.forEach(function(previousType, previousIndex) {
      if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
        newIndex = previousIndex;
      }
    });
    result[newIndex] = currentType;
  });
  return result;
}
function compileMap() {
  var result = {
    scalar: {},
    sequence: {},
    mapping: {},
    fallback: {},
    multi: {
      scalar: [],
      sequence: [],
      mapping: [],
      fallback: []
    }
  }, index, length;
  function collectType(type2) {
    if (type2.multi) {
      result.multi[type2.kind].push(type2);
      result.multi["fallback"].push(type2);
    } else {
      result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
    }
  }
  for (index = 0, length = arguments.length; index < length; index += 1) {
    arguments[index].forEach(collectType);
  }
  return result;
}
function Schema$1(definition) {
  return this.extend(definition);
}
Schema$1.prototype.extend = function extend2(definition) {
  var implicit = [];
  var explicit = [];
  if (definition instanceof type) {
    explicit.push(definition);
  } else if (Array.isArray(definition)) {
    explicit = explicit.concat(definition);
  } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
    if (definition.implicit) implicit = implicit.concat(definition.implicit);
    if (definition.explicit) explicit = explicit.concat(definition.explicit);
  } else {
    throw new exception("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
  }
  implicit.forEach(function(type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    }
    if (type$1.loadKind && type$1.loadKind !== "scalar") {
      throw new exception("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
    }
    if (type$1.multi) {
      throw new exception("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
    }
  });
  explicit.forEach(function(type$1) {
    if (!(type$1 instanceof type)) {
      throw new exception("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    }
  });
  var result = Object.create(Schema$1.prototype);
  result.implicit = (this.implicit || []).concat(implicit);
  result.explicit = (this.explicit || []).concat(explicit);
  result.compiledImplicit = compileList(result, "implicit");
  result.compiledExplicit = compileList(result, "explicit");
  result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
  return result;
};
var schema = Schema$1;
var str = new type("tag:yaml.org,2002:str", {
  kind: "scalar",
  construct: function(data) {
    return data !== null ? data : "";
  }
});
var seq = new type("tag:yaml.org,2002:seq", {
  kind: "sequence",
  construct: function(data) {
    return data !== null ? data : [];
  }
});
var map = new type("tag:yaml.org,2002:map", {
  kind: "mapping",
  construct: function(data) {
    return data !== null ? data : {};
  }
});
var failsafe = new schema({
  explicit: [
    str,
    seq,
    map
  ]
});
function resolveYamlNull(data) {
  if (data === null) return true;
  var max = data.length;
  return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
}
function constructYamlNull() {
  return null;
}
function isNull(object) {
  return object === null;
}
var _null = new type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: resolveYamlNull,
  construct: constructYamlNull,
  predicate: isNull,
  represent: {
    canonical: function() {
      return "~";
    },
    lowercase: function() {
      return "null";
    },
    uppercase: function() {
      return "NULL";
    },
    camelcase: function() {
      return "Null";
    },
    empty: function() {
      return "";
    }
  },
  defaultStyle: "lowercase"
});
function resolveYamlBoolean(data) {
  if (data === null) return false;
  var max = data.length;
  return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
}
function constructYamlBoolean(data) {
  return data === "true" || data === "True" || data === "TRUE";
}
function isBoolean(object) {
  return Object.prototype.toString.call(object) === "[object Boolean]";
}
var bool = new type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: resolveYamlBoolean,
  construct: constructYamlBoolean,
  predicate: isBoolean,
  represent: {
    lowercase: function(object) {
      return object ? "true" : "false";
    },
    uppercase: function(object) {
      return object ? "TRUE" : "FALSE";
    },
    camelcase: function(object) {
      return object ? "True" : "False";
    }
  },
  defaultStyle: "lowercase"
});
function isHexCode(c) {
  return 48 <= c && c <= 57 || 65 <= c && c <= 70 || 97 <= c && c <= 102;
}
function isOctCode(c) {
  return 48 <= c && c <= 55;
}
function isDecCode(c) {
  return 48 <= c && c <= 57;
}
function resolveYamlInteger(data) {
  if (data === null) return false;
  var max = data.length, index = 0, hasDigits = false, ch;
  if (!max) return false;
  ch = data[index];
  if (ch === "-" || ch === "+") {
    ch = data[++index];
  }
  if (ch === "0") {
    if (index + 1 === max) return true;
    ch = data[++index];
    if (ch === "b") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (ch !== "0" && ch !== "1") return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "x") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isHexCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
    if (ch === "o") {
      index++;
      for (; index < max; index++) {
        ch = data[index];
        if (ch === "_") continue;
        if (!isOctCode(data.charCodeAt(index))) return false;
        hasDigits = true;
      }
      return hasDigits && ch !== "_";
    }
  }
  if (ch === "_") return false;
  for (; index < max; index++) {
    ch = data[index];
    if (ch === "_") continue;
    if (!isDecCode(data.charCodeAt(index))) {
      return false;
    }
    hasDigits = true;
  }
  if (!hasDigits || ch === "_") return false;
  return true;
}
function constructYamlInteger(data) {
  var value = data, sign2 = 1, ch;
  if (value.indexOf("_") !== -1) {
    value = value.replace(/_/g, "");
  }
  ch = value[0];
  if (ch === "-" || ch === "+") {
    if (ch === "-") sign2 = -1;
    value = value.slice(1);
    ch = value[0];
  }
  if (value === "0") return 0;
  if (ch === "0") {
    if (value[1] === "b") return sign2 * parseInt(value.slice(2), 2);
    if (value[1] === "x") return sign2 * parseInt(value.slice(2), 16);
    if (value[1] === "o") return sign2 * parseInt(value.slice(2), 8);
  }
  return sign2 * parseInt(value, 10);
}
function isInteger(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common.isNegativeZero(object));
}
var int = new type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: resolveYamlInteger,
  construct: constructYamlInteger,
  predicate: isInteger,
  represent: {
    binary: function(obj) {
      return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
    },
    octal: function(obj) {
      return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
    },
    decimal: function(obj) {
      return obj.toString(10);
    },
    /* eslint-disable max-len */
    hexadecimal: function(obj) {
      return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
    }
  },
  defaultStyle: "decimal",
  styleAliases: {
    binary: [2, "bin"],
    octal: [8, "oct"],
    decimal: [10, "dec"],
    hexadecimal: [16, "hex"]
  }
});
var YAML_FLOAT_PATTERN = new RegExp(
  // 2.5e4, 2.5 and integers
  "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
);
function resolveYamlFloat(data) {
  if (data === null) return false;
  if (!YAML_FLOAT_PATTERN.test(data) || // Quick hack to not allow integers end with `_`
  // Probably should update regexp & check speed
  data[data.length - 1] === "_") {
    return false;
  }
  return true;
}
function constructYamlFloat(data) {
  var value, sign2;
  value = data.replace(/_/g, "").toLowerCase();
  sign2 = value[0] === "-" ? -1 : 1;
  if ("+-".indexOf(value[0]) >= 0) {
    value = value.slice(1);
  }
  if (value === ".inf") {
    return sign2 === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  } else if (value === ".nan") {
    return NaN;
  }
  return sign2 * parseFloat(value, 10);
}
var SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
function representYamlFloat(object, style) {
  var res;
  if (isNaN(object)) {
    switch (style) {
      case "lowercase":
        return ".nan";
      case "uppercase":
        return ".NAN";
      case "camelcase":
        return ".NaN";
    }
  } else if (Number.POSITIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return ".inf";
      case "uppercase":
        return ".INF";
      case "camelcase":
        return ".Inf";
    }
  } else if (Number.NEGATIVE_INFINITY === object) {
    switch (style) {
      case "lowercase":
        return "-.inf";
      case "uppercase":
        return "-.INF";
      case "camelcase":
        return "-.Inf";
    }
  } else if (common.isNegativeZero(object)) {
    return "-0.0";
  }
  res = object.toString(10);
  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
}
function isFloat(object) {
  return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common.isNegativeZero(object));
}
var float = new type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: resolveYamlFloat,
  construct: constructYamlFloat,
  predicate: isFloat,
  represent: representYamlFloat,
  defaultStyle: "lowercase"
});
var json = failsafe.extend({
  implicit: [
    _null,
    bool,
    int,
    float
  ]
});
var core = json;
var YAML_DATE_REGEXP = new RegExp(
  "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
);
var YAML_TIMESTAMP_REGEXP = new RegExp(
  "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
);
function resolveYamlTimestamp(data) {
  if (data === null) return false;
  if (YAML_DATE_REGEXP.exec(data) !== null) return true;
  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
  return false;
}
function constructYamlTimestamp(data) {
  var match, year, month, day, hour, minute, second, fraction = 0, delta = null, tz_hour, tz_minute, date2;
  match = YAML_DATE_REGEXP.exec(data);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
  if (match === null) throw new Error("Date resolve error");
  year = +match[1];
  month = +match[2] - 1;
  day = +match[3];
  if (!match[4]) {
    return new Date(Date.UTC(year, month, day));
  }
  hour = +match[4];
  minute = +match[5];
  second = +match[6];
  if (match[7]) {
    fraction = match[7].slice(0, 3);
    while (fraction.length < 3) {
      fraction += "0";
    }
    fraction = +fraction;
  }
  if (match[9]) {
    tz_hour = +match[10];
    tz_minute = +(match[11] || 0);
    delta = (tz_hour * 60 + tz_minute) * 6e4;
    if (match[9] === "-") delta = -delta;
  }
  date2 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  if (delta) date2.setTime(date2.getTime() - delta);
  return date2;
}
function representYamlTimestamp(object) {
  return object.toISOString();
}
var timestamp = new type("tag:yaml.org,2002:timestamp", {
  kind: "scalar",
  resolve: resolveYamlTimestamp,
  construct: constructYamlTimestamp,
  instanceOf: Date,
  represent: representYamlTimestamp
});
function resolveYamlMerge(data) {
  return data === "<<" || data === null;
}
var merge = new type("tag:yaml.org,2002:merge", {
  kind: "scalar",
  resolve: resolveYamlMerge
});
var BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
function resolveYamlBinary(data) {
  if (data === null) return false;
  var code, idx, bitlen = 0, max = data.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    code = map2.indexOf(data.charAt(idx));
    if (code > 64) continue;
    if (code < 0) return false;
    bitlen += 6;
  }
  return bitlen % 8 === 0;
}
function constructYamlBinary(data) {
  var idx, tailbits, input2 = data.replace(/[\r\n=]/g, ""), max = input2.length, map2 = BASE64_MAP, bits = 0, result = [];
  for (idx = 0; idx < max; idx++) {
    if (idx % 4 === 0 && idx) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    }
    bits = bits << 6 | map2.indexOf(input2.charAt(idx));
  }
  tailbits = max % 4 * 6;
  if (tailbits === 0) {
    result.push(bits >> 16 & 255);
    result.push(bits >> 8 & 255);
    result.push(bits & 255);
  } else if (tailbits === 18) {
    result.push(bits >> 10 & 255);
    result.push(bits >> 2 & 255);
  } else if (tailbits === 12) {
    result.push(bits >> 4 & 255);
  }
  return new Uint8Array(result);
}
function representYamlBinary(object) {
  var result = "", bits = 0, idx, tail, max = object.length, map2 = BASE64_MAP;
  for (idx = 0; idx < max; idx++) {
    if (idx % 3 === 0 && idx) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    }
    bits = (bits << 8) + object[idx];
  }
  tail = max % 3;
  if (tail === 0) {
    result += map2[bits >> 18 & 63];
    result += map2[bits >> 12 & 63];
    result += map2[bits >> 6 & 63];
    result += map2[bits & 63];
  } else if (tail === 2) {
    result += map2[bits >> 10 & 63];
    result += map2[bits >> 4 & 63];
    result += map2[bits << 2 & 63];
    result += map2[64];
  } else if (tail === 1) {
    result += map2[bits >> 2 & 63];
    result += map2[bits << 4 & 63];
    result += map2[64];
    result += map2[64];
  }
  return result;
}
function isBinary(obj) {
  return Object.prototype.toString.call(obj) === "[object Uint8Array]";
}
var binary = new type("tag:yaml.org,2002:binary", {
  kind: "scalar",
  resolve: resolveYamlBinary,
  construct: constructYamlBinary,
  predicate: isBinary,
  represent: representYamlBinary
});
var _hasOwnProperty$3 = Object.prototype.hasOwnProperty;
var _toString$2 = Object.prototype.toString;
function resolveYamlOmap(data) {
  if (data === null) return true;
  var objectKeys2 = [], index, length, pair, pairKey, pairHasKey, object = data;
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    pairHasKey = false;
    if (_toString$2.call(pair) !== "[object Object]") return false;
    for (pairKey in pair) {
      if (_hasOwnProperty$3.call(pair, pairKey)) {
        if (!pairHasKey) pairHasKey = true;
        else return false;
      }
    }
    if (!pairHasKey) return false;
    if (objectKeys2.indexOf(pairKey) === -1) objectKeys2.push(pairKey);
    else return false;
  }
  return true;
}
function constructYamlOmap(data) {
  return data !== null ? data : [];
}
var omap = new type("tag:yaml.org,2002:omap", {
  kind: "sequence",
  resolve: resolveYamlOmap,
  construct: constructYamlOmap
});
var _toString$1 = Object.prototype.toString;
function resolveYamlPairs(data) {
  if (data === null) return true;
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    if (_toString$1.call(pair) !== "[object Object]") return false;
    keys = Object.keys(pair);
    if (keys.length !== 1) return false;
    result[index] = [keys[0], pair[keys[0]]];
  }
  return true;
}
function constructYamlPairs(data) {
  if (data === null) return [];
  var index, length, pair, keys, result, object = data;
  result = new Array(object.length);
  for (index = 0, length = object.length; index < length; index += 1) {
    pair = object[index];
    keys = Object.keys(pair);
    result[index] = [keys[0], pair[keys[0]]];
  }
  return result;
}
var pairs = new type("tag:yaml.org,2002:pairs", {
  kind: "sequence",
  resolve: resolveYamlPairs,
  construct: constructYamlPairs
});
var _hasOwnProperty$2 = Object.prototype.hasOwnProperty;
function resolveYamlSet(data) {
  if (data === null) return true;
  var key2, object = data;
  for (key2 in object) {
    if (_hasOwnProperty$2.call(object, key2)) {
      if (object[key2] !== null) return false;
    }
  }
  return true;
}
function constructYamlSet(data) {
  return data !== null ? data : {};
}
var set = new type("tag:yaml.org,2002:set", {
  kind: "mapping",
  resolve: resolveYamlSet,
  construct: constructYamlSet
});
var _default = core.extend({
  implicit: [
    timestamp,
    merge
  ],
  explicit: [
    binary,
    omap,
    pairs,
    set
  ]
});
var _hasOwnProperty$1 = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var CHOMPING_CLIP = 1;
var CHOMPING_STRIP = 2;
var CHOMPING_KEEP = 3;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]\{\}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![a-z\-]+!)$/i;
var PATTERN_TAG_URI = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
function _class(obj) {
  return Object.prototype.toString.call(obj);
}
function is_EOL(c) {
  return c === 10 || c === 13;
}
function is_WHITE_SPACE(c) {
  return c === 9 || c === 32;
}
function is_WS_OR_EOL(c) {
  return c === 9 || c === 32 || c === 10 || c === 13;
}
function is_FLOW_INDICATOR(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromHexCode(c) {
  var lc;
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  lc = c | 32;
  if (97 <= lc && lc <= 102) {
    return lc - 97 + 10;
  }
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) {
    return 2;
  }
  if (c === 117) {
    return 4;
  }
  if (c === 85) {
    return 8;
  }
  return 0;
}
function fromDecimalCode(c) {
  if (48 <= c && c <= 57) {
    return c - 48;
  }
  return -1;
}
function simpleEscapeSequence(c) {
  return c === 48 ? "\0" : c === 97 ? "\x07" : c === 98 ? "\b" : c === 116 ? "	" : c === 9 ? "	" : c === 110 ? "\n" : c === 118 ? "\v" : c === 102 ? "\f" : c === 114 ? "\r" : c === 101 ? "\x1B" : c === 32 ? " " : c === 34 ? '"' : c === 47 ? "/" : c === 92 ? "\\" : c === 78 ? "" : c === 95 ? " " : c === 76 ? "\u2028" : c === 80 ? "\u2029" : "";
}
function charFromCodepoint(c) {
  if (c <= 65535) {
    return String.fromCharCode(c);
  }
  return String.fromCharCode(
    (c - 65536 >> 10) + 55296,
    (c - 65536 & 1023) + 56320
  );
}
function setProperty(object, key2, value) {
  if (key2 === "__proto__") {
    Object.defineProperty(object, key2, {
      configurable: true,
      enumerable: true,
      writable: true,
      value
    });
  } else {
    object[key2] = value;
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (var i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function State$1(input2, options) {
  this.input = input2;
  this.filename = options["filename"] || null;
  this.schema = options["schema"] || _default;
  this.onWarning = options["onWarning"] || null;
  this.legacy = options["legacy"] || false;
  this.json = options["json"] || false;
  this.listener = options["listener"] || null;
  this.implicitTypes = this.schema.compiledImplicit;
  this.typeMap = this.schema.compiledTypeMap;
  this.length = input2.length;
  this.position = 0;
  this.line = 0;
  this.lineStart = 0;
  this.lineIndent = 0;
  this.firstTabInLine = -1;
  this.documents = [];
}
function generateError(state, message) {
  var mark = {
    name: state.filename,
    buffer: state.input.slice(0, -1),
    // omit trailing \0
    position: state.position,
    line: state.line,
    column: state.position - state.lineStart
  };
  mark.snippet = snippet(mark);
  return new exception(message, mark);
}
function throwError(state, message) {
  throw generateError(state, message);
}
function throwWarning(state, message) {
  if (state.onWarning) {
    state.onWarning.call(null, generateError(state, message));
  }
}
var directiveHandlers = {
  YAML: function handleYamlDirective(state, name, args) {
    var match, major, minor;
    if (state.version !== null) {
      throwError(state, "duplication of %YAML directive");
    }
    if (args.length !== 1) {
      throwError(state, "YAML directive accepts exactly one argument");
    }
    match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) {
      throwError(state, "ill-formed argument of the YAML directive");
    }
    major = parseInt(match[1], 10);
    minor = parseInt(match[2], 10);
    if (major !== 1) {
      throwError(state, "unacceptable YAML version of the document");
    }
    state.version = args[0];
    state.checkLineBreaks = minor < 2;
    if (minor !== 1 && minor !== 2) {
      throwWarning(state, "unsupported YAML version of the document");
    }
  },
  TAG: function handleTagDirective(state, name, args) {
    var handle, prefix;
    if (args.length !== 2) {
      throwError(state, "TAG directive accepts exactly two arguments");
    }
    handle = args[0];
    prefix = args[1];
    if (!PATTERN_TAG_HANDLE.test(handle)) {
      throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    }
    if (_hasOwnProperty$1.call(state.tagMap, handle)) {
      throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
    }
    if (!PATTERN_TAG_URI.test(prefix)) {
      throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    }
    try {
      prefix = decodeURIComponent(prefix);
    } catch (err) {
      throwError(state, "tag prefix is malformed: " + prefix);
    }
    state.tagMap[handle] = prefix;
  }
};
function captureSegment(state, start, end, checkJson) {
  var _position, _length, _character, _result;
  if (start < end) {
    _result = state.input.slice(start, end);
    if (checkJson) {
      for (_position = 0, _length = _result.length; _position < _length; _position += 1) {
        _character = _result.charCodeAt(_position);
        if (!(_character === 9 || 32 <= _character && _character <= 1114111)) {
          throwError(state, "expected valid JSON character");
        }
      }
    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
      throwError(state, "the stream contains non-printable characters");
    }
    state.result += _result;
  }
}
function mergeMappings(state, destination, source, overridableKeys) {
  var sourceKeys, key2, index, quantity;
  if (!common.isObject(source)) {
    throwError(state, "cannot merge mappings; the provided source object is unacceptable");
  }
  sourceKeys = Object.keys(source);
  for (index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
    key2 = sourceKeys[index];
    if (!_hasOwnProperty$1.call(destination, key2)) {
      setProperty(destination, key2, source[key2]);
      overridableKeys[key2] = true;
    }
  }
}
function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
  var index, quantity;
  if (Array.isArray(keyNode)) {
    keyNode = Array.prototype.slice.call(keyNode);
    for (index = 0, quantity = keyNode.length; index < quantity; index += 1) {
      if (Array.isArray(keyNode[index])) {
        throwError(state, "nested arrays are not supported inside keys");
      }
      if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
        keyNode[index] = "[object Object]";
      }
    }
  }
  if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
    keyNode = "[object Object]";
  }
  keyNode = String(keyNode);
  if (_result === null) {
    _result = {};
  }
  if (keyTag === "tag:yaml.org,2002:merge") {
    if (Array.isArray(valueNode)) {
      for (index = 0, quantity = valueNode.length; index < quantity; index += 1) {
        mergeMappings(state, _result, valueNode[index], overridableKeys);
      }
    } else {
      mergeMappings(state, _result, valueNode, overridableKeys);
    }
  } else {
    if (!state.json && !_hasOwnProperty$1.call(overridableKeys, keyNode) && _hasOwnProperty$1.call(_result, keyNode)) {
      state.line = startLine || state.line;
      state.lineStart = startLineStart || state.lineStart;
      state.position = startPos || state.position;
      throwError(state, "duplicated mapping key");
    }
    setProperty(_result, keyNode, valueNode);
    delete overridableKeys[keyNode];
  }
  return _result;
}
function readLineBreak(state) {
  var ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 10) {
    state.position++;
  } else if (ch === 13) {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) {
      state.position++;
    }
  } else {
    throwError(state, "a line break is expected");
  }
  state.line += 1;
  state.lineStart = state.position;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments, checkIndent) {
  var lineBreaks = 0, ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    while (is_WHITE_SPACE(ch)) {
      if (ch === 9 && state.firstTabInLine === -1) {
        state.firstTabInLine = state.position;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 10 && ch !== 13 && ch !== 0);
    }
    if (is_EOL(ch)) {
      readLineBreak(state);
      ch = state.input.charCodeAt(state.position);
      lineBreaks++;
      state.lineIndent = 0;
      while (ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
    } else {
      break;
    }
  }
  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
    throwWarning(state, "deficient indentation");
  }
  return lineBreaks;
}
function testDocumentSeparator(state) {
  var _position = state.position, ch;
  ch = state.input.charCodeAt(_position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
    _position += 3;
    ch = state.input.charCodeAt(_position);
    if (ch === 0 || is_WS_OR_EOL(ch)) {
      return true;
    }
  }
  return false;
}
function writeFoldedLines(state, count) {
  if (count === 1) {
    state.result += " ";
  } else if (count > 1) {
    state.result += common.repeat("\n", count - 1);
  }
}
function readPlainScalar(state, nodeIndent, withinFlowCollection) {
  var preceding, following, captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch;
  ch = state.input.charCodeAt(state.position);
  if (is_WS_OR_EOL(ch) || is_FLOW_INDICATOR(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
    return false;
  }
  if (ch === 63 || ch === 45) {
    following = state.input.charCodeAt(state.position + 1);
    if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
      return false;
    }
  }
  state.kind = "scalar";
  state.result = "";
  captureStart = captureEnd = state.position;
  hasPendingContent = false;
  while (ch !== 0) {
    if (ch === 58) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following) || withinFlowCollection && is_FLOW_INDICATOR(following)) {
        break;
      }
    } else if (ch === 35) {
      preceding = state.input.charCodeAt(state.position - 1);
      if (is_WS_OR_EOL(preceding)) {
        break;
      }
    } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && is_FLOW_INDICATOR(ch)) {
      break;
    } else if (is_EOL(ch)) {
      _line = state.line;
      _lineStart = state.lineStart;
      _lineIndent = state.lineIndent;
      skipSeparationSpace(state, false, -1);
      if (state.lineIndent >= nodeIndent) {
        hasPendingContent = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      } else {
        state.position = captureEnd;
        state.line = _line;
        state.lineStart = _lineStart;
        state.lineIndent = _lineIndent;
        break;
      }
    }
    if (hasPendingContent) {
      captureSegment(state, captureStart, captureEnd, false);
      writeFoldedLines(state, state.line - _line);
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
    }
    if (!is_WHITE_SPACE(ch)) {
      captureEnd = state.position + 1;
    }
    ch = state.input.charCodeAt(++state.position);
  }
  captureSegment(state, captureStart, captureEnd, false);
  if (state.result) {
    return true;
  }
  state.kind = _kind;
  state.result = _result;
  return false;
}
function readSingleQuotedScalar(state, nodeIndent) {
  var ch, captureStart, captureEnd;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 39) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 39) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (ch === 39) {
        captureStart = state.position;
        state.position++;
        captureEnd = state.position;
      } else {
        return true;
      }
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a single quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent) {
  var captureStart, captureEnd, hexLength, hexResult, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 34) {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  state.position++;
  captureStart = captureEnd = state.position;
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    if (ch === 34) {
      captureSegment(state, captureStart, state.position, true);
      state.position++;
      return true;
    } else if (ch === 92) {
      captureSegment(state, captureStart, state.position, true);
      ch = state.input.charCodeAt(++state.position);
      if (is_EOL(ch)) {
        skipSeparationSpace(state, false, nodeIndent);
      } else if (ch < 256 && simpleEscapeCheck[ch]) {
        state.result += simpleEscapeMap[ch];
        state.position++;
      } else if ((tmp = escapedHexLen(ch)) > 0) {
        hexLength = tmp;
        hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          ch = state.input.charCodeAt(++state.position);
          if ((tmp = fromHexCode(ch)) >= 0) {
            hexResult = (hexResult << 4) + tmp;
          } else {
            throwError(state, "expected hexadecimal character");
          }
        }
        state.result += charFromCodepoint(hexResult);
        state.position++;
      } else {
        throwError(state, "unknown escape sequence");
      }
      captureStart = captureEnd = state.position;
    } else if (is_EOL(ch)) {
      captureSegment(state, captureStart, captureEnd, true);
      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
      captureStart = captureEnd = state.position;
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
      throwError(state, "unexpected end of the document within a double quoted scalar");
    } else {
      state.position++;
      captureEnd = state.position;
    }
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readFlowCollection(state, nodeIndent) {
  var readNext = true, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, following, terminator, isPair2, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 91) {
    terminator = 93;
    isMapping = false;
    _result = [];
  } else if (ch === 123) {
    terminator = 125;
    isMapping = true;
    _result = {};
  } else {
    return false;
  }
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(++state.position);
  while (ch !== 0) {
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === terminator) {
      state.position++;
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = isMapping ? "mapping" : "sequence";
      state.result = _result;
      return true;
    } else if (!readNext) {
      throwError(state, "missed comma between flow collection entries");
    } else if (ch === 44) {
      throwError(state, "expected the node content, but found ','");
    }
    keyTag = keyNode = valueNode = null;
    isPair2 = isExplicitPair = false;
    if (ch === 63) {
      following = state.input.charCodeAt(state.position + 1);
      if (is_WS_OR_EOL(following)) {
        isPair2 = isExplicitPair = true;
        state.position++;
        skipSeparationSpace(state, true, nodeIndent);
      }
    }
    _line = state.line;
    _lineStart = state.lineStart;
    _pos = state.position;
    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    keyTag = state.tag;
    keyNode = state.result;
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if ((isExplicitPair || state.line === _line) && ch === 58) {
      isPair2 = true;
      ch = state.input.charCodeAt(++state.position);
      skipSeparationSpace(state, true, nodeIndent);
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      valueNode = state.result;
    }
    if (isMapping) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
    } else if (isPair2) {
      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
    } else {
      _result.push(keyNode);
    }
    skipSeparationSpace(state, true, nodeIndent);
    ch = state.input.charCodeAt(state.position);
    if (ch === 44) {
      readNext = true;
      ch = state.input.charCodeAt(++state.position);
    } else {
      readNext = false;
    }
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockScalar(state, nodeIndent) {
  var captureStart, folding, chomping = CHOMPING_CLIP, didReadContent = false, detectedIndent = false, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = false, tmp, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch === 124) {
    folding = false;
  } else if (ch === 62) {
    folding = true;
  } else {
    return false;
  }
  state.kind = "scalar";
  state.result = "";
  while (ch !== 0) {
    ch = state.input.charCodeAt(++state.position);
    if (ch === 43 || ch === 45) {
      if (CHOMPING_CLIP === chomping) {
        chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
      } else {
        throwError(state, "repeat of a chomping mode identifier");
      }
    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
      if (tmp === 0) {
        throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      } else if (!detectedIndent) {
        textIndent = nodeIndent + tmp - 1;
        detectedIndent = true;
      } else {
        throwError(state, "repeat of an indentation width identifier");
      }
    } else {
      break;
    }
  }
  if (is_WHITE_SPACE(ch)) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (is_WHITE_SPACE(ch));
    if (ch === 35) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (!is_EOL(ch) && ch !== 0);
    }
  }
  while (ch !== 0) {
    readLineBreak(state);
    state.lineIndent = 0;
    ch = state.input.charCodeAt(state.position);
    while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
    if (!detectedIndent && state.lineIndent > textIndent) {
      textIndent = state.lineIndent;
    }
    if (is_EOL(ch)) {
      emptyLines++;
      continue;
    }
    if (state.lineIndent < textIndent) {
      if (chomping === CHOMPING_KEEP) {
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (chomping === CHOMPING_CLIP) {
        if (didReadContent) {
          state.result += "\n";
        }
      }
      break;
    }
    if (folding) {
      if (is_WHITE_SPACE(ch)) {
        atMoreIndented = true;
        state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        state.result += common.repeat("\n", emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) {
          state.result += " ";
        }
      } else {
        state.result += common.repeat("\n", emptyLines);
      }
    } else {
      state.result += common.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
    }
    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    captureStart = state.position;
    while (!is_EOL(ch) && ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, state.position, false);
  }
  return true;
}
function readBlockSequence(state, nodeIndent) {
  var _line, _tag = state.tag, _anchor = state.anchor, _result = [], following, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    if (ch !== 45) {
      break;
    }
    following = state.input.charCodeAt(state.position + 1);
    if (!is_WS_OR_EOL(following)) {
      break;
    }
    detected = true;
    state.position++;
    if (skipSeparationSpace(state, true, -1)) {
      if (state.lineIndent <= nodeIndent) {
        _result.push(null);
        ch = state.input.charCodeAt(state.position);
        continue;
      }
    }
    _line = state.line;
    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    _result.push(state.result);
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a sequence entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "sequence";
    state.result = _result;
    return true;
  }
  return false;
}
function readBlockMapping(state, nodeIndent, flowIndent) {
  var following, allowCompact, _line, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = false, detected = false, ch;
  if (state.firstTabInLine !== -1) return false;
  if (state.anchor !== null) {
    state.anchorMap[state.anchor] = _result;
  }
  ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    following = state.input.charCodeAt(state.position + 1);
    _line = state.line;
    if ((ch === 63 || ch === 58) && is_WS_OR_EOL(following)) {
      if (ch === 63) {
        if (atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        detected = true;
        atExplicitKey = true;
        allowCompact = true;
      } else if (atExplicitKey) {
        atExplicitKey = false;
        allowCompact = true;
      } else {
        throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
      }
      state.position += 1;
      ch = following;
    } else {
      _keyLine = state.line;
      _keyLineStart = state.lineStart;
      _keyPos = state.position;
      if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
        break;
      }
      if (state.line === _line) {
        ch = state.input.charCodeAt(state.position);
        while (is_WHITE_SPACE(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!is_WS_OR_EOL(ch)) {
            throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          }
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = false;
          allowCompact = false;
          keyTag = state.tag;
          keyNode = state.result;
        } else if (detected) {
          throwError(state, "can not read an implicit mapping pair; a colon is missed");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      } else if (detected) {
        throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      } else {
        state.tag = _tag;
        state.anchor = _anchor;
        return true;
      }
    }
    if (state.line === _line || state.lineIndent > nodeIndent) {
      if (atExplicitKey) {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
      }
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
        if (atExplicitKey) {
          keyNode = state.result;
        } else {
          valueNode = state.result;
        }
      }
      if (!atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
        keyTag = keyNode = valueNode = null;
      }
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
    }
    if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
      throwError(state, "bad indentation of a mapping entry");
    } else if (state.lineIndent < nodeIndent) {
      break;
    }
  }
  if (atExplicitKey) {
    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
  }
  if (detected) {
    state.tag = _tag;
    state.anchor = _anchor;
    state.kind = "mapping";
    state.result = _result;
  }
  return detected;
}
function readTagProperty(state) {
  var _position, isVerbatim = false, isNamed = false, tagHandle, tagName, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 33) return false;
  if (state.tag !== null) {
    throwError(state, "duplication of a tag property");
  }
  ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  } else {
    tagHandle = "!";
  }
  _position = state.position;
  if (isVerbatim) {
    do {
      ch = state.input.charCodeAt(++state.position);
    } while (ch !== 0 && ch !== 62);
    if (state.position < state.length) {
      tagName = state.input.slice(_position, state.position);
      ch = state.input.charCodeAt(++state.position);
    } else {
      throwError(state, "unexpected end of the stream within a verbatim tag");
    }
  } else {
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(_position - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
            throwError(state, "named tag handle cannot contain such characters");
          }
          isNamed = true;
          _position = state.position + 1;
        } else {
          throwError(state, "tag suffix cannot contain exclamation marks");
        }
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(_position, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
      throwError(state, "tag suffix cannot contain flow indicator characters");
    }
  }
  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
    throwError(state, "tag name cannot contain such characters: " + tagName);
  }
  try {
    tagName = decodeURIComponent(tagName);
  } catch (err) {
    throwError(state, "tag name is malformed: " + tagName);
  }
  if (isVerbatim) {
    state.tag = tagName;
  } else if (_hasOwnProperty$1.call(state.tagMap, tagHandle)) {
    state.tag = state.tagMap[tagHandle] + tagName;
  } else if (tagHandle === "!") {
    state.tag = "!" + tagName;
  } else if (tagHandle === "!!") {
    state.tag = "tag:yaml.org,2002:" + tagName;
  } else {
    throwError(state, 'undeclared tag handle "' + tagHandle + '"');
  }
  return true;
}
function readAnchorProperty(state) {
  var _position, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 38) return false;
  if (state.anchor !== null) {
    throwError(state, "duplication of an anchor property");
  }
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an anchor node must contain at least one character");
  }
  state.anchor = state.input.slice(_position, state.position);
  return true;
}
function readAlias(state) {
  var _position, alias, ch;
  ch = state.input.charCodeAt(state.position);
  if (ch !== 42) return false;
  ch = state.input.charCodeAt(++state.position);
  _position = state.position;
  while (ch !== 0 && !is_WS_OR_EOL(ch) && !is_FLOW_INDICATOR(ch)) {
    ch = state.input.charCodeAt(++state.position);
  }
  if (state.position === _position) {
    throwError(state, "name of an alias node must contain at least one character");
  }
  alias = state.input.slice(_position, state.position);
  if (!_hasOwnProperty$1.call(state.anchorMap, alias)) {
    throwError(state, 'unidentified alias "' + alias + '"');
  }
  state.result = state.anchorMap[alias];
  skipSeparationSpace(state, true, -1);
  return true;
}
function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
  var allowBlockStyles, allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = false, hasContent = false, typeIndex, typeQuantity, typeList, type2, flowIndent, blockIndent;
  if (state.listener !== null) {
    state.listener("open", state);
  }
  state.tag = null;
  state.anchor = null;
  state.kind = null;
  state.result = null;
  allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
  if (allowToSeek) {
    if (skipSeparationSpace(state, true, -1)) {
      atNewLine = true;
      if (state.lineIndent > parentIndent) {
        indentStatus = 1;
      } else if (state.lineIndent === parentIndent) {
        indentStatus = 0;
      } else if (state.lineIndent < parentIndent) {
        indentStatus = -1;
      }
    }
  }
  if (indentStatus === 1) {
    while (readTagProperty(state) || readAnchorProperty(state)) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      } else {
        allowBlockCollections = false;
      }
    }
  }
  if (allowBlockCollections) {
    allowBlockCollections = atNewLine || allowCompact;
  }
  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
      flowIndent = parentIndent;
    } else {
      flowIndent = parentIndent + 1;
    }
    blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
        hasContent = true;
      } else {
        if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
          hasContent = true;
        } else if (readAlias(state)) {
          hasContent = true;
          if (state.tag !== null || state.anchor !== null) {
            throwError(state, "alias node should not have any properties");
          }
        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
          hasContent = true;
          if (state.tag === null) {
            state.tag = "?";
          }
        }
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
      }
    } else if (indentStatus === 0) {
      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
    }
  }
  if (state.tag === null) {
    if (state.anchor !== null) {
      state.anchorMap[state.anchor] = state.result;
    }
  } else if (state.tag === "?") {
    if (state.result !== null && state.kind !== "scalar") {
      throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
    }
    for (typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
      type2 = state.implicitTypes[typeIndex];
      if (type2.resolve(state.result)) {
        state.result = type2.construct(state.result);
        state.tag = type2.tag;
        if (state.anchor !== null) {
          state.anchorMap[state.anchor] = state.result;
        }
        break;
      }
    }
  } else if (state.tag !== "!") {
    if (_hasOwnProperty$1.call(state.typeMap[state.kind || "fallback"], state.tag)) {
      type2 = state.typeMap[state.kind || "fallback"][state.tag];
    } else {
      type2 = null;
      typeList = state.typeMap.multi[state.kind || "fallback"];
      for (typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
        if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
          type2 = typeList[typeIndex];
          break;
        }
      }
    }
    if (!type2) {
      throwError(state, "unknown tag !<" + state.tag + ">");
    }
    if (state.result !== null && type2.kind !== state.kind) {
      throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
    }
    if (!type2.resolve(state.result, state.tag)) {
      throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    } else {
      state.result = type2.construct(state.result, state.tag);
      if (state.anchor !== null) {
        state.anchorMap[state.anchor] = state.result;
      }
    }
  }
  if (state.listener !== null) {
    state.listener("close", state);
  }
  return state.tag !== null || state.anchor !== null || hasContent;
}
function readDocument(state) {
  var documentStart = state.position, _position, directiveName, directiveArgs, hasDirectives = false, ch;
  state.version = null;
  state.checkLineBreaks = state.legacy;
  state.tagMap = /* @__PURE__ */ Object.create(null);
  state.anchorMap = /* @__PURE__ */ Object.create(null);
  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
    skipSeparationSpace(state, true, -1);
    ch = state.input.charCodeAt(state.position);
    if (state.lineIndent > 0 || ch !== 37) {
      break;
    }
    hasDirectives = true;
    ch = state.input.charCodeAt(++state.position);
    _position = state.position;
    while (ch !== 0 && !is_WS_OR_EOL(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    directiveName = state.input.slice(_position, state.position);
    directiveArgs = [];
    if (directiveName.length < 1) {
      throwError(state, "directive name must not be less than one character in length");
    }
    while (ch !== 0) {
      while (is_WHITE_SPACE(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && !is_EOL(ch));
        break;
      }
      if (is_EOL(ch)) break;
      _position = state.position;
      while (ch !== 0 && !is_WS_OR_EOL(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      directiveArgs.push(state.input.slice(_position, state.position));
    }
    if (ch !== 0) readLineBreak(state);
    if (_hasOwnProperty$1.call(directiveHandlers, directiveName)) {
      directiveHandlers[directiveName](state, directiveName, directiveArgs);
    } else {
      throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
  }
  skipSeparationSpace(state, true, -1);
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
    state.position += 3;
    skipSeparationSpace(state, true, -1);
  } else if (hasDirectives) {
    throwError(state, "directives end mark is expected");
  }
  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
  skipSeparationSpace(state, true, -1);
  if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
    throwWarning(state, "non-ASCII line breaks are interpreted as content");
  }
  state.documents.push(state.result);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    if (state.input.charCodeAt(state.position) === 46) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    }
    return;
  }
  if (state.position < state.length - 1) {
    throwError(state, "end of the stream or a document separator is expected");
  } else {
    return;
  }
}
function loadDocuments(input2, options) {
  input2 = String(input2);
  options = options || {};
  if (input2.length !== 0) {
    if (input2.charCodeAt(input2.length - 1) !== 10 && input2.charCodeAt(input2.length - 1) !== 13) {
      input2 += "\n";
    }
    if (input2.charCodeAt(0) === 65279) {
      input2 = input2.slice(1);
    }
  }
  var state = new State$1(input2, options);
  var nullpos = input2.indexOf("\0");
  if (nullpos !== -1) {
    state.position = nullpos;
    throwError(state, "null byte is not allowed in input");
  }
  state.input += "\0";
  while (state.input.charCodeAt(state.position) === 32) {
    state.lineIndent += 1;
    state.position += 1;
  }
  while (state.position < state.length - 1) {
    readDocument(state);
  }
  return state.documents;
}
function load$1(input2, options) {
  var documents = loadDocuments(input2, options);
  if (documents.length === 0) {
    return void 0;
  } else if (documents.length === 1) {
    return documents[0];
  }
  throw new exception("expected a single document in the stream, but found more");
}
var load_1 = load$1;
var loader = {
  load: load_1
};
var CORE_SCHEMA = core;
var load = loader.load;
var SAVE_AS_UTF8 = "save the file as UTF-8 (in Excel: 'CSV UTF-8'; in an editor: encoding UTF-8); a byte-order mark and Windows line endings are fine";
function decodeUtf8(bytes) {
  if (startsWith(bytes, [255, 254]) || startsWith(bytes, [254, 255])) {
    return {
      success: false,
      problem: { line: 1, column: 1, message: "the file is UTF-16 text", hint: SAVE_AS_UTF8 }
    };
  }
  const nul = bytes.indexOf(0);
  let invalid2 = -1;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (nul === -1) return { success: true, text };
  } catch {
    invalid2 = firstInvalidUtf8(bytes);
  }
  const offset = nul !== -1 && (invalid2 === -1 || nul < invalid2) ? nul : invalid2;
  const { line, column } = positionOfByte(bytes, offset);
  const byte = bytes[offset] ?? 0;
  const message = offset === nul ? "the file has a NUL byte: it is UTF-16 without a byte-order mark, or not text at all" : `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} is not UTF-8${byte >= 128 ? ": the file is probably Latin-1 or Windows-1252" : ""}`;
  return { success: false, problem: { line, column, message, hint: SAVE_AS_UTF8 } };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let length;
    let low = 128;
    let high = 191;
    if (b >= 194 && b <= 223) length = 2;
    else if (b >= 224 && b <= 239) {
      length = 3;
      if (b === 224) low = 160;
      if (b === 237) high = 159;
    } else if (b >= 240 && b <= 244) {
      length = 4;
      if (b === 240) low = 144;
      if (b === 244) high = 143;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next < 128 || next > 191) return i;
    }
    i += length;
  }
  return -1;
}
function positionOfByte(bytes, offset) {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}
function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}
function formatPath(path) {
  return formatPlanPath(path);
}
function position(lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
function findPair(node, key2) {
  if (!isMap(node)) return void 0;
  return node.items.find(
    (pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(key2)
  );
}
var YamlLocator = (_b = class {
  constructor(doc, lines) {
    __privateAdd(this, _doc);
    __privateAdd(this, _lines);
    __privateSet(this, _doc, doc);
    __privateSet(this, _lines, lines);
  }
  /** Position of the value at `path`, or of its deepest existing ancestor. */
  locate(path, options = {}) {
    var _a3, _b2, _c;
    let node = __privateGet(this, _doc).contents;
    let best = node;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = findPair(node, segment);
        if (!pair) break;
        best = pair.value ?? pair;
        if (!pair.value) {
          best = pair.key;
          node = void 0;
          break;
        }
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item) break;
        best = item;
        node = item;
      } else {
        break;
      }
    }
    if (options.keyOf !== void 0) {
      const pair = findPair(node, options.keyOf);
      if (pair && ((_a3 = pair.key) == null ? void 0 : _a3.range))
        return position(__privateGet(this, _lines), ((_b2 = pair.key.range) == null ? void 0 : _b2[0]) ?? 0);
    }
    const range = (best == null ? void 0 : best.range) ?? ((_c = best == null ? void 0 : best.key) == null ? void 0 : _c.range);
    return position(__privateGet(this, _lines), (range == null ? void 0 : range[0]) ?? 0);
  }
}, _doc = new WeakMap(), _lines = new WeakMap(), _b);
function def(schema2) {
  return schema2._zod.def;
}
function unwrap(schema2) {
  let current = schema2;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    if (d.type === "optional" || d.type === "default" || d.type === "nullable" || d.type === "prefault" || d.type === "readonly") {
      current = d.innerType;
    } else if (d.type === "pipe") {
      current = d.in;
    } else {
      return current;
    }
  }
  return current;
}
function pickOption(options, data) {
  const objects = options.map(unwrap).filter((o) => def(o).type === "object");
  if (data && typeof data === "object") {
    const kind = data.kind;
    for (const option of objects) {
      const shape = def(option).shape;
      const discriminator = shape.kind && unwrap(shape.kind);
      if (discriminator && def(discriminator).type === "literal") {
        const values = def(discriminator).values;
        if (values.includes(kind)) return option;
      }
    }
  }
  return objects[0] ?? options[0];
}
function schemaAt(root, data, path) {
  let schema2 = root;
  let value = data;
  for (const segment of path) {
    if (!schema2) return void 0;
    let current = unwrap(schema2);
    if (def(current).type === "union")
      current = unwrap(pickOption(def(current).options, value) ?? current);
    const d = def(current);
    if (d.type === "object") schema2 = d.shape[String(segment)];
    else if (d.type === "array") schema2 = d.element;
    else if (d.type === "record") schema2 = d.valueType;
    else return void 0;
    value = value && typeof value === "object" ? value[segment] : void 0;
  }
  return schema2;
}
function objectKeys(schema2, data) {
  if (!schema2) return [];
  let current = unwrap(schema2);
  if (def(current).type === "union")
    current = unwrap(pickOption(def(current).options, data) ?? current);
  const d = def(current);
  return d.type === "object" ? Object.keys(d.shape) : [];
}
function describeSchema(schema2) {
  let current = schema2;
  for (let i = 0; current && i < 20; i++) {
    const meta2 = globalRegistry.get(current);
    if (meta2 == null ? void 0 : meta2.description) return meta2.description;
    const d = def(current);
    current = d.innerType ?? d.in;
  }
  return void 0;
}
var TYPE_NAMES = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
  record: "a mapping",
  literal: "a fixed value"
};
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : "a number too large to store";
    case "boolean":
      return String(value);
    case "object":
      return "a mapping of fields";
    default:
      return typeof value;
  }
}
function valueAt(data, path) {
  let value = data;
  for (const segment of path) {
    if (!value || typeof value !== "object") return void 0;
    value = value[segment];
  }
  return value;
}
function quoteList(values) {
  return values.map((v) => JSON.stringify(v)).join(", ");
}
function describeZodIssues(schema2, data, issues) {
  const result = [];
  const meant = /* @__PURE__ */ new Set();
  const missing = /* @__PURE__ */ new Map();
  const at = (path, field) => JSON.stringify([...path.map(String), field]);
  for (const issue2 of issues) {
    const path = issue2.path;
    const input2 = valueAt(data, path);
    const description = describeSchema(schemaAt(schema2, data, path));
    switch (issue2.code) {
      case "invalid_type": {
        const expected = TYPE_NAMES[issue2.expected] ?? issue2.expected;
        if (input2 === void 0) {
          const field = String(path[path.length - 1] ?? "");
          const described = {
            code: "missing-field",
            path: path.slice(0, -1),
            message: `the required field "${field}" is missing`,
            expected: description ? `${field}: ${description}` : `${field}: ${expected}`
          };
          result.push(described);
          missing.set(described, at(path.slice(0, -1), field));
          break;
        }
        let hint;
        if ((issue2.expected === "number" || issue2.expected === "int") && typeof input2 === "string") {
          if (/^-?\d+,\d+%?$/.test(input2.trim()))
            hint = `write decimals with a point: ${input2.replace(",", ".").replace("%", "")}`;
          else if (/^-?[\d.]+\s*%$/.test(input2.trim()))
            hint = `write the number without the % sign: ${input2.replace("%", "").trim()}`;
          else if (/^-?\d+(\.\d+)?$/.test(input2.trim()))
            hint = `remove the quotes: ${input2.trim()}`;
        }
        if (issue2.expected === "int" && typeof input2 === "number") {
          result.push({
            code: "invalid-type",
            path,
            message: `expected a whole number, got ${input2}`,
            ...description && { expected: description }
          });
          break;
        }
        result.push({
          code: "invalid-type",
          path,
          message: `expected ${expected}, got ${describeValue(input2)}`,
          ...hint && { hint }
        });
        break;
      }
      case "unrecognized_keys": {
        const known = objectKeys(schemaAt(schema2, data, path), input2);
        for (const key2 of issue2.keys) {
          const suggestion2 = closestMatch(key2, known);
          if (suggestion2) meant.add(at(path, suggestion2));
          result.push({
            code: "unknown-field",
            path,
            key: key2,
            message: `unknown field "${key2}"`,
            ...known.length > 0 && { expected: `one of the fields ${known.join(", ")}` },
            ...suggestion2 && { hint: `did you mean "${suggestion2}"?` }
          });
        }
        break;
      }
      case "invalid_value": {
        const suggestion2 = typeof input2 === "string" ? closestMatch(
          input2,
          issue2.values.map((v) => String(v))
        ) : void 0;
        result.push({
          code: "invalid-value",
          path,
          message: `${describeValue(input2)} is not allowed`,
          expected: `one of ${quoteList(issue2.values)}`,
          ...suggestion2 && { hint: `did you mean "${suggestion2}"?` }
        });
        break;
      }
      case "invalid_union": {
        const options = issue2.options;
        if (options) {
          const parentPath = path.slice(0, -1);
          const found = valueAt(data, path);
          const suggestion2 = typeof found === "string" ? closestMatch(found, options.map(String)) : void 0;
          result.push({
            code: found === void 0 ? "missing-field" : "invalid-value",
            path: found === void 0 ? parentPath : path,
            message: found === void 0 ? `the required field "${String(path[path.length - 1])}" is missing` : `${describeValue(found)} is not allowed`,
            expected: `one of ${quoteList(options)}`,
            ...suggestion2 && { hint: `did you mean "${suggestion2}"?` }
          });
        } else {
          result.push({
            code: input2 === void 0 ? "missing-field" : "invalid-type",
            path,
            message: input2 === void 0 ? "a value is required" : `${describeValue(input2)} is not valid here`,
            ...description && { expected: description }
          });
        }
        break;
      }
      case "too_small": {
        const what = issue2.origin === "array" ? `at least ${issue2.minimum} entr${issue2.minimum === 1n || issue2.minimum === 1 ? "y" : "ies"}` : issue2.origin === "string" ? "text that is not empty" : `at least ${issue2.minimum}`;
        result.push({
          code: "invalid-value",
          path,
          message: `expected ${what}, got ${describeValue(input2)}`,
          ...description && { expected: description }
        });
        break;
      }
      case "too_big":
        result.push({
          code: "invalid-value",
          path,
          message: `expected at most ${issue2.maximum}, got ${describeValue(input2)}`,
          ...description && { expected: description }
        });
        break;
      default: {
        const raw = issue2.message;
        const message = issue2.code === "invalid_format" && !raw.startsWith("Invalid") ? raw : raw;
        result.push({
          code: "invalid-value",
          path,
          message: input2 === void 0 ? message : `${message} (got ${describeValue(input2)})`,
          ...description && issue2.code === "invalid_format" && { expected: description }
        });
      }
    }
  }
  return result.filter((described) => !meant.has(missing.get(described) ?? ""));
}
var DUTCH_DECIMAL = /^\s*([+-]?\d+),(\d+)\s*$/;
function dutchDecimal(text) {
  const match = DUTCH_DECIMAL.exec(text);
  return match ? Number(`${match[1]}.${match[2]}`) : void 0;
}
function acceptDutchDecimals(data, issues) {
  let copy;
  for (const issue2 of issues) {
    if (issue2.code !== "invalid_type" || issue2.expected !== "number") continue;
    const value = valueAt2(data, issue2.path);
    if (typeof value !== "string") continue;
    const number2 = dutchDecimal(value);
    if (number2 === void 0) continue;
    copy ?? (copy = structuredClone(data));
    setAt(copy, issue2.path, number2);
  }
  return copy;
}
function valueAt2(data, path) {
  let node = data;
  for (const key2 of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[key2];
  }
  return node;
}
function setAt(data, path, value) {
  const parent = valueAt2(data, path.slice(0, -1));
  parent[path.at(-1)] = value;
}
var FLOW_DECIMAL = new RegExp("(?<![\\d.,])([+-]?\\d+),(\\d{1,2})(?![\\d.]|,\\d)", "g");
function flowDecimalCommaIssues(doc, lineCounter, file, source) {
  const flows = [];
  const quoted2 = [];
  visit(doc, {
    Map(_, node) {
      if (node.flow && node.range) flows.push([node.range[0], node.range[1]]);
    },
    Seq(_, node) {
      if (node.flow && node.range) flows.push([node.range[0], node.range[1]]);
    },
    Scalar(_, node) {
      if (isScalar(node) && node.range && node.type !== "PLAIN")
        quoted2.push([node.range[0], node.range[1]]);
    }
  });
  const seen = /* @__PURE__ */ new Set();
  const issues = [];
  for (const [start, end] of flows) {
    const text = source.slice(start, end);
    for (const match of text.matchAll(FLOW_DECIMAL)) {
      const offset = start + (match.index ?? 0);
      if (seen.has(offset) || quoted2.some(([a, b]) => offset >= a && offset < b)) continue;
      seen.add(offset);
      const { line, col } = lineCounter.linePos(offset);
      const [written, whole, fraction] = match;
      issues.push({
        code: "decimal-comma",
        severity: "error",
        file,
        line,
        column: col,
        message: `${written} is read as two values, ${whole} and ${fraction}: in [ ] and { } YAML separates values with a comma`,
        hint: `write the decimal with a point, ${whole}.${fraction}, or quote it, "${written}"`
      });
    }
  }
  return issues;
}
var MAX_YAML_DEPTH = 64;
function findExcessiveNesting(source, limit = MAX_YAML_DEPTH) {
  var _a3, _b2;
  const block = [];
  const flow = [];
  let quote;
  let blockScalarParent;
  const lines = source.split("\n");
  for (let l = 0; l < lines.length; l++) {
    const text = lines[l].replace(/\r$/, "");
    let i = 0;
    const indent = ((_a3 = /^ */.exec(text)) == null ? void 0 : _a3[0].length) ?? 0;
    if (quote === void 0 && flow.length === 0) {
      const rest = text.slice(indent);
      if (rest === "" || rest.startsWith("#")) continue;
      if (blockScalarParent !== void 0) {
        if (indent > blockScalarParent) continue;
        blockScalarParent = void 0;
      }
      if (rest.startsWith("---") || rest.startsWith("...") || rest.startsWith("%")) continue;
      while (block.length > 0 && block.at(-1).indent >= indent) block.pop();
      block.push({ indent, line: l + 1, column: indent + 1 });
      i = indent;
      while (/^-[ \t]/.test(text.slice(i))) {
        i += 2;
        while (text[i] === " " || text[i] === "	") i++;
        block.push({ indent: i, line: l + 1, column: i + 1 });
      }
    }
    const depth = () => block.length + flow.length;
    const tooDeep = (column) => {
      const start = flow.length > 0 && block.length <= limit ? flow[0] : block[0];
      return {
        line: (start == null ? void 0 : start.line) ?? l + 1,
        column: (start == null ? void 0 : start.column) ?? 1,
        deepLine: l + 1,
        deepColumn: column
      };
    };
    if (depth() > limit) return tooDeep(i + 1);
    let nodeStart = true;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quote === "'") {
        if (c === "'") {
          if (text[i + 1] === "'") i++;
          else quote = void 0;
        }
        nodeStart = false;
        continue;
      }
      if (quote === '"') {
        if (c === "\\") i++;
        else if (c === '"') quote = void 0;
        nodeStart = false;
        continue;
      }
      if (c === " " || c === "	") continue;
      if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "	")) break;
      if (nodeStart && (c === "'" || c === '"')) {
        quote = c;
        continue;
      }
      if (nodeStart && (c === "[" || c === "{")) {
        flow.push({ indent, line: l + 1, column: i + 1 });
        if (depth() > limit) return tooDeep(i + 1);
        continue;
      }
      if (flow.length > 0 && (c === "]" || c === "}")) {
        flow.pop();
        nodeStart = false;
        continue;
      }
      if (nodeStart && flow.length === 0 && (c === "|" || c === ">")) {
        blockScalarParent = ((_b2 = block.at(-1)) == null ? void 0 : _b2.indent) ?? 0;
        break;
      }
      nodeStart = c === "," || c === ":" && flow.length > 0 || (c === ":" || c === "-" || c === "?") && (i + 1 === text.length || text[i + 1] === " " || text[i + 1] === "	");
    }
  }
  return void 0;
}
var MAYBE_TAG = /(?:^|[\s[{,])!/m;
var FAST_PATH_FAILED = /* @__PURE__ */ Symbol("fast path failed");
function readYamlFast(source, options = {}) {
  if (MAYBE_TAG.test(source) || !options.depthChecked && findExcessiveNesting(source) !== void 0) {
    return FAST_PATH_FAILED;
  }
  try {
    const data = load(source, { schema: CORE_SCHEMA });
    return sharesObjects(data) ? FAST_PATH_FAILED : data;
  } catch {
    return FAST_PATH_FAILED;
  }
}
function sharesObjects(root) {
  const seen = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const child of Object.values(value)) stack.push(child);
  }
  return false;
}
function parsePlanYaml(text, file, options = {}) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  let located;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
      located = { doc, lineCounter, locator: new YamlLocator(doc, lineCounter) };
    }
    return located;
  };
  const nesting = findExcessiveNesting(source);
  if (nesting) {
    return {
      success: false,
      issues: [
        {
          code: "yaml-too-deep",
          severity: "error",
          file,
          line: nesting.line,
          column: nesting.column,
          message: `the values nested here go more than ${MAX_YAML_DEPTH} levels deep (past the limit at line ${nesting.deepLine}, column ${nesting.deepColumn})`,
          hint: "a plan nests fewer than ten levels; check the brackets and the indentation"
        }
      ]
    };
  }
  let data = readYamlFast(source, { depthChecked: true });
  if (data === FAST_PATH_FAILED) {
    const { doc, lineCounter } = locate();
    if (doc.errors.length > 0) {
      return {
        success: false,
        issues: doc.errors.map((error2) => {
          const { line, col } = lineCounter.linePos(error2.pos[0]);
          const message = (error2.message.split("\n")[0] ?? error2.message).replace(
            / at line \d+, column \d+:?$/,
            ""
          );
          return {
            code: "yaml-syntax",
            severity: "error",
            file,
            line,
            column: col,
            message,
            hint: error2.code === "DUPLICATE_KEY" ? "remove or rename one of the two keys" : "check indentation and quoting"
          };
        })
      };
    }
    const tags = tagIssues(doc, source, lineCounter, file);
    if (tags.length > 0) return { success: false, issues: tags };
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error2) {
      return {
        success: false,
        issues: [
          {
            code: "yaml-syntax",
            severity: "error",
            file,
            line: 1,
            column: 1,
            message: String(error2.message),
            hint: "a plan needs no YAML anchors or aliases; write the values out"
          }
        ]
      };
    }
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      success: false,
      issues: [
        {
          code: "invalid-type",
          severity: "error",
          file,
          line: 1,
          column: 1,
          message: "a plan file must be a mapping of fields (schemaVersion, id, title, municipality, ...)"
        }
      ]
    };
  }
  let parsed = planSchema.safeParse(data, { reportInput: true });
  const dutch = data.language !== "en";
  if (!parsed.success && dutch) {
    const accepted = acceptDutchDecimals(data, parsed.error.issues);
    if (accepted !== void 0) {
      data = accepted;
      parsed = planSchema.safeParse(data, { reportInput: true });
    }
  }
  if (!parsed.success) {
    const issues = describeZodIssues(planSchema, data, parsed.error.issues).map(
      (issue2) => {
        const position2 = locate().locator.locate(
          issue2.path,
          issue2.key !== void 0 ? { keyOf: issue2.key } : {}
        );
        const path = issue2.path.filter((s) => typeof s !== "symbol");
        const field = formatPath(issue2.key !== void 0 ? [...path, issue2.key] : path);
        return {
          code: issue2.code,
          severity: "error",
          file,
          line: position2.line,
          column: position2.column,
          ...field && { field },
          message: issue2.message,
          ...issue2.expected && { expected: issue2.expected },
          ...issue2.hint && { hint: issue2.hint }
        };
      }
    );
    if (dutch) {
      const { doc, lineCounter } = locate();
      issues.push(...flowDecimalCommaIssues(doc, lineCounter, file, source));
    }
    return { success: false, issues: sortIssues(issues) };
  }
  const plan = parsed.data;
  const locateAt = (path) => locate().locator.locate(path);
  if (!options.skipReferences) {
    const problems = checkReferences(plan);
    if (problems.length > 0) {
      return {
        success: false,
        issues: sortIssues(
          problems.map((problem2) => {
            const position2 = locateAt(problem2.path);
            return {
              code: problem2.code,
              severity: "error",
              file,
              line: position2.line,
              column: position2.column,
              field: formatPath(problem2.path),
              message: problem2.message,
              ...problem2.expected && { expected: problem2.expected },
              ...problem2.hint && { hint: problem2.hint }
            };
          })
        )
      };
    }
  }
  return { success: true, plan, file, locate: locateAt };
}
function tagIssues(doc, source, lineCounter, file) {
  const issues = [];
  visit(doc, (_key, node) => {
    var _a3;
    if (!isNode(node) || node.tag === void 0 || !node.range) return;
    let start = source.lastIndexOf("!", node.range[0]);
    while (start > 0 && source[start - 1] === "!") start--;
    const written = ((_a3 = /^!\S*/.exec(source.slice(start))) == null ? void 0 : _a3[0]) ?? node.tag;
    const { line, col } = lineCounter.linePos(start < 0 ? node.range[0] : start);
    issues.push({
      code: "yaml-tag",
      severity: "error",
      file,
      line,
      column: col,
      message: `the YAML tag ${written} is not part of the plan format`,
      hint: "remove the tag; a plan uses no tags (quote a value to make it text)"
    });
  });
  return issues;
}
function sortIssues(issues) {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  );
}
var PLAN_FILE_NAME = "plan.yaml";
function parseCsv(text, delimiter = ",") {
  const records = [];
  let line = 1;
  let column = 1;
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let fields = [];
  let columns = [];
  let recordLine = 1;
  let field = "";
  let fieldColumn = 1;
  let inQuotes = false;
  let quoteLine = 1;
  let quoteColumn = 1;
  let quotedField = false;
  let afterQuote = false;
  const endField = () => {
    fields.push(field);
    columns.push(fieldColumn);
    field = "";
    quotedField = false;
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "" && !quotedField)) {
      records.push({ line: recordLine, fields, columns });
    }
    fields = [];
    columns = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (inQuotes) {
      const end2 = text.indexOf('"', i);
      const stop = end2 === -1 ? text.length : end2;
      const run = text.slice(i, stop);
      field += run;
      const lastBreak = run.lastIndexOf("\n");
      if (lastBreak === -1) column += run.length;
      else {
        for (let k = run.indexOf("\n"); k !== -1; k = run.indexOf("\n", k + 1)) line++;
        column = run.length - lastBreak;
      }
      i = stop;
      if (end2 === -1) break;
      if (text[i + 1] === '"') {
        field += '"';
        i += 2;
        column += 2;
        continue;
      }
      inQuotes = false;
      afterQuote = true;
      i++;
      column++;
      continue;
    }
    if (ch === '"' && field === "" && !quotedField) {
      inQuotes = true;
      quotedField = true;
      quoteLine = line;
      quoteColumn = column;
      if (fields.length === 0) recordLine = line;
      i++;
      column++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      column++;
      fieldColumn = column;
      continue;
    }
    if (ch === "\r" && text[i + 1] === "\n") {
      i++;
      continue;
    }
    if (ch === "\n") {
      endRecord();
      i++;
      line++;
      column = 1;
      fieldColumn = 1;
      recordLine = line;
      continue;
    }
    if (afterQuote) {
      return {
        records,
        error: {
          line,
          column,
          message: `unexpected ${JSON.stringify(ch)} after a closing quote; a quote inside a quoted field is written twice ("")`
        }
      };
    }
    if (fields.length === 0 && field === "") recordLine = line;
    let end = i + 1;
    while (end < text.length) {
      const next = text[end];
      if (next === delimiter || next === "\n" || next === "\r") break;
      end++;
    }
    field += text.slice(i, end);
    column += end - i;
    i = end;
  }
  if (inQuotes) {
    return {
      records,
      error: {
        line: quoteLine,
        column: quoteColumn,
        message: 'the quote that opens this field is never closed; a quote inside a quoted field is written twice ("")'
      }
    };
  }
  if (field !== "" || fields.length > 0 || quotedField) endRecord();
  return { records };
}
var OBSERVATION_COLUMNS = [
  "series",
  "area",
  "period",
  "value",
  "origin",
  "source",
  "note",
  "lower",
  "upper"
];
var REQUIRED = ["series", "period", "value"];
var ORIGINS = ["table", "text", "import", "other"];
var MAX_DIGITS = 15;
function tooPrecise(number2) {
  return number2.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length > MAX_DIGITS;
}
function parseObservationsCsv(text, file, options) {
  var _a3, _b2, _c, _d, _e, _f, _g, _h;
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const { records, error: error2 } = parseCsv(text, delimiter);
  const issues = [];
  const issue2 = (line, column, message, extra = {}) => issues.push({ code: "invalid-data", severity: "error", file, line, column, message, ...extra });
  if (error2) {
    issue2(error2.line, error2.column, error2.message, { code: "csv-syntax" });
    return { success: false, issues };
  }
  const header3 = records[0];
  if (!header3) {
    issue2(1, 1, "the file is empty", {
      expected: `a header line: ${OBSERVATION_COLUMNS.join(",")}`
    });
    return { success: false, issues };
  }
  const names = header3.fields.map((f) => f.trim().toLowerCase());
  const index = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    if (!OBSERVATION_COLUMNS.includes(name)) {
      issue2(header3.line, header3.columns[i] ?? 1, `unknown column "${name}"`, {
        expected: `columns ${OBSERVATION_COLUMNS.join(", ")}`
      });
    } else if (index.has(name)) {
      issue2(header3.line, header3.columns[i] ?? 1, `the column "${name}" appears twice`);
    } else {
      index.set(name, i);
    }
  });
  for (const name of REQUIRED) {
    if (!index.has(name))
      issue2(header3.line, 1, `the header has no "${name}" column`, {
        expected: `columns ${OBSERVATION_COLUMNS.join(", ")}`
      });
  }
  if (issues.length > 0) return { success: false, issues };
  const observations = [];
  for (const record2 of records.slice(1)) {
    const get = (name) => {
      const i = index.get(name);
      return i === void 0 ? void 0 : { text: (record2.fields[i] ?? "").trim(), column: record2.columns[i] ?? 1 };
    };
    if (record2.fields.length !== names.length) {
      issue2(record2.line, 1, `has ${record2.fields.length} fields, the header has ${names.length}`);
      continue;
    }
    const series = get("series");
    const period2 = get("period");
    const value = get("value");
    if (!series || !period2 || !value) continue;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(series.text)) {
      issue2(record2.line, series.column, `"${series.text}" is not a series id`, {
        field: "series",
        expected: "lower-case letters, digits and hyphens"
      });
      continue;
    }
    const parsedPeriod = parsePeriod(period2.text);
    if (!parsedPeriod.success) {
      issue2(record2.line, period2.column, parsedPeriod.error.message, { field: "period" });
      continue;
    }
    let number2 = null;
    if (value.text !== "" && value.text !== ".") {
      const unit = (_a3 = options.unitOf) == null ? void 0 : _a3.call(options, series.text);
      const read = readFigureText(value.text, unit);
      if (!read.success) {
        issue2(record2.line, value.column, read.message, {
          field: "value",
          expected: read.expected
        });
        continue;
      }
      const written = value.text.replace(",", ".");
      if (tooPrecise(unit === "count" ? written.replaceAll(".", "") : written)) {
        issue2(
          record2.line,
          value.column,
          `"${value.text}" has more digits than ivp can hold exactly`,
          {
            field: "value",
            expected: `at most ${MAX_DIGITS} significant digits`
          }
        );
        continue;
      }
      number2 = read.value;
    }
    const bounds = [];
    let badBound = false;
    for (const name of ["lower", "upper"]) {
      const cell2 = get(name);
      if (!cell2 || cell2.text === "" || cell2.text === ".") {
        bounds.push(void 0);
        continue;
      }
      const normalisedBound = cell2.text.replace(",", ".");
      if (!/^-?\d+(\.\d+)?$/.test(normalisedBound)) {
        issue2(record2.line, cell2.column, `"${cell2.text}" is not a number`, {
          field: name,
          expected: `the ${name} bound of the 95% interval, e.g. 7.1; empty when there is none`
        });
        badBound = true;
        continue;
      }
      if (tooPrecise(normalisedBound)) {
        issue2(
          record2.line,
          cell2.column,
          `"${cell2.text}" has more digits than ivp can hold exactly`,
          {
            field: name,
            expected: `at most ${MAX_DIGITS} significant digits`
          }
        );
        badBound = true;
        continue;
      }
      bounds.push(Number(normalisedBound));
    }
    if (badBound) continue;
    const [lower, upper] = bounds;
    if (lower === void 0 !== (upper === void 0)) {
      const missing = lower === void 0 ? "lower" : "upper";
      issue2(record2.line, ((_b2 = get(missing)) == null ? void 0 : _b2.column) ?? 1, `the interval has no ${missing} bound`, {
        field: missing,
        expected: "both lower and upper, or neither"
      });
      continue;
    }
    if (lower !== void 0 && upper !== void 0 && lower > upper) {
      issue2(
        record2.line,
        ((_c = get("lower")) == null ? void 0 : _c.column) ?? 1,
        `the lower bound ${lower} is above the upper bound ${upper}`,
        {
          field: "lower",
          expected: "lower <= upper"
        }
      );
      continue;
    }
    const originText = ((_d = get("origin")) == null ? void 0 : _d.text) || "import";
    if (!ORIGINS.includes(originText)) {
      issue2(record2.line, ((_e = get("origin")) == null ? void 0 : _e.column) ?? 1, `"${originText}" is not an origin`, {
        field: "origin",
        expected: ORIGINS.join(", ")
      });
      continue;
    }
    const source = (_f = get("source")) == null ? void 0 : _f.text;
    const note = (_g = get("note")) == null ? void 0 : _g.text;
    observations.push({
      series: series.text,
      area: ((_h = get("area")) == null ? void 0 : _h.text) || options.defaultArea,
      period: formatPeriodCode(parsedPeriod.data),
      value: number2,
      origin: originText,
      ...source && { source },
      ...note && { quote: note },
      ...lower !== void 0 && upper !== void 0 && { interval: { lower, upper } },
      ref: { kind: "file", file, line: record2.line, column: 1 }
    });
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, observations };
}
async function readDataFiles(plan, options) {
  var _a3;
  const { planFile } = options;
  const observations = collectObservations(plan);
  const issues = [];
  const dataFiles = [];
  const known = /* @__PURE__ */ new Set([...plan.series.map((s) => s.id), ...plan.indicators.map((i) => i.id)]);
  const areas = /* @__PURE__ */ new Set([plan.municipality.code, ...plan.areas.map((a) => a.id)]);
  const units = /* @__PURE__ */ new Map();
  const unitOf2 = (series) => {
    if (!units.has(series)) units.set(series, seriesUnit(plan, series));
    return units.get(series);
  };
  for (const [i, relativePath] of plan.data.entries()) {
    const at = (_a3 = options.locate) == null ? void 0 : _a3.call(options, ["data", i]);
    const read = await options.read(relativePath);
    if (!read.success) {
      issues.push({
        code: read.code,
        severity: "error",
        file: planFile,
        ...at && { line: at.line, column: at.column },
        field: `data[${i}]`,
        message: read.message,
        ...read.expected !== void 0 && { expected: read.expected },
        ...read.hint !== void 0 && { hint: read.hint }
      });
      continue;
    }
    const { bytes, shown, path: dataPath } = read;
    const csv = decodeUtf8(bytes);
    if (!csv.success) {
      issues.push(encodingIssue(shown, csv.problem));
      continue;
    }
    const result = parseObservationsCsv(csv.text, shown, {
      defaultArea: plan.municipality.code,
      unitOf: unitOf2
    });
    if (!result.success) {
      for (const issue2 of result.issues) issues.push(issue2);
      continue;
    }
    dataFiles.push(dataPath);
    for (const observation of result.observations) {
      const suggestion2 = known.has(observation.series) ? void 0 : closestMatch(observation.series, [...known]);
      const problem2 = !known.has(observation.series) ? {
        field: "series",
        message: `unknown series "${observation.series}"`,
        expected: "an id from the plan's series or indicators",
        ...suggestion2 && { hint: `did you mean "${suggestion2}"?` }
      } : !areas.has(observation.area) ? {
        field: "area",
        message: `unknown area "${observation.area}"`,
        expected: "the municipality code or an id from the plan's areas"
      } : void 0;
      if (!problem2) {
        observations.push(observation);
        continue;
      }
      const line = observation.ref.kind === "file" ? observation.ref.line : 1;
      issues.push({
        code: "unknown-reference",
        severity: "error",
        file: shown,
        line,
        column: 1,
        ...problem2
      });
    }
  }
  return { observations, dataFiles, issues };
}
function encodingIssue(file, problem2) {
  return { code: "invalid-encoding", severity: "error", file, ...problem2 };
}
async function loadPlanFromBytes(bytes, source) {
  const { planFile, dir } = source;
  const decoded = decodeUtf8(bytes);
  if (!decoded.success)
    return { success: false, issues: [encodingIssue(planFile, decoded.problem)] };
  const parsed = parsePlanYaml(decoded.text, planFile);
  if (!parsed.success) return parsed;
  const { observations, dataFiles, issues } = await readDataFiles(parsed.plan, {
    planFile,
    locate: parsed.locate,
    read: source.readDataFile
  });
  if (issues.length > 0) return { success: false, issues: sortIssues(issues) };
  const locateRef = (ref2) => {
    if (!Array.isArray(ref2) && ref2.kind === "file") {
      const r = ref2;
      return { file: r.file, line: r.line, column: r.column };
    }
    const path = Array.isArray(ref2) ? ref2 : ref2.path;
    return { file: planFile, ...parsed.locate(path) };
  };
  return { ...parsed, dir, dataFiles, observations, locateRef };
}
function normalisePlanPath(path) {
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return void 0;
  const segments = path.split(/[/\\]/).filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) return void 0;
  return segments.join("/");
}
async function loadPlanFromFiles(files) {
  const byPath = /* @__PURE__ */ new Map();
  const encoder = new TextEncoder();
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [path, content] of entries) {
    const normal = normalisePlanPath(path);
    if (normal !== void 0)
      byPath.set(normal, typeof content === "string" ? encoder.encode(content) : content);
  }
  const plan = byPath.get(PLAN_FILE_NAME);
  if (!plan) {
    return {
      success: false,
      issues: [
        {
          code: "file-not-found",
          severity: "error",
          file: PLAN_FILE_NAME,
          message: "no such file",
          hint: `a plan directory contains ${PLAN_FILE_NAME}, a regular file`
        }
      ]
    };
  }
  return loadPlanFromBytes(plan, {
    planFile: PLAN_FILE_NAME,
    dir: ".",
    readDataFile: (relativePath) => {
      const normal = normalisePlanPath(relativePath);
      if (normal === void 0) {
        return {
          success: false,
          code: "data-outside-plan",
          message: `the data file ${relativePath} lies outside the plan directory`,
          expected: "a .csv path inside the plan directory, such as data/politie.csv"
        };
      }
      const bytes = byPath.get(normal);
      return bytes ? { success: true, bytes, path: normal, shown: normal } : {
        success: false,
        code: "file-not-found",
        message: `the data file ${normal} does not exist`
      };
    }
  });
}
function place(loaded, location) {
  const at = loaded.locateRef(location);
  const path = planPathOf(location);
  return { ...at, ...path && path.length > 0 && { field: formatPlanPath(path) } };
}
function key(p) {
  return `${p.file}:${p.line}:${p.column}`;
}
function locateFindings(findings, loaded, lang) {
  const located = findings.map((finding, order) => {
    const [first, ...rest] = finding.locations.map((location) => place(loaded, location));
    const primary = first ?? { file: loaded.file, line: 1, column: 1 };
    const seen = /* @__PURE__ */ new Set([key(primary)]);
    const also = rest.filter((p) => !seen.has(key(p)) && seen.add(key(p)));
    return {
      order,
      finding: {
        rule: finding.rule,
        severity: finding.severity,
        ...primary,
        message: finding.message[lang],
        ...finding.suggestion && { suggestion: finding.suggestion[lang] },
        also,
        ...finding.acknowledged !== void 0 && { acknowledged: finding.acknowledged }
      }
    };
  });
  located.sort(
    (a, b) => a.finding.file.localeCompare(b.finding.file) || a.finding.line - b.finding.line || a.finding.column - b.finding.column || a.order - b.order
  );
  return located.map((l) => l.finding);
}
var FORMULA_START = /^[=+\-@\t\r]/;
var NUMERIC = /^[+-]?\d+([.,]\d+)?%?°?$/;
function neutraliseFormula(text) {
  if (FORMULA_START.test(text) && !NUMERIC.test(text.trim())) return `'${text}`;
  return text;
}
function markdownText(text) {
  return neutraliseFormula(escapeMarkdown(text));
}
function escapeMarkdown(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]|#])/g, "\\$1");
}
var HTML_SPECIAL = /[&<>"']/;
function htmlText(text) {
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function kernbeleidCoverage(plan, options = {}) {
  const lang = options.lang ?? "nl";
  const all = [...plan.priorities, ...plan.themes];
  const fields = KERNBELEID_VEILIGHEID.map((field2) => ({
    code: field2.code,
    name: field2.name[lang],
    themes: field2.themes.map((theme2) => ({
      code: theme2.code,
      name: theme2.name[lang],
      coveredBy: all.filter((t) => t.kernbeleid.includes(theme2.code)).map((t) => t.id)
    }))
  }));
  const unknown = /* @__PURE__ */ new Map();
  for (const theme2 of all) {
    for (const code of theme2.kernbeleid) {
      if (findKernbeleidTheme(code)) continue;
      const usedBy = unknown.get(code) ?? [];
      if (!usedBy.includes(theme2.id)) usedBy.push(theme2.id);
      unknown.set(code, usedBy);
    }
  }
  const unknownCodes = [...unknown.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([code, usedBy]) => ({ code, usedBy }));
  return { fields, unknownCodes };
}
function figuresAsOf(plan, options) {
  const asOf = typeof options.asOf === "string" ? parsePeriodOrThrow(options.asOf) : options.asOf;
  const observations = options.observations ?? collectObservations(plan);
  return { index: new ObservationIndex(observationsAsOf(observations, asOf)), asOf };
}
var rules = /* @__PURE__ */ new Map();
function plural(lang, count, forms) {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
var en = {
  reportKind: "Monitoring report",
  contents: "Contents",
  sections: {
    summary: "Summary",
    mainGoals: "Main goals",
    figures: "Police figures",
    priorities: "Priorities",
    themes: "Other themes",
    indicators: "Indicators",
    kernbeleid: "Kernbeleid Veiligheid (safety policy framework)",
    partners: "Partners",
    sources: "Sources",
    method: "Method"
  },
  themeParts: {
    motivation: "Motivation",
    evaluation: "Evaluation",
    goals: "Goals",
    indicators: "Effect indicators",
    approach: "Approach",
    actions: "Actions of the execution plan",
    partners: "Partners"
  },
  columns: {
    indicator: "Indicator",
    theme: "Priority or theme",
    source: "Source",
    baseline: "Baseline",
    target: "Target",
    latest: "Latest value",
    fraction: "Fraction of the way",
    status: "Status",
    change: "Change",
    latestAndChange: "Latest value and change",
    significance: "Significance",
    period: "Period",
    value: "Value",
    origin: "Origin",
    action: "Action",
    who: "Who",
    partners: "Partners",
    when: "When",
    code: "Code",
    kernbeleidTheme: "Theme",
    coveredBy: "Addressed in",
    name: "Name",
    description: "Description",
    count: "Count",
    what: "What",
    kind: "Kind",
    component: "Component",
    calculation: "Calculation",
    outcome: "Result"
  },
  status: {
    achieved: "target achieved",
    ahead: "ahead of schedule",
    indistinguishable: "not distinguishable",
    behind: "behind schedule",
    worse: "worse",
    "not-achieved": "target not achieved",
    "not-assessable": "not assessable"
  },
  statusHelp: {
    achieved: "the target period has passed and the value is better than the target, also allowing for chance",
    ahead: "before the target period: the value is better than where the straight line from baseline to target would be now, also allowing for chance",
    indistinguishable: "the difference from the line to the target (after the target period: from the target) is small enough for chance to explain; whether things go better or worse cannot be told",
    behind: "before the target period: the value is worse than where the straight line from baseline to target would be now, also allowing for chance",
    worse: "before the target period: the value is worse than at the baseline, also allowing for chance",
    "not-achieved": "the target period has passed and the value is worse than the target, also allowing for chance",
    "not-assessable": "no target, baseline, direction, later comparable figure or margin of error, or a target that does not fit the baseline; the reason is given with the indicator"
  },
  notAssessable: {
    "no-target": "no target",
    "no-baseline": "no baseline",
    "no-direction": "direction unknown",
    "target-not-after-baseline": "target year not after baseline year",
    "no-observations": "no measurements",
    "no-later-measurement": "no later measurement",
    "incomparable-periods": "no comparable period",
    "inconsistent-target": "target does not fit baseline and direction",
    "no-margin": "no margin of error known"
  },
  noTest: {
    "missing-value": "no test: value missing",
    "not-a-count": "no test: not a count",
    "no-intervals": "no test: no margins"
  },
  progress: {
    manual: "manual",
    automatic: "automatic",
    manualStatus: "manual status",
    significant: "significant",
    chance: "not distinguishable from chance",
    corrected: "corrected",
    vs: "vs",
    illustrative: "illustrative",
    illustrativeTarget: "illustrative target, not adopted by the council",
    projection: "projection",
    statusLegend: "Verdict: the latest value with its 95% margin of chance against the straight line from baseline to target (from the target period on: against the target); better or worse only when the margin does not reach the line or the target, else not distinguishable. Worse: worse than the baseline, also allowing for chance. Counts: exact Poisson margin, wider when the series varied more than chance in earlier years (overdispersion); survey figures: the published margins; without a margin only a declared tolerance.",
    correctionLegend: (method3, tests2, expected) => `${tests2} tests together; without a correction chance alone would mark about ${expected} of them as different. Correction: ${method3}.`,
    correctionMethod: {
      none: "none",
      holm: "Holm (the chance of one or more false differences stays below 5%)",
      "benjamini-hochberg": "Benjamini-Hochberg (of the differences marked, at most 5% are expected to be chance)"
    },
    significanceLegend: "Significance of the change from the baseline: exact Poisson test for counts (two-sided, as R's poisson.test; quasi-Poisson with overdispersion), supplied margins for survey figures; significant when p < 0.05.",
    verdictNote: ({ value, lower, upper, benchmark, against, side: side2, widened }) => `verdict: ${value}${lower === null ? "" : ` (95% margin ${lower} to ${upper}${widened ? `, widened for overdispersion ${widened}` : ""})`} against ${against === "path" ? "the line to the target" : "the target"} ${benchmark}: ${side2 === "better" ? "better" : side2 === "worse" ? "worse" : "not distinguishable"}.`,
    trendNote: ({ from, to, perYear, lower, upper, verdict, widened }) => `trend ${from}-${to}: ${perYear} a year (95% interval ${lower} to ${upper}${widened ? `, widened for overdispersion ${widened}` : ""}): ${verdict === "increasing" ? "increasing" : verdict === "decreasing" ? "decreasing" : "no clear trend"}.`,
    rateComputedAs: (count, per, population) => `computed as ${count} x ${per} / ${population}`,
    rateNoFigure: (period2, have, lacking) => `no figure for ${period2}: ${have}, but no ${lacking}`,
    fractionBeyond: "more than the whole way",
    fractionAway: "away from the target",
    percentagePoints: (difference) => `${difference} percentage points`,
    gradePoints: (difference) => `${difference} points`,
    everyComponent: "Every component: ivp status --format json.",
    samePeriod: (to, from) => `${to} compared with the baseline (${from}): the same period.`,
    sameMonths: (to, from, fromValue) => `${to} compared with the same months of the baseline year (${from}: ${fromValue})`,
    scaledTarget: (target, fromValue, baseline, scaled) => `the target scaled to the same months: ${target} x ${fromValue} / ${baseline} = ${scaled}`,
    projected: (to, toValue, shares, share, current, range) => `the baseline year has no figure for the same months; ${to} (${toValue}) is projected to a full year with the share of those months in earlier years (${shares}; pooled ${share}): ${toValue} / ${share} = ${current}, range ${range} (chance variation of the count and spread of the share). A projection, not a measurement.`,
    warning: {
      targetDisagrees: (stated, printed, change, resolved, used, preference) => `the printed target ${stated}${printed} does not match the printed change of ${change} from the baseline (= ${resolved}); assessed against ${used}: where the two differ, ${en.targetPreference[preference]} counts.`,
      targetAgainstDirection: (target, baseline, direction) => `the target ${target} lies on the wrong side of the baseline ${baseline} (${direction}); such a target is met at the baseline and says nothing about progress, so there is no verdict. Check the target in the plan.`,
      baselineDiffers: (baseline, observed, period2) => `the baseline ${baseline} differs from the figure ${observed} recorded for ${period2}.`,
      projectionSingleYear: (year) => `the projection rests on one earlier year (${year}); how much the share of those months varies between years is unknown and not in the range.`,
      baselineExtreme: (value, period2, position2, history2, mean) => `the baseline ${value} (${period2}) is the ${position2 === "lowest" ? "lowest" : "highest"} of its comparable periods (earlier: ${history2}; mean ${mean}). A next period tends back toward that mean by chance alone (regression to the mean), so part of the change may come from it. Consider the average of several years as the baseline.`
    }
  },
  statusText: {
    title: "Progress",
    headers: [
      "indicator",
      "baseline",
      "target",
      "latest",
      "change",
      "since previous period",
      "of the way",
      "status",
      "significance"
    ],
    notes: "Notes",
    sameAsChange: "= change"
  },
  actionStatus: {
    planned: "planned",
    ongoing: "ongoing",
    done: "done",
    postponed: "postponed",
    cancelled: "cancelled"
  },
  unit: {
    count: "count",
    grade: "report grade (1-10)",
    percentage: "percentage",
    "rate-per-1000": "per 1,000 inhabitants",
    "rate-per-10000": "per 10,000 inhabitants",
    "rate-per-100000": "per 100,000 inhabitants"
  },
  direction: {
    "lower-is-better": "lower is better",
    "higher-is-better": "higher is better"
  },
  origin: {
    table: "table",
    text: "text",
    import: "import",
    other: "other"
  },
  targetKind: {
    absolute: "value",
    relative: "change",
    maximum: "maximum",
    minimum: "minimum",
    "keep-level": "keep the level"
  },
  sourceKind: {
    "police-registration": "police registration",
    survey: "survey",
    "municipal-registration": "municipal registration",
    "open-data": "open data",
    other: "other"
  },
  maxPrefix: "max.",
  minPrefix: "min.",
  keepPrefix: "keep",
  relativeOnly: (change) => `${change} from baseline`,
  notAvailable: "–",
  none: "none",
  asOf: (period2) => `As of: figures up to and including ${period2}`,
  asOfLatest: "As of: each indicator's latest figures",
  meta: { municipality: "Municipality", planPeriod: "Plan period", adopted: "Adopted" },
  skipToContent: "Skip to content",
  emptyCell: {
    value: "no figure",
    zeroBase: "no percentage: the old figure is 0",
    missingValue: "no percentage: one of the two figures is missing",
    reference: "not given"
  },
  placeholders: (count) => `This plan is not finished: ${plural("en", count, { one: "one text is", other: `${count} texts are` })} still a placeholder (starting with TODO) for the municipality to fill in. Read this report as a draft, not as the municipality's plan.`,
  appendix: {
    calculations: "Calculation per indicator",
    calculationLink: "The calculation is in the appendix.",
    tests: "Test per indicator",
    settings: "The plan's settings",
    targetPreference: (key2, value, meaning) => `Which target counts when the printed target and the printed change differ: ${meaning} (${key2}: ${value}).`,
    correctionSetting: (key2, value) => `Correction for multiple tests: ${value} (${key2}, or ivp report --correction).`
  },
  council: {
    statusPlain: {
      achieved: "the target period has passed and the target was met",
      ahead: "going faster than needed to meet the target in time",
      indistinguishable: "the difference from the schedule is small enough to be chance: better or worse cannot be told (yet)",
      behind: "going slower than needed to meet the target in time",
      worse: "worse than at the start of the plan (the baseline)",
      "not-achieved": "the target period has passed and the target was not met",
      "not-assessable": "something needed for a verdict is missing, such as a target, a starting value or a new measurement; the reason is given"
    },
    legendCaption: "What the verdicts mean",
    legendIntro: "The schedule is the straight line from the starting value to the target. A verdict says 'better' or 'worse' only when chance cannot explain the difference.",
    meaning: "Meaning",
    tableCaption: "Verdict per indicator",
    warningsIntro: "For these indicators something does not add up, or the verdict needs care:",
    significanceLegend: "Significance: whether the change since the baseline is larger than chance can explain (significant when p < 0.05). How it was tested is in the appendix.",
    chanceNote: "° not distinguishable from chance: such a change also happens without a real change. How it was tested is in the appendix.",
    seeMethod: "see the appendix"
  },
  targetPreference: {
    "stated-value": "the printed target",
    "resolved-change": "the printed change applied to the baseline"
  },
  print: {
    asOf: (period2) => period2 === null ? "latest figures" : `as of ${period2}`,
    page: "page",
    of: "of"
  },
  fromIndicator: "the indicator itself",
  fromTable: (title) => `indicator table '${title}'`,
  tableWord: "Table",
  mission: "Mission",
  summaryIntro: (assessable, total) => assessable === total ? `The plan has ${total} indicators; progress toward the target can be assessed for all of them.` : `The plan has ${total} indicators. Progress toward the target can be assessed for ${assessable === 0 ? "none" : assessable} of them; ${total - assessable} ${plural("en", total - assessable, { one: "is", other: "are" })} not assessable; the reason is given with the verdict.`,
  manualCount: (count) => `${plural("en", count, { one: "One status was", other: `${count} statuses were` })} set by hand; the automatic status is shown next to it.`,
  statusCounts: "Indicators by status",
  chanceNote: "° not distinguishable from chance (exact Poisson test, two-sided, p ≥ 0.05)",
  significanceSummary: (tests2, expected, significant, nominal, correction) => {
    if (tests2 === 0) return "No changes tested.";
    const tested2 = `${tests2} ${plural("en", tests2, { one: "change", other: "changes" })} tested; chance alone would make about ${expected} of them look significant.`;
    return correction === null ? `${tested2} Not corrected for the number of tests: ${significant} distinguishable from chance.` : `${tested2} Corrected for the number of tests (${correction}): ${significant} distinguishable from chance (${nominal} without the correction).`;
  },
  differsFromEffective: (baseline, target) => `this table prints other values than the indicator is followed with (baseline ${baseline}, target ${target})`,
  differsLegend: "≠ this row differs from the baseline or target the indicator is followed with",
  chart: {
    observed: "observed",
    baseline: "baseline",
    target: "target",
    path: "straight line from baseline to target",
    title: (label) => `Trend: ${label}`,
    noData: "No observations to show.",
    otherPeriods: "not in the chart: another period than the baseline",
    numbersCaption: (label) => `Figures behind the chart: ${label}`,
    barsTitle: (column) => `Change ${column}`,
    barsDescription: (column, reference) => reference ? `Bar chart of the percentage change (${column}) per category; the tick is the column '${reference}'. The figures are in the table above.` : `Bar chart of the percentage change (${column}) per category. The figures are in the table above.`,
    reference: "comparison",
    increase: "increase",
    decrease: "decrease",
    scaledTarget: (months) => `target scaled to ${months}`,
    noChange: "no % (base 0 or missing)",
    clipped: "bar clipped",
    sameMonths: (months) => `${months}, not a full year`,
    sameMonthsDescription: (months, points) => `${months} (the same months of two years, drawn apart, not a full year): ${points}.`,
    drawnApart: "drawn apart: the same months as in the baseline year",
    projection: "projected full year, with range",
    projectionDescription: (year, from, value, range) => `projection ${year} from ${from}: ${value}, range ${range} (an estimate, not a measurement).`,
    projected: "projection"
  },
  indicatorFacts: {
    unit: "Unit",
    direction: "Direction",
    source: "Source",
    baseline: "Baseline",
    target: "Target",
    latest: "Latest value",
    status: "Status",
    expected: "Expected on the straight line",
    verdict: "How the verdict is reached",
    fraction: "Fraction of the way",
    comparison: "Comparison",
    change: "Change",
    previousChange: "Change since the previous period",
    rate: "Computed",
    significance: "Significance",
    warnings: "Note",
    components: "Calculation",
    themes: "Priority or theme",
    yes: "yes",
    no: "no",
    directionInferred: "inferred from the target",
    assessed: "assessed",
    expectedAfter: (value, elapsed, total) => `${value} (after ${elapsed} of ${total} years)`,
    targetIn: (target, period2) => `${target} in ${period2}`,
    poissonDetail: (later, earlier, ratio, lower, upper) => `exact Poisson test of ${later} against ${earlier}; rate ratio ${ratio} (95% interval ${lower} to ${upper})`,
    surveyDetail: (difference, lower, upper) => `test with the margins of both surveys; difference ${difference} (95% interval ${lower} to ${upper})`
  },
  calculation: {
    resolvedTarget: "target from the printed change",
    baseline: "baseline (y₀)",
    target: "target (y_T)",
    current: "current value (y_t)",
    elapsed: "years elapsed (t − t₀)",
    total: "years from baseline to target (T − t₀)",
    timeFraction: "share of the time elapsed",
    expected: "expected on the straight line",
    fraction: "fraction of the way",
    observed: "observed annual growth",
    required: "required annual growth",
    ratio: "ratio R",
    targetAchieved: "target achieved",
    status: "status",
    absolute: "annual differences, as the baseline or target is 0",
    noChangeRequired: "none: the target equals the baseline",
    rounded: (decimals) => `rounded to ${decimals} decimals`
  },
  kernbeleidIntro: (fields, themes2, totalThemes) => `The plan addresses ${themes2} of the ${totalThemes} themes in ${fields} of the 5 safety fields of Kernbeleid Veiligheid (VNG).`,
  unknownCodes: "Codes that are not in Kernbeleid Veiligheid",
  notCovered: "not addressed",
  references: "Documents",
  indicatorsOfSource: "Indicators",
  methodText: [
    "Percentage changes are (new - old) / old x 100, computed exactly and rounded to whole percents (a half away from zero). An increase has a plus sign; a cell stays empty when the old value is 0.",
    "July-December figures are not in the plan: they are computed as the full year minus January-June.",
    "A figure for part of a year (such as January-October) is compared only with the same months of another year; the target is then scaled to those months. When the baseline year lacks those months, a count is projected to a full year, with a range. The charts draw such figures apart, never on the line of the full years.",
    "An indicator's baseline and target come from the indicator itself, or else from the first indicator table that lists it."
  ],
  tableLabelColumn: "Category",
  generatedBy: "Made with ivp from the plan's data.",
  otherIndicators: "Other indicators"
};
var nl = {
  reportKind: "Monitoringsrapportage",
  contents: "Inhoud",
  sections: {
    summary: "Samenvatting",
    mainGoals: "Hoofddoelstellingen",
    figures: "Politiecijfers",
    priorities: "Prioriteiten",
    themes: "Overige thema's",
    indicators: "Indicatoren",
    kernbeleid: "Kernbeleid Veiligheid",
    partners: "Partners",
    sources: "Bronnen",
    method: "Verantwoording"
  },
  themeParts: {
    motivation: "Aanleiding",
    evaluation: "Evaluatie",
    goals: "Doelstelling",
    indicators: "Effectindicatoren",
    approach: "Aanpak",
    actions: "Acties uit het uitvoeringsplan",
    partners: "Partners"
  },
  columns: {
    indicator: "Indicator",
    theme: "Prioriteit of thema",
    source: "Bron",
    baseline: "Basis",
    target: "Doel",
    latest: "Laatste waarde",
    fraction: "Deel van de weg",
    status: "Status",
    change: "Verandering",
    latestAndChange: "Laatste waarde en verandering",
    significance: "Significantie",
    period: "Periode",
    value: "Waarde",
    origin: "Herkomst",
    action: "Actie",
    who: "Wie",
    partners: "Partners",
    when: "Wanneer",
    code: "Code",
    kernbeleidTheme: "Thema",
    coveredBy: "Behandeld in",
    name: "Naam",
    description: "Omschrijving",
    count: "Aantal",
    what: "Wat",
    kind: "Soort",
    component: "Onderdeel",
    calculation: "Berekening",
    outcome: "Uitkomst"
  },
  status: {
    achieved: "doel gehaald",
    ahead: "voor op schema",
    indistinguishable: "niet te onderscheiden",
    behind: "achter op schema",
    worse: "verslechterd",
    "not-achieved": "doel niet gehaald",
    "not-assessable": "niet te beoordelen"
  },
  statusHelp: {
    achieved: "de doelperiode is voorbij en de waarde is beter dan het doel, ook als je rekening houdt met toeval",
    ahead: "nog voor de doelperiode: de waarde is beter dan waar de rechte lijn van basis naar doel nu zou zijn, ook als je rekening houdt met toeval",
    indistinguishable: "het verschil met de lijn naar het doel (na de doelperiode: met het doel) is zo klein dat toeval het kan verklaren; of het beter of slechter gaat, is niet te zeggen",
    behind: "nog voor de doelperiode: de waarde is slechter dan waar de rechte lijn van basis naar doel nu zou zijn, ook als je rekening houdt met toeval",
    worse: "nog voor de doelperiode: de waarde is slechter dan bij de basis, ook als je rekening houdt met toeval",
    "not-achieved": "de doelperiode is voorbij en de waarde is slechter dan het doel, ook als je rekening houdt met toeval",
    "not-assessable": "geen doel, basis, richting, latere vergelijkbare meting of foutmarge, of een doel dat niet past bij de basis; de reden staat bij de indicator"
  },
  notAssessable: {
    "no-target": "geen doel",
    "no-baseline": "geen basiswaarde",
    "no-direction": "richting onbekend",
    "target-not-after-baseline": "doeljaar niet na basisjaar",
    "no-observations": "geen metingen",
    "no-later-measurement": "geen latere meting",
    "incomparable-periods": "geen vergelijkbare periode",
    "inconsistent-target": "doel past niet bij basis en richting",
    "no-margin": "geen foutmarge bekend"
  },
  noTest: {
    "missing-value": "geen toets: waarde ontbreekt",
    "not-a-count": "geen toets: geen aantal",
    "no-intervals": "geen toets: geen marges"
  },
  progress: {
    manual: "handmatig",
    automatic: "automatisch",
    manualStatus: "handmatige status",
    significant: "significant",
    chance: "niet te onderscheiden van toeval",
    corrected: "gecorrigeerd",
    vs: "t.o.v.",
    illustrative: "illustratief",
    illustrativeTarget: "illustratief doel, niet vastgesteld door de raad",
    projection: "projectie",
    statusLegend: "Oordeel: de laatste waarde met haar 95%-toevalsmarge tegen de rechte lijn van basis naar doel (vanaf de doelperiode: tegen het doel); beter of slechter alleen als de marge de lijn of het doel niet raakt, anders niet te onderscheiden. Verslechterd: slechter dan de basis, ook met toeval. Aantallen: exacte Poisson-marge, breder als de reeks in eerdere jaren meer schommelde dan toeval geeft (overdispersie); enquêtecijfers: de gepubliceerde marges; zonder marge alleen een opgegeven tolerantie.",
    correctionLegend: (method3, tests2, expected) => `${tests2} toetsen samen; zonder correctie zou toeval er gemiddeld ${expected} als verschil aanwijzen. Correctie: ${method3}.`,
    correctionMethod: {
      none: "geen",
      holm: "Holm (de kans op één of meer valse verschillen blijft onder 5%)",
      "benjamini-hochberg": "Benjamini-Hochberg (van de aangewezen verschillen is naar verwachting hooguit 5% toeval)"
    },
    significanceLegend: "Significantie van de verandering t.o.v. de basis: exacte Poisson-toets voor aantallen (tweezijdig, als R's poisson.test; quasi-Poisson bij overdispersie), marges voor enquêtecijfers; significant bij p < 0,05.",
    verdictNote: ({ value, lower, upper, benchmark, against, side: side2, widened }) => `oordeel: ${value}${lower === null ? "" : ` (95%-marge ${lower} tot ${upper}${widened ? `, verbreed voor overdispersie ${widened}` : ""})`} tegen ${against === "path" ? "de lijn naar het doel" : "het doel"} ${benchmark}: ${side2 === "better" ? "beter" : side2 === "worse" ? "slechter" : "niet te onderscheiden"}.`,
    trendNote: ({ from, to, perYear, lower, upper, verdict, widened }) => `trend ${from}-${to}: ${perYear} per jaar (95%-interval ${lower} tot ${upper}${widened ? `, verbreed voor overdispersie ${widened}` : ""}): ${verdict === "increasing" ? "stijgend" : verdict === "decreasing" ? "dalend" : "geen duidelijke trend"}.`,
    rateComputedAs: (count, per, population) => `berekend als ${count} x ${per} / ${population}`,
    rateNoFigure: (period2, have, lacking) => `geen cijfer voor ${period2}: wel ${have}, geen ${lacking}`,
    fractionBeyond: "meer dan de hele weg",
    fractionAway: "van het doel af",
    percentagePoints: (difference) => `${difference} procentpunt`,
    gradePoints: (difference) => `${difference} punt`,
    everyComponent: "Alle componenten: ivp status --format json.",
    samePeriod: (to, from) => `${to} vergeleken met de basis (${from}): dezelfde periode.`,
    sameMonths: (to, from, fromValue) => `${to} vergeleken met dezelfde maanden van het basisjaar (${from}: ${fromValue})`,
    scaledTarget: (target, fromValue, baseline, scaled) => `het doel omgerekend naar dezelfde maanden: ${target} x ${fromValue} / ${baseline} = ${scaled}`,
    projected: (to, toValue, shares, share, current, range) => `het basisjaar heeft geen cijfer voor dezelfde maanden; ${to} (${toValue}) is naar een heel jaar geprojecteerd met het aandeel van die maanden in eerdere jaren (${shares}; samen ${share}): ${toValue} / ${share} = ${current}, marge ${range} (toevalsvariatie van het aantal en spreiding van het aandeel). Een projectie, geen meting.`,
    warning: {
      targetDisagrees: (stated, printed, change, resolved, used, preference) => `het gedrukte doel ${stated}${printed} klopt niet met de gedrukte verandering ${change} van de basis (= ${resolved}); beoordeeld tegen ${used}: bij zo'n verschil telt ${nl.targetPreference[preference]}.`,
      targetAgainstDirection: (target, baseline, direction) => `het doel ${target} ligt aan de verkeerde kant van de basis ${baseline} (${direction}); zo'n doel is al bij de basis gehaald en zegt niets over voortgang, dus geen oordeel. Controleer het doel in het plan.`,
      baselineDiffers: (baseline, observed, period2) => `de basiswaarde ${baseline} wijkt af van het cijfer ${observed} dat voor ${period2} is vastgelegd.`,
      projectionSingleYear: (year) => `de projectie steunt op één eerder jaar (${year}); hoe sterk het aandeel van die maanden per jaar wisselt is onbekend en zit niet in de marge.`,
      baselineExtreme: (value, period2, position2, history2, mean) => `de basiswaarde ${value} (${period2}) is het ${position2 === "lowest" ? "laagste" : "hoogste"} van de vergelijkbare periodes (eerder: ${history2}; gemiddeld ${mean}). Een volgende periode ligt door toeval alleen al vaak dichter bij dat gemiddelde (regressie naar het gemiddelde): een deel van de verandering kan daaruit komen. Overweeg het gemiddelde van meerdere jaren als basis.`
    }
  },
  statusText: {
    title: "Voortgang",
    headers: [
      "indicator",
      "basis",
      "doel",
      "laatste",
      "verandering",
      "t.o.v. vorige periode",
      "deel v.d. weg",
      "status",
      "significantie"
    ],
    notes: "Toelichting",
    sameAsChange: "= verandering"
  },
  actionStatus: {
    planned: "gepland",
    ongoing: "lopend",
    done: "gereed",
    postponed: "uitgesteld",
    cancelled: "vervallen"
  },
  unit: {
    count: "aantal",
    grade: "rapportcijfer (1-10)",
    percentage: "percentage",
    "rate-per-1000": "per 1.000 inwoners",
    "rate-per-10000": "per 10.000 inwoners",
    "rate-per-100000": "per 100.000 inwoners"
  },
  direction: {
    "lower-is-better": "lager is beter",
    "higher-is-better": "hoger is beter"
  },
  origin: {
    table: "tabel",
    text: "tekst",
    import: "import",
    other: "overig"
  },
  targetKind: {
    absolute: "waarde",
    relative: "verandering",
    maximum: "maximum",
    minimum: "minimum",
    "keep-level": "niveau vasthouden"
  },
  sourceKind: {
    "police-registration": "politieregistratie",
    survey: "enquête",
    "municipal-registration": "gemeentelijke registratie",
    "open-data": "open data",
    other: "overig"
  },
  maxPrefix: "max.",
  minPrefix: "min.",
  keepPrefix: "handhaven",
  relativeOnly: (change) => `${change} t.o.v. basis`,
  notAvailable: "–",
  none: "geen",
  asOf: (period2) => `Peilmoment: cijfers tot en met ${period2}`,
  asOfLatest: "Peilmoment: de laatste cijfers per indicator",
  meta: { municipality: "Gemeente", planPeriod: "Planperiode", adopted: "Vastgesteld" },
  skipToContent: "Naar de inhoud",
  emptyCell: {
    value: "geen cijfer",
    zeroBase: "geen percentage: het oude cijfer is 0",
    missingValue: "geen percentage: een van beide cijfers ontbreekt",
    reference: "niet opgegeven"
  },
  placeholders: (count) => `Dit plan is nog niet af: ${plural("nl", count, { one: "één tekst is", other: `${count} teksten zijn` })} nog een plaatshouder (beginnend met TODO) die de gemeente moet invullen. Lees dit rapport als een proef, niet als het plan van de gemeente.`,
  appendix: {
    calculations: "Berekening per indicator",
    calculationLink: "De berekening staat in de verantwoording.",
    tests: "Toets per indicator",
    settings: "Instellingen van het plan",
    targetPreference: (key2, value, meaning) => `Welk doel telt als het gedrukte doel en de gedrukte verandering verschillen: ${meaning} (${key2}: ${value}).`,
    correctionSetting: (key2, value) => `Correctie voor meerdere toetsen: ${value} (${key2}, of ivp report --correction).`
  },
  council: {
    statusPlain: {
      achieved: "de doelperiode is voorbij en het doel is gehaald",
      ahead: "het gaat sneller dan nodig om het doel op tijd te halen",
      indistinguishable: "het verschil met het schema is zo klein dat het toeval kan zijn: beter of slechter is (nog) niet te zeggen",
      behind: "het gaat langzamer dan nodig om het doel op tijd te halen",
      worse: "slechter dan bij de start van het plan (de basis)",
      "not-achieved": "de doelperiode is voorbij en het doel is niet gehaald",
      "not-assessable": "er ontbreekt iets om te oordelen, zoals een doel, een beginwaarde of een nieuwe meting; de reden staat erbij"
    },
    legendCaption: "Wat de oordelen betekenen",
    legendIntro: "Het schema is de rechte lijn van de beginwaarde naar het doel. Een oordeel zegt alleen 'beter' of 'slechter' als toeval het verschil niet kan verklaren.",
    meaning: "Betekenis",
    tableCaption: "Oordeel per indicator",
    warningsIntro: "Bij deze indicatoren klopt iets niet of is het oordeel voorzichtig te lezen:",
    significanceLegend: "Significantie: of de verandering sinds de basis groter is dan toeval kan verklaren (significant bij p < 0,05). Hoe dat is getoetst, staat in de verantwoording.",
    chanceNote: "° niet te onderscheiden van toeval: zo'n verandering komt ook zonder echte verandering voor. Hoe dat is getoetst, staat in de verantwoording.",
    seeMethod: "zie de verantwoording"
  },
  targetPreference: {
    "stated-value": "het gedrukte doel",
    "resolved-change": "de gedrukte verandering toegepast op de basis"
  },
  print: {
    asOf: (period2) => period2 === null ? "laatste cijfers" : `peilmoment ${period2}`,
    page: "pagina",
    of: "van"
  },
  fromIndicator: "de indicator zelf",
  fromTable: (title) => `indicatortabel '${title}'`,
  tableWord: "Tabel",
  mission: "Missie",
  summaryIntro: (assessable, total) => assessable === total ? `Het plan heeft ${total} indicatoren; voor alle is de voortgang naar het doel te beoordelen.` : `Het plan heeft ${total} indicatoren. Voor ${assessable === 0 ? "geen ervan" : `${assessable} daarvan`} is de voortgang naar het doel te beoordelen; ${total - assessable} ${plural("nl", total - assessable, { one: "is", other: "zijn" })} niet te beoordelen; de reden staat bij het oordeel.`,
  manualCount: (count) => `${plural("nl", count, { one: "Eén status is", other: `${count} statussen zijn` })} met de hand gezet; de automatische status staat ernaast.`,
  statusCounts: "Indicatoren per status",
  chanceNote: "° niet te onderscheiden van toeval (exacte Poisson-toets, tweezijdig, p ≥ 0,05)",
  significanceSummary: (tests2, expected, significant, nominal, correction) => {
    if (tests2 === 0) return "Geen veranderingen getoetst.";
    const tested2 = `${tests2} ${plural("nl", tests2, { one: "verandering", other: "veranderingen" })} getoetst; door toeval alleen zouden er ongeveer ${expected} significant lijken.`;
    return correction === null ? `${tested2} Niet gecorrigeerd voor het aantal toetsen: ${significant} te onderscheiden van toeval.` : `${tested2} Gecorrigeerd voor het aantal toetsen (${correction}): ${significant} te onderscheiden van toeval (${nominal} zonder correctie).`;
  },
  differsFromEffective: (baseline, target) => `deze tabel drukt andere waarden af dan de indicator gebruikt (basis ${baseline}, doel ${target})`,
  differsLegend: "≠ deze rij wijkt af van de basis of het doel waarmee de indicator wordt gevolgd",
  chart: {
    observed: "waargenomen",
    baseline: "basis",
    target: "doel",
    path: "rechte lijn van basis naar doel",
    title: (label) => `Verloop: ${label}`,
    noData: "Geen waarnemingen om te tonen.",
    otherPeriods: "niet in de grafiek: andere periode dan de basis",
    numbersCaption: (label) => `Cijfers bij de grafiek: ${label}`,
    barsTitle: (column) => `Verandering ${column}`,
    barsDescription: (column, reference) => reference ? `Staafdiagram van de procentuele verandering (${column}) per categorie; het streepje is de kolom '${reference}'. De cijfers staan in de tabel hierboven.` : `Staafdiagram van de procentuele verandering (${column}) per categorie. De cijfers staan in de tabel hierboven.`,
    reference: "vergelijking",
    increase: "toename",
    decrease: "afname",
    scaledTarget: (months) => `doel omgerekend naar ${months}`,
    noChange: "geen % (basis 0 of ontbrekend)",
    clipped: "staaf afgekapt",
    sameMonths: (months) => `${months}, geen heel jaar`,
    sameMonthsDescription: (months, points) => `${months} (dezelfde maanden van twee jaren, apart getekend, geen heel jaar): ${points}.`,
    drawnApart: "apart getekend: dezelfde maanden als in het basisjaar",
    projection: "projectie van het hele jaar, met marge",
    projectionDescription: (year, from, value, range) => `projectie ${year} uit ${from}: ${value}, marge ${range} (een schatting, geen meting).`,
    projected: "projectie"
  },
  indicatorFacts: {
    unit: "Eenheid",
    direction: "Richting",
    source: "Bron",
    baseline: "Basis",
    target: "Doel",
    latest: "Laatste waarde",
    status: "Status",
    expected: "Verwacht op de rechte lijn",
    verdict: "Hoe het oordeel tot stand komt",
    fraction: "Deel van de weg",
    comparison: "Vergelijking",
    change: "Verandering",
    previousChange: "Verandering t.o.v. de vorige periode",
    rate: "Berekend",
    significance: "Significantie",
    warnings: "Let op",
    components: "Berekening",
    themes: "Prioriteit of thema",
    yes: "ja",
    no: "nee",
    directionInferred: "afgeleid uit het doel",
    assessed: "beoordeeld",
    expectedAfter: (value, elapsed, total) => `${value} (na ${elapsed} van ${total} jaar)`,
    targetIn: (target, period2) => `${target} in ${period2}`,
    poissonDetail: (later, earlier, ratio, lower, upper) => `exacte Poisson-toets van ${later} tegen ${earlier}; verhouding ${ratio} (95%-interval ${lower} tot ${upper})`,
    surveyDetail: (difference, lower, upper) => `toets met de marges van beide metingen; verschil ${difference} (95%-interval ${lower} tot ${upper})`
  },
  calculation: {
    resolvedTarget: "doel uit de gedrukte verandering",
    baseline: "basis (y₀)",
    target: "doel (y_T)",
    current: "huidige waarde (y_t)",
    elapsed: "verstreken jaren (t − t₀)",
    total: "jaren van basis tot doel (T − t₀)",
    timeFraction: "verstreken deel van de tijd",
    expected: "verwacht op de rechte lijn",
    fraction: "deel van de weg",
    observed: "waargenomen jaarlijkse groei",
    required: "benodigde jaarlijkse groei",
    ratio: "verhouding R",
    targetAchieved: "doel bereikt",
    status: "status",
    absolute: "jaarlijkse verschillen, want basis of doel is 0",
    noChangeRequired: "geen: het doel is gelijk aan de basis",
    rounded: (decimals) => `afgerond op ${decimals} decimalen`
  },
  kernbeleidIntro: (fields, themes2, totalThemes) => `Het plan behandelt ${themes2} van de ${totalThemes} thema's in ${fields} van de 5 veiligheidsvelden van Kernbeleid Veiligheid (VNG).`,
  unknownCodes: "Codes die niet in Kernbeleid Veiligheid voorkomen",
  notCovered: "niet behandeld",
  references: "Documenten",
  indicatorsOfSource: "Indicatoren",
  methodText: [
    "Procentuele veranderingen zijn (nieuw - oud) / oud x 100, exact berekend en afgerond op hele procenten (een half naar boven, weg van nul). Een toename krijgt een plusteken; een cel blijft leeg als de oude waarde 0 is.",
    "Cijfers voor juli t/m december staan niet in het plan: ze zijn berekend als het hele jaar min januari t/m juni.",
    "Een waarde over een deel van het jaar (zoals januari t/m oktober) wordt alleen vergeleken met dezelfde maanden van een ander jaar; het doel wordt dan naar die maanden omgerekend. Heeft het basisjaar die maanden niet, dan wordt een aantal naar een heel jaar geprojecteerd, met een marge. In de grafieken staan zulke cijfers apart, nooit op de lijn van de hele jaren.",
    "Basis en doel van een indicator komen uit de indicator zelf of anders uit de eerste indicatortabel waarin die staat."
  ],
  tableLabelColumn: "Categorie",
  generatedBy: "Gemaakt met ivp uit de gegevens van het plan.",
  otherIndicators: "Overige indicatoren"
};
var MESSAGES = { nl, en };
function messagesFor(lang) {
  return MESSAGES[lang];
}
var DECIMALS = {
  count: { min: 0, max: 1 },
  grade: { min: 1, max: 2 },
  percentage: { min: 0, max: 1 },
  "rate-per-1000": { min: 0, max: 2 },
  "rate-per-10000": { min: 0, max: 2 },
  "rate-per-100000": { min: 0, max: 2 }
};
function writtenDecimals(value) {
  const text = String(value);
  if (text.includes("e")) return 6;
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : text.length - dot - 1;
}
function separator(lang) {
  return lang === "en" ? "." : ",";
}
function formatIndicatorValue(value, unit, lang, decimals, grouped = false) {
  const { min, max } = DECIMALS[unit];
  const places2 = decimals ?? Math.min(max, Math.max(min, writtenDecimals(value)));
  const text = formatNumber(value, {
    decimals: places2,
    decimalSeparator: separator(lang),
    ...grouped ? { groupSeparator: lang === "en" ? "," : "." } : {}
  });
  return unit === "percentage" ? `${text}%` : text;
}
function formatSignedPercent(value, lang) {
  const text = formatNumber(Math.abs(value), {
    decimals: Math.min(1, writtenDecimals(value)),
    decimalSeparator: separator(lang)
  });
  return value > 0 ? `+${text}%` : value < 0 ? `-${text}%` : `${text}%`;
}
function formatFraction(fraction, lang) {
  return `${formatNumber(fraction * 100, { decimals: 0, decimalSeparator: separator(lang) })}%`;
}
function printedDecimals(text) {
  var _a3;
  const match = text == null ? void 0 : text.match(/\d+(?:[.,](\d+))?/);
  return ((_a3 = match == null ? void 0 : match[1]) == null ? void 0 : _a3.length) ?? 0;
}
function formatTargetValue(target, value, unit, lang) {
  const places2 = Math.max(
    DECIMALS[unit].min,
    printedDecimals(target.asPrinted),
    Math.min(2, writtenDecimals(value))
  );
  return formatIndicatorValue(value, unit, lang, places2);
}
function formatTarget(target, unit, lang, options = {}) {
  const m = messagesFor(lang);
  const value = target.value === null ? m.notAvailable : formatTargetValue(target, target.value, unit, lang);
  switch (target.kind) {
    case "absolute":
      return value;
    case "relative": {
      if (target.change === null || options.change === false) return value;
      const change = formatSignedPercent(target.change, lang);
      return target.value === null ? m.relativeOnly(change) : `${value} (${change})`;
    }
    case "maximum":
      return `${m.maxPrefix} ${value}`;
    case "minimum":
      return `${m.minPrefix} ${value}`;
    case "keep-level":
      return `${m.keepPrefix} ${value}`;
  }
}
function formatPeriod(code, lang, style = "short") {
  return formatPeriodLabel(parsePeriodOrThrow(code), { lang, style });
}
function formatDate(iso, lang) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const month1 = formatPeriodLabel(
    { year, startMonth: month, endMonth: month },
    { lang, style: "long" }
  );
  return `${Number(match[3])} ${month1}`;
}
function separator2(lang) {
  return lang === "en" ? "." : ",";
}
function valueWithPeriod(value, period2, unit, lang, decimals) {
  return `${formatIndicatorValue(value, unit, lang, decimals)} (${formatPeriod(period2, lang)})`;
}
function figureDecimals(figure2) {
  return figure2.derivation === "rate" ? 1 : void 0;
}
function figureWithPeriod(figure2, unit, lang) {
  return valueWithPeriod(figure2.value, figure2.period, unit, lang, figureDecimals(figure2));
}
function rateNote(indicator, lang) {
  var _a3, _b2;
  const rate = indicator.rate;
  if (!rate) return null;
  const m = messagesFor(lang).progress;
  const whole = (n) => formatIndicatorValue(n, "count", lang, void 0, true);
  const shown = new Set(
    [indicator.latest, (_a3 = indicator.comparison) == null ? void 0 : _a3.from, (_b2 = indicator.previousChange) == null ? void 0 : _b2.from].map(
      (figure2) => figure2 == null ? void 0 : figure2.period
    )
  );
  const parts = [];
  for (const p of rate.periods) {
    const period2 = formatPeriod(p.period, lang);
    if (p.status === "computed" && p.count && p.population && p.value !== null) {
      if (!shown.has(p.period)) continue;
      const populationPeriod = p.population.period === p.period ? "" : ` (${formatPeriod(p.population.period, lang)})`;
      const value = formatIndicatorValue(p.value, indicator.unit, lang, 1);
      parts.push(
        `${period2}: ${whole(p.count.value)} x ${whole(rate.per)} / ${whole(p.population.value)}${populationPeriod} = ${value}`
      );
    } else if (p.status === "no-population" && p.count) {
      parts.push(
        m.rateNoFigure(period2, `${rate.count} (${whole(p.count.value)})`, rate.population)
      );
    } else if (p.status === "no-count" && p.population) {
      parts.push(
        m.rateNoFigure(period2, `${rate.population} (${whole(p.population.value)})`, rate.count)
      );
    }
  }
  if (parts.length === 0) return null;
  return `${m.rateComputedAs(rate.count, whole(rate.per), rate.population)}: ${parts.join("; ")}.`;
}
function statusLegend(lang) {
  return messagesFor(lang).progress.statusLegend;
}
function correctionLegend(correction, lang) {
  if (correction.tests === 0) return null;
  const m = messagesFor(lang).progress;
  const expected = formatNumber(correction.expectedByChance, {
    decimals: correction.expectedByChance < 10 ? 1 : 0,
    decimalSeparator: separator2(lang)
  });
  return m.correctionLegend(m.correctionMethod[correction.method], correction.tests, expected);
}
function formatChange(change, lang) {
  const m = messagesFor(lang).progress;
  if (change.unit === "percent") {
    return change.percent === null ? null : formatSignedPercent(change.percent, lang);
  }
  if (change.difference === null) return null;
  const d = change.difference;
  const text = formatNumber(Math.abs(d), {
    decimals: Math.max(1, Math.min(2, decimalsOf$1(d))),
    decimalSeparator: separator2(lang)
  });
  const signed = d > 0 ? `+${text}` : d < 0 ? `-${text}` : text;
  return change.unit === "percentage-points" ? m.percentagePoints(signed) : m.gradePoints(signed);
}
function formatPValue(p, lang) {
  if (p < 1e-3)
    return `p < ${formatNumber(1e-3, { decimals: 3, decimalSeparator: separator2(lang) })}`;
  if (p >= 0.995) return "p = 1";
  const decimals = p >= 0.1 ? 2 : p >= 0.01 ? 3 : 4;
  return `p = ${formatNumber(p, { decimals, decimalSeparator: separator2(lang) })}`;
}
function describeStatus(status, lang) {
  const m = messagesFor(lang);
  const automatic = status.automatic === "not-assessable" && status.notAssessable ? `${m.status[status.automatic]}: ${m.notAssessable[status.notAssessable]}` : m.status[status.automatic];
  if (!status.override) return automatic;
  return `${m.status[status.override.status]} (${m.progress.manual}; ${m.progress.automatic}: ${automatic})`;
}
function targetText(indicator, lang) {
  const { target } = indicator;
  if (!target || target.value === null) return null;
  const illustrative = target.illustrative ? `, ${messagesFor(lang).progress.illustrative}` : "";
  return `${formatTarget(target, indicator.unit, lang, { change: false })} (${formatPeriod(target.period, lang)}${illustrative})`;
}
function changeText(indicator, lang) {
  const { comparison, change, unit } = indicator;
  if (!comparison || !change) return null;
  const m = messagesFor(lang).progress;
  const count = (n) => formatIndicatorValue(n, "count", lang, 0);
  const changed = formatChange(change, lang);
  const percent = changed === null ? "" : `${changed} `;
  const against = `${percent}${m.vs} ${figureWithPeriod(comparison.from, unit, lang)}`;
  const projection = comparison.projection;
  if (!projection) return against;
  const year = String(parsePeriodOrThrow(comparison.to.period).year);
  const range = `${count(projection.lower)}-${projection.upper === null ? "" : count(projection.upper)}`;
  return `${m.projection} ${formatPeriod(year, lang)}: ${count(comparison.current)} (${range}), ${against}`;
}
function previousChangeText(indicator, lang) {
  const previous = indicator.previousChange;
  if (!previous) return null;
  const m = messagesFor(lang).progress;
  const changed = formatChange(previous.change, lang);
  const against = `${changed === null ? "" : `${changed} `}${m.vs} ${figureWithPeriod(previous.from, indicator.unit, lang)}`;
  const significance = significanceText(previous.significance, lang);
  return significance === null ? against : `${against}; ${significance}`;
}
function fractionText(indicator, lang) {
  var _a3;
  const fraction = (_a3 = indicator.progress) == null ? void 0 : _a3.fractionOfWay;
  if (fraction === null || fraction === void 0) return null;
  return wordedFraction(fraction, lang);
}
function wordedFraction(fraction, lang) {
  const m = messagesFor(lang).progress;
  if (fraction < 0) return m.fractionAway;
  if (fraction > 1) return m.fractionBeyond;
  return formatFraction(fraction, lang);
}
function significanceParts(significance, lang, adjusted) {
  if (!significance) return null;
  const m = messagesFor(lang);
  if (significance.reason !== null) return { pValue: null, verdict: m.noTest[significance.reason] };
  if (significance.pValue === null) return null;
  const corrected2 = adjusted !== void 0 && adjusted !== null && formatPValue(adjusted, lang) !== formatPValue(significance.pValue, lang) ? adjusted : null;
  const distinguishable = corrected2 === null ? significance.distinguishableFromChance : corrected2 < (significance.alpha ?? 0.05);
  return {
    pValue: corrected2 === null ? formatPValue(significance.pValue, lang) : `${formatPValue(significance.pValue, lang)} (${m.progress.corrected} ${formatPValue(corrected2, lang)})`,
    verdict: distinguishable ? m.progress.significant : m.progress.chance
  };
}
function significanceText(significance, lang, adjusted) {
  const parts = significanceParts(significance, lang, adjusted);
  if (!parts) return null;
  return parts.pValue === null ? parts.verdict : `${parts.pValue}: ${parts.verdict}`;
}
function comparisonNote(indicator, lang) {
  var _a3;
  const { comparison, target, unit } = indicator;
  if (!comparison || comparison.method === "same-period") return null;
  const m = messagesFor(lang).progress;
  const v = (n, decimals) => formatIndicatorValue(n, unit, lang, decimals);
  const from = formatPeriod(comparison.from.period, lang);
  const to = formatPeriod(comparison.to.period, lang);
  if (comparison.method === "same-months") {
    const baseline = ((_a3 = indicator.baseline) == null ? void 0 : _a3.value) ?? 0;
    const scaled = (target == null ? void 0 : target.value) != null && comparison.target !== null ? `; ${m.scaledTarget(v(target.value), v(comparison.from.value), v(baseline), v(comparison.target, 1))}` : "";
    return `${m.sameMonths(to, from, v(comparison.from.value))}${scaled}.`;
  }
  const p = comparison.projection;
  if (!p) return null;
  const shares = p.shares.map((s) => `${s.year}: ${v(s.partial)}/${v(s.full)}`).join(", ");
  const share = formatNumber(p.share, { decimals: 3, decimalSeparator: separator2(lang) });
  const range = `${v(p.lower, 1)}-${p.upper === null ? "" : v(p.upper, 1)}`;
  return m.projected(to, v(comparison.to.value), shares, share, v(comparison.current, 1), range);
}
function describeWarning(warning, progress, lang) {
  const m = messagesFor(lang);
  const v = (n) => formatIndicatorValue(n, progress.unit, lang);
  switch (warning.code) {
    case "target-disagrees-with-change": {
      const target = progress.target;
      return m.progress.warning.targetDisagrees(
        v(warning.stated),
        (target == null ? void 0 : target.asPrinted) ? ` ("${target.asPrinted}")` : "",
        formatSignedPercent((target == null ? void 0 : target.change) ?? 0, lang),
        v(warning.resolved),
        v(warning.used),
        (target == null ? void 0 : target.preference) ?? "stated-value"
      );
    }
    case "target-against-direction":
      return m.progress.warning.targetAgainstDirection(
        v(warning.target),
        v(warning.baseline),
        progress.direction ? m.direction[progress.direction.value] : ""
      );
    case "baseline-differs-from-observation":
      return m.progress.warning.baselineDiffers(
        v(warning.baseline),
        v(warning.observed),
        formatPeriod(warning.period, lang)
      );
    case "projection-single-year":
      return m.progress.warning.projectionSingleYear(String(warning.year));
    case "baseline-extreme":
      return m.progress.warning.baselineExtreme(
        v(warning.value),
        formatPeriod(warning.period, lang),
        warning.position,
        warning.history.map((h2) => `${formatPeriod(h2.period, lang)}: ${v(h2.value)}`).join(", "),
        formatIndicatorValue(warning.otherMean, progress.unit, lang, 1)
      );
  }
}
function verdictNote(indicator, lang) {
  const verdict = indicator.verdict;
  if (!verdict) return null;
  const b = verdict.versusBenchmark;
  const unit = indicator.unit;
  const v = (n) => formatIndicatorValue(Number(n.toFixed(6)), unit, lang, unit === "count" ? 1 : void 0);
  const phi = verdict.dispersion && verdict.dispersion.used > 1 ? verdict.dispersion.used : null;
  return messagesFor(lang).progress.verdictNote({
    value: formatIndicatorValue(b.value, unit, lang),
    lower: b.interval ? v(b.interval.lower) : null,
    upper: b.interval ? v(b.interval.upper) : null,
    benchmark: v(b.benchmark),
    against: verdict.benchmarkKind,
    side: b.side,
    widened: phi === null ? null : `phi = ${formatNumber(phi, { decimals: 1, decimalSeparator: separator2(lang) })}`
  });
}
function trendNote(indicator, lang) {
  const trend = indicator.trend;
  if (!trend) return null;
  const codes = trend.periodCodes;
  const percent = (ratio) => formatSignedPercent(Number(((ratio - 1) * 100).toFixed(0)) + 0, lang);
  const phi = trend.dispersion.used > 1 ? trend.dispersion.used : null;
  const ci = trend.quasiPoisson.confidenceInterval;
  return messagesFor(lang).progress.trendNote({
    from: formatPeriod(codes[0], lang),
    to: formatPeriod(codes[codes.length - 1], lang),
    perYear: percent(trend.rateRatio),
    lower: percent(ci.lower),
    upper: ci.upper === null ? "" : percent(ci.upper),
    verdict: trend.verdict,
    widened: phi === null ? null : `phi = ${formatNumber(phi, { decimals: 1, decimalSeparator: separator2(lang) })}`
  });
}
var CHANCE_MARKER = "°";
function figureJson(value) {
  return value && value.status !== "missing" ? { period: value.period, value: value.value } : null;
}
function rateInputsJson(resolved) {
  if (resolved.status === "derived" && resolved.rule === "rate") {
    return {
      rateInputs: {
        count: figureJson(resolved.inputs[0]),
        population: figureJson(resolved.inputs[1])
      }
    };
  }
  if (resolved.status === "missing" && resolved.rateInputs) {
    const { count, population } = resolved.rateInputs;
    return { rateInputs: { count: figureJson(count), population: figureJson(population) } };
  }
  return {};
}
function cellJson(cell2) {
  switch (cell2.kind) {
    case "value":
      return {
        kind: "value",
        text: cell2.text,
        value: cell2.value,
        derivation: cell2.resolved.status === "derived" ? cell2.resolved.rule : cell2.resolved.status,
        ...rateInputsJson(cell2.resolved)
      };
    case "change":
      return {
        kind: "change",
        text: cell2.text,
        change: cell2.change,
        from: cell2.from.status === "missing" ? null : cell2.from.value,
        to: cell2.to.status === "missing" ? null : cell2.to.value,
        empty: cell2.empty ?? null,
        printed: cell2.printed ?? null,
        matchesPrinted: cell2.matchesPrinted ?? null,
        ...cell2.significance && { significance: significanceJson(cell2) }
      };
    case "reference":
      return { kind: "reference", text: cell2.text, value: cell2.value };
  }
}
function significanceJson(cell2) {
  var _a3, _b2, _c;
  const tested2 = cell2.significance;
  if (tested2 === void 0 || tested2.test === "none") {
    return {
      test: "none",
      pValue: null,
      distinguishableFromChance: null,
      adjustedPValue: null,
      correction: null,
      distinguishableAfterCorrection: null
    };
  }
  return {
    test: tested2.test,
    pValue: tested2.pValue,
    distinguishableFromChance: tested2.distinguishableFromChance,
    adjustedPValue: ((_a3 = cell2.corrected) == null ? void 0 : _a3.pValue) ?? null,
    correction: ((_b2 = cell2.corrected) == null ? void 0 : _b2.method) ?? null,
    distinguishableAfterCorrection: ((_c = cell2.corrected) == null ? void 0 : _c.distinguishableFromChance) ?? null
  };
}
function tableToJson(table2) {
  return {
    id: table2.id,
    number: table2.number ?? null,
    title: table2.title,
    area: table2.area,
    columns: table2.columns.map((c) => ({
      id: c.id,
      kind: c.kind,
      header: c.headerText,
      group: c.group ?? null,
      period: c.kind === "value" ? c.period : null,
      from: c.kind === "value" ? null : c.from ?? null,
      to: c.kind === "value" ? null : c.to ?? null
    })),
    rows: table2.rows.map((row2) => ({
      series: row2.series,
      label: row2.label,
      depth: row2.depth,
      cells: Object.fromEntries(row2.cells.map((cell2) => [cell2.column, cellJson(cell2)]))
    })),
    ...table2.significance && { significance: table2.significance }
  };
}
function significanceSummary(significance, lang, options = {}) {
  const expected = formatNumber(significance.expectedByChance, {
    decimals: 1,
    decimalSeparator: lang === "en" ? "." : ","
  });
  return messagesFor(lang).significanceSummary(
    significance.tests,
    expected,
    significance.significant,
    significance.nominallySignificant,
    significance.correction === "none" ? null : options.named === false ? messagesFor(lang).council.seeMethod : CORRECTION_NAMES[significance.correction]
  );
}
var CORRECTION_NAMES = {
  holm: "Holm",
  "benjamini-hochberg": "Benjamini-Hochberg"
};
function isChanceCell(cell2) {
  var _a3;
  return cell2.kind === "change" && ((_a3 = cell2.significance) == null ? void 0 : _a3.distinguishableAfterCorrection) === false;
}
function input(value) {
  return value && value.status !== "missing" ? { period: value.period, value: value.value } : null;
}
function rateCoverage(context, seriesId, area) {
  var _a3;
  const definition = rateDefinition((_a3 = context.series) == null ? void 0 : _a3.get(seriesId));
  if (!definition) return null;
  const periodsOf = (id) => context.index.series(id, area).filter((o) => o.value !== null).map((o) => parsePeriod(o.period)).flatMap((p) => p.success ? [p.data] : []);
  const counts = periodsOf(definition.count);
  const years = counts.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const yearly = counts.some((p) => periodKind(p) === "year");
  const populations = periodsOf(definition.population).filter(
    (p) => yearly && periodKind(p) === "year" && p.year >= first && p.year <= last
  );
  const unique = new Map(
    [...counts, ...populations].map((p) => [`${p.year}|${p.startMonth}|${p.endMonth}`, p])
  );
  const periods = [...unique.values()].sort(comparePeriods).map((p) => {
    var _a4, _b2;
    const resolved = resolveValue(context, seriesId, area, p);
    if (resolved.status === "observed" || resolved.status === "derived" && resolved.rule !== "rate") {
      return {
        period: resolved.period,
        value: resolved.value,
        status: "given",
        count: null,
        population: null
      };
    }
    if (resolved.status === "derived") {
      return {
        period: resolved.period,
        value: resolved.value,
        status: "computed",
        count: input(resolved.inputs[0]),
        population: input(resolved.inputs[1])
      };
    }
    const count = input((_a4 = resolved.rateInputs) == null ? void 0 : _a4.count);
    return {
      period: resolved.period,
      value: null,
      status: count === null ? "no-count" : "no-population",
      count,
      population: input((_b2 = resolved.rateInputs) == null ? void 0 : _b2.population)
    };
  });
  return { ...definition, periods };
}
function sourceJson(source) {
  return {
    kind: source.kind,
    table: source.kind === "indicator-table" ? source.table : null,
    row: source.kind === "indicator-table" ? source.row : null,
    path: formatPlanPath(source.path)
  };
}
function targetJson(target) {
  return {
    kind: target.kind,
    period: target.period,
    asPrinted: target.asPrinted,
    stated: target.stated,
    change: target.change,
    resolved: target.resolved,
    resolvedExact: target.resolvedExact,
    rounding: target.rounding ? { ...target.rounding } : null,
    value: target.value,
    valueSource: target.valueSource,
    preference: target.preference,
    consistent: target.consistent,
    bound: target.bound,
    illustrative: target.illustrative,
    source: sourceJson(target.source)
  };
}
function significanceJson2(significance) {
  if (!significance) return null;
  switch (significance.test) {
    case "none":
      return {
        test: "none",
        reason: significance.reason,
        alpha: null,
        pValue: null,
        distinguishableFromChance: null,
        rateRatio: null,
        difference: null,
        confidenceInterval: null,
        dispersion: null,
        counts: null
      };
    case "poisson-exact":
    case "quasi-poisson": {
      const c = significance.comparison;
      return {
        test: significance.test,
        reason: null,
        alpha: significance.alpha,
        pValue: significance.pValue,
        distinguishableFromChance: significance.distinguishableFromChance,
        rateRatio: c.rateRatio,
        difference: null,
        confidenceInterval: { ...c.confidenceInterval },
        dispersion: "dispersion" in c ? c.dispersion : null,
        counts: {
          later: c.count1,
          earlier: c.count2,
          exposureLater: c.exposure1,
          exposureEarlier: c.exposure2
        }
      };
    }
    case "survey-intervals": {
      const c = significance.comparison;
      return {
        test: "survey-intervals",
        reason: null,
        alpha: significance.alpha,
        pValue: significance.pValue,
        distinguishableFromChance: significance.distinguishableFromChance,
        rateRatio: null,
        difference: c.difference,
        confidenceInterval: { ...c.confidenceInterval },
        dispersion: null,
        counts: null
      };
    }
  }
}
function testJson(test) {
  return {
    estimateSide: test.estimateSide,
    pValue: test.pValue,
    adjustedPValue: test.adjustedPValue,
    side: test.side
  };
}
function verdictJson(verdict) {
  const compared = verdict == null ? void 0 : verdict.versusBenchmark;
  if (!(verdict == null ? void 0 : verdict.stage) || !verdict.benchmarkKind || !compared) return null;
  return {
    status: verdict.status,
    stage: verdict.stage,
    benchmarkKind: verdict.benchmarkKind,
    alpha: verdict.alpha,
    versusBenchmark: {
      ...testJson(compared.test),
      value: compared.value,
      benchmark: compared.benchmark,
      tolerance: compared.tolerance,
      method: compared.method,
      interval: compared.interval ? { ...compared.interval } : null
    },
    versusBaseline: verdict.versusBaseline ? testJson(verdict.versusBaseline) : null,
    dispersion: verdict.dispersion ? { ...verdict.dispersion, periods: [...verdict.dispersion.periods] } : null
  };
}
function rateJson(p, context) {
  const coverage = context ? rateCoverage(context, p.series, p.area) : null;
  if (!coverage) return null;
  return {
    count: coverage.count,
    population: coverage.population,
    per: coverage.per,
    periods: coverage.periods.map((period2) => ({
      ...period2,
      count: period2.count ? { ...period2.count } : null,
      population: period2.population ? { ...period2.population } : null
    }))
  };
}
function indicatorJson(p, lang, context) {
  var _a3, _b2;
  const { target, comparison, measures } = p;
  const status = {
    automatic: p.automaticStatus,
    notAssessable: p.notAssessable,
    override: p.override
  };
  return {
    id: p.indicator,
    label: p.label,
    unit: p.unit,
    series: p.series,
    area: p.area,
    direction: ((_a3 = p.direction) == null ? void 0 : _a3.value) ?? null,
    directionSource: ((_b2 = p.direction) == null ? void 0 : _b2.source) ?? null,
    baseline: p.baseline ? {
      value: p.baseline.value,
      period: p.baseline.period,
      source: sourceJson(p.baseline.source)
    } : null,
    target: target ? targetJson(target) : null,
    latest: p.latest ? { ...p.latest } : null,
    comparison: comparison ? {
      method: comparison.method,
      from: { ...comparison.from },
      to: { ...comparison.to },
      baseline: comparison.baseline,
      target: comparison.target,
      current: comparison.current,
      scale: comparison.method === "same-months" ? comparison.scale : null,
      projection: comparison.method === "projection" ? {
        shares: comparison.projection.shares.map((s) => ({ ...s })),
        share: comparison.projection.share,
        partialInterval: comparison.projection.partialInterval ? {
          lower: comparison.projection.partialInterval.lower,
          upper: comparison.projection.partialInterval.upper
        } : null,
        lower: comparison.projection.lower,
        upper: comparison.projection.upper,
        interval: comparison.projection.interval ? {
          lower: comparison.projection.interval.lower,
          upper: comparison.projection.interval.upper,
          coverage: comparison.projection.interval.coverage,
          method: comparison.projection.interval.method
        } : null
      } : null
    } : null,
    change: p.change ? { ...p.change } : null,
    progress: measures ? {
      elapsedYears: measures.elapsedYears,
      totalYears: measures.totalYears,
      timeFraction: measures.timeFraction,
      targetAchieved: measures.targetAchieved,
      fractionOfWay: measures.fractionOfWay,
      expected: measures.expected,
      onTrack: measures.onTrack,
      ratio: { ...measures.ratio }
    } : null,
    status: { ...status, effective: p.status, text: describeStatus(status, lang) },
    verdict: verdictJson(p.verdict),
    significance: significanceJson2(p.significance),
    previousChange: p.previousChange ? {
      from: { ...p.previousChange.from },
      to: { ...p.previousChange.to },
      change: { ...p.previousChange.change },
      significance: significanceJson2(p.previousChange.significance)
    } : null,
    trend: p.trend ? {
      ...p.trend.test,
      fitted: [...p.trend.test.fitted],
      dispersion: { ...p.trend.test.dispersion },
      poisson: { ...p.trend.test.poisson },
      quasiPoisson: { ...p.trend.test.quasiPoisson },
      periodCodes: [...p.trend.periods]
    } : null,
    warnings: p.warnings.map((w) => ({ code: w.code, message: describeWarning(w, p, lang) })),
    rate: rateJson(p, context)
  };
}
var STATUS_ALPHA = 0.05;
function toStatusJson(plan, progress, lang, index) {
  const context = index && {
    index,
    series: new Map(plan.series.map((s) => [s.id, s]))
  };
  return {
    format: "ivp-status",
    version: 2,
    plan: {
      id: plan.id,
      title: plan.title,
      municipality: { name: plan.municipality.name, code: plan.municipality.code }
    },
    asOf: progress.asOf,
    lang,
    alpha: STATUS_ALPHA,
    thresholds: { ...PROGRESS_THRESHOLDS },
    correction: { ...progress.correction },
    indicators: progress.indicators.map((p) => indicatorJson(p, lang, context))
  };
}
function evaluateStatus(plan, options = {}) {
  const { index, asOf } = figuresAsOf(plan, options);
  return statusFromIndex(plan, index, asOf, options.lang ?? plan.language, options.correction);
}
function statusFromIndex(plan, index, asOf, lang, correction) {
  const progress = assessPlanProgress(plan, {
    index,
    alpha: STATUS_ALPHA,
    correction,
    ...asOf !== void 0 && { asOf }
  });
  return toStatusJson(plan, progress, lang, index);
}
function evaluatePlan(plan, options = {}) {
  const lang = options.lang ?? plan.language;
  const { index, asOf } = figuresAsOf(plan, options);
  const status = statusFromIndex(plan, index, asOf, lang, options.correction);
  const tables = plan.tables.map(
    (table2) => figureTable(
      plan,
      // The same level as the assessments: what the report calls chance is one thing.
      evaluateTable(plan, table2.id, { lang, index, significance: { alpha: status.alpha } })
    )
  );
  const indicators2 = plan.indicators.map(
    (indicator, i) => evaluateIndicator(plan, indicator, index, status.indicators[i])
  );
  const indicatorTables = plan.indicatorTables.map(
    (table2) => ({
      id: table2.id,
      title: table2.title,
      theme: table2.theme ?? null,
      headers: table2.headers ?? null,
      rows: table2.rows.map((row2) => {
        const indicator = plan.indicators.find((i) => i.id === row2.indicator);
        return {
          indicator: row2.indicator,
          label: row2.label ?? (indicator == null ? void 0 : indicator.label) ?? row2.indicator,
          source: row2.source ?? null,
          group: row2.group ?? null,
          baseline: row2.baseline ?? null,
          target: row2.target ?? null,
          differsFromEffective: indicator !== void 0 && differsFromGoal(row2, findIndicatorGoal(plan, indicator))
        };
      })
    })
  );
  return {
    format: "ivp-evaluated-plan",
    formatVersion: 2,
    lang,
    asOf: asOf === void 0 ? null : formatPeriodCode(asOf),
    alpha: status.alpha,
    thresholds: status.thresholds,
    correction: status.correction,
    plan,
    tables,
    indicators: indicators2,
    indicatorTables,
    kernbeleid: kernbeleidCoverage(plan, { lang })
  };
}
function figureTable(plan, table2) {
  const definition = plan.tables.find((t) => t.id === table2.id);
  const source = (definition == null ? void 0 : definition.source) ? plan.sources.find((s) => s.id === definition.source) ?? null : null;
  return {
    ...tableToJson(table2),
    source: source ? { id: source.id, name: source.name } : null,
    note: (definition == null ? void 0 : definition.note) ?? null
  };
}
function evaluateIndicator(plan, indicator, index, progress) {
  var _a3;
  const goal = findIndicatorGoal(plan, indicator);
  const baseline = ((_a3 = goal.baseline) == null ? void 0 : _a3.value) ?? null;
  const source = indicator.source ? plan.sources.find((s) => s.id === indicator.source) : void 0;
  const themes2 = [...plan.priorities, ...plan.themes].filter(
    (theme2) => theme2.indicators.includes(indicator.id) || plan.indicatorTables.some(
      (t) => t.theme === theme2.id && t.rows.some((r) => r.indicator === indicator.id)
    )
  ).map((theme2) => theme2.id);
  return {
    id: indicator.id,
    label: indicator.label,
    unit: indicator.unit,
    source: source ? { id: source.id, name: source.name } : null,
    series: progress.series,
    description: indicator.description ?? null,
    themes: themes2,
    targets: goal.targets.map(
      (t) => targetJson({
        ...resolveTarget({ target: t.value, baseline, conventions: plan.conventions }),
        source: t.source
      })
    ),
    observations: observedPoints(
      index,
      progress.series,
      progress.area,
      baseline ? parsePeriodOrThrow(baseline.period) : void 0
    ),
    progress
  };
}
function observedPoints(index, series, area, basePeriod) {
  const points = [];
  const seen = /* @__PURE__ */ new Set();
  for (const observation of index.series(series, area)) {
    if (observation.value === null || seen.has(observation.period)) continue;
    seen.add(observation.period);
    const period2 = parsePeriodOrThrow(observation.period);
    points.push({
      period: observation.period,
      value: observation.value,
      origin: observation.origin,
      comparable: basePeriod ? arePeriodsComparable(period2, basePeriod) : periodKind(period2) === "year"
    });
  }
  return points;
}
function differsFromGoal(row2, goal) {
  var _a3, _b2;
  const baseline = ((_a3 = goal.baseline) == null ? void 0 : _a3.value) ?? null;
  const target = (_b2 = goal.targets[0]) == null ? void 0 : _b2.value;
  const baselineDiffers = row2.baseline !== void 0 && (baseline === null || row2.baseline.value !== baseline.value || row2.baseline.period !== baseline.period);
  if (row2.target === void 0) return baselineDiffers;
  if (target === void 0) return true;
  const printed = resolveTarget({ target: row2.target, baseline: row2.baseline ?? baseline });
  const followed = resolveTarget({ target, baseline });
  return baselineDiffers || printed.kind !== followed.kind || printed.value !== followed.value || printed.change !== followed.change || printed.period !== followed.period;
}
function createReportView(evaluated) {
  const indicators2 = new Map(evaluated.indicators.map((i) => [i.id, i]));
  const themes2 = new Map(
    [...evaluated.plan.priorities, ...evaluated.plan.themes].map((t) => [t.id, t])
  );
  const partners2 = new Map(evaluated.plan.partners.map((p) => [p.id, p]));
  return {
    evaluated,
    plan: evaluated.plan,
    lang: evaluated.lang,
    m: messagesFor(evaluated.lang),
    indicator: (id) => indicators2.get(id),
    theme: (id) => themes2.get(id),
    partner: (id) => partners2.get(id)
  };
}
var STATUS_ORDER = PROGRESS_STATUSES;
var STATUS_ICON = {
  achieved: "✓",
  ahead: "▲",
  indistinguishable: "≈",
  behind: "▽",
  worse: "▼",
  "not-achieved": "✗",
  "not-assessable": "?"
};
function statusView(indicator) {
  var _a3;
  const { status } = indicator.progress;
  return { status: status.effective, text: status.text, reason: ((_a3 = status.override) == null ? void 0 : _a3.reason) ?? null };
}
function statusLabelView(view, status) {
  return { status, text: view.m.status[status], reason: null };
}
function valueText(view, value, unit) {
  return formatIndicatorValue(value, unit, view.lang);
}
function baselineText(view, indicator) {
  const b = indicator.progress.baseline;
  return b ? valueWithPeriod(b.value, b.period, indicator.unit, view.lang) : view.m.notAvailable;
}
function assessedTargetText(view, indicator) {
  return targetText(indicator.progress, view.lang) ?? view.m.notAvailable;
}
function latestText(view, indicator) {
  const latest = indicator.progress.latest;
  return latest ? figureWithPeriod(latest, indicator.unit, view.lang) : view.m.notAvailable;
}
function indicatorChangeText(view, indicator) {
  return changeText(indicator.progress, view.lang) ?? view.m.notAvailable;
}
function indicatorFractionText(view, indicator) {
  return fractionText(indicator.progress, view.lang) ?? view.m.notAvailable;
}
function indicatorSignificanceText(view, indicator) {
  var _a3, _b2;
  return significanceText(
    indicator.progress.significance,
    view.lang,
    (_b2 = (_a3 = indicator.progress.verdict) == null ? void 0 : _a3.versusBaseline) == null ? void 0 : _b2.adjustedPValue
  ) ?? view.m.notAvailable;
}
function themeTitles(view, indicator) {
  const main = view.evaluated.indicatorTables.some(
    (t) => t.theme === null && t.rows.some((r) => r.indicator === indicator.id)
  );
  return [
    ...main ? [view.m.sections.mainGoals] : [],
    ...indicator.themes.map((id) => {
      const theme2 = view.theme(id);
      return theme2 ? themeTitle(theme2) : id;
    })
  ];
}
function themeTitle(theme2) {
  return theme2.number ? `${theme2.number} ${theme2.title}` : theme2.title;
}
function indicatorRowView(view, row2) {
  var _a3, _b2, _c, _d;
  const indicator = view.indicator(row2.indicator);
  const unit = (indicator == null ? void 0 : indicator.unit) ?? "count";
  const dash = view.m.notAvailable;
  const differs = indicator && row2.differsFromEffective ? view.m.differsFromEffective(
    baselineText(view, indicator),
    assessedTargetText(view, indicator)
  ) : null;
  return {
    indicator,
    id: row2.indicator,
    label: row2.label,
    source: row2.source ?? ((_a3 = indicator == null ? void 0 : indicator.source) == null ? void 0 : _a3.name) ?? dash,
    baseline: row2.baseline ? valueText(view, row2.baseline.value, unit) : dash,
    target: row2.target ? formatTarget(
      {
        kind: row2.target.kind,
        // A keep-level target without a value keeps the baseline printed next to it.
        value: row2.target.value ?? (row2.target.kind === "keep-level" ? ((_b2 = row2.baseline) == null ? void 0 : _b2.value) ?? null : null),
        change: row2.target.change ?? null
      },
      unit,
      view.lang
    ) : dash,
    latest: indicator ? latestText(view, indicator) : dash,
    change: indicator ? indicatorChangeText(view, indicator) : dash,
    fraction: indicator ? indicatorFractionText(view, indicator) : dash,
    status: indicator ? statusView(indicator) : null,
    significance: indicator ? indicatorSignificanceText(view, indicator) : dash,
    significanceParts: indicator ? significanceParts(
      indicator.progress.significance,
      view.lang,
      (_d = (_c = indicator.progress.verdict) == null ? void 0 : _c.versusBaseline) == null ? void 0 : _d.adjustedPValue
    ) : null,
    differs
  };
}
function fromText(view, source) {
  if (source.table === null) return view.m.fromIndicator;
  const table2 = view.evaluated.indicatorTables.find((t) => t.id === source.table);
  return view.m.fromTable((table2 == null ? void 0 : table2.title) ?? source.table);
}
function indicatorTablesOf(view, theme2) {
  return view.evaluated.indicatorTables.filter((t) => t.theme === theme2);
}
function statusCounts(view) {
  const counts = /* @__PURE__ */ new Map();
  let manual = 0;
  for (const { progress } of view.evaluated.indicators) {
    counts.set(progress.status.effective, (counts.get(progress.status.effective) ?? 0) + 1);
    if (progress.status.override) manual++;
  }
  return { counts, manual };
}
function assessableCount(view) {
  return view.evaluated.indicators.filter((i) => i.progress.status.automatic !== "not-assessable").length;
}
function whoText(view, who) {
  var _a3;
  return ((_a3 = view.partner(who)) == null ? void 0 : _a3.name) ?? who;
}
function themePartners(theme2) {
  const ids2 = [];
  for (const id of [...theme2.partners, ...theme2.actions.flatMap((a) => a.partners)]) {
    if (!ids2.includes(id)) ids2.push(id);
  }
  return ids2;
}
function indicatorTableHeaders(view, table2) {
  var _a3, _b2, _c, _d;
  const c = view.m.columns;
  return [
    ((_a3 = table2.headers) == null ? void 0 : _a3.indicator) ?? c.indicator,
    ((_b2 = table2.headers) == null ? void 0 : _b2.source) ?? c.source,
    ((_c = table2.headers) == null ? void 0 : _c.baseline) ?? c.baseline,
    ((_d = table2.headers) == null ? void 0 : _d.target) ?? c.target,
    c.latest,
    c.change,
    c.fraction,
    c.status,
    c.significance
  ];
}
var INDICATOR_TABLE_NUMERIC = /* @__PURE__ */ new Set([2, 3, 4, 6]);
function summaryWarnings(view) {
  return view.evaluated.indicators.flatMap(
    (indicator) => indicator.progress.warnings.map((w) => ({
      id: indicator.id,
      label: indicator.label,
      message: w.message
    }))
  );
}
var Html = class {
  /** @internal Use {@link h}, or {@link trustedHtml} for this package's own fixed markup. */
  constructor(value) {
    __publicField(this, "value");
    this.value = value;
  }
  toString() {
    return this.value;
  }
};
var VOID = /* @__PURE__ */ new Set(["br", "col", "hr", "img", "meta", "link", "wbr"]);
function trustedHtml(markup) {
  return new Html(markup);
}
function renderChildren(children) {
  if (children === null || children === void 0 || children === false) return "";
  if (children instanceof Html) return children.value;
  if (typeof children === "string") return htmlText(children);
  if (typeof children === "number") return htmlText(String(children));
  let markup = "";
  for (const child of children) markup += renderChildren(child);
  return markup;
}
function h(tag, attributes = {}, ...children) {
  let attrs = "";
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    if (value === false || value === null || value === void 0) continue;
    attrs += value === true ? ` ${name}` : ` ${name}="${htmlText(String(value))}"`;
  }
  if (VOID.has(tag)) return new Html(`<${tag}${attrs}>`);
  return new Html(`<${tag}${attrs}>${renderChildren(children)}</${tag}>`);
}
function cssString(text) {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const unsafe = code < 32 || code === 127 || '"\\<>&'.includes(char);
    out += unsafe ? `\\${code.toString(16)} ` : char;
  }
  return `${out}"`;
}
function pageStyle(view) {
  const { m, plan, lang } = view;
  const asOf = view.evaluated.asOf === null ? null : formatPeriod(view.evaluated.asOf, lang, "long");
  const running = `${plan.municipality.name} · ${plan.title} · ${m.print.asOf(asOf)}`;
  const box = "font-size: 8pt; color: #545454; font-family: system-ui, sans-serif;";
  return `
@page {
  @top-left { content: ${cssString(running)}; ${box} }
  @bottom-right { content: ${cssString(`${m.print.page} `)} counter(page) ${cssString(` ${m.print.of} `)} counter(pages); ${box} }
}
@page :first { @top-left { content: none; } }
`;
}
function linearScale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = (value) => d1 === d0 ? (r0 + r1) / 2 : r0 + (value - d0) / (d1 - d0) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}
function niceStep(span, count) {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}
function niceTicks(min, max, count) {
  const step = niceStep(max - min, count);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}
function coordinate(value) {
  const text = value.toFixed(1);
  const trimmed = text.endsWith(".0") ? text.slice(0, -2) : text;
  return trimmed === "-0" ? "0" : trimmed;
}
var CHART_COLOURS = {
  observed: "#0072B2",
  target: "#D55E00",
  baseline: "#000000",
  /** Figures drawn apart from the full-year line (same months, projections). */
  apart: "#CC79A7",
  /** A dark orange: Okabe-Ito's #E69F00 has 2.25:1 on white, below the 3:1 WCAG 1.4.11 asks of graphics; this has 4.4:1. */
  increase: "#A86B00",
  decrease: "#0072B2",
  grid: "#d4d4d4",
  text: "#333333"
};
var WIDTH = 640;
var HEIGHT = 280;
var EXTRA_LEGEND = 20;
var MARGIN = { top: 20, right: 24, bottom: 64, left: 52 };
function periodPosition(code) {
  const period2 = parsePeriodOrThrow(code);
  return period2.year + (period2.startMonth - 1 + period2.endMonth) / 24;
}
function chartOverlay(indicator, lang) {
  const { comparison } = indicator.progress;
  if (!comparison || comparison.method === "same-period") return null;
  if (comparison.method === "same-months") {
    const year = String(parsePeriodOrThrow(comparison.to.period).year);
    return {
      kind: "same-months",
      months: formatPeriod(comparison.to.period, lang).replace(` ${year}`, ""),
      points: [comparison.from, comparison.to].map((p) => ({ period: p.period, value: p.value }))
    };
  }
  const projection = comparison.projection;
  if (!projection) return null;
  return {
    kind: "projection",
    year: String(parsePeriodOrThrow(comparison.to.period).year),
    from: { period: comparison.to.period, value: comparison.to.value },
    value: comparison.current,
    lower: projection.lower,
    upper: projection.upper
  };
}
function indicatorChartDescription(indicator, lang) {
  const m = messagesFor(lang).chart;
  const value = (v) => formatIndicatorValue(v, indicator.unit, lang);
  const parts = [];
  const observed = indicator.observations.filter((o) => o.comparable);
  if (observed.length > 0) {
    parts.push(
      `${m.observed}: ${observed.map((o) => `${formatPeriod(o.period, lang)}: ${value(o.value)}`).join("; ")}.`
    );
  }
  const { baseline, target } = indicator.progress;
  if (baseline) {
    parts.push(`${m.baseline} (${formatPeriod(baseline.period, lang)}): ${value(baseline.value)}.`);
  }
  if (target) {
    parts.push(
      `${m.target} (${formatPeriod(target.period, lang)}): ${formatTarget(target, indicator.unit, lang)}.`
    );
  }
  const overlay = chartOverlay(indicator, lang);
  if ((overlay == null ? void 0 : overlay.kind) === "same-months") {
    parts.push(
      m.sameMonthsDescription(
        overlay.months,
        overlay.points.map((p) => `${formatPeriod(p.period, lang)}: ${value(p.value)}`).join("; ")
      )
    );
    const { comparison } = indicator.progress;
    if ((comparison == null ? void 0 : comparison.method) === "same-months" && comparison.target !== null && target)
      parts.push(
        `${m.scaledTarget(overlay.months)} (${formatPeriod(target.period, lang)}): ${value(comparison.target)}.`
      );
  } else if ((overlay == null ? void 0 : overlay.kind) === "projection") {
    const count = (v) => formatIndicatorValue(v, indicator.unit, lang, 0);
    parts.push(
      m.projectionDescription(
        overlay.year,
        `${formatPeriod(overlay.from.period, lang)} (${value(overlay.from.value)})`,
        count(overlay.value),
        `${count(overlay.lower)}-${overlay.upper === null ? "" : count(overlay.upper)}`
      )
    );
  }
  return parts.join(" ");
}
function indicatorChart(indicator, lang) {
  var _a3;
  const m = messagesFor(lang).chart;
  const { progress } = indicator;
  const point = (period2, value2) => ({
    x: periodPosition(period2),
    y: value2,
    period: period2,
    value: value2
  });
  const observed = indicator.observations.filter((o) => o.comparable).map((o) => point(o.period, o.value));
  const baseline = progress.baseline ? point(progress.baseline.period, progress.baseline.value) : null;
  const target = progress.target;
  const targetPoint = target && target.value !== null ? point(target.period, target.value) : null;
  const main = [
    ...observed,
    ...baseline ? [baseline] : [],
    ...targetPoint ? [targetPoint] : []
  ];
  const overlay = chartOverlay(indicator, lang);
  const apart = (overlay == null ? void 0 : overlay.kind) === "same-months" ? overlay.points.map((p) => point(p.period, p.value)) : [];
  const projected = (overlay == null ? void 0 : overlay.kind) === "projection" ? point(overlay.year, overlay.value) : null;
  const all = [...main, ...apart, ...projected ? [projected] : []];
  if (all.length === 0) return null;
  const id = `chart-${indicator.id}`;
  const height = HEIGHT + (overlay ? EXTRA_LEGEND : 0);
  const value = (v) => formatIndicatorValue(v, indicator.unit, lang);
  const anchor2 = main.length > 0 ? main : all;
  const firstX = Math.min(...anchor2.map((p) => p.x));
  const offset = firstX - Math.floor(firstX);
  const xs = all.map((p) => p.x);
  const firstYear = Math.floor(Math.min(...xs) - offset);
  const lastYear = Math.floor(Math.max(...xs) - offset);
  const x = linearScale(
    [firstYear + offset - 0.6, lastYear + offset + 0.6],
    [MARGIN.left, WIDTH - MARGIN.right]
  );
  const scaledValue = (overlay == null ? void 0 : overlay.kind) === "same-months" && ((_a3 = progress.comparison) == null ? void 0 : _a3.method) === "same-months" && progress.comparison.target !== null ? [progress.comparison.target] : [];
  const ys = [
    ...all.map((p) => p.y),
    ...scaledValue,
    ...(overlay == null ? void 0 : overlay.kind) === "projection" ? [overlay.lower, ...overlay.upper === null ? [] : [overlay.upper]] : []
  ];
  const [lo, hi] = yDomain(ys, indicator.unit);
  const ticks = niceTicks(lo, hi, 5);
  const yMin = ticks[0] ?? lo;
  const yMax = ticks[ticks.length - 1] ?? hi;
  const plotBottom = height - MARGIN.bottom - (overlay ? EXTRA_LEGEND : 0);
  const y = linearScale([yMin, yMax], [plotBottom, MARGIN.top]);
  const grid = ticks.map(
    (tick) => h(
      "g",
      {},
      h("line", {
        x1: MARGIN.left,
        x2: WIDTH - MARGIN.right,
        y1: coordinate(y(tick)),
        y2: coordinate(y(tick)),
        stroke: CHART_COLOURS.grid,
        "stroke-width": 1
      }),
      h(
        "text",
        { x: MARGIN.left - 8, y: coordinate(y(tick) + 4), "text-anchor": "end", class: "tick" },
        value(tick)
      )
    )
  );
  const years = [];
  for (let year = firstYear; year <= lastYear; year++) years.push(year);
  const xTicks = years.map(
    (year) => h(
      "text",
      {
        x: coordinate(x(year + offset)),
        y: plotBottom + 18,
        "text-anchor": "middle",
        class: "tick"
      },
      String(year)
    )
  );
  const segments = [];
  for (const p of observed) {
    const last = segments.at(-1);
    const previous = last == null ? void 0 : last.at(-1);
    if (last && previous && p.x - previous.x < 1.5) last.push(p);
    else segments.push([p]);
  }
  const line = segments.filter((segment) => segment.length > 1).map(
    (segment) => h("polyline", {
      points: segment.map((p) => `${coordinate(x(p.x))},${coordinate(y(p.y))}`).join(" "),
      fill: "none",
      stroke: CHART_COLOURS.observed,
      "stroke-width": 2.5
    })
  );
  const labelBelow = (p) => baseline !== null && baseline.period === p.period && y(p.y) - y(baseline.y) > 2 && y(p.y) - y(baseline.y) < 16;
  const dots = observed.map(
    (p) => h(
      "g",
      {},
      h("circle", {
        cx: coordinate(x(p.x)),
        cy: coordinate(y(p.y)),
        r: 4,
        fill: CHART_COLOURS.observed
      }),
      observed.length <= 10 ? h(
        "text",
        {
          x: coordinate(x(p.x)),
          y: coordinate(labelBelow(p) ? y(p.y) + 17 : y(p.y) - 9),
          "text-anchor": "middle",
          class: "point-label"
        },
        value(p.value)
      ) : null
    )
  );
  const path = baseline && targetPoint ? h("line", {
    x1: coordinate(x(baseline.x)),
    y1: coordinate(y(baseline.y)),
    x2: coordinate(x(targetPoint.x)),
    y2: coordinate(y(targetPoint.y)),
    stroke: CHART_COLOURS.target,
    "stroke-width": 2,
    "stroke-dasharray": "6 4"
  }) : null;
  const baselineMark = baseline ? h("rect", {
    x: coordinate(x(baseline.x) - 5),
    y: coordinate(y(baseline.y) - 5),
    width: 10,
    height: 10,
    fill: "none",
    stroke: CHART_COLOURS.baseline,
    "stroke-width": 2
  }) : null;
  const targetMark = targetPoint ? h(
    "g",
    {},
    h("path", {
      d: diamond(x(targetPoint.x), y(targetPoint.y), 7),
      fill: CHART_COLOURS.target
    }),
    h(
      "text",
      {
        x: coordinate(x(targetPoint.x)),
        y: coordinate(y(targetPoint.y) - 11),
        "text-anchor": "middle",
        class: "point-label"
      },
      value(targetPoint.value)
    )
  ) : null;
  const sameMonths = apart.length > 0 ? h(
    "g",
    { class: "apart" },
    apart.length > 1 ? h("polyline", {
      points: apart.map((p) => `${coordinate(x(p.x))},${coordinate(y(p.y))}`).join(" "),
      fill: "none",
      stroke: CHART_COLOURS.apart,
      "stroke-width": 1.5,
      "stroke-dasharray": "2 3"
    }) : null,
    apart.map(
      (p) => h(
        "g",
        {},
        h("path", {
          d: triangle(x(p.x), y(p.y), 6),
          fill: "#ffffff",
          stroke: CHART_COLOURS.apart,
          "stroke-width": 2
        }),
        // Below the mark: above it sit the full-year line and the baseline.
        h(
          "text",
          {
            x: coordinate(x(p.x)),
            y: coordinate(y(p.y) + 19),
            "text-anchor": "middle",
            class: "point-label apart-label"
          },
          value(p.value)
        )
      )
    )
  ) : null;
  const comparison = progress.comparison;
  const scaled = (overlay == null ? void 0 : overlay.kind) === "same-months" && (comparison == null ? void 0 : comparison.method) === "same-months" && comparison.target !== null && target ? {
    from: point(comparison.from.period, comparison.from.value),
    x: periodPosition(comparison.to.period) + (parsePeriodOrThrow(target.period).year - parsePeriodOrThrow(comparison.to.period).year),
    value: comparison.target
  } : null;
  const scaledTarget = scaled ? h(
    "g",
    { class: "apart" },
    h("line", {
      x1: coordinate(x(scaled.from.x)),
      y1: coordinate(y(scaled.from.y)),
      x2: coordinate(x(scaled.x)),
      y2: coordinate(y(scaled.value)),
      stroke: CHART_COLOURS.apart,
      "stroke-width": 1.5,
      "stroke-dasharray": "2 3"
    }),
    h("path", {
      d: diamond(x(scaled.x), y(scaled.value), 6),
      fill: "#ffffff",
      stroke: CHART_COLOURS.apart,
      "stroke-width": 2
    }),
    h(
      "text",
      {
        x: coordinate(x(scaled.x)),
        y: coordinate(y(scaled.value) + 19),
        "text-anchor": "middle",
        class: "point-label apart-label"
      },
      value(scaled.value)
    )
  ) : null;
  const cap = (value2) => h("line", {
    x1: coordinate(x((projected == null ? void 0 : projected.x) ?? 0) - 5),
    x2: coordinate(x((projected == null ? void 0 : projected.x) ?? 0) + 5),
    y1: coordinate(y(value2)),
    y2: coordinate(y(value2)),
    stroke: CHART_COLOURS.apart,
    "stroke-width": 1.5
  });
  const projection = (overlay == null ? void 0 : overlay.kind) === "projection" && projected ? h(
    "g",
    { class: "apart" },
    h("line", {
      x1: coordinate(x(projected.x)),
      x2: coordinate(x(projected.x)),
      y1: coordinate(y(overlay.lower)),
      y2: coordinate(overlay.upper === null ? MARGIN.top : y(overlay.upper)),
      stroke: CHART_COLOURS.apart,
      "stroke-width": 1.5
    }),
    cap(overlay.lower),
    overlay.upper === null ? null : cap(overlay.upper),
    h("circle", {
      cx: coordinate(x(projected.x)),
      cy: coordinate(y(projected.y)),
      r: 4.5,
      fill: "#ffffff",
      stroke: CHART_COLOURS.apart,
      "stroke-width": 2
    }),
    h(
      "text",
      {
        x: coordinate(x(projected.x) + 9),
        y: coordinate(y(projected.y) + 4),
        "text-anchor": "start",
        class: "point-label apart-label"
      },
      formatIndicatorValue(projected.value, indicator.unit, lang, 0)
    )
  ) : null;
  const legendY = plotBottom + 46;
  const entries = [];
  const mark = (at, line2) => [at, legendY + line2 * EXTRA_LEGEND];
  if (observed.length > 0)
    entries.push([h("circle", { cx: 6, cy: -4, r: 4, fill: CHART_COLOURS.observed }), m.observed]);
  if (baseline)
    entries.push([
      h("rect", {
        x: 1,
        y: -9,
        width: 10,
        height: 10,
        fill: "none",
        stroke: CHART_COLOURS.baseline,
        "stroke-width": 2
      }),
      m.baseline
    ]);
  if (targetPoint)
    entries.push([h("path", { d: diamond(6, -4, 6), fill: CHART_COLOURS.target }), m.target]);
  if (path)
    entries.push([
      h("line", {
        x1: 0,
        x2: 24,
        y1: -4,
        y2: -4,
        stroke: CHART_COLOURS.target,
        "stroke-width": 2,
        "stroke-dasharray": "6 4"
      }),
      m.path
    ]);
  const second = [];
  if ((overlay == null ? void 0 : overlay.kind) === "same-months") {
    second.push([
      h("path", {
        d: triangle(6, -4, 5),
        fill: "#ffffff",
        stroke: CHART_COLOURS.apart,
        "stroke-width": 2
      }),
      m.sameMonths(overlay.months)
    ]);
    if (scaled)
      second.push([
        h("path", {
          d: diamond(6, -4, 5),
          fill: "#ffffff",
          stroke: CHART_COLOURS.apart,
          "stroke-width": 2
        }),
        m.scaledTarget(overlay.months)
      ]);
  }
  if ((overlay == null ? void 0 : overlay.kind) === "projection")
    second.push([
      h("circle", {
        cx: 6,
        cy: -4,
        r: 4,
        fill: "#ffffff",
        stroke: CHART_COLOURS.apart,
        "stroke-width": 2
      }),
      m.projection
    ]);
  const row2 = (list2, line2) => {
    let at = MARGIN.left;
    return list2.map(([symbol, text]) => {
      const [gx, gy] = mark(at, line2);
      at += (symbol.value.startsWith("<line") ? 32 : 16) + text.length * 7 + 18;
      return h(
        "g",
        { transform: `translate(${coordinate(gx)} ${gy})` },
        symbol,
        h("text", { x: symbol.value.startsWith("<line") ? 32 : 16, y: 0 }, text)
      );
    });
  };
  const legend2 = h("g", { class: "legend" }, row2(entries, 0), row2(second, 1));
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      class: "chart",
      id
    },
    h("title", { id: `${id}-title` }, m.title(indicator.label)),
    h("desc", { id: `${id}-desc` }, indicatorChartDescription(indicator, lang)),
    grid,
    h("line", {
      x1: MARGIN.left,
      x2: WIDTH - MARGIN.right,
      y1: plotBottom,
      y2: plotBottom,
      stroke: CHART_COLOURS.text,
      "stroke-width": 1
    }),
    xTicks,
    path,
    line,
    dots,
    sameMonths,
    scaledTarget,
    projection,
    baselineMark,
    targetMark,
    legend2
  );
}
function triangle(cx, cy, r) {
  return `M${coordinate(cx)} ${coordinate(cy - r)}L${coordinate(cx + r)} ${coordinate(cy + r * 0.8)}L${coordinate(cx - r)} ${coordinate(cy + r * 0.8)}Z`;
}
function diamond(cx, cy, r) {
  return `M${coordinate(cx)} ${coordinate(cy - r)}L${coordinate(cx + r)} ${coordinate(cy)}L${coordinate(cx)} ${coordinate(cy + r)}L${coordinate(cx - r)} ${coordinate(cy)}Z`;
}
function yDomain(values, unit) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (unit === "grade") {
    return [Math.max(0, Math.floor(min - 0.5)), Math.min(10, Math.ceil(max + 0.5))];
  }
  const top = max <= 0 ? 1 : max * 1.15;
  return [Math.min(0, min), top];
}
var WIDTH2 = 640;
var ROW = 20;
var LABEL_WIDTH = 250;
var VALUE_WIDTH = 104;
var SMALL_COUNT = 20;
var LEGEND = 26;
var TOP = 30;
var BOTTOM = 12;
var LIMIT = 100;
function barColumns(table2) {
  const change = table2.columns.find((c) => c.kind === "change");
  if (!change) return null;
  const reference = table2.columns.find(
    (c) => c.kind === "reference" && c.from === change.from && c.to === change.to
  );
  return { change, reference };
}
function changeBarsDescription(table2, lang) {
  var _a3;
  const columns = barColumns(table2);
  if (!columns) return null;
  const m = messagesFor(lang).chart;
  const rows = barRows(table2, columns);
  const list2 = rows.map(
    (r) => `${r.label}: ${r.text || m.noChange}${r.counts ? ` (${r.counts})` : ""}${r.chance ? ` (${messagesFor(lang).progress.chance})` : ""}${columns.reference && r.referenceText ? ` (${columns.reference.header}: ${r.referenceText})` : ""}`
  ).join("; ");
  return `${m.barsDescription(columns.change.header, ((_a3 = columns.reference) == null ? void 0 : _a3.header) ?? null)} ${list2}.`;
}
function barRows(table2, columns) {
  return table2.rows.map((row2) => {
    const cell2 = row2.cells[columns.change.id];
    const ref2 = columns.reference ? row2.cells[columns.reference.id] : void 0;
    const chance = cell2 !== void 0 && isChanceCell(cell2);
    const small = (cell2 == null ? void 0 : cell2.kind) === "change" && cell2.from !== null && cell2.to !== null && Number.isInteger(cell2.from) && Number.isInteger(cell2.to) && Math.max(cell2.from, cell2.to) < SMALL_COUNT;
    return {
      label: row2.label,
      depth: row2.depth,
      change: (cell2 == null ? void 0 : cell2.kind) === "change" ? cell2.change : null,
      text: (cell2 == null ? void 0 : cell2.text) ? `${cell2.text}${chance ? CHANCE_MARKER : ""}` : "",
      chance,
      counts: small && (cell2 == null ? void 0 : cell2.kind) === "change" ? `${cell2.from} → ${cell2.to}` : "",
      reference: (ref2 == null ? void 0 : ref2.kind) === "reference" ? ref2.value : null,
      referenceText: (ref2 == null ? void 0 : ref2.text) ?? ""
    };
  });
}
function changeBars(table2, lang) {
  const columns = barColumns(table2);
  if (!columns) return null;
  const m = messagesFor(lang).chart;
  const rows = barRows(table2, columns);
  const magnitudes = rows.flatMap((r) => [Math.abs(r.change ?? 0), Math.abs(r.reference ?? 0)]);
  const step = niceStep(Math.min(LIMIT, Math.max(10, ...magnitudes)), 2);
  const limit = Math.min(LIMIT, Math.ceil(Math.max(10, ...magnitudes) / step) * step);
  const height = TOP + rows.length * ROW + BOTTOM + LEGEND;
  const x = linearScale([-limit, limit], [LABEL_WIDTH, WIDTH2 - VALUE_WIDTH]);
  const id = `bars-${table2.id}`;
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];
  const axis = ticks.map(
    (tick) => h(
      "g",
      {},
      h("line", {
        x1: coordinate(x(tick)),
        x2: coordinate(x(tick)),
        y1: TOP - 6,
        y2: height - BOTTOM - LEGEND,
        stroke: tick === 0 ? CHART_COLOURS.text : CHART_COLOURS.grid,
        "stroke-width": 1
      }),
      h(
        "text",
        { x: coordinate(x(tick)), y: TOP - 10, "text-anchor": "middle", class: "tick" },
        `${tick > 0 ? "+" : ""}${tick}%`
      )
    )
  );
  const bars = rows.map((row2, i) => {
    const top = TOP + i * ROW;
    const middle = top + ROW / 2;
    const clipped = row2.change !== null && Math.abs(row2.change) > limit;
    const shown = row2.change === null ? 0 : Math.max(-limit, Math.min(limit, row2.change));
    const x0 = x(Math.min(0, shown));
    const x1 = x(Math.max(0, shown));
    return h(
      "g",
      {},
      h(
        "text",
        { x: 4 + row2.depth * 14, y: coordinate(middle + 4), class: "bar-label" },
        row2.label
      ),
      // A change chance alone could explain is an open bar: its outline only.
      row2.change !== null ? h("rect", {
        x: coordinate(x0),
        y: top + 4,
        width: coordinate(Math.max(x1 - x0, row2.change === 0 ? 0 : 1)),
        height: ROW - 8,
        fill: row2.chance ? "#ffffff" : shown > 0 ? CHART_COLOURS.increase : CHART_COLOURS.decrease,
        stroke: shown > 0 ? CHART_COLOURS.increase : CHART_COLOURS.decrease,
        "stroke-width": row2.chance ? 1.5 : 0
      }) : null,
      clipped ? h(
        "text",
        {
          x: coordinate(shown > 0 ? x1 - 3 : x0 + 3),
          y: coordinate(middle + 4),
          "text-anchor": shown > 0 ? "end" : "start",
          class: "clip-mark"
        },
        "//"
      ) : null,
      row2.reference !== null ? h("line", {
        x1: coordinate(x(Math.max(-limit, Math.min(limit, row2.reference)))),
        x2: coordinate(x(Math.max(-limit, Math.min(limit, row2.reference)))),
        y1: top + 1,
        y2: top + ROW - 1,
        stroke: CHART_COLOURS.baseline,
        "stroke-width": 2
      }) : null,
      h(
        "text",
        { x: WIDTH2 - 4, y: coordinate(middle + 4), "text-anchor": "end", class: "bar-value" },
        row2.counts ? `${row2.counts}: ${row2.text || messagesFor(lang).notAvailable}` : row2.text || messagesFor(lang).notAvailable
      )
    );
  });
  const legendY = height - LEGEND / 2 + 2;
  const entries = [
    [h("rect", { width: 14, height: 10, y: -9, fill: CHART_COLOURS.increase }), m.increase],
    [h("rect", { width: 14, height: 10, y: -9, fill: CHART_COLOURS.decrease }), m.decrease],
    ...rows.some((r) => r.chance && r.change !== null) ? [
      [
        h("rect", {
          width: 14,
          height: 10,
          y: -9,
          fill: "#ffffff",
          stroke: CHART_COLOURS.text,
          "stroke-width": 1.5
        }),
        `${CHANCE_MARKER} ${messagesFor(lang).progress.chance}`
      ]
    ] : [],
    ...columns.reference && rows.some((r) => r.reference !== null) ? [
      [
        h("line", {
          x1: 7,
          x2: 7,
          y1: -11,
          y2: 3,
          stroke: CHART_COLOURS.baseline,
          "stroke-width": 2
        }),
        columns.reference.header
      ]
    ] : []
  ];
  let at = 4;
  const legend2 = h(
    "g",
    { class: "legend", "aria-hidden": "true" },
    entries.map(([mark, text]) => {
      const g = h(
        "g",
        { transform: `translate(${at} ${legendY})` },
        mark,
        h("text", { x: 20, y: 0 }, text)
      );
      at += 20 + text.length * 7 + 16;
      return g;
    })
  );
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${WIDTH2} ${height}`,
      width: WIDTH2,
      height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      class: "chart bars",
      id
    },
    h("title", { id: `${id}-title` }, m.barsTitle(columns.change.header)),
    h("desc", { id: `${id}-desc` }, changeBarsDescription(table2, lang)),
    axis,
    bars,
    legend2
  );
}
var ids = {
  section: (name) => `sectie-${name}`,
  theme: (id) => `thema-${id}`,
  indicator: (id) => `indicator-${id}`,
  table: (id) => `tabel-${id}`,
  goals: (id) => `doelen-${id}`,
  calculation: (id) => `berekening-${id}`
};
function statusBadge(status) {
  return h(
    "span",
    {
      class: `status status-${status.status}`,
      title: status.reason ?? void 0
    },
    h("span", { class: "status-icon", "aria-hidden": "true" }, STATUS_ICON[status.status]),
    status.text
  );
}
function tableWrap(view, label, table2) {
  const name = label.startsWith(view.m.tableWord) ? label : `${view.m.tableWord}: ${label}`;
  return h("div", { class: "table-wrap", role: "region", "aria-label": name, tabindex: 0 }, table2);
}
function indicatorLink(view, id, label) {
  return view.indicator(id) ? h("a", { href: `#${ids.indicator(id)}` }, label) : label;
}
function section(name, title, ...children) {
  return h(
    "section",
    { id: ids.section(name), "aria-labelledby": `${ids.section(name)}-kop` },
    h("h2", { id: `${ids.section(name)}-kop` }, title),
    ...children
  );
}
function stacked(main, sub) {
  return sub === null ? main : [main, h("span", { class: "sub" }, sub)];
}
function cell(label, attributes, ...children) {
  return h("td", { ...attributes, "data-label": label }, ...children);
}
function chartWrap(label, chart) {
  return h("div", { class: "chart-wrap", role: "region", "aria-label": label, tabindex: 0 }, chart);
}
function emptyReason(view, cell2) {
  const e = view.m.emptyCell;
  if ((cell2 == null ? void 0 : cell2.kind) === "change") return cell2.empty === "zero-base" ? e.zeroBase : e.missingValue;
  if ((cell2 == null ? void 0 : cell2.kind) === "reference") return e.reference;
  return e.value;
}
function figureTableTitle(table2, view) {
  return table2.number !== null ? `${view.m.tableWord} ${table2.number}: ${table2.title}` : table2.title;
}
function figureTable2(view, table2) {
  var _a3, _b2, _c, _d;
  const { m } = view;
  const grouped = table2.columns.some((c) => c.group !== null);
  const headRows = [];
  if (grouped) {
    const first = [h("th", { scope: "col", rowspan: 2 }, m.tableLabelColumn)];
    const second = [];
    for (let i = 0; i < table2.columns.length; ) {
      const column = table2.columns[i];
      if (!column) break;
      if (column.group === null) {
        first.push(h("th", { scope: "col", rowspan: 2, class: "num" }, column.header));
        i++;
        continue;
      }
      let span = 1;
      while (((_a3 = table2.columns[i + span]) == null ? void 0 : _a3.group) === column.group) span++;
      first.push(h("th", { scope: "colgroup", colspan: span, class: "num" }, column.group));
      for (let k = 0; k < span; k++) {
        second.push(h("th", { scope: "col", class: "num" }, ((_b2 = table2.columns[i + k]) == null ? void 0 : _b2.header) ?? ""));
      }
      i += span;
    }
    headRows.push(h("tr", {}, first), h("tr", {}, second));
  } else {
    headRows.push(
      h(
        "tr",
        {},
        h("th", { scope: "col" }, m.tableLabelColumn),
        table2.columns.map((c) => h("th", { scope: "col", class: "num" }, c.header))
      )
    );
  }
  let markers = false;
  const rows = table2.rows.map(
    (row2) => h(
      "tr",
      { class: row2.depth > 0 ? `depth-${row2.depth}` : void 0 },
      h("th", { scope: "row" }, row2.label),
      table2.columns.map((column) => {
        const cell2 = row2.cells[column.id];
        const marker = cell2 !== void 0 && isChanceCell(cell2);
        if (marker) markers = true;
        if (!(cell2 == null ? void 0 : cell2.text)) {
          const why = emptyReason(view, cell2);
          return h(
            "td",
            { class: "num empty", title: why },
            m.notAvailable,
            h("span", { class: "sr-only" }, ` (${why})`),
            marker ? h("span", { class: "marker", title: m.progress.chance }, CHANCE_MARKER) : null,
            marker ? h("span", { class: "sr-only" }, ` (${m.progress.chance})`) : null
          );
        }
        return h(
          "td",
          { class: "num" },
          cell2.text,
          marker ? h("span", { class: "marker", title: m.progress.chance }, CHANCE_MARKER) : null,
          marker ? h("span", { class: "sr-only" }, ` (${m.progress.chance})`) : null
        );
      })
    )
  );
  const title = figureTableTitle(table2, view);
  const bars = changeBars(table2, view.lang);
  const barsText = m.chart.barsDescription(
    ((_c = table2.columns.find((c) => c.kind === "change")) == null ? void 0 : _c.header) ?? "",
    ((_d = table2.columns.find((c) => c.kind === "reference")) == null ? void 0 : _d.header) ?? null
  );
  return h(
    "div",
    { id: ids.table(table2.id), class: "figure-table" },
    h("h3", {}, title),
    tableWrap(
      view,
      title,
      h(
        "table",
        { class: "figures", "data-table": table2.id },
        // The h3 above shows the title; the caption names the table for screen readers.
        h("caption", { class: "hidden-caption" }, title),
        h("thead", {}, headRows),
        h("tbody", {}, rows)
      )
    ),
    table2.source || table2.note ? h(
      "p",
      { class: "note" },
      table2.source ? `${m.columns.source}: ${table2.source.name}. ` : null,
      table2.note ?? null
    ) : null,
    markers ? h("p", { class: "note" }, m.council.chanceNote) : null,
    table2.significance ? h(
      "p",
      { class: "note" },
      significanceSummary(table2.significance, view.lang, { named: false })
    ) : null,
    bars ? h("figure", {}, chartWrap(barsText, bars), h("figcaption", {}, barsText)) : null
  );
}
function figures(view) {
  if (view.evaluated.tables.length === 0) return null;
  return section(
    "politiecijfers",
    view.m.sections.figures,
    view.evaluated.tables.map((t) => figureTable2(view, t))
  );
}
var MARKER = /^( *)([-*+]|(\d{1,9})[.)])( +|$)(.*)$/;
function listMarker(line) {
  const match = MARKER.exec(line);
  if (!match) return null;
  const [, indent = "", marker = "", digits, spaces = "", content = ""] = match;
  return {
    indent: indent.length,
    ordered: digits !== void 0,
    number: digits === void 0 ? 1 : Number(digits),
    contentOffset: indent.length + marker.length + Math.max(1, Math.min(spaces.length, 4)),
    content
  };
}
function isBlank(line) {
  return line.trim() === "";
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function parseMarkdown(text) {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  return parseBlocks(lines);
}
function parseBlocks(lines) {
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (isBlank(line)) {
      i++;
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      const [list2, next] = parseList(lines, i, marker);
      blocks.push(list2);
      i = next;
      continue;
    }
    const parts = [];
    while (i < lines.length) {
      const current = lines[i] ?? "";
      if (isBlank(current) || parts.length > 0 && listMarker(current)) break;
      parts.push(current.trim());
      i++;
    }
    blocks.push({ type: "paragraph", content: parseInline(parts.join(" ")) });
  }
  return blocks;
}
function parseList(lines, start, first) {
  const items = [];
  let i = start;
  let marker = first;
  while (marker && marker.ordered === first.ordered && marker.indent < first.contentOffset) {
    const body = [marker.content];
    i++;
    let lastBlank = false;
    while (i < lines.length) {
      const line = lines[i] ?? "";
      if (isBlank(line)) {
        lastBlank = true;
        body.push("");
        i++;
        continue;
      }
      const indent = indentOf(line);
      if (indent >= marker.contentOffset) {
        body.push(line.slice(marker.contentOffset));
      } else if (!lastBlank && !listMarker(line)) {
        body.push(line.trimStart());
      } else {
        break;
      }
      lastBlank = false;
      i++;
    }
    while (body.length > 0 && isBlank(body[body.length - 1] ?? "")) body.pop();
    items.push(parseBlocks(body));
    const next = i < lines.length ? listMarker(lines[i] ?? "") : null;
    if (!next || next.indent < first.indent) break;
    marker = next;
  }
  return [{ type: "list", ordered: first.ordered, start: first.number, items }, i];
}
function parseInline(text) {
  const nodes = [];
  let buffer = "";
  const flush = () => {
    if (buffer) nodes.push({ type: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (char === "\\" && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? "")) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === "*") {
      const double = text[i + 1] === "*";
      const width = double ? 2 : 1;
      const close = findCloser(text, i + width, double);
      if (close !== -1) {
        flush();
        const children = parseInline(text.slice(i + width, close));
        nodes.push(double ? { type: "strong", children } : { type: "em", children });
        i = close + width;
        continue;
      }
      buffer += double ? "**" : "*";
      i += width;
      continue;
    }
    buffer += char;
    i++;
  }
  flush();
  return nodes;
}
function findCloser(text, from, double) {
  if (from >= text.length || /\s/.test(text[from] ?? "")) return -1;
  for (let j = from + 1; j < text.length; j++) {
    if (text[j] === "\\") {
      j++;
      continue;
    }
    if (text[j] !== "*") continue;
    const isDouble = text[j + 1] === "*";
    if (double && isDouble && !/\s/.test(text[j - 1] ?? "")) return j;
    if (!double) {
      if (isDouble) {
        const inner = findCloser(text, j + 2, true);
        if (inner !== -1) {
          j = inner + 1;
          continue;
        }
      }
      if (!/\s/.test(text[j - 1] ?? "")) return j;
    }
    if (double && isDouble) j++;
  }
  return -1;
}
function inlineNodeHtml(node) {
  switch (node.type) {
    case "text":
      return renderChildren(node.text);
    case "strong":
      return h("strong", {}, inlineHtml(node.children)).value;
    case "em":
      return h("em", {}, inlineHtml(node.children)).value;
  }
}
function inlineHtml(nodes) {
  return new Html(nodes.map(inlineNodeHtml).join(""));
}
function blocksHtml(blocks, tight) {
  return blocks.map((block, i) => {
    if (block.type === "paragraph") {
      return tight && i === 0 ? inlineHtml(block.content) : h("p", {}, inlineHtml(block.content));
    }
    const items = block.items.map((item) => h("li", {}, blocksHtml(item, true)));
    return block.ordered ? h("ol", { start: block.start === 1 ? void 0 : block.start }, items) : h("ul", {}, items);
  });
}
function markdownToHtml(text) {
  return new Html(blocksHtml(parseMarkdown(text), false).join(""));
}
function inlineNodeMarkdown(node) {
  switch (node.type) {
    case "text":
      return markdownText(node.text);
    case "strong":
      return `**${inlineMarkdown(node.children)}**`;
    case "em":
      return `*${inlineMarkdown(node.children)}*`;
  }
}
function inlineMarkdown(nodes) {
  return nodes.map(inlineNodeMarkdown).join("");
}
function blocksMarkdown(blocks) {
  return blocks.map((block) => {
    if (block.type === "paragraph") return inlineMarkdown(block.content);
    return block.items.map((item, n) => {
      const marker = block.ordered ? `${block.start + n}. ` : "- ";
      const pad2 = " ".repeat(marker.length);
      const parts = blocksMarkdown(item);
      const lines = [`${marker}${parts[0] ?? ""}`];
      parts.slice(1).forEach((part, k) => {
        var _a3;
        if (((_a3 = item[k + 1]) == null ? void 0 : _a3.type) === "paragraph") lines.push("");
        lines.push(
          part.split("\n").map((line) => line ? pad2 + line : line).join("\n")
        );
      });
      return lines.join("\n");
    }).join("\n");
  });
}
function markdownToMarkdown(text) {
  return blocksMarkdown(parseMarkdown(text)).join("\n\n");
}
function header(view) {
  const { plan, m, lang } = view;
  const meta2 = [
    h("dt", {}, m.meta.municipality),
    h("dd", {}, `${plan.municipality.name} (${plan.municipality.code})`),
    h("dt", {}, m.meta.planPeriod),
    h("dd", {}, `${plan.period.start}-${plan.period.end}`)
  ];
  if (plan.adoption) {
    meta2.push(
      h("dt", {}, m.meta.adopted),
      h("dd", {}, `${plan.adoption.by}, ${formatDate(plan.adoption.date, lang)}`)
    );
  }
  const placeholders = findPlaceholders(plan).length;
  return h(
    "header",
    {},
    placeholders > 0 ? h(
      "p",
      { class: "placeholders", role: "note" },
      h("strong", {}, m.placeholders(placeholders))
    ) : null,
    h("p", { class: "kicker" }, m.reportKind),
    h("h1", {}, plan.title),
    plan.subtitle ? h("p", { class: "subtitle" }, plan.subtitle) : null,
    h("dl", { class: "meta" }, meta2),
    h(
      "p",
      { class: "as-of" },
      h(
        "strong",
        {},
        view.evaluated.asOf === null ? m.asOfLatest : m.asOf(formatPeriod(view.evaluated.asOf, lang, "long"))
      )
    ),
    h(
      "div",
      { class: "mission", role: "note", "aria-label": m.mission },
      h("p", {}, h("strong", {}, m.mission)),
      markdownToHtml(plan.mission)
    )
  );
}
function chartNumbers(view, indicator) {
  const { m, lang } = view;
  const value = (v) => formatIndicatorValue(v, indicator.unit, lang);
  const { baseline } = indicator.progress;
  const overlay = chartOverlay(indicator, lang);
  const apart = new Set((overlay == null ? void 0 : overlay.kind) === "same-months" ? overlay.points.map((p) => p.period) : []);
  const rows = [];
  if (baseline) {
    rows.push({
      what: m.chart.baseline,
      period: formatPeriod(baseline.period, lang),
      value: value(baseline.value),
      origin: fromText(view, baseline.source)
    });
  }
  for (const target of indicator.targets) {
    rows.push({
      what: m.chart.target,
      period: formatPeriod(target.period, lang),
      value: formatTarget(target, indicator.unit, lang),
      origin: fromText(view, target.source)
    });
  }
  for (const o of indicator.observations) {
    const note = o.comparable ? null : apart.has(o.period) ? m.chart.drawnApart : m.chart.otherPeriods;
    rows.push({
      what: m.chart.observed,
      period: formatPeriod(o.period, lang),
      value: value(o.value),
      origin: note ? `${m.origin[o.origin]} (${note})` : m.origin[o.origin]
    });
  }
  if ((overlay == null ? void 0 : overlay.kind) === "projection") {
    const count = (v) => formatIndicatorValue(v, indicator.unit, lang, 0);
    rows.push({
      what: m.chart.projected,
      period: formatPeriod(overlay.year, lang),
      value: `${count(overlay.value)} (${count(overlay.lower)}-${overlay.upper === null ? "" : count(overlay.upper)})`,
      origin: `${formatPeriod(overlay.from.period, lang)}: ${value(overlay.from.value)}`
    });
  }
  return rows;
}
function componentNumber(value, lang) {
  const separator3 = lang === "en" ? "." : ",";
  const text = formatNumber(value, { decimals: 4, decimalSeparator: separator3 });
  return text.includes(separator3) ? text.replace(/0+$/, "").replace(/[.,]$/, "") : text;
}
function testDetail(view, indicator) {
  return significanceDetail(view, indicator.progress);
}
function significanceDetail(view, progress) {
  const s = progress.significance;
  if (!(s == null ? void 0 : s.confidenceInterval)) return null;
  const f = view.m.indicatorFacts;
  const n = (v) => formatNumber(v, { decimals: 2, decimalSeparator: view.lang === "en" ? "." : "," });
  const lower = n(s.confidenceInterval.lower);
  const upper = s.confidenceInterval.upper === null ? "∞" : n(s.confidenceInterval.upper);
  if (s.counts) {
    return f.poissonDetail(
      String(s.counts.later),
      String(s.counts.earlier),
      s.rateRatio === null ? view.m.notAvailable : n(s.rateRatio),
      lower,
      upper
    );
  }
  return s.difference === null ? null : f.surveyDetail(n(s.difference), lower, upper);
}
function indicatorFacts(view, indicator) {
  var _a3, _b2, _c;
  const { m, lang } = view;
  const f = m.indicatorFacts;
  const { progress } = indicator;
  const direction = progress.direction ? `${m.direction[progress.direction]}${progress.directionSource === "target" ? ` (${f.directionInferred})` : ""}` : m.notAvailable;
  const assessed = progress.target;
  const targets = indicator.targets.map((t) => {
    const adopted = f.targetIn(formatTarget(t, indicator.unit, lang), formatPeriod(t.period, lang));
    const text = t.illustrative ? `${adopted} (${m.progress.illustrativeTarget})` : adopted;
    const isAssessed = indicator.targets.length > 1 && assessed !== null && t.period === assessed.period && t.source.path === assessed.source.path;
    return isAssessed ? `${text}: ${f.assessed}` : text;
  });
  const comparison = progress.comparison === null ? m.notAvailable : progress.comparison.method === "same-period" ? m.progress.samePeriod(
    formatPeriod(progress.comparison.to.period, lang),
    formatPeriod(progress.comparison.from.period, lang)
  ) : comparisonNote(progress, lang) ?? m.notAvailable;
  const significance = indicatorSignificanceText(view, indicator);
  const facts2 = [
    { key: "unit", label: f.unit, text: m.unit[indicator.unit] },
    { key: "direction", label: f.direction, text: direction },
    { key: "source", label: f.source, text: ((_a3 = indicator.source) == null ? void 0 : _a3.name) ?? m.notAvailable },
    {
      key: "themes",
      label: f.themes,
      text: themeTitles(view, indicator).join("; ") || m.notAvailable
    },
    { key: "baseline", label: f.baseline, text: baselineText(view, indicator) },
    { key: "target", label: f.target, text: targets.join("; ") || m.notAvailable },
    { key: "latest", label: f.latest, text: latestText(view, indicator) },
    { key: "comparison", label: f.comparison, text: comparison },
    { key: "change", label: f.change, text: indicatorChangeText(view, indicator) },
    {
      key: "significance",
      label: f.significance,
      text: significance
    }
  ];
  const previous = previousChangeText(progress, lang);
  if (previous !== null && ((_b2 = progress.previousChange) == null ? void 0 : _b2.from.period) !== ((_c = progress.comparison) == null ? void 0 : _c.from.period)) {
    facts2.push({ key: "previousChange", label: f.previousChange, text: previous });
  }
  const rate = rateNote(progress, lang);
  if (rate !== null) facts2.push({ key: "rate", label: f.rate, text: rate });
  const measures = progress.progress;
  if (measures) {
    facts2.push(
      { key: "fraction", label: f.fraction, text: indicatorFractionText(view, indicator) },
      {
        key: "expected",
        label: f.expected,
        text: f.expectedAfter(
          formatIndicatorValue(measures.expected, indicator.unit, lang, 1),
          measures.elapsedYears,
          measures.totalYears
        )
      }
    );
  }
  const verdict = verdictNote(progress, lang);
  if (verdict) facts2.push({ key: "verdict", label: f.verdict, text: verdict });
  const override = progress.status.override;
  facts2.push({
    key: "status",
    label: f.status,
    text: override ? `${progress.status.text}. ${m.progress.manualStatus}: ${override.reason}` : progress.status.text
  });
  return facts2;
}
function calculationRows(view, indicator) {
  const { progress } = indicator;
  const { comparison, target, baseline, latest } = progress;
  const measures = progress.progress;
  if (!measures || !comparison || !target || !baseline || !latest) return [];
  const { lang, m } = view;
  const c = m.calculation;
  const n = (v) => componentNumber(v, lang);
  const year = (period2) => parsePeriodOrThrow(period2).year;
  const yes = (b) => b ? m.indicatorFacts.yes : m.indicatorFacts.no;
  const y0 = n(comparison.baseline);
  const yT = n(comparison.target ?? 0);
  const yt = n(comparison.current);
  const atLeastAsGood2 = target.bound === "at-most" || target.bound === "direction" && progress.direction === "lower-is-better" ? "≤" : "≥";
  const rows = [];
  if (target.kind === "relative" && target.resolved !== null && target.resolvedExact !== null) {
    const change = target.change ?? 0;
    rows.push({
      component: c.resolvedTarget,
      formula: `${n(baseline.value)} × (100 ${change < 0 ? "−" : "+"} ${n(Math.abs(change))}) / 100 = ${n(target.resolvedExact)}${target.rounding ? `, ${c.rounded(target.rounding.decimals)}` : ""}`,
      outcome: n(target.resolved)
    });
  }
  rows.push(
    { component: c.baseline, formula: formatPeriod(comparison.from.period, lang), outcome: y0 },
    {
      component: c.target,
      formula: comparison.method === "same-months" && target.value !== null ? `${n(target.value)} × ${n(comparison.from.value)} / ${n(baseline.value)}` : formatPeriod(target.period, lang),
      outcome: yT
    },
    {
      component: c.current,
      formula: comparison.method === "projection" && comparison.projection ? `${n(comparison.to.value)} / ${n(comparison.projection.share)}` : formatPeriod(comparison.to.period, lang),
      outcome: yt
    },
    {
      component: c.elapsed,
      formula: `${year(latest.period)} − ${year(baseline.period)}`,
      outcome: String(measures.elapsedYears)
    },
    {
      component: c.total,
      formula: `${year(target.period)} − ${year(baseline.period)}`,
      outcome: String(measures.totalYears)
    },
    {
      component: c.timeFraction,
      formula: `min(1, ${measures.elapsedYears} / ${measures.totalYears})`,
      outcome: n(measures.timeFraction)
    },
    {
      component: c.expected,
      formula: `${y0} + (${yT} − ${y0}) × ${n(measures.timeFraction)}`,
      outcome: n(measures.expected)
    },
    {
      component: c.fraction,
      formula: measures.fractionOfWay === null ? c.noChangeRequired : `(${yt} − ${y0}) / (${yT} − ${y0})`,
      outcome: measures.fractionOfWay === null ? m.notAvailable : `${n(measures.fractionOfWay)} (${formatFraction(measures.fractionOfWay, lang)})`
    }
  );
  const { ratio } = measures;
  if (ratio.method === "no-change-required" || ratio.observed === null || ratio.required === null) {
    rows.push({ component: c.ratio, formula: c.noChangeRequired, outcome: m.notAvailable });
  } else {
    const cagr = ratio.method === "cagr";
    const note = cagr ? "" : ` (${c.absolute})`;
    rows.push(
      {
        component: c.observed,
        formula: cagr ? `(${yt} / ${y0})^(1/${measures.elapsedYears}) − 1` : `(${yt} − ${y0}) / ${measures.elapsedYears}${note}`,
        outcome: n(ratio.observed)
      },
      {
        component: c.required,
        formula: cagr ? `(${yT} / ${y0})^(1/${measures.totalYears}) − 1` : `(${yT} − ${y0}) / ${measures.totalYears}${note}`,
        outcome: n(ratio.required)
      },
      {
        component: c.ratio,
        formula: `${ratio.directionSign} × ${n(ratio.observed)} / |${n(ratio.required)}|`,
        outcome: ratio.value === null ? m.notAvailable : n(ratio.value)
      }
    );
  }
  rows.push(
    {
      component: c.targetAchieved,
      formula: `${yt} ${atLeastAsGood2} ${yT}`,
      outcome: yes(measures.targetAchieved)
    },
    {
      component: c.status,
      formula: verdictNote(progress, lang) ?? m.notAvailable,
      outcome: m.status[progress.status.automatic]
    }
  );
  return rows;
}
var rowsByView = /* @__PURE__ */ new WeakMap();
function calculationRowsOnce(view, indicator) {
  let byIndicator = rowsByView.get(view);
  if (!byIndicator) {
    byIndicator = /* @__PURE__ */ new WeakMap();
    rowsByView.set(view, byIndicator);
  }
  let rows = byIndicator.get(indicator);
  if (!rows) {
    rows = calculationRows(view, indicator);
    byIndicator.set(indicator, rows);
  }
  return rows;
}
function calculationTable(view, indicator) {
  const rows = calculationRowsOnce(view, indicator);
  if (rows.length === 0) return null;
  const { m } = view;
  const caption = `${m.indicatorFacts.components}: ${indicator.label}`;
  return h(
    "div",
    { id: ids.calculation(indicator.id) },
    tableWrap(
      view,
      caption,
      h(
        "table",
        { class: "calculation cards" },
        h("caption", {}, caption),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, m.columns.component),
            h("th", { scope: "col" }, m.columns.calculation),
            h("th", { scope: "col", class: "num" }, m.columns.outcome)
          )
        ),
        h(
          "tbody",
          {},
          rows.map(
            (row2) => h(
              "tr",
              {},
              h("th", { scope: "row" }, row2.component),
              cell(m.columns.calculation, { class: "formula" }, row2.formula),
              cell(m.columns.outcome, { class: "num" }, row2.outcome)
            )
          )
        )
      )
    )
  );
}
function themeLinks(view, indicator) {
  const main = view.evaluated.indicatorTables.some(
    (t) => t.theme === null && t.rows.some((r) => r.indicator === indicator.id)
  );
  const links = [
    ...main ? [h("a", { href: `#${ids.section("hoofddoelstellingen")}` }, view.m.sections.mainGoals)] : [],
    ...indicator.themes.map((id) => {
      const theme2 = view.theme(id);
      return h("a", { href: `#${ids.theme(id)}` }, theme2 ? themeTitle(theme2) : id);
    })
  ];
  if (links.length === 0) return view.m.notAvailable;
  return links.map((link, i) => [i > 0 ? "; " : null, link]);
}
function facts(view, indicator) {
  const list2 = indicatorFacts(view, indicator).map((fact) => [
    h("dt", {}, fact.label),
    h(
      "dd",
      {},
      fact.key === "themes" ? themeLinks(view, indicator) : fact.key === "status" ? [
        statusBadge(statusView(indicator)),
        indicator.progress.status.override ? ` ${view.m.progress.manualStatus}: ${indicator.progress.status.override.reason}` : null
      ] : fact.text
    )
  ]);
  return h("dl", { class: "facts" }, list2);
}
function warnings(view, indicator) {
  const list2 = indicator.progress.warnings;
  if (list2.length === 0) return null;
  return h(
    "div",
    { class: "warnings", role: "note", "aria-label": view.m.indicatorFacts.warnings },
    h("p", {}, h("strong", {}, view.m.indicatorFacts.warnings)),
    h(
      "ul",
      {},
      list2.map((w) => h("li", {}, w.message))
    )
  );
}
function indicatorNumbers(view, indicator) {
  const { m } = view;
  const c = m.columns;
  const caption = m.chart.numbersCaption(indicator.label);
  return tableWrap(
    view,
    caption,
    h(
      "table",
      { class: "numbers cards" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, c.what),
          h("th", { scope: "col" }, c.period),
          h("th", { scope: "col", class: "num" }, c.value),
          h("th", { scope: "col" }, c.origin)
        )
      ),
      h(
        "tbody",
        {},
        chartNumbers(view, indicator).map(
          (row2) => h(
            "tr",
            {},
            h("th", { scope: "row" }, row2.what),
            cell(c.period, {}, row2.period),
            cell(c.value, { class: "num" }, row2.value),
            cell(c.origin, {}, row2.origin)
          )
        )
      )
    )
  );
}
function indicatorSection(view, indicator) {
  const chart = indicatorChart(indicator, view.lang);
  return h(
    "article",
    {
      id: ids.indicator(indicator.id),
      class: "indicator",
      "aria-labelledby": `${ids.indicator(indicator.id)}-kop`
    },
    h("h3", { id: `${ids.indicator(indicator.id)}-kop` }, indicator.label),
    indicator.description ? markdownToHtml(indicator.description) : null,
    // On paper the chart floats beside the facts (styles.ts); on a screen it
    // comes after them. It comes first here because a float must.
    h(
      "div",
      { class: "indicator-body" },
      chart ? h(
        "figure",
        {},
        chartWrap(view.m.chart.title(indicator.label), chart),
        h("figcaption", {}, view.m.chart.title(indicator.label))
      ) : h("p", { class: "note" }, view.m.chart.noData),
      facts(view, indicator)
    ),
    warnings(view, indicator),
    calculationRowsOnce(view, indicator).length > 0 ? h(
      "p",
      { class: "note" },
      h("a", { href: `#${ids.calculation(indicator.id)}` }, view.m.appendix.calculationLink)
    ) : null,
    indicatorNumbers(view, indicator)
  );
}
function indicators(view) {
  if (view.evaluated.indicators.length === 0) return null;
  return section(
    "indicatoren",
    view.m.sections.indicators,
    view.evaluated.indicators.map((i) => indicatorSection(view, i))
  );
}
function kernbeleid(view) {
  const { m } = view;
  const coverage = view.evaluated.kernbeleid;
  const themesCovered = coverage.fields.flatMap((f) => f.themes).filter((t) => t.coveredBy.length > 0);
  const fieldsCovered = coverage.fields.filter((f) => f.themes.some((t) => t.coveredBy.length > 0));
  const total = coverage.fields.reduce((n, f) => n + f.themes.length, 0);
  const c = m.columns;
  return section(
    "kernbeleid",
    m.sections.kernbeleid,
    h("p", {}, m.kernbeleidIntro(fieldsCovered.length, themesCovered.length, total)),
    coverage.fields.map((field2) => {
      const caption = `${field2.code} ${field2.name}`;
      return tableWrap(
        view,
        caption,
        h(
          "table",
          { class: "kernbeleid cards" },
          h("caption", {}, caption),
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", { scope: "col" }, c.code),
              h("th", { scope: "col" }, c.kernbeleidTheme),
              h("th", { scope: "col" }, c.coveredBy)
            )
          ),
          h(
            "tbody",
            {},
            field2.themes.map(
              (theme2) => h(
                "tr",
                { class: theme2.coveredBy.length > 0 ? "covered" : "not-covered" },
                cell(c.code, {}, theme2.code),
                h("th", { scope: "row" }, theme2.name),
                cell(
                  c.coveredBy,
                  {},
                  theme2.coveredBy.length > 0 ? theme2.coveredBy.map((id, i) => {
                    const t = view.theme(id);
                    return [
                      i > 0 ? "; " : null,
                      h("a", { href: `#${ids.theme(id)}` }, t ? themeTitle(t) : id)
                    ];
                  }) : h("span", { class: "note" }, m.notCovered)
                )
              )
            )
          )
        )
      );
    }),
    coverage.unknownCodes.length > 0 ? [
      h("h3", {}, m.unknownCodes),
      h(
        "ul",
        {},
        coverage.unknownCodes.map(
          (u) => h(
            "li",
            {},
            `${u.code}: ${u.usedBy.map((id) => view.theme(id) ? themeTitle(view.theme(id)) : id).join("; ")}`
          )
        )
      )
    ] : null
  );
}
function indicatorTable(view, table2) {
  var _a3;
  const [indicator, source, baseline, target, , , fraction, status, significance] = indicatorTableHeaders(view, table2);
  const headers = [
    `${indicator} / ${source}`,
    baseline,
    target,
    view.m.columns.latestAndChange,
    fraction,
    status,
    significance
  ];
  const numeric = /* @__PURE__ */ new Set([1, 2, 3, 4]);
  const label = (i) => headers[i] ?? "";
  const body = [];
  let group = null;
  let differs = false;
  for (const row2 of table2.rows) {
    if (row2.group !== group && row2.group !== null) {
      body.push(
        h(
          "tr",
          { class: "group" },
          h("th", { scope: "rowgroup", colspan: headers.length }, row2.group)
        )
      );
    }
    group = row2.group;
    const r = indicatorRowView(view, row2);
    if (r.differs) differs = true;
    body.push(
      h(
        "tr",
        { class: row2.group === null ? void 0 : "depth-1" },
        h(
          "th",
          { scope: "row" },
          indicatorLink(view, r.id, r.label),
          r.differs ? h("span", { class: "marker", title: r.differs }, " ≠") : null,
          r.differs ? h("span", { class: "sr-only" }, ` (${r.differs})`) : null,
          h("span", { class: "sub" }, r.source)
        ),
        cell(label(1), { class: "num" }, r.baseline),
        cell(label(2), { class: "num wrap" }, r.target),
        cell(
          label(3),
          { class: "num wrap" },
          stacked(r.latest, r.change === view.m.notAvailable ? null : r.change)
        ),
        cell(label(4), { class: "num wrap" }, r.fraction),
        cell(
          label(5),
          { class: "status-cell" },
          r.status ? statusBadge(r.status) : view.m.notAvailable
        ),
        cell(
          label(6),
          {},
          ((_a3 = r.significanceParts) == null ? void 0 : _a3.pValue) ? stacked(r.significanceParts.pValue, r.significanceParts.verdict) : r.significance
        )
      )
    );
  }
  return h(
    "div",
    { id: ids.goals(table2.id) },
    tableWrap(
      view,
      table2.title,
      h(
        "table",
        { class: "goals cards" },
        h("caption", {}, table2.title),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            headers.map(
              (text, i) => h("th", { scope: "col", class: numeric.has(i) ? "num" : void 0 }, text)
            )
          )
        ),
        h("tbody", {}, body)
      )
    ),
    differs ? h("p", { class: "note" }, view.m.differsLegend) : null,
    h("p", { class: "note" }, view.m.council.significanceLegend)
  );
}
function mainGoals(view) {
  const tables = indicatorTablesOf(view, null);
  if (tables.length === 0) return null;
  return section(
    "hoofddoelstellingen",
    view.m.sections.mainGoals,
    tables.map((t) => indicatorTable(view, t))
  );
}
function settings(view) {
  var _a3;
  const { m, evaluated } = view;
  const preference = ((_a3 = view.plan.conventions) == null ? void 0 : _a3.targetPreference) ?? "stated-value";
  const correction = evaluated.correction;
  return h(
    "ul",
    { class: "settings" },
    h(
      "li",
      {},
      m.appendix.targetPreference(
        "conventions.targetPreference",
        preference,
        m.targetPreference[preference]
      )
    ),
    h(
      "li",
      {},
      m.appendix.correctionSetting(
        "conventions.multipleComparisons",
        m.progress.correctionMethod[correction.method]
      )
    )
  );
}
function tests(view) {
  const { m } = view;
  const rows = view.evaluated.indicators.flatMap((indicator) => {
    const detail = testDetail(view, indicator);
    return detail === null ? [] : [
      h(
        "tr",
        {},
        h("th", { scope: "row" }, indicatorLink(view, indicator.id, indicator.label)),
        cell(m.columns.calculation, {}, detail)
      )
    ];
  });
  if (rows.length === 0) return null;
  return [
    h("h3", {}, m.appendix.tests),
    tableWrap(
      view,
      m.appendix.tests,
      h(
        "table",
        { class: "tests cards" },
        h("caption", { class: "hidden-caption" }, m.appendix.tests),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, m.columns.indicator),
            h("th", { scope: "col" }, m.columns.calculation)
          )
        ),
        h("tbody", {}, rows)
      )
    )
  ];
}
function method(view) {
  const { m } = view;
  const calculations = view.evaluated.indicators.map((indicator) => calculationTable(view, indicator)).filter((table2) => table2 !== null);
  const correction = correctionLegend(view.evaluated.correction, view.lang);
  return section(
    "verantwoording",
    m.sections.method,
    m.methodText.map((text) => h("p", {}, text)),
    h("p", {}, statusLegend(view.lang)),
    h(
      "dl",
      { class: "legend-list" },
      STATUS_ORDER.map((status) => [
        h("dt", {}, statusBadge(statusLabelView(view, status))),
        h("dd", {}, m.statusHelp[status])
      ])
    ),
    h("p", {}, m.progress.significanceLegend),
    correction ? h("p", {}, correction) : null,
    h("p", { class: "note" }, m.chanceNote),
    h("h3", {}, m.appendix.settings),
    settings(view),
    tests(view),
    calculations.length > 0 ? [h("h3", {}, m.appendix.calculations), calculations] : null
  );
}
function partners(view) {
  const { m, plan } = view;
  const c = m.columns;
  const all = [...plan.priorities, ...plan.themes];
  const rows = plan.partners.map((partner) => {
    const involved = all.filter((t) => themePartners(t).includes(partner.id));
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, partner.name),
      cell(c.description, {}, partner.description ?? m.notAvailable),
      cell(
        c.theme,
        {},
        involved.length > 0 ? involved.map((t, i) => [
          i > 0 ? "; " : null,
          h("a", { href: `#${ids.theme(t.id)}` }, themeTitle(t))
        ]) : m.notAvailable
      )
    );
  });
  return section(
    "partners",
    m.sections.partners,
    plan.partners.length > 0 ? tableWrap(
      view,
      m.sections.partners,
      h(
        "table",
        { class: "partners cards" },
        h("caption", {}, m.sections.partners),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, c.name),
            h("th", { scope: "col" }, c.description),
            h("th", { scope: "col" }, c.theme)
          )
        ),
        h("tbody", {}, rows)
      )
    ) : h("p", {}, m.none)
  );
}
function sources(view) {
  const { m, plan } = view;
  const c = m.columns;
  const rows = plan.sources.map((source) => {
    const measured = view.evaluated.indicators.filter((i) => {
      var _a3;
      return ((_a3 = i.source) == null ? void 0 : _a3.id) === source.id;
    });
    const url2 = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, url2 ? h("a", { href: url2 }, source.name) : source.name),
      cell(c.kind, {}, m.sourceKind[source.kind]),
      cell(c.description, {}, source.description ?? m.notAvailable),
      cell(
        m.indicatorsOfSource,
        {},
        measured.length > 0 ? measured.map((i, n) => [
          n > 0 ? "; " : null,
          h("a", { href: `#${ids.indicator(i.id)}` }, i.label)
        ]) : m.notAvailable
      )
    );
  });
  return section(
    "bronnen",
    m.sections.sources,
    plan.sources.length > 0 ? tableWrap(
      view,
      m.sections.sources,
      h(
        "table",
        { class: "sources cards" },
        h("caption", {}, m.sections.sources),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, c.name),
            h("th", { scope: "col" }, c.kind),
            h("th", { scope: "col" }, c.description),
            h("th", { scope: "col" }, m.indicatorsOfSource)
          )
        ),
        h("tbody", {}, rows)
      )
    ) : h("p", {}, m.none),
    plan.references.length > 0 ? [
      h("h3", {}, m.references),
      h(
        "ul",
        {},
        plan.references.map((r) => h("li", {}, r.title))
      )
    ] : null
  );
}
function legend(view) {
  const { m } = view;
  const { counts } = statusCounts(view);
  return tableWrap(
    view,
    m.council.legendCaption,
    h(
      "table",
      { class: "status-legend cards" },
      h("caption", {}, m.council.legendCaption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, m.columns.status),
          h("th", { scope: "col" }, m.council.meaning),
          h("th", { scope: "col", class: "num" }, m.columns.count)
        )
      ),
      h(
        "tbody",
        {},
        STATUS_ORDER.map(
          (status) => h(
            "tr",
            {},
            h("th", { scope: "row" }, statusBadge(statusLabelView(view, status))),
            cell(m.council.meaning, {}, m.council.statusPlain[status]),
            cell(m.columns.count, { class: "num" }, counts.get(status) ?? 0)
          )
        )
      )
    )
  );
}
function warnings2(view) {
  const list2 = summaryWarnings(view);
  if (list2.length === 0) return null;
  const { m } = view;
  return h(
    "div",
    { class: "warnings", role: "note", "aria-label": m.indicatorFacts.warnings },
    h("p", {}, h("strong", {}, m.indicatorFacts.warnings), " ", m.council.warningsIntro),
    h(
      "ul",
      {},
      list2.map((w) => h("li", {}, indicatorLink(view, w.id, w.label), ": ", w.message))
    )
  );
}
function summary(view) {
  const { m, evaluated } = view;
  const { manual } = statusCounts(view);
  const c = m.columns;
  const rows = evaluated.indicators.map((indicator) => {
    const change = indicatorChangeText(view, indicator);
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, indicatorLink(view, indicator.id, indicator.label)),
      cell(
        c.latestAndChange,
        { class: "num wrap" },
        stacked(latestText(view, indicator), change === m.notAvailable ? null : change)
      ),
      cell(c.target, { class: "num wrap" }, assessedTargetText(view, indicator)),
      cell(c.status, { class: "status-cell" }, statusBadge(statusView(indicator)))
    );
  });
  return section(
    "samenvatting",
    m.sections.summary,
    h("p", { class: "lead" }, m.summaryIntro(assessableCount(view), evaluated.indicators.length)),
    h("p", {}, m.council.legendIntro),
    legend(view),
    manual > 0 ? h("p", { class: "note" }, m.manualCount(manual)) : null,
    tableWrap(
      view,
      m.council.tableCaption,
      h(
        "table",
        { class: "summary cards" },
        h("caption", {}, m.council.tableCaption),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, c.indicator),
            h("th", { scope: "col", class: "num" }, c.latestAndChange),
            h("th", { scope: "col", class: "num" }, c.target),
            h("th", { scope: "col" }, c.status)
          )
        ),
        h("tbody", {}, rows)
      )
    ),
    warnings2(view)
  );
}
function prose(title, text) {
  if (!text) return null;
  return [h("h4", {}, title), markdownToHtml(text)];
}
function themeSection(view, theme2) {
  const { m } = view;
  const p = m.themeParts;
  const c = m.columns;
  const tables = indicatorTablesOf(view, theme2.id);
  const inTables = new Set(tables.flatMap((t) => t.rows.map((r) => r.indicator)));
  const others = theme2.indicators.filter((id) => !inTables.has(id));
  const kernbeleid3 = theme2.kernbeleid.map((code) => {
    const found = view.evaluated.kernbeleid.fields.flatMap((f) => f.themes).find((t) => t.code === code);
    return h("li", {}, found ? `${code} ${found.name}` : code);
  });
  const partners2 = themePartners(theme2);
  const actions = theme2.actions.length > 0 ? [
    h("h4", {}, p.actions),
    tableWrap(
      view,
      `${p.actions}: ${themeTitle(theme2)}`,
      h(
        "table",
        { class: "actions cards" },
        h("caption", {}, `${p.actions}: ${themeTitle(theme2)}`),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, c.action),
            h("th", { scope: "col" }, c.who),
            h("th", { scope: "col" }, c.partners),
            h("th", { scope: "col" }, c.when),
            h("th", { scope: "col" }, c.status)
          )
        ),
        h(
          "tbody",
          {},
          theme2.actions.map(
            (action) => h(
              "tr",
              {},
              h("th", { scope: "row" }, action.what),
              cell(c.who, {}, whoText(view, action.who)),
              cell(
                c.partners,
                {},
                action.partners.map((id) => whoText(view, id)).join(", ") || m.notAvailable
              ),
              cell(c.when, {}, action.when ?? m.notAvailable),
              cell(c.status, {}, m.actionStatus[action.status])
            )
          )
        )
      )
    )
  ] : null;
  return h(
    "section",
    { id: ids.theme(theme2.id), class: "theme", "aria-labelledby": `${ids.theme(theme2.id)}-kop` },
    h("h3", { id: `${ids.theme(theme2.id)}-kop` }, themeTitle(theme2)),
    kernbeleid3.length > 0 ? h("ul", { class: "chips", "aria-label": m.sections.kernbeleid }, kernbeleid3) : null,
    prose(p.motivation, theme2.motivation),
    prose(p.evaluation, theme2.evaluation),
    prose(p.goals, theme2.goals),
    tables.length > 0 ? [h("h4", {}, p.indicators), tables.map((t) => indicatorTable(view, t))] : null,
    others.length > 0 ? [
      h("h4", {}, m.otherIndicators),
      h(
        "ul",
        {},
        others.map(
          (id) => {
            var _a3;
            return h("li", {}, indicatorLink(view, id, ((_a3 = view.indicator(id)) == null ? void 0 : _a3.label) ?? id));
          }
        )
      )
    ] : null,
    prose(p.approach, theme2.approach),
    theme2.sections.map((s) => prose(s.title, s.text)),
    actions,
    partners2.length > 0 ? [
      h("h4", {}, p.partners),
      h(
        "ul",
        { class: "chips" },
        partners2.map((id) => h("li", {}, whoText(view, id)))
      )
    ] : null
  );
}
function themes(view, name, title, list2) {
  if (list2.length === 0) return null;
  return section(
    name,
    title,
    list2.map((t) => themeSection(view, t))
  );
}
function toc(view, entries) {
  return h(
    "nav",
    { class: "toc", "aria-labelledby": "inhoud-kop" },
    h("h2", { id: "inhoud-kop" }, view.m.contents),
    h(
      "ol",
      {},
      entries.map((e) => h("li", {}, h("a", { href: `#${ids.section(e.name)}` }, e.title)))
    )
  );
}
var REPORT_CSS = `
:root {
  --ink: #1b1b1b;
  --muted: #545454;
  --rule: #c9c9c9;
  --stripe: #f4f6f8;
  --accent: #154273;
  --accent-soft: #e8eef5;
  --focus: #b35900;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: #fff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
}
.page { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, [tabindex]:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip, .sr-only { position: absolute; left: -999rem; width: 1px; height: 1px; overflow: hidden; }
.skip:focus { left: 1rem; top: 1rem; width: auto; height: auto; background: #fff; padding: 0.5rem 1rem; z-index: 1; }
h1, h2, h3, h4 { line-height: 1.25; color: var(--accent); margin: 2rem 0 0.75rem; overflow-wrap: break-word; }
h1 { font-size: 2.1rem; margin-top: 0.25rem; }
h2 { font-size: 1.6rem; padding-top: 1rem; border-top: 3px solid var(--accent); }
h3 { font-size: 1.25rem; }
h4 { font-size: 1.05rem; color: var(--ink); }
p, ul, ol, dl { margin: 0 0 0.9rem; }
li { margin-bottom: 0.3rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.85rem; font-weight: 600; color: var(--muted); margin: 0; }
.subtitle { font-size: 1.2rem; color: var(--muted); margin-top: -0.25rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.95rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.placeholders { border: 2px solid #D55E00; background: #fdf3ec; padding: 0.6rem 1rem; margin: 0 0 1rem; }
.mission { border-left: 4px solid var(--accent); background: var(--accent-soft); padding: 0.75rem 1rem; }
.mission p:last-child { margin-bottom: 0; }
nav.toc ol { columns: 2; column-gap: 2rem; padding-left: 2rem; }
nav.toc li { break-inside: avoid; }
.lead { font-size: 1.08rem; }
.note { color: var(--muted); font-size: 0.9rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 700; padding: 0 0 0.4rem; color: var(--ink); }
th, td { padding: 0.35rem 0.55rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); vertical-align: bottom; font-weight: 600; }
tbody tr:nth-child(even) { background: var(--stripe); }
tbody th { font-weight: 500; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.num.wrap { white-space: normal; }
td .sub, th .sub { display: block; font-size: 0.85em; color: var(--muted); white-space: normal; }
table.compact { width: auto; min-width: 18rem; }
caption.hidden-caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.figures tbody th { min-width: 11rem; }
table.kernbeleid { table-layout: fixed; }
table.kernbeleid thead th:nth-child(1) { width: 4.5rem; }
table.kernbeleid thead th:nth-child(2) { width: 48%; }
tr.depth-1 th[scope="row"] { padding-left: 1.6rem; font-weight: 400; color: #333; }
tr.group th { background: #fff; font-weight: 700; border-bottom: 1px solid var(--ink); }
.marker { color: var(--muted); font-weight: 700; margin-left: 0.15em; }
.status { display: inline-flex; align-items: baseline; max-width: 100%; gap: 0.35em; padding: 0.05rem 0.5rem; border-radius: 0.25rem; border-left: 0.3rem solid; font-size: 0.88rem; background: #f2f2f2; }
.status-achieved { border-color: #009E73; background: #e3f4ee; }
.status-ahead { border-color: #0072B2; background: #e2edf6; }
.status-indistinguishable { border-color: #5f6b7a; background: #eef0f3; }
.status-behind { border-color: #B35A00; background: #fcf1dc; }
.status-worse { border-color: #D55E00; background: #f9e6da; }
.status-not-achieved { border-color: #A0290F; background: #f6e1dc; }
.status-not-assessable { border-color: #6b6b6b; background: #ededed; }
.status-icon { font-weight: 700; }
.chips { display: flex; flex-wrap: wrap; gap: 0.4rem; padding: 0; list-style: none; }
.chips li { margin: 0; padding: 0.1rem 0.55rem; border: 1px solid var(--rule); border-radius: 1rem; font-size: 0.85rem; background: #fff; }
figure { margin: 0.5rem 0 1.5rem; }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.3rem; }
svg.chart { display: block; width: 100%; max-width: 44rem; height: auto; font-family: inherit; }
svg.chart .tick { font-size: 11px; fill: #444; }
svg.chart .point-label { font-size: 11px; fill: #222; font-weight: 600; }
svg.chart .apart-label { fill: #8a3b6b; }
svg.chart .legend text { font-size: 12px; fill: #222; }
svg.chart .bar-label { font-size: 11.5px; fill: #222; }
svg.chart .bar-value { font-size: 11.5px; fill: #222; font-weight: 600; }
svg.chart .clip-mark { font-size: 11px; fill: #fff; font-weight: 700; }
.indicator { border-top: 1px solid var(--rule); padding-top: 0.5rem; }
.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.15rem 1rem; font-size: 0.95rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; min-width: 0; overflow-wrap: break-word; }
.warnings { border-left: 4px solid #D55E00; background: #fdf3ec; padding: 0.5rem 1rem; margin: 0 0 1rem; font-size: 0.95rem; }
.warnings p { margin: 0 0 0.3rem; }
.warnings ul { margin: 0; padding-left: 1.2rem; }
table.calculation td.formula { font-variant-numeric: tabular-nums; color: #333; }
table.goals td:nth-child(4) { min-width: 8.5rem; }
.legend-list { font-size: 0.9rem; }
ul.settings { overflow-wrap: anywhere; }
.legend-list dt { font-weight: 600; }
.legend-list dd { margin: 0 0 0.4rem; }
.chart-wrap { overflow-x: auto; }
.indicator-body { display: flex; flex-direction: column; }
.indicator-body > .facts { order: -1; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; }
@media screen and (max-width: 40rem) {
  .page { padding: 1rem 0.85rem 3rem; }
  h1 { font-size: 1.65rem; }
  h2 { font-size: 1.35rem; }
  nav.toc ol { columns: 1; }
  .meta, .facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .meta dd, .facts dd { margin: 0 0 0.45rem; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards, table.cards tbody { display: block; width: 100%; }
  table.cards caption { display: block; }
  table.cards tr { display: flex; flex-direction: column; gap: 0.15rem; border: 1px solid var(--rule); border-radius: 0.3rem; margin: 0 0 0.6rem; padding: 0.45rem 0.65rem; background: #fff; }
  table.cards tbody tr:nth-child(even) { background: #fff; }
  table.cards th, table.cards td { display: block; border: 0; padding: 0; text-align: left; white-space: normal; min-width: 0; }
  table.cards tbody th[scope="row"] { order: -2; font-weight: 600; }
  table.cards td.status-cell { order: -1; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  table.cards td .sub { display: inline; }
  table.cards td .sub::before { content: " · "; }
  table.cards tr.group { border: 0; padding: 0.5rem 0 0; }
  table.cards tr.depth-1 th[scope="row"] { padding-left: 0; }
  table.kernbeleid { table-layout: auto; }
  table.figures tbody th { min-width: 8rem; position: sticky; left: 0; background: #fff; }
  .chart-wrap svg.chart { min-width: 34rem; }
}
@page { size: A4; margin: 13mm 12mm 14mm; }
@media print {
  body { font-size: 9pt; line-height: 1.32; }
  p, ul, ol, dl { margin-bottom: 0.6rem; }
  li { margin-bottom: 0.15rem; }
  .table-wrap { margin-bottom: 0.8rem; }
  table { font-size: 8pt; line-height: 1.25; }
  th, td { padding: 0.1rem 0.3rem; }
  figcaption { margin-top: 0; }
  .status { padding: 0 0.3rem; font-size: 7.5pt; }
  .page { max-width: none; padding: 0; }
  .skip, nav.toc { display: none; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; margin-top: 1.2rem; }
  h3 { font-size: 12pt; margin-top: 1rem; }
  h4 { font-size: 10.5pt; margin-top: 0.8rem; }
  h2, h3, h4, caption { break-after: avoid; }
  figure, .warnings, tr, .status, .mission, .facts dd { break-inside: avoid; }
  figure { margin: 0.3rem 0 0.8rem; }
  svg.chart { max-width: 128mm; }
  td.status-cell { width: 10.5rem; }
  .indicator { padding-top: 0.2rem; }
  .indicator-body { display: flow-root; }
  .indicator-body > figure, .indicator-body > p.note { float: right; width: 52%; margin: 0 0 0.5rem 5mm; }
  .note, figcaption, .warnings, .legend-list, .meta, .lead, .chips li { font-size: 8.5pt; }
  .indicator-body svg.chart { max-width: none; }
  .facts { font-size: 8pt; line-height: 1.3; grid-template-columns: minmax(0, 10.5em) minmax(0, 1fr); }
  svg.chart.bars { max-width: 125mm; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  tbody tr:nth-child(even) { background: none; }
  a { color: inherit; text-decoration: none; }
  p, li { orphans: 3; widows: 3; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
function renderReportHtml(evaluated) {
  const view = createReportView(evaluated);
  const { m, plan } = view;
  const parts = [
    { name: "samenvatting", title: m.sections.summary, html: summary(view) },
    { name: "hoofddoelstellingen", title: m.sections.mainGoals, html: mainGoals(view) },
    { name: "politiecijfers", title: m.sections.figures, html: figures(view) },
    {
      name: "prioriteiten",
      title: m.sections.priorities,
      html: themes(view, "prioriteiten", m.sections.priorities, plan.priorities)
    },
    {
      name: "themas",
      title: m.sections.themes,
      html: themes(view, "themas", m.sections.themes, plan.themes)
    },
    { name: "indicatoren", title: m.sections.indicators, html: indicators(view) },
    { name: "kernbeleid", title: m.sections.kernbeleid, html: kernbeleid(view) },
    { name: "partners", title: m.sections.partners, html: partners(view) },
    { name: "bronnen", title: m.sections.sources, html: sources(view) },
    { name: "verantwoording", title: m.sections.method, html: method(view) }
  ];
  const present = parts.filter((p) => p.html !== null);
  const title = `${m.reportKind}: ${plan.title}`;
  const body = h(
    "body",
    {},
    h("a", { class: "skip", href: "#inhoud" }, m.skipToContent),
    h(
      "div",
      { class: "page" },
      header(view),
      toc(
        view,
        present.map((p) => ({ name: p.name, title: p.title }))
      ),
      h(
        "main",
        { id: "inhoud" },
        present.map((p) => p.html)
      ),
      h("footer", {}, h("p", {}, m.generatedBy))
    )
  );
  return `<!doctype html>
${renderChildren(
    h(
      "html",
      { lang: view.lang },
      h(
        "head",
        {},
        h("meta", { charset: "utf-8" }),
        // Defence in depth: even a slip in escaping could not run a script or fetch anything.
        h("meta", {
          "http-equiv": "Content-Security-Policy",
          content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
        }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("meta", { name: "generator", content: "ivp" }),
        h("title", {}, title),
        h("style", {}, trustedHtml(REPORT_CSS)),
        // Text from the plan, escaped by cssString for a CSS string.
        h("style", {}, trustedHtml(pageStyle(view)))
      ),
      body
    )
  )}
`;
}
function generated(text) {
  return { md: escapeMarkdown(text) };
}
function table(header3, rows, right = /* @__PURE__ */ new Set()) {
  const cell2 = (c) => typeof c === "string" ? markdownText(c) : c.md;
  const line = (cells) => `| ${cells.map((c) => cell2(c) || " ").join(" | ")} |`;
  const align = `| ${header3.map((_, i) => right.has(i) ? "---:" : "---").join(" | ")} |`;
  return [line(header3), align, ...rows.map(line)].join("\n");
}
function heading(level, text) {
  return `${"#".repeat(level)} ${markdownText(text)}`;
}
function header2(view) {
  const { plan, m, lang } = view;
  const lines = [heading(1, plan.title)];
  if (plan.subtitle) lines.push(markdownText(plan.subtitle));
  const meta2 = [
    `**${markdownText(m.reportKind)}**`,
    `${markdownText(m.meta.municipality)}: ${markdownText(`${plan.municipality.name} (${plan.municipality.code})`)}`,
    `${markdownText(m.meta.planPeriod)}: ${plan.period.start}-${plan.period.end}`
  ];
  if (plan.adoption) {
    meta2.push(
      `${markdownText(m.meta.adopted)}: ${markdownText(`${plan.adoption.by}, ${formatDate(plan.adoption.date, lang)}`)}`
    );
  }
  lines.push(meta2.join("  \n"));
  lines.push(
    `**${markdownText(
      view.evaluated.asOf === null ? m.asOfLatest : m.asOf(formatPeriod(view.evaluated.asOf, lang, "long"))
    )}**`
  );
  lines.push(`**${markdownText(m.mission)}**`, markdownToMarkdown(plan.mission));
  return lines;
}
function summary2(view) {
  const { m, evaluated } = view;
  const c = m.columns;
  const { counts, manual } = statusCounts(view);
  const lines = [
    heading(2, m.sections.summary),
    markdownText(m.summaryIntro(assessableCount(view), evaluated.indicators.length)),
    markdownText(m.council.legendIntro),
    `**${markdownText(m.council.legendCaption)}**`,
    table(
      [c.status, m.council.meaning, c.count],
      STATUS_ORDER.map((s) => [m.status[s], m.council.statusPlain[s], String(counts.get(s) ?? 0)]),
      /* @__PURE__ */ new Set([2])
    )
  ];
  if (manual > 0) lines.push(markdownText(m.manualCount(manual)));
  lines.push(
    `**${markdownText(m.council.tableCaption)}**`,
    table(
      [c.indicator, c.latest, c.change, c.target, c.status],
      evaluated.indicators.map((i) => [
        i.label,
        latestText(view, i),
        generated(indicatorChangeText(view, i)),
        assessedTargetText(view, i),
        i.progress.status.text
      ]),
      /* @__PURE__ */ new Set([1, 3])
    )
  );
  const warnings3 = summaryWarnings(view);
  if (warnings3.length > 0) {
    lines.push(
      [
        `**${markdownText(m.indicatorFacts.warnings)}** ${markdownText(m.council.warningsIntro)}`,
        "",
        ...warnings3.map((w) => `- ${markdownText(w.label)}: ${escapeMarkdown(w.message)}`)
      ].join("\n")
    );
  }
  return lines;
}
function indicatorTable2(view, t) {
  const rows = t.rows.map((row2) => indicatorRowView(view, row2));
  const lines = [
    `**${markdownText(t.title)}**`,
    table(
      indicatorTableHeaders(view, t),
      rows.map((r, i) => {
        var _a3, _b2, _c;
        return [
          `${((_a3 = t.rows[i]) == null ? void 0 : _a3.group) ? `${(_b2 = t.rows[i]) == null ? void 0 : _b2.group}: ` : ""}${r.label}${r.differs ? " ≠" : ""}`,
          r.source,
          r.baseline,
          generated(r.target),
          r.latest,
          generated(r.change),
          generated(r.fraction),
          ((_c = r.status) == null ? void 0 : _c.text) ?? view.m.notAvailable,
          r.significance
        ];
      }),
      INDICATOR_TABLE_NUMERIC
    )
  ];
  const differing = rows.filter((r) => r.differs);
  if (differing.length > 0) {
    lines.push(
      [
        markdownText(view.m.differsLegend),
        ...differing.map((r) => `- ${markdownText(`${r.label}: ${r.differs}`)}`)
      ].join("\n")
    );
  }
  lines.push(`*${markdownText(view.m.council.significanceLegend)}*`);
  return lines;
}
function figureTable3(view, t) {
  const { m } = view;
  const title = t.number !== null ? `${m.tableWord} ${t.number}: ${t.title}` : t.title;
  let markers = false;
  const rows = t.rows.map((row2) => [
    row2.label,
    ...t.columns.map((column) => {
      const cell2 = row2.cells[column.id];
      if (cell2 === void 0) return "";
      if (!isChanceCell(cell2)) return cell2.text;
      markers = true;
      return `${cell2.text}${CHANCE_MARKER}`;
    })
  ]);
  const right = new Set(t.columns.map((_, i) => i + 1));
  const lines = [
    `**${markdownText(title)}**`,
    table([m.tableLabelColumn, ...t.columns.map((c) => c.header)], rows, right)
  ];
  const notes = [];
  if (t.source) notes.push(`${m.columns.source}: ${t.source.name}.`);
  if (t.note) notes.push(t.note);
  if (notes.length > 0) lines.push(`*${markdownText(notes.join(" "))}*`);
  if (markers) lines.push(`*${markdownText(m.council.chanceNote)}*`);
  if (t.significance)
    lines.push(
      `*${markdownText(significanceSummary(t.significance, view.lang, { named: false }))}*`
    );
  return lines;
}
function prose2(title, text) {
  return text ? [heading(4, title), markdownToMarkdown(text)] : [];
}
function themeSection2(view, theme2) {
  const { m } = view;
  const p = m.themeParts;
  const c = m.columns;
  const lines = [heading(3, themeTitle(theme2))];
  if (theme2.kernbeleid.length > 0) {
    const names = theme2.kernbeleid.map((code) => {
      const found = view.evaluated.kernbeleid.fields.flatMap((f) => f.themes).find((t) => t.code === code);
      return found ? `${code} ${found.name}` : code;
    });
    lines.push(`*${markdownText(`${m.sections.kernbeleid}: ${names.join("; ")}`)}*`);
  }
  lines.push(...prose2(p.motivation, theme2.motivation));
  lines.push(...prose2(p.evaluation, theme2.evaluation));
  lines.push(...prose2(p.goals, theme2.goals));
  const tables = indicatorTablesOf(view, theme2.id);
  if (tables.length > 0) {
    lines.push(heading(4, p.indicators));
    for (const t of tables) lines.push(...indicatorTable2(view, t));
  }
  const inTables = new Set(tables.flatMap((t) => t.rows.map((r) => r.indicator)));
  const others = theme2.indicators.filter((id) => !inTables.has(id));
  if (others.length > 0) {
    lines.push(
      heading(4, m.otherIndicators),
      others.map((id) => {
        var _a3;
        return `- ${markdownText(((_a3 = view.indicator(id)) == null ? void 0 : _a3.label) ?? id)}`;
      }).join("\n")
    );
  }
  lines.push(...prose2(p.approach, theme2.approach));
  for (const s of theme2.sections) lines.push(...prose2(s.title, s.text));
  if (theme2.actions.length > 0) {
    lines.push(
      heading(4, p.actions),
      table(
        [c.action, c.who, c.partners, c.when, c.status],
        theme2.actions.map((a) => [
          a.what,
          whoText(view, a.who),
          a.partners.map((id) => whoText(view, id)).join(", ") || m.notAvailable,
          a.when ?? m.notAvailable,
          m.actionStatus[a.status]
        ])
      )
    );
  }
  const partners2 = themePartners(theme2);
  if (partners2.length > 0) {
    lines.push(
      heading(4, p.partners),
      partners2.map((id) => `- ${markdownText(whoText(view, id))}`).join("\n")
    );
  }
  return lines;
}
function indicatorSection2(view, indicator) {
  const { m } = view;
  const c = m.columns;
  const lines = [heading(3, indicator.label)];
  if (indicator.description) lines.push(markdownToMarkdown(indicator.description));
  lines.push(
    indicatorFacts(view, indicator).map((fact) => {
      const text = fact.key === "source" || fact.key === "themes" ? markdownText(fact.text) : escapeMarkdown(fact.text);
      return `- **${markdownText(fact.label)}:** ${text}`;
    }).join("\n")
  );
  const warnings3 = indicator.progress.warnings;
  if (warnings3.length > 0) {
    lines.push(
      [
        `**${markdownText(m.indicatorFacts.warnings)}**`,
        "",
        ...warnings3.map((w) => `- ${escapeMarkdown(w.message)}`)
      ].join("\n")
    );
  }
  if (calculationRows(view, indicator).length > 0)
    lines.push(markdownText(m.appendix.calculationLink));
  const numbers = chartNumbers(view, indicator);
  if (numbers.length > 0) {
    lines.push(
      table(
        [c.what, c.period, c.value, c.origin],
        numbers.map((r) => [r.what, r.period, generated(r.value), r.origin]),
        /* @__PURE__ */ new Set([2])
      )
    );
  }
  return lines;
}
function kernbeleid2(view) {
  const { m } = view;
  const c = m.columns;
  const coverage = view.evaluated.kernbeleid;
  const covered = coverage.fields.flatMap((f) => f.themes).filter((t) => t.coveredBy.length > 0);
  const fields = coverage.fields.filter((f) => f.themes.some((t) => t.coveredBy.length > 0));
  const total = coverage.fields.reduce((n, f) => n + f.themes.length, 0);
  const titleOf = (id) => {
    const t = view.theme(id);
    return t ? themeTitle(t) : id;
  };
  const lines = [
    heading(2, m.sections.kernbeleid),
    markdownText(m.kernbeleidIntro(fields.length, covered.length, total)),
    table(
      [c.code, c.kernbeleidTheme, c.coveredBy],
      coverage.fields.flatMap((field2) => [
        [field2.code, field2.name, ""],
        ...field2.themes.map((t) => [
          t.code,
          t.name,
          t.coveredBy.map(titleOf).join("; ") || m.notCovered
        ])
      ])
    )
  ];
  if (coverage.unknownCodes.length > 0) {
    lines.push(
      `**${markdownText(m.unknownCodes)}**`,
      coverage.unknownCodes.map((u) => `- ${markdownText(`${u.code}: ${u.usedBy.map(titleOf).join("; ")}`)}`).join("\n")
    );
  }
  return lines;
}
function partnersAndSources(view) {
  const { m, plan } = view;
  const c = m.columns;
  const all = [...plan.priorities, ...plan.themes];
  const lines = [heading(2, m.sections.partners)];
  lines.push(
    plan.partners.length > 0 ? table(
      [c.name, c.description, c.theme],
      plan.partners.map((p) => [
        p.name,
        p.description ?? m.notAvailable,
        all.filter((t) => themePartners(t).includes(p.id)).map(themeTitle).join("; ") || m.notAvailable
      ])
    ) : markdownText(m.none)
  );
  lines.push(heading(2, m.sections.sources));
  lines.push(
    plan.sources.length > 0 ? table(
      [c.name, c.kind, c.description, m.indicatorsOfSource],
      plan.sources.map((s) => [
        s.name,
        m.sourceKind[s.kind],
        s.description ?? m.notAvailable,
        view.evaluated.indicators.filter((i) => {
          var _a3;
          return ((_a3 = i.source) == null ? void 0 : _a3.id) === s.id;
        }).map((i) => i.label).join("; ") || m.notAvailable
      ])
    ) : markdownText(m.none)
  );
  if (plan.references.length > 0) {
    lines.push(
      `**${markdownText(m.references)}**`,
      plan.references.map((r) => `- ${markdownText(r.title)}`).join("\n")
    );
  }
  return lines;
}
function method2(view) {
  var _a3;
  const { m, evaluated } = view;
  const c = m.columns;
  const preference = ((_a3 = view.plan.conventions) == null ? void 0 : _a3.targetPreference) ?? "stated-value";
  const correction = correctionLegend(evaluated.correction, view.lang);
  const lines = [
    heading(2, m.sections.method),
    ...m.methodText.map(markdownText),
    markdownText(statusLegend(view.lang)),
    STATUS_ORDER.map(
      (s) => `- **${markdownText(m.status[s])}:** ${markdownText(m.statusHelp[s])}`
    ).join("\n"),
    markdownText(m.progress.significanceLegend),
    ...correction ? [markdownText(correction)] : [],
    markdownText(m.chanceNote),
    heading(3, m.appendix.settings),
    [
      m.appendix.targetPreference(
        "conventions.targetPreference",
        preference,
        m.targetPreference[preference]
      ),
      m.appendix.correctionSetting(
        "conventions.multipleComparisons",
        m.progress.correctionMethod[evaluated.correction.method]
      )
    ].map((text) => `- ${escapeMarkdown(text)}`).join("\n")
  ];
  const tests2 = evaluated.indicators.flatMap((i) => {
    const detail = testDetail(view, i);
    return detail === null ? [] : [[i.label, generated(detail)]];
  });
  if (tests2.length > 0) {
    lines.push(heading(3, m.appendix.tests), table([c.indicator, c.calculation], tests2));
  }
  const calculations = evaluated.indicators.filter((i) => calculationRows(view, i).length > 0);
  if (calculations.length > 0) lines.push(heading(3, m.appendix.calculations));
  for (const indicator of calculations) {
    lines.push(
      `**${markdownText(`${m.indicatorFacts.components}: ${indicator.label}`)}**`,
      table(
        [c.component, c.calculation, c.outcome],
        calculationRows(view, indicator).map((r) => [
          r.component,
          generated(r.formula),
          generated(r.outcome)
        ]),
        /* @__PURE__ */ new Set([2])
      )
    );
  }
  return lines;
}
function renderReportMarkdown(evaluated) {
  const view = createReportView(evaluated);
  const { m, plan } = view;
  const blocks = [...header2(view), ...summary2(view)];
  const goals = indicatorTablesOf(view, null);
  if (goals.length > 0) {
    blocks.push(heading(2, m.sections.mainGoals));
    for (const t of goals) blocks.push(...indicatorTable2(view, t));
  }
  if (evaluated.tables.length > 0) {
    blocks.push(heading(2, m.sections.figures));
    for (const t of evaluated.tables) blocks.push(...figureTable3(view, t));
  }
  if (plan.priorities.length > 0) {
    blocks.push(heading(2, m.sections.priorities));
    for (const t of plan.priorities) blocks.push(...themeSection2(view, t));
  }
  if (plan.themes.length > 0) {
    blocks.push(heading(2, m.sections.themes));
    for (const t of plan.themes) blocks.push(...themeSection2(view, t));
  }
  if (evaluated.indicators.length > 0) {
    blocks.push(heading(2, m.sections.indicators));
    for (const i of evaluated.indicators) blocks.push(...indicatorSection2(view, i));
  }
  blocks.push(...kernbeleid2(view), ...partnersAndSources(view), ...method2(view));
  blocks.push(`*${markdownText(m.generatedBy)}*`);
  return `${blocks.join("\n\n")}
`;
}
function capitalised(lang) {
  const words = messagesFor(lang).status;
  return Object.fromEntries(
    Object.entries(words).map(([status, word]) => [
      status,
      word.charAt(0).toUpperCase() + word.slice(1)
    ])
  );
}
({
  status: capitalised("nl"),
  // The report's own words: one vocabulary in every output.
  short: messagesFor("nl").status
});
({
  status: capitalised("en"),
  short: messagesFor("en").status
});
new Map(STATUS_ORDER.map((status, i) => [status, i]));
function renderReportJson(evaluated) {
  return `${JSON.stringify(evaluated, null, 2)}
`;
}
function renderReport(evaluated, format) {
  switch (format) {
    case "html":
      return renderReportHtml(evaluated);
    case "md":
      return renderReportMarkdown(evaluated);
    case "json":
      return renderReportJson(evaluated);
  }
}
function previousColumn(indicator, lang) {
  var _a3;
  const previous = indicator.previousChange;
  if (previous && previous.from.period === ((_a3 = indicator.comparison) == null ? void 0 : _a3.from.period)) {
    return messagesFor(lang).statusText.sameAsChange;
  }
  return previousChangeText(indicator, lang) ?? "-";
}
function row(indicator, lang) {
  var _a3, _b2;
  const { baseline, latest, unit } = indicator;
  return [
    indicator.id,
    baseline ? valueWithPeriod(baseline.value, baseline.period, unit, lang) : "-",
    targetText(indicator, lang) ?? "-",
    latest ? figureWithPeriod(latest, unit, lang) : "-",
    changeText(indicator, lang) ?? "-",
    previousColumn(indicator, lang),
    fractionText(indicator, lang) ?? "-",
    indicator.status.text,
    significanceText(
      indicator.significance,
      lang,
      (_b2 = (_a3 = indicator.verdict) == null ? void 0 : _a3.versusBaseline) == null ? void 0 : _b2.adjustedPValue
    ) ?? "-"
  ];
}
function renderStatusText(status) {
  var _a3;
  const { lang } = status;
  const m = messagesFor(lang);
  const table2 = [m.statusText.headers, ...status.indicators.map((i) => row(i, lang))];
  const widths = m.statusText.headers.map(
    (_, c) => Math.max(...table2.map((r) => (r[c] ?? "").length))
  );
  const lines = table2.map(
    (r) => r.map((cell2, c) => c === r.length - 1 ? cell2 : cell2.padEnd(widths[c] ?? 0)).join("  ").trimEnd()
  );
  const notes = [];
  for (const indicator of status.indicators) {
    if ((_a3 = indicator.target) == null ? void 0 : _a3.illustrative)
      notes.push(`${indicator.id}: ${m.progress.illustrativeTarget}.`);
    const note = comparisonNote(indicator, lang);
    if (note) notes.push(`${indicator.id}: ${note}`);
    const verdict = verdictNote(indicator, lang);
    if (verdict) notes.push(`${indicator.id}: ${verdict}`);
    const trend = trendNote(indicator, lang);
    if (trend) notes.push(`${indicator.id}: ${trend}`);
    const rate = rateNote(indicator, lang);
    if (rate) notes.push(`${indicator.id}: ${rate}`);
    for (const warning of indicator.warnings) notes.push(`${indicator.id}: ${warning.message}`);
    const override = indicator.status.override;
    if (override) {
      notes.push(
        `${indicator.id}: ${m.progress.manualStatus} (${m.status[override.status]}): ${override.reason}`
      );
    }
  }
  const asOf = status.asOf ? m.asOf(formatPeriod(status.asOf, lang)) : m.asOfLatest;
  return [
    `${m.statusText.title}: ${status.plan.title}`,
    asOf,
    "",
    ...lines,
    "",
    ...notes.length > 0 ? [`${m.statusText.notes}:`, ...notes.map((n, i) => `${i + 1}. ${n}`), ""] : [],
    statusLegend(lang),
    ...[correctionLegend(status.correction, lang)].filter((l) => l !== null),
    m.progress.significanceLegend,
    m.progress.everyComponent,
    ""
  ].join("\n");
}
function attempt(compute) {
  try {
    return compute();
  } catch (error2) {
    return { error: error2 instanceof Error ? error2.message : String(error2) };
  }
}
async function checkPlan(files, options = {}) {
  const loaded = await loadPlanFromFiles(files);
  if (!loaded.success) {
    const count2 = (s) => loaded.issues.filter((i) => i.severity === s).length;
    return {
      lang: options.lang ?? "nl",
      issues: loaded.issues,
      findings: [],
      counts: {
        errors: count2("error"),
        warnings: count2("warning"),
        infos: count2("info"),
        acknowledged: 0
      },
      valid: count2("error") === 0,
      tables: []
    };
  }
  const lang = options.lang ?? loaded.plan.language;
  const findings = locateFindings(
    lintPlan(loaded.plan, { observations: loaded.observations }),
    loaded,
    lang
  );
  const count = (s) => findings.filter((f) => f.severity === s).length;
  const acknowledged = findings.filter(
    (f) => f.severity === "error" && f.acknowledged !== void 0
  ).length;
  const counts = {
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    acknowledged
  };
  const base = { lang, issues: [], findings, counts, valid: counts.errors - acknowledged === 0 };
  if (options.results === false) return { ...base, tables: [] };
  const { plan, observations } = loaded;
  const index = new ObservationIndex(observations);
  const tables = plan.tables.map((t) => {
    const result = attempt(() => ({
      table: tableToJson(evaluateTable(plan, t.id, { lang, index }))
    }));
    return "error" in result ? { id: t.id, error: result.error } : result;
  });
  const status = attempt(() => ({
    text: renderStatusText(evaluateStatus(plan, { observations, lang }))
  }));
  const report2 = attempt(() => ({
    html: renderReport(evaluatePlan(plan, { observations, lang }), "html")
  }));
  return { ...base, tables, status, report: report2 };
}
const DEBOUNCE_MS = 300;
const _sfc_main = /* @__PURE__ */ defineComponent({
  __name: "IvpPlayground",
  __ssrInlineRender: true,
  setup(__props) {
    const editorHost = ref();
    const files = shallowRef(/* @__PURE__ */ new Map());
    const current = ref("plan.yaml");
    const example = ref("");
    const langChoice = ref("plan");
    const result = shallowRef();
    const notice = ref("");
    const busy = ref(false);
    const dragging = ref(false);
    let editor;
    let timer;
    let sequence = 0;
    const problems = computed(() => result.value ? problemsOf(result.value) : []);
    const summary3 = computed(() => {
      const r = result.value;
      if (!r) return "";
      const c = r.counts;
      const what = r.issues.length > 0 ? "the plan does not load" : r.valid ? "valid" : "not valid";
      const ack = c.acknowledged > 0 ? ` (${c.acknowledged} acknowledged)` : "";
      return `${what}: ${c.errors} error${c.errors === 1 ? "" : "s"}${ack}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}, ${c.infos} info${c.infos === 1 ? "" : "s"}`;
    });
    const reportHtml = computed(() => {
      var _a3;
      const report2 = (_a3 = result.value) == null ? void 0 : _a3.report;
      return report2 && "html" in report2 ? report2.html : "";
    });
    async function run() {
      const mine = ++sequence;
      busy.value = true;
      const checked = await checkPlan(new Map(files.value), {
        ...langChoice.value !== "plan" && { lang: langChoice.value }
      });
      if (mine !== sequence) return;
      result.value = checked;
      busy.value = false;
      editor == null ? void 0 : editor.mark(problemsOf(checked));
    }
    function schedule() {
      if (timer !== void 0) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = void 0;
        void run();
      }, DEBOUNCE_MS);
    }
    function show(next, first = "plan.yaml") {
      files.value = next;
      current.value = next.has(first) ? first : [...next.keys()][0] ?? "plan.yaml";
      editor == null ? void 0 : editor.open(current.value, next.get(current.value) ?? "");
      void run();
    }
    async function openExample(name) {
      const loaded = await loadExample(name);
      if (!loaded) {
        notice.value = `There is no example "${name}"; the examples are ${EXAMPLES.map((e) => e.name).join(", ")}.`;
        return;
      }
      example.value = name;
      notice.value = `Opened the example ${name}.`;
      const url2 = new URL(window.location.href);
      url2.searchParams.set("example", name);
      window.history.replaceState(window.history.state, "", url2);
      show(loaded);
    }
    function cellClass(cell2) {
      return cell2.kind === "change" && cell2.matchesPrinted === false ? "differs" : "";
    }
    onMounted(() => {
      if (!editorHost.value) return;
      editor = createEditor(editorHost.value, (file, text) => {
        const next = new Map(files.value);
        next.set(file, text);
        files.value = next;
        schedule();
      });
      const asked = new URLSearchParams(window.location.search).get("example");
      void openExample(asked ?? DEFAULT_EXAMPLE);
    });
    onBeforeUnmount(() => {
      if (timer !== void 0) clearTimeout(timer);
      editor == null ? void 0 : editor.destroy();
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a3, _b2, _c, _d;
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["ivp-playground", { dragging: dragging.value }]
      }, _attrs))} data-v-db4d9c38><p class="privacy" role="note" data-v-db4d9c38> Everything stays in your browser: your plan and data are read, checked and rendered in this page, and nothing is sent anywhere. Alles blijft in uw browser. </p><div class="toolbar" data-v-db4d9c38><label data-v-db4d9c38> Example <select data-test="example"${ssrRenderAttr("value", example.value)} data-v-db4d9c38><option value="" disabled data-v-db4d9c38>your own files</option><!--[-->`);
      ssrRenderList(unref(EXAMPLES), (e) => {
        _push(`<option${ssrRenderAttr("value", e.name)} data-v-db4d9c38>${ssrInterpolate(e.title)}</option>`);
      });
      _push(`<!--]--></select></label><label class="file" data-v-db4d9c38> Open files (plan.yaml, data CSV, StatLine CSV) <input data-test="files" type="file" multiple accept=".yaml,.yml,.csv,text/csv" data-v-db4d9c38></label><label class="file" data-v-db4d9c38> Open a plan folder <input data-test="folder" type="file" webkitdirectory data-v-db4d9c38></label><label data-v-db4d9c38> Messages <select data-test="lang"${ssrRenderAttr("value", langChoice.value)} data-v-db4d9c38><option value="plan" data-v-db4d9c38>in the plan&#39;s language</option><option value="nl" data-v-db4d9c38>Nederlands</option><option value="en" data-v-db4d9c38>English</option></select></label></div><p class="drop-hint" data-v-db4d9c38>Or drop a plan folder, its files or a StatLine CSV export anywhere here.</p><p class="notice" role="status" aria-live="polite" data-test="notice" data-v-db4d9c38>${ssrInterpolate(notice.value)}</p><div class="panes" data-v-db4d9c38><section class="edit" aria-labelledby="ivp-pg-edit" data-v-db4d9c38><h2 id="ivp-pg-edit" data-v-db4d9c38>Plan</h2><label data-v-db4d9c38> File <select data-test="file"${ssrRenderAttr("value", current.value)} data-v-db4d9c38><!--[-->`);
      ssrRenderList(files.value.keys(), (path) => {
        _push(`<option${ssrRenderAttr("value", path)} data-v-db4d9c38>${ssrInterpolate(path)}</option>`);
      });
      _push(`<!--]--></select></label><div class="editor" data-test="editor" data-v-db4d9c38></div><div class="downloads" data-v-db4d9c38><span data-v-db4d9c38>Download:</span><!--[-->`);
      ssrRenderList(files.value.keys(), (path) => {
        _push(`<button type="button" data-v-db4d9c38>${ssrInterpolate(path)}</button>`);
      });
      _push(`<!--]--><button type="button"${ssrIncludeBooleanAttr(!reportHtml.value) ? " disabled" : ""} data-v-db4d9c38>rapport.html</button></div></section><section class="results" aria-labelledby="ivp-pg-findings" data-v-db4d9c38><h2 id="ivp-pg-findings" data-v-db4d9c38>Findings</h2><p data-test="summary" aria-live="polite" data-v-db4d9c38>${ssrInterpolate(busy.value ? "checking..." : summary3.value)}</p><ol class="findings" data-test="findings" data-v-db4d9c38><!--[-->`);
      ssrRenderList(problems.value, (p, i) => {
        _push(`<li class="${ssrRenderClass(p.severity)}" data-v-db4d9c38><button type="button" data-test="finding"${ssrRenderAttr("data-rule", unref(ruleOf)(p))}${ssrRenderAttr("data-line", p.line)}${ssrRenderAttr("data-column", p.column)} data-v-db4d9c38><span class="place" data-v-db4d9c38>${ssrInterpolate(p.file)}:${ssrInterpolate(p.line ?? 1)}:${ssrInterpolate(p.column ?? 1)}</span><span class="severity" data-v-db4d9c38>${ssrInterpolate(p.severity)}</span><code class="rule" data-v-db4d9c38>${ssrInterpolate(unref(ruleOf)(p))}</code><span class="message" data-v-db4d9c38>${ssrInterpolate(p.message)}</span>`);
        if (unref(fixOf)(p)) {
          _push(`<span class="fix" data-v-db4d9c38>fix: ${ssrInterpolate(unref(fixOf)(p))}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (p.kind === "finding" && p.acknowledged !== void 0) {
          _push(`<span class="ack" data-v-db4d9c38> acknowledged: ${ssrInterpolate(p.acknowledged)}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</button></li>`);
      });
      _push(`<!--]--></ol><h2 data-v-db4d9c38>Tables</h2><!--[-->`);
      ssrRenderList(((_a3 = result.value) == null ? void 0 : _a3.tables) ?? [], (t) => {
        _push(`<div class="table" data-test="table" role="region" tabindex="0"${ssrRenderAttr("aria-label", "table" in t ? t.table.title : t.id)} data-v-db4d9c38>`);
        if ("table" in t) {
          _push(`<table${ssrRenderAttr("data-table", t.table.id)} data-v-db4d9c38><caption data-v-db4d9c38>${ssrInterpolate(t.table.number !== null ? `Tabel ${t.table.number}: ` : "")}${ssrInterpolate(t.table.title)}</caption><thead data-v-db4d9c38><tr data-v-db4d9c38><th scope="col" data-v-db4d9c38>${ssrInterpolate(t.table.area)}</th><!--[-->`);
          ssrRenderList(t.table.columns, (c) => {
            _push(`<th scope="col" data-v-db4d9c38>${ssrInterpolate(c.header)}</th>`);
          });
          _push(`<!--]--></tr></thead><tbody data-v-db4d9c38><!--[-->`);
          ssrRenderList(t.table.rows, (row2) => {
            _push(`<tr data-v-db4d9c38><th scope="row" style="${ssrRenderStyle({ paddingLeft: `${0.5 + row2.depth}em` })}" data-v-db4d9c38>${ssrInterpolate(row2.label)}</th><!--[-->`);
            ssrRenderList(t.table.columns, (c) => {
              var _a4;
              _push(`<td class="${ssrRenderClass(cellClass(row2.cells[c.id] ?? { kind: "value" }))}"${ssrRenderAttr("data-column", c.id)} data-v-db4d9c38>${ssrInterpolate(((_a4 = row2.cells[c.id]) == null ? void 0 : _a4.text) ?? "")}</td>`);
            });
            _push(`<!--]--></tr>`);
          });
          _push(`<!--]--></tbody></table>`);
        } else {
          _push(`<p class="error" data-v-db4d9c38>${ssrInterpolate(t.id)}: ${ssrInterpolate(t.error)}</p>`);
        }
        _push(`</div>`);
      });
      _push(`<!--]--><h2 data-v-db4d9c38>Status</h2>`);
      if (((_b2 = result.value) == null ? void 0 : _b2.status) && "text" in result.value.status) {
        _push(`<pre class="status" data-test="status" tabindex="0" data-v-db4d9c38>${ssrInterpolate(result.value.status.text)}</pre>`);
      } else if ((_c = result.value) == null ? void 0 : _c.status) {
        _push(`<p class="error" data-v-db4d9c38>${ssrInterpolate(result.value.status.error)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<h2 data-v-db4d9c38>Report</h2>`);
      if (((_d = result.value) == null ? void 0 : _d.report) && "error" in result.value.report) {
        _push(`<p class="error" data-v-db4d9c38>${ssrInterpolate(result.value.report.error)}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (reportHtml.value) {
        _push(`<iframe class="report" data-test="report" title="The monitoring report, as ivp report writes it" sandbox=""${ssrRenderAttr("srcdoc", reportHtml.value)} data-v-db4d9c38></iframe>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</section></div></div>`);
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/playground/IvpPlayground.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IvpPlayground = /* @__PURE__ */ _export_sfc(_sfc_main, [["__scopeId", "data-v-db4d9c38"]]);
export {
  IvpPlayground as default
};
