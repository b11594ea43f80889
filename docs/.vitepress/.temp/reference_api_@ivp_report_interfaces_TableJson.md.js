import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TableJson","description":"","frontmatter":{"pageClass":"ivp-api-page"},"headers":[],"relativePath":"reference/api/@ivp/report/interfaces/TableJson.md","filePath":"reference/api/@ivp/report/interfaces/TableJson.md"}');
const _sfc_main = { name: "reference/api/@ivp/report/interfaces/TableJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="interface-tablejson" tabindex="-1">Interface: TableJson <a class="header-anchor" href="#interface-tablejson" aria-label="Permalink to &quot;Interface: TableJson&quot;">​</a></h1><p>A stable, documented JSON shape of an evaluated table: columns, and per row the cells by column id with the numbers behind each printed text.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./EvaluatedFigureTable"><code>EvaluatedFigureTable</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-area"></a> <code>area</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-columns"></a> <code>columns</code></td><td><code>readonly</code></td><td>readonly <code>object</code>[]</td><td>-</td></tr><tr><td><a id="property-id"></a> <code>id</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr><tr><td><a id="property-number"></a> <code>number</code></td><td><code>readonly</code></td><td><code>number</code> | <code>null</code></td><td>-</td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><code>readonly</code></td><td>readonly <code>object</code>[]</td><td>-</td></tr><tr><td><a id="property-significance"></a> <code>significance?</code></td><td><code>readonly</code></td><td><a href="./../../model/interfaces/TableSignificance"><code>TableSignificance</code></a></td><td>How many changes were tested, how many chance alone would mark, and the marks before and after the correction; present only when the table was evaluated with <code>significance</code>.</td></tr><tr><td><a id="property-title"></a> <code>title</code></td><td><code>readonly</code></td><td><code>string</code></td><td>-</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/api/@ivp/report/interfaces/TableJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TableJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TableJson as default
};
