import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AreaComparison","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/AreaComparison.md","filePath":"reference/api/@ivp/model/interfaces/AreaComparison.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/AreaComparison.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-areacomparison" tabindex="-1">Interface: AreaComparison <a class="header-anchor" href="#interface-areacomparison" aria-label="Permalink to &quot;Interface: AreaComparison&quot;">​</a></h1><p>Municipalities side by side: the structure renderers (tables, charts) draw from.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-areas"></a> <code>areas</code></td><td><code>readonly</code></td><td>readonly <a href="./ComparedArea"><code>ComparedArea</code></a>[]</td><td>-</td></tr><tr><td><a id="property-indicators"></a> <code>indicators</code></td><td><code>readonly</code></td><td>readonly <a href="./ComparedIndicator"><code>ComparedIndicator</code></a>[]</td><td>-</td></tr><tr><td><a id="property-populationseries"></a> <code>populationSeries</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-ratebase"></a> <code>rateBase</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/RateBase"><code>RateBase</code></a></td><td>The rates (<code>rate</code> of each cell) are per this many inhabitants.</td></tr><tr><td><a id="property-ratedecimals"></a> <code>rateDecimals</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/AreaComparison.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AreaComparison = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AreaComparison as default
};
