import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CreateOverviewOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/CreateOverviewOptions.md","filePath":"reference/api/@ivp/report/interfaces/CreateOverviewOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/CreateOverviewOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-createoverviewoptions" tabindex="-1">Interface: CreateOverviewOptions <a class="header-anchor" href="#interface-createoverviewoptions" aria-label="Permalink to &quot;Interface: CreateOverviewOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createOverview">createOverview</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-entries"></a> <code>entries</code></td><td><code>readonly</code></td><td>readonly <a href="./OverviewEntry"><code>OverviewEntry</code></a>[]</td><td>-</td></tr><tr><td><a id="property-indicators"></a> <code>indicators</code></td><td><code>readonly</code></td><td><a href="./Overview"><code>Overview</code></a>[<code>&quot;indicators&quot;</code>]</td><td>The indicators of the template, in order.</td></tr><tr><td><a id="property-lang"></a> <code>lang</code></td><td><code>readonly</code></td><td><a href="./../../model/type-aliases/Language"><code>Language</code></a></td><td>-</td></tr><tr><td><a id="property-source"></a> <code>source?</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-title"></a> <code>title?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/CreateOverviewOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CreateOverviewOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CreateOverviewOptions as default
};
