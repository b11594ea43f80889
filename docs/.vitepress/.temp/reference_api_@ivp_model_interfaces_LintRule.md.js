import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LintRule","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/LintRule.md","filePath":"reference/api/@ivp/model/interfaces/LintRule.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/LintRule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-lintrule" tabindex="-1">Interface: LintRule <a class="header-anchor" href="#interface-lintrule" aria-label="Permalink to &quot;Interface: LintRule&quot;">​</a></h1><p>A lint rule: a stable id, a default severity, documentation and a check.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-check"></a> <code>check</code></td><td><code>readonly</code></td><td>(<code>context</code>) =&gt; readonly <a href="./RuleFinding"><code>RuleFinding</code></a>[]</td><td>Finds the problems; pure, never throws for a schema-valid plan.</td></tr><tr><td><a id="property-description"></a> <code>description</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/LocalizedText"><code>LocalizedText</code></a></td><td>What the rule checks and why it matters, one short paragraph.</td></tr><tr><td><a id="property-docs"></a> <code>docs</code></td><td><code>readonly</code></td><td><a href="./LintRuleDocs"><code>LintRuleDocs</code></a></td><td>-</td></tr><tr><td><a id="property-id"></a> <code>id</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Stable id, used in <code>lint.rules</code> and in every finding.</td></tr><tr><td><a id="property-severity"></a> <code>severity</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/LintSeverity"><code>LintSeverity</code></a></td><td>The severity when the plan does not set one.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/LintRule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LintRule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LintRule as default
};
