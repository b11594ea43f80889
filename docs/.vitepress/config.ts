import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "vitepress";
import type { GeneratedSidebar, SidebarGroup } from "../scripts/lib/pages.ts";

// Sidebar entries of generated pages (API, CLI, lint rules), written by
// scripts/generate.ts. A section whose pages do not exist yet is left out.
const sidebarFile = new URL("../.generated/sidebar.json", import.meta.url);
const generated: GeneratedSidebar = existsSync(sidebarFile)
  ? (JSON.parse(readFileSync(sidebarFile, "utf8")) as GeneratedSidebar)
  : { lintRules: [], cli: [], api: [] };

const concepts: SidebarGroup = {
  text: "Concepts",
  items: [
    { text: "A plan as data", link: "/concepts/" },
    { text: "Indicators and direction", link: "/concepts/indicators" },
    { text: "Baselines and targets", link: "/concepts/baselines-and-targets" },
    { text: "The percentage change", link: "/concepts/percentage-change" },
    { text: "Periods", link: "/concepts/periods" },
    { text: '"Of which" rows', link: "/concepts/of-which-rows" },
    { text: "Progress status", link: "/concepts/progress-status" },
    { text: "Verdicts: the status words", link: "/concepts/verdicts" },
    { text: "Small counts and significance", link: "/concepts/significance" },
    { text: "Reading changes (for council members)", link: "/concepts/reading-changes" },
    { text: "Kernbeleid Veiligheid", link: "/concepts/kernbeleid-veiligheid" },
    ...(generated.lintRules.length > 0
      ? [{ text: "Lint rules", collapsed: true, items: generated.lintRules }]
      : []),
  ],
};

const guides: SidebarGroup = {
  text: "Guides",
  items: [
    { text: "Encode your plan", link: "/guides/encode-a-plan" },
    { text: "Add data files", link: "/guides/import-data" },
    { text: "Municipalities and their codes", link: "/guides/municipalities" },
    { text: "Use the library in a dashboard", link: "/guides/dashboard" },
    { text: "Reports for every municipality", link: "/guides/bulk" },
    { text: "Open the figures in a spreadsheet", link: "/guides/spreadsheets" },
  ],
};

const reference: SidebarGroup = {
  text: "Reference",
  items: [
    { text: "Plan file format", link: "/reference/plan-format" },
    { text: "Command line", collapsed: false, items: generated.cli },
    { text: "JSON of ivp status", link: "/reference/status-json" },
    { text: "JSON of ivp report", link: "/reference/report-json" },
    { text: "API", link: "/reference/api/" },
    { text: "Glossary (nl-en)", link: "/glossary" },
    { text: "Benchmarks", link: "/benchmarks" },
    { text: "Mutation testing", link: "/mutation" },
  ],
};

const base = process.env.IVP_DOCS_BASE ?? "/";

export default defineConfig({
  title: "ivp",
  description:
    "Integral safety plans (Integraal Veiligheidsplan) as data: concepts, guides and reference",
  lang: "en",
  base,
  head: [["link", { rel: "icon", type: "image/svg+xml", href: `${base}favicon.svg` }]],
  cleanUrls: true,
  lastUpdated: false,
  // Examples are imported into pages as snippets; fragments are included.
  srcExclude: ["examples/**", ".generated/**", "README.md"],
  // A dead link fails the build (VitePress's own check; scripts/check-links.ts checks the output too).
  ignoreDeadLinks: false,
  vite: {
    build: {
      // The local search index (about 0.5 MB for the API, CLI and lint rule
      // pages) is one chunk, loaded only when a reader opens the search box.
      chunkSizeWarningLimit: 1024,
      rollupOptions: {
        // The playground bundles zod (through @ivp/model), whose sources put
        // explanatory comments where Rollup looks for @__PURE__ annotations:
        // Rollup drops the comments and says so. Harmless; every other warning stays.
        onwarn(warning, warn) {
          if (warning.code === "INVALID_ANNOTATION" && /[\\/]zod[\\/]/.test(warning.id ?? ""))
            return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    theme: { light: "github-light", dark: "github-dark" },
  },
  themeConfig: {
    nav: [
      { text: "Concepts", link: "/concepts/" },
      { text: "Guides", link: "/guides/encode-a-plan" },
      { text: "Reference", link: "/reference/plan-format" },
      { text: "Glossary", link: "/glossary" },
      { text: "Playground", link: "/playground" },
    ],
    sidebar: {
      "/reference/api/": [
        { text: "API", link: "/reference/api/", items: generated.api },
        { text: "Back to the docs", link: "/concepts/" },
      ],
      "/": [concepts, guides, reference],
    },
    outline: { level: [2, 3] },
    search: { provider: "local" },
    footer: {
      message: "ivp is open source under the MIT licence.",
    },
  },
});
