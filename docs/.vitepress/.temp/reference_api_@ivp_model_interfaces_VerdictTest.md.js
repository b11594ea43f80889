import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerdictTest","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/VerdictTest.md","filePath":"reference/api/@ivp/model/interfaces/VerdictTest.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/VerdictTest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-verdicttest" tabindex="-1">Interface: VerdictTest <a class="header-anchor" href="#interface-verdicttest" aria-label="Permalink to &quot;Interface: VerdictTest&quot;">​</a></h1><p>A test that decides part of a verdict, before and after a correction for multiple tests.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./BaselineTest"><code>BaselineTest</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-adjustedpvalue"></a> <code>adjustedPValue</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>The p-value after the correction for multiple tests; equal to <code>pValue</code> without one.</td></tr><tr><td><a id="property-estimateside"></a> <code>estimateSide</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/BenchmarkSide"><code>BenchmarkSide</code></a></td><td>The side of the point estimate, whatever chance says: <code>indistinguishable</code> only when it is exactly on the benchmark (or in its tolerance band).</td></tr><tr><td><a id="property-pvalue"></a> <code>pValue</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>The two-sided p-value; <code>null</code> when there is none (a comparison by tolerance only).</td></tr><tr><td><a id="property-side"></a> <code>side</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/BenchmarkSide"><code>BenchmarkSide</code></a></td><td>The side that counts: the estimate&#39;s side when <code>adjustedPValue &lt; alpha</code> (or, without a p-value, beyond the tolerance), else <code>indistinguishable</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/VerdictTest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerdictTest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerdictTest as default
};
