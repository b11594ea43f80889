import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CsvDialect","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/CsvDialect.md","filePath":"reference/api/@ivp/report/interfaces/CsvDialect.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/CsvDialect.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-csvdialect" tabindex="-1">Interface: CsvDialect <a class="header-anchor" href="#interface-csvdialect" aria-label="Permalink to &quot;Interface: CsvDialect&quot;">​</a></h1><p>The CSV convention of a language: Dutch spreadsheets expect <code>;</code> and a decimal comma.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-decimalseparator"></a> <code>decimalSeparator</code></td><td><code>readonly</code></td><td><code>&quot;,&quot;</code> | <code>&quot;.&quot;</code></td></tr><tr><td><a id="property-separator"></a> <code>separator</code></td><td><code>readonly</code></td><td><code>&quot;,&quot;</code> | <code>&quot;;&quot;</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/CsvDialect.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CsvDialect = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CsvDialect as default
};
