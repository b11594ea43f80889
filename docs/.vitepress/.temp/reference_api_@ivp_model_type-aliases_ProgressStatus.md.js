import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ProgressStatus","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/type-aliases/ProgressStatus.md","filePath":"reference/api/@ivp/model/type-aliases/ProgressStatus.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/type-aliases/ProgressStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-progressstatus" tabindex="-1">Type Alias: ProgressStatus <a class="header-anchor" href="#type-alias-progressstatus" aria-label="Permalink to &quot;Type Alias: ProgressStatus&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">type</span><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;"> ProgressStatus</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> typeof</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> PROGRESS_STATUSES</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">[number];</span></span></code></pre></div><p>The verdict on an indicator, in words a council can rely on: each says more than &quot;not distinguishable&quot; only when the data support it beyond chance.</p><ul><li><code>achieved</code> / <code>not-achieved</code>: the target period has come, and the figure is better / worse than the target beyond chance;</li><li><code>ahead</code> / <code>behind</code>: before the target period, the figure is better / worse beyond chance than the point on the straight path from baseline to target;</li><li><code>worse</code>: before the target period, the figure is worse than the baseline beyond chance (it takes precedence over <code>behind</code>);</li><li><code>indistinguishable</code>: the difference from the path (or, from the target period on, from the target) lies within what chance gives;</li><li><code>not-assessable</code>: no verdict can be given, with the reason.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/type-aliases/ProgressStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProgressStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProgressStatus as default
};
