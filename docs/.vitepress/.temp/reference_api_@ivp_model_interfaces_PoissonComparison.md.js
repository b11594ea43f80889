import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PoissonComparison","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PoissonComparison.md","filePath":"reference/api/@ivp/model/interfaces/PoissonComparison.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PoissonComparison.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-poissoncomparison" tabindex="-1">Interface: PoissonComparison <a class="header-anchor" href="#interface-poissoncomparison" aria-label="Permalink to &quot;Interface: PoissonComparison&quot;">​</a></h1><p>The comparison of two Poisson counts, as R&#39;s <code>poisson.test(c(x1, x2), c(T1, T2))</code> reports it.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./OverdispersedComparison"><code>OverdispersedComparison</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidenceinterval"></a> <code>confidenceInterval</code></td><td><code>readonly</code></td><td><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a></td><td>The exact interval for the rate ratio; <code>upper</code> is <code>null</code> when unbounded.</td></tr><tr><td><a id="property-count1"></a> <code>count1</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-count2"></a> <code>count2</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-expectedcount1"></a> <code>expectedCount1</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The count x1 expected under equal rates: n T1 / (T1 + T2).</td></tr><tr><td><a id="property-exposure1"></a> <code>exposure1</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-exposure2"></a> <code>exposure2</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-pvalue"></a> <code>pValue</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The exact two-sided p-value for &quot;the rates are equal&quot;; 1 when both counts are 0.</td></tr><tr><td><a id="property-rateratio"></a> <code>rateRatio</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>(x1 / T1) / (x2 / T2); <code>null</code> when x2 = 0 (infinite, or undefined when both counts are 0).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PoissonComparison.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PoissonComparison = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PoissonComparison as default
};
