import { importError } from "../messages/say.ts";
import type { SyntheticNation } from "./synthetic-nation.ts";

/** Options of {@link syntheticODataPages}. */
export interface SyntheticODataOptions {
  /** Rows per page; the CBS OData API sends at most 10,000. Default 10,000. */
  readonly pageSize?: number;
  /** The file name of page `n` (1-based). Default `47013NED-synthetisch-0001.json`. */
  readonly pageName?: (page: number) => string;
  /**
   * The `odata.nextLink` of the page after `page`. Default: the next page's
   * file name, which `readSourceFile` resolves next to the page that links to it.
   */
  readonly nextLink?: (nextPage: number, skip: number) => string;
  /**
   * Writes the whole table this many times over, one copy after the other
   * (IDs go on counting). Not a layout the API sends: a file `repeat` times as
   * long with the same municipalities, crime types and months, to show that a
   * reader's memory does not grow with the number of rows. Default 1.
   */
  readonly repeat?: number;
}

/** One page of a synthetic OData download: its file name, its rows, and its text in pieces. */
export interface SyntheticODataPage {
  readonly name: string;
  readonly rows: number;
  readonly chunks: Iterable<string>;
}

const METADATA =
  "https://dataderden.cbs.nl/ODataApi/OData/47013NED/$metadata#Cbs.OData.WebAPI.TypedDataSet";

/** What share of registered crimes is reported (aangiften), and how much of that online. */
const REPORTED: Readonly<Record<string, readonly [number, number]>> = {
  "0.0.0": [0.68, 0.27],
  "1.1.1": [0.93, 0.05],
  "1.2.1": [0.88, 0.55],
  "1.2.3": [0.9, 0.62],
  "1.4.5": [0.66, 0],
  "1.4.6": [0.85, 0],
  "1.4.7": [0.95, 0],
  "2.2.1": [0.72, 0.3],
  "2.5.2": [0.7, 0.02],
};

/** The default page file name: `47013NED-synthetisch-0001.json`. */
function defaultPageName(page: number): string {
  return `47013NED-synthetisch-${String(page).padStart(4, "0")}.json`;
}

/**
 * The synthetic data set as CBS OData v3 `TypedDataSet` pages of police table
 * 47013NED, byte for byte in the API's layout: `odata.metadata`, rows with
 * `ID`, the space-padded keys `SoortMisdrijf` (`"1.1.1   "`) and `RegioS`
 * (`"GM0417    "`), `Perioden` (`2023MM01`), `GeregistreerdeMisdrijven_1`,
 * `Aangiften_2`, `Internetaangiften_3` (`null` when missing), and
 * `odata.nextLink` on every page but the last. Rows come in the API's order:
 * crime type, then region (the country `NL01` first), then period, so a
 * municipality's figures are spread over the whole download. The text is
 * produced as it is consumed (a page at a time, in pieces of 200 rows).
 *
 * @param nation - the data set (see `createSyntheticNation`)
 * @param options - page size and names
 * @returns the pages, in order
 * @example
 * const [first] = syntheticODataPages(createSyntheticNation({ seed: 1, municipalities: 2, years: 1 }), { pageSize: 10 });
 * first.name //=> "47013NED-synthetisch-0001.json"
 * [...first.chunks].join("").split("\n")[3] //=> '      "ID":0,"SoortMisdrijf":"0.0.0   ","RegioS":"NL01      ","Perioden":"2014MM01",...'
 */
export function* syntheticODataPages(
  nation: SyntheticNation,
  options: SyntheticODataOptions = {},
): Generator<SyntheticODataPage> {
  const pageSize = options.pageSize ?? 10_000;
  if (!(Number.isInteger(pageSize) && pageSize > 0))
    throw importError("invalid-number", "synthetic/page-size", {});
  const pageName = options.pageName ?? defaultPageName;
  const nextLink = options.nextLink ?? ((next: number) => pageName(next));
  const regions = nation.municipalities.length + 1;
  const months = nation.years * 12;
  const repeat = options.repeat ?? 1;
  if (!(Number.isInteger(repeat) && repeat > 0))
    throw importError("invalid-number", "synthetic/repeat", {});
  const table = nation.crimeTypes.length * regions * months;
  const total = table * repeat;
  const pages = Math.ceil(total / pageSize);

  const row = (id: number): string => {
    const cell = id % table;
    const month = cell % months;
    const region = Math.floor(cell / months) % regions;
    const type = Math.floor(cell / months / regions);
    const year = nation.startYear + Math.floor(month / 12);
    const crime = nation.crimeTypes[type] as (typeof nation.crimeTypes)[number];
    const code = region === 0 ? "NL01" : (nation.municipalities[region - 1]?.code ?? "");
    const value =
      region === 0
        ? nation.nationalCount(type, year, (month % 12) + 1)
        : nation.count(region - 1, type, year, (month % 12) + 1);
    const [reported, online] = REPORTED[crime.code] ?? [0.7, 0.2];
    const aangiften = value === null ? null : Math.floor(value * reported);
    const internet = aangiften === null ? null : Math.floor(aangiften * online);
    return `      "ID":${id},"SoortMisdrijf":"${crime.code.padEnd(8)}","RegioS":"${code.padEnd(10)}","Perioden":"${year}MM${String((month % 12) + 1).padStart(2, "0")}","GeregistreerdeMisdrijven_1":${value},"Aangiften_2":${aangiften},"Internetaangiften_3":${internet}\n`;
  };

  for (let page = 1; page <= pages; page++) {
    const first = (page - 1) * pageSize;
    const last = Math.min(total, first + pageSize);
    const isLast = page === pages;
    yield {
      name: pageName(page),
      rows: last - first,
      chunks: (function* () {
        let text = `{\n  "odata.metadata":"${METADATA}","value":[\n`;
        for (let id = first; id < last; id++) {
          text += `${id === first ? "    {\n" : "    },{\n"}${row(id)}`;
          if ((id - first) % 200 === 199) {
            yield text;
            text = "";
          }
        }
        text += last > first ? "    }\n  ]" : "  ]";
        if (!isLast) text += `,"odata.nextLink":${JSON.stringify(nextLink(page + 1, last))}`;
        yield `${text}\n}\n`;
      })(),
    };
  }
}
