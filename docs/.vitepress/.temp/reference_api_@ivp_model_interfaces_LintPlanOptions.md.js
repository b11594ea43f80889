import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LintPlanOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/LintPlanOptions.md","filePath":"reference/api/@ivp/model/interfaces/LintPlanOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/LintPlanOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-lintplanoptions" tabindex="-1">Interface: LintPlanOptions <a class="header-anchor" href="#interface-lintplanoptions" aria-label="Permalink to &quot;Interface: LintPlanOptions&quot;">​</a></h1><p>Options of <a href="./../functions/lintPlan">lintPlan</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-observations"></a> <code>observations?</code></td><td><code>readonly</code></td><td>readonly <a href="./Observation"><code>Observation</code></a>[]</td><td>Every observation, each with the <code>ref</code> of where it was written; default the plan&#39;s own (<code>collectObservations(plan)</code>). Pass the loader&#39;s list to include the plan&#39;s data files.</td></tr><tr><td><a id="property-rules"></a> <code>rules?</code></td><td><code>readonly</code></td><td><code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <a href="./../type-aliases/LintRuleSetting"><code>LintRuleSetting</code></a>&gt;&gt;</td><td>Rule settings that take precedence over the plan&#39;s <code>lint.rules</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/LintPlanOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LintPlanOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LintPlanOptions as default
};
