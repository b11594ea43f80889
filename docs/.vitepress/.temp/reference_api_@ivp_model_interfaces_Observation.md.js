import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Observation","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/Observation.md","filePath":"reference/api/@ivp/model/interfaces/Observation.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/Observation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-observation" tabindex="-1">Interface: Observation <a class="header-anchor" href="#interface-observation" aria-label="Permalink to &quot;Interface: Observation&quot;">​</a></h1><p>One figure: the value of a series for an area in a period. A missing value is <code>null</code>, never 0.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-area"></a> <code>area</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-interval"></a> <code>interval?</code></td><td><code>readonly</code></td><td><code>object</code></td><td>The 95% confidence interval supplied with a survey figure, when there is one.</td></tr><tr><td><code>interval.lower</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><code>interval.upper</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-origin"></a> <code>origin</code></td><td><code>readonly</code></td><td><code>&quot;table&quot;</code> | <code>&quot;text&quot;</code> | <code>&quot;import&quot;</code> | <code>&quot;other&quot;</code></td><td>-</td></tr><tr><td><a id="property-period"></a> <code>period</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Canonical period code, e.g. <code>2017-H1</code>.</td></tr><tr><td><a id="property-quote"></a> <code>quote?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-ref"></a> <code>ref</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/SourceRef"><code>SourceRef</code></a></td><td>-</td></tr><tr><td><a id="property-section"></a> <code>section?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-series"></a> <code>series</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-source"></a> <code>source?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-table"></a> <code>table?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/Observation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Observation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Observation as default
};
