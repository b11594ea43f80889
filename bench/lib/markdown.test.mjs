import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { pairCounts, pairSpread, renderMarkdown } from "./markdown.mjs";

test("the pairs' spread is their lowest and highest ratio, or the one ratio", () => {
  assert.equal(pairSpread([2.31, 1.85, 2.02]), "1.85-2.31");
  assert.equal(pairSpread([1.5]), "1.5");
  assert.equal(pairSpread([1.5, 1.5]), "1.5");
  assert.equal(pairSpread(undefined), "");
});

test("the note says how many pairs each row is the median of", () => {
  const row = (n, format, size) => ({ runs: Array(n).fill({}), dataset: { format }, size });
  assert.equal(
    pairCounts([row(5, "statline", "1x"), row(5, "odata", "4x")]),
    "Every row is the median of 5 pairs.",
  );
  assert.equal(pairCounts([row(1, "statline", "1x")]), "Every row is one pair.");
  assert.equal(
    pairCounts([row(5, "statline", "1x"), row(1, "odata", "2x")]),
    "The rows are medians of 5 (statline 1x), 1 (odata 2x) pairs.",
  );
});

test("the bulk table shows the median and the pairs' range of ivp / DuckDB", () => {
  // A recorded run (3 pairs on 1x, one on the others), with pair ratios added.
  const recorded = JSON.parse(
    readFileSync(new URL("../results/2026-12-07-vm-fifth.json", import.meta.url), "utf8"),
  );
  const [statline1x, ...others] = recorded.bulk;
  const markdown = renderMarkdown({
    ...recorded,
    bulk: [{ ...statline1x, pairRatios: [2.52, 2.1, 2.24] }, ...others],
  });
  assert.match(markdown, /\| 1\.25 \| 2\.24 \| 2\.1-2\.52 \|/);
  assert.match(markdown, /\| 1\.36 \| 1\.96 \| {2}\|/); // recorded before pairs were kept
  assert.match(
    markdown,
    /The rows are medians of 3 \(statline 1x\), 3 \(odata 1x\), 1 \(statline 2x\)/,
  );
  assert.match(markdown, /StatLine.*2\.24x \(1x\).*not met/);
});
