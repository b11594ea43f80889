import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PrintedPercent","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PrintedPercent.md","filePath":"reference/api/@ivp/model/interfaces/PrintedPercent.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PrintedPercent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-printedpercent" tabindex="-1">Interface: PrintedPercent <a class="header-anchor" href="#interface-printedpercent" aria-label="Permalink to &quot;Interface: PrintedPercent&quot;">​</a></h1><p>A percentage as a document printed it, read back.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-decimals"></a> <code>decimals</code></td><td><code>readonly</code></td><td><code>number</code></td><td>How many decimals were printed.</td></tr><tr><td><a id="property-signed"></a> <code>signed</code></td><td><code>readonly</code></td><td><code>boolean</code></td><td>Whether an explicit sign was printed (<code>&quot;+0%&quot;</code> has one, <code>&quot;0%&quot;</code> has not).</td></tr><tr><td><a id="property-text"></a> <code>text</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The text as printed.</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>number</code></td><td>The value in percent: <code>&quot;-52%&quot;</code> is -52.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PrintedPercent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PrintedPercent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PrintedPercent as default
};
