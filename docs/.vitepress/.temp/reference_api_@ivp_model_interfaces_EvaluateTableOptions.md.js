import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EvaluateTableOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/EvaluateTableOptions.md","filePath":"reference/api/@ivp/model/interfaces/EvaluateTableOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/EvaluateTableOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-evaluatetableoptions" tabindex="-1">Interface: EvaluateTableOptions <a class="header-anchor" href="#interface-evaluatetableoptions" aria-label="Permalink to &quot;Interface: EvaluateTableOptions&quot;">​</a></h1><p>Options of <a href="./../functions/evaluateTable">evaluateTable</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-index"></a> <code>index?</code></td><td><code>readonly</code></td><td><a href="./../classes/ObservationIndex"><code>ObservationIndex</code></a></td><td>A prebuilt index of all observations (takes precedence over <code>observations</code>).</td></tr><tr><td><a id="property-lang"></a> <code>lang?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Language"><code>Language</code></a></td><td>Language of generated headers and number notation. Default: the plan&#39;s language.</td></tr><tr><td><a id="property-observations"></a> <code>observations?</code></td><td><code>readonly</code></td><td>readonly <a href="./Observation"><code>Observation</code></a>[]</td><td>Extra observations, e.g. from the plan&#39;s data files.</td></tr><tr><td><a id="property-significance"></a> <code>significance?</code></td><td><code>readonly</code></td><td>| <code>boolean</code> | { <code>alpha?</code>: <code>number</code>; <code>correction?</code>: <code>&quot;none&quot;</code> | <code>&quot;benjamini-hochberg&quot;</code> | <code>&quot;holm&quot;</code>; }</td><td>Test every change cell for being distinguishable from chance (see <a href="./ChangeCell#property-significance">ChangeCell.significance</a>) and correct the tests across the table (see <a href="./ChangeCell#property-corrected">ChangeCell.corrected</a>). <code>alpha</code> defaults to 0.05; <code>correction</code> to the plan&#39;s <code>conventions.multipleComparisons</code>, else <code>&quot;benjamini-hochberg&quot;</code>. Off by default.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/EvaluateTableOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EvaluateTableOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EvaluateTableOptions as default
};
