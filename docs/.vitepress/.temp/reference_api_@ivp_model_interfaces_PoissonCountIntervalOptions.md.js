import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PoissonCountIntervalOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PoissonCountIntervalOptions.md","filePath":"reference/api/@ivp/model/interfaces/PoissonCountIntervalOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PoissonCountIntervalOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-poissoncountintervaloptions" tabindex="-1">Interface: PoissonCountIntervalOptions <a class="header-anchor" href="#interface-poissoncountintervaloptions" aria-label="Permalink to &quot;Interface: PoissonCountIntervalOptions&quot;">​</a></h1><p>Options of <a href="./../functions/poissonCountInterval">poissonCountInterval</a>.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./CountIntervalOptions"><code>CountIntervalOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Inherited from</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Confidence level. Default 0.95.</td><td><a href="./CountIntervalOptions"><code>CountIntervalOptions</code></a>.<a href="./CountIntervalOptions#property-confidence"><code>confidence</code></a></td></tr><tr><td><a id="property-count"></a> <code>count</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The observed count x.</td><td><a href="./CountIntervalOptions"><code>CountIntervalOptions</code></a>.<a href="./CountIntervalOptions#property-count"><code>count</code></a></td></tr><tr><td><a id="property-exactbelow"></a> <code>exactBelow?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Counts below this get the exact interval, others Byar&#39;s. Default 10.</td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PoissonCountIntervalOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PoissonCountIntervalOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PoissonCountIntervalOptions as default
};
