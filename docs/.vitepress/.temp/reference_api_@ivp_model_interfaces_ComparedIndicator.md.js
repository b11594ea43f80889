import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ComparedIndicator","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ComparedIndicator.md","filePath":"reference/api/@ivp/model/interfaces/ComparedIndicator.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ComparedIndicator.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-comparedindicator" tabindex="-1">Interface: ComparedIndicator <a class="header-anchor" href="#interface-comparedindicator" aria-label="Permalink to &quot;Interface: ComparedIndicator&quot;">​</a></h1><p>One indicator compared across municipalities.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-direction"></a> <code>direction</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Direction"><code>Direction</code></a> | <code>null</code></td></tr><tr><td><a id="property-id"></a> <code>id</code></td><td><code>readonly</code></td><td><code>string</code></td></tr><tr><td><a id="property-label"></a> <code>label</code></td><td><code>readonly</code></td><td><code>string</code></td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><code>readonly</code></td><td>readonly <a href="./ComparisonRow"><code>ComparisonRow</code></a>[]</td></tr><tr><td><a id="property-unit"></a> <code>unit</code></td><td><code>readonly</code></td><td>| <code>&quot;count&quot;</code> | <code>&quot;grade&quot;</code> | <code>&quot;percentage&quot;</code> | <code>&quot;rate-per-1000&quot;</code> | <code>&quot;rate-per-10000&quot;</code> | <code>&quot;rate-per-100000&quot;</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ComparedIndicator.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ComparedIndicator = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ComparedIndicator as default
};
