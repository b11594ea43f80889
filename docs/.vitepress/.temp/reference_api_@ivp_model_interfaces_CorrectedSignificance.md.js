import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CorrectedSignificance","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/CorrectedSignificance.md","filePath":"reference/api/@ivp/model/interfaces/CorrectedSignificance.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/CorrectedSignificance.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-correctedsignificance" tabindex="-1">Interface: CorrectedSignificance <a class="header-anchor" href="#interface-correctedsignificance" aria-label="Permalink to &quot;Interface: CorrectedSignificance&quot;">​</a></h1><p>A change&#39;s test after the correction for multiple comparisons across its table.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-distinguishablefromchance"></a> <code>distinguishableFromChance</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td><code>pValue &lt; alpha</code>: still distinguishable from chance after the correction.</td></tr><tr><td><a id="property-method"></a> <code>method</code></td><td><code>readonly</code></td><td><code>&quot;none&quot;</code> | <code>&quot;benjamini-hochberg&quot;</code> | <code>&quot;holm&quot;</code></td><td>The correction (<code>&quot;none&quot;</code>: the raw p-value).</td></tr><tr><td><a id="property-pvalue"></a> <code>pValue</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The adjusted p-value, as R&#39;s <code>p.adjust(p, method)</code> over the table&#39;s tests.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/CorrectedSignificance.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CorrectedSignificance = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CorrectedSignificance as default
};
