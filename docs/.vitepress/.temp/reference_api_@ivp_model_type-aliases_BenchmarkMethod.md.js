import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BenchmarkMethod","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/type-aliases/BenchmarkMethod.md","filePath":"reference/api/@ivp/model/type-aliases/BenchmarkMethod.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/type-aliases/BenchmarkMethod.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-benchmarkmethod" tabindex="-1">Type Alias: BenchmarkMethod <a class="header-anchor" href="#type-alias-benchmarkmethod" aria-label="Permalink to &quot;Type Alias: BenchmarkMethod&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">type</span><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;"> BenchmarkMethod</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;poisson&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> |</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;quasi-poisson&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> |</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;supplied-interval&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> |</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;tolerance&quot;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><p>How the uncertainty of the value was known:</p><ul><li><code>poisson</code>: a count, with the exact (Garwood) Poisson interval;</li><li><code>quasi-poisson</code>: a count whose series varies more than Poisson does: the count is divided by the dispersion phi (an &quot;effective count&quot;, as a design effect does for a survey) and the exact interval of that is scaled back;</li><li><code>supplied-interval</code>: the interval the publisher supplied (a survey&#39;s margins), read as a normal interval;</li><li><code>tolerance</code>: no interval; only the declared tolerance keeps small differences from counting.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/type-aliases/BenchmarkMethod.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BenchmarkMethod = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BenchmarkMethod as default
};
