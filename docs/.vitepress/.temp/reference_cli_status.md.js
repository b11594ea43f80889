import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"ivp status","description":"","frontmatter":{},"headers":[],"relativePath":"reference/cli/status.md","filePath":"reference/cli/status.md"}');
const _sfc_main = { name: "reference/cli/status.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="ivp-status" tabindex="-1">ivp status <a class="header-anchor" href="#ivp-status" aria-label="Permalink to &quot;ivp status&quot;">​</a></h1><p>Show every indicator&#39;s progress toward its target, with significance</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> status</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;"> &lt;</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;">pla</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;">n</span><span style="--shiki-light:#A0111F;--shiki-dark:#FF9492;">&gt;</span><span style="--shiki-light:#0E1116;--shiki-dark:#F0F3F6;"> [options]</span></span></code></pre></div><p>One line per indicator: baseline, target, latest figure and its period, the change since the baseline (percent for counts and rates, procentpunten for percentages, points for grades), the change since the previous comparable period (the same months of the latest earlier year with a figure) with its test, the fraction of the way in words, the verdict, and whether the change from the baseline is distinguishable from chance. The verdict judges the latest figure with its 95% margin (exact Poisson for counts, widened when the series varied more than chance in earlier years; the published margins of survey figures; a declared tolerance) against the straight line from baseline to target, or from the target period on against the target: ahead of or behind schedule, target (not) achieved, worse than the baseline, or not distinguishable; or not assessable with the reason. The verdicts are corrected together for testing many indicators (Benjamini-Hochberg by default). A part of a year is compared with the same months of the baseline year, or projected to a full year, never with a full year. The JSON output carries every component, so each verdict can be recomputed by hand.</p><h2 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Description</th></tr></thead><tbody><tr><td><code>&lt;plan&gt;</code></td><td>yes</td><td>A plan directory (containing plan.yaml) or a plan.yaml file.</td></tr></tbody></table><h2 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Option</th><th>Description</th><th>Values</th><th>Default</th></tr></thead><tbody><tr><td><code>--as-of PERIOD</code></td><td>Use only the figures known by the end of PERIOD: those whose period ends on or before it ends (2018, 2018-H1, 2018-01..2018-10, 2018MM10, ...). Default: every figure, so each indicator&#39;s latest.</td><td></td><td></td></tr><tr><td><code>--correction METHOD</code></td><td>The correction of the verdicts for testing many indicators at once: benjamini-hochberg (of the differences called, at most 5% are expected to be chance), holm (the chance of any false difference stays below 5%) or none. Default: the plan&#39;s conventions.multipleComparisons, else benjamini-hochberg.</td><td><code>benjamini-hochberg</code>, <code>holm</code>, <code>none</code></td><td></td></tr><tr><td><code>-f, --format FORMAT</code></td><td>text: aligned lines with notes; csv and xlsx: one row per indicator (baseline, target, latest figure, the change since the baseline and since the previous comparable period, each with its p-value and whether chance can explain it, the fraction of the way, the status); json: every component (docs site: Reference, JSON of ivp status). CSV is for spreadsheets, the same convention in every command: UTF-8 with a byte-order mark, and in Dutch (the default) &#39;;&#39; between fields and a decimal comma, as Dutch Excel and LibreOffice expect; with --lang en &#39;,&#39; and a decimal point. xlsx writes a workbook to --out with real numbers and number formats (counts, rates, changes as percentages), not text.</td><td><code>text</code>, <code>csv</code>, <code>xlsx</code>, <code>json</code></td><td><code>text</code></td></tr><tr><td><code>--lang LANG</code></td><td>Language of generated text; default the plan&#39;s language (Dutch).</td><td><code>nl</code>, <code>en</code></td><td></td></tr><tr><td><code>-o, --out FILE</code></td><td>Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.</td><td></td><td></td></tr><tr><td><code>-h, --help</code></td><td>Show help for the command.</td><td></td><td></td></tr><tr><td><code>--no-cache</code></td><td>Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).</td><td></td><td></td></tr></tbody></table><h2 id="examples" tabindex="-1">Examples <a class="header-anchor" href="#examples" aria-label="Permalink to &quot;Examples&quot;">​</a></h2><p>Laren&#39;s indicators as of the latest figures in the document.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> status</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span></span></code></pre></div><p>As of the first half of 2018, in English.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> status</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> examples/laren-2019-2022</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --as-of</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> 2018-H1</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --lang</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> en</span></span></code></pre></div><p>Every component as JSON, for dashboards.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#702C00;--shiki-dark:#FFB757;">ivp</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> status</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> my-plan</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --format</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> json</span><span style="--shiki-light:#023B95;--shiki-dark:#91CBFF;"> --out</span><span style="--shiki-light:#032563;--shiki-dark:#ADDCFF;"> status.json</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td><code>0</code></td><td>the status was written</td></tr><tr><td><code>1</code></td><td>the plan or a data file is invalid</td></tr><tr><td><code>2</code></td><td>usage error: unknown command or option, missing or bad argument</td></tr><tr><td><code>70</code></td><td>internal error (a bug in ivp; please report it)</td></tr></tbody></table><h2 id="help-text" tabindex="-1">Help text <a class="header-anchor" href="#help-text" aria-label="Permalink to &quot;Help text&quot;">​</a></h2><p>What <code>ivp status --help</code> prints:</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light-high-contrast github-dark-high-contrast vp-code" tabindex="0"><code><span class="line"><span>Usage: ivp status &lt;plan&gt; [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>One line per indicator: baseline, target, latest figure and its period, the</span></span>
<span class="line"><span>change since the baseline (percent for counts and rates, procentpunten for</span></span>
<span class="line"><span>percentages, points for grades), the change since the previous comparable</span></span>
<span class="line"><span>period (the same months of the latest earlier year with a figure) with its</span></span>
<span class="line"><span>test, the fraction of the way in words, the verdict, and whether the change</span></span>
<span class="line"><span>from the baseline is distinguishable from chance. The verdict judges the</span></span>
<span class="line"><span>latest figure with its 95% margin (exact Poisson for counts, widened when the</span></span>
<span class="line"><span>series varied more than chance in earlier years; the published margins of</span></span>
<span class="line"><span>survey figures; a declared tolerance) against the straight line from baseline</span></span>
<span class="line"><span>to target, or from the target period on against the target: ahead of or behind</span></span>
<span class="line"><span>schedule, target (not) achieved, worse than the baseline, or not</span></span>
<span class="line"><span>distinguishable; or not assessable with the reason. The verdicts are corrected</span></span>
<span class="line"><span>together for testing many indicators (Benjamini-Hochberg by default). A part</span></span>
<span class="line"><span>of a year is compared with the same months of the baseline year, or projected</span></span>
<span class="line"><span>to a full year, never with a full year. The JSON output carries every</span></span>
<span class="line"><span>component, so each verdict can be recomputed by hand.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  &lt;plan&gt;  A plan directory (containing plan.yaml) or a plan.yaml file.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>      --as-of PERIOD       Use only the figures known by the end of PERIOD:</span></span>
<span class="line"><span>                           those whose period ends on or before it ends (2018,</span></span>
<span class="line"><span>                           2018-H1, 2018-01..2018-10, 2018MM10, ...). Default:</span></span>
<span class="line"><span>                           every figure, so each indicator&#39;s latest.</span></span>
<span class="line"><span>      --correction METHOD  The correction of the verdicts for testing many</span></span>
<span class="line"><span>                           indicators at once: benjamini-hochberg (of the</span></span>
<span class="line"><span>                           differences called, at most 5% are expected to be</span></span>
<span class="line"><span>                           chance), holm (the chance of any false difference</span></span>
<span class="line"><span>                           stays below 5%) or none. Default: the plan&#39;s</span></span>
<span class="line"><span>                           conventions.multipleComparisons, else</span></span>
<span class="line"><span>                           benjamini-hochberg. (one of: benjamini-hochberg,</span></span>
<span class="line"><span>                           holm, none)</span></span>
<span class="line"><span>  -f, --format FORMAT      text: aligned lines with notes; csv and xlsx: one</span></span>
<span class="line"><span>                           row per indicator (baseline, target, latest figure,</span></span>
<span class="line"><span>                           the change since the baseline and since the</span></span>
<span class="line"><span>                           previous comparable period, each with its p-value</span></span>
<span class="line"><span>                           and whether chance can explain it, the fraction of</span></span>
<span class="line"><span>                           the way, the status); json: every component (docs</span></span>
<span class="line"><span>                           site: Reference, JSON of ivp status). CSV is for</span></span>
<span class="line"><span>                           spreadsheets, the same convention in every command:</span></span>
<span class="line"><span>                           UTF-8 with a byte-order mark, and in Dutch (the</span></span>
<span class="line"><span>                           default) &#39;;&#39; between fields and a decimal comma, as</span></span>
<span class="line"><span>                           Dutch Excel and LibreOffice expect; with --lang en</span></span>
<span class="line"><span>                           &#39;,&#39; and a decimal point. xlsx writes a workbook to</span></span>
<span class="line"><span>                           --out with real numbers and number formats (counts,</span></span>
<span class="line"><span>                           rates, changes as percentages), not text. (one of:</span></span>
<span class="line"><span>                           text, csv, xlsx, json; default: text)</span></span>
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
<span class="line"><span>  ivp status examples/laren-2019-2022</span></span>
<span class="line"><span>      Laren&#39;s indicators as of the latest figures in the document.</span></span>
<span class="line"><span>  ivp status examples/laren-2019-2022 --as-of 2018-H1 --lang en</span></span>
<span class="line"><span>      As of the first half of 2018, in English.</span></span>
<span class="line"><span>  ivp status my-plan --format json --out status.json</span></span>
<span class="line"><span>      Every component as JSON, for dashboards.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0   the status was written</span></span>
<span class="line"><span>  1   the plan or a data file is invalid</span></span>
<span class="line"><span>  2   usage error: unknown command or option, missing or bad argument</span></span>
<span class="line"><span>  70  internal error (a bug in ivp; please report it)</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("reference/cli/status.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const status = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  status as default
};
