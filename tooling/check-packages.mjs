// Checks that every published package is ready to publish, as CI runs it
// (`pnpm check:packages`, after `turbo run build`):
//   1. exact pins: no ranges in any package.json or in the pnpm catalog;
//   2. metadata of each published (not private) package: exports with types,
//      ESM, sideEffects, files, repository, homepage, keywords, engines,
//      publishConfig, a LICENSE identical to the root's, a README without
//      relative links (they break on npmjs.com);
//   3. the tarball `pnpm pack` makes (what `pnpm publish` uploads: workspace:*
//      and catalog: replaced by versions) holds only dist/, README.md, LICENSE,
//      package.json, CHANGELOG.md (after a release) and declared extras: no
//      tests, no fixtures, no sources;
//   4. `publint --strict` and `attw --profile esm-only` on that tarball;
//   5. the tarballs installed with npm into an empty directory: `ivp --version`,
//      `ivp validate` and `ivp table` on copied examples, `ivp init` pointing at
//      an existing plan.schema.json, and every library imported by name from Node.
// Step 5 needs the npm registry (or npm's cache) for the third-party
// dependencies (zod, yaml, ...); every @ivp package comes from its tarball.
//
// Usage: node tooling/check-packages.mjs [--skip-install]
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const skipInstall = process.argv.includes("--skip-install");
const bin = (name) => join(ROOT, "node_modules", ".bin", name);

/** Files a package may ship besides dist/, README.md, LICENSE and package.json. */
const EXTRA_FILES = { "@ivp/model": ["plan.schema.json"] };
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);

