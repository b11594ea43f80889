import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CountIntervalOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/CountIntervalOptions.md","filePath":"reference/api/@ivp/model/interfaces/CountIntervalOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/CountIntervalOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-countintervaloptions" tabindex="-1">Interface: CountIntervalOptions <a class="header-anchor" href="#interface-countintervaloptions" aria-label="Permalink to &quot;Interface: CountIntervalOptions&quot;">​</a></h1><p>Options of the intervals for one count.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./PoissonCountIntervalOptions"><code>PoissonCountIntervalOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Confidence level. Default 0.95.</td></tr><tr><td><a id="property-count"></a> <code>count</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The observed count x.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/CountIntervalOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CountIntervalOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CountIntervalOptions as default
};
