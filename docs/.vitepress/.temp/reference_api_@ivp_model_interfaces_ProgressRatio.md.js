import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProgressRatio","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ProgressRatio.md","filePath":"reference/api/@ivp/model/interfaces/ProgressRatio.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ProgressRatio.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-progressratio" tabindex="-1">Interface: ProgressRatio <a class="header-anchor" href="#interface-progressratio" aria-label="Permalink to &quot;Interface: ProgressRatio&quot;">​</a></h1><p>The progress ratio R = d x observed / |required| (d = +1 if higher is better, -1 if lower is better).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-directionsign"></a> <code>directionSign</code></td><td><code>readonly</code></td><td><code>-1</code> | <code>1</code></td><td>+1 when higher is better, -1 when lower is better.</td></tr><tr><td><a id="property-method"></a> <code>method</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/ProgressRatioMethod"><code>ProgressRatioMethod</code></a></td><td>-</td></tr><tr><td><a id="property-observed"></a> <code>observed</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>The observed annual rate (growth rate for <code>cagr</code>, difference per year for <code>absolute</code>).</td></tr><tr><td><a id="property-required"></a> <code>required</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>The required annual rate.</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>R; <code>null</code> for <code>no-change-required</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ProgressRatio.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProgressRatio = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProgressRatio as default
};