function exec(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  return {
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
    output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`,
  };
}

function step(title) {
  process.stdout.write(`\n== ${title}\n`);
}

const workspace = JSON.parse(
  exec("pnpm", ["ls", "-r", "--depth", "-1", "--json"], { cwd: ROOT }).stdout,
);
const manifest = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const published = workspace.filter((p) => !p.private);

// 1. Exact pins -------------------------------------------------------------
step("exact pins");
for (const { path } of workspace) {
  const pkg = manifest(path);
  const where = `${relative(ROOT, join(path, "package.json")) || "package.json"}`;
  for (const field of [
    "dependencies",
    "devDependencies",
    "optionalDependencies",
    "peerDependencies",
  ]) {
    for (const [name, spec] of Object.entries(pkg[field] ?? {})) {
      const allowed = spec === "workspace:*" || spec === "catalog:" || EXACT.test(spec);
      if (!allowed) fail(where, `${field}.${name} is "${spec}"; pin an exact version`);
    }
  }
}
{
  const lines = readFileSync(join(ROOT, "pnpm-workspace.yaml"), "utf8").split("\n");
  let inCatalog = false;
  for (const [i, line] of lines.entries()) {
    if (/^\S/.test(line)) inCatalog = /^catalogs?:/.test(line);
    const entry = inCatalog && /^\s+("?[^:"]+"?):\s*(\S+)\s*$/.exec(line);
    if (entry && !EXACT.test(entry[2].replace(/^['"]|['"]$/g, ""))) {
      fail(
        `pnpm-workspace.yaml:${i + 1}`,
        `the catalog pins ${entry[1]} to "${entry[2]}"; pin an exact version`,
      );
    }
  }
  if (!existsSync(join(ROOT, "pnpm-lock.yaml")))
    fail("pnpm-lock.yaml", "missing; commit the lockfile");
}
process.stdout.write(`${workspace.length} package.json files and the catalog checked\n`);

// 2. Metadata ---------------------------------------------------------------
step("metadata of the published packages");
const license = readFileSync(join(ROOT, "LICENSE"), "utf8");
for (const { name, path } of published) {
  const pkg = manifest(path);
  const dir = relative(ROOT, path);
  const need = (ok, message) => ok || fail(name, message);
  need(name.startsWith("@ivp/"), "published packages are named @ivp/...");
  need(pkg.type === "module", `"type" must be "module" (ESM only)`);
  need(pkg.sideEffects === false, `"sideEffects" must be false`);
  need(pkg.license === "MIT", `"license" must be "MIT"`);
  need(typeof pkg.description === "string" && pkg.description.length > 20, "needs a description");
  need(Array.isArray(pkg.keywords) && pkg.keywords.length >= 3, "needs keywords");
  need(/^https:\/\//.test(pkg.homepage ?? ""), "needs a homepage");
  need(/^https:\/\//.test(pkg.bugs?.url ?? ""), "needs bugs.url");
  need(/^git\+https:\/\/.+\.git$/.test(pkg.repository?.url ?? ""), "needs repository.url");
  need(pkg.repository?.directory === dir, `repository.directory must be "${dir}"`);
  need(/^>=\d/.test(pkg.engines?.node ?? ""), "needs engines.node");
  need(pkg.publishConfig?.access === "public", `publishConfig.access must be "public"`);
  need(Array.isArray(pkg.files) && pkg.files.includes("dist"), `"files" must list dist`);
  need(pkg.main === undefined && pkg.module === undefined, "no main/module: exports says it all");
  need(
    pkg.exports?.["./package.json"] === "./package.json",
    `exports must include "./package.json"`,
  );
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === "string") continue;
    // The workspace-only source condition may come first; of the conditions
    // consumers use, "types" must come first and "default" last.
    const keys = Object.keys(target).filter((k) => k !== "@ivp/source");
    need(keys[0] === "types", `exports["${subpath}"]: "types" must come first`);
    need(keys.at(-1) === "default", `exports["${subpath}"]: "default" must come last`);
  }
  if (pkg.bin) {
    for (const [command, file] of Object.entries(pkg.bin)) {
      const source = join(path, file);
      need(existsSync(source), `bin ${command}: ${file} does not exist (build first)`);
      if (existsSync(source)) {
        need(
          readFileSync(source, "utf8").startsWith("#!/usr/bin/env node\n"),
          `bin ${command}: ${file} must start with #!/usr/bin/env node`,
        );
      }
    }
  }
  const licensePath = join(path, "LICENSE");
  need(
    existsSync(licensePath) && readFileSync(licensePath, "utf8") === license,
    "LICENSE must be a copy of the root LICENSE",
  );
  const readmePath = join(path, "README.md");
  if (!existsSync(readmePath)) fail(name, "needs a README.md");
  else {
    const readme = readFileSync(readmePath, "utf8");
    need(readme.startsWith(`# ${name}\n`), `README.md must start with "# ${name}"`);
    for (const match of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (!/^(https:|#)/.test(match[1]))
        fail(
          name,
          `README.md links to "${match[1]}": use an absolute https link (relative links break on npmjs.com)`,
        );
    }
  }
}
process.stdout.write(`${published.map((p) => p.name).join(", ")}\n`);

// Changesets: each names only published packages; each published package has
// a pending changeset or has been released (a CHANGELOG.md).
step("changesets");
{
  const names = new Set(published.map((p) => p.name));
  const pending = new Set();
  const dir = join(ROOT, ".changeset");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
    const text = readFileSync(join(dir, file), "utf8");
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!front) {
      fail(`.changeset/${file}`, "has no front matter");
      continue;
    }
    for (const line of front[1].split("\n").filter((l) => l.trim() !== "")) {
      const entry = /^"([^"]+)": (patch|minor|major)$/.exec(line.trim());
      if (!entry)
        fail(`.changeset/${file}`, `cannot read "${line}"; write "@ivp/name": patch|minor|major`);
      else if (!names.has(entry[1]))
        fail(`.changeset/${file}`, `${entry[1]} is not a published package`);
      else pending.add(entry[1]);
    }
    if (text.slice(front[0].length).trim() === "") fail(`.changeset/${file}`, "describes nothing");
  }
  for (const { name, path } of published) {
    if (!pending.has(name) && !existsSync(join(path, "CHANGELOG.md"))) {
      fail(name, "has never been released and has no changeset; run pnpm changeset");
    }
  }
  process.stdout.write(`${pending.size} packages with pending changesets\n`);
}

