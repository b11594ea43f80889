import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CsvRecord","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/index/interfaces/CsvRecord.md","filePath":"reference/api/@ivp/plan-file/index/interfaces/CsvRecord.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/index/interfaces/CsvRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-csvrecord" tabindex="-1">Interface: CsvRecord <a class="header-anchor" href="#interface-csvrecord" aria-label="Permalink to &quot;Interface: CsvRecord&quot;">​</a></h1><p>A CSV record with the line and column where each field starts (1-based).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-columns"></a> <code>columns</code></td><td><code>readonly</code></td><td>readonly <code>number</code>[]</td></tr><tr><td><a id="property-fields"></a> <code>fields</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td></tr><tr><td><a id="property-line"></a> <code>line</code></td><td><code>readonly</code></td><td><code>number</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/index/interfaces/CsvRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CsvRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CsvRecord as default
};
