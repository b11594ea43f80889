import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PreviousPeriodChange","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PreviousPeriodChange.md","filePath":"reference/api/@ivp/model/interfaces/PreviousPeriodChange.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PreviousPeriodChange.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-previousperiodchange" tabindex="-1">Interface: PreviousPeriodChange <a class="header-anchor" href="#interface-previousperiodchange" aria-label="Permalink to &quot;Interface: PreviousPeriodChange&quot;">​</a></h1><p>The change of an indicator&#39;s latest figure since the previous comparable period: the same months of the latest earlier year that has a figure for them (2023 against 2022; January-June 2024 against January-June 2023; when 2022 has no figure, 2023 against 2021). It is shown next to the change since the baseline, so a reader sees both how far the plan has come and what the last period added.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-change"></a> <code>change</code></td><td><code>readonly</code></td><td><a href="./ProgressChange"><code>ProgressChange</code></a></td><td>In the indicator&#39;s change unit: percent of a count or rate, procentpunten, points.</td></tr><tr><td><a id="property-from"></a> <code>from</code></td><td><code>readonly</code></td><td><a href="./PeriodValue"><code>PeriodValue</code></a></td><td>The previous comparable period&#39;s figure (observed or derived).</td></tr><tr><td><a id="property-significance"></a> <code>significance</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/ChangeSignificance"><code>ChangeSignificance</code></a></td><td>The same test as the change since the baseline: exact Poisson (quasi-Poisson when overdispersed) for counts, supplied intervals for survey figures.</td></tr><tr><td><a id="property-to"></a> <code>to</code></td><td><code>readonly</code></td><td><a href="./PeriodValue"><code>PeriodValue</code></a></td><td>The latest figure.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PreviousPeriodChange.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PreviousPeriodChange = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PreviousPeriodChange as default
};
