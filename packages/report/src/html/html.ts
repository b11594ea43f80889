import { htmlText } from "../escape.ts";

/**
 * Markup that is safe to emit as is: built by {@link h} from escaped text, or
 * a fixed string of this package. Plan strings never become `Html` without
 * passing through {@link htmlText}.
 */
export class Html {
  readonly value: string;

  /** @internal Use {@link h}, or {@link trustedHtml} for this package's own fixed markup. */
  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/** A child of an element: markup, text (escaped), a number, nothing, or a list of those. */
export type HtmlChild = Html | string | number | null | undefined | false | readonly HtmlChild[];

/** Attribute values; `false`, `null` and `undefined` leave the attribute out, `true` writes it bare. */
export type HtmlAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

const VOID = new Set(["br", "col", "hr", "img", "meta", "link", "wbr"]);

/**
 * Fixed markup of this package (CSS, a doctype). Never call it with text from a plan.
 *
 * @example
 * trustedHtml("<!doctype html>").value //=> "<!doctype html>"
 */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}

/**
 * Writes children as markup: text and numbers are escaped, markup is kept.
 *
 * @example
 * renderChildren(["a < b", h("b", {}, "c")]) //=> "a &lt; b<b>c</b>"
 */
export function renderChildren(children: HtmlChild): string {
  if (children === null || children === undefined || children === false) return "";
  if (children instanceof Html) return children.value;
  if (typeof children === "string") return htmlText(children);
  // A number prints as digits, ".", "-", "e", "+", "Infinity" or "NaN": nothing to escape.
  if (typeof children === "number") return String(children);
  // A loop that appends (V8 joins the strings lazily); map + join made an
  // array for every list of children, and a bulk run renders many.
  let markup = "";
  for (let i = 0; i < children.length; i++) markup += renderChildren(children[i] as HtmlChild);
  return markup;
}

/**
 * The attributes of an element as markup, each value escaped (a number
 * needs none); `false`, `null` and `undefined` leave an attribute out, `true`
 * writes it bare.
 */
function attributeMarkup(attributes: HtmlAttributes): string {
  let markup = "";
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    if (value === false || value === null || value === undefined) continue;
    if (value === true) markup += ` ${name}`;
    else markup += ` ${name}="${typeof value === "number" ? String(value) : htmlText(value)}"`;
  }
  return markup;
}

/** An element from its attributes as markup ({@link attributeMarkup}) and its children. */
function element(tag: string, attributes: string, children: readonly HtmlChild[]): Html {
  if (VOID.has(tag)) return new Html(`<${tag}${attributes}>`);
  let markup = `<${tag}${attributes}>`;
  for (let i = 0; i < children.length; i++) markup += renderChildren(children[i] as HtmlChild);
  return new Html(`${markup}</${tag}>`);
}

/**
 * An element. Tag and attribute names are this package's constants; every
 * attribute value and every text child is escaped, so text from a plan
 * (`<script>alert(1)</script>`) always shows as text.
 *
 * The element is written as a string at once: an {@link Html} holds its
 * markup, never a tree of nodes to be written later.
 *
 * @param tag - the element name
 * @param attributes - attribute values (escaped)
 * @param children - content (text is escaped)
 * @returns the element as markup
 * @example
 * h("td", { class: "num" }, "<b>").value //=> '<td class="num">&lt;b&gt;</td>'
 */
export function h(tag: string, attributes: HtmlAttributes = {}, ...children: HtmlChild[]): Html {
  return element(tag, attributeMarkup(attributes), children);
}

/**
 * {@link h} with one more attribute after `attributes` (unless `attributes`
 * has it, which then keeps its place and takes the value): what
 * `h(tag, { ...attributes, [name]: value }, ...children)` writes, without
 * copying the attributes into a new object for every element.
 *
 * @example
 * hWith("td", { class: "num" }, "data-label", "Jaar", "2017").value //=> '<td class="num" data-label="Jaar">2017</td>'
 */
