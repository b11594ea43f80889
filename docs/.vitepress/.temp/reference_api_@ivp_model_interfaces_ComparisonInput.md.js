import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ComparisonInput","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ComparisonInput.md","filePath":"reference/api/@ivp/model/interfaces/ComparisonInput.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ComparisonInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-comparisoninput" tabindex="-1">Interface: ComparisonInput <a class="header-anchor" href="#interface-comparisoninput" aria-label="Permalink to &quot;Interface: ComparisonInput&quot;">​</a></h1><p>One plan (one municipality) to compare, with every observation it has.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-observations"></a> <code>observations</code></td><td><code>readonly</code></td><td>readonly <a href="./Observation"><code>Observation</code></a>[]</td></tr><tr><td><a id="property-plan"></a> <code>plan</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Plan"><code>Plan</code></a></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ComparisonInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ComparisonInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ComparisonInput as default
};
