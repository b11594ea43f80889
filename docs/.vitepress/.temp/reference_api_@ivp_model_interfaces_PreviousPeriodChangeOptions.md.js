import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PreviousPeriodChangeOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PreviousPeriodChangeOptions.md","filePath":"reference/api/@ivp/model/interfaces/PreviousPeriodChangeOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PreviousPeriodChangeOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-previousperiodchangeoptions" tabindex="-1">Interface: PreviousPeriodChangeOptions <a class="header-anchor" href="#interface-previousperiodchangeoptions" aria-label="Permalink to &quot;Interface: PreviousPeriodChangeOptions&quot;">​</a></h1><p>Options of <a href="./../functions/previousPeriodChange">previousPeriodChange</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Significance level. Default 0.05.</td></tr><tr><td><a id="property-area"></a> <code>area</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-latest"></a> <code>latest</code></td><td><code>readonly</code></td><td><a href="./PeriodValue"><code>PeriodValue</code></a></td><td>The latest figure up to the as-of moment.</td></tr><tr><td><a id="property-series"></a> <code>series</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The series whose figures are the indicator&#39;s values.</td></tr><tr><td><a id="property-unit"></a> <code>unit</code></td><td><code>readonly</code></td><td>| <code>&quot;count&quot;</code> | <code>&quot;grade&quot;</code> | <code>&quot;percentage&quot;</code> | <code>&quot;rate-per-1000&quot;</code> | <code>&quot;rate-per-10000&quot;</code> | <code>&quot;rate-per-100000&quot;</code></td><td>The indicator&#39;s unit: it decides the change unit and the test.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PreviousPeriodChangeOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PreviousPeriodChangeOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PreviousPeriodChangeOptions as default
};
