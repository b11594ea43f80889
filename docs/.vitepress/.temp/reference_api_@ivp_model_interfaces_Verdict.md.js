import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Verdict","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/Verdict.md","filePath":"reference/api/@ivp/model/interfaces/Verdict.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/Verdict.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-verdict" tabindex="-1">Interface: Verdict <a class="header-anchor" href="#interface-verdict" aria-label="Permalink to &quot;Interface: Verdict&quot;">​</a></h1><p>The verdict on an indicator with every component, so a reader can recompute it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alpha"></a> <code>alpha</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr><tr><td><a id="property-benchmarkkind"></a> <code>benchmarkKind</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/BenchmarkKind"><code>BenchmarkKind</code></a> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-dispersion"></a> <code>dispersion</code></td><td><code>readonly</code></td><td><a href="./DispersionUsed"><code>DispersionUsed</code></a> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-stage"></a> <code>stage</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/VerdictStage"><code>VerdictStage</code></a> | <code>null</code></td><td><code>null</code> when not assessable.</td></tr><tr><td><a id="property-status"></a> <code>status</code></td><td><code>readonly</code></td><td>| <code>&quot;achieved&quot;</code> | <code>&quot;ahead&quot;</code> | <code>&quot;indistinguishable&quot;</code> | <code>&quot;behind&quot;</code> | <code>&quot;worse&quot;</code> | <code>&quot;not-achieved&quot;</code> | <code>&quot;not-assessable&quot;</code></td><td>-</td></tr><tr><td><a id="property-versusbaseline"></a> <code>versusBaseline</code></td><td><code>readonly</code></td><td><a href="./BaselineTest"><code>BaselineTest</code></a> | <code>null</code></td><td>The change from the baseline; <code>null</code> without a test.</td></tr><tr><td><a id="property-versusbenchmark"></a> <code>versusBenchmark</code></td><td><code>readonly</code></td><td><a href="./BenchmarkComparison"><code>BenchmarkComparison</code></a> &amp; <code>object</code> | <code>null</code></td><td>The latest figure against the path point or the target; <code>null</code> when it could not be compared.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/Verdict.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Verdict = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Verdict as default
};
