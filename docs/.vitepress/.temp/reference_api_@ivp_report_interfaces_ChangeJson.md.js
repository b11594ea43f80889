import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChangeJson","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/ChangeJson.md","filePath":"reference/api/@ivp/report/interfaces/ChangeJson.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/ChangeJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-changejson" tabindex="-1">Interface: ChangeJson <a class="header-anchor" href="#interface-changejson" aria-label="Permalink to &quot;Interface: ChangeJson&quot;">​</a></h1><p>A change between two figures, in the unit a reader expects.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-difference"></a> <code>difference</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>For percentage-points and points: to - from; else <code>null</code>.</td></tr><tr><td><a id="property-exact"></a> <code>exact</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-from"></a> <code>from</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-percent"></a> <code>percent</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>For percent: rounded half away from zero to a whole percent; <code>null</code> for a zero base and other units.</td></tr><tr><td><a id="property-to"></a> <code>to</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-unit"></a> <code>unit</code></td><td><code>readonly</code></td><td><code>&quot;percent&quot;</code> | <code>&quot;percentage-points&quot;</code> | <code>&quot;points&quot;</code></td><td><code>percent</code> (counts, rates), <code>percentage-points</code> (percentages) or <code>points</code> (grades).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/ChangeJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChangeJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChangeJson as default
};
