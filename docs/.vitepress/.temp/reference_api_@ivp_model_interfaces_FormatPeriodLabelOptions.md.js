import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FormatPeriodLabelOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/FormatPeriodLabelOptions.md","filePath":"reference/api/@ivp/model/interfaces/FormatPeriodLabelOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/FormatPeriodLabelOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-formatperiodlabeloptions" tabindex="-1">Interface: FormatPeriodLabelOptions <a class="header-anchor" href="#interface-formatperiodlabeloptions" aria-label="Permalink to &quot;Interface: FormatPeriodLabelOptions&quot;">​</a></h1><p>Options of <a href="./../functions/formatPeriodLabel">formatPeriodLabel</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-lang"></a> <code>lang?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Language"><code>Language</code></a></td><td>Default <code>&quot;nl&quot;</code>.</td></tr><tr><td><a id="property-style"></a> <code>style?</code></td><td><code>readonly</code></td><td><code>&quot;short&quot;</code> | <code>&quot;long&quot;</code></td><td><code>&quot;short&quot;</code> (jan-jun 2017, the default) or <code>&quot;long&quot;</code> (januari t/m juni 2017).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/FormatPeriodLabelOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FormatPeriodLabelOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FormatPeriodLabelOptions as default
};
