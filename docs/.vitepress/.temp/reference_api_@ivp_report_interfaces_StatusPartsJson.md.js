import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StatusPartsJson","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/StatusPartsJson.md","filePath":"reference/api/@ivp/report/interfaces/StatusPartsJson.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/StatusPartsJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-statuspartsjson" tabindex="-1">Interface: StatusPartsJson <a class="header-anchor" href="#interface-statuspartsjson" aria-label="Permalink to &quot;Interface: StatusPartsJson&quot;">​</a></h1><p>What the status is computed from: the automatic status, its reason and the plan&#39;s override.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-automatic"></a> <code>automatic</code></td><td><code>readonly</code></td><td>| <code>&quot;achieved&quot;</code> | <code>&quot;ahead&quot;</code> | <code>&quot;indistinguishable&quot;</code> | <code>&quot;behind&quot;</code> | <code>&quot;worse&quot;</code> | <code>&quot;not-achieved&quot;</code> | <code>&quot;not-assessable&quot;</code></td><td>The verdict (<code>verdict.status</code>), or <code>not-assessable</code>.</td></tr><tr><td><a id="property-notassessable"></a> <code>notAssessable</code></td><td><code>readonly</code></td><td>| <a href="./../../model/type-aliases/NotAssessableReason"><code>NotAssessableReason</code></a> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-override"></a> <code>override</code></td><td><code>readonly</code></td><td>| { <code>reason</code>: <code>string</code>; <code>status</code>: | <code>&quot;achieved&quot;</code> | <code>&quot;ahead&quot;</code> | <code>&quot;indistinguishable&quot;</code> | <code>&quot;behind&quot;</code> | <code>&quot;worse&quot;</code> | <code>&quot;not-achieved&quot;</code> | <code>&quot;not-assessable&quot;</code>; } | <code>null</code></td><td>The plan&#39;s manual status (<code>statusOverride</code>), kept next to the automatic one.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/StatusPartsJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StatusPartsJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StatusPartsJson as default
};
