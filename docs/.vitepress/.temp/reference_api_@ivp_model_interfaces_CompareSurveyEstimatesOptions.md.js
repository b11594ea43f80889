import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CompareSurveyEstimatesOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/CompareSurveyEstimatesOptions.md","filePath":"reference/api/@ivp/model/interfaces/CompareSurveyEstimatesOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/CompareSurveyEstimatesOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-comparesurveyestimatesoptions" tabindex="-1">Interface: CompareSurveyEstimatesOptions <a class="header-anchor" href="#interface-comparesurveyestimatesoptions" aria-label="Permalink to &quot;Interface: CompareSurveyEstimatesOptions&quot;">​</a></h1><p>Options of <a href="./../functions/compareSurveyEstimates">compareSurveyEstimates</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The confidence level of the supplied intervals. Default 0.95.</td></tr><tr><td><a id="property-earlier"></a> <code>earlier</code></td><td><code>readonly</code></td><td><a href="./SurveyEstimate"><code>SurveyEstimate</code></a></td><td>-</td></tr><tr><td><a id="property-later"></a> <code>later</code></td><td><code>readonly</code></td><td><a href="./SurveyEstimate"><code>SurveyEstimate</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/CompareSurveyEstimatesOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CompareSurveyEstimatesOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CompareSurveyEstimatesOptions as default
};
