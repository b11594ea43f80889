import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EvaluatedIndicatorTableRow","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/EvaluatedIndicatorTableRow.md","filePath":"reference/api/@ivp/report/interfaces/EvaluatedIndicatorTableRow.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/EvaluatedIndicatorTableRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-evaluatedindicatortablerow" tabindex="-1">Interface: EvaluatedIndicatorTableRow <a class="header-anchor" href="#interface-evaluatedindicatortablerow" aria-label="Permalink to &quot;Interface: EvaluatedIndicatorTableRow&quot;">​</a></h1><p>A row of an indicator table as printed.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-baseline"></a> <code>baseline</code></td><td><code>readonly</code></td><td><a href="./../../model/type-aliases/Baseline"><code>Baseline</code></a> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-differsfromeffective"></a> <code>differsFromEffective</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>True when this row prints another baseline or target than the indicator is followed with (the document contradicts itself).</td></tr><tr><td><a id="property-group"></a> <code>group</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-indicator"></a> <code>indicator</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The label as printed (else the indicator&#39;s label).</td></tr><tr><td><a id="property-source"></a> <code>source</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-target"></a> <code>target</code></td><td><code>readonly</code></td><td><a href="./../../model/type-aliases/Target"><code>Target</code></a> | <code>null</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/EvaluatedIndicatorTableRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EvaluatedIndicatorTableRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EvaluatedIndicatorTableRow as default
};
