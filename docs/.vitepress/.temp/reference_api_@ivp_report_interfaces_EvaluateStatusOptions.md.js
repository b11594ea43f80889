import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EvaluateStatusOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/EvaluateStatusOptions.md","filePath":"reference/api/@ivp/report/interfaces/EvaluateStatusOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/EvaluateStatusOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-evaluatestatusoptions" tabindex="-1">Interface: EvaluateStatusOptions <a class="header-anchor" href="#interface-evaluatestatusoptions" aria-label="Permalink to &quot;Interface: EvaluateStatusOptions&quot;">​</a></h1><p>Options of <a href="./../functions/evaluateStatus">evaluateStatus</a> (and of <code>evaluatePlan</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-asof"></a> <code>asOf?</code></td><td><code>readonly</code></td><td><code>string</code> | <a href="./../../model/interfaces/Period"><code>Period</code></a></td><td>Use only the figures known by the end of this period (e.g. <code>&quot;2018-H1&quot;</code>; <code>observationsAsOf</code>).</td></tr><tr><td><a id="property-correction"></a> <code>correction?</code></td><td><code>readonly</code></td><td><code>&quot;none&quot;</code> | <code>&quot;benjamini-hochberg&quot;</code> | <code>&quot;holm&quot;</code></td><td>The correction of the verdicts for testing many indicators at once. Default: the plan&#39;s <code>conventions.multipleComparisons</code>, else Benjamini-Hochberg.</td></tr><tr><td><a id="property-lang"></a> <code>lang?</code></td><td><code>readonly</code></td><td><a href="./../../model/type-aliases/Language"><code>Language</code></a></td><td>Language of the <code>text</code> and <code>message</code> fields. Default: the plan&#39;s language.</td></tr><tr><td><a id="property-observations"></a> <code>observations?</code></td><td><code>readonly</code></td><td>readonly <a href="./../../model/interfaces/Observation"><code>Observation</code></a>[]</td><td>Every observation to use. Default: those written in the plan file (<code>collectObservations</code>).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/EvaluateStatusOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EvaluateStatusOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EvaluateStatusOptions as default
};
