import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SummariseForOverviewOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/SummariseForOverviewOptions.md","filePath":"reference/api/@ivp/report/interfaces/SummariseForOverviewOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/SummariseForOverviewOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-summariseforoverviewoptions" tabindex="-1">Interface: SummariseForOverviewOptions <a class="header-anchor" href="#interface-summariseforoverviewoptions" aria-label="Permalink to &quot;Interface: SummariseForOverviewOptions&quot;">​</a></h1><p>Options of <a href="./../functions/summariseForOverview">summariseForOverview</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-codeissynthetic"></a> <code>codeIsSynthetic?</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>-</td></tr><tr><td><a id="property-observations"></a> <code>observations?</code></td><td><code>readonly</code></td><td>readonly <a href="./../../model/interfaces/Observation"><code>Observation</code></a>[]</td><td>The observations the plan was evaluated with: those of the population series give the rates per 1,000 inhabitants.</td></tr><tr><td><a id="property-populationseries"></a> <code>populationSeries?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The series of the inhabitants in those observations; default <code>inwoners</code>, as <code>ivp import</code> writes it.</td></tr><tr><td><a id="property-report"></a> <code>report?</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The path of the municipality&#39;s report, relative to the overview.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/SummariseForOverviewOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SummariseForOverviewOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SummariseForOverviewOptions as default
};
