import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AssessProgressOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/AssessProgressOptions.md","filePath":"reference/api/@ivp/model/interfaces/AssessProgressOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/AssessProgressOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-assessprogressoptions" tabindex="-1">Interface: AssessProgressOptions <a class="header-anchor" href="#interface-assessprogressoptions" aria-label="Permalink to &quot;Interface: AssessProgressOptions&quot;">​</a></h1><p>Options of <a href="./../functions/assessProgress">assessProgress</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./AssessPlanProgressOptions"><code>AssessPlanProgressOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Significance level of the change and of the verdict&#39;s tests. Default 0.05.</td></tr><tr><td><a id="property-asof"></a> <code>asOf?</code></td><td><code>readonly</code></td><td><code>string</code> | <a href="./Period"><code>Period</code></a></td><td>Assess with the figures known by the end of this period (e.g. <code>2018-H1</code>): those whose period ends on or before it ends (<a href="./../functions/observationsAsOf">observationsAsOf</a>). Default: every figure, so each indicator&#39;s latest.</td></tr><tr><td><a id="property-index"></a> <code>index?</code></td><td><code>readonly</code></td><td><a href="./../classes/ObservationIndex"><code>ObservationIndex</code></a></td><td>A prebuilt index (takes precedence over <code>observations</code>). Build it from <a href="./../functions/observationsAsOf">observationsAsOf</a> when you pass <code>asOf</code>, as <code>ivp status</code> and <code>ivp report</code> do; the latest figure is chosen by the same rule either way.</td></tr><tr><td><a id="property-observations"></a> <code>observations?</code></td><td><code>readonly</code></td><td>readonly <a href="./Observation"><code>Observation</code></a>[]</td><td>Extra observations, e.g. from the plan&#39;s data files.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/AssessProgressOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AssessProgressOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AssessProgressOptions as default
};
