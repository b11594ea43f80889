import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PLAN_JSON_SCHEMA_PATH","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/variables/PLAN_JSON_SCHEMA_PATH.md","filePath":"reference/api/@ivp/model/variables/PLAN_JSON_SCHEMA_PATH.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/variables/PLAN_JSON_SCHEMA_PATH.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="variable-plan-json-schema-path" tabindex="-1">Variable: PLAN_JSON_SCHEMA_PATH <a class="header-anchor" href="#variable-plan-json-schema-path" aria-label="Permalink to &quot;Variable: PLAN\\_JSON\\_SCHEMA\\_PATH&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">const</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> PLAN_JSON_SCHEMA_PATH</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">:</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;packages/model/plan.schema.json&quot;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> =</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> &quot;packages/model/plan.schema.json&quot;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">;</span></span></code></pre></div><p>The path, relative to the repository root, where the plan&#39;s JSON Schema is published.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/variables/PLAN_JSON_SCHEMA_PATH.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PLAN_JSON_SCHEMA_PATH = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PLAN_JSON_SCHEMA_PATH as default
};
