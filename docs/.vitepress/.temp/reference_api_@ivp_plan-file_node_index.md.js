import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"node","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/plan-file/node/index.md","filePath":"reference/api/@ivp/plan-file/node/index.md"}');
const _sfc_main = { name: "reference/api/@ivp/plan-file/node/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="node" tabindex="-1">node <a class="header-anchor" href="#node" aria-label="Permalink to &quot;node&quot;">​</a></h1><p><code>@ivp/plan-file/node</code>: what reads plans from the file system, for Node. <code>loadPlan</code> reads a plan directory with the position of every field; <code>readPlan</code> reads a valid plan faster; the regular-file checks keep ivp from reading a named pipe or writing over a device. Everything that does no I/O is in <code>@ivp/plan-file</code>.</p><h2 id="classes" tabindex="-1">Classes <a class="header-anchor" href="#classes" aria-label="Permalink to &quot;Classes&quot;">​</a></h2><ul><li><a href="./classes/NotARegularFileError">NotARegularFileError</a></li></ul><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/ReadPlan">ReadPlan</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/FileKind">FileKind</a></li><li><a href="./type-aliases/ReadPlanResult">ReadPlanResult</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/checkOutputPath">checkOutputPath</a></li><li><a href="./functions/fileKind">fileKind</a></li><li><a href="./functions/loadPlan">loadPlan</a></li><li><a href="./functions/openRegularFile">openRegularFile</a></li><li><a href="./functions/readPlan">readPlan</a></li><li><a href="./functions/readRegularFile">readRegularFile</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/plan-file/node/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
