import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BaselineExtremityOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/BaselineExtremityOptions.md","filePath":"reference/api/@ivp/model/interfaces/BaselineExtremityOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/BaselineExtremityOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-baselineextremityoptions" tabindex="-1">Interface: BaselineExtremityOptions <a class="header-anchor" href="#interface-baselineextremityoptions" aria-label="Permalink to &quot;Interface: BaselineExtremityOptions&quot;">​</a></h1><p>Options of <a href="./../functions/baselineExtremity">baselineExtremity</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-baseline"></a> <code>baseline</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The baseline value (a count, a rate, a percentage) of a single period.</td></tr><tr><td><a id="property-history"></a> <code>history</code></td><td><code>readonly</code></td><td>readonly <code>number</code>[]</td><td>The values of the comparable periods before the baseline, oldest first.</td></tr><tr><td><a id="property-later"></a> <code>later?</code></td><td><code>readonly</code></td><td>readonly <code>number</code>[]</td><td>The values of comparable periods after the baseline that were known when the baseline was chosen (e.g. Tabel 1&#39;s January-June 2018 next to the 2017 baseline), oldest first. Default none.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/BaselineExtremityOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BaselineExtremityOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BaselineExtremityOptions as default
};
