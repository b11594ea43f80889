import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EvaluatedRow","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/EvaluatedRow.md","filePath":"reference/api/@ivp/model/interfaces/EvaluatedRow.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/EvaluatedRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-evaluatedrow" tabindex="-1">Interface: EvaluatedRow <a class="header-anchor" href="#interface-evaluatedrow" aria-label="Permalink to &quot;Interface: EvaluatedRow&quot;">​</a></h1><p>A row of an evaluated table.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-cells"></a> <code>cells</code></td><td><code>readonly</code></td><td>readonly <a href="./../type-aliases/EvaluatedCell"><code>EvaluatedCell</code></a>[]</td><td>-</td></tr><tr><td><a id="property-depth"></a> <code>depth</code></td><td><code>readonly</code></td><td><code>number</code></td><td>0 for a top-level row, 1 for an &quot;of which&quot; sub-row.</td></tr><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-series"></a> <code>series</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/EvaluatedRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EvaluatedRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EvaluatedRow as default
};
