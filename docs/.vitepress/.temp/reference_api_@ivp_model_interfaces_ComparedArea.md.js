import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ComparedArea","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ComparedArea.md","filePath":"reference/api/@ivp/model/interfaces/ComparedArea.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ComparedArea.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-comparedarea" tabindex="-1">Interface: ComparedArea <a class="header-anchor" href="#interface-comparedarea" aria-label="Permalink to &quot;Interface: ComparedArea&quot;">​</a></h1><p>A municipality in a comparison.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>readonly</code></td><td><code>string</code></td><td>CBS code, e.g. GM0376.</td></tr><tr><td><a id="property-name"></a> <code>name</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-plan"></a> <code>plan</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The plan&#39;s id.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ComparedArea.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ComparedArea = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ComparedArea as default
};
