import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KernbeleidField","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/KernbeleidField.md","filePath":"reference/api/@ivp/model/interfaces/KernbeleidField.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/KernbeleidField.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-kernbeleidfield" tabindex="-1">Interface: KernbeleidField <a class="header-anchor" href="#interface-kernbeleidfield" aria-label="Permalink to &quot;Interface: KernbeleidField&quot;">​</a></h1><p>A safety field with its themes.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>readonly</code></td><td><code>string</code></td><td>1-5.</td></tr><tr><td><a id="property-name"></a> <code>name</code></td><td><code>readonly</code></td><td><code>object</code></td><td>-</td></tr><tr><td><code>name.en</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><code>name.nl</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-themes"></a> <code>themes</code></td><td><code>readonly</code></td><td>readonly <a href="./KernbeleidTheme"><code>KernbeleidTheme</code></a>[]</td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/KernbeleidField.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KernbeleidField = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KernbeleidField as default
};
