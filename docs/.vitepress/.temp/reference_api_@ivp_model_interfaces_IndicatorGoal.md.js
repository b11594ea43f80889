import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: IndicatorGoal","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/IndicatorGoal.md","filePath":"reference/api/@ivp/model/interfaces/IndicatorGoal.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/IndicatorGoal.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-indicatorgoal" tabindex="-1">Interface: IndicatorGoal <a class="header-anchor" href="#interface-indicatorgoal" aria-label="Permalink to &quot;Interface: IndicatorGoal&quot;">​</a></h1><p>An indicator&#39;s effective baseline and target, with where each was found.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-baseline"></a> <code>baseline</code></td><td><code>readonly</code></td><td>| { <code>source</code>: <a href="./../type-aliases/GoalSource"><code>GoalSource</code></a>; <code>value</code>: <a href="./../type-aliases/Baseline"><code>Baseline</code></a>; } | <code>null</code></td><td>-</td></tr><tr><td><a id="property-indicator"></a> <code>indicator</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Indicator"><code>Indicator</code></a></td><td>-</td></tr><tr><td><a id="property-targets"></a> <code>targets</code></td><td><code>readonly</code></td><td>readonly <code>object</code>[]</td><td>Every target, in the order written (an indicator may have more than one).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/IndicatorGoal.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IndicatorGoal = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IndicatorGoal as default
};
