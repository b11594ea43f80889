import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LintRuleDocs","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/LintRuleDocs.md","filePath":"reference/api/@ivp/model/interfaces/LintRuleDocs.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/LintRuleDocs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-lintruledocs" tabindex="-1">Interface: LintRuleDocs <a class="header-anchor" href="#interface-lintruledocs" aria-label="Permalink to &quot;Interface: LintRuleDocs&quot;">​</a></h1><p>Examples for a rule&#39;s documentation page: YAML fragments of a plan (the required fields <code>schemaVersion</code>, <code>id</code>, <code>title</code>, <code>municipality</code>, <code>period</code> and <code>mission</code> are left out). <code>failing</code> makes the rule report; <code>fixed</code> is the same plan corrected, on which no rule reports anything.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-failing"></a> <code>failing</code></td><td><code>readonly</code></td><td><code>string</code></td></tr><tr><td><a id="property-fixed"></a> <code>fixed</code></td><td><code>readonly</code></td><td><code>string</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/LintRuleDocs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LintRuleDocs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LintRuleDocs as default
};
