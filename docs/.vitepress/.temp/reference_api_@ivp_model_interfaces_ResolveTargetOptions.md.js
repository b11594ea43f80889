import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolveTargetOptions","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/ResolveTargetOptions.md","filePath":"reference/api/@ivp/model/interfaces/ResolveTargetOptions.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/ResolveTargetOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-resolvetargetoptions" tabindex="-1">Interface: ResolveTargetOptions <a class="header-anchor" href="#interface-resolvetargetoptions" aria-label="Permalink to &quot;Interface: ResolveTargetOptions&quot;">​</a></h1><p>Options of <a href="./../functions/resolveTarget">resolveTarget</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-baseline"></a> <code>baseline?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Baseline"><code>Baseline</code></a> | <code>null</code> | <code>undefined</code></td><td>The indicator&#39;s baseline; needed for relative and keep-level targets.</td></tr><tr><td><a id="property-conventions"></a> <code>conventions?</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Conventions"><code>Conventions</code></a> | <code>null</code> | <code>undefined</code></td><td>The plan&#39;s conventions (<code>targetRounding</code>, <code>targetPreference</code>).</td></tr><tr><td><a id="property-target"></a> <code>target</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Target"><code>Target</code></a></td><td>-</td></tr><tr><td><a id="property-unit"></a> <code>unit?</code></td><td><code>readonly</code></td><td>| <code>&quot;count&quot;</code> | <code>&quot;grade&quot;</code> | <code>&quot;percentage&quot;</code> | <code>&quot;rate-per-1000&quot;</code> | <code>&quot;rate-per-10000&quot;</code> | <code>&quot;rate-per-100000&quot;</code></td><td>The indicator&#39;s unit. A relative target on a count rounds by default (to the baseline&#39;s decimals: a count is whole); on any other unit it is not rounded unless the target or the plan says so (-20% of 1,7% is 1,36%). Without a unit, every relative target rounds as a count&#39;s.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/ResolveTargetOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolveTargetOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolveTargetOptions as default
};
