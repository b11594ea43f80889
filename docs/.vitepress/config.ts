import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "vitepress";
import type { GeneratedSidebar, SidebarGroup } from "../scripts/lib/pages.ts";

// No sidebar group is collapsible: VitePress draws a collapsible group as a
// role="button" with links and a second button inside (axe: nested-interactive).

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
    ...(generated.lintRules.length > 0 ? [{ text: "Lint rules", items: generated.lintRules }] : []),
  ],
};

// The concept pages for council members in Dutch (docs/nl/): one for every
// English concept page whose front matter says `audience: council`
// (test/locales.test.ts checks both ways).
const raadsleden: SidebarGroup = {
  text: "Voor raadsleden",
  items: [
    { text: "Veranderingen lezen", link: "/nl/concepts/reading-changes" },
    { text: "Oordelen: de statuswoorden", link: "/nl/concepts/verdicts" },
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
    { text: "Command line", items: generated.cli },
    { text: "JSON of ivp status", link: "/reference/status-json" },
    { text: "JSON of ivp report", link: "/reference/report-json" },
    { text: "API", link: "/reference/api/" },
    { text: "Glossary (nl-en)", link: "/glossary" },
    {
      text: "Benchmarks",
      link: "/benchmarks",
      collapsed: true,
      items: [
        { text: "Earlier recordings", link: "/benchmarks/recordings" },
        { text: "Optimisation rounds", link: "/benchmarks/rounds" },
      ],
    },
    { text: "Mutation testing", link: "/mutation" },
    { text: "Contributing", link: "/contributing" },
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
  locales: {
    root: { label: "English", lang: "en" },
    nl: {
      label: "Nederlands",
      lang: "nl",
      link: "/nl/concepts/reading-changes",
      description: "Integraal Veiligheidsplan als data: uitleg voor raadsleden",
      themeConfig: {
        nav: [{ text: "Voor raadsleden", link: "/nl/concepts/reading-changes" }],
        sidebar: { "/nl/": [raadsleden] },
        outline: { level: [2, 3], label: "Op deze pagina" },
        docFooter: { prev: "Vorige pagina", next: "Volgende pagina" },
        langMenuLabel: "Taal",
        returnToTopLabel: "Terug naar boven",
        sidebarMenuLabel: "Menu",
        darkModeSwitchLabel: "Weergave",
        footer: { message: "ivp is open source onder de MIT-licentie." },
      },
    },
  },
  lastUpdated: false,
  // Examples are imported into pages as snippets; fragments are included.
  srcExclude: ["examples/**", ".generated/**", "README.md"],
  // A dead link fails the build (VitePress's own check; scripts/check-links.ts checks the output too).
  ignoreDeadLinks: false,
  vite: {
    build: {
      // The local search index (about 0.9 MB for the API, CLI and lint rule
      // pages) is one chunk, loaded only when a reader opens the search box.
      // The benchmarks' history pages are left out of it (`search: false`).
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
    // The high-contrast GitHub themes: the default ones' greens (4.28:1) and
    // dark comments (3.75:1) are below WCAG's 4.5:1 for text.
    theme: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
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
    search: {
      provider: "local",
      options: {
        locales: {
          nl: { translations: { button: { buttonText: "Zoeken", buttonAriaLabel: "Zoeken" } } },
        },
      },
    },
    // The Dutch pages are a few of the English ones: the language menu goes to
    // the other language's start page, never to a page that does not exist.
    i18nRouting: false,
    footer: {
      message: "ivp is open source under the MIT licence.",
    },
  },
});
