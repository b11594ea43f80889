import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ProjectionIntervalMethod","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/type-aliases/ProjectionIntervalMethod.md","filePath":"reference/api/@ivp/model/type-aliases/ProjectionIntervalMethod.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/type-aliases/ProjectionIntervalMethod.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-projectionintervalmethod" tabindex="-1">Type Alias: ProjectionIntervalMethod <a class="header-anchor" href="#type-alias-projectionintervalmethod" aria-label="Permalink to &quot;Type Alias: ProjectionIntervalMethod&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">type</span><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;"> ProjectionIntervalMethod</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;t-prediction&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> |</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;binomial&quot;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><p>How <a href="./../interfaces/ProjectionInterval">ProjectionInterval</a> was computed:</p><ul><li><code>&quot;t-prediction&quot;</code>: two or more earlier years. This year&#39;s share of the months is predicted from the earlier shares, as a new draw from the same distribution: pooled share +/- t(k - 1) x s x sqrt(1 + 1/k), with s the standard deviation of the k earlier shares (the textbook prediction interval for a new observation). The spread of the shares contains all three sources of error at once: the chance split of each year&#39;s count over its months (Poisson noise of the remaining months), the instability of the month shares across years, and any overdispersion.</li><li><code>&quot;binomial&quot;</code>: one earlier year, so no spread can be seen. The share is given the binomial spread of both years&#39; counts (times <code>dispersion</code>), with the normal quantile: it assumes the share is stable across years, which one year cannot show; the interval is then too narrow if it is not.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/type-aliases/ProjectionIntervalMethod.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectionIntervalMethod = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectionIntervalMethod as default
};
