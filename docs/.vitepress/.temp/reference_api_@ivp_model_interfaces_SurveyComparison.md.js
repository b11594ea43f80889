import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SurveyComparison","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/SurveyComparison.md","filePath":"reference/api/@ivp/model/interfaces/SurveyComparison.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/SurveyComparison.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-surveycomparison" tabindex="-1">Interface: SurveyComparison <a class="header-anchor" href="#interface-surveycomparison" aria-label="Permalink to &quot;Interface: SurveyComparison&quot;">​</a></h1><p>The comparison of two independent survey figures.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidenceinterval"></a> <code>confidenceInterval</code></td><td><code>readonly</code></td><td><a href="./ConfidenceInterval"><code>ConfidenceInterval</code></a></td><td>Interval of the difference at the same confidence level.</td></tr><tr><td><a id="property-difference"></a> <code>difference</code></td><td><code>readonly</code></td><td><code>number</code></td><td>later - earlier.</td></tr><tr><td><a id="property-pvalue"></a> <code>pValue</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Two-sided p-value under the normal approximation.</td></tr><tr><td><a id="property-standarderror"></a> <code>standardError</code></td><td><code>readonly</code></td><td><code>number</code></td><td>sqrt(se1^2 + se2^2).</td></tr><tr><td><a id="property-standarderrors"></a> <code>standardErrors</code></td><td><code>readonly</code></td><td>readonly [<code>number</code>, <code>number</code>]</td><td>The standard error of each figure, from its interval: (upper - lower) / (2 z).</td></tr><tr><td><a id="property-z"></a> <code>z</code></td><td><code>readonly</code></td><td><code>number</code></td><td>difference / standardError.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/SurveyComparison.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SurveyComparison = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SurveyComparison as default
};
