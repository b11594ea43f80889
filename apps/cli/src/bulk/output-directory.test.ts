import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NotARegularFileError } from "@ivp/plan-file/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../cli-error.ts";
import { en } from "../messages/en.ts";
import { nl } from "../messages/nl.ts";
import { installCliMessages } from "../messages/say.ts";
import { OutputDirectory } from "./output-directory.ts";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "ivp-out-"));
});
afterEach(async () => {
  installCliMessages(en);
  await rm(root, { recursive: true, force: true });
});

const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

describe("OutputDirectory", () => {
  it("shows nothing in --out until commit, then everything at once; no staging left behind", async () => {
    const out = join(root, "out");
    const dir = await OutputDirectory.open(out, { force: false, inputs: [] });
    await dir.write("gemeenten/GM0417-laren.html", "<p>Laren</p>");
    await dir.write("index.html", "<p>index</p>");
    expect(await readdir(root)).toHaveLength(1); // only the hidden staging directory
    expect((await readdir(root))[0]).toMatch(/^\.out\.ivp-bulk-[0-9a-f]{12}$/);
    expect(await dir.commit()).toBe(2);
    expect(await readdir(root)).toEqual(["out"]);
    expect(await listing(out)).toEqual(["gemeenten", "gemeenten/GM0417-laren.html", "index.html"]);
    expect(await readFile(join(out, "index.html"), "utf8")).toBe("<p>index</p>");
  });

  it("stages a file for another thread to write: in the staging directory, its folder made, shown only after commit", async () => {
    const out = join(root, "out");
    const dir = await OutputDirectory.open(out, { force: false, inputs: [] });
    const staged = await dir.stage("gemeenten/GM0417-laren.html");
    const [staging] = await readdir(root);
    expect(staged).toBe(join(root, staging as string, "gemeenten", "GM0417-laren.html"));
    await writeFile(staged, "<p>Laren</p>");
    expect(await readdir(root)).toEqual([staging]);
    expect(dir.files).toBe(1);
    await expect(dir.stage("../elsewhere.html")).rejects.toThrow(/output path outside --out/);
    expect(await dir.commit()).toBe(1);
    expect(await readFile(join(out, "gemeenten/GM0417-laren.html"), "utf8")).toBe("<p>Laren</p>");
  });

  it("says a path outside --out (a bug in ivp) in the CLI's language", async () => {
    installCliMessages(nl);
    const dir = await OutputDirectory.open(join(root, "out"), { force: false, inputs: [] });
    await expect(dir.stage("../elders.html")).rejects.toThrow(
      "uitvoerpad buiten --out: ../elders.html",
    );
    await dir.discard();
  });

  it("refuses to replace what is not a regular file, keeping why as the cause", async () => {
    const out = join(root, "out");
    await mkdir(join(out, "index.html"), { recursive: true });
    const dir = await OutputDirectory.open(out, { force: true, inputs: [] });
    await dir.write("index.html", "<p>index</p>");
    const thrown = await dir.commit().catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).cause).toBeInstanceOf(NotARegularFileError);
    expect(await readdir(root)).toEqual(["out"]);
  });

  it("refuses to stage a file that is one of the inputs", async () => {
    const out = join(root, "out");
    const input = join(out, "data.csv");
    const dir = await OutputDirectory.open(out, { force: false, inputs: [input] });
    await expect(dir.stage("data.csv")).rejects.toBeInstanceOf(CliError);
    await dir.discard();
    expect(await readdir(root)).toEqual([]);
  });

  it("writes into an existing empty directory", async () => {
    const out = join(root, "empty");
    await mkdir(out);
    const dir = await OutputDirectory.open(out, { force: false, inputs: [] });
    await dir.write("index.md", "# x\n");
    await dir.commit();
    expect(await listing(out)).toEqual(["index.md"]);
  });

  it("refuses a directory with files in it, unless --force, which replaces files one by one", async () => {
    const out = join(root, "full");
    await mkdir(out);
    await writeFile(join(out, "index.md"), "old");
    await writeFile(join(out, "keep.txt"), "mine");
    await expect(OutputDirectory.open(out, { force: false, inputs: [] })).rejects.toThrow(
      /refusing to write into .*full: the directory is not empty \(2 entries\)/,
    );
    expect(await readdir(root)).toEqual(["full"]);
    const dir = await OutputDirectory.open(out, { force: true, inputs: [] });
    await dir.write("index.md", "new");
    await dir.write("gemeenten/a.md", "a");
    await dir.commit();
    expect(await listing(out)).toEqual(["gemeenten", "gemeenten/a.md", "index.md", "keep.txt"]);
    expect(await readFile(join(out, "index.md"), "utf8")).toBe("new");
    expect(await readdir(root)).toEqual(["full"]);
  });

  it("discard leaves no trace", async () => {
    const out = join(root, "gone");
    const dir = await OutputDirectory.open(out, { force: false, inputs: [] });
    await dir.write("index.html", "x");
    await dir.discard();
    expect(await readdir(root)).toEqual([]);
  });

  describe("edge cases", () => {
    it("refuses to overwrite an input file", async () => {
      const out = join(root, "data");
      await mkdir(out);
      await writeFile(join(out, "index.json"), "{}");
      const dir = await OutputDirectory.open(out, {
        force: true,
        inputs: [join(out, "index.json")],
      });
      const error = await dir.write("index.json", "{}").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).toMatch(/refusing to overwrite the input file/);
      await dir.discard();
      expect(await readFile(join(out, "index.json"), "utf8")).toBe("{}");
    });

    it("refuses an --out that is a file", async () => {
      await writeFile(join(root, "file"), "x");
      await expect(
        OutputDirectory.open(join(root, "file"), { force: true, inputs: [] }),
      ).rejects.toThrow(/is a file, not a directory/);
    });

    it("refuses a path outside the directory", async () => {
      const dir = await OutputDirectory.open(join(root, "o"), { force: false, inputs: [] });
      await expect(dir.write("../escape.txt", "x")).rejects.toThrow(/outside --out/);
      await dir.discard();
    });
  });
});
