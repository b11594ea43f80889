import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TableSignificance","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/TableSignificance.md","filePath":"reference/api/@ivp/model/interfaces/TableSignificance.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/TableSignificance.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-tablesignificance" tabindex="-1">Interface: TableSignificance <a class="header-anchor" href="#interface-tablesignificance" aria-label="Permalink to &quot;Interface: TableSignificance&quot;">​</a></h1><p>The multiple-comparisons summary of a table: how many changes were tested, how many chance alone would mark, and how many are marked before and after the correction.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The significance level of every test.</td></tr><tr><td><a id="property-correction"></a> <code>correction</code></td><td><code>readonly</code></td><td><code>&quot;none&quot;</code> | <code>&quot;benjamini-hochberg&quot;</code> | <code>&quot;holm&quot;</code></td><td>The correction across the table.</td></tr><tr><td><a id="property-expectedbychance"></a> <code>expectedByChance</code></td><td><code>readonly</code></td><td><code>number</code></td><td>How many changes chance alone would mark distinguishable if nothing changed: tests x alpha.</td></tr><tr><td><a id="property-nominallysignificant"></a> <code>nominallySignificant</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Changes with a raw p-value below alpha.</td></tr><tr><td><a id="property-significant"></a> <code>significant</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Changes with an adjusted p-value below alpha.</td></tr><tr><td><a id="property-tests"></a> <code>tests</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The changes tested: every change cell with a test, except 0 -&gt; 0.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/TableSignificance.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TableSignificance = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TableSignificance as default
};
