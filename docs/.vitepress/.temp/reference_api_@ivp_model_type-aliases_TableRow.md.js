import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TableRow","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/type-aliases/TableRow.md","filePath":"reference/api/@ivp/model/type-aliases/TableRow.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/type-aliases/TableRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="type-alias-tablerow" tabindex="-1">Type Alias: TableRow <a class="header-anchor" href="#type-alias-tablerow" aria-label="Permalink to &quot;Type Alias: TableRow&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">type</span><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;"> TableRow</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> object</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th></tr></thead><tbody><tr><td><a id="property-label"></a> <code>label?</code></td><td><code>string</code></td></tr><tr><td><a id="property-printed"></a> <code>printed?</code></td><td><code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</td></tr><tr><td><a id="property-series"></a> <code>series</code></td><td><code>string</code></td></tr><tr><td><a id="property-supplied"></a> <code>supplied?</code></td><td><code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/type-aliases/TableRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TableRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TableRow as default
};
