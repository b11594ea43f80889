import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ObservedPoint","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/ObservedPoint.md","filePath":"reference/api/@ivp/report/interfaces/ObservedPoint.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/ObservedPoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-observedpoint" tabindex="-1">Interface: ObservedPoint <a class="header-anchor" href="#interface-observedpoint" aria-label="Permalink to &quot;Interface: ObservedPoint&quot;">​</a></h1><p>One figure of an indicator&#39;s series.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-comparable"></a> <code>comparable</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>Whether the period covers the same months as the baseline&#39;s period (so it may be compared with the baseline and drawn on the same line). With no baseline: whether it is a full year.</td></tr><tr><td><a id="property-origin"></a> <code>origin</code></td><td><code>readonly</code></td><td><code>&quot;table&quot;</code> | <code>&quot;text&quot;</code> | <code>&quot;import&quot;</code> | <code>&quot;other&quot;</code></td><td>Where the figure was written (a table, the running text, an import).</td></tr><tr><td><a id="property-period"></a> <code>period</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Canonical period code, e.g. <code>2017</code> or <code>2018-01..2018-10</code>.</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/ObservedPoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ObservedPoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ObservedPoint as default
};
