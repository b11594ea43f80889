import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CompareAreasOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/CompareAreasOptions.md","filePath":"reference/api/@ivp/model/interfaces/CompareAreasOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/CompareAreasOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-compareareasoptions" tabindex="-1">Interface: CompareAreasOptions <a class="header-anchor" href="#interface-compareareasoptions" aria-label="Permalink to &quot;Interface: CompareAreasOptions&quot;">​</a></h1><p>Options of <a href="./../functions/compareAreas">compareAreas</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-indicators"></a> <code>indicators?</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>Indicator or series ids to compare. Default: every indicator counted in registrations (unit <code>count</code>) of any of the plans, in plan order.</td></tr><tr><td><a id="property-lang"></a> <code>lang?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Language"><code>Language</code></a></td><td>Language of period labels. Default <code>&quot;nl&quot;</code>.</td></tr><tr><td><a id="property-periods"></a> <code>periods?</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>Periods to compare. Default: every year with a figure for the indicator in any plan.</td></tr><tr><td><a id="property-populationseries"></a> <code>populationSeries?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The series with the number of inhabitants in each plan. Default <code>&quot;inwoners&quot;</code>.</td></tr><tr><td><a id="property-ratebase"></a> <code>rateBase?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/RateBase"><code>RateBase</code></a></td><td>The rates are per this many inhabitants: 1,000 (default), 10,000 or 100,000.</td></tr><tr><td><a id="property-ratedecimals"></a> <code>rateDecimals?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Decimals of the rates. Default 1.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/CompareAreasOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CompareAreasOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CompareAreasOptions as default
};
