import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerdictParts","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/VerdictParts.md","filePath":"reference/api/@ivp/model/interfaces/VerdictParts.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/VerdictParts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-verdictparts" tabindex="-1">Interface: VerdictParts <a class="header-anchor" href="#interface-verdictparts" aria-label="Permalink to &quot;Interface: VerdictParts&quot;">​</a></h1><p>The parts a verdict is decided from.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-baseline"></a> <code>baseline</code></td><td><code>readonly</code></td><td><a href="./VerdictTest"><code>VerdictTest</code></a> | <code>null</code></td><td>The change from the baseline; <code>null</code> without a test.</td></tr><tr><td><a id="property-benchmark"></a> <code>benchmark</code></td><td><code>readonly</code></td><td><a href="./VerdictTest"><code>VerdictTest</code></a> | <code>null</code></td><td>The figure against the path point (before the target period) or the target (from then on); <code>null</code> when it cannot be compared.</td></tr><tr><td><a id="property-stage"></a> <code>stage</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/VerdictStage"><code>VerdictStage</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/VerdictParts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerdictParts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerdictParts as default
};
