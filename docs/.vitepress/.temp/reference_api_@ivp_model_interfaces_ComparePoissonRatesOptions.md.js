import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ComparePoissonRatesOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ComparePoissonRatesOptions.md","filePath":"reference/api/@ivp/model/interfaces/ComparePoissonRatesOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ComparePoissonRatesOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-comparepoissonratesoptions" tabindex="-1">Interface: ComparePoissonRatesOptions <a class="header-anchor" href="#interface-comparepoissonratesoptions" aria-label="Permalink to &quot;Interface: ComparePoissonRatesOptions&quot;">​</a></h1><p>Options of <a href="./../functions/comparePoissonRates">comparePoissonRates</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./CompareOverdispersedRatesOptions"><code>CompareOverdispersedRatesOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Confidence level of the interval. Default 0.95.</td></tr><tr><td><a id="property-count1"></a> <code>count1</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The first count x1 (e.g. this year&#39;s).</td></tr><tr><td><a id="property-count2"></a> <code>count2</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The second count x2 (e.g. last year&#39;s).</td></tr><tr><td><a id="property-exposure1"></a> <code>exposure1?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The exposure of the first count (a length of time, a population). Default 1.</td></tr><tr><td><a id="property-exposure2"></a> <code>exposure2?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The exposure of the second count. Default 1 (equal periods).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ComparePoissonRatesOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ComparePoissonRatesOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ComparePoissonRatesOptions as default
};
