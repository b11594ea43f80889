import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectFullYearOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ProjectFullYearOptions.md","filePath":"reference/api/@ivp/model/interfaces/ProjectFullYearOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ProjectFullYearOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-projectfullyearoptions" tabindex="-1">Interface: ProjectFullYearOptions <a class="header-anchor" href="#interface-projectfullyearoptions" aria-label="Permalink to &quot;Interface: ProjectFullYearOptions&quot;">​</a></h1><p>Options of <a href="./../functions/projectFullYear">projectFullYear</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confidence"></a> <code>confidence?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Confidence level of the count&#39;s interval (<code>partialInterval</code>, <code>lower</code>, <code>upper</code>). Default 0.95.</td></tr><tr><td><a id="property-coverage"></a> <code>coverage?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The coverage of <a href="./FullYearProjection#property-interval">FullYearProjection.interval</a>. Default 0.95.</td></tr><tr><td><a id="property-dispersion"></a> <code>dispersion?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The overdispersion phi of the counts (&gt;= 1; see <code>estimateDispersion</code>), used when only one earlier year is known: it widens the binomial spread of that year&#39;s share. With two or more earlier years the spread of their shares already contains it. Default 1.</td></tr><tr><td><a id="property-history"></a> <code>history</code></td><td><code>readonly</code></td><td>readonly <a href="./PartialYearRecord"><code>PartialYearRecord</code></a>[]</td><td>Earlier years with both figures; at least one with a full-year figure above 0.</td></tr><tr><td><a id="property-partial"></a> <code>partial</code></td><td><code>readonly</code></td><td><code>number</code></td><td>This year&#39;s figure for the months so far.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ProjectFullYearOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectFullYearOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectFullYearOptions as default
};
