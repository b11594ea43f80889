import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SummarizeMonitoringOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/SummarizeMonitoringOptions.md","filePath":"reference/api/@ivp/model/interfaces/SummarizeMonitoringOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/SummarizeMonitoringOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-summarizemonitoringoptions" tabindex="-1">Interface: SummarizeMonitoringOptions <a class="header-anchor" href="#interface-summarizemonitoringoptions" aria-label="Permalink to &quot;Interface: SummarizeMonitoringOptions&quot;">​</a></h1><p>Options of <a href="./../functions/summarizeMonitoring">summarizeMonitoring</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-asof"></a> <code>asOf</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The date, YYYY-MM-DD.</td></tr><tr><td><a id="property-cycles"></a> <code>cycles</code></td><td><code>readonly</code></td><td>readonly <a href="./../type-aliases/MonitoringCycle"><code>MonitoringCycle</code></a>[]</td><td>The plan&#39;s monitoring cycles.</td></tr><tr><td><a id="property-until"></a> <code>until?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The last day moments count (e.g. the end of the plan period), YYYY-MM-DD.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/SummarizeMonitoringOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SummarizeMonitoringOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SummarizeMonitoringOptions as default
};