export function hWith(
  tag: string,
  attributes: HtmlAttributes,
  name: string,
  value: string,
  ...children: HtmlChild[]
): Html {
  if (Object.hasOwn(attributes, name))
    return element(tag, attributeMarkup({ ...attributes, [name]: value }), children);
  return element(tag, `${attributeMarkup(attributes)} ${name}="${htmlText(value)}"`, children);
}

/**
 * Markup written as a template literal, for the report's hot paths: the
 * template's own text is this package's markup (constants in its source),
 * and every value put into it is written as {@link renderChildren} writes a
 * child: text escaped, numbers as they print, markup kept, lists flattened,
 * `null`, `undefined` and `false` nothing. Inside an attribute's quotes a
 * value is always text: `htmlText` escapes both quote characters, as {@link h}
 * does for attribute values, and markup ({@link Html}) is escaped there too
 * rather than kept, so no value can end the attribute or open an element
 * ({@link quotedValues}). Text from a plan can enter only as a value, so it
 * is escaped by construction. It writes what the same elements written with
 * {@link h} would, without an object of attributes and an array of children
 * per element, and without walking the attributes (a bulk run writes some
 * 350,000 elements).
 *
 * @example
 * html`<td class="num" data-label="${'a "b"'}">${"<b>"}</td>`.value //=> '<td class="num" data-label="a &quot;b&quot;">&lt;b&gt;</td>'
 */
export function html(strings: TemplateStringsArray, ...values: HtmlChild[]): Html {
  const quoted = quotedValues(strings);
  let markup = strings[0] as string;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as HtmlChild;
    markup +=
      (quoted[i] ? attributeText(value) : renderChildren(value)) + (strings[i + 1] as string);
  }
  return new Html(markup);
}

/** Which values of each template (one per place in the source) stand inside an attribute's quotes. */
const QUOTED = new WeakMap<TemplateStringsArray, readonly boolean[]>();

/**
 * For each value of a template of {@link html}, whether it stands inside an
 * attribute's quotes (`title="${value}"`), from the template's own text: the
 * values cannot change that, since text is escaped and markup is whole
 * elements. Worked out once per template.
 */
function quotedValues(strings: TemplateStringsArray): readonly boolean[] {
  let quoted = QUOTED.get(strings);
  if (quoted === undefined) {
    const found: boolean[] = [];
    let inTag = false;
    let quote = 0;
    for (let i = 0; i < strings.length - 1; i++) {
      const text = strings[i] as string;
      for (let k = 0; k < text.length; k++) {
        const c = text.charCodeAt(k);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (inTag) {
          if (c === 34 || c === 39) quote = c;
          else if (c === 62) inTag = false;
        } else if (c === 60) {
          // A tag opens with a name or "/"; "a < b" in text and "<!--" open none.
          const next = text.charCodeAt(k + 1) | 32;
          inTag = (next >= 97 && next <= 122) || text.charCodeAt(k + 1) === 47;
        }
      }
      found.push(quote !== 0);
    }
    quoted = found;
    QUOTED.set(strings, quoted);
  }
  return quoted;
}

/** A value inside an attribute's quotes: always text, markup included (escaped, never kept). */
function attributeText(value: HtmlChild): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return htmlText(value.value);
  if (typeof value === "string") return htmlText(value);
  if (typeof value === "number") return String(value);
  let text = "";
  for (let i = 0; i < value.length; i++) text += attributeText(value[i] as HtmlChild);
  return text;
}

const EMPTY = new Html("");

/**
 * An attribute for {@link html} whose value may be absent: ` name="value"`
 * (the value escaped), or nothing for `null`, `undefined` and `false`, as
 * {@link h} leaves such an attribute out.
 *
 * @example
 * html`<tr${attribute("class", undefined)}>`.value //=> "<tr>"
 * html`<tr${attribute("class", "depth-1")}>`.value //=> '<tr class="depth-1">'
 */
export function attribute(name: string, value: string | number | null | undefined | false): Html {
  if (value === null || value === undefined || value === false) return EMPTY;
  return new Html(` ${name}="${typeof value === "number" ? String(value) : htmlText(value)}"`);
}
