import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PercentChangeNotation","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PercentChangeNotation.md","filePath":"reference/api/@ivp/model/interfaces/PercentChangeNotation.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PercentChangeNotation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-percentchangenotation" tabindex="-1">Interface: PercentChangeNotation <a class="header-anchor" href="#interface-percentchangenotation" aria-label="Permalink to &quot;Interface: PercentChangeNotation&quot;">​</a></h1><p>How a percentage change is written.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-decimals"></a> <code>decimals</code></td><td><code>readonly</code></td><td><code>number</code></td><td>Decimal places. Default 0.</td></tr><tr><td><a id="property-decimalseparator"></a> <code>decimalSeparator</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Decimal separator. Default <code>&quot;,&quot;</code> (Dutch).</td></tr><tr><td><a id="property-emptycell"></a> <code>emptyCell</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The cell written when the base is 0 (or a value is missing). Default <code>&quot;&quot;</code>.</td></tr><tr><td><a id="property-minussign"></a> <code>minusSign</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Sign written before a decrease. Default <code>&quot;-&quot;</code> (hyphen-minus, as printed).</td></tr><tr><td><a id="property-percentsign"></a> <code>percentSign</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Written after the number. Default <code>&quot;%&quot;</code>.</td></tr><tr><td><a id="property-plussign"></a> <code>plusSign</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Sign written before an increase. Default <code>&quot;+&quot;</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PercentChangeNotation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PercentChangeNotation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PercentChangeNotation as default
};
