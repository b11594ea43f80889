import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParsedPlanYaml","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/index/interfaces/ParsedPlanYaml.md","filePath":"reference/api/@ivp/plan-file/index/interfaces/ParsedPlanYaml.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/index/interfaces/ParsedPlanYaml.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-parsedplanyaml" tabindex="-1">Interface: ParsedPlanYaml <a class="header-anchor" href="#interface-parsedplanyaml" aria-label="Permalink to &quot;Interface: ParsedPlanYaml&quot;">​</a></h1><p>A plan parsed from YAML, with a way back from any path to its place in the file.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./LoadedPlan"><code>LoadedPlan</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-file"></a> <code>file</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-locate"></a> <code>locate</code></td><td><code>readonly</code></td><td>(<code>path</code>) =&gt; <a href="./Position"><code>Position</code></a></td><td>Line and column (1-based) where the value at a path was written.</td></tr><tr><td><a id="property-plan"></a> <code>plan</code></td><td><code>readonly</code></td><td><a href="./../../../model/type-aliases/Plan"><code>Plan</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/index/interfaces/ParsedPlanYaml.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParsedPlanYaml = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParsedPlanYaml as default
};
