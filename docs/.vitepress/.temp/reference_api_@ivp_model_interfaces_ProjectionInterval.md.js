import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectionInterval","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ProjectionInterval.md","filePath":"reference/api/@ivp/model/interfaces/ProjectionInterval.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ProjectionInterval.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-projectioninterval" tabindex="-1">Interface: ProjectionInterval <a class="header-anchor" href="#interface-projectioninterval" aria-label="Permalink to &quot;Interface: ProjectionInterval&quot;">​</a></h1><p>An interval for the full-year figure with a stated coverage (see <a href="./../type-aliases/ProjectionIntervalMethod">ProjectionIntervalMethod</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-coverage"></a> <code>coverage</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The coverage the interval is built for, e.g. 0.95: that share of full years falls inside it.</td></tr><tr><td><a id="property-lower"></a> <code>lower</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Lower end: the months so far over the highest plausible share (never below the months so far).</td></tr><tr><td><a id="property-method"></a> <code>method</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/ProjectionIntervalMethod"><code>ProjectionIntervalMethod</code></a></td><td>-</td></tr><tr><td><a id="property-share"></a> <code>share</code></td><td><code>readonly</code></td><td><code>object</code></td><td>The interval of this year&#39;s share of the months, from which <code>lower</code> and <code>upper</code> follow.</td></tr><tr><td><code>share.df</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>-</td></tr><tr><td><code>share.lower</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><code>share.quantile</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The quantile used: t with <code>df</code> degrees of freedom, or the normal one (<code>df</code> null).</td></tr><tr><td><code>share.standardError</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The standard error of the predicted share (including the new year&#39;s own variation).</td></tr><tr><td><code>share.upper</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-upper"></a> <code>upper</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>Upper end: the months so far over the lowest plausible share; <code>null</code> when that share is 0 or less (unbounded).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ProjectionInterval.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectionInterval = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectionInterval as default
};
