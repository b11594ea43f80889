import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ENGLISH_PERCENT_CHANGE_NOTATION","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/variables/ENGLISH_PERCENT_CHANGE_NOTATION.md","filePath":"reference/api/@ivp/model/variables/ENGLISH_PERCENT_CHANGE_NOTATION.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/variables/ENGLISH_PERCENT_CHANGE_NOTATION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-english-percent-change-notation" tabindex="-1">Variable: ENGLISH_PERCENT_CHANGE_NOTATION <a class="header-anchor" href="#variable-english-percent-change-notation" aria-label="Permalink to &quot;Variable: ENGLISH\\_PERCENT\\_CHANGE\\_NOTATION&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">const</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> ENGLISH_PERCENT_CHANGE_NOTATION</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">:</span><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;"> PercentChangeNotation</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><p>English notation: a decimal point, otherwise as <a href="./DUTCH_PERCENT_CHANGE_NOTATION">DUTCH_PERCENT_CHANGE_NOTATION</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/variables/ENGLISH_PERCENT_CHANGE_NOTATION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ENGLISH_PERCENT_CHANGE_NOTATION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ENGLISH_PERCENT_CHANGE_NOTATION as default
};
