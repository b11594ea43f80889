import { evaluateTable } from "@ivp/model";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { renderTable, tableToJson } from "./render-table.ts";

const plan = makePlan({
  series: [
    { id: "a", label: '=HYPERLINK("http://evil","klik")' },
    { id: "b", label: "b | <b>" },
  ],
  tables: [
    {
      id: "t1",
      number: 3,
      title: "Test",
      columns: [
        { id: "v16", kind: "value", period: 2016 },
        { id: "v17", kind: "value", period: 2017 },
        { id: "d", kind: "change", from: 2016, to: 2017 },
        { id: "r", kind: "reference", header: "Regio" },
      ],
      rows: [
        { series: "a", supplied: { r: "-8%" } },
        { series: "b", label: "b, c" },
      ],
    },
  ],
  observations: [{ origin: "other", periods: [2016, 2017], values: { a: [8, 5], b: [0, 3] } }],
});
const table = evaluateTable(plan, "t1");

describe("renderTable", () => {
  it("writes TSV with generated headers and neutralised formulas", () => {
    expect(renderTable(table, "tsv")).toBe(
      'Categorie\t2016\t2017\t2017 t.o.v. 2016\tRegio\n\'=HYPERLINK("http://evil","klik")\t8\t5\t-38%\t-8%\nb, c\t0\t3\t\t\n',
    );
  });

  it("writes CSV for spreadsheets: a byte-order mark, quoting and CRLF; in English , and a point", () => {
    expect(renderTable(table, "csv", { lang: "en" }).split("\r\n")).toEqual([
      "\uFEFFCategory,2016,2017,2017 t.o.v. 2016,Regio",
      '"\'=HYPERLINK(""http://evil"",""klik"")",8,5,-38%,-8%',
      '"b, c",0,3,,',
      "",
    ]);
  });

  it("writes CSV for Dutch spreadsheets: ; between fields", () => {
    expect(renderTable(table, "csv").split("\r\n")).toEqual([
      "\uFEFFCategorie;2016;2017;2017 t.o.v. 2016;Regio",
      '"\'=HYPERLINK(""http://evil"",""klik"")";8;5;-38%;-8%',
      "b, c;0;3;;",
      "",
    ]);
  });

  it("writes Markdown with escaped labels", () => {
    expect(renderTable(table, "md")).toMatchInlineSnapshot(`
      "**Tabel 3: Test**

      | Categorie | 2016 | 2017 | 2017 t.o.v. 2016 | Regio |
      | --- | ---: | ---: | ---: | ---: |
      | '=HYPERLINK("http://evil","klik") | 8 | 5 | -38% | -8% |
      | b, c | 0 | 3 |   |   |
      "
    `);
  });

  it("writes JSON with the numbers behind every text", () => {
    const json = tableToJson(table);
    expect(json.rows[1]?.cells.d).toEqual({
      kind: "change",
      text: "",
      change: null,
      from: 0,
      to: 3,
      empty: "zero-base",
      printed: null,
      matchesPrinted: null,
    });
    expect(JSON.parse(renderTable(table, "json"))).toEqual(json);
  });
});
