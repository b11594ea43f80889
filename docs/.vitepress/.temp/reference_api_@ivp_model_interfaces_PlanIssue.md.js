import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanIssue","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/PlanIssue.md","filePath":"reference/api/@ivp/model/interfaces/PlanIssue.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/PlanIssue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-planissue" tabindex="-1">Interface: PlanIssue <a class="header-anchor" href="#interface-planissue" aria-label="Permalink to &quot;Interface: PlanIssue&quot;">​</a></h1><p>A problem found in a plan, with the path of the field it concerns. Loaders turn the path into a file, line and column.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>readonly</code></td><td><code>string</code></td><td>Stable code, e.g. <code>unknown-reference</code> or <code>duplicate-id</code>.</td></tr><tr><td><a id="property-expected"></a> <code>expected?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>What was expected there.</td></tr><tr><td><a id="property-hint"></a> <code>hint?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>How to fix it.</td></tr><tr><td><a id="property-message"></a> <code>message</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-params"></a> <code>params?</code></td><td><code>readonly</code></td><td><code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</td><td>The facts behind the message (such as <code>kind</code> and <code>id</code> of an unknown reference), so that callers can word it in another language.</td></tr><tr><td><a id="property-path"></a> <code>path</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/PlanPath"><code>PlanPath</code></a></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/PlanIssue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanIssue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanIssue as default
};
