import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AssessChangeSignificanceOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/AssessChangeSignificanceOptions.md","filePath":"reference/api/@ivp/model/interfaces/AssessChangeSignificanceOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/AssessChangeSignificanceOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-assesschangesignificanceoptions" tabindex="-1">Interface: AssessChangeSignificanceOptions <a class="header-anchor" href="#interface-assesschangesignificanceoptions" aria-label="Permalink to &quot;Interface: AssessChangeSignificanceOptions&quot;">​</a></h1><p>Options of <a href="./../functions/assessChangeSignificance">assessChangeSignificance</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The significance level. Default 0.05.</td></tr><tr><td><a id="property-dispersion"></a> <code>dispersion?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>For counts: the dispersion phi of their series (variance = phi x mean), e.g. from <a href="./../functions/estimateDispersion">estimateDispersion</a>. Above 1 the quasi-Poisson test is used; default 1 (Poisson).</td></tr><tr><td><a id="property-from"></a> <code>from</code></td><td><code>readonly</code></td><td><a href="./ChangeSide"><code>ChangeSide</code></a></td><td>-</td></tr><tr><td><a id="property-intervalconfidence"></a> <code>intervalConfidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The confidence level of supplied intervals. Default 0.95.</td></tr><tr><td><a id="property-to"></a> <code>to</code></td><td><code>readonly</code></td><td><a href="./ChangeSide"><code>ChangeSide</code></a></td><td>-</td></tr><tr><td><a id="property-unit"></a> <code>unit</code></td><td><code>readonly</code></td><td>| <code>&quot;count&quot;</code> | <code>&quot;grade&quot;</code> | <code>&quot;percentage&quot;</code> | <code>&quot;rate-per-1000&quot;</code> | <code>&quot;rate-per-10000&quot;</code> | <code>&quot;rate-per-100000&quot;</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/AssessChangeSignificanceOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AssessChangeSignificanceOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AssessChangeSignificanceOptions as default
};
