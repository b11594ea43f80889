import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernbeleidTheme","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/KernbeleidTheme.md","filePath":"reference/api/@ivp/model/interfaces/KernbeleidTheme.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/KernbeleidTheme.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-kernbeleidtheme" tabindex="-1">Interface: KernbeleidTheme <a class="header-anchor" href="#interface-kernbeleidtheme" aria-label="Permalink to &quot;Interface: KernbeleidTheme&quot;">​</a></h1><p>A theme within a safety field.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Field and theme, e.g. <code>1.3</code>.</td></tr><tr><td><a id="property-name"></a> <code>name</code></td><td><code>readonly</code></td><td><code>object</code></td><td>-</td></tr><tr><td><code>name.en</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><code>name.nl</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/KernbeleidTheme.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernbeleidTheme = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernbeleidTheme as default
};
