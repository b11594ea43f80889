import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ComparisonRow","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ComparisonRow.md","filePath":"reference/api/@ivp/model/interfaces/ComparisonRow.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ComparisonRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-comparisonrow" tabindex="-1">Interface: ComparisonRow <a class="header-anchor" href="#interface-comparisonrow" aria-label="Permalink to &quot;Interface: ComparisonRow&quot;">​</a></h1><p>One period of an indicator, with a cell per municipality (in the order of <code>areas</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-cells"></a> <code>cells</code></td><td><code>readonly</code></td><td>readonly <a href="./ComparisonCell"><code>ComparisonCell</code></a>[]</td></tr><tr><td><a id="property-period"></a> <code>period</code></td><td><code>readonly</code></td><td><code>string</code></td></tr><tr><td><a id="property-periodlabel"></a> <code>periodLabel</code></td><td><code>readonly</code></td><td><code>string</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ComparisonRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ComparisonRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ComparisonRow as default
};
