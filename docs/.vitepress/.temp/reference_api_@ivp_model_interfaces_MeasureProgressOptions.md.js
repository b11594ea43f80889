import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MeasureProgressOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/MeasureProgressOptions.md","filePath":"reference/api/@ivp/model/interfaces/MeasureProgressOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/MeasureProgressOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-measureprogressoptions" tabindex="-1">Interface: MeasureProgressOptions <a class="header-anchor" href="#interface-measureprogressoptions" aria-label="Permalink to &quot;Interface: MeasureProgressOptions&quot;">​</a></h1><p>Options of <a href="./../functions/measureProgress">measureProgress</a>: three values on one scale, and the years between them.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-baseline"></a> <code>baseline</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-bound"></a> <code>bound?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/TargetBound"><code>TargetBound</code></a></td><td>How reaching the target is judged; default by the direction.</td></tr><tr><td><a id="property-current"></a> <code>current</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-direction"></a> <code>direction</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Direction"><code>Direction</code></a></td><td>-</td></tr><tr><td><a id="property-elapsedyears"></a> <code>elapsedYears</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Years from the baseline to the current value (at least 1).</td></tr><tr><td><a id="property-target"></a> <code>target</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-totalyears"></a> <code>totalYears</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Years from the baseline to the target (at least 1).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/MeasureProgressOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MeasureProgressOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MeasureProgressOptions as default
};
