import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LintContext","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/LintContext.md","filePath":"reference/api/@ivp/model/interfaces/LintContext.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/LintContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-lintcontext" tabindex="-1">Interface: LintContext <a class="header-anchor" href="#interface-lintcontext" aria-label="Permalink to &quot;Interface: LintContext&quot;">​</a></h1><p>What every rule&#39;s check receives.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-earlier"></a> <code>earlier</code></td><td><code>readonly</code></td><td>readonly <a href="./LintFinding"><code>LintFinding</code></a>[]</td><td>What the rules that ran before this one found (for checking <code>lint.acknowledged</code>).</td></tr><tr><td><a id="property-index"></a> <code>index</code></td><td><code>readonly</code></td><td><a href="./../classes/ObservationIndex"><code>ObservationIndex</code></a></td><td>The same observations, indexed by series, area and period.</td></tr><tr><td><a id="property-observations"></a> <code>observations</code></td><td><code>readonly</code></td><td>readonly <a href="./Observation"><code>Observation</code></a>[]</td><td>Every observation: the plan&#39;s own and those of its data files.</td></tr><tr><td><a id="property-plan"></a> <code>plan</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Plan"><code>Plan</code></a></td><td>-</td></tr><tr><td><a id="property-ruleids"></a> <code>ruleIds</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>The ids of every rule the linter knows, for checking the plan&#39;s <code>lint.rules</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/LintContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LintContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LintContext as default
};
