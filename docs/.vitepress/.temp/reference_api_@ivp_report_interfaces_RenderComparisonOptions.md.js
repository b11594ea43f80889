import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RenderComparisonOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/RenderComparisonOptions.md","filePath":"reference/api/@ivp/report/interfaces/RenderComparisonOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/RenderComparisonOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-rendercomparisonoptions" tabindex="-1">Interface: RenderComparisonOptions <a class="header-anchor" href="#interface-rendercomparisonoptions" aria-label="Permalink to &quot;Interface: RenderComparisonOptions&quot;">​</a></h1><p>Options of <a href="./../functions/renderComparison">renderComparison</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-lang"></a> <code>lang?</code></td><td><code>readonly</code></td><td><a href="./../../model/type-aliases/Language"><code>Language</code></a></td><td>Language of headers and number notation. Default <code>&quot;nl&quot;</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/RenderComparisonOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RenderComparisonOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RenderComparisonOptions as default
};
