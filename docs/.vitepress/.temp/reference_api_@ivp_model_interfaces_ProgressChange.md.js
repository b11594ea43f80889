import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProgressChange","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ProgressChange.md","filePath":"reference/api/@ivp/model/interfaces/ProgressChange.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ProgressChange.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-progresschange" tabindex="-1">Interface: ProgressChange <a class="header-anchor" href="#interface-progresschange" aria-label="Permalink to &quot;Interface: ProgressChange&quot;">​</a></h1><p>The change shown with an assessment: from the comparison&#39;s baseline to its current value.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-difference"></a> <code>difference</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>For <code>percentage-points</code> and <code>points</code>: to - from, exactly in decimals; <code>null</code> for <code>percent</code>.</td></tr><tr><td><a id="property-exact"></a> <code>exact</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>For <code>percent</code>: unrounded; <code>null</code> otherwise.</td></tr><tr><td><a id="property-from"></a> <code>from</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-percent"></a> <code>percent</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>For <code>percent</code>: rounded half away from zero to a whole percent (exactly); <code>null</code> for a zero base and for the other units.</td></tr><tr><td><a id="property-to"></a> <code>to</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-unit"></a> <code>unit</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/ChangeUnit"><code>ChangeUnit</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ProgressChange.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProgressChange = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProgressChange as default
};
