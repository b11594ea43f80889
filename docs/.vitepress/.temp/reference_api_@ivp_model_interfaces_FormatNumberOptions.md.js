import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FormatNumberOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/FormatNumberOptions.md","filePath":"reference/api/@ivp/model/interfaces/FormatNumberOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/FormatNumberOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-formatnumberoptions" tabindex="-1">Interface: FormatNumberOptions <a class="header-anchor" href="#interface-formatnumberoptions" aria-label="Permalink to &quot;Interface: FormatNumberOptions&quot;">​</a></h1><p>Options of <a href="./../functions/formatNumber">formatNumber</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-decimals"></a> <code>decimals?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Decimal places; rounded half away from zero. Default 0.</td></tr><tr><td><a id="property-decimalseparator"></a> <code>decimalSeparator?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Default <code>&quot;,&quot;</code> (Dutch).</td></tr><tr><td><a id="property-groupseparator"></a> <code>groupSeparator?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Written between groups of three digits; default none, so tables stay machine-readable.</td></tr><tr><td><a id="property-minussign"></a> <code>minusSign?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Default <code>&quot;-&quot;</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/FormatNumberOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FormatNumberOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FormatNumberOptions as default
};
