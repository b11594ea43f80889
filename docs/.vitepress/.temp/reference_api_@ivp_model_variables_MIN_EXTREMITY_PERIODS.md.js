import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MIN_EXTREMITY_PERIODS","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/variables/MIN_EXTREMITY_PERIODS.md","filePath":"reference/api/@ivp/model/variables/MIN_EXTREMITY_PERIODS.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/variables/MIN_EXTREMITY_PERIODS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-min-extremity-periods" tabindex="-1">Variable: MIN_EXTREMITY_PERIODS <a class="header-anchor" href="#variable-min-extremity-periods" aria-label="Permalink to &quot;Variable: MIN\\_EXTREMITY\\_PERIODS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">const</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> MIN_EXTREMITY_PERIODS</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">:</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> 3</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> 3</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><p>The fewest other comparable periods a baseline is compared with: 3. Among two neighbours, being the lowest or highest is too common (2 in 3 by chance alone) to be worth a warning.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/variables/MIN_EXTREMITY_PERIODS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MIN_EXTREMITY_PERIODS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MIN_EXTREMITY_PERIODS as default
};
