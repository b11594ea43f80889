import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DispersionEstimate","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/DispersionEstimate.md","filePath":"reference/api/@ivp/model/interfaces/DispersionEstimate.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/DispersionEstimate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-dispersionestimate" tabindex="-1">Interface: DispersionEstimate <a class="header-anchor" href="#interface-dispersionestimate" aria-label="Permalink to &quot;Interface: DispersionEstimate&quot;">​</a></h1><p>A quasi-Poisson dispersion estimate, with the components to recompute it.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./PooledDispersionEstimate"><code>PooledDispersionEstimate</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-df"></a> <code>df</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Residual degrees of freedom: periods - 1 for the intercept-only fit.</td></tr><tr><td><a id="property-pearsonchisquare"></a> <code>pearsonChiSquare</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Pearson&#39;s chi-square: sum((y - fitted)^2 / fitted).</td></tr><tr><td><a id="property-periods"></a> <code>periods</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The number of periods the estimate uses.</td></tr><tr><td><a id="property-phi"></a> <code>phi</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The estimate: Pearson chi-square / degrees of freedom. Below 1 when the counts vary less than Poisson.</td></tr><tr><td><a id="property-used"></a> <code>used</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The dispersion to widen intervals and tests by: max(1, phi), never narrower than Poisson.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/DispersionEstimate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DispersionEstimate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DispersionEstimate as default
};
