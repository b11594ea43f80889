import { resolveComponent, withCtx, createVNode, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Playground","description":"Check and edit a safety plan in the browser, with the same checks as ivp validate; nothing leaves your computer.","frontmatter":{"layout":"page","sidebar":false,"title":"Playground","description":"Check and edit a safety plan in the browser, with the same checks as ivp validate; nothing leaves your computer."},"headers":[],"relativePath":"playground.md","filePath":"playground.md"}');
const _sfc_main = { name: "playground.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_ClientOnly = resolveComponent("ClientOnly");
  const _component_IvpPlayground = resolveComponent("IvpPlayground");
  _push(`<div${ssrRenderAttrs(_attrs)}><div class="vp-doc ivp-playground-page"><h1 id="playground-check-a-plan-in-your-browser" tabindex="-1">Playground: check a plan in your browser <a class="header-anchor" href="#playground-check-a-plan-in-your-browser" aria-label="Permalink to &quot;Playground: check a plan in your browser&quot;">​</a></h1><p>Write or open a plan and see at once what <code>ivp validate</code>, <code>ivp table</code>, <code>ivp status</code> and <code>ivp report</code> would say, without installing anything. <strong>Everything stays in your browser:</strong> the page reads your files from your own computer, checks and renders them right here, and sends nothing anywhere (no upload, no analytics, no request to another site). It also works from a copy of the site opened without an internet connection.</p><ul><li><strong>Open a plan</strong>: pick an example, or open your own <code>plan.yaml</code> with its CSV data files (the buttons, a folder, or drag them onto the page). A StatLine CSV export is imported into the plan&#39;s data as <code>ivp import</code> would.</li><li><strong>Edit</strong>: every finding is marked in the margin and underlined where it is; hover over it (or press F8 in the editor) for the message and the fix. Click a finding in the list to jump to it. Tab leaves the editor.</li><li><strong>See the result</strong>: the figure tables with their changes, the status with its verdicts and the report itself, updated as you type.</li><li><strong>Take it home</strong>: download the edited <code>plan.yaml</code>, the data files and the report.</li></ul><p>The checks are the command line&#39;s own code, not a copy: the same findings, messages (in Dutch or English) and places as <code>ivp validate --format json</code>, tested on every example. What the page does not do: fetch CBS OData pages from the internet (download the StatLine CSV and drop it here instead) or keep your work when you close the tab (download it first).</p></div><div class="ivp-playground-wrap">`);
  _push(ssrRenderComponent(_component_ClientOnly, null, {
    default: withCtx((_, _push2, _parent2, _scopeId) => {
      if (_push2) {
        _push2(ssrRenderComponent(_component_IvpPlayground, null, null, _parent2, _scopeId));
      } else {
        return [
          createVNode(_component_IvpPlayground)
        ];
      }
    }),
    _: 1
  }, _parent));
  _push(`</div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("playground.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const playground = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  playground as default
};
