import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TextDecodingProblem","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/index/interfaces/TextDecodingProblem.md","filePath":"reference/api/@ivp/plan-file/index/interfaces/TextDecodingProblem.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/index/interfaces/TextDecodingProblem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-textdecodingproblem" tabindex="-1">Interface: TextDecodingProblem <a class="header-anchor" href="#interface-textdecodingproblem" aria-label="Permalink to &quot;Interface: TextDecodingProblem&quot;">​</a></h1><p>Why bytes could not be read as UTF-8 text, and where (1-based).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-column"></a> <code>column</code></td><td><code>readonly</code></td><td><code>number</code></td></tr><tr><td><a id="property-hint"></a> <code>hint</code></td><td><code>readonly</code></td><td><code>string</code></td></tr><tr><td><a id="property-line"></a> <code>line</code></td><td><code>readonly</code></td><td><code>number</code></td></tr><tr><td><a id="property-message"></a> <code>message</code></td><td><code>readonly</code></td><td><code>string</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/index/interfaces/TextDecodingProblem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TextDecodingProblem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TextDecodingProblem as default
};
