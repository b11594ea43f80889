import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CycleStatus","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/CycleStatus.md","filePath":"reference/api/@ivp/model/interfaces/CycleStatus.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/CycleStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-cyclestatus" tabindex="-1">Interface: CycleStatus <a class="header-anchor" href="#interface-cyclestatus" aria-label="Permalink to &quot;Interface: CycleStatus&quot;">​</a></h1><p>Where a monitoring cycle stands on a date.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-by"></a> <code>by</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-cycle"></a> <code>cycle</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-daysuntilnext"></a> <code>daysUntilNext</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>Days from the date to the next moment.</td></tr><tr><td><a id="property-due"></a> <code>due</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The latest moment on or before the date: the one that is due (or was done); <code>null</code> before the first.</td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><code>readonly</code></td><td>| <code>&quot;other&quot;</code> | <code>&quot;execution-plan&quot;</code> | <code>&quot;progress-analysis&quot;</code> | <code>&quot;plan&quot;</code> | <code>&quot;meeting&quot;</code> | <code>&quot;screening&quot;</code></td><td>-</td></tr><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-next"></a> <code>next</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The first moment after the date; <code>null</code> when it falls after <code>until</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/CycleStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CycleStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CycleStatus as default
};
