import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReadPlan","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/node/interfaces/ReadPlan.md","filePath":"reference/api/@ivp/plan-file/node/interfaces/ReadPlan.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/node/interfaces/ReadPlan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-readplan" tabindex="-1">Interface: ReadPlan <a class="header-anchor" href="#interface-readplan" aria-label="Permalink to &quot;Interface: ReadPlan&quot;">​</a></h1><p>A plan read from disk with its data files, without the positions of its fields.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-datafiles"></a> <code>dataFiles</code></td><td><code>readonly</code></td><td>readonly <code>string</code>[]</td><td>Absolute paths of the data files that were read.</td></tr><tr><td><a id="property-dir"></a> <code>dir</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The plan directory.</td></tr><tr><td><a id="property-file"></a> <code>file</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The plan file, as shown in messages.</td></tr><tr><td><a id="property-observations"></a> <code>observations</code></td><td><code>readonly</code></td><td>readonly <a href="./../../../model/interfaces/Observation"><code>Observation</code></a>[]</td><td>Every observation: those in plan.yaml, then those of the data files.</td></tr><tr><td><a id="property-plan"></a> <code>plan</code></td><td><code>readonly</code></td><td><a href="./../../../model/type-aliases/Plan"><code>Plan</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/node/interfaces/ReadPlan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReadPlan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReadPlan as default
};
