import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RuleFinding","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/model/interfaces/RuleFinding.md","filePath":"reference/api/@ivp/model/interfaces/RuleFinding.md"}');
const _sfc_main = { name: "reference/api/@ivp/model/interfaces/RuleFinding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-rulefinding" tabindex="-1">Interface: RuleFinding <a class="header-anchor" href="#interface-rulefinding" aria-label="Permalink to &quot;Interface: RuleFinding&quot;">​</a></h1><p>What a rule&#39;s check reports; the linter adds the rule id and severity and renders the texts. A finding carries no text of its own: a message id and the values the text needs (labels, figures, periods, places), which the catalogues in <code>lint/messages/</code> (one file per language) turn into words.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./LintFinding"><code>LintFinding</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-data"></a> <code>data</code></td><td><code>readonly</code></td><td><a href="./../type-aliases/MessageData"><code>MessageData</code></a></td><td>The values the message shows, with the figures involved so it can be checked by hand. Language-free: periods, figures, quoted labels and places are written per language when the message is rendered.</td></tr><tr><td><a id="property-locations"></a> <code>locations</code></td><td><code>readonly</code></td><td>readonly <a href="./../type-aliases/LintLocation"><code>LintLocation</code></a>[]</td><td>Every place involved, at least one; the first is where to look first.</td></tr><tr><td><a id="property-messageid"></a> <code>messageId</code></td><td><code>readonly</code></td><td><code>string</code></td><td>What is wrong: the id of one of the rule&#39;s messages in the catalogues, stable across releases (e.g. <code>baseline-after-plan-start</code>).</td></tr><tr><td><a id="property-suggestiondata"></a> <code>suggestionData?</code></td><td><code>readonly</code></td><td><code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <a href="./../type-aliases/MessageValue"><code>MessageValue</code></a>&gt;&gt;</td><td>The values the suggestion shows (present with <code>suggestionId</code>).</td></tr><tr><td><a id="property-suggestionid"></a> <code>suggestionId?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>How to fix it, when the rule can tell: the id of one of the rule&#39;s messages.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/model/interfaces/RuleFinding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RuleFinding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RuleFinding as default
};
