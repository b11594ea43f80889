import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernbeleidCoverage","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/KernbeleidCoverage.md","filePath":"reference/api/@ivp/report/interfaces/KernbeleidCoverage.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/KernbeleidCoverage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-kernbeleidcoverage" tabindex="-1">Interface: KernbeleidCoverage <a class="header-anchor" href="#interface-kernbeleidcoverage" aria-label="Permalink to &quot;Interface: KernbeleidCoverage&quot;">​</a></h1><p>Which parts of Kernbeleid Veiligheid a plan addresses.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-fields"></a> <code>fields</code></td><td><code>readonly</code></td><td>readonly <code>object</code>[]</td><td>-</td></tr><tr><td><a id="property-unknowncodes"></a> <code>unknownCodes</code></td><td><code>readonly</code></td><td>readonly <code>object</code>[]</td><td>Codes used in the plan that the taxonomy does not have, with who uses them.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/KernbeleidCoverage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernbeleidCoverage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernbeleidCoverage as default
};
