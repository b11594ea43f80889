// Measures how fast and in how little memory the importers read large files.
// Run after a build: node packages/importers/bench/measure-readers.mjs [megabytes]
// Each measurement runs in its own process, so the peak memory (max RSS) is its own.
// Optional comparison with papaparse: PAPAPARSE=/path/to/node_modules/papaparse node ...
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monthName } from "@ivp/model";

const here = new URL(".", import.meta.url);
const dist = new URL("../dist/index.js", here).href;

/** Writes a StatLine CSV download: 120 months in the columns, one row per (synthetic) region. */
async function writeStatline(path, megabytes) {
  const out = createWriteStream(path);
  const months = [];
  for (let year = 2014; year < 2024; year++) {
    for (let month = 1; month <= 12; month++)
      months.push(`${year} ${monthName(month, { style: "long" })}`);
  }
  const quoted = (cells) => `${cells.map((c) => `"${c}"`).join(";")}\n`;
  out.write(quoted(["Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026"]));
  out.write(quoted(["Soort misdrijf: Totaal misdrijven"]));
  out.write(quoted([""]));
  out.write(quoted(["Onderwerp", ...months.map(() => "Geregistreerde misdrijven")]));
  out.write(quoted(["Perioden", ...months]));
  out.write(quoted(["Regio's", ...months.map(() => "aantal")]));
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let rows = 0;
  while (out.bytesWritten + out.writableLength < megabytes * 1e6) {
    const cells = months.map(() => (random() < 0.02 ? "." : String(Math.floor(random() * 900))));
    if (!out.write(quoted([`Gebied ${String(++rows).padStart(6, "0")}`, ...cells])))
      await once(out, "drain");
  }
  out.end(quoted(["Bron: Politie"]));
  await once(out, "finish");
  return rows * months.length;
}

/** Writes one OData TypedDataSet page in the 47013NED layout. */
async function writeOData(path, megabytes) {
  const out = createWriteStream(path);
  out.write(
    '{\n  "odata.metadata":"https://dataderden.cbs.nl/ODataApi/OData/47013NED/$metadata#Cbs.OData.WebAPI.TypedDataSet","value":[\n',
  );
  let id = 0;
  let first = true;
  while (out.bytesWritten + out.writableLength < megabytes * 1e6) {
    const month = String((id % 12) + 1).padStart(2, "0");
    const row = `    ${first ? "" : "},"}{\n      "ID":${id},"SoortMisdrijf":"1.1.1   ","RegioS":"GM${String(id % 9999).padStart(4, "0")}    ","Perioden":"2023MM${month}","GeregistreerdeMisdrijven_1":${id % 97},"Aangiften_2":${id % 53},"Internetaangiften_3":null\n`;
    first = false;
    id++;
    if (!out.write(row)) await once(out, "drain");
  }
  out.end("    }\n  ]\n}\n");
  await once(out, "finish");
  return id * 3;
}

async function child(kind, path) {
  const started = process.hrtime.bigint();
  let figures = 0;
  if (kind === "papaparse") {
    const Papa = (await import(join(process.env.PAPAPARSE, "papaparse.js"))).default;
    await new Promise((done, fail) => {
      Papa.parse(createReadStream(path), {
        delimiter: ";",
        step: (row) => {
          figures += row.data.length - 1;
        },
        complete: done,
        error: fail,
      });
    });
  } else if (kind === "split-only") {
    const { readLines, splitStatlineLine } = await import(dist);
    for await (const line of readLines(createReadStream(path), { file: path })) {
      const result = splitStatlineLine(line.text);
      figures += "fields" in result ? result.fields.length - 1 : 0;
    }
  } else {
    const { readSourceFile } = await import(dist);
    for await (const _ of readSourceFile(path)) figures++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    JSON.stringify({ figures, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

async function main() {
  const megabytes = Number(process.argv[2] ?? 50);
  const statline = join(tmpdir(), `ivp-bench-statline-${megabytes}.csv`);
  const odata = join(tmpdir(), `ivp-bench-odata-${megabytes}.json`);
  await writeStatline(statline, megabytes);
  await writeOData(odata, megabytes);
  const runs = [
    ["StatLine CSV, full import reader (readSourceFile)", "reader", statline],
    ["StatLine CSV, line reader + field splitter only", "split-only", statline],
    ...(process.env.PAPAPARSE
      ? [["StatLine CSV, papaparse 5.7.1 streaming (step)", "papaparse", statline]]
      : []),
    ["OData page (47013NED layout), full reader (readSourceFile)", "reader", odata],
  ];
  console.log(
    `node ${process.version}; files of ${megabytes} MB (${statSync(statline).size} and ${statSync(odata).size} bytes)`,
  );
  for (const [label, kind, path] of runs) {
    const run = spawnSync(
      process.execPath,
      [new URL(import.meta.url).pathname, "--child", kind, path],
      {
        encoding: "utf8",
        env: process.env,
      },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    const { figures, seconds, maxRssMb } = JSON.parse(run.stdout);
    console.log(
      `${label}: ${figures} figures in ${seconds.toFixed(2)} s (${Math.round(figures / seconds).toLocaleString("en")} figures/s, ${(megabytes / seconds).toFixed(1)} MB/s), peak RSS ${maxRssMb.toFixed(0)} MB`,
    );
  }
}

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4]);
else await main();
