import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PeriodValue","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PeriodValue.md","filePath":"reference/api/@ivp/model/interfaces/PeriodValue.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PeriodValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-periodvalue" tabindex="-1">Interface: PeriodValue <a class="header-anchor" href="#interface-periodvalue" aria-label="Permalink to &quot;Interface: PeriodValue&quot;">​</a></h1><p>A figure of a series in a period, and how it was found.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-derivation"></a> <code>derivation</code></td><td><code>readonly</code></td><td>| <code>&quot;baseline&quot;</code> | <a href="./../type-aliases/DerivationRule"><code>DerivationRule</code></a> | <code>&quot;observed&quot;</code></td><td><code>baseline</code> (the plan&#39;s baseline), <code>observed</code>, or the rule that derived it (e.g. <code>sum-of-parts</code>).</td></tr><tr><td><a id="property-period"></a> <code>period</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PeriodValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PeriodValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PeriodValue as default
};
