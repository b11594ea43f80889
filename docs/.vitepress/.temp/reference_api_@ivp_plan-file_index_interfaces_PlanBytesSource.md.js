import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanBytesSource","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/index/interfaces/PlanBytesSource.md","filePath":"reference/api/@ivp/plan-file/index/interfaces/PlanBytesSource.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/index/interfaces/PlanBytesSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-planbytessource" tabindex="-1">Interface: PlanBytesSource <a class="header-anchor" href="#interface-planbytessource" aria-label="Permalink to &quot;Interface: PlanBytesSource&quot;">​</a></h1><p>Where the plan file&#39;s bytes came from and how its data files are read.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-dir"></a> <code>dir</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The plan directory.</td></tr><tr><td><a id="property-planfile"></a> <code>planFile</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The plan file as shown in messages.</td></tr><tr><td><a id="property-readdatafile"></a> <code>readDataFile</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/DataFileReader"><code>DataFileReader</code></a></td><td>Reads a data file by the path plan.yaml gives it.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/index/interfaces/PlanBytesSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanBytesSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanBytesSource as default
};
