import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"ivp","text":"Integral safety plans as data","tagline":"Write your municipality's Integraal Veiligheidsplan as a checked data file, reproduce every figure of its tables, and see how far each goal has come.","actions":[{"theme":"brand","text":"Encode your plan","link":"/guides/encode-a-plan"},{"theme":"alt","text":"Concepts","link":"/concepts/"},{"theme":"alt","text":"Reference","link":"/reference/plan-format"}]},"features":[{"title":"For council members","details":"What a change, a verdict and a report of ivp mean, with Laren's figures and without statistics. Also in Dutch: Voor raadsleden.","link":"/concepts/reading-changes","linkText":"Reading changes"},{"title":"For policy advisors","details":"Write indicators, baselines (nulmeting), targets (doelstelling) and police figures in one plan.yaml. ivp points at the file, line and column of every mistake and says how to fix it.","link":"/guides/encode-a-plan","linkText":"Encode your plan"},{"title":"Figures you can check by hand","details":"Every percentage change is computed exactly and rounded the way the printed tables do. The Laren example reproduces all of its printed cells.","link":"/concepts/percentage-change","linkText":"The percentage change"},{"title":"Honest about small counts","details":"54 burglaries against 26 is a real decrease; 12 violent crimes against 15 is not distinguishable from chance. ivp explains which is which.","link":"/concepts/significance","linkText":"Small counts and significance"},{"title":"For developers","details":"@ivp/model is a typed, I/O-free library that also runs in browsers. Build your own dashboard on the same rules the CLI uses.","link":"/guides/dashboard","linkText":"Use the library"}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
