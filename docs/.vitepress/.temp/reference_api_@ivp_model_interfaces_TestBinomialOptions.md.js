import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TestBinomialOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/TestBinomialOptions.md","filePath":"reference/api/@ivp/model/interfaces/TestBinomialOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/TestBinomialOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-testbinomialoptions" tabindex="-1">Interface: TestBinomialOptions <a class="header-anchor" href="#interface-testbinomialoptions" aria-label="Permalink to &quot;Interface: TestBinomialOptions&quot;">​</a></h1><p>Options of <a href="./../functions/testBinomial">testBinomial</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Confidence level of the interval. Default 0.95.</td></tr><tr><td><a id="property-probability"></a> <code>probability?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The probability of success under the null hypothesis. Default 0.5.</td></tr><tr><td><a id="property-successes"></a> <code>successes</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The number of successes x.</td></tr><tr><td><a id="property-trials"></a> <code>trials</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The number of trials n (at least 1, at least x).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/TestBinomialOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TestBinomialOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TestBinomialOptions as default
};
