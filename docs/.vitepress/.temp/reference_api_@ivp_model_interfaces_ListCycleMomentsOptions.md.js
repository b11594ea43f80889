import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ListCycleMomentsOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ListCycleMomentsOptions.md","filePath":"reference/api/@ivp/model/interfaces/ListCycleMomentsOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ListCycleMomentsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-listcyclemomentsoptions" tabindex="-1">Interface: ListCycleMomentsOptions <a class="header-anchor" href="#interface-listcyclemomentsoptions" aria-label="Permalink to &quot;Interface: ListCycleMomentsOptions&quot;">​</a></h1><p>Options of <a href="./../functions/listCycleMoments">listCycleMoments</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-cycle"></a> <code>cycle</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/MonitoringCycle"><code>MonitoringCycle</code></a></td><td>-</td></tr><tr><td><a id="property-from"></a> <code>from</code></td><td><code>readonly</code></td><td><code>string</code></td><td>First day of the range, YYYY-MM-DD (inclusive).</td></tr><tr><td><a id="property-to"></a> <code>to</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Last day of the range, YYYY-MM-DD (inclusive).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ListCycleMomentsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ListCycleMomentsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ListCycleMomentsOptions as default
};
