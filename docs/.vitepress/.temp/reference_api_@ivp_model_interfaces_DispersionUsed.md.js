import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DispersionUsed","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/DispersionUsed.md","filePath":"reference/api/@ivp/model/interfaces/DispersionUsed.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/DispersionUsed.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-dispersionused" tabindex="-1">Interface: DispersionUsed <a class="header-anchor" href="#interface-dispersionused" aria-label="Permalink to &quot;Interface: DispersionUsed&quot;">​</a></h1><p>The dispersion used for a count&#39;s intervals and tests, and where it came from.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-estimate"></a> <code>estimate</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The estimate phi: Pearson chi-square / degrees of freedom of the history.</td></tr><tr><td><a id="property-periods"></a> <code>periods</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>The periods of the history it was estimated from.</td></tr><tr><td><a id="property-used"></a> <code>used</code></td><td><code>readonly</code></td><td><code>number</code></td><td>What the intervals and tests used: max(1, estimate).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/DispersionUsed.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DispersionUsed = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DispersionUsed as default
};
