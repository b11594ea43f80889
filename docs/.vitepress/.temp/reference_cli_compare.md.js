import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp compare","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/compare.md","filePath":"reference/cli/compare.md"}');
const _sfc_main = { name: "reference/cli/compare.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-compare" tabindex="-1">ivp compare <a class="header-anchor" href="#ivp-compare" aria-label="Permalink to &quot;ivp compare&quot;">​</a></h1><p>Compare municipalities side by side, with rates per 1,000 inhabitants</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> compare</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">pla</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">n</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">...</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>Puts the figures of several plans side by side: per indicator and period each municipality&#39;s count, its change against the same period a year earlier and, where the plan has the number of inhabitants (a series, default &#39;inwoners&#39;), the count per 1,000 inhabitants (or --per 10000, 100000), computed exactly and rounded half away from zero. The same police figure is found under another id by its crime-type code. Nothing is summed across municipalities; a missing figure is shown as &#39;.&#39;. Periods default to every year with a figure.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;plan&gt;...</code></td><td>yes</td><td>The plans to compare, one per municipality (directories with plan.yaml, or the files).</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>-i, --indicator ID</code></td><td>Only this indicator or series (by id). Default: every counted indicator with a figure.</td><td></td><td></td></tr><tr><td><code>--period PERIOD</code></td><td>Only this period. Default: every year with a figure.</td><td></td><td></td></tr><tr><td><code>--population SERIES</code></td><td>The series with the number of inhabitants in each plan.</td><td></td><td><code>inwoners</code></td></tr><tr><td><code>--per N</code></td><td>Rates per this many inhabitants: 1000 (default), 10000 or 100000. The population is the plan&#39;s series (default inwoners, filled by &#39;ivp import&#39; of CBS table 03759ned) of the period&#39;s year.</td><td></td><td></td></tr><tr><td><code>-f, --format FORMAT</code></td><td>text: aligned tables; md: Markdown; csv and xlsx: one row per indicator, period and municipality; json: the comparison with every component. CSV is for spreadsheets, the same convention in every command: UTF-8 with a byte-order mark, and in Dutch (the default) &#39;;&#39; between fields and a decimal comma, as Dutch Excel and LibreOffice expect; with --lang en &#39;,&#39; and a decimal point. xlsx writes a workbook to --out with real numbers and number formats (counts, rates, changes as percentages), not text.</td><td><code>text</code>, <code>md</code>, <code>csv</code>, <code>xlsx</code>, <code>json</code></td><td><code>text</code></td></tr><tr><td><code>--lang LANG</code></td><td>Language of generated text; default the plan&#39;s language (Dutch).</td><td><code>nl</code>, <code>en</code></td><td></td></tr><tr><td><code>-o, --out FILE</code></td><td>Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>Blaricum and Eemnes side by side.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> compare</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/blaricum</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/eemnes</span></span></code></pre></div><p>One indicator as CSV, for a spreadsheet or a chart.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> compare</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/blaricum</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/eemnes</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --indicator</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> misdrijven-totaal</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --format</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> csv</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the comparison was written</td></tr><tr><td><code>1</code></td><td>a plan is invalid, or a period is not a period</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp compare --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp compare &lt;plan&gt;... [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Puts the figures of several plans side by side: per indicator and period each</span></span>
<span class="line"><span>municipality&#39;s count, its change against the same period a year earlier and,</span></span>
<span class="line"><span>where the plan has the number of inhabitants (a series, default &#39;inwoners&#39;),</span></span>
<span class="line"><span>the count per 1,000 inhabitants (or --per 10000, 100000), computed exactly and</span></span>
<span class="line"><span>rounded half away from zero. The same police figure is found under another id</span></span>
<span class="line"><span>by its crime-type code. Nothing is summed across municipalities; a missing</span></span>
<span class="line"><span>figure is shown as &#39;.&#39;. Periods default to every year with a figure.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;plan&gt;  The plans to compare, one per municipality (directories with</span></span>
<span class="line"><span>          plan.yaml, or the files).</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  -i, --indicator ID       Only this indicator or series (by id). Default:</span></span>
<span class="line"><span>                           every counted indicator with a figure.</span></span>
<span class="line"><span>      --period PERIOD      Only this period. Default: every year with a</span></span>
<span class="line"><span>                           figure.</span></span>
<span class="line"><span>      --population SERIES  The series with the number of inhabitants in each</span></span>
<span class="line"><span>                           plan. (default: inwoners)</span></span>
<span class="line"><span>      --per N              Rates per this many inhabitants: 1000 (default),</span></span>
<span class="line"><span>                           10000 or 100000. The population is the plan&#39;s</span></span>
<span class="line"><span>                           series (default inwoners, filled by &#39;ivp import&#39; of</span></span>
<span class="line"><span>                           CBS table 03759ned) of the period&#39;s year.</span></span>
<span class="line"><span>  -f, --format FORMAT      text: aligned tables; md: Markdown; csv and xlsx:</span></span>
<span class="line"><span>                           one row per indicator, period and municipality;</span></span>
<span class="line"><span>                           json: the comparison with every component. CSV is</span></span>
<span class="line"><span>                           for spreadsheets, the same convention in every</span></span>
<span class="line"><span>                           command: UTF-8 with a byte-order mark, and in Dutch</span></span>
<span class="line"><span>                           (the default) &#39;;&#39; between fields and a decimal</span></span>
<span class="line"><span>                           comma, as Dutch Excel and LibreOffice expect; with</span></span>
<span class="line"><span>                           --lang en &#39;,&#39; and a decimal point. xlsx writes a</span></span>
<span class="line"><span>                           workbook to --out with real numbers and number</span></span>
<span class="line"><span>                           formats (counts, rates, changes as percentages),</span></span>
<span class="line"><span>                           not text. (one of: text, md, csv, xlsx, json;</span></span>
<span class="line"><span>                           default: text)</span></span>
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
<span class="line"><span>  ivp compare examples/blaricum examples/eemnes</span></span>
<span class="line"><span>      Blaricum and Eemnes side by side.</span></span>
<span class="line"><span>  ivp compare examples/blaricum examples/eemnes --indicator misdrijven-totaal --format csv</span></span>
<span class="line"><span>      One indicator as CSV, for a spreadsheet or a chart.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the comparison was written</span></span>
<span class="line"><span>  1   a plan is invalid, or a period is not a period</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/compare.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const compare = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  compare as default
};
