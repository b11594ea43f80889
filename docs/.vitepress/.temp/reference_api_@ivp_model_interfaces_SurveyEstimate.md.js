import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SurveyEstimate","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/SurveyEstimate.md","filePath":"reference/api/@ivp/model/interfaces/SurveyEstimate.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/SurveyEstimate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-surveyestimate" tabindex="-1">Interface: SurveyEstimate <a class="header-anchor" href="#interface-surveyestimate" aria-label="Permalink to &quot;Interface: SurveyEstimate&quot;">​</a></h1><p>A survey figure with the confidence interval its publisher supplied.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-lower"></a> <code>lower</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Lower bound of the supplied interval (CBS: <code>MOG0095</code>, for 95%).</td></tr><tr><td><a id="property-upper"></a> <code>upper</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Upper bound of the supplied interval (CBS: <code>MBG0095</code>).</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/SurveyEstimate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SurveyEstimate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SurveyEstimate as default
};
