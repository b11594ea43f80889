/**
 * A CSS string literal for text from a plan, for the print stylesheet's running
 * header (`@top-left { content: "…" }`). Hand-written because no CSS library is a
 * dependency of this package and the rule is short (CSS Syntax Level 3, 4.3.5):
 * every character that could end the string, the declaration or the `<style>`
 * element (`"`, `\`, line breaks, `<`, `>`, `&`) and every control character is
 * written as a hexadecimal escape followed by a space, so no plan text can add a
 * rule or close the element.
 *
 * @example
 * cssString('Laren "2019"') //=> '"Laren \\22 2019\\22 "'
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const unsafe = code < 0x20 || code === 0x7f || '"\\<>&'.includes(char);
    out += unsafe ? `\\${code.toString(16)} ` : char;
  }
  return `${out}"`;
}
