import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RateJson","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/RateJson.md","filePath":"reference/api/@ivp/report/interfaces/RateJson.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/RateJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-ratejson" tabindex="-1">Interface: RateJson <a class="header-anchor" href="#interface-ratejson" aria-label="Permalink to &quot;Interface: RateJson&quot;">​</a></h1><p>Where the rates of an indicator come from (computed by <code>status/rate-coverage.ts</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-count"></a> <code>count</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The series of the counts.</td></tr><tr><td><a id="property-per"></a> <code>per</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Per how many inhabitants: 1000, 10000 or 100000.</td></tr><tr><td><a id="property-periods"></a> <code>periods</code></td><td><code>readonly</code></td><td>readonly <code>object</code>[]</td><td>Every period with a count (and, for yearly counts, every year with a population between the first and the last count), in order; <code>value</code> unrounded. <code>status</code>: <code>computed</code> (value = count.value x per / population.value), <code>given</code> (the plan&#39;s own figure), <code>no-population</code> or <code>no-count</code> (no rate; value, and the missing side, <code>null</code>).</td></tr><tr><td><a id="property-population"></a> <code>population</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The series of the population.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/RateJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RateJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RateJson as default
};
