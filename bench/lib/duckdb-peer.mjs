// The peer of `ivp bulk` in the benchmarks: DuckDB doing the core computation
// of a bulk run on the same generated files, as a process of its own (so it
// is timed as ivp is, from start to exit): the registered crimes per
// municipality x crime type x year, then each year's change on the year
// before (absolute and in percent). It prints one JSON line: the number of
// monthly figures it added up, the cells (municipality x crime type x year),
// the changes, and a checksum of the yearly totals, so that the run can be
// checked against ivp's own count of the figures it used.
//
// Usage: node duckdb-peer.mjs statline FILE | odata DIR
import { DuckDBInstance } from "@duckdb/node-api";

const [format, path] = process.argv.slice(2);
if (!["statline", "odata"].includes(format) || !path) {
  process.stderr.write("usage: node duckdb-peer.mjs statline FILE | odata DIR\n");
  process.exit(2);
}
const quote = (text) => `'${text.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();

// Monthly figures (municipality, crime type, year, count) in a view `monthly`.
if (format === "odata") {
  // OData v3 TypedDataSet pages: {"value": [{SoortMisdrijf, RegioS, Perioden, GeregistreerdeMisdrijven_1, ...}]}
  await connection.run(`CREATE VIEW monthly AS
    SELECT trim(r.RegioS) AS municipality, trim(r.SoortMisdrijf) AS crime,
           CAST(substr(r.Perioden, 1, 4) AS INTEGER) AS year, r.GeregistreerdeMisdrijven_1 AS n
    FROM (SELECT unnest(value) AS r FROM read_json(${quote(`${path}/*.json`)},
            columns = {value: 'STRUCT(ID BIGINT, SoortMisdrijf VARCHAR, RegioS VARCHAR, Perioden VARCHAR,
              GeregistreerdeMisdrijven_1 BIGINT, Aangiften_2 BIGINT, Internetaangiften_3 BIGINT)[]'},
            format = 'unstructured', maximum_object_size = 1073741824))
    WHERE r.RegioS LIKE 'GM%' AND substr(r.Perioden, 5, 2) = 'MM'`);
} else {
  // StatLine "download as CSV": a title, a blank line, four header rows
  // (topic, crime type, period, unit), one row per region, a source line.
  await connection.run(`CREATE TABLE raw AS SELECT * FROM read_csv(${quote(path)}, delim = ';',
    quote = '"', header = false, all_varchar = true, skip = 2, null_padding = true)`);
  // Without a header the columns are column0, column1, ... (zero-padded to the
  // width of the last number); the first names the region.
  const described = await connection.runAndReadAll("DESCRIBE raw");
  const region = String(described.getRowObjectsJson()[0].column_name);
  await connection.run(`CREATE TABLE long AS
    SELECT * FROM (UNPIVOT raw ON COLUMNS(* EXCLUDE (${region})) INTO NAME col VALUE v)`);
  await connection.run(`CREATE VIEW monthly AS
    SELECT f.${region} AS municipality, c.v AS crime, CAST(substr(p.v, 1, 4) AS INTEGER) AS year,
           TRY_CAST(f.v AS BIGINT) AS n
    FROM long f
    JOIN long t ON t.col = f.col AND t.${region} = 'Onderwerp'
    JOIN long c ON c.col = f.col AND c.${region} = 'Soort misdrijf'
    JOIN long p ON p.col = f.col AND p.${region} = 'Perioden'
    WHERE f.${region} NOT IN ('Onderwerp', 'Soort misdrijf', 'Perioden', 'Regio''s', 'Nederland')
      AND f.${region} NOT LIKE 'Bron:%'
      AND t.v = 'Geregistreerde misdrijven'
      AND regexp_matches(p.v, '^\\d{4} [a-z]+$')`);
}
await connection.run(`CREATE TABLE yearly AS
  SELECT municipality, crime, year, sum(n) AS registered, count(*) AS months
  FROM monthly GROUP BY ALL`);
await connection.run(`CREATE TABLE changes AS
  SELECT municipality, crime, year, registered,
         registered - lag(registered) OVER w AS change,
         round(100 * (registered - lag(registered) OVER w) / nullif(lag(registered) OVER w, 0)) AS percent
  FROM yearly WINDOW w AS (PARTITION BY municipality, crime ORDER BY year)`);
const reader = await connection.runAndReadAll(`SELECT
  (SELECT sum(months) FROM yearly) AS figures,
  (SELECT count(*) FROM yearly) AS cells,
  (SELECT count(change) FROM changes) AS changes,
  (SELECT count(DISTINCT municipality) FROM yearly) AS municipalities,
  (SELECT sum(registered) FROM yearly) AS checksum`);
const [row] = reader.getRowObjectsJson();
process.stdout.write(`${JSON.stringify(row)}\n`);
