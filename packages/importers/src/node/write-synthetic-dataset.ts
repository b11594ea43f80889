import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  createSyntheticNation,
  type SyntheticNationOptions,
} from "../synthetic/synthetic-nation.ts";
import { syntheticODataPages } from "../synthetic/synthetic-odata.ts";
import { syntheticStatlineLines } from "../synthetic/synthetic-statline.ts";

/** Options of {@link writeSyntheticDataset}. */
export interface WriteSyntheticDatasetOptions extends SyntheticNationOptions {
  /** The directory to write to (created when missing). Files of the same name are replaced. */
  readonly dir: string;
  /** `odata`: OData JSON pages (the API's layout, 10,000 rows a page); `statline`: one StatLine CSV file. */
  readonly format: "odata" | "statline";
  /** Rows per OData page. Default 10,000. */
  readonly pageSize?: number;
  /** OData only: the whole table this many times over (see `SyntheticODataOptions.repeat`). Default 1. */
  readonly repeat?: number;
}

/** What {@link writeSyntheticDataset} wrote. */
export interface SyntheticDatasetFiles {
  /** Absolute paths of the files, in order; the first is the one to read (`ivp import`, `ivp bulk`). */
  readonly files: readonly string[];
  /** Figures of registered crimes written, the country's included. */
  readonly figures: number;
  /** Bytes written. */
  readonly bytes: number;
}

/** The StatLine file's name. */
const STATLINE_NAME = "47013NED-synthetisch.csv";

/**
 * Writes pieces of text to a file through a temporary file and a rename, with
 * back-pressure, so a file of any size passes through a small buffer and a
 * reader never sees half a file.
 */
async function writeStreamed(path: string, chunks: Iterable<string>): Promise<number> {
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  const out = createWriteStream(temporary, { flags: "wx" });
  const failed = once(out, "error").then(([error]) => {
    throw error;
  });
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk)) await Promise.race([once(out, "drain"), failed]);
    }
    out.end();
    await Promise.race([once(out, "finish"), failed]);
    await rename(temporary, path);
    return out.bytesWritten;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes the synthetic national data set of police table 47013NED (see
 * `createSyntheticNation`) to disk, streamed: OData pages in the API's layout
 * linked by `odata.nextLink`, or one StatLine CSV download. Ten years of 342
 * municipalities and nine crime types (some 370,000 OData rows in 37 pages,
 * 75 MB) pass through a buffer of a few kilobytes. Each file is written to a
 * temporary file and renamed, so an interrupted run leaves no half file. The
 * same options always give the same bytes.
 *
 * @param options - directory, format, seed, years
 * @returns the files written, the number of figures and bytes
 * @example
 * await writeSyntheticDataset({ dir: "bench/out/national", format: "odata", seed: 42 })
 * //=> { files: [".../47013NED-synthetisch-0001.json", ...], figures: 372600, bytes: 77... }
 */
export async function writeSyntheticDataset(
  options: WriteSyntheticDatasetOptions,
): Promise<SyntheticDatasetFiles> {
  const dir = resolve(options.dir);
  await mkdir(dir, { recursive: true });
  const nation = createSyntheticNation(options);
  const copies = options.format === "odata" ? (options.repeat ?? 1) : 1;
  const figures =
    nation.crimeTypes.length * (nation.municipalities.length + 1) * nation.years * 12 * copies;
  const files: string[] = [];
  let bytes = 0;
  if (options.format === "statline") {
    const path = join(dir, STATLINE_NAME);
    bytes += await writeStreamed(path, syntheticStatlineLines(nation));
    files.push(path);
  } else {
    for (const page of syntheticODataPages(nation, {
      ...(options.pageSize !== undefined && { pageSize: options.pageSize }),
      ...(options.repeat !== undefined && { repeat: options.repeat }),
    })) {
      const path = join(dir, page.name);
      bytes += await writeStreamed(path, page.chunks);
      files.push(path);
    }
  }
  return { files, figures, bytes };
}
