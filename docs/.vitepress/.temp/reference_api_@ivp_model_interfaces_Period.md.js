import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Period","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/Period.md","filePath":"reference/api/@ivp/model/interfaces/Period.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/Period.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-period" tabindex="-1">Interface: Period <a class="header-anchor" href="#interface-period" aria-label="Permalink to &quot;Interface: Period&quot;">​</a></h1><p>A period of observation: a run of whole months within one calendar year. A year is January-December, a first half year January-June, a quarter three months, a month one month, and a year-to-date range such as January-October starts in January and ends before December.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-endmonth"></a> <code>endMonth</code></td><td><code>readonly</code></td><td><code>number</code></td><td>12 = December; never before <code>startMonth</code>.</td></tr><tr><td><a id="property-startmonth"></a> <code>startMonth</code></td><td><code>readonly</code></td><td><code>number</code></td><td>1 = January.</td></tr><tr><td><a id="property-year"></a> <code>year</code></td><td><code>readonly</code></td><td><code>number</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/Period.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Period = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Period as default
};
