import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TargetRounding","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/TargetRounding.md","filePath":"reference/api/@ivp/model/interfaces/TargetRounding.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/TargetRounding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-targetrounding" tabindex="-1">Interface: TargetRounding <a class="header-anchor" href="#interface-targetrounding" aria-label="Permalink to &quot;Interface: TargetRounding&quot;">​</a></h1><p>How a relative target resolves to a value, and where that rule came from.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-decimals"></a> <code>decimals</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-mode"></a> <code>mode</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/RoundingMode"><code>RoundingMode</code></a></td><td>-</td></tr><tr><td><a id="property-source"></a> <code>source</code></td><td><code>readonly</code></td><td><code>&quot;default&quot;</code> | <code>&quot;target&quot;</code> | <code>&quot;conventions&quot;</code></td><td><code>target</code>: the target&#39;s own <code>rounding</code>; <code>conventions</code>: the plan&#39;s <code>targetRounding</code>; <code>default</code>: half away from zero to the baseline&#39;s decimals.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/TargetRounding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TargetRounding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TargetRounding as default
};
