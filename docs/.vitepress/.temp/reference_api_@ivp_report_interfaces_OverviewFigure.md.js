import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OverviewFigure","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/OverviewFigure.md","filePath":"reference/api/@ivp/report/interfaces/OverviewFigure.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/OverviewFigure.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-overviewfigure" tabindex="-1">Interface: OverviewFigure <a class="header-anchor" href="#interface-overviewfigure" aria-label="Permalink to &quot;Interface: OverviewFigure&quot;">​</a></h1><p>One indicator of one municipality in an overview.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-baseline"></a> <code>baseline</code></td><td><code>readonly</code></td><td>| { <code>period</code>: <code>string</code>; <code>value</code>: <code>number</code>; } | <code>null</code></td><td>-</td></tr><tr><td><a id="property-change"></a> <code>change</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>The change from the baseline to the latest figure in percent, rounded half away from zero to a whole percent (exactly); <code>null</code> without both figures, when they are for the same period, or when the baseline is 0.</td></tr><tr><td><a id="property-indicator"></a> <code>indicator</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-latest"></a> <code>latest</code></td><td><code>readonly</code></td><td>| { <code>period</code>: <code>string</code>; <code>value</code>: <code>number</code>; } | <code>null</code></td><td>The latest figure comparable with the baseline (see <code>EvaluatedIndicator.latest</code>).</td></tr><tr><td><a id="property-rateper1000"></a> <code>ratePer1000</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>The latest figure per 1,000 inhabitants (exact, one decimal), for a count of a whole year when the municipality&#39;s inhabitants of that year are known (see <a href="./OverviewEntry#property-population">OverviewEntry.population</a>); else <code>null</code>.</td></tr><tr><td><a id="property-status"></a> <code>status</code></td><td><code>readonly</code></td><td>| <code>&quot;achieved&quot;</code> | <code>&quot;ahead&quot;</code> | <code>&quot;indistinguishable&quot;</code> | <code>&quot;behind&quot;</code> | <code>&quot;worse&quot;</code> | <code>&quot;not-achieved&quot;</code> | <code>&quot;not-assessable&quot;</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/OverviewFigure.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OverviewFigure = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OverviewFigure as default
};
