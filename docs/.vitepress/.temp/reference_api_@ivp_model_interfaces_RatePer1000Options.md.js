import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RatePer1000Options","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/RatePer1000Options.md","filePath":"reference/api/@ivp/model/interfaces/RatePer1000Options.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/RatePer1000Options.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-rateper1000options" tabindex="-1">Interface: RatePer1000Options <a class="header-anchor" href="#interface-rateper1000options" aria-label="Permalink to &quot;Interface: RatePer1000Options&quot;">​</a></h1><p>Options of <a href="./../functions/ratePer1000">ratePer1000</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-decimals"></a> <code>decimals?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Decimal places, rounded half away from zero. Default 1 (as CBS publishes rates).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/RatePer1000Options.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RatePer1000Options = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RatePer1000Options as default
};
