import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CountInterval","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/CountInterval.md","filePath":"reference/api/@ivp/model/interfaces/CountInterval.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/CountInterval.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-countinterval" tabindex="-1">Interface: CountInterval <a class="header-anchor" href="#interface-countinterval" aria-label="Permalink to &quot;Interface: CountInterval&quot;">​</a></h1><p>An interval for the expected value of one Poisson count, with the method used.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th><th>Overrides</th><th>Inherited from</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The confidence level, e.g. 0.95.</td><td>-</td><td><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a>.<a href="./ConfidenceInterval#property-confidence"><code>confidence</code></a></td></tr><tr><td><a id="property-lower"></a> <code>lower</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td>-</td><td><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a>.<a href="./ConfidenceInterval#property-lower"><code>lower</code></a></td></tr><tr><td><a id="property-method"></a> <code>method</code></td><td><code>readonly</code></td><td><code>&quot;exact&quot;</code> | <code>&quot;byar&quot;</code></td><td>-</td><td>-</td><td>-</td></tr><tr><td><a id="property-upper"></a> <code>upper</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td><td><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a>.<a href="./ConfidenceInterval#property-upper"><code>upper</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/CountInterval.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CountInterval = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CountInterval as default
};
