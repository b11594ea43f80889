import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CHANCE_MARKER","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/variables/CHANCE_MARKER.md","filePath":"reference/api/@ivp/report/variables/CHANCE_MARKER.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/variables/CHANCE_MARKER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-chance-marker" tabindex="-1">Variable: CHANCE_MARKER <a class="header-anchor" href="#variable-chance-marker" aria-label="Permalink to &quot;Variable: CHANCE\\_MARKER&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">const</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> CHANCE_MARKER</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">:</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;°&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;°&quot;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><p>The marker <a href="./../functions/renderTable">renderTable</a> appends to a percentage change that is not distinguishable from chance after the correction across the table, when asked with <code>markChance</code>. A change from 0 (its percentage cell stays empty) gets the marker alone.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/variables/CHANCE_MARKER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CHANCE_MARKER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CHANCE_MARKER as default
};
