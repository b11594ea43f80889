import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OverviewEntry","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/OverviewEntry.md","filePath":"reference/api/@ivp/report/interfaces/OverviewEntry.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/OverviewEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-overviewentry" tabindex="-1">Interface: OverviewEntry <a class="header-anchor" href="#interface-overviewentry" aria-label="Permalink to &quot;Interface: OverviewEntry&quot;">​</a></h1><p>One municipality in an overview.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-codeissynthetic"></a> <code>codeIsSynthetic</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>True for an invented municipality of the synthetic data set (GM9001-GM9999).</td></tr><tr><td><a id="property-figures"></a> <code>figures</code></td><td><code>readonly</code></td><td>readonly <a href="./OverviewFigure"><code>OverviewFigure</code></a>[]</td><td>One per indicator, in the plan&#39;s order.</td></tr><tr><td><a id="property-name"></a> <code>name</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-planperiod"></a> <code>planPeriod</code></td><td><code>readonly</code></td><td><code>object</code></td><td>-</td></tr><tr><td><code>planPeriod.end</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><code>planPeriod.start</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-population"></a> <code>population</code></td><td><code>readonly</code></td><td>readonly <code>object</code>[]</td><td>The inhabitants (series <code>inwoners</code>, CBS table 03759NED) of every year the figures had them for; empty when the data had none.</td></tr><tr><td><a id="property-report"></a> <code>report</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The path of its report, relative to the overview; <code>null</code> when there is none.</td></tr><tr><td><a id="property-statuscounts"></a> <code>statusCounts</code></td><td><code>readonly</code></td><td><code>Readonly</code>&lt;<code>Record</code>&lt;<a href="./../../model/type-aliases/ProgressStatus"><code>ProgressStatus</code></a>, <code>number</code>&gt;&gt;</td><td>How many of its indicators have each status.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/OverviewEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OverviewEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OverviewEntry as default
};
