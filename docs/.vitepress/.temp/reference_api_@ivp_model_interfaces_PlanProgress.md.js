import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanProgress","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PlanProgress.md","filePath":"reference/api/@ivp/model/interfaces/PlanProgress.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PlanProgress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-planprogress" tabindex="-1">Interface: PlanProgress <a class="header-anchor" href="#interface-planprogress" aria-label="Permalink to &quot;Interface: PlanProgress&quot;">​</a></h1><p>The progress of every indicator of a plan.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-asof"></a> <code>asOf</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The as-of period asked for, as a code; <code>null</code>: each indicator&#39;s latest figure.</td></tr><tr><td><a id="property-correction"></a> <code>correction</code></td><td><code>readonly</code></td><td><a href="./VerdictCorrection"><code>VerdictCorrection</code></a></td><td>-</td></tr><tr><td><a id="property-indicators"></a> <code>indicators</code></td><td><code>readonly</code></td><td>readonly <a href="./IndicatorProgress"><code>IndicatorProgress</code></a>[]</td><td>One assessment per indicator, in the plan&#39;s order.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PlanProgress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanProgress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanProgress as default
};
