// Writes a synthetic national data set of police table 47013NED, for trying
// `ivp bulk` or `ivp import` without downloading anything. The figures are
// invented (see createSyntheticNation in @ivp/importers).
//
//   pnpm --filter @ivp/bench generate -- --out DIR [--format odata|statline]
//        [--seed 42] [--start-year 2014] [--years 10] [--municipalities N]
//        [--missing-rate 0.001] [--page-size 10000] [--repeat 1]
import { parseArgs } from "node:util";
import { writeSyntheticDataset } from "@ivp/importers/node";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    format: { type: "string", default: "odata" },
    seed: { type: "string", default: "42" },
    "start-year": { type: "string", default: "2014" },
    years: { type: "string", default: "10" },
    municipalities: { type: "string" },
    "missing-rate": { type: "string", default: "0.001" },
    "page-size": { type: "string", default: "10000" },
    repeat: { type: "string", default: "1" },
  },
});
if (!values.out || !["odata", "statline"].includes(values.format)) {
  console.error(
    "usage: generate.mjs --out DIR [--format odata|statline] [--seed N] [--years N] ...",
  );
  process.exit(2);
}
const written = await writeSyntheticDataset({
  dir: values.out,
  format: values.format,
  seed: Number(values.seed),
  startYear: Number(values["start-year"]),
  years: Number(values.years),
  missingRate: Number(values["missing-rate"]),
  pageSize: Number(values["page-size"]),
  repeat: Number(values.repeat),
  ...(values.municipalities && { municipalities: Number(values.municipalities) }),
});
console.log(
  `${written.files.length} file(s), ${written.figures.toLocaleString("en-US")} figures, ${(written.bytes / 1e6).toFixed(1)} MB; read from ${written.files[0]}`,
);
