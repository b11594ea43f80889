import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "./slugify.ts";

describe("slugify", () => {
  it("keeps letters and digits, lower case, joined by single hyphens", () => {
    expect(slugify("Veilige woon- en leefomgeving")).toBe("veilige-woon-en-leefomgeving");
    expect(slugify("Laren (NH.)")).toBe("laren-nh");
    expect(slugify("Súdwest-Fryslân")).toBe("sudwest-fryslan");
    expect(slugify("'s-Hertogenbosch")).toBe("s-hertogenbosch");
    expect(slugify("ﬁetsdiefstal 2017")).toBe("fietsdiefstal-2017");
    expect(slugify("Één – twee!")).toBe("een-twee");
    expect(slugify("  --  ")).toBe("");
  });

  it("always gives a slug, and a slug stays the same", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });
});
