import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ProgressRatioMethod","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/type-aliases/ProgressRatioMethod.md","filePath":"reference/api/@ivp/model/type-aliases/ProgressRatioMethod.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/type-aliases/ProgressRatioMethod.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-progressratiomethod" tabindex="-1">Type Alias: ProgressRatioMethod <a class="header-anchor" href="#type-alias-progressratiomethod" aria-label="Permalink to &quot;Type Alias: ProgressRatioMethod&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">type</span><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;"> ProgressRatioMethod</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;cagr&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> |</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;absolute&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> |</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;no-change-required&quot;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><p>How the progress ratio was computed:</p><ul><li><code>cagr</code>: Open SDG / Statistics Canada, compound annual growth rates: observed (current / baseline)^(1 / elapsed) - 1, required (target / baseline)^(1 / total) - 1;</li><li><code>absolute</code>: the same ratio with average annual differences, (current - baseline) / elapsed and (target - baseline) / total, used when the baseline or the target is 0 (or a value is negative), where growth rates are undefined or meaningless;</li><li><code>no-change-required</code>: the target equals the baseline, so there is no ratio: holding the level is reaching the target, anything worse is deterioration.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/type-aliases/ProgressRatioMethod.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProgressRatioMethod = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProgressRatioMethod as default
};
