import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BinomialTestResult","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/BinomialTestResult.md","filePath":"reference/api/@ivp/model/interfaces/BinomialTestResult.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/BinomialTestResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-binomialtestresult" tabindex="-1">Interface: BinomialTestResult <a class="header-anchor" href="#interface-binomialtestresult" aria-label="Permalink to &quot;Interface: BinomialTestResult&quot;">​</a></h1><p>The result of an exact binomial test, as R&#39;s <code>binom.test</code> reports it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidenceinterval"></a> <code>confidenceInterval</code></td><td><code>readonly</code></td><td><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a> &amp; <code>object</code></td><td>The Clopper-Pearson (exact) interval for the probability of success.</td></tr><tr><td><a id="property-estimate"></a> <code>estimate</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The observed proportion x / n.</td></tr><tr><td><a id="property-probability"></a> <code>probability</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The probability of success under the null hypothesis.</td></tr><tr><td><a id="property-pvalue"></a> <code>pValue</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The exact two-sided p-value.</td></tr><tr><td><a id="property-successes"></a> <code>successes</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-trials"></a> <code>trials</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/BinomialTestResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BinomialTestResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BinomialTestResult as default
};
