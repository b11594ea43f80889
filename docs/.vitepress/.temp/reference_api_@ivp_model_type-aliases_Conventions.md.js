import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Conventions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/type-aliases/Conventions.md","filePath":"reference/api/@ivp/model/type-aliases/Conventions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/type-aliases/Conventions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-conventions" tabindex="-1">Type Alias: Conventions <a class="header-anchor" href="#type-alias-conventions" aria-label="Permalink to &quot;Type Alias: Conventions&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">type</span><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;"> Conventions</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> object</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-multiplecomparisons"></a> <code>multipleComparisons?</code></td><td><code>&quot;none&quot;</code> | <code>&quot;benjamini-hochberg&quot;</code> | <code>&quot;holm&quot;</code></td></tr><tr><td><a id="property-percentchange"></a> <code>percentChange?</code></td><td><a href="./PercentNotationSettings"><code>PercentNotationSettings</code></a></td></tr><tr><td><a id="property-targetpreference"></a> <code>targetPreference?</code></td><td><code>&quot;stated-value&quot;</code> | <code>&quot;resolved-change&quot;</code></td></tr><tr><td><a id="property-targetrounding"></a> <code>targetRounding?</code></td><td><code>object</code></td></tr><tr><td><code>targetRounding.decimals</code></td><td><code>number</code></td></tr><tr><td><code>targetRounding.mode</code></td><td><code>&quot;half-away-from-zero&quot;</code> | <code>&quot;half-even&quot;</code> | <code>&quot;floor&quot;</code> | <code>&quot;ceil&quot;</code> | <code>&quot;trunc&quot;</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/type-aliases/Conventions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Conventions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Conventions as default
};
