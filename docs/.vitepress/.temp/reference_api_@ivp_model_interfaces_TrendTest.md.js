import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TrendTest","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/TrendTest.md","filePath":"reference/api/@ivp/model/interfaces/TrendTest.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/TrendTest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-trendtest" tabindex="-1">Interface: TrendTest <a class="header-anchor" href="#interface-trendtest" aria-label="Permalink to &quot;Interface: TrendTest&quot;">​</a></h1><p>One test of &quot;no trend&quot; (slope 0).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidenceinterval"></a> <code>confidenceInterval</code></td><td><code>readonly</code></td><td><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a></td><td>The interval of the rate ratio per period: exp(slope -/+ quantile x standard error).</td></tr><tr><td><a id="property-df"></a> <code>df</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>Degrees of freedom of the t distribution (n - 2); <code>null</code> for the normal.</td></tr><tr><td><a id="property-distribution"></a> <code>distribution</code></td><td><code>readonly</code></td><td><code>&quot;normal&quot;</code> | <code>&quot;t&quot;</code></td><td>The reference distribution of the statistic.</td></tr><tr><td><a id="property-pvalue"></a> <code>pValue</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The two-sided p-value.</td></tr><tr><td><a id="property-standarderror"></a> <code>standardError</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The standard error of the slope.</td></tr><tr><td><a id="property-statistic"></a> <code>statistic</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The test statistic: slope / standard error (z for Poisson, t for quasi-Poisson).</td></tr><tr><td><a id="property-verdict"></a> <code>verdict</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/TrendVerdict"><code>TrendVerdict</code></a></td><td>&quot;increasing&quot; or &quot;decreasing&quot; when pValue &lt; alpha, else &quot;no-significant-change&quot;.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/TrendTest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TrendTest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TrendTest as default
};
