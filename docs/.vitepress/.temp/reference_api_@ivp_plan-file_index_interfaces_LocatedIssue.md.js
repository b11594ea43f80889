import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LocatedIssue","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/index/interfaces/LocatedIssue.md","filePath":"reference/api/@ivp/plan-file/index/interfaces/LocatedIssue.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/index/interfaces/LocatedIssue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-locatedissue" tabindex="-1">Interface: LocatedIssue <a class="header-anchor" href="#interface-locatedissue" aria-label="Permalink to &quot;Interface: LocatedIssue&quot;">​</a></h1><p>A <a href="./../../../model/interfaces/PlanIssue">PlanIssue</a> with the file, line and column it concerns.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-column"></a> <code>column?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>1-based.</td></tr><tr><td><a id="property-expected"></a> <code>expected?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-field"></a> <code>field?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The field, as <code>indicators[3].unit</code>.</td></tr><tr><td><a id="property-file"></a> <code>file</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-hint"></a> <code>hint?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-line"></a> <code>line?</code></td><td><code>readonly</code></td><td><code>number</code></td><td>1-based; absent when the issue concerns the whole file.</td></tr><tr><td><a id="property-message"></a> <code>message</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-severity"></a> <code>severity</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/Severity"><code>Severity</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/index/interfaces/LocatedIssue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LocatedIssue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LocatedIssue as default
};
