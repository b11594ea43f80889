import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Sheet","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/Sheet.md","filePath":"reference/api/@ivp/report/interfaces/Sheet.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/Sheet.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-sheet" tabindex="-1">Interface: Sheet <a class="header-anchor" href="#interface-sheet" aria-label="Permalink to &quot;Interface: Sheet&quot;">​</a></h1><p>A table for spreadsheets: typed columns and cells that are numbers, text or empty. <code>ivp table</code>, <code>ivp status</code> and <code>ivp compare</code> build one; it is written as CSV in one convention for every command (<a href="./../functions/renderSheetCsv">renderSheetCsv</a>) or, by the CLI, as an .xlsx workbook with real numbers and number formats.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-columns"></a> <code>columns</code></td><td><code>readonly</code></td><td>readonly <a href="./SheetColumn"><code>SheetColumn</code></a>[]</td><td>-</td></tr><tr><td><a id="property-name"></a> <code>name</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The name of the worksheet (at most 31 characters in a workbook).</td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><code>readonly</code></td><td>readonly (readonly <a href="./../type-aliases/SheetValue"><code>SheetValue</code></a>[])[]</td><td>One array per row, a cell per column: a number (written in its column&#39;s format), a number with a format of its own, a text, or <code>null</code> for an empty cell.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/Sheet.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Sheet = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Sheet as default
};
