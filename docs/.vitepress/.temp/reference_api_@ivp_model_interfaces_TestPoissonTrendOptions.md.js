import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TestPoissonTrendOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/TestPoissonTrendOptions.md","filePath":"reference/api/@ivp/model/interfaces/TestPoissonTrendOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/TestPoissonTrendOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-testpoissontrendoptions" tabindex="-1">Interface: TestPoissonTrendOptions <a class="header-anchor" href="#interface-testpoissontrendoptions" aria-label="Permalink to &quot;Interface: TestPoissonTrendOptions&quot;">​</a></h1><p>Options of <a href="./../functions/testPoissonTrend">testPoissonTrend</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The significance level of the verdicts; the intervals have confidence 1 - alpha. Default 0.05.</td></tr><tr><td><a id="property-counts"></a> <code>counts</code></td><td><code>readonly</code></td><td>readonly <code>number</code>[]</td><td>The counts, oldest first, of <a href="./../variables/MIN_TREND_PERIODS">MIN_TREND_PERIODS</a> or more comparable periods.</td></tr><tr><td><a id="property-exposures"></a> <code>exposures?</code></td><td><code>readonly</code></td><td>readonly <code>number</code>[]</td><td>The exposure of each count (a population, a number of months), entering as the offset log(exposure): the trend is then one of the rate. Default 1 for every period.</td></tr><tr><td><a id="property-times"></a> <code>times?</code></td><td><code>readonly</code></td><td>readonly <code>number</code>[]</td><td>The time of each count, strictly increasing (e.g. the years 2013-2017, or with a gap for a missing year). Default 0, 1, 2, ...: the slope is per step of 1.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/TestPoissonTrendOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TestPoissonTrendOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TestPoissonTrendOptions as default
};
