import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RateDefinition","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/RateDefinition.md","filePath":"reference/api/@ivp/model/interfaces/RateDefinition.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/RateDefinition.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-ratedefinition" tabindex="-1">Interface: RateDefinition <a class="header-anchor" href="#interface-ratedefinition" aria-label="Permalink to &quot;Interface: RateDefinition&quot;">​</a></h1><p>What a rate series is computed from: its count and population series and per how many inhabitants.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-count"></a> <code>count</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The series of the counts, e.g. misdrijven-totaal.</td></tr><tr><td><a id="property-per"></a> <code>per</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/RateBase"><code>RateBase</code></a></td><td>1,000, 10,000 or 100,000 inhabitants, from the series&#39; unit.</td></tr><tr><td><a id="property-population"></a> <code>population</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The series of the population, e.g. inwoners.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/RateDefinition.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RateDefinition = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RateDefinition as default
};
