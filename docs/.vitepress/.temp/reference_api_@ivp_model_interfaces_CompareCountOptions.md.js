import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CompareCountOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/CompareCountOptions.md","filePath":"reference/api/@ivp/model/interfaces/CompareCountOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/CompareCountOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-comparecountoptions" tabindex="-1">Interface: CompareCountOptions <a class="header-anchor" href="#interface-comparecountoptions" aria-label="Permalink to &quot;Interface: CompareCountOptions&quot;">​</a></h1><p>Options of <a href="./../functions/compareCountWithBenchmark">compareCountWithBenchmark</a>.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><code>CommonOptions</code></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Inherited from</th></tr></thead><tbody><tr><td><a id="property-benchmark"></a> <code>benchmark</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The benchmark, on the value&#39;s scale (a count&#39;s benchmark scaled to the count&#39;s exposure).</td><td><code>CommonOptions.benchmark</code></td></tr><tr><td><a id="property-confidence"></a> <code>confidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Confidence level of the interval. Default 0.95.</td><td><code>CommonOptions.confidence</code></td></tr><tr><td><a id="property-count"></a> <code>count</code></td><td><code>readonly</code></td><td><code>number</code></td><td>A count: a whole number from 0 to 10^8.</td><td>-</td></tr><tr><td><a id="property-direction"></a> <code>direction</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Direction"><code>Direction</code></a></td><td>-</td><td><code>CommonOptions.direction</code></td></tr><tr><td><a id="property-dispersion"></a> <code>dispersion?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The dispersion phi of the count&#39;s series (quasi-Poisson): its variance is phi times its mean. Values below 1 count as 1. Default 1.</td><td>-</td></tr><tr><td><a id="property-tolerance"></a> <code>tolerance?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Differences up to this do not count. Default 0.</td><td><code>CommonOptions.tolerance</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/CompareCountOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CompareCountOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CompareCountOptions as default
};
