import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PartialYearRecord","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PartialYearRecord.md","filePath":"reference/api/@ivp/model/interfaces/PartialYearRecord.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PartialYearRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-partialyearrecord" tabindex="-1">Interface: PartialYearRecord <a class="header-anchor" href="#interface-partialyearrecord" aria-label="Permalink to &quot;Interface: PartialYearRecord&quot;">​</a></h1><p>One earlier year: the figure for the same months and for the whole year.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-full"></a> <code>full</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The figure for the whole year.</td></tr><tr><td><a id="property-partial"></a> <code>partial</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The figure for the months (e.g. January-October).</td></tr><tr><td><a id="property-year"></a> <code>year</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PartialYearRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PartialYearRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PartialYearRecord as default
};
