import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerdictTestJson","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/VerdictTestJson.md","filePath":"reference/api/@ivp/report/interfaces/VerdictTestJson.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/VerdictTestJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-verdicttestjson" tabindex="-1">Interface: VerdictTestJson <a class="header-anchor" href="#interface-verdicttestjson" aria-label="Permalink to &quot;Interface: VerdictTestJson&quot;">​</a></h1><p>A test that decides part of the verdict.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-adjustedpvalue"></a> <code>adjustedPValue</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>After the correction for multiple tests (<code>correction</code>).</td></tr><tr><td><a id="property-estimateside"></a> <code>estimateSide</code></td><td><code>readonly</code></td><td><code>&quot;indistinguishable&quot;</code> | <code>&quot;worse&quot;</code> | <code>&quot;better&quot;</code></td><td>The side of the figure itself, whatever chance says.</td></tr><tr><td><a id="property-pvalue"></a> <code>pValue</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>Two-sided p-value; <code>null</code> for a comparison by tolerance only.</td></tr><tr><td><a id="property-side"></a> <code>side</code></td><td><code>readonly</code></td><td><code>&quot;indistinguishable&quot;</code> | <code>&quot;worse&quot;</code> | <code>&quot;better&quot;</code></td><td><code>estimateSide</code> when adjustedPValue &lt; alpha (or beyond the tolerance without a p-value), else <code>indistinguishable</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/VerdictTestJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerdictTestJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerdictTestJson as default
};
