import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GoalSourceJson","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/GoalSourceJson.md","filePath":"reference/api/@ivp/report/interfaces/GoalSourceJson.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/GoalSourceJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-goalsourcejson" tabindex="-1">Interface: GoalSourceJson <a class="header-anchor" href="#interface-goalsourcejson" aria-label="Permalink to &quot;Interface: GoalSourceJson&quot;">​</a></h1><p>Where a baseline or target is written in the plan: the indicator itself or a row of an indicator table.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-kind"></a> <code>kind</code></td><td><code>readonly</code></td><td><code>&quot;indicator&quot;</code> | <code>&quot;indicator-table&quot;</code></td><td>-</td></tr><tr><td><a id="property-path"></a> <code>path</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The field in the plan file, written as <code>ivp validate</code> writes it, e.g. <code>indicatorTables[1].rows[0].target</code>.</td></tr><tr><td><a id="property-row"></a> <code>row</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>The row&#39;s index (0-based) in that table; <code>null</code> for <code>indicator</code>.</td></tr><tr><td><a id="property-table"></a> <code>table</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The indicator table&#39;s id; <code>null</code> for <code>indicator</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/GoalSourceJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GoalSourceJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GoalSourceJson as default
};