// 3 and 4. Tarballs, publint, attw -------------------------------------------
const work = mkdtempSync(join(tmpdir(), "ivp-packages-"));
const tarballs = new Map();
try {
  for (const { name, path } of published) {
    step(`pack ${name}`);
    const packed = exec("pnpm", ["pack", "--pack-destination", work, "--json"], { cwd: path });
    if (packed.status !== 0) {
      fail(name, `pnpm pack failed:\n${packed.output}`);
      continue;
    }
    const { filename, files } = JSON.parse(packed.stdout);
    tarballs.set(name, filename);
    const extras = EXTRA_FILES[name] ?? [];
    for (const { path: file } of files) {
      const allowed =
        ["package.json", "README.md", "LICENSE", "CHANGELOG.md", ...extras].includes(file) ||
        file.startsWith("dist/");
      if (!allowed)
        fail(
          name,
          `the tarball contains ${file}; only dist/, README.md, LICENSE, CHANGELOG.md, package.json${extras.length ? `, ${extras.join(", ")}` : ""}`,
        );
      if (
        /(^|\/)(test|tests|__tests__|fixtures)\/|\.(test|spec)\.[cm]?[jt]s$|\.ts$(?<!\.d\.ts)/.test(
          file,
        )
      ) {
        fail(name, `the tarball contains a test, fixture or source file: ${file}`);
      }
    }
    for (const extra of ["README.md", "LICENSE", ...extras]) {
      if (!files.some((f) => f.path === extra)) fail(name, `the tarball lacks ${extra}`);
    }
    const packedManifest = exec("tar", ["-xzOf", filename, "package/package.json"]).stdout;
    if (/"(workspace|catalog):/.test(packedManifest))
      fail(name, "the packed package.json still has workspace: or catalog: versions");
    const pkg = manifest(path);
    for (const file of Object.values(pkg.bin ?? {})) {
      const listing = exec("tar", [
        "-tvzf",
        filename,
        `package/${file.replace(/^\.\//, "")}`,
      ]).stdout;
      if (!/^-rwx/.test(listing)) fail(name, `${file} is not executable in the tarball`);
    }
    // What the tarball holds, with dist/ as one entry.
    const inDist = files.filter((f) => f.path.startsWith("dist/")).length;
    const others = files.map((f) => f.path).filter((path) => !path.startsWith("dist/"));
    process.stdout.write(
      `${files.length} files: dist/ (${inDist} files), ${others.sort().join(", ")}\n`,
    );

    const publint = exec(bin("publint"), ["run", filename, "--strict"]);
    process.stdout.write(publint.output);
    if (publint.status !== 0) fail(name, "publint --strict failed (see above)");
    const attw = exec(bin("attw"), [
      filename,
      "--profile",
      "esm-only",
      "--format",
      "ascii",
      "--no-color",
    ]);
    process.stdout.write(attw.output);
    if (attw.status !== 0) fail(name, "attw --profile esm-only failed (see above)");
  }

  // 5. Install the tarballs and run them -------------------------------------
  if (skipInstall) {
    step("install: skipped (--skip-install)");
  } else if (tarballs.size === published.length) {
    step("install the tarballs with npm and run them");
    const app = join(work, "consumer");
    cpSync(join(ROOT, "examples"), join(app, "examples"), { recursive: true });
    writeFileSync(
      join(app, "package.json"),
      `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`,
    );
    const install = exec(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--loglevel=error",
        ...tarballs.values(),
      ],
      { cwd: app },
    );
    process.stdout.write(install.output);
    if (install.status !== 0) fail("npm install", "installing the tarballs failed (see above)");
    else checkInstalled(app);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function checkInstalled(app) {
  const ivp = join(app, "node_modules", ".bin", "ivp");
  const run = (args, expected, check) => {
    // The bin is run as a user's shell runs it: through its #! line.
    const result = exec(ivp, args, { cwd: app, env: { ...process.env, NO_COLOR: "1" } });
    const shown = `ivp ${args.join(" ")}`;
    process.stdout.write(`${shown}: exit ${result.status}\n`);
    if (result.status !== expected)
      fail(shown, `exit ${result.status}, expected ${expected}:\n${result.output}`);
    else if (check && !check(result)) fail(shown, `unexpected output:\n${result.output}`);
  };
  const version = manifest(published.find((p) => p.name === "@ivp/cli").path).version;
  run(["--version"], 0, (r) => r.stdout.trim() === version);
  run(["validate", "examples/blaricum"], 0, (r) =>
    r.stdout.includes("examples/blaricum/plan.yaml: valid"),
  );
  // Laren as printed contradicts itself: 11 errors, each at its line, which the
  // plan acknowledges (lint.acknowledged), so it validates.
  run(
    ["validate", "examples/laren-2019-2022"],
    0,
    (r) =>
      /plan\.yaml:\d+:\d+ +error/.test(r.stdout) &&
      r.stdout.includes("; 11 errors (acknowledged), 11 warnings, 1 info"),
  );
  const printed = readFileSync(join(app, "examples/laren-2019-2022/printed/tabel-2.tsv"), "utf8");
  run(["table", "examples/laren-2019-2022", "tabel-2"], 0, (r) => r.stdout.endsWith(printed));
  run(["init", "new-plan", "--municipality", "Laren"], 0);
  const plan = existsSync(join(app, "new-plan/plan.yaml"))
    ? readFileSync(join(app, "new-plan/plan.yaml"), "utf8")
    : "";
  // The editor line names the schema of the published @ivp/model (which ships
  // plan.schema.json, see EXTRA_FILES): a URL, never a path into this machine.
  const schema = /\$schema=(\S+)/.exec(plan)?.[1];
  if (
    !schema?.startsWith("https://cdn.jsdelivr.net/npm/@ivp/model") ||
    !schema.endsWith("/plan.schema.json")
  ) {
    fail(
      "ivp init",
      `the plan's $schema (${schema}) is not the URL of the published @ivp/model's plan.schema.json`,
    );
  }
  run(["validate", "new-plan"], 0);

  const script = `
    import * as model from "@ivp/model";
    import * as planFile from "@ivp/plan-file";
    import * as planFileNode from "@ivp/plan-file/node";
    import * as report from "@ivp/report";
    import * as importers from "@ivp/importers";
    import * as importersNode from "@ivp/importers/node";
    import schema from "@ivp/model/plan.schema.json" with { type: "json" };
    const checks = {
      "formatPercentChange(54, 26)": model.formatPercentChange(54, 26) === "-52%",
      "planSchema": typeof model.planSchema.safeParse === "function",
      "loadPlanFromFiles": typeof planFile.loadPlanFromFiles === "function",
      "loadPlan": typeof planFileNode.loadPlan === "function",
      "renderTable": typeof report.renderTable === "function",
      "neutraliseFormula": report.neutraliseFormula("=1+1") === "'=1+1",
      "importers": typeof importers.readStatlineCsv === "function",
      "importers/node": typeof importersNode.importIntoPlan === "function",
      "plan.schema.json": schema.type === "object",
    };
    const loaded = await planFileNode.loadPlan("examples/laren-2019-2022");
    checks["loadPlan(laren)"] = loaded.success && loaded.plan.municipality.code === "GM0417";
    const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
    if (failed.length > 0) { console.error("failed: " + failed.join(", ")); process.exit(1); }
    console.log(Object.keys(checks).length + " library checks passed");
  `;
  const node = exec(process.execPath, ["--input-type=module", "-e", script], { cwd: app });
  process.stdout.write(node.output);
  if (node.status !== 0) fail("import the libraries", node.output);
}

step("result");
if (failures.length > 0) {
  process.stderr.write(
    `${failures.length} problem${failures.length === 1 ? "" : "s"}:\n${failures.map((f) => `  ${f}`).join("\n")}\n`,
  );
  process.exit(1);
}
process.stdout.write(`${published.length} packages ready to publish\n`);
