import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SeriesTrend","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/SeriesTrend.md","filePath":"reference/api/@ivp/model/interfaces/SeriesTrend.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/SeriesTrend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-seriestrend" tabindex="-1">Interface: SeriesTrend <a class="header-anchor" href="#interface-seriestrend" aria-label="Permalink to &quot;Interface: SeriesTrend&quot;">​</a></h1><p>The trend of a count series over its comparable periods up to the latest figure.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-periods"></a> <code>periods</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>The periods the trend is fitted to, oldest first; the last is the latest figure&#39;s.</td></tr><tr><td><a id="property-test"></a> <code>test</code></td><td><code>readonly</code></td><td><a href="./PoissonTrend"><code>PoissonTrend</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/SeriesTrend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SeriesTrend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SeriesTrend as default
};
