import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CalculationRow","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/CalculationRow.md","filePath":"reference/api/@ivp/report/interfaces/CalculationRow.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/CalculationRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-calculationrow" tabindex="-1">Interface: CalculationRow <a class="header-anchor" href="#interface-calculationrow" aria-label="Permalink to &quot;Interface: CalculationRow&quot;">​</a></h1><p>One row of an indicator&#39;s calculation: what, how, and the outcome.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-component"></a> <code>component</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-formula"></a> <code>formula</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The formula with the numbers filled in, or the period a number is read from.</td></tr><tr><td><a id="property-outcome"></a> <code>outcome</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/CalculationRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CalculationRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CalculationRow as default
};
