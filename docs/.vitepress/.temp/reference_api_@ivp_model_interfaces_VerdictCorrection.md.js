import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerdictCorrection","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/VerdictCorrection.md","filePath":"reference/api/@ivp/model/interfaces/VerdictCorrection.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/VerdictCorrection.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-verdictcorrection" tabindex="-1">Interface: VerdictCorrection <a class="header-anchor" href="#interface-verdictcorrection" aria-label="Permalink to &quot;Interface: VerdictCorrection&quot;">​</a></h1><p>How the verdicts of a plan were corrected for testing many indicators at once.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-expectedbychance"></a> <code>expectedByChance</code></td><td><code>readonly</code></td><td><code>number</code></td><td>tests x alpha: how many tests chance alone would call different, on average, without a correction.</td></tr><tr><td><a id="property-method"></a> <code>method</code></td><td><code>readonly</code></td><td><code>&quot;none&quot;</code> | <code>&quot;benjamini-hochberg&quot;</code> | <code>&quot;holm&quot;</code></td><td>-</td></tr><tr><td><a id="property-source"></a> <code>source</code></td><td><code>readonly</code></td><td><code>&quot;default&quot;</code> | <code>&quot;conventions&quot;</code> | <code>&quot;option&quot;</code></td><td>Where the method came from.</td></tr><tr><td><a id="property-tests"></a> <code>tests</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The number of tests with a p-value across the plan&#39;s verdicts (benchmark and baseline tests).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/VerdictCorrection.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerdictCorrection = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerdictCorrection as default
};
