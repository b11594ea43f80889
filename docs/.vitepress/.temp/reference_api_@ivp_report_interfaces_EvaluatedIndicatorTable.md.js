import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EvaluatedIndicatorTable","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/EvaluatedIndicatorTable.md","filePath":"reference/api/@ivp/report/interfaces/EvaluatedIndicatorTable.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/EvaluatedIndicatorTable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-evaluatedindicatortable" tabindex="-1">Interface: EvaluatedIndicatorTable <a class="header-anchor" href="#interface-evaluatedindicatortable" aria-label="Permalink to &quot;Interface: EvaluatedIndicatorTable&quot;">​</a></h1><p>An indicator table as printed.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-headers"></a> <code>headers</code></td><td><code>readonly</code></td><td>| { <code>baseline</code>: <code>string</code>; <code>indicator</code>: <code>string</code>; <code>source</code>: <code>string</code>; <code>target</code>: <code>string</code>; } | <code>null</code></td><td>-</td></tr><tr><td><a id="property-id"></a> <code>id</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><code>readonly</code></td><td>readonly <a href="./EvaluatedIndicatorTableRow"><code>EvaluatedIndicatorTableRow</code></a>[]</td><td>-</td></tr><tr><td><a id="property-theme"></a> <code>theme</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The priority or theme it belongs to; <code>null</code> for the plan&#39;s main goals.</td></tr><tr><td><a id="property-title"></a> <code>title</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/EvaluatedIndicatorTable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EvaluatedIndicatorTable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EvaluatedIndicatorTable as default
};
