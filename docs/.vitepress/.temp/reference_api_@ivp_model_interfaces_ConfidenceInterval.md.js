import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ConfidenceInterval","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ConfidenceInterval.md","filePath":"reference/api/@ivp/model/interfaces/ConfidenceInterval.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ConfidenceInterval.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-confidenceinterval" tabindex="-1">Interface: ConfidenceInterval <a class="header-anchor" href="#interface-confidenceinterval" aria-label="Permalink to &quot;Interface: ConfidenceInterval&quot;">​</a></h1><p>A two-sided confidence interval. <code>upper</code> is <code>null</code> when the interval is unbounded above (a rate ratio whose second count is 0); JSON has no infinity.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./CountInterval"><code>CountInterval</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The confidence level, e.g. 0.95.</td></tr><tr><td><a id="property-lower"></a> <code>lower</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-upper"></a> <code>upper</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ConfidenceInterval.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ConfidenceInterval = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ConfidenceInterval as default
};
