/**
 * A slug for an id, a file name or a heading anchor: lower case, letters a-z,
 * digits and single hyphens; accents dropped (`Súdwest-Fryslân` gives
 * `sudwest-fryslan`). Empty when the text has no letter or digit.
 *
 * @example
 * slugify("Veilige woon- en leefomgeving") //=> "veilige-woon-en-leefomgeving"
 * slugify("Laren (NH.)") //=> "laren-nh"
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
