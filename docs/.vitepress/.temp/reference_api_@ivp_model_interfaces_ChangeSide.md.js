import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChangeSide","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ChangeSide.md","filePath":"reference/api/@ivp/model/interfaces/ChangeSide.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ChangeSide.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-changeside" tabindex="-1">Interface: ChangeSide <a class="header-anchor" href="#interface-changeside" aria-label="Permalink to &quot;Interface: ChangeSide&quot;">​</a></h1><p>One side of a change: a value, and what is known about its uncertainty.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-count"></a> <code>count?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>For a rate (<code>rate-per-1000</code> and the like): the count it was computed from, with the population as <code>exposure</code>. Without it a rate has no test.</td></tr><tr><td><a id="property-exposure"></a> <code>exposure?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The exposure of a count (e.g. the share of a year it covers), or of a rate&#39;s count: the population it is per. Default 1.</td></tr><tr><td><a id="property-interval"></a> <code>interval?</code></td><td><code>readonly</code></td><td><code>object</code></td><td>A supplied confidence interval (survey figures).</td></tr><tr><td><code>interval.lower</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><code>interval.upper</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ChangeSide.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChangeSide = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChangeSide as default
};
