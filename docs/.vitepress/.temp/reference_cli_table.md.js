import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp table","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/table.md","filePath":"reference/cli/table.md"}');
const _sfc_main = { name: "reference/cli/table.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-table" tabindex="-1">ivp table <a class="header-anchor" href="#ivp-table" aria-label="Permalink to &quot;ivp table&quot;">​</a></h1><p>Print a figure table of a plan with its percentage changes</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> table</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">pla</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">n</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">table-i</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">d</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>Computes a table of the plan from its raw counts: value columns, percentage changes (exact, rounded half away from zero, &#39;+&#39; for increases, empty when the base is 0) and supplied reference columns. July-December figures are derived as full year minus January-June.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;plan&gt;</code></td><td>yes</td><td>A plan directory (containing plan.yaml) or a plan.yaml file.</td></tr><tr><td><code>&lt;table-id&gt;</code></td><td>yes</td><td>The id of the table, e.g. tabel-1.</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>-f, --format FORMAT</code></td><td>Output format. CSV, TSV and Markdown neutralise spreadsheet formulas in labels. CSV is for spreadsheets, the same convention in every command: UTF-8 with a byte-order mark, and in Dutch (the default) &#39;;&#39; between fields and a decimal comma, as Dutch Excel and LibreOffice expect; with --lang en &#39;,&#39; and a decimal point. xlsx writes a workbook to --out with real numbers and number formats (counts, rates, changes as percentages), not text.</td><td><code>tsv</code>, <code>csv</code>, <code>xlsx</code>, <code>md</code>, <code>json</code></td><td><code>tsv</code></td></tr><tr><td><code>--mark-chance</code></td><td>Mark with ° every percentage change of a count that is not distinguishable from chance (exact Poisson test, two-sided, p &gt;= 0.05 after the correction across the table; a change from 0 gets ° alone). Says how many changes were tested and how many chance alone would mark (under Markdown; on standard error for TSV and CSV; in the JSON&#39;s significance). Off by default: the cells stay as printed.</td><td></td><td></td></tr><tr><td><code>--correction METHOD</code></td><td>How --mark-chance corrects for testing every change of the table at once: benjamini-hochberg (controls the share of false marks), holm (controls the chance of any false mark) or none. Default: the plan&#39;s conventions.multipleComparisons, else benjamini-hochberg.</td><td><code>none</code>, <code>holm</code>, <code>benjamini-hochberg</code></td><td></td></tr><tr><td><code>--lang LANG</code></td><td>Language of generated text; default the plan&#39;s language (Dutch).</td><td><code>nl</code>, <code>en</code></td><td></td></tr><tr><td><code>-o, --out FILE</code></td><td>Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>Laren&#39;s Tabel 2 as TSV.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> table</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> tabel-2</span></span></code></pre></div><p>Tabel 1 as a Markdown table.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> table</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> tabel-1</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --format</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> md</span></span></code></pre></div><p>Tabel 1 with ° on the changes that chance alone could explain.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> table</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> tabel-1</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --mark-chance</span></span></code></pre></div><p>Tabel 2&#39;s 50 tests corrected with Holm&#39;s method instead of Benjamini-Hochberg.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> table</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> tabel-2</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --mark-chance</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --correction</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> holm</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the table was written</td></tr><tr><td><code>1</code></td><td>the plan is invalid or has no such table</td></tr><tr><td><code>2</code></td><td>--correction without --mark-chance, or another usage error</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp table --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp table &lt;plan&gt; &lt;table-id&gt; [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Computes a table of the plan from its raw counts: value columns, percentage</span></span>
<span class="line"><span>changes (exact, rounded half away from zero, &#39;+&#39; for increases, empty when the</span></span>
<span class="line"><span>base is 0) and supplied reference columns. July-December figures are derived</span></span>
<span class="line"><span>as full year minus January-June.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;plan&gt;      A plan directory (containing plan.yaml) or a plan.yaml file.</span></span>
<span class="line"><span>  &lt;table-id&gt;  The id of the table, e.g. tabel-1.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  -f, --format FORMAT      Output format. CSV, TSV and Markdown neutralise</span></span>
<span class="line"><span>                           spreadsheet formulas in labels. CSV is for</span></span>
<span class="line"><span>                           spreadsheets, the same convention in every command:</span></span>
<span class="line"><span>                           UTF-8 with a byte-order mark, and in Dutch (the</span></span>
<span class="line"><span>                           default) &#39;;&#39; between fields and a decimal comma, as</span></span>
<span class="line"><span>                           Dutch Excel and LibreOffice expect; with --lang en</span></span>
<span class="line"><span>                           &#39;,&#39; and a decimal point. xlsx writes a workbook to</span></span>
<span class="line"><span>                           --out with real numbers and number formats (counts,</span></span>
<span class="line"><span>                           rates, changes as percentages), not text. (one of:</span></span>
<span class="line"><span>                           tsv, csv, xlsx, md, json; default: tsv)</span></span>
<span class="line"><span>      --mark-chance        Mark with ° every percentage change of a count that</span></span>
<span class="line"><span>                           is not distinguishable from chance (exact Poisson</span></span>
<span class="line"><span>                           test, two-sided, p &gt;= 0.05 after the correction</span></span>
<span class="line"><span>                           across the table; a change from 0 gets ° alone).</span></span>
<span class="line"><span>                           Says how many changes were tested and how many</span></span>
<span class="line"><span>                           chance alone would mark (under Markdown; on</span></span>
<span class="line"><span>                           standard error for TSV and CSV; in the JSON&#39;s</span></span>
<span class="line"><span>                           significance). Off by default: the cells stay as</span></span>
<span class="line"><span>                           printed.</span></span>
<span class="line"><span>      --correction METHOD  How --mark-chance corrects for testing every change</span></span>
<span class="line"><span>                           of the table at once: benjamini-hochberg (controls</span></span>
<span class="line"><span>                           the share of false marks), holm (controls the</span></span>
<span class="line"><span>                           chance of any false mark) or none. Default: the</span></span>
<span class="line"><span>                           plan&#39;s conventions.multipleComparisons, else</span></span>
<span class="line"><span>                           benjamini-hochberg. (one of: none, holm,</span></span>
<span class="line"><span>                           benjamini-hochberg)</span></span>
<span class="line"><span>      --lang LANG          Language of generated text; default the plan&#39;s</span></span>
<span class="line"><span>                           language (Dutch). (one of: nl, en)</span></span>
<span class="line"><span>  -o, --out FILE           Write to FILE instead of standard output. The file</span></span>
<span class="line"><span>                           is written atomically (a temporary file, then a</span></span>
<span class="line"><span>                           rename); an input file is never overwritten.</span></span>
<span class="line"><span>  -h, --help               Show help for the command.</span></span>
<span class="line"><span>      --no-cache           Read the plan without the cache of validated plans</span></span>
<span class="line"><span>                           and do not store it there (the cache is in</span></span>
<span class="line"><span>                           $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR</span></span>
<span class="line"><span>                           moves it, IVP_NO_CACHE=1 turns it off).</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  ivp table examples/laren-2019-2022 tabel-2</span></span>
<span class="line"><span>      Laren&#39;s Tabel 2 as TSV.</span></span>
<span class="line"><span>  ivp table examples/laren-2019-2022 tabel-1 --format md</span></span>
<span class="line"><span>      Tabel 1 as a Markdown table.</span></span>
<span class="line"><span>  ivp table examples/laren-2019-2022 tabel-1 --mark-chance</span></span>
<span class="line"><span>      Tabel 1 with ° on the changes that chance alone could explain.</span></span>
<span class="line"><span>  ivp table examples/laren-2019-2022 tabel-2 --mark-chance --correction holm</span></span>
<span class="line"><span>      Tabel 2&#39;s 50 tests corrected with Holm&#39;s method instead of Benjamini-Hochberg.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the table was written</span></span>
<span class="line"><span>  1   the plan is invalid or has no such table</span></span>
<span class="line"><span>  2   --correction without --mark-chance, or another usage error</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/table.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const table = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  table as default
};
