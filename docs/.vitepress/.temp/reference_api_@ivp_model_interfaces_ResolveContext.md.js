import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolveContext","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ResolveContext.md","filePath":"reference/api/@ivp/model/interfaces/ResolveContext.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ResolveContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-resolvecontext" tabindex="-1">Interface: ResolveContext <a class="header-anchor" href="#interface-resolvecontext" aria-label="Permalink to &quot;Interface: ResolveContext&quot;">​</a></h1><p>What <a href="./../functions/resolveValue">resolveValue</a> looks values up in.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-index"></a> <code>index</code></td><td><code>readonly</code></td><td><a href="./../classes/ObservationIndex"><code>ObservationIndex</code></a></td><td>-</td></tr><tr><td><a id="property-series"></a> <code>series?</code></td><td><code>readonly</code></td><td><code>ReadonlyMap</code>&lt;<code>string</code>, <a href="./../type-aliases/Series"><code>Series</code></a>&gt;</td><td>Series definitions, for sums of parts declared complete.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ResolveContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolveContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolveContext as default
};
