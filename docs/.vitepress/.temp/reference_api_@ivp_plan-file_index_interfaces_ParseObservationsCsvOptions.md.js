import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParseObservationsCsvOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/index/interfaces/ParseObservationsCsvOptions.md","filePath":"reference/api/@ivp/plan-file/index/interfaces/ParseObservationsCsvOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/index/interfaces/ParseObservationsCsvOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-parseobservationscsvoptions" tabindex="-1">Interface: ParseObservationsCsvOptions <a class="header-anchor" href="#interface-parseobservationscsvoptions" aria-label="Permalink to &quot;Interface: ParseObservationsCsvOptions&quot;">​</a></h1><p>Options of <a href="./../functions/parseObservationsCsv">parseObservationsCsv</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-defaultarea"></a> <code>defaultArea</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Area for rows without one: the plan&#39;s municipality code.</td></tr><tr><td><a id="property-unitof"></a> <code>unitOf?</code></td><td><code>readonly</code></td><td>(<code>series</code>) =&gt; | <code>&quot;count&quot;</code> | <code>&quot;grade&quot;</code> | <code>&quot;percentage&quot;</code> | <code>&quot;rate-per-1000&quot;</code> | <code>&quot;rate-per-10000&quot;</code> | <code>&quot;rate-per-100000&quot;</code> | <code>undefined</code></td><td>The unit of a series, when the plan knows it: its values are then read and checked by the figure rules of <code>@ivp/model</code> (<code>readFigureText</code>): a count is whole and not negative, <code>1.004</code> in a count is 1004 (a thousands dot).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/index/interfaces/ParseObservationsCsvOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParseObservationsCsvOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParseObservationsCsvOptions as default
};
